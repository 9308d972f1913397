#include "workorders/workorderjobs.h"

#include "settings/workspacesettings.h"
#include "workorders/workspaceconnection.h"
#include "workspace/workspace.h"

namespace cx {

namespace {

QString unopened(const Workspace &workspace)
{
    return WorkOrderStore::tr("Cannot open %1.").arg(workspace.path());
}

} // namespace

OrderList loadOrderList(const Workspace &workspace)
{
    const WorkspaceConnection connection(workspace);
    if (!connection.isOpen())
        return OrderList{{}, {}, unopened(workspace)};
    const WorkOrderStore store(connection.database());
    return OrderList{store.list(), store.departments(), {}};
}

EvaluatedOrders evaluateOrderList(const Workspace &workspace, const std::shared_ptr<std::atomic_bool> &cancelled)
{
    EvaluatedOrders result;
    result.run = evaluateWorkOrders(workspace, [cancelled] { return cancelled->load(); });
    if (!result.run.cancelled)
        result.list = loadOrderList(workspace);
    return result;
}

Baseline readBaseline(const Workspace &workspace, WorkOrder order, std::shared_ptr<const AnalyticsCube> cube)
{
    Baseline baseline;
    const WorkspaceConnection connection(workspace);
    if (!connection.isOpen()) {
        baseline.error = unopened(workspace);
        return baseline;
    }
    if (!cube)
        cube = AnalyticsCube::load(connection.database(), &baseline.error);
    if (cube) {
        const AnalysisSettings settings = AnalysisSettings::fromWorkspace(WorkspaceSettings(connection.database()));
        baseline.found = completeBaseline(order, *cube, connection.database(), settings);
    }
    baseline.order = std::move(order);
    baseline.cube = std::move(cube);
    return baseline;
}

QString exportOrders(const Workspace &workspace, const QList<qint64> &ids,
                     const QHash<qint64, WorkOrderEvaluation> &evaluations, const QString &path)
{
    const WorkspaceConnection connection(workspace);
    if (!connection.isOpen())
        return unopened(workspace);
    WorkOrderExport data = WorkOrderExport::read(WorkOrderStore(connection.database()), ids);
    data.evaluations = evaluations;
    QString error;
    return writeWorkOrderExport(path, data, &error) ? QString() : error;
}

WorkOrderUpdatePlan planUpdates(const Workspace &workspace, const QString &path)
{
    const WorkspaceConnection connection(workspace);
    if (!connection.isOpen()) {
        WorkOrderUpdatePlan plan;
        plan.error = unopened(workspace);
        return plan;
    }
    return WorkOrderUpdateImport::plan(path, WorkOrderStore(connection.database()));
}

WorkOrderUpdateResult applyUpdates(const Workspace &workspace, const WorkOrderUpdatePlan &plan, const QString &analyst,
                                   const std::shared_ptr<std::atomic_bool> &cancelled,
                                   const std::shared_ptr<std::atomic_int> &done)
{
    const WorkspaceConnection connection(workspace);
    if (!connection.isOpen())
        return WorkOrderUpdateResult{0, plan.refused, false, unopened(workspace)};
    WorkOrderStore store(connection.database());
    return WorkOrderUpdateImport::apply(plan, store, analyst, [&](qint64 count, qint64) {
        done->store(int(count));
        return !cancelled->load();
    });
}

} // namespace cx
