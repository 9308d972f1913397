#include "analytics/serviceaggregates.h"
#include "analytics/varint.h"

#include "pipeline/sqlite.h"

#include <sqlite3.h>

#include <algorithm>
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

// What `read` makes of a UTF-8 text, read once per distinct text.
template<typename Value>
Value cached(QHash<QByteArray, Value> &cache, QByteArrayView utf8, Value (*read)(QStringView))
{
    const auto it = cache.constFind(QByteArray::fromRawData(utf8.data(), utf8.size()));
    if (it != cache.constEnd())
        return *it;
    const Value value = read(QString::fromUtf8(utf8));
    cache.insert(utf8.toByteArray(), value);
    return value;
}

// cx_merge_hours(a, b): the histogram of the agg_service.hours blobs a and b merged.
void mergeHoursFunction(sqlite3_context *context, int, sqlite3_value **values)
{
    HoursHistogram histograms[2];
    for (int i = 0; i < 2; ++i) {
        const QByteArrayView bytes(static_cast<const char *>(sqlite3_value_blob(values[i])),
                                   sqlite3_value_bytes(values[i]));
        if (!decodeHours(bytes, histograms[i])) {
            sqlite3_result_error(context, "malformed hours histogram in agg_service", -1);
            return;
        }
    }
    const QByteArray merged = encodeHours(mergeHours(histograms[0], histograms[1]));
    if (merged.isEmpty())
        sqlite3_result_zeroblob(context, 0);
    else
        sqlite3_result_blob(context, merged.constData(), int(merged.size()), SQLITE_TRANSIENT);
}

// Registers cx_merge_hours on the connection once: SQLite refuses to
// redefine a function while a statement runs, as the fold's read does
// between the steps it writes.
bool registerMergeHours(sqlite::Database &db)
{
    return db.prepare(u"SELECT cx_merge_hours(NULL, NULL)"_s).isValid()
        || sqlite3_create_function_v2(db.handle(), "cx_merge_hours", 2,
                                      SQLITE_UTF8 | SQLITE_DETERMINISTIC | SQLITE_DIRECTONLY, nullptr,
                                      mergeHoursFunction, nullptr, nullptr, nullptr)
        == SQLITE_OK;
}

} // namespace

size_t qHash(const ServiceKey &key, size_t seed)
{
    return qHashRange(key.ids.begin(), key.ids.end(), seed);
}

void ServiceFold::add(const ServiceKey &key, const sqlite::Statement &row, int first, qint64 sign)
{
    ServiceCounts c;
    ++c.complaints;
    const ServiceResult result = cached(m_results, row.columnUtf8View(first + 1), serviceResult);
    if (result != ServiceResult::Unknown) {
        ++c.resultN;
        c.resolved += result == ServiceResult::Resolved;
        c.partial += result == ServiceResult::Partial;
    }
    if (!row.columnIsNull(first + 3)) {
        const bool repeated = row.columnInt(first + 3) != 0;
        ++c.repeatN;
        c.repeated += repeated;
        if (result != ServiceResult::Unknown) {
            ++c.firstN;
            c.firstTime += result == ServiceResult::Resolved && !repeated;
        }
    }
    if (!row.columnIsNull(first + 4)) {
        ++c.escalationN;
        c.escalated += row.columnInt(first + 4) != 0;
    }
    if (!row.columnIsNull(first + 2)) {
        const double hours = row.columnDouble(first + 2);
        if (const qint64 tenths = hoursTenths(hours); tenths >= 0) {
            ++c.hoursN;
            c.hoursTotal += hours;
            ServiceKey bin = key;
            bin.ids[7] = qint32(std::min<qint64>(tenths, std::numeric_limits<qint32>::max()));
            m_hours[bin] += sign;
        }
    }
    switch (cached(m_ratings, row.columnUtf8View(first + 5), callbackRating)) {
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

bool ServiceFold::write(sqlite::Database &db)
{
    if (!registerMergeHours(db))
        return false;
    static const auto keyColumns = "month, product, region, channel, category, stage, department"_L1;
    sqlite::Statement cells = db.prepare(
        u"INSERT INTO agg_service(%1, n, result_n, resolved, partial, first_n, first_time, repeat_n, repeated, "
        "escalation_n, escalated, hours_n, hours_total, callback_n, callback_rated, callback_satisfied, "
        "callback_basic, hours) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, "
        "?18, ?19, ?20, ?21, ?22, ?23, ?24) ON CONFLICT(%1) DO UPDATE SET n = n + excluded.n, "
        "result_n = result_n + excluded.result_n, resolved = resolved + excluded.resolved, "
        "partial = partial + excluded.partial, first_n = first_n + excluded.first_n, "
        "first_time = first_time + excluded.first_time, repeat_n = repeat_n + excluded.repeat_n, "
        "repeated = repeated + excluded.repeated, escalation_n = escalation_n + excluded.escalation_n, "
        "escalated = escalated + excluded.escalated, hours_n = hours_n + excluded.hours_n, "
        "hours_total = hours_total + excluded.hours_total, callback_n = callback_n + excluded.callback_n, "
        "callback_rated = callback_rated + excluded.callback_rated, "
        "callback_satisfied = callback_satisfied + excluded.callback_satisfied, "
        "callback_basic = callback_basic + excluded.callback_basic, "
        "hours = cx_merge_hours(hours, excluded.hours)"_s.arg(keyColumns));
    // In key order, the table's primary key order: appending to the b-tree
    // instead of inserting all over it. The hours bins sort by the same key
    // with their tenths last, so each cell's bins follow it.
    const auto lessIds = [](const auto &a, const auto &b) { return a.first.ids < b.first.ids; };
    std::vector<std::pair<ServiceKey, const ServiceCounts *>> cellRows;
    cellRows.reserve(std::size_t(m_cells.size()));
    for (auto it = m_cells.cbegin(); it != m_cells.cend(); ++it)
        cellRows.emplace_back(it.key(), &it.value());
    std::sort(cellRows.begin(), cellRows.end(), lessIds);
    std::vector<std::pair<ServiceKey, qint64>> hourRows;
    hourRows.reserve(std::size_t(m_hours.size()));
    for (auto it = m_hours.cbegin(); it != m_hours.cend(); ++it)
        if (it.value() != 0)
            hourRows.emplace_back(it.key(), it.value());
    std::sort(hourRows.begin(), hourRows.end(), lessIds);
    const auto sameCell = [](const ServiceKey &bin, const ServiceKey &cell) {
        return std::equal(cell.ids.begin(), cell.ids.begin() + 7, bin.ids.begin());
    };
    auto bin = hourRows.cbegin();
    HoursHistogram histogram;
    for (const auto &[key, counts] : cellRows) {
        for (int i = 0; i < 7; ++i)
            cells.bindInt(i + 1, key.ids[std::size_t(i)]);
        const ServiceCounts &c = *counts;
        int position = 8;
        for (qint64 value : {c.complaints, c.resultN, c.resolved, c.partial, c.firstN, c.firstTime, c.repeatN, c.repeated,
                             c.escalationN, c.escalated, c.hoursN})
            cells.bindInt(position++, value);
        cells.bindDouble(position++, c.hoursTotal);
        for (qint64 value : {c.callbackN, c.callbackRated, c.callbackSatisfied, c.callbackBasic})
            cells.bindInt(position++, value);
        histogram.clear();
        for (; bin != hourRows.cend() && sameCell(bin->first, key); ++bin)
            histogram.emplace_back(bin->first.ids[7], bin->second);
        cells.bindBlob(position, encodeHours(histogram));
        if (!cells.exec())
            return false;
    }
    m_cells = {};
    m_hours = {};
    return true;
}

bool removeServiceCategories(sqlite::Database &db, int categoryKind)
{
    sqlite::Statement remove = db.prepare(
        u"DELETE FROM agg_service WHERE category IN (SELECT d.id FROM agg_dim d JOIN temp.cx_recount r "
        "ON r.value = d.value WHERE d.kind = ?1)"_s);
    remove.bindInt(1, categoryKind);
    return remove.exec();
}

bool clearServiceAggregates(sqlite::Database &db)
{
    return db.exec(u"DELETE FROM agg_service"_s);
}

} // namespace cx
