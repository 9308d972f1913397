#include "analytics/analyticscube.h"

#include "analytics/serviceaggregates.h"
#include "pipeline/sqlite.h"

#include <algorithm>
#include <array>
#include <limits>
#include <unordered_map>

namespace cx {

using namespace Qt::StringLiterals;

namespace {

std::vector<qint64> sortedDistinct(std::vector<qint64> values)
{
    std::sort(values.begin(), values.end());
    values.erase(std::unique(values.begin(), values.end()), values.end());
    return values;
}

} // namespace

bool AnalyticsCube::readServicePart(sqlite::Database &db, std::optional<qint64> monthFrom,
                                    std::optional<qint64> monthBefore, const std::vector<int> &dimIndex,
                                    const std::vector<int> &regionIndex, ServicePart &part)
{
    const auto index = [](const std::vector<int> &indices, qint64 id) {
        return id >= 0 && std::size_t(id) < indices.size() ? indices[std::size_t(id)] : -1;
    };
    // A range of the primary key's first column: parts read one after the other keep the table's order.
    sqlite::Statement cells = db.prepare(
        u"SELECT month, product, region, channel, category, stage, department, n, result_n, resolved, partial, "
        "first_n, first_time, repeat_n, repeated, escalation_n, escalated, hours_n, callback_n, callback_rated, "
        "callback_satisfied, callback_basic, hours_total, hours FROM agg_service WHERE month >= ?1 AND month < ?2 "
        "ORDER BY month, product, region, channel, category, stage, department"_s);
    if (!cells.isValid())
        return false;
    cells.bindInt(1, monthFrom.value_or(std::numeric_limits<qint64>::min()));
    cells.bindInt(2, monthBefore.value_or(std::numeric_limits<qint64>::max()));
    std::unordered_map<qint64, std::uint32_t> binOf; // tenths -> index into part.binTenths
    HoursHistogram histogram;
    while (cells.next()) {
        std::array<int, 7> ids{};
        for (std::size_t i = 0; i < ids.size(); ++i)
            ids[i] = index(i == 2 ? regionIndex : dimIndex, cells.columnInt(int(i)));
        if (std::any_of(ids.begin(), ids.end(), [](int id) { return id < 0; }))
            continue;
        histogram.clear();
        if (!decodeHours(cells.columnBlob(23), histogram))
            return false;
        ServiceCell cell{};
        cell.month = std::uint16_t(ids[0]);
        cell.product = std::uint16_t(ids[1]);
        cell.region = std::uint32_t(ids[2]);
        cell.channel = std::uint16_t(ids[3]);
        cell.department = std::uint16_t(ids[6]);
        std::uint32_t *counts[] = {&cell.n, &cell.resultN, &cell.resolved, &cell.partial, &cell.firstN,
                                   &cell.firstTime, &cell.repeatN, &cell.repeated, &cell.escalationN,
                                   &cell.escalated, &cell.hoursN, &cell.callbackN, &cell.callbackRated,
                                   &cell.callbackSatisfied, &cell.callbackBasic};
        for (int i = 0; i < int(std::size(counts)); ++i)
            *counts[i] = std::uint32_t(cells.columnInt(7 + i));
        cell.hoursTotal = cells.columnDouble(22);
        cell.hoursBegin = std::uint32_t(part.hours.size());
        for (const auto &[tenths, n] : histogram) {
            const auto [it, added] = binOf.try_emplace(tenths, std::uint32_t(part.binTenths.size()));
            if (added)
                part.binTenths.push_back(tenths);
            part.hours.push_back({it->second, std::uint32_t(n)});
        }
        cell.hoursEnd = std::uint32_t(part.hours.size());
        part.cells.push_back(cell);
        part.categoryStages.push_back({ids[4], ids[5]});
    }
    return !cells.failed();
}

void AnalyticsCube::addServiceParts(std::vector<ServicePart> &parts, QHash<qint64, int> &categoryStages)
{
    std::vector<qint64> tenths;
    std::size_t cellCount = 0;
    std::size_t hoursCount = 0;
    for (const ServicePart &part : parts) {
        tenths.insert(tenths.end(), part.binTenths.begin(), part.binTenths.end());
        cellCount += part.cells.size();
        hoursCount += part.hours.size();
    }
    m_hoursBins = sortedDistinct(std::move(tenths));
    m_serviceCells.reserve(cellCount);
    m_serviceHours.reserve(hoursCount);
    std::vector<std::uint32_t> bin;
    for (ServicePart &part : parts) {
        bin.resize(part.binTenths.size());
        for (std::size_t b = 0; b < bin.size(); ++b)
            bin[b] = std::uint32_t(std::lower_bound(m_hoursBins.begin(), m_hoursBins.end(), part.binTenths[b])
                                   - m_hoursBins.begin());
        const auto offset = std::uint32_t(m_serviceHours.size());
        for (std::size_t i = 0; i < part.cells.size(); ++i) {
            ServiceCell cell = part.cells[i];
            const CategoryStage &pair = part.categoryStages[i];
            cell.categoryStage = std::uint16_t(pairIndex(categoryStages, m_categoryStages, pair.category, pair.stage));
            cell.hoursBegin += offset;
            cell.hoursEnd += offset;
            m_serviceCells.push_back(cell);
        }
        for (const HoursCount &count : part.hours)
            m_serviceHours.push_back({bin[count.bin], count.n});
        part = {};
    }
}

} // namespace cx
