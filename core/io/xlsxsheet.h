#pragma once

#include "io/tablereader.h"
#include "io/xlsxreader.h"
#include "io/xlsxxml.h"
#include "io/ziparchive.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <array>
#include <condition_variable>
#include <deque>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

class QIODevice;

namespace cx::xlsx {

/// The shared string table: all strings as UTF-8 back to back in one buffer,
/// with their end offsets (a workbook may hold millions of them).
class SharedStrings
{
public:
    qsizetype size() const { return qsizetype(m_ends.size()); }
    /// String @p index (0 <= index < size()).
    QByteArrayView at(qsizetype index) const
    {
        const quint32 begin = index == 0 ? 0 : m_ends[size_t(index - 1)];
        return QByteArrayView(m_text.constData() + begin, m_ends[size_t(index)] - begin);
    }
    /// Reserves room for @p count strings.
    void reserve(qsizetype count) { m_ends.reserve(size_t(count)); }
    /// Appends @p text with its _xHHHH_ escapes undone. False when the table
    /// would outgrow its 4 GiB of offsets.
    bool append(QByteArrayView text);
    /// Releases the room reserved beyond the strings.
    void squeeze();

private:
    QByteArray m_text;
    std::vector<quint32> m_ends;
};

/// Shared, read-only state of an open workbook that every sheet stream needs.
struct WorkbookContext
{
    QString displayName;
    XlsxLimits limits;
    bool skipBlankRows = true;
    bool date1904 = false;
    SharedStrings sharedStrings;
    std::vector<bool> dateStyles; // per cellXfs index
};

/// What a sheet stream had to repair: how often, and the first rows where.
class SheetRepairs
{
public:
    enum Kind {
        MissingSharedString, ///< a shared string index past the table: read as empty
        UnknownCellType,     ///< a t="…" the format does not define: read as a number
        CellOutOfOrder,      ///< a cell referring left of the previous one: kept after it
        UnreadableReference, ///< a cell or row reference that is no reference: next position taken
        KindCount
    };
    static constexpr int kFirstLines = 5;

    void note(Kind kind, qint64 line)
    {
        Entry &entry = m_entries[kind];
        if (entry.lines.size() < kFirstLines && (entry.lines.isEmpty() || entry.lines.last() != line))
            entry.lines.append(line);
        ++entry.count;
    }
    qint64 count(Kind kind) const { return m_entries[kind].count; }
    /// The first rows (up to kFirstLines distinct ones, in order of appearance).
    const QList<qint64> &firstLines(Kind kind) const { return m_entries[kind].lines; }

private:
    struct Entry
    {
        qint64 count = 0;
        QList<qint64> lines;
    };
    std::array<Entry, KindCount> m_entries;
};

/// Streams the rows of one worksheet. Owns its own view of the archive, so
/// previews and the main read do not disturb each other.
///
/// The sheet is unpacked and parsed on a worker thread of its own, which
/// writes the cells once, as UTF-8, into reused TableRow buffers and hands
/// them over in batches; readRow() passes them on by swapping buffers. The
/// worker runs a few batches ahead at most, and stops when the stream is
/// destroyed.
class SheetStream final : private XmlHandler
{
public:
    /// The t attribute of a cell (Unknown: none the format defines).
    enum class CellType : quint8 { Number, SharedString, InlineString, FormulaString, Boolean, Error, IsoDate, Unknown };

    /// @p deviceLock guards @p device, which other archives read too.
    SheetStream(QIODevice *device, std::mutex *deviceLock, const WorkbookContext &context,
                const XlsxReader::Sheet &sheet);
    ~SheetStream();

    /// Opens the sheet's part and starts the worker.
    bool open();
    /// Next row of the sheet; false at its end or on an error.
    bool readRow(TableRow &row);

    /// Once readRow() returned false: the error that ended the sheet, if any.
    QString errorString() const { return m_error; }
    /// Unpacked bytes of the sheet XML behind the rows read so far, and its size.
    qint64 bytesRead() const { return m_progress; }
    qint64 size() const { return m_size; }
    /// Once readRow() returned false: what had to be repaired.
    const SheetRepairs &repairs() const { return m_repairs; }
    const XlsxReader::Sheet &sheet() const { return m_sheet; }

private:
    struct Batch
    {
        std::vector<TableRow> rows; // [0, count) filled
        size_t count = 0;
    };

    // Worker side.
    void run();
    bool handOver();
    void startElement(const XmlTag &tag) override;
    void endElement(const XmlTag &tag) override;
    void characters(QByteArrayView text) override;
    void beginRow(const XmlTag &tag);
    void endRow();
    void beginCell(const XmlTag &tag);
    void endCell();
    void appendValue(TableRow &row);
    void appendNumber(TableRow &row, QByteArrayView text);
    bool isDateStyle(int style) const;

    ZipArchive m_zip;
    XmlPart m_part;
    const WorkbookContext &m_context;
    const XlsxReader::Sheet m_sheet;
    qint64 m_size = 0;

    Batch m_parsing;           // rows the worker is filling
    TableRow *m_row = nullptr; // the row being parsed, null outside <row>
    qint64 m_lastRow = 0;
    bool m_inCell = false;
    bool m_inValue = false;
    bool m_inInline = false;
    bool m_inText = false;
    int m_phonetic = 0; // <rPh> runs hold reading aids, not cell text
    CellType m_type = CellType::Number;
    int m_style = 0;
    int m_column = 0;
    std::string m_value; // the text of <v> or of the inline string
    QByteArray m_scratch;
    SheetRepairs m_workerRepairs;

    // Between the threads, under m_mutex.
    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<Batch> m_ready;
    std::vector<Batch> m_spare;
    bool m_finished = false;
    bool m_stop = false;
    std::thread m_worker;

    // Reader side.
    Batch m_reading;
    size_t m_next = 0;
    qint64 m_progress = 0;
    bool m_done = false;
    SheetRepairs m_repairs;
    QString m_error;
};

} // namespace cx::xlsx
