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

RollupKey rollupKey(const AnalyticsCube::ServiceCell &cell)
{
    return {quint64(cell.month) << 48 | quint64(cell.product) << 32 | cell.region,
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

    /// Sums the cells of one month, `first`…`last` of `cells`, into `rollup`.
    void addMonth(const std::vector<AnalyticsCube::ServiceCell> &cells,
                  const std::vector<AnalyticsCube::HoursCount> &hours, std::size_t first, std::size_t last,
                  AnalyticsCube::ServiceRollup &rollup)
    {
        using ServiceCell = AnalyticsCube::ServiceCell;
        m_index.clear();
        m_dimensions.clear();
        m_sums.clear();
        m_rollupOf.clear();
        for (std::size_t i = first; i < last; ++i) {
            const ServiceCell &cell = cells[i];
            ServiceCell sum{};
            sum.month = cell.month;
            sum.product = m_anyProduct && !m_regulator[cell.channel] ? 0 : cell.product;
            sum.region = m_standIn[cell.region];
            sum.channel = cell.channel;
            sum.categoryStage = cell.categoryStage;
            sum.department = cell.department;
            const auto [it, added] = m_index.try_emplace(rollupKey(sum), std::uint32_t(m_dimensions.size()));
            if (added) {
                m_dimensions.push_back(sum);
                m_sums.emplace_back();
            }
            m_rollupOf.push_back(it->second);
            m_sums[it->second].add(AnalyticsCube::countsOf(cell));
        }

        // The hours of each rollup cell: its cells' bins summed, ascending.
        m_start = groupStarts(m_dimensions.size(), m_rollupOf, [](std::uint32_t r) { return r; });
        m_order.resize(m_rollupOf.size());
        std::vector<std::uint32_t> next(m_start.begin(), m_start.end() - 1);
        for (std::size_t k = 0; k < m_rollupOf.size(); ++k)
            m_order[next[m_rollupOf[k]]++] = std::uint32_t(first + k);
        for (std::size_t r = 0; r < m_dimensions.size(); ++r) {
            for (std::uint32_t k = m_start[r]; k < m_start[r + 1]; ++k) {
                for (const AnalyticsCube::HoursCount &bin : AnalyticsCube::hoursOf(cells, hours, m_order[k])) {
                    if (m_counts[bin.bin] == 0)
                        m_touched.push_back(bin.bin);
                    m_counts[bin.bin] += bin.n;
                }
            }
            std::sort(m_touched.begin(), m_touched.end());
            ServiceCell &cell = m_dimensions[r];
            cell.hoursBegin = std::uint32_t(rollup.hours.size());
            for (std::uint32_t bin : m_touched) {
                AnalyticsCube::appendHours(rollup.hours, bin, m_counts[bin]);
                m_counts[bin] = 0;
            }
            AnalyticsCube::appendServiceCell(rollup.cells, cell, m_sums[r], std::uint32_t(rollup.hours.size()));
            m_touched.clear();
        }
    }

private:
    const std::vector<std::uint32_t> m_standIn;
    const std::vector<char> &m_regulator;
    const bool m_anyProduct;
    std::unordered_map<RollupKey, std::uint32_t, KeyHash> m_index;
    std::vector<AnalyticsCube::ServiceCell> m_dimensions;
    std::vector<ServiceCounts> m_sums;
    std::vector<std::uint32_t> m_rollupOf;
    std::vector<std::uint32_t> m_start;
    std::vector<std::uint32_t> m_order;
    std::vector<qint64> m_counts;
    std::vector<std::uint32_t> m_touched;
};

// Calls visit(first, last) for the cells of each month of `cells`, in order.
template <typename Visit>
void forEachMonth(const std::vector<AnalyticsCube::ServiceCell> &cells, Visit visit)
{
    for (std::size_t first = 0, last = 0; first < cells.size(); first = last) {
        while (last < cells.size() && cells[last].month == cells[first].month)
            ++last;
        visit(first, last);
    }
}

} // namespace

AnalyticsCube::ServiceRollup AnalyticsCube::rollUpService(std::size_t index) const
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
    ServiceRollup rollup;
    // No more entries than the cells have (a bin split in k entries sums at
    // least k of theirs): the hours never move, and room left over is never
    // touched, so never resident.
    rollup.hours.reserve(m_serviceHours.size());
    RollupSummer summer(bins, standIns(kind.regionDepth), regulator, kind.anyProduct);
    if (kind.regionDepth == 1 && kind.anyProduct) {
        // Per city, the sums of the per-county sums, a month of them at a
        // time: the cells and their floating-point sums of the county
        // rollup's, without holding it.
        RollupSummer counties(bins, standIns(2), regulator, true);
        ServiceRollup month;
        forEachMonth(m_serviceCells, [&](std::size_t first, std::size_t last) {
            month.cells.clear();
            month.hours.clear();
            counties.addMonth(m_serviceCells, m_serviceHours, first, last, month);
            summer.addMonth(month.cells, month.hours, 0, month.cells.size(), rollup);
        });
    } else {
        forEachMonth(m_serviceCells, [&](std::size_t first, std::size_t last) {
            summer.addMonth(m_serviceCells, m_serviceHours, first, last, rollup);
        });
    }
    return rollup;
}

} // namespace cx
