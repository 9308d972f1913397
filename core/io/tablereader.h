#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringDecoder>
#include <QStringList>
#include <QStringView>

#include <atomic>
#include <memory>
#include <vector>

class QFile;
class QIODevice;

namespace cx {

/// One row delivered by a TableReader.
///
/// The cells live in one reused UTF-16 buffer (one allocation per row at
/// most, none once the buffers have grown), so reading a million rows does
/// not allocate twenty million QStrings. cell() views stay valid until the
/// row is passed to readRow() again; copy with cellString() to keep a value.
class TableRow
{
public:
    /// 1-based line in the file where the row starts (CSV: physical line, so
    /// quoted line breaks and blank lines count; XLSX, BIFF: the sheet row
    /// number; HTML: the row's number in its table).
    qint64 line() const { return m_line; }
    /// Bytes of the file consumed when the row was read, for progress bars
    /// (CSV: where the row starts, proportional for UTF-16/32 files; XLSX:
    /// unpacked sheet XML; HTML: bytes parsed).
    qint64 byteOffset() const { return m_byteOffset; }

    /// Number of cells, trailing empty ones included as they appear in the
    /// file (rows may be ragged; the caller decides what to reject).
    qsizetype size() const { return qsizetype(m_cells.size()); }
    bool isEmpty() const { return m_cells.empty(); }
    /// True when the row has no cells or only empty cells.
    bool isBlank() const;

    /// The text of cell @p index; an empty view past the end. Views stay
    /// valid until the row is cleared or refilled, also across later calls.
    QStringView cell(qsizetype index) const;
    /// A copy of cell @p index.
    QString cellString(qsizetype index) const { return cell(index).toString(); }
    /// The cell's bytes when the reader kept them as valid UTF-8 (a UTF-8 or
    /// UTF-16 source): lets a consumer that stores UTF-8 skip decoding and
    /// encoding again. A null view otherwise.
    QByteArrayView utf8Cell(qsizetype index) const;
    /// All cells as a list (allocates; fine for headers and previews).
    QStringList toStringList() const;

    // Building rows (used by the readers and by tests).
    void clear();
    void setPosition(qint64 line, qint64 byteOffset);
    void appendCell(QStringView text);
    /// Appends a cell given as valid UTF-8; it is decoded only when cell()
    /// asks for it.
    void appendUtf8Cell(QByteArrayView bytes);
    /// Reserves room for a cell of at most @p maxChars UTF-16 units and
    /// returns where to write it; finish with endCell().
    QChar *beginCell(qsizetype maxChars)
    {
        reserveText(maxChars);
        m_cellBegin = m_used;
        return m_text.data() + m_used;
    }
    /// Ends the cell begun with beginCell(); @p end points past its last unit.
    void endCell(const QChar *end)
    {
        m_used = end - m_text.constData();
        m_cells.push_back(Cell{m_cellBegin, m_used, -1, -1});
    }
    /// Drops empty cells at the end of the row.
    void removeTrailingEmptyCells();

private:
    // A cell is UTF-16 text in m_text, or UTF-8 bytes in m_bytes decoded
    // into m_text on first use (textBegin < 0 until then).
    struct Cell
    {
        qsizetype textBegin;
        qsizetype textEnd;
        qsizetype byteBegin;
        qsizetype byteEnd;
    };

    // Keeps room for `units` more UTF-16 units beyond what lazily decoded
    // cells may still need, so that decoding never moves text already handed out.
    void reserveText(qsizetype units);

    mutable QStringDecoder m_decoder{QStringConverter::Utf8, QStringConverter::Flag::Stateless};
    mutable QString m_text;  // all decoded cells back to back; only [0, m_used) is meaningful
    mutable qsizetype m_used = 0;
    qsizetype m_pendingUnits = 0; // UTF-16 units the undecoded cells may need at most
    qsizetype m_cellBegin = 0;
    QByteArray m_bytes;      // UTF-8 cells back to back
    qsizetype m_bytesUsed = 0;
    mutable std::vector<Cell> m_cells;
    qint64 m_line = 0;
    qint64 m_byteOffset = 0;
};

/// Something a reader had to guess or repair without stopping: one entry
/// per kind (and sheet, and detail), counting the rows it happened in, so a
/// million bad bytes make one issue, not a million.
///
/// Enough to print "12 rows had bytes that are not valid GB18030, replaced
/// by \uFFFD: lines 17, 230, 231 …" in any wording; message says it in the
/// reader's own words.
struct ReadIssue
{
    enum class Kind {
        /// A remark in the reader's own words (message only).
        Other,
        /// Bytes that are not valid in the encoding (detail) became U+FFFD.
        ReplacedBytes,
        /// NUL bytes inside the text were removed.
        NulBytesStripped,
        /// CSV: text after a field's closing quotation mark ("618"大促) was
        /// joined to the field, as Excel and Python's csv module do.
        StrayQuoteJoined,
        /// CSV: a quotation mark that would have swallowed the following
        /// lines into one field was read as text (see rowsReread).
        UnclosedQuote,
        /// A cell refers to a shared string the workbook does not have; the
        /// cell was left empty.
        MissingSharedString,
        /// XLSX: a cell has a type (t="…") the format does not define; it
        /// was read as a number, or as the text it holds.
        UnknownCellType,
        /// XLSX: a cell names a column left of the cell before it; it was
        /// kept after that one, in the order of the file.
        CellOutOfOrder,
        /// XLSX: a row or cell reference could not be read; the row or cell
        /// was placed right after the one before it.
        UnreadableReference,
        /// HTML: the page was read in another encoding than the charset it
        /// declares (detail): its bytes do not fit that one, or another was
        /// chosen (message says which).
        DeclaredEncodingIgnored,
        /// HTML: colspan or rowspan beyond the reader's limits was cut.
        SpanClipped,
    };

    /// How many line numbers an issue keeps.
    static constexpr int maxLines = 10;

    Kind kind = Kind::Other;
    /// Rows (sheet rows) it happened in, each counted once.
    qint64 count = 0;
    /// The first maxLines of those rows' lines (CSV: physical line; sheets:
    /// row number), ascending; empty when the issue is not tied to rows.
    QList<qint64> lines;
    /// Workbooks: the sheet it happened in; empty for CSV.
    QString sheet;
    /// What the kind needs to be told: the encoding (ReplacedBytes), the
    /// declared one (DeclaredEncodingIgnored).
    QString detail;
    /// UnclosedQuote: lines after the quotation marks that were read again
    /// as rows of their own instead of ending up inside one field.
    qint64 rowsReread = 0;
    /// Translated; names the file (and sheet), says how many rows, which
    /// lines, what was done and what to check.
    QString message;

    /// The first line, 0 when there is none.
    qint64 firstLine() const { return lines.isEmpty() ? 0 : lines.first(); }
};

/// Common interface of the streaming table readers (CsvReader, XlsxReader,
/// HtmlTableReader, BiffReader; the workbooks through WorkbookReader).
///
/// Usage: open(); then readRow() until it returns false; then hasError()
/// tells an error (errorString()) from the end of the data. Not thread-safe;
/// use one reader per thread. Cancel by simply no longer calling readRow().
class TableReader
{
    Q_DECLARE_TR_FUNCTIONS(cx::TableReader)

public:
    virtual ~TableReader();
    TableReader(const TableReader &) = delete;
    TableReader &operator=(const TableReader &) = delete;

    /// Opens the input and reads what is needed before the first row
    /// (encoding, delimiter; XLSX: workbook, styles, shared strings).
    /// False, with errorString(), when the file cannot be read at all.
    virtual bool open() = 0;

    /// Reads the next row into @p row (its buffers are reused). False at the
    /// end of the data or on an error; see hasError().
    virtual bool readRow(TableRow &row) = 0;

    /// Bytes processed so far and in total, for progress reporting
    /// (totalBytes() is 0 or less when unknown: before open(), or for a
    /// sequential device).
    virtual qint64 progressBytes() const = 0;
    virtual qint64 totalBytes() const = 0;

    bool hasError() const { return !m_errorString.isEmpty(); }
    /// Translated; names the file, the line where there is one, the reason
    /// and what to do.
    QString errorString() const { return m_errorString; }
    /// What was guessed or repaired so far, in the order first seen, with
    /// messages composed for the counts at this moment.
    QList<ReadIssue> issues() const;
    /// The file name used in messages.
    QString displayName() const { return m_displayName; }

    /// How every message of the product names a file: its file name, without
    /// the folders (a path that would not fit in a dialog says no more).
    static QString fileDisplayName(const QString &path);

protected:
    /// Reads the file at @p path; messages name its file name.
    explicit TableReader(const QString &path);
    /// Reads @p device (not owned; opened or not); messages say the file
    /// name of @p displayName.
    TableReader(QIODevice *device, const QString &displayName);

    /// Opens the input for reading (the file, or the caller's device if it
    /// is not open yet). Null, with the error set, when that fails.
    QIODevice *openInput();
    /// The path given to the constructor; empty for a device.
    QString path() const { return m_path; }
    void setError(const QString &message);
    /// Records a remark in the reader's own words, once (count 1; @p line 0
    /// when not tied to a row).
    void addIssue(qint64 line, const QString &message, ReadIssue::Kind kind = ReadIssue::Kind::Other,
                  const QString &detail = {});
    /// Records that @p kind happened in the row at @p line (of @p sheet;
    /// 0: not tied to a row). A row is counted once per kind however often
    /// it happens in it, as long as rows come in ascending order.
    void noteIssue(ReadIssue::Kind kind, qint64 line, const QString &sheet = {}, const QString &detail = {},
                   qint64 rowsReread = 0);
    /// Drops what was recorded for @p sheet: it is about to be read again
    /// from its top.
    void forgetIssues(const QString &sheet);

private:
    QString m_path;
    QIODevice *m_device = nullptr;
    std::unique_ptr<QFile> m_ownedFile;
    QString m_displayName;
    QString m_errorString;
    QList<ReadIssue> m_issues; // messages are composed in issues()
    std::vector<qint64> m_lastLines; // per issue: the row last counted
};

/// Options understood by createTableReader().
struct TableReaderOptions
{
    QString encoding;       ///< CSV, HTML: empty = detect
    char delimiter = 0;     ///< CSV: 0 = detect among , ; TAB
    int sheetIndex = 0;     ///< workbooks: which sheet readRow() reads
    bool skipBlankRows = true; ///< drop rows whose cells are all empty
    /// BIFF .xls: when set, the reader process is killed and the reader fails.
    const std::atomic_bool *cancel = nullptr;
};

/// Creates the reader for the content of @p path, whatever its name says:
/// ZIP → XlsxReader; OLE compound file → BiffReader; HTML (a <html>,
/// <table> or <!DOCTYPE html> tag near the start, in any encoding) →
/// HtmlTableReader; text → CsvReader. Other content (PDF, images, archives,
/// databases, executables, binary data) gets a reader whose open() refuses
/// it, saying what the file seems to be and what the product reads. The
/// reader is not yet open.
std::unique_ptr<TableReader> createTableReader(const QString &path, const TableReaderOptions &options = {});

} // namespace cx
