#include "analytics/servicequality.h"

#include "analytics/cubeslice.h"
#include "analytics/factscope.h"
#include "analytics/groupstarts.h"
#include "analytics/serviceaggregates.h"
#include "settings/workspacesettings.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>
#include <memory>
#include <mutex>
#include <optional>

namespace cx {

using namespace Qt::StringLiterals;

namespace {

struct Messages
{
    Q_DECLARE_TR_FUNCTIONS(cx::ServiceQuality)
};

constexpr std::array measureKeys{"complaints", "resolved_rate", "partial_rate", "first_time_rate", "repeat_rate",
                                 "escalation_rate", "regulator_per_million", "hours_mean", "hours_p90",
                                 "overdue_rate", "callback_satisfied_rate"};
static_assert(measureKeys.size() == serviceMeasureCount);

double share(qint64 part, qint64 whole)
{
    return whole > 0 ? double(part) / double(whole) : kNaN;
}

// Adds the counts of a cube cell (not its hours bins) to figures.
void addCell(ServiceFigures &f, const AnalyticsCube::ServiceCell &cell)
{
    f.complaints += cell.n;
    f.resultN += cell.resultN;
    f.resolved += cell.resolved;
    f.partial += cell.partial;
    f.firstN += cell.firstN;
    f.firstTime += cell.firstTime;
    f.repeatN += cell.repeatN;
    f.repeated += cell.repeated;
    f.escalationN += cell.escalationN;
    f.escalated += cell.escalated;
    f.hoursN += cell.hoursN;
    f.hoursTotal += cell.hoursTotal;
    f.callbackN += cell.callbackN;
    f.callbackRated += cell.callbackRated;
    f.callbackSatisfied += cell.callbackSatisfied;
    f.callbackBasic += cell.callbackBasic;
}

// Nearest-rank 90th percentile of a histogram over the cube's bins: the
// smallest value with at least 90 % of the hours at or below it.
double percentile90(const std::uint32_t *histogram, const std::vector<qint64> &bins, qint64 n)
{
    if (n <= 0)
        return kNaN;
    const qint64 rank = (n * 9 + 9) / 10; // ⌈0.9 n⌉
    qint64 seen = 0;
    for (std::size_t b = 0; b < bins.size(); ++b) {
        seen += histogram[b];
        if (seen >= rank)
            return double(bins[b]) / 10.0;
    }
    return kNaN;
}

// Unbiased variance of the binned hours (bin b holds hours of ⌈h × 10⌉ = bins[b]).
double histogramVariance(const std::uint32_t *histogram, const std::vector<qint64> &bins, qint64 n)
{
    if (n < 2)
        return kNaN;
    double sum = 0;
    for (std::size_t b = 0; b < bins.size(); ++b)
        sum += double(histogram[b]) * double(bins[b]);
    const double mean = sum / double(n);
    double squares = 0;
    for (std::size_t b = 0; b < bins.size(); ++b) {
        const double d = double(bins[b]) - mean;
        squares += double(histogram[b]) * d * d;
    }
    return squares / double(n - 1) / 100.0;
}

QString formatP(double p)
{
    return p < 0.001 ? u"p < 0.001"_s : u"p = %1"_s.arg(p, 0, 'f', 3);
}

// The rate measures tested month over month, with their counts.
struct RateTest
{
    ServiceMeasure measure;
    qint64 ServiceFigures::*successes;
    qint64 ServiceFigures::*trials;
};

constexpr std::array rateTests{
    RateTest{ServiceMeasure::ResolvedRate, &ServiceFigures::resolved, &ServiceFigures::resultN},
    RateTest{ServiceMeasure::FirstTimeRate, &ServiceFigures::firstTime, &ServiceFigures::firstN},
    RateTest{ServiceMeasure::RepeatRate, &ServiceFigures::repeated, &ServiceFigures::repeatN},
    RateTest{ServiceMeasure::EscalationRate, &ServiceFigures::escalated, &ServiceFigures::escalationN},
    RateTest{ServiceMeasure::OverdueRate, &ServiceFigures::overdue, &ServiceFigures::hoursN},
    RateTest{ServiceMeasure::CallbackSatisfiedRate, &ServiceFigures::callbackSatisfied, &ServiceFigures::callbackRated},
};

// The service cells grouped by the value of one of their dimensions, each
// group in cell order: the cells of value v are cells[order()[i]] for the i
// of range(v) (a counting sort). The counts, which choose the index a filter
// walks, are taken at once; the order, 4 bytes a cell, only once a filter
// walks this index.
class CellIndex
{
public:
    using ValueOf = std::uint32_t (*)(const AnalyticsCube::CellComplaints &, const AnalyticsCube::CellRun &);

    CellIndex(const AnalyticsCube::ServiceCellTable &table, ValueOf valueOf)
        : m_table(table)
        , m_valueOf(valueOf)
    {
        std::size_t values = 0;
        forEachValue([&](std::uint32_t, std::uint32_t value) { values = std::max(values, std::size_t(value) + 1); });
        m_start = indexGroupStarts(values, table.size(),
                                   [&, runOf = AnalyticsCube::RunCursor(table.runs)](std::size_t i) mutable {
                                       return valueOf(table.complaints[i], runOf(i));
                                   });
    }
    std::size_t values() const { return m_start.size() - 1; }
    std::size_t count(std::size_t value) const { return value < values() ? m_start[value + 1] - m_start[value] : 0; }
    /// The positions in order() of the cells of a value (none for a value no cell has).
    std::pair<std::uint32_t, std::uint32_t> range(std::size_t value) const
    {
        return value < values() ? std::pair{m_start[value], m_start[value + 1]} : std::pair{0u, 0u};
    }
    const std::vector<std::uint32_t> &order() const
    {
        std::call_once(m_ordered, [this] {
            m_order.resize(m_table.size());
            std::vector<std::uint32_t> next(m_start.begin(), m_start.end() - 1);
            forEachValue([&](std::uint32_t i, std::uint32_t value) { m_order[next[value]++] = i; });
        });
        return m_order;
    }

private:
    // Calls f(i, value) for every cell i in order.
    template<typename F>
    void forEachValue(F f) const
    {
        AnalyticsCube::RunCursor runOf(m_table.runs);
        for (std::uint32_t i = 0; i < m_table.size(); ++i)
            f(i, m_valueOf(m_table.complaints[i], runOf(i)));
    }

    const AnalyticsCube::ServiceCellTable &m_table;
    const ValueOf m_valueOf;
    std::vector<std::uint32_t> m_start;
    mutable std::once_flag m_ordered;
    mutable std::vector<std::uint32_t> m_order;
};

// The sums of the cells a scope selects, every month: figures and hours
// histograms per slot (the whole scope, each department, channel and area)
// and month, and each department's category-stages per month.
struct ServiceSums
{
    std::vector<ServiceFigures> figures;    ///< [slot][month]
    std::vector<std::uint32_t> histograms;  ///< [slot][month][bin]
    std::vector<ServiceFigures> categories; ///< [month][department][category-stage]
};

// Whether cells summed so tell apart what the scope selects and groups (see AnalyticsCube::ServiceRollupKind).
bool serves(AnalyticsCube::ServiceRollupKind kind, const AnalysisScope &scope)
{
    return (kind.regionDepth >= 3 || kind.regionDepth > scope.filter().region.names().size())
        && (!kind.anyProduct || scope.products().size() == scope.cube().products().size());
}

// Service cells with their hours (the cube's own or a rollup) by product,
// channel and region, so that a filter walks only the cells of what it selects.
struct CellSet
{
    explicit CellSet(const AnalyticsCube::ServiceCellTable &table)
        : table(table)
        , byProduct(table, [](const AnalyticsCube::CellComplaints &, const AnalyticsCube::CellRun &run) {
            return std::uint32_t(run.product);
        })
        , byChannel(table, [](const AnalyticsCube::CellComplaints &c, const AnalyticsCube::CellRun &) {
            return std::uint32_t(c.channel);
        })
        , byRegion(table, [](const AnalyticsCube::CellComplaints &c, const AnalyticsCube::CellRun &) {
            return std::uint32_t(c.region);
        })
    {
    }

    const AnalyticsCube::ServiceCellTable &table;
    const CellIndex byProduct;
    const CellIndex byChannel;
    const CellIndex byRegion;
};

// What serviceQuality() keeps of the cube it was last asked about: the cell
// sets of its own cells and of the rollups filters used, and the sums of the
// whole cube (the province, every product, any channel), the same for every
// period, with the overdue limits and months with subscribers they were
// taken with.
struct ServiceCache
{
    explicit ServiceCache(const AnalyticsCube &cube)
        : cube(cube)
        , cells(cube.serviceCells())
    {
    }

    /// The cell set of a rollup, summed on first use.
    const CellSet &rollup(std::size_t index) const
    {
        std::call_once(rollupsCounted[index], [&] {
            rollups[index].emplace(cube.serviceRollup(index));
        });
        return *rollups[index];
    }

    const AnalyticsCube &cube;
    const CellSet cells;
    mutable std::array<std::once_flag, AnalyticsCube::serviceRollupKinds.size()> rollupsCounted;
    mutable std::array<std::optional<CellSet>, AnalyticsCube::serviceRollupKinds.size()> rollups;
    std::mutex mutex; ///< guards the whole cube's sums
    std::vector<qint64> limit;
    std::vector<char> usersKnown;
    std::shared_ptr<const ServiceSums> wholeCube;
};

std::shared_ptr<ServiceCache> serviceCache(const std::shared_ptr<const AnalyticsCube> &cube)
{
    static std::mutex mutex;
    static std::weak_ptr<const AnalyticsCube> cachedCube;
    static std::shared_ptr<ServiceCache> cached;
    const std::lock_guard lock(mutex);
    if (!cached || cachedCube.lock() != cube) {
        cached.reset(); // the last cube's first
        cached = std::make_shared<ServiceCache>(*cube);
        cachedCube = cube;
    }
    return cached;
}

// Calls visit(cell, run, hours) for every service cell of a known department
// the scope may select, of the cell set that serves it with the fewest: the
// cells of its products, its channel or its region, or all of them, always
// in cell order. visit still checks each cell against the whole scope.
template <typename Visit>
void forEachSelectedCell(const ServiceCache &cache, const AnalysisScope &scope, Visit visit)
{
    const CellSet *set = &cache.cells;
    const CellIndex *narrowest = nullptr;
    std::vector<std::size_t> values;
    std::size_t fewest = set->table.size();
    std::vector<std::size_t> products;
    for (int p : scope.products())
        products.push_back(std::size_t(p));
    const auto considerSet = [&](const CellSet &candidate) {
        const auto consider = [&](const CellIndex &index, const std::vector<std::size_t> &selected) {
            std::size_t count = 0;
            for (std::size_t v : selected)
                count += index.count(v);
            if (count < fewest || (count == fewest && !narrowest)) {
                fewest = count;
                set = &candidate;
                narrowest = &index;
                values = selected;
            }
        };
        consider(candidate.byProduct, products);
        if (scope.channel() >= 0)
            consider(candidate.byChannel, {std::size_t(scope.channel())});
        std::vector<std::size_t> regions;
        for (std::size_t r = 0; r < candidate.byRegion.values(); ++r)
            if (candidate.byRegion.count(r) > 0 && scope.areaOf(int(r)) >= 0)
                regions.push_back(r);
        consider(candidate.byRegion, regions);
    };
    considerSet(cache.cells);
    for (std::size_t r = 0; r < AnalyticsCube::serviceRollupKinds.size(); ++r) {
        if (!serves(AnalyticsCube::serviceRollupKinds[r], scope))
            continue;
        considerSet(cache.rollup(r));
        // The first rollup (per city, any product) sums the same cells as
        // the others more coarsely: where it serves, no index of theirs has
        // fewer cells of a selection, so they are not summed for it.
        if (r == 0)
            break;
    }
    const AnalyticsCube::ServiceCellTable &table = set->table;
    // Every cell selected: in cell order, which is the order of each index's groups.
    if (fewest == table.size()) {
        table.forEach(visit);
        return;
    }
    AnalyticsCube::RunCursor runOf(table.runs);
    const auto visitCell = [&](std::uint32_t i) {
        if (table.inService(i))
            visit(table.cell(i), runOf(i), table.hoursOf(i));
    };
    const std::vector<std::uint32_t> &order = narrowest->order();
    if (values.size() == 1) {
        const auto [begin, end] = narrowest->range(values.front());
        std::for_each(order.begin() + begin, order.begin() + end, visitCell);
        return;
    }
    // In cell order, as all cells are walked: the hours' floating-point sums
    // come out the same whichever index of the set selects them.
    std::vector<std::uint32_t> selected;
    selected.reserve(fewest);
    for (std::size_t v : values) {
        const auto [begin, end] = narrowest->range(v);
        selected.insert(selected.end(), order.begin() + begin, order.begin() + end);
    }
    std::sort(selected.begin(), selected.end());
    std::for_each(selected.begin(), selected.end(), visitCell);
}

struct Candidate
{
    ServiceChange change;
    int slot = 0;
    int month = 0;
    bool largeEnough = false;
};

} // namespace

QString serviceMeasureKey(ServiceMeasure measure)
{
    return QString::fromLatin1(measureKeys[std::size_t(measure)]);
}

QString serviceMeasureName(ServiceMeasure measure)
{
    switch (measure) {
    case ServiceMeasure::Complaints:
        return Messages::tr("Complaints");
    case ServiceMeasure::ResolvedRate:
        return Messages::tr("解决率 (resolved)");
    case ServiceMeasure::PartialRate:
        return Messages::tr("部分解决 (partly resolved)");
    case ServiceMeasure::FirstTimeRate:
        return Messages::tr("一次解决率 (first-time resolution)");
    case ServiceMeasure::RepeatRate:
        return Messages::tr("重复投诉率 (repeat complaints)");
    case ServiceMeasure::EscalationRate:
        return Messages::tr("升级率 (escalations)");
    case ServiceMeasure::RegulatorPerMillion:
        return Messages::tr("工信部申诉 per million users");
    case ServiceMeasure::HoursMean:
        return Messages::tr("Mean handling hours");
    case ServiceMeasure::HoursP90:
        return Messages::tr("Handling hours p90");
    case ServiceMeasure::OverdueRate:
        return Messages::tr("超时率 (overdue)");
    case ServiceMeasure::CallbackSatisfiedRate:
        break;
    }
    return Messages::tr("回访满意率 (callback satisfaction)");
}

bool serviceHigherIsBetter(ServiceMeasure measure)
{
    return measure == ServiceMeasure::ResolvedRate || measure == ServiceMeasure::FirstTimeRate
        || measure == ServiceMeasure::CallbackSatisfiedRate || measure == ServiceMeasure::PartialRate
        || measure == ServiceMeasure::Complaints;
}

bool serviceIsRate(ServiceMeasure measure)
{
    switch (measure) {
    case ServiceMeasure::Complaints:
    case ServiceMeasure::RegulatorPerMillion:
    case ServiceMeasure::HoursMean:
    case ServiceMeasure::HoursP90:
        return false;
    default:
        return true;
    }
}

ServiceSettings ServiceSettings::fromWorkspace(const WorkspaceSettings &workspace)
{
    ServiceSettings s;
    s.overdueHours = workspace.overdueHours();
    s.overdueHoursByCategory = workspace.overdueHoursByCategory();
    const auto percent = [&](ServiceMeasure measure, const char *name) {
        s.targets[std::size_t(measure)] = workspace.serviceTargetPercent(QString::fromLatin1(name)) / 100.0;
    };
    percent(ServiceMeasure::ResolvedRate, "resolvedRate");
    percent(ServiceMeasure::FirstTimeRate, "firstTimeRate");
    percent(ServiceMeasure::RepeatRate, "repeatRate");
    percent(ServiceMeasure::EscalationRate, "escalationRate");
    percent(ServiceMeasure::OverdueRate, "overdueRate");
    percent(ServiceMeasure::CallbackSatisfiedRate, "callbackSatisfiedRate");
    s.targets[std::size_t(ServiceMeasure::RegulatorPerMillion)] = workspace.regulatorPerMillionTarget();
    s.amberPoints = workspace.serviceAmberPoints() / 100.0;
    s.regulatorAmberRatio = workspace.per10kAmberRatio();
    return s;
}

TrafficLight serviceLight(const ServiceSettings &settings, ServiceMeasure measure, double value)
{
    const double target = settings.targets[std::size_t(measure)];
    if (!std::isfinite(target))
        return TrafficLight::None;
    if (measure == ServiceMeasure::RegulatorPerMillion) // as 万投比: up to target × ratio amber
        return lightAgainstTarget(value, target, target * (settings.regulatorAmberRatio - 1.0), false);
    return lightAgainstTarget(value, target, settings.amberPoints, serviceHigherIsBetter(measure));
}

TrafficLight ServiceQuality::light(const ServiceFigures &figures) const
{
    TrafficLight worst = TrafficLight::None;
    for (int m = 0; m < serviceMeasureCount; ++m)
        worst = std::max(worst, serviceLight(settings, ServiceMeasure(m), figures.value(ServiceMeasure(m))));
    return worst;
}

void ServiceFigures::add(const ServiceFigures &o)
{
    ServiceCounts::add(o);
    regulator += o.regulator;
    regulatorCounted += o.regulatorCounted;
    users += o.users;
    overdue += o.overdue;
    known = known || o.known;
}

double ServiceFigures::value(ServiceMeasure measure) const
{
    if (!known)
        return kNaN;
    switch (measure) {
    case ServiceMeasure::Complaints:
        return double(complaints);
    case ServiceMeasure::ResolvedRate:
        return share(resolved, resultN);
    case ServiceMeasure::PartialRate:
        return share(partial, resultN);
    case ServiceMeasure::FirstTimeRate:
        return share(firstTime, firstN);
    case ServiceMeasure::RepeatRate:
        return share(repeated, repeatN);
    case ServiceMeasure::EscalationRate:
        return share(escalated, escalationN);
    case ServiceMeasure::RegulatorPerMillion:
        return users > 0 ? double(regulatorCounted) / users * 1e6 : kNaN;
    case ServiceMeasure::HoursMean:
        return hoursN > 0 ? hoursTotal / double(hoursN) : kNaN;
    case ServiceMeasure::HoursP90:
        return hoursP90;
    case ServiceMeasure::OverdueRate:
        return share(overdue, hoursN);
    case ServiceMeasure::CallbackSatisfiedRate:
        break;
    }
    return share(callbackSatisfied, callbackRated);
}

qint64 ServiceFigures::n(ServiceMeasure measure) const
{
    switch (measure) {
    case ServiceMeasure::Complaints:
        return complaints;
    case ServiceMeasure::ResolvedRate:
    case ServiceMeasure::PartialRate:
        return resultN;
    case ServiceMeasure::FirstTimeRate:
        return firstN;
    case ServiceMeasure::RepeatRate:
        return repeatN;
    case ServiceMeasure::EscalationRate:
        return escalationN;
    case ServiceMeasure::RegulatorPerMillion:
        return qint64(std::llround(users));
    case ServiceMeasure::HoursMean:
    case ServiceMeasure::HoursP90:
    case ServiceMeasure::OverdueRate:
        return hoursN;
    case ServiceMeasure::CallbackSatisfiedRate:
        break;
    }
    return callbackRated;
}

qint64 ServiceFigures::failures(ServiceMeasure measure) const
{
    switch (measure) {
    case ServiceMeasure::ResolvedRate:
        return resultN - resolved;
    case ServiceMeasure::PartialRate:
        return partial;
    case ServiceMeasure::FirstTimeRate:
        return firstN - firstTime;
    case ServiceMeasure::RepeatRate:
        return repeated;
    case ServiceMeasure::EscalationRate:
        return escalated;
    case ServiceMeasure::RegulatorPerMillion:
        return regulator;
    case ServiceMeasure::OverdueRate:
    case ServiceMeasure::HoursMean:
    case ServiceMeasure::HoursP90:
        return overdue;
    case ServiceMeasure::CallbackSatisfiedRate:
        return callbackRated - callbackSatisfied;
    case ServiceMeasure::Complaints:
        break;
    }
    return complaints;
}

double serviceChangeP(ServiceMeasure measure, const ServiceFigures &before, const ServiceFigures &after)
{
    if (!before.known || !after.known)
        return kNaN;
    // Exposures for the counts: the months' users, or equal months when either is unknown.
    const bool usersKnown = before.users > 0 && after.users > 0;
    const auto counts = [&](qint64 x1, qint64 x2) {
        const CountTestResult test = comparePoissonRates(x1, usersKnown ? before.users : 1.0, x2, usersKnown ? after.users : 1.0);
        return test.valid ? test.pTwoSided : kNaN;
    };
    switch (measure) {
    case ServiceMeasure::Complaints:
        return counts(before.complaints, after.complaints);
    case ServiceMeasure::RegulatorPerMillion:
        return usersKnown ? counts(before.regulatorCounted, after.regulatorCounted) : kNaN;
    case ServiceMeasure::HoursMean: {
        const WelchTTestResult test = welchTTest({before.hoursN, before.value(measure), before.hoursVariance},
                                                 {after.hoursN, after.value(measure), after.hoursVariance});
        return test.valid ? test.pTwoSided : kNaN;
    }
    case ServiceMeasure::HoursP90:
        return kNaN;
    case ServiceMeasure::ResolvedRate:
    case ServiceMeasure::PartialRate:
    case ServiceMeasure::FirstTimeRate:
    case ServiceMeasure::RepeatRate:
    case ServiceMeasure::EscalationRate:
    case ServiceMeasure::OverdueRate:
    case ServiceMeasure::CallbackSatisfiedRate:
        break;
    }
    const ProportionTestResult test =
        twoProportionZTest(before.failures(measure), before.n(measure), after.failures(measure), after.n(measure));
    return test.valid ? test.pTwoSided : kNaN;
}

const ServiceFigures &ServiceGroup::month(int index) const
{
    static const ServiceFigures none;
    return index >= 0 && index < months.size() ? months.at(index) : none;
}

const ServiceGroup *ServiceQuality::find(ServiceGrouping grouping, const QString &name) const
{
    for (const ServiceGroup &group : of(grouping))
        if (group.name == name)
            return &group;
    return nullptr;
}

bool ServiceQuality::hasData(ServiceMeasure measure) const
{
    return total.period.n(measure) > 0;
}

QString ServiceChange::description() const
{
    QStringList scope;
    for (const QString &part : {group, month})
        if (!part.isEmpty())
            scope << part;
    const QString n = u"n = %1/%2"_s.arg(nBefore).arg(nAfter);
    if (measure == ServiceMeasure::RegulatorPerMillion)
        return Messages::tr("%1: %2 %3 → %4 (%5, %6)")
            .arg(scope.join(u" · "_s), serviceMeasureName(measure), QString::number(before, 'f', 2),
                 QString::number(after, 'f', 2), formatP(pValue), u"n = %1/%2"_s.arg(nBefore).arg(nAfter));
    return Messages::tr("%1: %2 %3% → %4% (%5 points, %6, %7)")
        .arg(scope.join(u" · "_s), serviceMeasureName(measure), QString::number(before * 100, 'f', 1),
             QString::number(after * 100, 'f', 1), QString::number((after - before) * 100, 'f', 1), formatP(pValue), n);
}

ServiceQuality serviceQuality(const CubeSlice &slice, const AnalysisSettings &alertSettings,
                              ServiceChangePeriod period)
{
    const ServiceSettings &settings = alertSettings.service;
    const AnalyticsCube &cube = slice.cube();
    const AnalysisScope &scope = slice.scope();
    ServiceQuality q;
    q.settings = settings;
    q.significanceLevel = alertSettings.significanceLevel;
    q.months = cube.months();
    q.firstMonth = slice.firstMonth();
    q.lastMonth = slice.lastMonth();
    const int months = int(q.months.size());
    const int departments = int(cube.departments().size());
    const int channels = int(cube.channels().size());
    const int areas = slice.areaCount();
    // Slots: the whole scope, then each department, channel and area.
    const int departmentBase = 1;
    const int channelBase = departmentBase + departments;
    const int areaBase = channelBase + channels;
    const int slots = areaBase + areas;
    const std::vector<qint64> &bins = cube.hoursBins();
    const std::size_t binCount = bins.size();

    // Users per month: the selected products with known subscribers, as 万投比 counts them.
    std::vector<double> users(std::size_t(months), 0.0);
    std::vector<char> usersKnown(std::size_t(months * std::max(1, slice.productCount())), 0);
    for (int m = 0; m < months; ++m) {
        for (int p = 0; p < slice.productCount(); ++p) {
            const double u = slice.subscribers(m, p);
            if (std::isfinite(u) && u > 0) {
                users[std::size_t(m)] += u;
                usersKnown[std::size_t(m * slice.productCount() + p)] = 1;
            }
        }
    }
    std::vector<char> regulatorChannel(std::size_t(channels), 0);
    for (int c = 0; c < channels; ++c)
        regulatorChannel[std::size_t(c)] = isRegulatorChannel(cube.channels().at(c));
    // The overdue limit of each category-stage, in tenths of an hour.
    std::vector<qint64> limit(std::size_t(slice.categoryStageCount()));
    for (int k = 0; k < slice.categoryStageCount(); ++k)
        limit[std::size_t(k)] =
            std::llround(settings.overdueHoursByCategory.value(slice.categoryOf(k), settings.overdueHours) * 10.0);

    const int categoryStages = slice.categoryStageCount();
    const std::shared_ptr<ServiceCache> cache = serviceCache(scope.cubePointer());
    const auto sumCells = [&] {
        ServiceSums sums;
        sums.figures.resize(std::size_t(slots * months));
        sums.histograms.assign(std::size_t(slots * months) * binCount, 0);
        sums.categories.resize(std::size_t(months * departments * categoryStages));
        const int channel = scope.channel();
        if (scope.channelKnown()) {
            forEachSelectedCell(*cache, scope, [&](const AnalyticsCube::ServiceCell &cell,
                                                   const AnalyticsCube::CellRun &run,
                                                   std::span<const AnalyticsCube::HoursCount> hours) {
                const std::size_t month = run.month;
                const int p = scope.productSlot(run.product);
                const int a = scope.areaOf(int(cell.region));
                if (p < 0 || a < 0 || (channel >= 0 && cell.channel != channel))
                    return;
                qint64 overdue = 0;
                for (const AnalyticsCube::HoursCount &h : hours)
                    if (bins[h.bin] > limit[cell.categoryStage])
                        overdue += h.n;
                const bool regulator = regulatorChannel[cell.channel];
                const bool counted = regulator && usersKnown[month * std::size_t(slice.productCount()) + std::size_t(p)];
                const auto add = [&](int slot) {
                    ServiceFigures &f = sums.figures[std::size_t(slot * months) + month];
                    addCell(f, cell);
                    f.overdue += overdue;
                    if (regulator)
                        f.regulator += cell.n;
                    if (counted)
                        f.regulatorCounted += cell.n;
                    std::uint32_t *histogram = sums.histograms.data() + (std::size_t(slot * months) + month) * binCount;
                    for (const AnalyticsCube::HoursCount &h : hours)
                        histogram[h.bin] += h.n;
                };
                add(departmentBase + cell.department);
                add(channelBase + cell.channel);
                if (a < areas)
                    add(areaBase + a);
                ServiceFigures &f = sums.categories[(month * std::size_t(departments) + cell.department)
                                                        * std::size_t(categoryStages) + cell.categoryStage];
                addCell(f, cell);
                f.overdue += overdue;
                f.regulator += regulator ? cell.n : 0;
                f.known = true;
            });
        }

        // The whole scope is the sum of its departments (every complaint has one, '' included).
        for (int d = 0; d < departments; ++d) {
            for (int m = 0; m < months; ++m) {
                sums.figures[std::size_t(m)].add(sums.figures[std::size_t((departmentBase + d) * months + m)]);
                const std::uint32_t *from = sums.histograms.data() + std::size_t((departmentBase + d) * months + m) * binCount;
                std::uint32_t *to = sums.histograms.data() + std::size_t(m) * binCount;
                for (std::size_t b = 0; b < binCount; ++b)
                    to[b] += from[b];
            }
        }

        return sums;
    };
    // The whole cube (the province, every product, any channel) sums the same for every period.
    const bool wholeCube = scope.filter().region.isProvince() && scope.channel() < 0 && scope.channelKnown()
        && scope.products().size() == cube.products().size();
    std::shared_ptr<const ServiceSums> sums;
    if (wholeCube) {
        const std::lock_guard lock(cache->mutex);
        if (!cache->wholeCube || cache->limit != limit || cache->usersKnown != usersKnown) {
            cache->wholeCube = std::make_shared<const ServiceSums>(sumCells());
            cache->limit = limit;
            cache->usersKnown = usersKnown;
        }
        sums = cache->wholeCube;
    } else {
        sums = std::make_shared<const ServiceSums>(sumCells());
    }
    std::vector<ServiceFigures> figures = sums->figures;
    const std::vector<std::uint32_t> &histograms = sums->histograms;
    std::vector<ServiceFigures> categoryFigures(std::size_t(departments * categoryStages));
    for (int m = std::max(q.firstMonth, 0); m <= q.lastMonth && m < months; ++m)
        for (std::size_t i = 0; i < categoryFigures.size(); ++i)
            categoryFigures[i].add(sums->categories[std::size_t(m * departments * categoryStages) + i]);

    // Month figures: known where the workspace has complaint data, with users and p90.
    std::vector<std::uint32_t> periodHistogram(binCount);
    const auto group = [&](int slot) {
        ServiceGroup g;
        for (int m = 0; m < months; ++m) {
            ServiceFigures &f = figures[std::size_t(slot * months + m)];
            f.known = slice.hasComplaints(m);
            if (f.known) {
                f.users = users[std::size_t(m)];
                const std::uint32_t *histogram = histograms.data() + std::size_t(slot * months + m) * binCount;
                f.hoursP90 = percentile90(histogram, bins, f.hoursN);
                f.hoursVariance = histogramVariance(histogram, bins, f.hoursN);
            }
            g.months << f;
        }
        std::fill(periodHistogram.begin(), periodHistogram.end(), 0);
        for (int m = q.firstMonth; m <= q.lastMonth; ++m) {
            if (!slice.hasComplaints(m))
                continue;
            g.period.add(g.months.at(m));
            const std::uint32_t *histogram = histograms.data() + std::size_t(slot * months + m) * binCount;
            for (std::size_t b = 0; b < binCount; ++b)
                periodHistogram[b] += histogram[b];
        }
        g.period.hoursP90 = percentile90(periodHistogram.data(), bins, g.period.hoursN);
        g.period.hoursVariance = histogramVariance(periodHistogram.data(), bins, g.period.hoursN);
        return g;
    };
    q.total = group(0);
    std::vector<std::pair<ServiceGrouping, int>> slotOwner(std::size_t(slots), {ServiceGrouping::Department, -1});
    const auto collect = [&](ServiceGrouping grouping, int base, int count) {
        QList<ServiceGroup> &list = q.groups[std::size_t(grouping)];
        for (int i = 0; i < count; ++i) {
            ServiceGroup g = group(base + i);
            if (g.period.complaints == 0)
                continue;
            if (grouping == ServiceGrouping::Department) {
                g.name = cube.departments().at(i);
                for (int k = 0; k < slice.categoryStageCount(); ++k) {
                    const ServiceFigures &f = categoryFigures[std::size_t(i * slice.categoryStageCount() + k)];
                    if (f.complaints > 0)
                        g.categories << ServiceCategoryRow{slice.categoryOf(k), slice.stageName(slice.stageOf(k)), f};
                }
                std::stable_sort(g.categories.begin(), g.categories.end(), [](const auto &a, const auto &b) {
                    return a.figures.complaints > b.figures.complaints;
                });
            } else if (grouping == ServiceGrouping::Channel) {
                g.name = cube.channels().at(i);
            } else {
                g.area = slice.areaPath(i);
                g.name = g.area.name();
            }
            list << g;
        }
        std::stable_sort(list.begin(), list.end(), [](const ServiceGroup &a, const ServiceGroup &b) {
            return a.period.complaints != b.period.complaints ? a.period.complaints > b.period.complaints
                                                              : a.name < b.name;
        });
    };
    collect(ServiceGrouping::Department, departmentBase, departments);
    collect(ServiceGrouping::Channel, channelBase, channels);
    collect(ServiceGrouping::Area, areaBase, areas);

    // Month-over-month changes for the worse, one family over every group.
    const double alpha = alertSettings.significanceLevel;
    std::vector<Candidate> candidates;
    qint64 tests = 0;
    const int first = std::max(period == ServiceChangePeriod::WholeHistory ? 1 : q.firstMonth, 1);
    const int last = period == ServiceChangePeriod::WholeHistory ? months - 1 : q.lastMonth;
    const auto test = [&](ServiceGrouping grouping, const ServiceGroup &g, int slot) {
        for (int m = first; m <= last; ++m) {
            const ServiceFigures &before = g.months.at(m - 1);
            const ServiceFigures &after = g.months.at(m);
            if (!before.known || !after.known)
                continue;
            const auto candidate = [&](ServiceMeasure measure, double b, double a, qint64 nb, qint64 na, double p,
                                       bool largeEnough) {
                Candidate c;
                c.change = ServiceChange{measure, grouping, g.name, q.months.at(m), q.months.at(m - 1), b, a, nb, na, p};
                c.slot = slot;
                c.month = m;
                c.largeEnough = largeEnough;
                candidates.push_back(c);
            };
            for (const RateTest &rate : rateTests) {
                const ProportionTestResult z = twoProportionZTest(before.*rate.successes, before.*rate.trials,
                                                                  after.*rate.successes, after.*rate.trials);
                if (!z.valid)
                    continue;
                ++tests;
                const bool higher = serviceHigherIsBetter(rate.measure);
                const double p = higher ? z.pDrop : z.pRise;
                if (!(p < alpha))
                    continue;
                const double worse = (higher ? z.before - z.after : z.after - z.before) * 100.0;
                candidate(rate.measure, z.before, z.after, before.*rate.trials, after.*rate.trials, p,
                          worse >= alertSettings.alertMinRateDropPoints);
            }
            if (before.users > 0 && after.users > 0 && before.regulatorCounted + after.regulatorCounted > 0) {
                ++tests;
                const double p = poissonRateRiseP(before.regulatorCounted, before.users, after.regulatorCounted,
                                                  after.users);
                if (p < alpha) {
                    const double b = before.value(ServiceMeasure::RegulatorPerMillion);
                    const double a = after.value(ServiceMeasure::RegulatorPerMillion);
                    candidate(ServiceMeasure::RegulatorPerMillion, b, a, before.regulatorCounted,
                              after.regulatorCounted, p, (a - b) * 100.0 >= alertSettings.alertMinCountIncreasePercent * b);
                }
            }
        }
    };
    test(ServiceGrouping::Department, q.total, -1);
    for (int grouping = 0; grouping < serviceGroupingCount; ++grouping)
        for (int i = 0; i < q.groups[std::size_t(grouping)].size(); ++i)
            test(ServiceGrouping(grouping), q.groups[std::size_t(grouping)].at(i), grouping * 100000 + i);

    std::vector<double> raw;
    for (const Candidate &c : candidates)
        raw.push_back(c.change.pRaw);
    raw.insert(raw.end(), std::size_t(std::max<qint64>(0, tests - qint64(candidates.size()))), 1.0);
    const std::vector<double> adjusted = benjaminiHochberg(raw);
    for (std::size_t i = 0; i < candidates.size(); ++i) {
        Candidate &c = candidates[i];
        if (!c.largeEnough || !(adjusted[i] < alpha))
            continue;
        c.change.pValue = adjusted[i];
        q.changes << c.change;
        ServiceGroup &g = c.slot < 0 ? q.total : q.groups[std::size_t(c.slot / 100000)][c.slot % 100000];
        if (!g.alertMonths.contains(c.month))
            g.alertMonths << c.month;
    }
    std::stable_sort(q.changes.begin(), q.changes.end(),
                     [](const ServiceChange &a, const ServiceChange &b) { return a.pValue < b.pValue; });
    q.tests = tests;
    return q;
}

QHash<QString, ServiceQuality> serviceQualityByCity(const AnalysisScope &scope, const AnalysisSettings &settings,
                                                    const std::atomic_bool *stop)
{
    QHash<QString, ServiceQuality> byCity;
    const AnalyticsCube &cube = scope.cube();
    byCity.insert(scope.filter().region.city, serviceQuality(cube.slice(scope), settings));
    if (scope.filter().region.isProvince()) {
        for (const RegionPath &area : scope.areas()) {
            if (stop && stop->load(std::memory_order_relaxed))
                break;
            AnalysisFilter filter = scope.filter();
            filter.region = area;
            byCity.insert(area.city, serviceQuality(cube.slice(filter), settings));
        }
    }
    return byCity;
}

QList<const ServiceGroup *> rankedGroups(const ServiceQuality &quality, ServiceGrouping grouping, ServiceMeasure measure)
{
    QList<const ServiceGroup *> ranked;
    for (const ServiceGroup &group : quality.of(grouping))
        ranked << &group;
    const bool higher = serviceHigherIsBetter(measure);
    std::stable_sort(ranked.begin(), ranked.end(), [&](const ServiceGroup *a, const ServiceGroup *b) {
        const double x = a->period.value(measure);
        const double y = b->period.value(measure);
        if (std::isnan(x) != std::isnan(y))
            return std::isnan(y);
        return higher ? x > y : x < y;
    });
    return ranked;
}

} // namespace cx
