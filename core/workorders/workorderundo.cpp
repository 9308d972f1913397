#include "workorders/workorderundo.h"

#include "workorders/workordersession.h"

namespace cx {

using namespace Qt::StringLiterals;

namespace {

QString commandText(const QString &number, const QList<FieldChange> &changes)
{
    if (changes.size() == 1) {
        const FieldChange &change = changes.constFirst();
        if (change.field == WorkOrderField::Status) {
            const std::optional<WorkOrderStatus> from = parseWorkOrderStatus(change.oldValue);
            const std::optional<WorkOrderStatus> to = parseWorkOrderStatus(change.newValue);
            if (from && to)
                return WorkOrderEditCommand::tr("%1 %2").arg(transitionActionLabel(*from, *to).remove(u'…'), number);
        }
        if (change.field == WorkOrderField::Deleted)
            return WorkOrderEditCommand::tr("Delete %1").arg(number);
        return WorkOrderEditCommand::tr("Edit %1 of %2").arg(fieldLabel(change.field), number);
    }
    return WorkOrderEditCommand::tr("Edit %1").arg(number);
}

} // namespace

WorkOrderEditCommand::WorkOrderEditCommand(WorkOrderSession &session, qint64 orderId, const QString &number,
                                           QList<FieldChange> changes, QString reason, int typingRun)
    : QUndoCommand(commandText(number, changes))
    , m_session(session)
    , m_orderId(orderId)
    , m_changes(std::move(changes))
    , m_reason(std::move(reason))
    , m_typingRun(m_changes.size() == 1 ? typingRun : -1)
{
}

void WorkOrderEditCommand::run(HistoryAction action, bool inverse)
{
    WorkOrderEdit edit;
    edit.orderId = m_orderId;
    edit.action = action;
    edit.reason = m_reason;
    for (const FieldChange &change : std::as_const(m_changes))
        edit.changes << (inverse ? FieldChange{change.field, change.newValue, change.oldValue} : change);
    if (!m_session.save(edit).ok())
        setObsolete(true);
}

void WorkOrderEditCommand::redo()
{
    run(m_done ? HistoryAction::Redo : HistoryAction::Edit, false);
    m_done = true;
}

void WorkOrderEditCommand::undo()
{
    run(HistoryAction::Undo, true);
}

int WorkOrderEditCommand::id() const
{
    return m_typingRun >= 0 ? int(UndoCommandId::WorkOrderTyping) : -1;
}

bool WorkOrderEditCommand::mergeWith(const QUndoCommand *other)
{
    const auto *next = dynamic_cast<const WorkOrderEditCommand *>(other);
    // A later edit that failed is not merged: the stack then drops it as obsolete.
    if (!next || next->isObsolete() || next->m_orderId != m_orderId || next->m_typingRun != m_typingRun
        || next->m_changes.constFirst().field != m_changes.constFirst().field)
        return false;
    m_changes.first().newValue = next->m_changes.constFirst().newValue;
    if (m_changes.constFirst().newValue == m_changes.constFirst().oldValue)
        setObsolete(true); // typed back to where it started: nothing left to undo
    return true;
}

WorkOrderCreateCommand::WorkOrderCreateCommand(WorkOrderSession &session, WorkOrder draft)
    : QUndoCommand(tr("New work order %1").arg(draft.title))
    , m_session(session)
    , m_draft(std::move(draft))
{
}

void WorkOrderCreateCommand::redo()
{
    if (m_orderId == 0) {
        const CreatedWorkOrder created = m_session.saveNew(m_draft);
        if (!created.ok()) {
            setObsolete(true);
            return;
        }
        m_orderId = created.id;
        setText(tr("New work order %1").arg(created.number));
        return;
    }
    setDeleted(false, HistoryAction::Redo);
}

void WorkOrderCreateCommand::undo()
{
    setDeleted(true, HistoryAction::Undo);
}

void WorkOrderCreateCommand::setDeleted(bool deleted, HistoryAction action)
{
    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    WorkOrderEdit edit;
    edit.orderId = m_orderId;
    edit.action = action;
    edit.changes << (deleted ? FieldChange{WorkOrderField::Deleted, QString(), now}
                             : FieldChange{WorkOrderField::Deleted, m_deletedAt, QString()});
    m_deletedAt = deleted ? now : QString();
    if (!m_session.save(edit).ok())
        setObsolete(true);
}

} // namespace cx
