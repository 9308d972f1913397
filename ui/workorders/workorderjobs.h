#pragma once

#include "workorders/workorderevaluation.h"
#include "workorders/workorderexport.h"
#include "workorders/workorderimport.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <atomic>
#include <memory>

// The work-order view's background work, each function for a worker thread
// with a connection of its own to the workspace (which must outlive it).

namespace cx {

class Workspace;

/// The live orders and the departments to offer.
struct OrderList
{
    QList<WorkOrder> orders;
    QStringList departments;
    QString error;
};
OrderList loadOrderList(const Workspace &workspace);

/// Every order's effect recomputed from the data and saved, then the list again.
struct EvaluatedOrders
{
    OrderList list;
    EvaluationRun run;
};
EvaluatedOrders evaluateOrderList(const Workspace &workspace, const std::shared_ptr<std::atomic_bool> &cancelled);

/// An order (a draft to create, or one whose metric changed) with its
/// baseline read from the data; `cube` is reused when given, else loaded.
struct Baseline
{
    WorkOrder order;
    bool found = false;
    std::shared_ptr<const AnalyticsCube> cube;
    QString error;
};
Baseline readBaseline(const Workspace &workspace, WorkOrder order, std::shared_ptr<const AnalyticsCube> cube);

/// Writes the orders `ids` (with their history and charts) to `path`; an error or empty.
QString exportOrders(const Workspace &workspace, const QList<qint64> &ids,
                     const QHash<qint64, WorkOrderEvaluation> &evaluations, const QString &path);

WorkOrderUpdatePlan planUpdates(const Workspace &workspace, const QString &path);
/// Applies the plan, counting progress into `done` and stopping (nothing
/// written) when `cancelled` is set.
WorkOrderUpdateResult applyUpdates(const Workspace &workspace, const WorkOrderUpdatePlan &plan, const QString &analyst,
                                   const std::shared_ptr<std::atomic_bool> &cancelled,
                                   const std::shared_ptr<std::atomic_int> &done);

} // namespace cx
