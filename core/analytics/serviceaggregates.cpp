#include "analytics/serviceaggregates.h"
#include "analytics/foldprogress.h"
#include "analytics/tagcounts.h"
#include "analytics/varint.h"

#include "pipeline/sqlite.h"

#include <sqlite3.h>

#include <algorithm>
#include <array>
#include <cmath>
#include <limits>
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

QByteArray encodeHours(const HoursHistogram &histogram)
{
    QByteArray bytes;
    bytes.reserve(qsizetype(histogram.size()) * 3);
    qint64 previous = 0;
    for (const auto &[tenths, n] : histogram) {
        varint::append(bytes, quint64(tenths - previous));
        varint::append(bytes, (quint64(n) << 1) ^ quint64(n >> 63));
        previous = tenths;
    }
    return bytes;
}

bool decodeHours(QByteArrayView bytes, HoursHistogram &histogram)
{
    const std::size_t before = histogram.size();
    qsizetype at = 0;
    qint64 tenths = 0;
    while (at < bytes.size()) {
        quint64 step = 0;
        quint64 zigzag = 0;
        // Bins ascend (a step of 0 only before the first) and hold complaints.
        const bool ok = varint::read(bytes, at, step) && varint::read(bytes, at, zigzag)
            && (step > 0 || histogram.size() == before) && step <= quint64(std::numeric_limits<qint64>::max() - tenths)
            && zigzag != 0;
        if (!ok) {
            histogram.resize(before);
            return false;
        }
        tenths += qint64(step);
        histogram.emplace_back(tenths, qint64(zigzag >> 1) ^ -qint64(zigzag & 1));
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

// A cell key with one more id (an hours bin's tenths, a tag).
Key<8> withLast(const CellKey &cell, qint32 last)
{
    Key<8> key;
    std::copy(cell.ids.begin(), cell.ids.end(), key.ids.begin());
    key.ids[7] = last;
    return key;
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

QByteArrayView blobArgument(sqlite3_value *value)
{
    return QByteArrayView(static_cast<const char *>(sqlite3_value_blob(value)), sqlite3_value_bytes(value));
}

void resultBlob(sqlite3_context *context, const QByteArray &bytes)
{
    if (bytes.isEmpty())
        sqlite3_result_zeroblob(context, 0);
    else
        sqlite3_result_blob(context, bytes.constData(), int(bytes.size()), SQLITE_TRANSIENT);
}

// cx_merge_hours(a, b): the histogram of the agg_cell.hours blobs a and b merged.
void mergeHoursFunction(sqlite3_context *context, int, sqlite3_value **values)
{
    HoursHistogram histograms[2];
    for (int i = 0; i < 2; ++i) {
        if (!decodeHours(blobArgument(values[i]), histograms[i])) {
            sqlite3_result_error(context, "malformed hours histogram in agg_cell", -1);
            return;
        }
    }
    resultBlob(context, encodeHours(mergeHours(histograms[0], histograms[1])));
}

// cx_counts_add(a, b): the agg_cell.counts blobs a and b added up.
void addCountsFunction(sqlite3_context *context, int, sqlite3_value **values)
{
    ServiceCounts sum;
    ServiceCounts other;
    if (!decodeServiceCounts(blobArgument(values[0]), sum) || !decodeServiceCounts(blobArgument(values[1]), other)) {
        sqlite3_result_error(context, "malformed counts in agg_cell", -1);
        return;
    }
    sum.add(other);
    resultBlob(context, encodeServiceCounts(sum));
}

// Registers cx_merge_hours and cx_counts_add on the connection once: SQLite
// refuses to redefine a function while a statement runs, as the fold's read
// does between the steps it writes.
bool registerCellFunctions(sqlite::Database &db)
{
    if (db.prepare(u"SELECT cx_merge_hours(NULL, NULL), cx_counts_add(NULL, NULL)"_s).isValid())
        return true;
    constexpr int flags = SQLITE_UTF8 | SQLITE_DETERMINISTIC | SQLITE_DIRECTONLY;
    return sqlite3_create_function_v2(db.handle(), "cx_merge_hours", 2, flags, nullptr, mergeHoursFunction, nullptr,
                                      nullptr, nullptr)
            == SQLITE_OK
        && sqlite3_create_function_v2(db.handle(), "cx_counts_add", 2, flags, nullptr, addCountsFunction, nullptr,
                                      nullptr, nullptr)
            == SQLITE_OK;
}

} // namespace

QByteArray encodeServiceCounts(const ServiceCounts &counts)
{
    QByteArray bytes;
    bytes.reserve(16);
    for (const qint64 *n : encodedCounts(counts))
        varint::append(bytes, (quint64(*n) << 1) ^ quint64(*n >> 63));
    return bytes;
}

bool decodeServiceCounts(QByteArrayView bytes, ServiceCounts &counts)
{
    ServiceCounts read;
    qsizetype at = 0;
    for (qint64 *n : encodedCounts(read)) {
        quint64 zigzag = 0;
        if (!varint::read(bytes, at, zigzag))
            return false;
        *n = qint64(zigzag >> 1) ^ -qint64(zigzag & 1);
    }
    if (at != bytes.size())
        return false;
    read.complaints = counts.complaints;
    read.hoursTotal = counts.hoursTotal;
    counts = read;
    return true;
}

void CellFold::add(const CellKey &key, const ComplaintFields &row, qint64 sign)
{
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
            m_hours[withLast(key, qint32(std::min<qint64>(tenths, std::numeric_limits<qint32>::max())))] += sign;
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
    m_cells[key].add(sign < 0 ? negated(c) : c);
}

void CellFold::addTag(const CellKey &key, qint32 tag, qint64 sign)
{
    m_tags[withLast(key, tag)] += sign;
}

bool CellFold::write(sqlite::Database &db, FoldTicker *ticker)
{
    if (!registerCellFunctions(db) || !registerTagCountFunctions(db.handle()))
        return false;
    static const auto keyColumns = "month, product, region, channel, category, stage, department"_L1;
    sqlite::Statement insert = db.prepare(
        u"INSERT INTO agg_cell(%1, n, counts, hours_total, hours, tags) "
        "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12) ON CONFLICT(%1) DO UPDATE SET "
        "n = n + excluded.n, counts = cx_counts_add(counts, excluded.counts), "
        "hours_total = hours_total + excluded.hours_total, hours = cx_merge_hours(hours, excluded.hours), "
        "tags = cx_tags_merge(tags, excluded.tags, ?13)"_s.arg(keyColumns));
    // In key order, the table's primary key order: appending to the b-tree
    // instead of inserting all over it. The hours bins and tag counts sort
    // by the same key with their tenths or tag last, so each cell's follow it.
    const auto cells = m_cells.take();
    const auto hours = m_hours.take();
    const auto tags = m_tags.take();
    const auto sameCell = [](const Key<8> &entry, const CellKey &cell) {
        return std::equal(cell.ids.begin(), cell.ids.end(), entry.ids.begin());
    };
    auto bin = hours.cbegin();
    auto tag = tags.cbegin();
    HoursHistogram histogram;
    std::vector<TagCount> plus;
    std::vector<TagCount> minus;
    for (const auto &[key, c] : cells) {
        histogram.clear();
        for (; bin != hours.cend() && sameCell(bin->first, key); ++bin)
            if (bin->second != 0)
                histogram.emplace_back(bin->first.ids[7], bin->second);
        plus.clear();
        minus.clear();
        // Every tag count's cell is a cell counted: each counted row adds to both.
        for (; tag != tags.cend() && sameCell(tag->first, key); ++tag)
            if (tag->second != 0)
                (tag->second > 0 ? plus : minus).push_back({tag->first.ids[7], std::abs(tag->second)});
        const QByteArray counts = encodeServiceCounts(c);
        // A row moved out and back into the same cell changes nothing.
        if (c.complaints == 0 && c.hoursTotal == 0 && histogram.empty() && plus.empty() && minus.empty()
            && counts == encodeServiceCounts({}))
            continue;
        for (std::size_t i = 0; i < key.ids.size(); ++i)
            insert.bindInt(int(i) + 1, key.ids[i]);
        insert.bindInt(8, c.complaints);
        insert.bindBlob(9, counts);
        insert.bindDouble(10, c.hoursTotal);
        insert.bindBlob(11, encodeHours(histogram));
        insert.bindBlob(12, encodeTagCounts(plus));
        insert.bindBlob(13, encodeTagCounts(minus));
        if (!insert.exec() || (ticker && !ticker->advance(std::abs(c.complaints))))
            return false;
    }
    return true;
}

} // namespace cx
