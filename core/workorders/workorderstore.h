#pragma once

#include "workorders/workorder.h"
#include "workorders/workorderhistory.h"

#include <QCoreApplication>
#include <QSqlDatabase>

#include <optional>

namespace cx {

/// One field's change within an edit; texts as in WorkOrder::value().
struct FieldChange
{
    WorkOrderField field = WorkOrderField::Title;
    QString oldValue;
    QString newValue;
};

/// A change of one work order, saved as one transaction that bumps its
/// version and writes one history row per changed field.
struct WorkOrderEdit
{
    qint64 orderId = 0;
    int baseVersion = 0; ///< the version the change was based on; a newer stored version refuses it
    QList<FieldChange> changes;
    QString reason; ///< required for 退回, 重开 and a failed verification
    HistoryAction action = HistoryAction::Edit;

    /// An edit of `order` based on its version.
    static WorkOrderEdit of(const WorkOrder &order, QList<FieldChange> changes = {}, QString reason = {});
};

/// What became of an edit.
struct EditOutcome
{
    enum class Result {
        Saved,     ///< committed; version is the new one
        Unchanged, ///< nothing differed from the stored order
        Conflict,  ///< the order changed since baseVersion; message says who changed what
        Refused,   ///< not allowed (a forbidden transition, a missing reason, a bad value)
        Failed,    ///< the workspace could not be written
    };
    Result result = Result::Failed;
    int version = 0;
    QString message; ///< translated, for Conflict, Refused and Failed

    bool ok() const { return result == Result::Saved || result == Result::Unchanged; }
};

/// A new order as created.
struct CreatedWorkOrder
{
    qint64 id = 0;
    QString number;
    QString error; ///< translated; empty on success

    bool ok() const { return id > 0; }
};

/// Reads and writes the work orders of a workspace through one connection
/// (use it on the connection's thread). Every write is a transaction of its
/// own (BEGIN IMMEDIATE, so two processes queue instead of failing half
/// way): the order's row and its history rows commit together or not at
/// all. Numbers are WO-YYYY-NNNN from a per-year sequence, never reused.
/// Orders are never removed: deleting a draft marks it (deleted_at) and
/// keeps its number and history; restoring it clears the mark.
class WorkOrderStore
{
    Q_DECLARE_TR_FUNCTIONS(cx::WorkOrderStore)

public:
    explicit WorkOrderStore(QSqlDatabase db);

    std::optional<WorkOrder> load(qint64 id) const;
    std::optional<WorkOrder> loadByNumber(const QString &number) const;
    /// Every live (not deleted) order, by number.
    QList<WorkOrder> list() const;
    /// The order's history, oldest first.
    QList<WorkOrderHistoryEntry> history(qint64 id) const;
    /// Ids of the complaints linked as evidence.
    QList<qint64> linkedComplaints(qint64 id) const;

    /// Inserts a draft (status 草稿) with a new number, created by `actor`
    /// now, with one history row per field it starts with; the draft's
    /// complaintIds are linked. Refused without a title.
    CreatedWorkOrder create(const WorkOrder &draft, const WorkOrderActor &actor);

    /// Saves an edit in a transaction of its own.
    EditOutcome apply(const WorkOrderEdit &edit, const WorkOrderActor &actor);

    /// Several edits in one transaction (a spreadsheet import): begin, then
    /// applyInTransaction() per edit, then commit or roll back. A refused
    /// edit writes nothing; the others stay pending until commit.
    bool beginWrite(QString *error);
    bool commitWrite(QString *error);
    void rollbackWrite();
    EditOutcome applyInTransaction(const WorkOrderEdit &edit, const WorkOrderActor &actor);

    /// "status 处理中 → 待验证 by 李明 at 14:03; …": the edits after `version`,
    /// for conflict messages.
    QString changesSince(qint64 id, int version) const;

    /// The derived effect of an order (no edit: no version, no history):
    /// the baseline's variance and exposure where still unknown, the current
    /// month's values, the test's p and the effect.
    bool saveEvaluation(qint64 id, const MetricPoint &baseline, const EffectResult &effect);

    /// Departments to offer: the indicator tree's owners, those of existing
    /// orders and the defaults (resources/defaults/workorders.json), sorted.
    QStringList departments() const;

    QSqlDatabase database() const { return m_db; }

private:
    QString nextNumber(int year, QString *error);

    QSqlDatabase m_db;
};

/// The departments of `:/defaults/workorders.json`.
QStringList defaultDepartments();
/// Days from creation to the due date of a new order (workorders.json).
int defaultDueDays();

} // namespace cx
