#pragma once

#include "io/tablereader.h"
#include "io/xlsxreader.h"
#include "io/xlsxrowparser.h"
#include "io/xlsxsplitter.h"
#include "io/xlsxxml.h"
#include "io/ziparchive.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <atomic>
#include <condition_variable>
#include <deque>
#include <functional>
#include <map>
#include <mutex>
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
    int parseThreads = 0;         // see XlsxOptions
    bool libxml2Sheets = false;   // see XlsxOptions
};

/// Streams the rows of one worksheet. Owns its own view of the archive, so
/// previews and the main read do not disturb each other.
///
/// A thread of the stream's own unpacks the sheet. With one parser, another
/// parses it as it comes, in chunks; with several, the unpacking thread cuts
/// the XML into blocks of whole rows (SheetSplitter) that the parsers take
/// on side by side. Either way SheetLexer (or libxml2, see XlsxOptions)
/// reads the XML and RowParser converts every cell once, to UTF-8,
/// into reused TableRow buffers, and readRow() hands the rows out in order by
/// swapping buffers. The threads run a few batches ahead at most, and stop
/// when the stream is destroyed.
class SheetStream
{
public:
    /// Receives the repairs in row order, each kind once per row, before
    /// the rows they were made in (on readRow()'s thread).
    using RepairSink = std::function<void(const SheetRepair &)>;

    /// @p deviceLock guards @p device, which other archives read too.
    SheetStream(QIODevice *device, std::mutex *deviceLock, const WorkbookContext &context,
                const XlsxReader::Sheet &sheet, RepairSink repairs = {});
    ~SheetStream();
    SheetStream(const SheetStream &) = delete;
    SheetStream &operator=(const SheetStream &) = delete;

    /// Parsers a stream uses when the options leave it open: one on a machine
    /// of two cores (cutting into blocks costs more than it gains there), else
    /// one fewer than the cores, four at most.
    static int defaultParseThreads();

    /// Opens the sheet's part and starts the threads.
    bool open();
    /// Next row of the sheet; false at its end or on an error.
    bool readRow(TableRow &row);

    /// Once readRow() returned false: the error that ended the sheet, if any.
    QString errorString() const { return m_error; }
    /// Unpacked bytes of the sheet XML behind the rows read so far, and its size.
    qint64 bytesRead() const { return m_progress; }
    qint64 size() const { return m_size; }

private:
    struct Job
    {
        qint64 index = 0;
        SheetSplitter::Block block;
        QByteArray suffix; // what to parse after the block: empty for the last
    };

    // One parser: the sheet in chunks.
    void unpackChunks();
    void parseChunks();
    // Several: the sheet in blocks.
    void unpackBlocks();
    void parseBlocks();
    void parseBlock(Job &job, RowParser &rows, ParsedBlock &result);
    /// Gives the next piece of a document to parse: its size, 0 at the end,
    /// -1 on an error, said in the QString. The piece stays valid until the
    /// next call.
    using Pieces = std::function<qint64(QByteArrayView *piece, QString *error)>;
    /// Parses the document @p next gives into @p rows (see SheetLexer::begin()
    /// for the numbers); the error that ended it, if any.
    QString parse(RowParser &rows, const Pieces &next, qint64 offset, qint64 prefixBytes, qint64 lineOffset);

    ParsedBlock freshResult();
    bool publish(qint64 index, ParsedBlock &&result, bool last);
    void finishUnpacking(const QString &error);
    bool takeBlock();
    qint64 resolve(qint64 line) const { return line < 0 ? m_lineBase - line : line; }

    ZipArchive m_zip;
    const WorkbookContext &m_context;
    const XlsxReader::Sheet m_sheet;
    const RepairSink m_repairSink;
    qint64 m_size = 0;
    qint64 m_ahead = 0; // results parsed and not yet taken, at most
    std::atomic<bool> m_stop = false;

    // Between the threads, under m_mutex.
    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<QByteArray> m_chunks; // unpacked, not yet parsed; an empty one ends the sheet
    std::vector<QByteArray> m_spareChunks;
    std::deque<Job> m_jobs;                     // cut, not yet taken by a parser
    std::map<qint64, ParsedBlock> m_parsed;     // by index, in the sheet's order
    std::vector<std::vector<TableRow>> m_spare; // row buffers to reuse
    qint64 m_cut = 0;          // blocks cut so far
    qint64 m_results = -1;     // results there are in all, once that is known
    qint64 m_taken = 0;        // results readRow() has taken
    bool m_unpacked = false;   // unpacking is over
    QString m_unpackError;     // why it stopped early, or the archive's verdict at its end
    qint64 m_unpackedBytes = 0;
    std::thread m_unpacker;
    std::vector<std::thread> m_parsers;

    // Reader side.
    ParsedBlock m_reading;
    size_t m_next = 0;
    qint64 m_lineBase = 0; // the last row of the results taken
    qint64 m_progress = 0;
    bool m_done = false;
    QString m_error;
};

} // namespace cx::xlsx
