#include "io/xlsxsheet.h"

#include "io/xlsxsheetlexer.h"
#include "io/xlsxvalues.h"

#include <algorithm>
#include <cstring>
#include <limits>

using namespace Qt::StringLiterals;

namespace cx::xlsx {

namespace {

constexpr qint64 kUnpackBytes = 256 * 1024;
constexpr size_t kChunksAhead = 4;
constexpr qint64 kBatchesAhead = 8;
constexpr qsizetype kFirstBlockBytes = 64 * 1024; // the first rows come soon (previews)
constexpr qsizetype kBlockBytes = 1024 * 1024;

ZipArchive::Guard sheetGuard(const XlsxLimits &limits)
{
    ZipArchive::Guard guard;
    guard.maxBytes = limits.maxSheetBytes;
    guard.maxRatio = limits.maxCompressionRatio;
    guard.ratioMinBytes = limits.ratioCheckMinBytes;
    return guard;
}

} // namespace

bool SharedStrings::append(QByteArrayView text)
{
    if (findEscape(text) >= 0)
        appendUnescaped(text, m_text);
    else
        m_text.append(text);
    if (m_text.size() > qsizetype(std::numeric_limits<quint32>::max()))
        return false;
    m_ends.push_back(quint32(m_text.size()));
    return true;
}

void SharedStrings::squeeze()
{
    m_text.squeeze();
    m_ends.shrink_to_fit();
}

SheetStream::SheetStream(QIODevice *device, std::mutex *deviceLock, const WorkbookContext &context,
                         const XlsxReader::Sheet &sheet, RepairSink repairs)
    : m_zip(device, context.displayName, deviceLock)
    , m_context(context)
    , m_sheet(sheet)
    , m_repairSink(std::move(repairs))
{
}

SheetStream::~SheetStream()
{
    {
        std::lock_guard lock(m_mutex);
        m_stop = true;
    }
    m_changed.notify_all();
    if (m_unpacker.joinable())
        m_unpacker.join();
    for (std::thread &parser : m_parsers)
        parser.join();
}

int SheetStream::defaultParseThreads()
{
    const int cores = int(std::thread::hardware_concurrency());
    return cores <= 2 ? 1 : qMin(cores - 1, 4);
}

bool SheetStream::open()
{
    if (!m_zip.open() || !m_zip.openEntry(m_sheet.partName, sheetGuard(m_context.limits))) {
        m_error = m_zip.errorString();
        return false;
    }
    m_size = m_zip.entrySize();
    const int parsers = m_context.parseThreads > 0 ? m_context.parseThreads : defaultParseThreads();
    if (parsers == 1) {
        m_ahead = kBatchesAhead;
        m_parsers.emplace_back([this] { parseChunks(); });
        m_unpacker = std::thread([this] { unpackChunks(); });
    } else {
        m_ahead = parsers + 2;
        for (int i = 0; i < parsers; ++i)
            m_parsers.emplace_back([this] { parseBlocks(); });
        m_unpacker = std::thread([this] { unpackBlocks(); });
    }
    return true;
}

void SheetStream::unpackChunks()
{
    QString error;
    for (;;) {
        QByteArray chunk;
        {
            std::unique_lock lock(m_mutex);
            m_changed.wait(lock, [this] { return m_stop || m_chunks.size() < kChunksAhead; });
            if (m_stop)
                return;
            if (!m_spareChunks.empty()) {
                chunk = std::move(m_spareChunks.back());
                m_spareChunks.pop_back();
            }
        }
        chunk.resize(kUnpackBytes);
        const qint64 n = m_zip.read(chunk.data(), chunk.size());
        chunk.resize(qMax<qint64>(n, 0));
        {
            std::lock_guard lock(m_mutex);
            if (n < 0)
                m_unpackError = m_zip.errorString(); // before the end, so that the parser sees it
            m_chunks.push_back(std::move(chunk));
        }
        m_changed.notify_all();
        if (n <= 0) {
            if (n == 0 && !m_zip.closeEntry())
                error = m_zip.errorString();
            break;
        }
    }
    finishUnpacking(error);
}

void SheetStream::parseChunks()
{
    QByteArray chunk;
    bool end = false;
    const Pieces next = [&](QByteArrayView *piece, QString *error) -> qint64 {
        if (end)
            return 0;
        std::unique_lock lock(m_mutex);
        if (!chunk.isNull())
            m_spareChunks.push_back(std::exchange(chunk, {}));
        m_changed.wait(lock, [this] { return m_stop || !m_chunks.empty(); });
        if (m_stop)
            return 0;
        chunk = std::move(m_chunks.front());
        m_chunks.pop_front();
        end = chunk.isEmpty();
        const QString failure = end ? m_unpackError : QString();
        lock.unlock();
        m_changed.notify_all();
        if (!failure.isEmpty()) {
            *error = failure;
            return -1;
        }
        *piece = chunk;
        return chunk.size();
    };
    RowParser rows(m_context, m_stop);
    qint64 index = 0;
    ParsedBlock batch = freshResult();
    rows.begin(batch, true, [&]() -> ParsedBlock * {
        if (!publish(index++, std::move(batch), false))
            return nullptr;
        batch = freshResult();
        return &batch;
    });
    const QString error = parse(rows, next, 0, 0, 0);
    batch.error = error;
    publish(index, std::move(batch), true);
}

void SheetStream::unpackBlocks()
{
    SheetSplitter splitter(kFirstBlockBytes, kBlockBytes);
    const auto post = [&](SheetSplitter::Block &&block, bool last) {
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock, [&] { return m_stop || m_cut - m_taken < m_ahead; });
        if (m_stop)
            return false;
        m_jobs.push_back(Job{m_cut++, std::move(block), last ? QByteArray() : splitter.suffix()});
        if (last)
            m_results = m_cut;
        lock.unlock();
        m_changed.notify_all();
        return true;
    };
    bool going = true;
    const SheetSplitter::BlockSink sink = [&](SheetSplitter::Block &&block) {
        going = going && post(std::move(block), false);
    };
    QByteArray chunk(kUnpackBytes, Qt::Uninitialized);
    QString error;
    while (going) {
        const qint64 n = m_zip.read(chunk.data(), chunk.size());
        if (n > 0) {
            splitter.append(QByteArrayView(chunk.constData(), n), sink);
            continue;
        }
        // The rest is parsed in any case: rows before damage still count.
        if (n < 0)
            error = m_zip.errorString();
        if (post(splitter.finish(), true) && n == 0 && !m_zip.closeEntry())
            error = m_zip.errorString();
        break;
    }
    finishUnpacking(error);
}

void SheetStream::parseBlocks()
{
    RowParser rows(m_context, m_stop);
    for (;;) {
        Job job;
        {
            std::unique_lock lock(m_mutex);
            m_changed.wait(lock, [this] { return m_stop || !m_jobs.empty() || m_unpacked; });
            if (m_stop || m_jobs.empty())
                return;
            job = std::move(m_jobs.front());
            m_jobs.pop_front();
        }
        ParsedBlock result = freshResult();
        parseBlock(job, rows, result);
        {
            std::lock_guard lock(m_mutex);
            m_parsed.emplace(job.index, std::move(result));
        }
        m_changed.notify_all();
    }
}

void SheetStream::parseBlock(Job &job, RowParser &rows, ParsedBlock &result)
{
    const SheetSplitter::Block &block = job.block;
    // The block as a document of its own: the enclosing start tags, the
    // block, the end tags (see SheetSplitter).
    const QByteArrayView pieces[] = {block.prefix, block.bytes, job.suffix};
    size_t piece = 0;
    const Pieces next = [&](QByteArrayView *bytes, QString *) -> qint64 {
        while (piece < std::size(pieces) && pieces[piece].isEmpty())
            ++piece;
        if (piece == std::size(pieces))
            return 0;
        *bytes = pieces[piece++];
        return bytes->size();
    };
    rows.begin(result, job.index == 0);
    const qint64 prefixLines = std::count(block.prefix.cbegin(), block.prefix.cend(), '\n');
    result.error = parse(rows, next, block.offset, block.prefix.size(), block.firstLine - 1 - prefixLines);
    result.last = job.suffix.isEmpty();
}

QString SheetStream::parse(RowParser &rows, const Pieces &next, qint64 offset, qint64 prefixBytes,
                           qint64 lineOffset)
{
    QByteArrayView piece;
    QString error;
    QByteArray head; // what the lexer took of a document it leaves to libxml2
    bool end = false;
    if (!m_context.libxml2Sheets) {
        SheetLexer lexer(m_context.displayName, m_sheet.partName);
        lexer.begin(rows, offset, prefixBytes, lineOffset);
        for (;;) {
            const qint64 n = next(&piece, &error);
            if (n < 0)
                return error;
            end = n == 0;
            if (end ? !lexer.finish() : !lexer.feed(piece))
                break;
            if (end)
                return {};
        }
        if (!lexer.foreign())
            return lexer.errorString();
        head = lexer.pending().toByteArray();
        piece = {};
    }
    qsizetype headAt = 0;
    qsizetype pieceAt = 0;
    const XmlParser::Source source = [&](char *buffer, qint64 maxBytes, QString *sourceError) -> qint64 {
        QByteArrayView from(head);
        qsizetype *at = &headAt;
        if (headAt == head.size()) {
            while (pieceAt == piece.size()) {
                if (end)
                    return 0;
                const qint64 n = next(&piece, sourceError);
                if (n < 0)
                    return -1;
                end = n == 0;
                pieceAt = 0;
            }
            from = piece;
            at = &pieceAt;
        }
        const qint64 n = qMin(maxBytes, from.size() - *at);
        std::memcpy(buffer, from.data() + *at, size_t(n));
        *at += n;
        return n;
    };
    XmlParser parser(m_context.displayName, m_sheet.partName);
    XmlRowHandler handler(rows, parser, offset, prefixBytes);
    parser.parse(handler, source, lineOffset);
    return parser.errorString();
}

ParsedBlock SheetStream::freshResult()
{
    ParsedBlock result;
    std::lock_guard lock(m_mutex);
    if (!m_spare.empty()) {
        result.rows = std::move(m_spare.back());
        m_spare.pop_back();
    }
    return result;
}

bool SheetStream::publish(qint64 index, ParsedBlock &&result, bool last)
{
    std::unique_lock lock(m_mutex);
    m_changed.wait(lock, [&] { return m_stop || index - m_taken < m_ahead; });
    if (m_stop)
        return false;
    result.last = last;
    m_parsed.emplace(index, std::move(result));
    if (last)
        m_results = index + 1;
    lock.unlock();
    m_changed.notify_all();
    return true;
}

void SheetStream::finishUnpacking(const QString &error)
{
    {
        std::lock_guard lock(m_mutex);
        m_unpacked = true;
        if (m_unpackError.isEmpty())
            m_unpackError = error;
        m_unpackedBytes = m_zip.entryBytesRead();
    }
    m_changed.notify_all();
}

bool SheetStream::readRow(TableRow &row)
{
    for (;;) {
        if (m_next < m_reading.count) {
            std::swap(row, m_reading.rows[m_next++]);
            if (row.line() < 0)
                row.setPosition(resolve(row.line()), row.byteOffset());
            m_progress = row.byteOffset();
            return true;
        }
        if (m_done || !takeBlock())
            return false;
    }
}

bool SheetStream::takeBlock()
{
    // The result read out: where its rows end, and whether it ended the sheet.
    if (m_reading.columnsBeyondLimitRow != 0) {
        m_done = true;
        m_error = XlsxReader::tr("%1, sheet \"%2\", row %3: a cell lies beyond column %4, more columns than "
                                 "Excel allows. The file is damaged or not a normal workbook; open it in "
                                 "Excel and save it again.")
                      .arg(m_context.displayName, m_sheet.name)
                      .arg(resolve(m_reading.columnsBeyondLimitRow))
                      .arg(m_context.limits.maxColumns);
        return false;
    }
    if (m_reading.lastRow != 0)
        m_lineBase = resolve(m_reading.lastRow);
    if (!m_reading.error.isEmpty()) {
        // The end of the sheet cut short by damage to the archive: say that,
        // not what the parser made of it.
        QString cause = m_reading.error;
        if (m_reading.last) {
            std::unique_lock lock(m_mutex);
            m_changed.wait(lock, [this] { return m_unpacked; });
            if (!m_unpackError.isEmpty())
                cause = m_unpackError;
        }
        m_done = true;
        m_error = XlsxReader::tr("%1 (Sheet \"%2\", after row %3.)").arg(cause, m_sheet.name).arg(m_lineBase);
        return false;
    }

    std::unique_lock lock(m_mutex);
    if (!m_reading.rows.empty())
        m_spare.push_back(std::exchange(m_reading.rows, {}));
    const auto ended = [this] { return m_unpacked && m_taken == m_results; };
    m_changed.wait(lock, [&] { return m_parsed.count(m_taken) > 0 || ended(); });
    const auto found = m_parsed.find(m_taken);
    if (found == m_parsed.end()) {
        // Every result is read: the sheet ends here, or where the archive failed.
        m_done = true;
        m_progress = m_unpackedBytes;
        if (!m_unpackError.isEmpty())
            m_error = XlsxReader::tr("%1 (Sheet \"%2\", after row %3.)")
                          .arg(m_unpackError, m_sheet.name)
                          .arg(m_lineBase);
        return false;
    }
    m_reading = std::move(found->second);
    m_parsed.erase(found);
    ++m_taken;
    m_next = 0;
    lock.unlock();
    m_changed.notify_all();
    if (m_repairSink) {
        for (SheetRepair repair : m_reading.repairs) {
            repair.line = resolve(repair.line);
            m_repairSink(repair);
        }
    }
    return true;
}

} // namespace cx::xlsx
