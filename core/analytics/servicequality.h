#pragma once

#include "analytics/analyticscube.h"
#include "analytics/serviceaggregates.h"
#include "analytics/servicesettings.h"
#include "analytics/journey.h"
#include "analytics/statistics.h"

#include <QHash>
#include <QJsonArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <array>
#include <atomic>

// Closed-loop service quality (闭环服务质量): how the complaints of a scope
// were handled, per handling department, intake channel or area and month,
// from the service aggregates of the cube (agg_cell, summed into rollups
// at load so that a filter change walks few cells).
// Every rate is over the complaints whose field is filled, with that n; a
// rate without any such complaint is NaN ("no data"), never 0.

namespace cx {

class CubeSlice;
class WorkspaceSettings;

/// What the service rows are grouped by.
enum class ServiceGrouping { Department, Channel, Area };
inline constexpr int serviceGroupingCount = 3;

/// The light of a value against the target of its measure
/// (lightAgainstTarget(); per million as 万投比: amber up to target × ratio).
TrafficLight serviceLight(const ServiceSettings &settings, ServiceMeasure measure, double value);

/// The service measures of one group over one month or a period: the
/// counts of its cells (ServiceCounts) and what the analysis adds.
struct ServiceFigures : ServiceCounts
{
    qint64 regulator = 0;         ///< complaints of the regulator channel
    qint64 regulatorCounted = 0;  ///< of those, in months and products with known users
    double users = 0;             ///< subscriber-months the per-million figure divides by (0: unknown)
    double hoursP90 = kNaN;       ///< hours; exact for hours given to a tenth, else ≤ 0.1 h high
    double hoursVariance = kNaN;  ///< s² of the hours as binned (tenths rounded up), with hoursP90
    qint64 overdue = 0;           ///< hours above the limit of their category
    bool known = false;           ///< the month (some month of the period) has complaint data

    /// Adds another group's or month's figures (hoursP90 and hoursVariance are not additive and stay).
    void add(const ServiceFigures &other);

    /// The value of a measure; NaN without data (no month with complaint data, or its n is 0).
    double value(ServiceMeasure measure) const;
    /// The n of a measure: the complaints its denominator counts (subscriber-months rounded for per million).
    qint64 n(ServiceMeasure measure) const;
    /// The failures behind a rate (unresolved, repeated, overdue, dissatisfied …): what to act on.
    qint64 failures(ServiceMeasure measure) const;
};

/// The two-sided p of a measure's change from `before` to `after` (adjacent
/// months of one group): rates by the pooled two-proportion z-test, complaint
/// volumes and regulator appeals by the conditional binomial test of two
/// Poisson counts (exposure: the months' users, equal when unknown), mean
/// hours by Welch's t-test on the binned spread. NaN where nothing is
/// tested: the hours' 90th percentile, a month without data, or too few
/// complaints for the test.
double serviceChangeP(ServiceMeasure measure, const ServiceFigures &before, const ServiceFigures &after);

/// A significant month-over-month change of a service measure for the worse.
struct ServiceChange
{
    ServiceMeasure measure = ServiceMeasure::FirstTimeRate;
    ServiceGrouping grouping = ServiceGrouping::Department;
    QString group; ///< empty: every complaint of the scope
    QString month;
    QString previousMonth;
    double before = kNaN;
    double after = kNaN;
    qint64 nBefore = 0;
    qint64 nAfter = 0;
    double pRaw = kNaN;   ///< one-sided p (two-proportion z for rates, conditional binomial for appeals)
    double pValue = kNaN; ///< Benjamini–Hochberg adjusted over every test of the run

    /// "市场部 · 2024-08: 一次解决率 62.0% → 51.3% (−10.7 points, p < 0.001, n = 812/790)".
    QString description() const;
};

/// A complaint category of a group over the period.
struct ServiceCategoryRow
{
    QString category;
    QString stage;
    ServiceFigures figures; ///< hoursP90 is not computed per category (NaN)
};

/// One department, channel or area (or the whole scope).
struct ServiceGroup
{
    QString name;         ///< the department or channel ('' when not filled), the area's name
    RegionPath area;      ///< the area (ServiceGrouping::Area)
    QList<ServiceFigures> months; ///< every month of the cube
    ServiceFigures period;        ///< the filter's period
    QList<int> alertMonths;       ///< months (indices) with a significant change for the worse
    QList<ServiceCategoryRow> categories; ///< departments only: its categories in the period, most complaints first

    const ServiceFigures &month(int index) const;
};

/// The service quality of a scope.
struct ServiceQuality
{
    QStringList months;  ///< every month of the cube
    int firstMonth = 0;  ///< the period, as indices into months
    int lastMonth = -1;
    ServiceGroup total;  ///< every complaint of the scope
    /// Per grouping, its groups with complaints in the period, most complaints first.
    std::array<QList<ServiceGroup>, serviceGroupingCount> groups;
    QList<ServiceChange> changes; ///< significant changes for the worse, most significant first
    qint64 tests = 0;             ///< the tests of the Benjamini–Hochberg family
    ServiceSettings settings;
    double significanceLevel = 0.05; ///< α of the change tests

    /// The worst light of a figure's measures that have a target.
    TrafficLight light(const ServiceFigures &figures) const;
    const QList<ServiceGroup> &of(ServiceGrouping grouping) const { return groups[std::size_t(grouping)]; }
    /// The group of that name, null when none.
    const ServiceGroup *find(ServiceGrouping grouping, const QString &name) const;
    /// Whether the scope's complaints carry the field a measure needs in the period (n > 0).
    bool hasData(ServiceMeasure measure) const;
};

/// Which months the change tests cover.
enum class ServiceChangePeriod {
    FilterPeriod, ///< the months of the filter's period (each against the month before)
    WholeHistory, ///< every month with a month before it
};

/// Computes the service quality of a slice (its scope and subscribers) from
/// the cube's service cells, with the targets of settings.service. Month-over-month changes for the worse are
/// tested per group and for the whole scope like the alerts (alerts.h): the
/// rates by the one-sided pooled two-proportion z-test, the regulator
/// appeals by the conditional binomial test of two Poisson counts (exposure:
/// users), all tests of the run one Benjamini–Hochberg family; a change is
/// reported when its adjusted p < significanceLevel and it is at least
/// alertMinRateDropPoints (rates) or alertMinCountIncreasePercent (appeals).
ServiceQuality serviceQuality(const CubeSlice &slice, const AnalysisSettings &settings,
                              ServiceChangePeriod period = ServiceChangePeriod::FilterPeriod);

/// The service quality of the scope under its city's name ('' for the
/// province) and, when the scope is the province, of each of its cities
/// under theirs: what the responsibility map, which is drawn per city,
/// shows of its departments. Once `*stop` is set it stops after the city
/// at hand, with the cities computed so far.
QHash<QString, ServiceQuality> serviceQualityByCity(const AnalysisScope &scope, const AnalysisSettings &settings,
                                                    const std::atomic_bool *stop = nullptr);

/// [{department (or channel, or region), month, complaints, resolved_rate,
/// partial_rate, first_time_rate, repeat_rate, escalation_rate,
/// regulator_per_million, hours_mean, hours_p90, overdue_rate,
/// callback_satisfied_rate, the n of each (result_n, first_time_n, repeat_n,
/// escalation_n, users, hours_n, callback_n), regulator_complaints, overdue,
/// callbacks_unrated, light (the worst light of the measures with a target)}]
/// for every group and month of the period; values without data as null.
QJsonArray serviceToJson(const ServiceQuality &quality, ServiceGrouping grouping);
/// The groups best first by `measure` over the period (highest first, or
/// lowest where lower is better); groups without a value last, in volume order.
QList<const ServiceGroup *> rankedGroups(const ServiceQuality &quality, ServiceGrouping grouping, ServiceMeasure measure);
/// The ranking by `measure`: [{rank, group, measure, change (the last month
/// of the period minus the month before), change_p (its two-sided p,
/// serviceChangeP()), alert_months, and the period's
/// figures as in serviceToJson()}].
QJsonArray serviceRankingToJson(const ServiceQuality &quality, ServiceGrouping grouping, ServiceMeasure measure);
/// The same for the whole scope: [{month, complaints, …, light}].
QJsonArray serviceTotalToJson(const ServiceQuality &quality);
/// [{measure, grouping, group, month, previous_month, before, after, n_before, n_after, p_value, p_raw, description}].
QJsonArray serviceChangesToJson(const QList<ServiceChange> &changes);

} // namespace cx
