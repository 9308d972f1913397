#include "analytics/analyticscube.h"

#include "analytics/serviceaggregates.h"
#include "pipeline/sqlite.h"

#include <algorithm>
#include <array>
#include <unordered_map>
#include <utility>

namespace cx {

using namespace Qt::StringLiterals;

bool AnalyticsCube::readCells(sqlite::Database &db, const std::vector<int> &dimIndex,
                              const std::vector<int> &regionIndex, QHash<qint64, int> &categoryStages,
                              bool *unreadable)
{
    const auto undecodable = [unreadable] {
        *unreadable = true;
        return false;
    };
    const auto index = [](const std::vector<int> &indices, qint64 id) {
        return id >= 0 && std::size_t(id) < indices.size() ? indices[std::size_t(id)] : -1;
    };
    {
        // A stored cell takes at least 14 bytes (two key varints, its
        // complaints, three parts with their lengths and the 8-byte hours
        // total): room for that many cells, never touched beyond what is
        // read and so never resident, spares growing the vectors by copies
        // that would hold them twice. Only the cells split over
        // maxCellCount can outgrow it.
        sqlite::Statement bytes = db.prepare(u"SELECT coalesce(sum(length(cells)), 0) FROM agg_cell"_s);
        if (!bytes.isValid() || !bytes.next())
            return false;
        const auto cells = std::size_t(bytes.columnInt(0) / 14);
        m_serviceCells.complaints.reserve(cells);
        m_serviceCells.handling.reserve(cells);
        m_firstTags.reserve(cells);
    }
    sqlite::Statement blocks = db.prepare(u"SELECT month, product, cells FROM agg_cell ORDER BY month, product"_s);
    if (!blocks.isValid())
        return false;
    // Bins as first met (a few thousand distinct tenths for millions of
    // entries): numbered in calendar order once all are known.
    std::unordered_map<qint64, std::uint32_t> binOf;
    std::vector<qint64> tenthsOfBin;
    QHash<qint64, int> tagStages; // tag index << 20 | stage index
    std::vector<HoursCount> &hours = m_serviceCells.hours;

    StoredCell stored;
    // Adds a cell to the service cells with its hours and tags; false for counts the cube cannot hold.
    const auto addCell = [&] {
        std::array<int, 7> ids{};
        for (std::size_t i = 0; i < ids.size(); ++i)
            ids[i] = index(i == 2 ? regionIndex : dimIndex, stored.key.ids[i]);
        if (std::any_of(ids.begin(), ids.begin() + 6, [](int id) { return id < 0; }))
            return true;
        const std::uint32_t firstTag = std::uint32_t(m_tagEntries.size());
        std::sort(stored.tags.begin(), stored.tags.end(),
                  [](const TagCount &a, const TagCount &b) { return a.tag < b.tag; });
        for (std::size_t i = 0; i < stored.tags.size();) {
            const qint32 tag = stored.tags[i].tag;
            qint64 n = 0;
            for (; i < stored.tags.size() && stored.tags[i].tag == tag; ++i)
                n += stored.tags[i].n;
            const int tagIndex = index(dimIndex, tag);
            if (tagIndex < 0 || n <= 0)
                continue;
            const auto tagStage = std::uint16_t(pairIndex(tagStages, m_tagStages, tagIndex, ids[5]));
            for (qint64 left = n; left > 0; left -= 0xffff)
                m_tagEntries.push_back({std::uint16_t(std::min<qint64>(left, 0xffff)), tagStage});
        }
        m_complaintTotal += std::max<qint64>(stored.counts.complaints, 0); // as the cells hold it
        m_complaintMonths[std::size_t(ids[0])] = true;

        ServiceCell cell{};
        cell.region = std::uint32_t(ids[2]);
        cell.channel = std::uint16_t(ids[3]);
        cell.categoryStage = std::uint16_t(pairIndex(categoryStages, m_categoryStages, ids[4], ids[5]));
        cell.department = ids[6] < 0 || ids[6] >= unknownDepartment ? unknownDepartment : std::uint16_t(ids[6]);
        cell.hoursBegin = std::uint32_t(hours.size());
        for (const auto &[tenths, binN] : stored.hours) {
            const auto [it, added] = binOf.try_emplace(tenths, std::uint32_t(tenthsOfBin.size()));
            if (added)
                tenthsOfBin.push_back(tenths);
            appendHours(hours, it->second, binN);
        }
        if (tenthsOfBin.size() > maxHoursBins)
            return false;
        m_serviceCells.append(std::uint16_t(ids[0]), std::uint16_t(ids[1]), cell, stored.counts);
        // The tags are the first part's, like the hours.
        m_firstTags.push_back(firstTag);
        m_firstTags.resize(m_serviceCells.size(), std::uint32_t(m_tagEntries.size()));
        return true;
    };

    while (blocks.next()) {
        const qint64 month = blocks.columnInt(0);
        const qint64 product = blocks.columnInt(1);
        // Ids of no dimension: the block's cells are skipped, as those of any unknown id.
        if (index(dimIndex, month) < 0 || index(dimIndex, product) < 0)
            continue;
        CellBlockReader reader(blocks.columnBlob(2), qint32(month), qint32(product));
        while (reader.next(stored))
            if (!addCell())
                return undecodable();
        if (reader.failed())
            return undecodable();
    }
    if (blocks.failed())
        return false;
    m_hoursBins = tenthsOfBin;
    std::sort(m_hoursBins.begin(), m_hoursBins.end());
    std::vector<std::uint32_t> sortedBin(tenthsOfBin.size());
    for (std::size_t b = 0; b < sortedBin.size(); ++b)
        sortedBin[b] = std::uint32_t(std::lower_bound(m_hoursBins.begin(), m_hoursBins.end(), tenthsOfBin[b])
                                     - m_hoursBins.begin());
    for (HoursCount &count : hours)
        count.bin = sortedBin[count.bin];
    return true;
}

namespace {

// Each narrow count of a service cell with its count at full width.
constexpr std::array<std::pair<std::uint8_t AnalyticsCube::ServiceCell::*, qint64 ServiceCounts::*>, 15> countFields{{
    {&AnalyticsCube::ServiceCell::n, &ServiceCounts::complaints},
    {&AnalyticsCube::ServiceCell::resultN, &ServiceCounts::resultN},
    {&AnalyticsCube::ServiceCell::resolved, &ServiceCounts::resolved},
    {&AnalyticsCube::ServiceCell::partial, &ServiceCounts::partial},
    {&AnalyticsCube::ServiceCell::firstN, &ServiceCounts::firstN},
    {&AnalyticsCube::ServiceCell::firstTime, &ServiceCounts::firstTime},
    {&AnalyticsCube::ServiceCell::repeatN, &ServiceCounts::repeatN},
    {&AnalyticsCube::ServiceCell::repeated, &ServiceCounts::repeated},
    {&AnalyticsCube::ServiceCell::escalationN, &ServiceCounts::escalationN},
    {&AnalyticsCube::ServiceCell::escalated, &ServiceCounts::escalated},
    {&AnalyticsCube::ServiceCell::hoursN, &ServiceCounts::hoursN},
    {&AnalyticsCube::ServiceCell::callbackN, &ServiceCounts::callbackN},
    {&AnalyticsCube::ServiceCell::callbackRated, &ServiceCounts::callbackRated},
    {&AnalyticsCube::ServiceCell::callbackSatisfied, &ServiceCounts::callbackSatisfied},
    {&AnalyticsCube::ServiceCell::callbackBasic, &ServiceCounts::callbackBasic},
}};

} // namespace

void AnalyticsCube::ServiceCellTable::append(std::uint16_t month, std::uint16_t product, ServiceCell dimensions,
                                             const ServiceCounts &counts)
{
    if (runs.empty() || runs.back().month != month || runs.back().product != product)
        runs.push_back({month, product, std::uint32_t(size())});
    ServiceCounts left = counts;
    ServiceCell cell = dimensions;
    cell.hoursTotal = counts.hoursTotal;
    bool more = true;
    while (more) {
        more = false;
        for (const auto &[narrow, wide] : countFields) {
            const qint64 part = std::clamp<qint64>(left.*wide, 0, maxCellCount);
            cell.*narrow = std::uint8_t(part);
            left.*wide -= part;
            more = more || left.*wide > 0;
        }
        complaints.push_back({cell.region, cell.channel, cell.categoryStage, cell.department, cell.n});
        handling.push_back({cell.hoursTotal, cell.hoursBegin, cell.resultN, cell.resolved, cell.partial, cell.firstN,
                            cell.firstTime, cell.repeatN, cell.repeated, cell.escalationN, cell.escalated, cell.hoursN,
                            cell.callbackN, cell.callbackRated, cell.callbackSatisfied, cell.callbackBasic});
        // The first part holds the hours: adding 0 to a sum of hours leaves it as it is.
        cell.hoursTotal = 0;
        cell.hoursBegin = std::uint32_t(hours.size());
    }
}

ServiceCounts AnalyticsCube::countsOf(const ServiceCell &cell)
{
    ServiceCounts counts;
    for (const auto &[narrow, wide] : countFields)
        counts.*wide = cell.*narrow;
    counts.hoursTotal = cell.hoursTotal;
    return counts;
}

void AnalyticsCube::appendHours(std::vector<HoursCount> &hours, std::uint32_t bin, qint64 n)
{
    for (; n > 0; n -= maxCellCount)
        hours.push_back({bin, std::uint32_t(std::min(n, maxCellCount))});
}

} // namespace cx
