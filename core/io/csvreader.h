#pragma once

#include "io/encodingdetector.h"
#include "io/tablereader.h"

#include <QCoreApplication>

#include <memory>

class QIODevice;

namespace cx {

/// Options of CsvReader.
struct CsvOptions
{
    QString encoding;          ///< empty: detect (EncodingDetector)
    char delimiter = 0;        ///< 0: detect among , ; TAB
    bool skipBlankRows = true; ///< drop rows whose cells are all empty (",,,")
    /// A quoted field longer than this is taken for a quotation mark that is
    /// never closed (see CsvTokenizer); a row twice as long without a line
    /// end stops reading with an error.
    qsizetype maxFieldBytes = 64 * 1024 * 1024;
};

/// Streaming CSV reader (CsvTokenizer: RFC 4180 read as Excel reads it).
///
/// Handles quoted fields with delimiters, doubled quotes and line breaks;
/// CRLF, LF and CR line ends; blank lines (skipped, still counted); ragged
/// rows (delivered as they are). Spaces and tabs around fields are trimmed;
/// full-width characters are never touched. What it repairs is reported as
/// issues() with the rows' lines: text after a closing quotation mark
/// joined to its field, a quotation mark that would have swallowed the
/// following lines read as text, NUL bytes removed, bytes that are not
/// valid in the encoding replaced by U+FFFD.
///
/// Bytes are split into fields first and each field is then decoded with
/// the detected encoding, which is correct for UTF-8, GB18030, Big5 and the
/// single-byte code pages (their multi-byte characters never contain
/// , ; TAB " CR LF NUL). UTF-16/32 input is transcoded to UTF-8 first.
///
/// The file is read in chunks of 1 MiB (more for a row that does not fit);
/// decoded text goes straight into the reused row buffers. ZIP, OLE and
/// other binary content is refused with a message saying what it is.
class CsvReader : public TableReader
{
    Q_DECLARE_TR_FUNCTIONS(cx::CsvReader)

public:
    using Options = CsvOptions;

    /// Reads the file at @p path.
    explicit CsvReader(const QString &path, const Options &options = {});
    /// Reads from @p device (opened or not; not owned). @p displayName is
    /// used in messages.
    CsvReader(QIODevice *device, const QString &displayName, const Options &options = {});
    ~CsvReader() override;

    bool open() override;
    bool readRow(TableRow &row) override;
    qint64 progressBytes() const override;
    qint64 totalBytes() const override;

    /// After open(): the encoding used and how it was chosen.
    EncodingDetector::Result encoding() const;
    /// After open(): the field delimiter used.
    char delimiter() const;

    /// Guesses the delimiter among , ; TAB from the first lines of
    /// ASCII-compatible @p sample: the one giving the most rows with the
    /// same number (> 1) of fields. ',' when nothing fits.
    static char sniffDelimiter(QByteArrayView sample);

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace cx
