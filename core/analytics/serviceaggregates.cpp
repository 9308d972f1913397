#include "analytics/serviceaggregates.h"
#include "analytics/foldprogress.h"
#include "analytics/groupstarts.h"
#include "analytics/tagcounts.h"
#include "analytics/varint.h"

#include "pipeline/sqlite.h"

#include <algorithm>
#include <array>
#include <bit>
#include <cmath>
#include <cstdlib>
#include <limits>
#include <span>
#include <tuple>
#include <vector>

namespace cx {

using namespace Qt::StringLiterals;

ServiceResult serviceResult(QStringView text)
{
    const QStringView trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return ServiceResult::Unknown;
    if (trimmed.contains(u"部分"))
        return ServiceResult::Partial;
    for (const char16_t *negative : {u"未解决", u"无法解决", u"不能解决", u"没有解决", u"没解决"})
        if (trimmed.contains(QStringView(negative)))
            return ServiceResult::Unresolved;
    return trimmed.contains(u"解决") ? ServiceResult::Resolved : ServiceResult::Unresolved;
}

CallbackRating callbackRating(QStringView text)
{
    const QStringView trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return CallbackRating::None;
    if (trimmed.contains(u"不满意") || trimmed == u"一般")
        return CallbackRating::Dissatisfied;
    if (trimmed.contains(u"基本满意"))
        return CallbackRating::Basic;
    if (trimmed.contains(u"满意"))
        return CallbackRating::Satisfied;
    for (const char16_t *none : {u"未", u"无", u"拒", u"失败", u"不接"})
        if (trimmed.contains(QStringView(none)))
            return CallbackRating::Unrated;
    return CallbackRating::Dissatisfied;
}

bool isRegulatorChannel(QStringView channel)
{
    return channel.contains(u"工信部") || channel.contains(u"申诉受理中心") || channel.contains(u"通信管理局");
}

qint64 hoursTenths(double hours)
{
    if (!(hours >= 0) || !std::isfinite(hours))
        return -1;
    // 0.3 × 10 is 3.0000000000000004 in binary: a decimal tenth is its own bin.
    return qint64(std::ceil(hours * 10.0 - 1e-6));
}

namespace {

quint64 zigzag(qint64 n)
{
    return (quint64(n) << 1) ^ quint64(n >> 63);
}

qint64 unzigzag(quint64 n)
{
    return qint64(n >> 1) ^ -qint64(n & 1);
}

// encodeHours() appended to `bytes`.
void appendHours(QByteArray &bytes, const HoursHistogram &histogram)
{
    qint64 previous = 0;
    for (const auto &[tenths, n] : histogram) {
        varint::append(bytes, quint64(tenths - previous));
        varint::append(bytes, zigzag(n));
        previous = tenths;
    }
}

} // namespace

QByteArray encodeHours(const HoursHistogram &histogram)
{
    QByteArray bytes;
    bytes.reserve(qsizetype(histogram.size()) * 3);
    appendHours(bytes, histogram);
    return bytes;
}

bool decodeHours(QByteArrayView bytes, HoursHistogram &histogram)
{
    const std::size_t before = histogram.size();
    qsizetype at = 0;
    qint64 tenths = 0;
    while (at < bytes.size()) {
        quint64 step = 0;
        quint64 coded = 0;
        // Bins ascend (a step of 0 only before the first) and hold complaints.
        const bool ok = varint::read(bytes, at, step) && varint::read(bytes, at, coded)
            && (step > 0 || histogram.size() == before) && step <= quint64(std::numeric_limits<qint64>::max() - tenths)
            && coded != 0;
        if (!ok) {
            histogram.resize(before);
            return false;
        }
        tenths += qint64(step);
        histogram.emplace_back(tenths, unzigzag(coded));
    }
    return true;
}

HoursHistogram mergeHours(const HoursHistogram &a, const HoursHistogram &b)
{
    HoursHistogram merged;
    merged.reserve(a.size() + b.size());
    auto i = a.begin();
    auto j = b.begin();
    while (i != a.end() || j != b.end()) {
        std::pair<qint64, qint64> bin;
        if (j == b.end() || (i != a.end() && i->first < j->first))
            bin = *i++;
        else if (i == a.end() || j->first < i->first)
            bin = *j++;
        else
            bin = {i->first, (i++)->second + (j++)->second};
        if (bin.second != 0)
            merged.push_back(bin);
    }
    return merged;
}

void ServiceCounts::add(const ServiceCounts &o)
{
    complaints += o.complaints;
    resultN += o.resultN;
    resolved += o.resolved;
    partial += o.partial;
    firstN += o.firstN;
    firstTime += o.firstTime;
    repeatN += o.repeatN;
    repeated += o.repeated;
    escalationN += o.escalationN;
    escalated += o.escalated;
    hoursN += o.hoursN;
    hoursTotal += o.hoursTotal;
    callbackN += o.callbackN;
    callbackRated += o.callbackRated;
    callbackSatisfied += o.callbackSatisfied;
    callbackBasic += o.callbackBasic;
}

namespace {

// What taking a complaint's counts out of a cell adds to it.
ServiceCounts negated(const ServiceCounts &c)
{
    ServiceCounts n;
    n.add(c);
    for (qint64 *count : {&n.complaints, &n.resultN, &n.resolved, &n.partial, &n.firstN, &n.firstTime, &n.repeatN,
                          &n.repeated, &n.escalationN, &n.escalated, &n.hoursN, &n.callbackN, &n.callbackRated,
                          &n.callbackSatisfied, &n.callbackBasic})
        *count = -*count;
    n.hoursTotal = -n.hoursTotal;
    return n;
}

// What `read` makes of a UTF-8 text, read once per distinct text.
template<typename Value>
Value cached(Utf8Map<Value> &cache, QByteArrayView utf8, Value (*read)(QStringView))
{
    if (const Value *known = cache.find(utf8))
        return *known;
    return cache.insert(utf8, read(QString::fromUtf8(utf8)));
}

// The counts encodeServiceCounts() holds, in its order.
template<typename Counts>
auto encodedCounts(Counts &c)
{
    return std::array{&c.resultN, &c.resolved, &c.partial, &c.firstN, &c.firstTime, &c.repeatN, &c.repeated,
                      &c.escalationN, &c.escalated, &c.hoursN, &c.callbackN, &c.callbackRated, &c.callbackSatisfied,
                      &c.callbackBasic};
}

// encodeServiceCounts() appended to `bytes`.
void appendServiceCounts(QByteArray &bytes, const ServiceCounts &counts)
{
    for (const qint64 *n : encodedCounts(counts))
        varint::append(bytes, zigzag(*n));
}

// The number of leading ids two cell keys of one block share (the month and
// product, shared by every cell of a block, left out).
constexpr std::size_t blockKeyStart = 2;

// Reads a length-prefixed part of a block at `at` and moves past it.
bool readPart(QByteArrayView bytes, qsizetype &at, QByteArrayView &part)
{
    quint64 size = 0;
    if (!varint::read(bytes, at, size) || size > quint64(bytes.size() - at))
        return false;
    part = bytes.sliced(at, qsizetype(size));
    at += qsizetype(size);
    return true;
}

} // namespace

QByteArray encodeServiceCounts(const ServiceCounts &counts)
{
    QByteArray bytes;
    bytes.reserve(16);
    appendServiceCounts(bytes, counts);
    return bytes;
}

bool decodeServiceCounts(QByteArrayView bytes, ServiceCounts &counts)
{
    ServiceCounts read;
    qsizetype at = 0;
    for (qint64 *n : encodedCounts(read)) {
        quint64 coded = 0;
        if (!varint::read(bytes, at, coded))
            return false;
        *n = unzigzag(coded);
    }
    if (at != bytes.size())
        return false;
    read.complaints = counts.complaints;
    read.hoursTotal = counts.hoursTotal;
    counts = read;
    return true;
}

std::size_t CellFold::add(const CellKey &key, const ComplaintFields &row, qint64 sign)
{
    const std::size_t cell = m_cells.indexOf(key);
    ServiceCounts c;
    ++c.complaints;
    const ServiceResult result = cached(m_results, row.result, serviceResult);
    if (result != ServiceResult::Unknown) {
        ++c.resultN;
        c.resolved += result == ServiceResult::Resolved;
        c.partial += result == ServiceResult::Partial;
    }
    if (row.repeated) {
        const bool repeated = *row.repeated != 0;
        ++c.repeatN;
        c.repeated += repeated;
        if (result != ServiceResult::Unknown) {
            ++c.firstN;
            c.firstTime += result == ServiceResult::Resolved && !repeated;
        }
    }
    if (row.escalated) {
        ++c.escalationN;
        c.escalated += *row.escalated != 0;
    }
    if (row.hours) {
        const double hours = *row.hours;
        if (const qint64 tenths = hoursTenths(hours); tenths >= 0) {
            ++c.hoursN;
            c.hoursTotal += hours;
            m_hours[Key<2>{{qint32(cell), qint32(std::min<qint64>(tenths, std::numeric_limits<qint32>::max()))}}] +=
                sign;
        }
    }
    switch (cached(m_ratings, row.callbackRating, callbackRating)) {
    case CallbackRating::None:
        break;
    case CallbackRating::Unrated:
        ++c.callbackN;
        break;
    case CallbackRating::Basic:
        ++c.callbackBasic;
        [[fallthrough]];
    case CallbackRating::Satisfied:
        ++c.callbackSatisfied;
        [[fallthrough]];
    case CallbackRating::Dissatisfied:
        ++c.callbackN;
        ++c.callbackRated;
        break;
    }
    m_cells.valueAt(cell).add(sign < 0 ? negated(c) : c);
    return cell;
}

void CellFold::addTag(std::size_t cell, qint32 tag, qint64 sign)
{
    m_tags[Key<2>{{qint32(cell), tag}}] += sign;
}

void CellBlockWriter::appendKey(const CellKey &key)
{
    const auto &ids = key.ids;
    const bool first = m_bytes.isEmpty();
    std::size_t shared = blockKeyStart;
    if (!first)
        while (shared + 1 < ids.size() && ids[shared] == m_previous.ids[shared])
            ++shared;
    varint::append(m_bytes, quint64(shared - blockKeyStart));
    varint::append(m_bytes, first ? quint64(ids[shared]) : quint64(ids[shared] - m_previous.ids[shared] - 1));
    for (std::size_t i = shared + 1; i < ids.size(); ++i)
        varint::append(m_bytes, quint64(ids[i]));
    m_previous = key;
}

void CellBlockWriter::appendEncoded(const CellKey &key, QByteArrayView encoded)
{
    appendKey(key);
    m_bytes.append(encoded);
}

void CellBlockWriter::append(const StoredCell &cell)
{
    appendKey(cell.key);
    varint::append(m_bytes, zigzag(cell.counts.complaints));
    // Each part after its length: written aside first, into a buffer kept between cells.
    m_scratch.resize(0);
    appendServiceCounts(m_scratch, cell.counts);
    varint::append(m_bytes, quint64(m_scratch.size()));
    m_bytes += m_scratch;
    // +0.0 for a total of 0: equal cells are equal bytes, whatever the sign of their zero.
    const double total = cell.counts.hoursTotal == 0 ? 0.0 : cell.counts.hoursTotal;
    const auto bits = std::bit_cast<quint64>(total);
    for (int shift = 0; shift < 64; shift += 8)
        m_bytes.append(char((bits >> shift) & 0xff));
    m_scratch.resize(0);
    appendHours(m_scratch, cell.hours);
    varint::append(m_bytes, quint64(m_scratch.size()));
    m_bytes += m_scratch;
    m_scratch.resize(0);
    m_tags.assign(cell.tags.begin(), cell.tags.end());
    appendTagCounts(m_scratch, m_tags);
    varint::append(m_bytes, quint64(m_scratch.size()));
    m_bytes += m_scratch;
}

QByteArray CellBlockWriter::take()
{
    m_previous = {};
    return std::exchange(m_bytes, {});
}

CellBlockReader::CellBlockReader(QByteArrayView block, qint32 month, qint32 product)
    : m_block(block)
{
    m_previous.ids[0] = month;
    m_previous.ids[1] = product;
}

bool CellBlockReader::next(StoredCell &cell)
{
    if (m_failed || m_at >= m_block.size())
        return false;
    const auto fail = [this] {
        m_failed = true;
        return false;
    };
    constexpr quint64 maxId = quint64(std::numeric_limits<qint32>::max());
    auto &ids = m_previous.ids;
    quint64 shared = 0;
    quint64 step = 0;
    if (!varint::read(m_block, m_at, shared) || !varint::read(m_block, m_at, step)
        || shared >= ids.size() - blockKeyStart || (m_first && shared != 0))
        return fail();
    const std::size_t changed = blockKeyStart + std::size_t(shared);
    // Keys ascend: the first id that differs from the previous cell's is above it.
    const quint64 id = m_first ? step : quint64(ids[changed]) + step + 1;
    if (step > maxId || id > maxId)
        return fail();
    ids[changed] = qint32(id);
    for (std::size_t i = changed + 1; i < ids.size(); ++i) {
        quint64 later = 0;
        if (!varint::read(m_block, m_at, later) || later > maxId)
            return fail();
        ids[i] = qint32(later);
    }
    m_first = false;
    cell.key = m_previous;
    m_partsAt = m_at;

    quint64 complaints = 0;
    QByteArrayView part;
    if (!varint::read(m_block, m_at, complaints) || complaints == 0 || !readPart(m_block, m_at, part)
        || !decodeServiceCounts(part, cell.counts) || m_block.size() - m_at < 8)
        return fail();
    cell.counts.complaints = unzigzag(complaints);
    quint64 bits = 0;
    for (int shift = 0; shift < 64; shift += 8)
        bits |= quint64(quint8(m_block[m_at++])) << shift;
    cell.counts.hoursTotal = std::bit_cast<double>(bits);
    cell.hours.clear();
    if (!readPart(m_block, m_at, part) || !decodeHours(part, cell.hours) || !readPart(m_block, m_at, part)
        || !decodeTagCounts(part, cell.tags))
        return fail();
    return true;
}

bool mergeCellBlock(QByteArrayView block, qint32 month, qint32 product, std::span<const StoredCell> deltas,
                    QByteArray &merged)
{
    CellBlockReader reader(block, month, product);
    CellBlockWriter writer;
    StoredCell stored;
    StoredCell sum;
    bool more = reader.next(stored);
    const auto keep = [&](const StoredCell &cell) {
        if (cell.counts.complaints != 0)
            writer.append(cell);
    };
    // The stored cell just read, unchanged: its bytes are what append()
    // would write but for a total of -0.0, which it writes as +0.0.
    const auto keepStored = [&] {
        if (stored.counts.hoursTotal == 0 && std::signbit(stored.counts.hoursTotal))
            keep(stored);
        else
            writer.appendEncoded(stored.key, reader.encodedParts());
    };
    for (auto delta = deltas.begin(); delta != deltas.end(); ++delta) {
        for (; more && stored.key < delta->key; more = reader.next(stored))
            keepStored();
        if (!more || stored.key != delta->key) {
            keep(*delta);
            continue;
        }
        std::swap(sum, stored);
        more = reader.next(stored);
        sum.counts.add(delta->counts);
        sum.hours = mergeHours(sum.hours, delta->hours);
        // The writer sums the tags and leaves out those taken out to 0.
        sum.tags.insert(sum.tags.end(), delta->tags.begin(), delta->tags.end());
        keep(sum);
    }
    for (; more; more = reader.next(stored))
        keepStored();
    merged = writer.take();
    return !reader.failed();
}

bool forEachStoredCell(sqlite::Database &db, const std::function<bool(const StoredCell &)> &visit, bool *undecodable)
{
    sqlite::Statement blocks = db.prepare(u"SELECT month, product, cells FROM agg_cell ORDER BY month, product"_s);
    if (!blocks.isValid())
        return false;
    StoredCell cell;
    while (blocks.next()) {
        const qint64 month = blocks.columnInt(0);
        const qint64 product = blocks.columnInt(1);
        if (month < 0 || month > std::numeric_limits<qint32>::max() || product < 0
            || product > std::numeric_limits<qint32>::max()) {
            if (undecodable)
                *undecodable = true;
            return false;
        }
        CellBlockReader reader(blocks.columnBlob(2), qint32(month), qint32(product));
        while (reader.next(cell))
            if (!visit(cell))
                return false;
        if (reader.failed()) {
            if (undecodable)
                *undecodable = true;
            return false;
        }
    }
    return !blocks.failed();
}

namespace {

// Writes agg_cell blocks, deleting those left without cells.
class BlockStore
{
public:
    explicit BlockStore(sqlite::Database &db)
        : m_store(db.prepare(u"INSERT OR REPLACE INTO agg_cell(month, product, cells) VALUES (?1, ?2, ?3)"_s))
        , m_remove(db.prepare(u"DELETE FROM agg_cell WHERE month = ?1 AND product = ?2"_s))
    {
    }

    bool put(qint64 month, qint64 product, const QByteArray &cells)
    {
        sqlite::Statement &write = cells.isEmpty() ? m_remove : m_store;
        write.bindInt(1, month);
        write.bindInt(2, product);
        if (!cells.isEmpty())
            write.bindBlob(3, cells);
        return write.exec();
    }

private:
    sqlite::Statement m_store;
    sqlite::Statement m_remove;
};

} // namespace

bool removeCategoryCells(sqlite::Database &db, const std::vector<qint32> &categories)
{
    constexpr std::size_t categoryId = 4;
    sqlite::Statement blocks = db.prepare(u"SELECT month, product, cells FROM agg_cell"_s);
    BlockStore store(db);
    // Read all first: the blocks change under the reading statement otherwise.
    std::vector<std::tuple<qint64, qint64, QByteArray>> changed;
    StoredCell cell;
    while (blocks.next()) {
        const QByteArrayView bytes = blocks.columnBlob(2);
        CellBlockReader reader(bytes, qint32(blocks.columnInt(0)), qint32(blocks.columnInt(1)));
        CellBlockWriter writer;
        bool removed = false;
        while (reader.next(cell)) {
            if (std::find(categories.begin(), categories.end(), cell.key.ids[categoryId]) != categories.end())
                removed = true;
            else
                writer.append(cell);
        }
        if (reader.failed())
            return false;
        if (removed)
            changed.emplace_back(blocks.columnInt(0), blocks.columnInt(1), writer.take());
    }
    if (blocks.failed())
        return false;
    for (const auto &[month, product, cells] : changed)
        if (!store.put(month, product, cells))
            return false;
    return true;
}

void CellFold::sort()
{
    Sorted sorted;
    sorted.cells = m_cells.takeByIndex();
    sorted.order.reserve(sorted.cells.size());
    for (std::size_t i = 0; i < sorted.cells.size(); ++i)
        sorted.order.emplace_back(sorted.cells[i].first, quint32(i));
    std::sort(sorted.order.begin(), sorted.order.end(),
              [](const auto &a, const auto &b) { return a.first < b.first; });
    sorted.hours = m_hours.take();
    sorted.tags = m_tags.take();
    m_sorted = std::move(sorted);
}

CellFold CellFold::takeSorted()
{
    sort();
    CellFold taken;
    taken.m_sorted = std::move(m_sorted);
    m_sorted.reset();
    return taken;
}

bool CellFold::write(sqlite::Database &db, FoldTicker *ticker)
{
    if (!m_sorted)
        sort();
    const Sorted sorted = std::move(*m_sorted);
    m_sorted.reset();
    sqlite::Statement read = db.prepare(u"SELECT cells FROM agg_cell WHERE month = ?1 AND product = ?2"_s);
    BlockStore store(db);
    // In key order: a block's cells follow one another. A cell's hours
    // bins and tag counts follow one another, by ascending tenths or tag.
    const auto cellOf = [](const FlatCounts<2, qint64>::Entry &entry) { return entry.first.ids[0]; };
    const std::vector<std::uint32_t> hoursAt = groupStarts(sorted.cells.size(), sorted.hours, cellOf);
    const std::vector<std::uint32_t> tagsAt = groupStarts(sorted.cells.size(), sorted.tags, cellOf);
    std::vector<StoredCell> deltas;
    QByteArray merged;
    for (auto cell = sorted.order.begin(); cell != sorted.order.end();) {
        const qint32 month = cell->first.ids[0];
        const qint32 product = cell->first.ids[1];
        std::size_t count = 0;
        for (; cell != sorted.order.end() && cell->first.ids[0] == month && cell->first.ids[1] == product; ++cell) {
            if (count == deltas.size())
                deltas.emplace_back();
            StoredCell &delta = deltas[count++];
            const std::size_t index = cell->second;
            delta.key = cell->first;
            delta.counts = sorted.cells[index].second;
            delta.hours.clear();
            for (quint32 bin = hoursAt[index]; bin < hoursAt[index + 1]; ++bin)
                if (const auto &[key, n] = sorted.hours[bin]; n != 0)
                    delta.hours.emplace_back(key.ids[1], n);
            delta.tags.clear();
            for (quint32 tag = tagsAt[index]; tag < tagsAt[index + 1]; ++tag)
                if (const auto &[key, n] = sorted.tags[tag]; n != 0)
                    delta.tags.push_back({key.ids[1], n});
            if (ticker && !ticker->advance(std::abs(delta.counts.complaints)))
                return false;
        }
        read.bindInt(1, month);
        read.bindInt(2, product);
        const bool stored = read.next();
        const bool ok = !read.failed()
            && mergeCellBlock(stored ? read.columnBlob(0) : QByteArrayView(), month, product,
                              std::span(deltas).first(count), merged);
        read.reset();
        if (!ok)
            return false;
        if ((stored || !merged.isEmpty()) && !store.put(month, product, merged))
            return false;
    }
    return true;
}

} // namespace cx
