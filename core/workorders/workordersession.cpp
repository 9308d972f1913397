#include "workorders/workordersession.h"

#include "workorders/workorderundo.h"
#include "workspace/workspace.h"

#include <QUndoStack>

namespace cx {

using namespace Qt::StringLiterals;

WorkOrderSession::WorkOrderSession(Workspace &workspace)
    : QObject(&workspace)
    , m_workspace(workspace)
    , m_actor(WorkOrderActor::desktop(QString()))
{
    setObjectName(u"workOrderSession"_s);
}

WorkOrderStore WorkOrderSession::store() const
{
    return WorkOrderStore(m_workspace.database());
}

WorkOrderSession *WorkOrderSession::forWorkspace(Workspace &workspace)
{
    if (auto *session = workspace.findChild<WorkOrderSession *>(u"workOrderSession"_s, Qt::FindDirectChildrenOnly))
        return session;
    return new WorkOrderSession(workspace);
}

void WorkOrderSession::track(const WorkOrder &order)
{
    m_versions.insert(order.id, order.version);
}

int WorkOrderSession::knownVersion(qint64 id)
{
    if (const auto it = m_versions.constFind(id); it != m_versions.constEnd())
        return *it;
    const std::optional<WorkOrder> order = store().load(id);
    if (!order)
        return 0;
    track(*order);
    return order->version;
}

qint64 WorkOrderSession::create(const WorkOrder &draft)
{
    m_lastCreated = CreatedWorkOrder();
    m_workspace.undoStack()->push(new WorkOrderCreateCommand(*this, draft));
    if (m_lastCreated.ok())
        m_workspace.notifyDataChanged();
    return m_lastCreated.id;
}

CreatedWorkOrder WorkOrderSession::saveNew(const WorkOrder &draft)
{
    m_lastCreated = store().create(draft, actor());
    if (!m_lastCreated.ok()) {
        Q_EMIT failed(0, m_lastCreated.error);
        return m_lastCreated;
    }
    m_workspace.noteOwnWrite();
    if (const std::optional<WorkOrder> order = store().load(m_lastCreated.id))
        track(*order);
    Q_EMIT orderChanged(m_lastCreated.id);
    return m_lastCreated;
}

bool WorkOrderSession::setFields(qint64 id, const QList<FieldChange> &changes, bool typing)
{
    const std::optional<WorkOrder> order = store().load(id);
    if (!order) {
        Q_EMIT failed(id, WorkOrderStore::tr("The work order no longer exists in this workspace."));
        return false;
    }
    QList<FieldChange> effective;
    for (const FieldChange &change : changes)
        if (order->value(change.field) != change.newValue)
            effective << FieldChange{change.field, order->value(change.field), change.newValue};
    if (effective.isEmpty())
        return true;
    m_workspace.undoStack()->push(
        new WorkOrderEditCommand(*this, id, order->number, effective, QString(), typing ? m_typingRun : -1));
    return m_lastOutcome.ok();
}

bool WorkOrderSession::setField(qint64 id, WorkOrderField field, const QString &value, bool typing)
{
    return setFields(id, {FieldChange{field, QString(), value}}, typing);
}

bool WorkOrderSession::changeStatus(qint64 id, WorkOrderStatus to, const QString &reason)
{
    const std::optional<WorkOrder> order = store().load(id);
    if (!order) {
        Q_EMIT failed(id, WorkOrderStore::tr("The work order no longer exists in this workspace."));
        return false;
    }
    // Refused before it becomes an undo step; the store checks again when saving.
    if (const QString refusal = transitionRefusal(order->status, to, reason); !refusal.isEmpty()) {
        Q_EMIT failed(id, u"%1: %2"_s.arg(order->number, refusal));
        return false;
    }
    endTyping();
    m_workspace.undoStack()->push(new WorkOrderEditCommand(
        *this, id, order->number, {FieldChange{WorkOrderField::Status, statusCode(order->status), statusCode(to)}},
        reason.trimmed(), -1));
    if (m_lastOutcome.ok())
        m_workspace.notifyDataChanged();
    return m_lastOutcome.ok();
}

bool WorkOrderSession::deleteDraft(qint64 id)
{
    const std::optional<WorkOrder> order = store().load(id);
    if (!order)
        return false;
    endTyping();
    m_workspace.undoStack()->push(new WorkOrderEditCommand(
        *this, id, order->number,
        {FieldChange{WorkOrderField::Deleted, QString(), QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)}},
        QString(), -1));
    if (m_lastOutcome.ok())
        m_workspace.notifyDataChanged();
    return m_lastOutcome.ok();
}

EditOutcome WorkOrderSession::save(WorkOrderEdit edit)
{
    edit.baseVersion = knownVersion(edit.orderId);
    m_lastOutcome = store().apply(edit, actor());
    switch (m_lastOutcome.result) {
    case EditOutcome::Result::Saved:
        m_workspace.noteOwnWrite();
        m_versions.insert(edit.orderId, m_lastOutcome.version);
        Q_EMIT orderChanged(edit.orderId);
        break;
    case EditOutcome::Result::Unchanged:
        break;
    case EditOutcome::Result::Conflict:
        if (const std::optional<WorkOrder> order = store().load(edit.orderId))
            track(*order);
        Q_EMIT conflict(edit.orderId, m_lastOutcome.message);
        Q_EMIT orderChanged(edit.orderId);
        break;
    case EditOutcome::Result::Refused:
    case EditOutcome::Result::Failed:
        Q_EMIT failed(edit.orderId, m_lastOutcome.message);
        break;
    }
    return m_lastOutcome;
}

} // namespace cx
