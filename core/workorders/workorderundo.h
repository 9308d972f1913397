#pragma once

#include "workorders/workorderstore.h"

#include <QCoreApplication>
#include <QUndoCommand>

namespace cx {

class WorkOrderSession;

/// Merge ids of the workspace's undo commands (QUndoCommand::id()); one
/// enum, so that commands of different areas never merge by accident.
enum class UndoCommandId : int {
    WorkOrderTyping = 4001, ///< edits of one field while typing
};

/// One edit of a work order (any fields, a status change with its reason, a
/// deletion): redo saves the changes, undo saves their inverse, each as an
/// edit of its own with history (actions edit/redo/undo). A save that is
/// refused (a conflict with another process, say) makes the command
/// obsolete, so the stack drops it.
class WorkOrderEditCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(cx::WorkOrderEditCommand)

public:
    WorkOrderEditCommand(WorkOrderSession &session, qint64 orderId, const QString &number,
                         QList<FieldChange> changes, QString reason, int typingRun);

    void redo() override;
    void undo() override;
    /// UndoCommandId::WorkOrderTyping for a typing edit of one field, else −1.
    int id() const override;
    /// Merges a later typing edit of the same field of the same order in the same typing run.
    bool mergeWith(const QUndoCommand *other) override;

private:
    void run(HistoryAction action, bool inverse);

    WorkOrderSession &m_session;
    qint64 m_orderId;
    QList<FieldChange> m_changes;
    QString m_reason;
    int m_typingRun; ///< −1: not a typing edit
    bool m_done = false;
};

/// Creating a draft: the first redo creates it, undo deletes it (kept with
/// its number and history), a later redo restores it.
class WorkOrderCreateCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(cx::WorkOrderCreateCommand)

public:
    WorkOrderCreateCommand(WorkOrderSession &session, WorkOrder draft);

    void redo() override;
    void undo() override;


private:
    void setDeleted(bool deleted, HistoryAction action);

    WorkOrderSession &m_session;
    WorkOrder m_draft;
    qint64 m_orderId = 0;
    QString m_deletedAt;
};

} // namespace cx
