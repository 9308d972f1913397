#pragma once

#include "analytics/analyticscube.h"
#include "workorders/workorder.h"

#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <functional>
#include <memory>

namespace cx {

class Workspace;

/// The scope a work order's metric is read in: its product (all when
/// empty) and its region (the most specific of city, county, grid; the
/// province when none), over all months.
AnalysisFilter workOrderScope(const WorkOrder &order);

/// The metric's value per month in a scope, oldest first, read through the
/// analysis engine: survey scores and complaints from the cube (a slice of
/// the scope), indicator actuals from `indicator_value` (the scope's city,
/// '' for the province). Months without data are left out: a survey month
/// without scores of the question, a complaint month without any complaint
/// in the scope, a 万投比 month without known subscribers.
QList<MetricPoint> metricSeries(const AnalyticsCube &cube, const QSqlDatabase &db, const MetricSpec &metric,
                                const AnalysisFilter &scope, const AnalysisSettings &settings);

/// +1 when higher is better, −1 when lower; an indicator's direction from
/// the indicator tree (+1 when it is not in the tree).
int metricDirection(const QSqlDatabase &db, const MetricSpec &metric);

/// The target an indicator metric starts with: the indicator's target; NaN for other metrics.
double indicatorTarget(const QSqlDatabase &db, const MetricSpec &metric);

/// The point of `series` in `month`, or, with an empty month, the latest
/// point; an empty point when there is none.
MetricPoint pointIn(const QList<MetricPoint> &series, const QString &month = {});

/// Records the baseline of a new order or a changed metric: the metric's
/// point in `order.baseline.month` (the latest month with data when empty)
/// unless the value is already known (a finding's), plus the variance and
/// exposure of that month; an indicator metric without a target takes the
/// indicator's. False when the metric has no data in that month.
bool completeBaseline(WorkOrder &order, const AnalyticsCube &cube, const QSqlDatabase &db,
                      const AnalysisSettings &settings);

/// One work order's metric against the data.
struct WorkOrderEvaluation
{
    qint64 orderId = 0;
    QList<MetricPoint> series;
    MetricPoint baseline; ///< as recorded, with variance and exposure from the data where unknown
    int direction = 1;
    double target = kNaN;
    EffectResult effect;
};

/// Evaluates one order: its metric's series in its scope, its recorded
/// baseline completed from the series, and evaluateEffect() at α of the
/// workspace's alert tests. An order without a metric awaits data.
WorkOrderEvaluation evaluateWorkOrder(const AnalyticsCube &cube, const QSqlDatabase &db, const WorkOrder &order,
                                      const AnalysisSettings &settings);

/// The result of evaluateWorkOrders().
struct EvaluationRun
{
    QHash<qint64, WorkOrderEvaluation> orders;
    std::shared_ptr<const AnalyticsCube> cube; ///< the cube loaded for it, for further baselines
    QString error; ///< translated; empty on success
    bool cancelled = false;
};

/// Recomputes the effect of every live work order of the workspace from its
/// current data and saves it (WorkOrderStore::saveEvaluation(), one
/// transaction): for a worker thread, on a connection of its own (the
/// workspace must outlive the call). `cancelled` is polled between orders;
/// a cancelled run saves nothing.
EvaluationRun evaluateWorkOrders(const Workspace &workspace, const std::function<bool()> &cancelled = {});

/// The same on an open connection with a loaded cube (the command line).
EvaluationRun evaluateWorkOrders(const QSqlDatabase &db, std::shared_ptr<const AnalyticsCube> cube,
                                 const std::function<bool()> &cancelled = {});

} // namespace cx
