#include "workorders/workorderevaluation.h"

#include "analytics/cubeslice.h"
#include "settings/workspacesettings.h"
#include "workorders/workorderstore.h"
#include "workorders/workspaceconnection.h"
#include "workspace/workspace.h"

#include <QSqlQuery>

#include <cmath>

namespace cx {

using namespace Qt::StringLiterals;

namespace {

QList<MetricPoint> surveySeries(const CubeSlice &slice, const MetricSpec &metric, const AnalysisSettings &settings)
{
    int measure = OverallMeasure;
    if (!metric.subject.isEmpty()) {
        measure = -1;
        for (int stage = 0; stage < slice.stageCount(); ++stage)
            if (slice.stageName(stage) == metric.subject)
                measure = Stage0Measure + stage;
        if (measure < 0)
            return {};
    }
    QList<MetricPoint> series;
    for (int m = 0; m < slice.monthCount(); ++m) {
        const ScoreSums sums = slice.scoreTotal(m, measure);
        if (sums.n < 1)
            continue;
        MetricPoint point;
        point.month = slice.month(m);
        point.n = qint64(sums.n);
        if (metric.kind == MetricKind::Satisfaction) {
            point.value = sums.mean();
            point.variance = sums.variance();
        } else {
            point.value = sums.rateAtLeast(settings.satisfiedScore);
        }
        series << point;
    }
    return series;
}

// The category-stages of a complaint subject: a category's, else a stage's.
QList<int> complaintCells(const CubeSlice &slice, const QString &subject)
{
    QList<int> cells;
    for (int k = 0; k < slice.categoryStageCount(); ++k)
        if (slice.categoryOf(k) == subject)
            cells << k;
    if (cells.isEmpty())
        for (int k = 0; k < slice.categoryStageCount(); ++k)
            if (slice.stageName(slice.stageOf(k)) == subject)
                cells << k;
    return cells;
}

QList<MetricPoint> complaintSeries(const CubeSlice &slice, const MetricSpec &metric)
{
    const QList<int> cells = complaintCells(slice, metric.subject);
    QList<MetricPoint> series;
    if (cells.isEmpty())
        return series;
    for (int m = 0; m < slice.monthCount(); ++m) {
        // A month without any complaint in the scope has no complaint data; zero of one category is data.
        if (slice.complaintTotal(m) == 0)
            continue;
        qint64 count = 0;
        qint64 counted = 0; // complaints of products with known subscribers
        double subscribers = 0;
        for (int p = 0; p < slice.productCount(); ++p) {
            qint64 product = 0;
            for (int k : cells)
                product += slice.complaintTotal(m, p, -1, k);
            count += product;
            const double users = slice.subscribers(m, p);
            if (std::isfinite(users) && users > 0) {
                subscribers += users;
                counted += product;
            }
        }
        MetricPoint point;
        point.month = slice.month(m);
        point.exposure = subscribers > 0 ? subscribers : kNaN;
        if (metric.kind == MetricKind::Complaints) {
            point.n = count;
            point.value = double(count);
        } else {
            if (!(subscribers > 0))
                continue;
            point.n = counted;
            point.value = double(counted) / subscribers * 10000.0;
        }
        series << point;
    }
    return series;
}

QList<MetricPoint> indicatorSeries(const QSqlDatabase &db, const MetricSpec &metric, const AnalysisFilter &scope)
{
    QList<MetricPoint> series;
    QSqlQuery q(db);
    q.prepare(u"SELECT month, value FROM indicator_value WHERE code = ? AND city = ? ORDER BY month"_s);
    q.addBindValue(metric.subject);
    q.addBindValue(scope.region.city); // a county's or grid's actuals are its city's
    if (q.exec()) {
        while (q.next()) {
            MetricPoint point;
            point.month = q.value(0).toString();
            point.value = q.value(1).toDouble();
            series << point;
        }
    }
    return series;
}

} // namespace

AnalysisFilter workOrderScope(const WorkOrder &order)
{
    AnalysisFilter filter;
    if (!order.product.isEmpty())
        filter.products = {order.product};
    filter.region = RegionPath(order.city, order.county, order.grid);
    return filter;
}

QList<MetricPoint> metricSeries(const AnalyticsCube &cube, const QSqlDatabase &db, const MetricSpec &metric,
                                const AnalysisFilter &scope, const AnalysisSettings &settings)
{
    if (metric.kind == MetricKind::Indicator)
        return indicatorSeries(db, metric, scope);
    AnalysisFilter whole = scope;
    whole.fromMonth.clear();
    whole.toMonth.clear();
    const CubeSlice slice = cube.slice(whole);
    if (metric.kind == MetricKind::Satisfaction || metric.kind == MetricKind::SatisfiedRate)
        return surveySeries(slice, metric, settings);
    return complaintSeries(slice, metric);
}

int metricDirection(const QSqlDatabase &db, const MetricSpec &metric)
{
    if (metric.kind != MetricKind::Indicator)
        return metric.fixedDirection();
    QSqlQuery q(db);
    q.prepare(u"SELECT direction FROM indicator WHERE code = ?"_s);
    q.addBindValue(metric.subject);
    return q.exec() && q.next() && q.value(0).toInt() < 0 ? -1 : 1;
}

double indicatorTarget(const QSqlDatabase &db, const MetricSpec &metric)
{
    if (metric.kind != MetricKind::Indicator)
        return kNaN;
    QSqlQuery q(db);
    q.prepare(u"SELECT target FROM indicator WHERE code = ? AND target IS NOT NULL"_s);
    q.addBindValue(metric.subject);
    return q.exec() && q.next() ? q.value(0).toDouble() : kNaN;
}

MetricPoint pointIn(const QList<MetricPoint> &series, const QString &month)
{
    if (month.isEmpty())
        return series.isEmpty() ? MetricPoint() : series.constLast();
    for (const MetricPoint &point : series)
        if (point.month == month)
            return point;
    return {};
}

bool completeBaseline(WorkOrder &order, const AnalyticsCube &cube, const QSqlDatabase &db,
                      const AnalysisSettings &settings)
{
    const std::optional<MetricSpec> metric = order.metricSpec();
    if (!metric)
        return false;
    if (!std::isfinite(order.targetValue))
        order.targetValue = indicatorTarget(db, *metric);
    const MetricPoint point = pointIn(metricSeries(cube, db, *metric, workOrderScope(order), settings),
                                      order.baseline.month);
    if (!point.hasData())
        return std::isfinite(order.baseline.value);
    if (!std::isfinite(order.baseline.value)) {
        order.baseline.month = point.month;
        order.baseline.value = point.value;
        order.baseline.n = point.n;
    }
    if (!std::isfinite(order.baseline.variance))
        order.baseline.variance = point.variance;
    if (!std::isfinite(order.baseline.exposure))
        order.baseline.exposure = point.exposure;
    return true;
}

WorkOrderEvaluation evaluateWorkOrder(const AnalyticsCube &cube, const QSqlDatabase &db, const WorkOrder &order,
                                      const AnalysisSettings &settings)
{
    WorkOrderEvaluation evaluation;
    evaluation.orderId = order.id;
    evaluation.baseline = order.baseline;
    evaluation.target = order.targetValue;
    const std::optional<MetricSpec> metric = order.metricSpec();
    if (!metric) {
        evaluation.effect.explanation = QCoreApplication::translate("cx::WorkOrderText", "The order names no metric.");
        return evaluation;
    }
    evaluation.direction = metricDirection(db, *metric);
    evaluation.series = metricSeries(cube, db, *metric, workOrderScope(order), settings);
    const MetricPoint recorded = pointIn(evaluation.series, order.baseline.month);
    if (!std::isfinite(evaluation.baseline.variance))
        evaluation.baseline.variance = recorded.variance;
    if (!std::isfinite(evaluation.baseline.exposure))
        evaluation.baseline.exposure = recorded.exposure;
    evaluation.effect = evaluateEffect(*metric, evaluation.direction, evaluation.baseline, evaluation.series,
                                       order.targetValue, settings.significanceLevel);
    return evaluation;
}

EvaluationRun evaluateWorkOrders(const QSqlDatabase &db, std::shared_ptr<const AnalyticsCube> cube,
                                 const std::function<bool()> &cancelled)
{
    EvaluationRun run;
    run.cube = std::move(cube);
    const AnalysisSettings settings = AnalysisSettings::fromWorkspace(WorkspaceSettings(db));
    WorkOrderStore store(db);
    for (const WorkOrder &order : store.list()) {
        if (cancelled && cancelled()) {
            run.cancelled = true;
            return run;
        }
        run.orders.insert(order.id, evaluateWorkOrder(*run.cube, db, order, settings));
    }
    if (!store.beginWrite(&run.error))
        return run;
    for (const WorkOrderEvaluation &evaluation : std::as_const(run.orders)) {
        if (!store.saveEvaluation(evaluation.orderId, evaluation.baseline, evaluation.effect)) {
            store.rollbackWrite();
            run.error = WorkOrderStore::tr("The effects of the work orders could not be saved.");
            return run;
        }
    }
    store.commitWrite(&run.error);
    return run;
}

EvaluationRun evaluateWorkOrders(const Workspace &workspace, const std::function<bool()> &cancelled)
{
    const WorkspaceConnection connection(workspace);
    if (!connection.isOpen())
        return EvaluationRun{{}, nullptr, WorkOrderStore::tr("Cannot open %1.").arg(workspace.path()), false};
    QString error;
    std::shared_ptr<const AnalyticsCube> cube = AnalyticsCube::load(connection.database(), &error);
    if (!cube)
        return EvaluationRun{{}, nullptr, error, false};
    return evaluateWorkOrders(connection.database(), std::move(cube), cancelled);
}

} // namespace cx
