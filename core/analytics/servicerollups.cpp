#include "analytics/analyticscube.h"

#include "analytics/groupstarts.h"
#include "analytics/serviceaggregates.h"

#include <QHash>

#include <algorithm>
#include <unordered_map>
#include <utility>

namespace cx {

namespace {

// A rollup cell's dimensions packed: month, product, region; channel, category-stage, department.
using RollupKey = std::pair<quint64, quint64>;

RollupKey rollupKey(std::uint16_t month, std::uint16_t product, const AnalyticsCube::ServiceCell &cell)
{
    return {quint64(month) << 48 | quint64(product) << 32 | cell.region,
            quint64(cell.channel) << 32 | quint64(cell.categoryStage) << 16 | cell.department};
}

struct KeyHash
{
    std::size_t operator()(const RollupKey &key) const { return std::size_t(::qHash(key, 0)); }
};

// Sums service cells (with their hours), a month at a time, into the cells
// of a rollup: regions as their stand-in, and with anyProduct the products
// of all but the regulator channel's cells as 0. Cells come month by month
// (the first key of agg_cell), and so do the rollup cells: each month is
// summed, hours included, before the next, so that what summing needs stays
// the size of a month. The sums are taken at full width and stored narrow.
class RollupSummer
{
public:
    RollupSummer(std::size_t binCount, std::vector<std::uint32_t> standIn, const std::vector<char> &regulator,
                 bool anyProduct)
        : m_standIn(std::move(standIn))
        , m_regulator(regulator)
        , m_anyProduct(anyProduct)
        , m_counts(binCount, 0)
    {
    }

    /// Sums the cells of one month, the runs `first`…`last` of `table`, into `rollup`.
    void addMonth(const AnalyticsCube::ServiceCellTable &table, std::size_t first, std::size_t last,
                  AnalyticsCube::ServiceCellTable &rollup)
    {
        using ServiceCell = AnalyticsCube::ServiceCell;
        m_index.clear();
        m_dimensions.clear();
        m_sums.clear();
        m_members.clear();
        m_cellsOf.clear();
        const std::uint16_t month = table.runs[first].month;
        for (std::size_t r = first; r < last; ++r) {
            const AnalyticsCube::CellRun &run = table.runs[r];
            const std::size_t end = table.endOf(r);
            for (std::size_t i = run.firstCell; i < end; ++i) {
                if (!table.inService(i))
                    continue;
                const ServiceCell cell = table.cell(i);
                Dimensions sum;
                sum.product = m_anyProduct && !m_regulator[cell.channel] ? 0 : run.product;
                sum.cell.region = m_standIn[cell.region];
                sum.cell.channel = cell.channel;
                sum.cell.categoryStage = cell.categoryStage;
                sum.cell.department = cell.department;
                const auto [it, added] =
                    m_index.try_emplace(rollupKey(month, sum.product, sum.cell), std::uint32_t(m_dimensions.size()));
                if (added) {
                    m_dimensions.push_back(sum);
                    m_sums.emplace_back();
                }
                m_members.push_back(std::uint32_t(i));
                m_cellsOf.push_back(it->second);
                m_sums[it->second].add(AnalyticsCube::countsOf(cell));
            }
        }

        // The hours of each rollup cell: its cells' bins summed, ascending.
        m_start = groupStarts(m_dimensions.size(), m_cellsOf, [](std::uint32_t r) { return r; });
        m_order.resize(m_cellsOf.size());
        std::vector<std::uint32_t> next(m_start.begin(), m_start.end() - 1);
        for (std::size_t k = 0; k < m_cellsOf.size(); ++k)
            m_order[next[m_cellsOf[k]]++] = m_members[k];
        for (std::size_t r = 0; r < m_dimensions.size(); ++r) {
            for (std::uint32_t k = m_start[r]; k < m_start[r + 1]; ++k) {
                for (const AnalyticsCube::HoursCount &bin : table.hoursOf(m_order[k])) {
                    if (m_counts[bin.bin] == 0)
                        m_touched.push_back(bin.bin);
                    m_counts[bin.bin] += bin.n;
                }
            }
            std::sort(m_touched.begin(), m_touched.end());
            Dimensions &sum = m_dimensions[r];
            sum.cell.hoursBegin = std::uint32_t(rollup.hours.size());
            for (std::uint32_t bin : m_touched) {
                AnalyticsCube::appendHours(rollup.hours, bin, m_counts[bin]);
                m_counts[bin] = 0;
            }
            rollup.append(month, sum.product, sum.cell, m_sums[r]);
            m_touched.clear();
        }
    }

private:
    const std::vector<std::uint32_t> m_standIn;
    const std::vector<char> &m_regulator;
    const bool m_anyProduct;
    // A rollup cell's product with its other dimensions.
    struct Dimensions
    {
        std::uint16_t product = 0;
        AnalyticsCube::ServiceCell cell{};
    };
    std::unordered_map<RollupKey, std::uint32_t, KeyHash> m_index;
    std::vector<Dimensions> m_dimensions;
    std::vector<ServiceCounts> m_sums;
    std::vector<std::uint32_t> m_members; ///< the cells of the month summed
    std::vector<std::uint32_t> m_cellsOf; ///< the rollup cell of each of them
    std::vector<std::uint32_t> m_start;
    std::vector<std::uint32_t> m_order;
    std::vector<qint64> m_counts;
    std::vector<std::uint32_t> m_touched;
};

// Calls visit(first, last) for the runs of each month of `table`, in order.
template <typename Visit>
void forEachMonth(const AnalyticsCube::ServiceCellTable &table, Visit visit)
{
    const std::vector<AnalyticsCube::CellRun> &runs = table.runs;
    for (std::size_t first = 0, last = 0; first < runs.size(); first = last) {
        while (last < runs.size() && runs[last].month == runs[first].month)
            ++last;
        visit(first, last);
    }
}

} // namespace

AnalyticsCube::ServiceCellTable AnalyticsCube::rollUpService(std::size_t index) const
{
    std::vector<char> regulator(std::size_t(m_channels.size()));
    for (qsizetype c = 0; c < m_channels.size(); ++c)
        regulator[std::size_t(c)] = isRegulatorChannel(m_channels.at(c));
    // Each region stands for the first one of its city (or county): a filter
    // above that level tells them apart by nothing but that.
    const auto standIns = [&](int depth) {
        QHash<QStringList, std::uint32_t> firstOfGroup;
        std::vector<std::uint32_t> standIn(m_regions.size());
        for (std::size_t r = 0; r < m_regions.size(); ++r) {
            const QStringList group = m_regions[r].names.mid(0, depth);
            auto it = firstOfGroup.constFind(group);
            if (it == firstOfGroup.constEnd())
                it = firstOfGroup.insert(group, std::uint32_t(r));
            standIn[r] = *it;
        }
        return standIn;
    };
    const ServiceRollupKind kind = serviceRollupKinds[index];
    const std::size_t bins = m_hoursBins.size();
    ServiceCellTable rollup;
    // No more entries than the cells have (a bin split in k entries sums at
    // least k of theirs): the hours never move, and room left over is never
    // touched, so never resident.
    rollup.hours.reserve(m_serviceCells.hours.size());
    RollupSummer summer(bins, standIns(kind.regionDepth), regulator, kind.anyProduct);
    if (kind.regionDepth == 1 && kind.anyProduct) {
        // Per city, the sums of the per-county sums, a month of them at a
        // time: the cells and their floating-point sums of the county
        // rollup's, without holding it.
        RollupSummer counties(bins, standIns(2), regulator, true);
        ServiceCellTable month;
        forEachMonth(m_serviceCells, [&](std::size_t first, std::size_t last) {
            month.complaints.clear();
            month.handling.clear();
            month.runs.clear();
            month.hours.clear();
            counties.addMonth(m_serviceCells, first, last, month);
            if (!month.runs.empty())
                summer.addMonth(month, 0, month.runs.size(), rollup);
        });
    } else {
        forEachMonth(m_serviceCells, [&](std::size_t first, std::size_t last) {
            summer.addMonth(m_serviceCells, first, last, rollup);
        });
    }
    return rollup;
}

} // namespace cx
