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
        m_serviceCells.reserve(cells);
        m_complaintCells.reserve(cells);
    }
    sqlite::Statement blocks = db.prepare(u"SELECT month, product, cells FROM agg_cell ORDER BY month, product"_s);
    if (!blocks.isValid())
        return false;
    // Bins as first met (a few thousand distinct tenths for millions of
    // entries): numbered in calendar order once all are known.
    std::unordered_map<qint64, std::uint32_t> binOf;
    std::vector<qint64> tenthsOfBin;
    QHash<qint64, int> tagStages; // tag index << 20 | stage index

    // The complaint cell being summed over the departments of its cells,
    // which follow one another in key order.
    std::array<qint64, 6> complaintKey{};
    ComplaintCell complaint{};
    std::uint16_t complaintMonth = 0;
    std::uint16_t complaintProduct = 0;
    int complaintStage = -1; // -1: no complaint cell open
    std::vector<TagCount> tags;
    const auto closeComplaint = [&] {
        if (complaintStage < 0)
            return;
        complaint.firstTag = std::uint32_t(m_tagEntries.size());
        std::sort(tags.begin(), tags.end(), [](const TagCount &a, const TagCount &b) { return a.tag < b.tag; });
        for (std::size_t i = 0; i < tags.size();) {
            const qint32 tag = tags[i].tag;
            qint64 n = 0;
            for (; i < tags.size() && tags[i].tag == tag; ++i)
                n += tags[i].n;
            const int tagIndex = index(dimIndex, tag);
            if (tagIndex < 0 || n <= 0)
                continue;
            const auto tagStage = std::uint16_t(pairIndex(tagStages, m_tagStages, tagIndex, complaintStage));
            for (qint64 left = n; left > 0; left -= 0xffff)
                m_tagEntries.push_back({std::uint16_t(std::min<qint64>(left, 0xffff)), tagStage});
        }
        tags.clear();
        m_complaintTotal += complaint.n;
        m_complaintMonths[complaintMonth] = true;
        if (m_complaintRuns.empty() || m_complaintRuns.back().month != complaintMonth
            || m_complaintRuns.back().product != complaintProduct)
            m_complaintRuns.push_back({complaintMonth, complaintProduct, std::uint32_t(m_complaintCells.size())});
        m_complaintCells.push_back(complaint);
        complaintStage = -1;
    };

    StoredCell stored;
    // Adds a cell to the service cells and its complaint cell; false for counts the cube cannot hold.
    const auto addCell = [&] {
        std::array<qint64, 6> key{};
        std::copy(stored.key.ids.begin(), stored.key.ids.begin() + 6, key.begin());
        if (complaintStage >= 0 && key != complaintKey)
            closeComplaint();
        std::array<int, 7> ids{};
        for (std::size_t i = 0; i < ids.size(); ++i)
            ids[i] = index(i == 2 ? regionIndex : dimIndex, stored.key.ids[i]);
        if (std::any_of(ids.begin(), ids.begin() + 6, [](int id) { return id < 0; }))
            return true;
        const auto n = std::uint32_t(stored.counts.complaints);
        tags.insert(tags.end(), stored.tags.begin(), stored.tags.end());
        const auto categoryStage =
            std::uint16_t(pairIndex(categoryStages, m_categoryStages, ids[4], ids[5]));
        if (complaintStage < 0) {
            complaintKey = key;
            complaintStage = ids[5];
            complaintMonth = std::uint16_t(ids[0]);
            complaintProduct = std::uint16_t(ids[1]);
            complaint = {std::uint32_t(ids[2]), std::uint16_t(ids[3]), categoryStage, 0, 0};
        }
        complaint.n += n;
        if (ids[6] < 0)
            return true;

        ServiceCounts counts = stored.counts;
        counts.complaints = n;
        ServiceCell cell{};
        cell.month = std::uint16_t(ids[0]);
        cell.product = std::uint16_t(ids[1]);
        cell.region = std::uint32_t(ids[2]);
        cell.channel = std::uint16_t(ids[3]);
        cell.categoryStage = categoryStage;
        cell.department = std::uint16_t(ids[6]);
        cell.hoursBegin = std::uint32_t(m_serviceHours.size());
        for (const auto &[tenths, binN] : stored.hours) {
            const auto [it, added] = binOf.try_emplace(tenths, std::uint32_t(tenthsOfBin.size()));
            if (added)
                tenthsOfBin.push_back(tenths);
            appendHours(m_serviceHours, it->second, binN);
        }
        if (tenthsOfBin.size() > maxHoursBins)
            return false;
        appendServiceCell(m_serviceCells, cell, counts, std::uint32_t(m_serviceHours.size()));
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
    closeComplaint();
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

void AnalyticsCube::appendServiceCell(std::vector<ServiceCell> &cells, ServiceCell dimensions,
                                      const ServiceCounts &counts, std::uint32_t hoursEnd)
{
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
        cells.push_back(cell);
        // The first part holds the hours: adding 0 to a sum of hours leaves it as it is.
        cell.hoursTotal = 0;
        cell.hoursBegin = hoursEnd;
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
