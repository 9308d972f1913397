#pragma once

#include "analytics/cubeslice.h"
#include "analytics/statistics.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QList>
#include <QString>

namespace cx {

/// What dropped (or, for complaints, rose).
enum class AlertMetric {
    Satisfaction,  ///< mean score (Welch's t-test)
    SatisfiedRate, ///< 满意率 (pooled two-proportion z-test)
    Complaints,    ///< complaint count (conditional binomial test of two Poisson rates)
};

/// "satisfaction", "satisfied_rate" or "complaints".
QString alertMetricName(AlertMetric metric);

/// A month-over-month change that is significant after the Benjamini–Hochberg
/// adjustment over every test of the run, and large enough (workspace thresholds).
struct Alert
{
    AlertMetric metric = AlertMetric::Satisfaction;
    QString product;  ///< empty: every product of the filter
    QString stage;    ///< satisfaction: the stage question, empty for the overall question; complaints: the category's stage
    QString category; ///< complaints only
    RegionPath region; ///< the area, or the filter's region (empty: the province)
    QString month;
    QString previousMonth;
    double before = kNaN; ///< mean score, 满意率 in [0, 1], or complaint count
    double after = kNaN;
    qint64 nBefore = 0;   ///< scores, or complaints for the complaint metric
    qint64 nAfter = 0;
    double pRaw = kNaN;   ///< one-sided p of the test (H1: the score fell; complaints: they rose)
    double pValue = kNaN; ///< Benjamini–Hochberg adjusted over every test of the run (what is compared with α)
    double statistic = kNaN; ///< t, z, or the rate ratio

    /// "咪咕视频 · 使用 · 2024-08: 满意度 8.1 → 6.3 (−1.8, p < 0.001, n = 212/198)", translated.
    QString description() const;
};

/// Which months an alert may be in.
enum class AlertPeriod {
    FilterPeriod, ///< months of the filter's period (each against the month before, which may precede it)
    WholeHistory, ///< every month with a month before it
};

/// Month-over-month changes within a slice, each month against the month
/// before where both have data of the source (CubeSlice::hasResponses(),
/// hasComplaints()):
/// - mean satisfaction (Welch t) and 满意率 (two-proportion z) of the overall
///   question and of each stage question, for all the filter's products and
///   areas together, per product and per area; one-sided, since only drops alert;
/// - complaint rises per product × area × category (the whole region when it
///   has no areas), one-sided: the conditional binomial test of two Poisson
///   rates, exposure the subscribers of the months (equal when unknown).
/// Every test of the run, whatever the size of its change, is one family:
/// its p-values are adjusted together (Benjamini–Hochberg), and the alerts
/// are the significant changes (adjusted p < significanceLevel) that are
/// also large enough (alertMinScoreDrop, alertMinRateDropPoints,
/// alertMinCountIncreasePercent), most significant first. Testing only the
/// large changes would make the family the largest observed changes only,
/// and false alarms would multiply. `tests` receives the family's size.
QList<Alert> detectAlerts(const CubeSlice &slice, const AnalysisSettings &settings,
                          AlertPeriod period = AlertPeriod::FilterPeriod, qint64 *tests = nullptr);

/// Whether a change of a complaint count (exposures: subscribers) is
/// certainly no significant rise at α, so that the exact test can be
/// skipped: true when the later count is at most its expected count under
/// equal rates (p ≥ ½), or when the normal approximation of the conditional
/// binomial (with continuity correction, used only where n·s and n·(1 − s)
/// ≥ 5) gives a one-sided p of at least 4α (always false for α ≥ 0.25).
/// detectAlerts() counts such changes as tests with p = 1 in the
/// Benjamini–Hochberg adjustment, which changes no decision (their adjusted
/// p is ≥ α either way, and the terms they add are ≥ α).
bool countChangeClearlyInsignificant(qint64 before, double exposureBefore, qint64 after, double exposureAfter,
                                     double alpha);

/// [{metric, product, stage, category, city, region (the path's names),
/// region_level, month, previous_month, before, after, p_value, p_raw,
/// p_alternative ("drop" or "rise"), n_before, n_after, statistic, description}].
QJsonArray alertsToJson(const QList<Alert> &alerts);

} // namespace cx
