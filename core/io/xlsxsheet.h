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
#include <functional>
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

/// A repair a sheet stream made, and the row it made it in.
struct SheetRepair
{
    enum Kind : quint8 {
        MissingSharedString, ///< a shared string index past the table: read as empty
        UnknownCellType,     ///< a t="…" the format does not define: read as a number
        CellOutOfOrder,      ///< a cell naming a column left of the previous one: kept after it
        UnreadableReference, ///< a cell or row reference that is none: the next position taken
        KindCount
    };
    Kind kind;
    qint64 line;
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

    /// Receives the repairs in row order, each kind once per row, before
    /// the rows they were made in (on readRow()'s thread).
    using RepairSink = std::function<void(const SheetRepair &)>;

    /// @p deviceLock guards @p device, which other archives read too.
    SheetStream(QIODevice *device, std::mutex *deviceLock, const WorkbookContext &context,
                const XlsxReader::Sheet &sheet, RepairSink repairs = {});
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

private:
    struct Batch
    {
        std::vector<TableRow> rows; // [0, count) filled
        size_t count = 0;
        std::vector<SheetRepair> repairs; // made in these rows and in blank rows before them
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
    void noteRepair(SheetRepair::Kind kind, qint64 line);

    ZipArchive m_zip;
    XmlPart m_part;
    const WorkbookContext &m_context;
    const XlsxReader::Sheet m_sheet;
    const RepairSink m_repairSink;
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
    std::array<qint64, SheetRepair::KindCount> m_lastRepairLine{}; // a row counts once per kind

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
    QString m_error;
};

} // namespace cx::xlsx
