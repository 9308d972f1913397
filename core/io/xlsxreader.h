#pragma once

#include "io/workbookreader.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

#include <memory>

class QIODevice;

namespace cx {

/// Refusal thresholds of XlsxReader for untrusted workbooks.
struct XlsxLimits
{
    qint64 maxSheetBytes = qint64(2) * 1024 * 1024 * 1024;  ///< unpacked worksheet XML
    qint64 maxSharedStringsBytes = 200 * 1024 * 1024;     ///< unpacked sharedStrings.xml
    qint64 maxPartBytes = 64 * 1024 * 1024;               ///< workbook, relationships, styles
    qint64 maxSharedStrings = 5'000'000;
    int maxColumns = 16384;                               ///< Excel's own limit (XFD)
    double maxCompressionRatio = 1000.0;
    qint64 ratioCheckMinBytes = 1024 * 1024;              ///< smaller parts may compress better
};

/// Options of XlsxReader.
struct XlsxOptions
{
    int sheetIndex = 0;        ///< sheet readRow() reads (see selectSheet())
    bool skipBlankRows = true; ///< drop rows whose cells are all empty
    /// Threads that parse a sheet: 1 parses it in one piece as it is
    /// unpacked; more cut it into blocks of rows parsed side by side; 0 lets
    /// the reader choose by the number of cores.
    int parseThreads = 0;
    /// Parses worksheets with libxml2 instead of the reader's own sheet
    /// lexer: slower; the reference the lexer is held to.
    bool libxml2Sheets = false;
    XlsxLimits limits;
};

/// Streaming reader of .xlsx workbooks (minizip; a lexer of its own for the
/// worksheets, SheetLexer, and libxml2's SAX2 parser for the other parts and
/// for sheets not in UTF-8; no DOM: the sheet XML is unpacked and parsed in
/// chunks, on threads of the reader's own, a few hundred rows ahead of
/// readRow(); on machines with more than two cores in blocks of rows on
/// several threads at once).
///
/// open() reads the workbook's sheet list, date system, styles (to know
/// which cells are dates) and shared strings (optional part). readRow() then
/// streams the selected worksheet. Cell text:
/// - shared, inline (including rich-text runs) and formula strings as they
///   are, with _xHHHH_ escapes undone; phonetic runs are dropped;
/// - numbers as shortest round-trip text, integers without ".0";
/// - numbers in date-formatted cells as "yyyy-MM-dd" or
///   "yyyy-MM-dd HH:mm:ss" (1900 system with its fake 1900-02-29, or 1904);
/// - booleans as TRUE/FALSE, errors as their code (#N/A).
/// Missing cells inside a row become empty cells. A row ends at its last
/// non-empty cell (Excel omits empty cells and writes styled blank ones, so
/// the width says nothing): pad rows to the header width instead of
/// rejecting short ones. TableRow::line() is the sheet's own row number, so
/// skipped rows keep real numbers. Merged title rows arrive as rows with one
/// cell. Cells come as UTF-8 (TableRow::utf8Cell()).
///
/// What the reader repairs is in issues(), counted as the rows are read, one
/// issue per kind with its count and first rows: shared strings that do not
/// exist (read as empty), unknown cell types (read as numbers), cells naming
/// a column left of the one before (kept in file order), and cell or row
/// references that cannot be read (the next position is taken).
///
/// Untrusted input is bounded by Limits: oversized parts, compression ratios
/// typical of zip bombs, too many shared strings or columns, and XML with a
/// document type declaration (entity expansion) are refused with a message
/// naming the file. A sheet that is not well-formed XML ends with a message
/// naming the file, the part, the reason, the XML line, the sheet and the
/// last row read; the rows before it are delivered.
class XlsxReader : public WorkbookReader
{
    Q_DECLARE_TR_FUNCTIONS(cx::XlsxReader)

public:
    using Limits = XlsxLimits;
    using Options = XlsxOptions;

    /// Reads the file at @p path.
    explicit XlsxReader(const QString &path, const Options &options = {});
    /// Reads from @p device, which must be seekable (a QFile or QBuffer;
    /// opened or not; not owned). @p displayName is used in messages.
    XlsxReader(QIODevice *device, const QString &displayName, const Options &options = {});
    ~XlsxReader() override;

    bool open() override;
    bool readRow(TableRow &row) override;
    /// Unpacked bytes of the selected sheet's XML read so far, and its size.
    qint64 progressBytes() const override;
    qint64 totalBytes() const override;

    /// After open(): the worksheets (chart sheets are left out).
    QList<Sheet> sheets() const override;
    QStringList sheetNames() const override;
    /// After open(): whether the workbook counts dates from 1904.
    bool uses1904Dates() const override;

    /// After open(): the first @p maxRows rows (blank rows skipped if the
    /// option says so) of sheet @p sheetIndex, for choosing the sheet whose
    /// header fits best. Independent of readRow()'s position. Empty on error
    /// (see errorString() for the reason).
    QList<QStringList> previewSheet(int sheetIndex, int maxRows) override;
    /// previewSheet() of every sheet, in order.
    QList<QList<QStringList>> previewAll(int maxRows) override;

    /// Restarts readRow() at the top of sheet @p sheetIndex.
    bool selectSheet(int sheetIndex) override;
    int selectedSheet() const override;

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace cx
