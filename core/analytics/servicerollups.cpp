#include "analytics/analyticscube.h"

#include "analytics/serviceaggregates.h"

#include <QFuture>
#include <QHash>
#include <QtConcurrent/QtConcurrentRun>

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

// Sums `cells` (with their `hours`) into the cells of a rollup: regions as
// their stand-in, and with anyProduct the products of all but the regulator
// channel's cells as 0.
AnalyticsCube::ServiceRollup rollUp(const std::vector<AnalyticsCube::ServiceCell> &cells,
                                    const std::vector<AnalyticsCube::HoursCount> &hours, std::size_t binCount,
                                    const std::vector<std::uint32_t> &standIn, const std::vector<char> &regulator,
                                    int depth, bool anyProduct)
{
    using ServiceCell = AnalyticsCube::ServiceCell;
    AnalyticsCube::ServiceRollup rollup;
    rollup.regionDepth = depth;
    rollup.anyProduct = anyProduct;
    // No more entries than its cells have (a bin split in k entries sums at
    // least k of theirs): the hours never move, and room left over is never
    // touched, so never resident.
    rollup.hours.reserve(hours.size());
    // Cells come month by month (the first key of agg_cell), and so do the
    // rollup cells: each month is summed, hours included, before the next,
    // so that what summing needs stays the size of a month. The sums are
    // taken at full width and stored narrow.
    std::unordered_map<RollupKey, std::uint32_t, KeyHash> index;
    std::vector<ServiceCell> dimensions;
    std::vector<ServiceCounts> sums;
    std::vector<std::uint32_t> rollupOf;
    std::vector<std::uint32_t> start;
    std::vector<std::uint32_t> order;
    std::vector<qint64> counts(binCount, 0);
    std::vector<std::uint32_t> touched;
    for (std::size_t first = 0, last = 0; first < cells.size(); first = last) {
        while (last < cells.size() && cells[last].month == cells[first].month)
            ++last;
        index.clear();
        dimensions.clear();
        sums.clear();
        rollupOf.clear();
        for (std::size_t i = first; i < last; ++i) {
            const ServiceCell &cell = cells[i];
            ServiceCell sum{};
            sum.month = cell.month;
            sum.product = anyProduct && !regulator[cell.channel] ? 0 : cell.product;
            sum.region = standIn[cell.region];
            sum.channel = cell.channel;
            sum.categoryStage = cell.categoryStage;
            sum.department = cell.department;
            const auto [it, added] = index.try_emplace(rollupKey(sum), std::uint32_t(dimensions.size()));
            if (added) {
                dimensions.push_back(sum);
                sums.emplace_back();
            }
            rollupOf.push_back(it->second);
            sums[it->second].add(AnalyticsCube::countsOf(cell));
        }

        // The hours of each rollup cell: its cells' bins summed, ascending.
        start.assign(dimensions.size() + 1, 0);
        for (std::uint32_t r : rollupOf)
            ++start[r + 1];
        for (std::size_t r = 0; r < dimensions.size(); ++r)
            start[r + 1] += start[r];
        order.resize(rollupOf.size());
        std::vector<std::uint32_t> next(start.begin(), start.end() - 1);
        for (std::size_t k = 0; k < rollupOf.size(); ++k)
            order[next[rollupOf[k]]++] = std::uint32_t(first + k);
        for (std::size_t r = 0; r < dimensions.size(); ++r) {
            for (std::uint32_t k = start[r]; k < start[r + 1]; ++k) {
                for (const AnalyticsCube::HoursCount &bin : AnalyticsCube::hoursOf(cells, hours, order[k])) {
                    if (counts[bin.bin] == 0)
                        touched.push_back(bin.bin);
                    counts[bin.bin] += bin.n;
                }
            }
            std::sort(touched.begin(), touched.end());
            ServiceCell &cell = dimensions[r];
            cell.hoursBegin = std::uint32_t(rollup.hours.size());
            for (std::uint32_t bin : touched) {
                AnalyticsCube::appendHours(rollup.hours, bin, counts[bin]);
                counts[bin] = 0;
            }
            AnalyticsCube::appendServiceCell(rollup.cells, cell, sums[r], std::uint32_t(rollup.hours.size()));
            touched.clear();
        }
    }
    return rollup;
}

} // namespace

void AnalyticsCube::rollUpService()
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
    const std::vector<std::uint32_t> cities = standIns(1);
    const std::vector<std::uint32_t> counties = standIns(2);
    const std::size_t bins = m_hoursBins.size();
    // Each rollup reads only the cells: the one per product on another thread.
    QFuture<ServiceRollup> citiesByProduct = QtConcurrent::run(
        [&] { return rollUp(m_serviceCells, m_serviceHours, bins, cities, regulator, 1, false); });
    // The city rollup sums the county rollup's fewer cells.
    ServiceRollup countiesAnyProduct = rollUp(m_serviceCells, m_serviceHours, bins, counties, regulator, 2, true);
    ServiceRollup citiesAnyProduct =
        rollUp(countiesAnyProduct.cells, countiesAnyProduct.hours, bins, cities, regulator, 1, true);
    m_serviceRollups.push_back(std::move(citiesAnyProduct));
    m_serviceRollups.push_back(std::move(countiesAnyProduct));
    m_serviceRollups.push_back(citiesByProduct.takeResult());
}

} // namespace cx
