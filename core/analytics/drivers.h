#pragma once

#include "analytics/statistics.h"
#include "analytics/analysisscope.h"

#include <QJsonArray>
#include <QList>
#include <QSqlDatabase>
#include <QString>

// Driver analysis of DESIGN.md: which indicators move satisfaction, from the
// correlation of indicator actuals with the mean overall satisfaction score
// across city-months.

namespace cx {

/// One city-month of a driver: the indicator's actual and the mean overall
/// satisfaction score it was paired with.
struct DriverPair
{
    QString city; ///< empty for a province-wide actual
    QString month;
    double actual = 0;
    double satisfaction = 0;
};

/// How one indicator's actuals go with satisfaction.
struct IndicatorDriver
{
    QString code;
    QString name;
    QString layer;      ///< "kei", "koi" (or "element" if the workspace has actuals for one)
    QString department;
    qint64 n = 0;       ///< city-months with both an actual and at least one survey score
    CorrelationResult pearson;
    CorrelationResult spearman; ///< ties take their average rank
    QList<DriverPair> pairs;    ///< the n pairs the coefficients were computed from (the scatter)
};

/// For every indicator with actuals in the filter's period and region:
/// Pearson's r and Spearman's ρ (with p, two-sided, n − 2 df) between its
/// actual and the mean overall score (survey_response.overall) of the same
/// city and month. Survey scores follow the period, products and region
/// (the channel names complaint channels only); actuals follow the period
/// and region (see AnalysisScope::indicatorValueConditions()). An indicator
/// with no per-city actuals pairs its province-wide ones with the mean over
/// all cities of each month.
///
/// Sorted by |ρ| (Spearman, robust to the outliers a planted miss makes),
/// largest first, then by |r|, then by code; coefficients that cannot be
/// computed (n < 3, no variance) sort last.
QList<IndicatorDriver> indicatorDrivers(const QSqlDatabase &db, const AnalysisScope &scope);

/// The `drivers` array of `cxwb-cli analyze --json`: indicator, r_pearson,
/// r_spearman, p (Spearman's, the coefficient the list is sorted by), n, plus
/// name, layer, department and p_pearson. NaN values are null.
QJsonArray driversToJson(const QList<IndicatorDriver> &drivers);

} // namespace cx
