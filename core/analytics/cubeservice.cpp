#include "analytics/analyticscube.h"

#include "analytics/serviceaggregates.h"
#include "pipeline/sqlite.h"

#include <algorithm>
#include <array>
#include <unordered_map>

namespace cx {

using namespace Qt::StringLiterals;

bool AnalyticsCube::readService(sqlite::Database &db, const std::vector<int> &dimIndex,
                                const std::vector<int> &regionIndex, QHash<qint64, int> &categoryStages)
{
    const auto index = [](const std::vector<int> &indices, qint64 id) {
        return id >= 0 && std::size_t(id) < indices.size() ? indices[std::size_t(id)] : -1;
    };
    sqlite::Statement cells = db.prepare(
        u"SELECT month, product, region, channel, category, stage, department, n, result_n, resolved, partial, "
        "first_n, first_time, repeat_n, repeated, escalation_n, escalated, hours_n, callback_n, callback_rated, "
        "callback_satisfied, callback_basic, hours_total, hours FROM agg_service "
        "ORDER BY month, product, region, channel, category, stage, department"_s);
    if (!cells.isValid())
        return false;
    // Bins as first met (a few thousand distinct tenths for millions of
    // entries): numbered in calendar order once all are known.
    std::unordered_map<qint64, std::uint32_t> binOf;
    std::vector<qint64> tenthsOfBin;
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
        cell.categoryStage = std::uint16_t(pairIndex(categoryStages, m_categoryStages, ids[4], ids[5]));
        cell.department = std::uint16_t(ids[6]);
        std::uint32_t *counts[] = {&cell.n, &cell.resultN, &cell.resolved, &cell.partial, &cell.firstN,
                                   &cell.firstTime, &cell.repeatN, &cell.repeated, &cell.escalationN,
                                   &cell.escalated, &cell.hoursN, &cell.callbackN, &cell.callbackRated,
                                   &cell.callbackSatisfied, &cell.callbackBasic};
        for (int i = 0; i < int(std::size(counts)); ++i)
            *counts[i] = std::uint32_t(cells.columnInt(7 + i));
        cell.hoursTotal = cells.columnDouble(22);
        cell.hoursBegin = std::uint32_t(m_serviceHours.size());
        for (const auto &[tenths, n] : histogram) {
            const auto [it, added] = binOf.try_emplace(tenths, std::uint32_t(tenthsOfBin.size()));
            if (added)
                tenthsOfBin.push_back(tenths);
            m_serviceHours.push_back({it->second, std::uint32_t(n)});
        }
        cell.hoursEnd = std::uint32_t(m_serviceHours.size());
        m_serviceCells.push_back(cell);
    }
    if (cells.failed())
        return false;
    m_hoursBins = tenthsOfBin;
    std::sort(m_hoursBins.begin(), m_hoursBins.end());
    std::vector<std::uint32_t> sortedBin(tenthsOfBin.size());
    for (std::size_t b = 0; b < sortedBin.size(); ++b)
        sortedBin[b] = std::uint32_t(std::lower_bound(m_hoursBins.begin(), m_hoursBins.end(), tenthsOfBin[b])
                                     - m_hoursBins.begin());
    for (HoursCount &count : m_serviceHours)
        count.bin = sortedBin[count.bin];
    return true;
}

} // namespace cx
