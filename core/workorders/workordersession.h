#pragma once

#include "workorders/workorderstore.h"

#include <QHash>
#include <QObject>

#include <functional>

namespace cx {

class Workspace;

/// The desktop's work-order edits on one open workspace. Every edit is one
/// QUndoCommand on the workspace's undo stack (Workspace::undoStack()) and
/// is saved at once by WorkOrderStore on the workspace's own connection;
/// undo and redo save again and write history too. Each edit is based on
/// the version of the order the user last saw (track()): when another
/// process saved a newer version, the edit is refused with a message saying
/// who changed what, the order is reloaded and conflict() is emitted — never
/// a silent overwrite. One session per workspace, a child of it
/// (forWorkspace()), so it lives exactly as long as the undo stack that
/// holds its commands.
class WorkOrderSession : public QObject
{
    Q_OBJECT

public:
    /// The workspace's session, created on first use.
    static WorkOrderSession *forWorkspace(Workspace &workspace);

    Workspace &workspace() const { return m_workspace; }
    /// A store on the workspace's connection (made per use: the session keeps
    /// no connection handle that would outlive the workspace's).
    WorkOrderStore store() const;

    /// Who the edits are recorded as (the analyst name; source "desktop").
    void setActor(const WorkOrderActor &actor)
    {
        m_actor = actor;
        m_actorProvider = nullptr;
    }
    /// The same, asked at every edit (the name may change in the preferences meanwhile).
    void setActorProvider(std::function<WorkOrderActor()> provider) { m_actorProvider = std::move(provider); }
    WorkOrderActor actor() const { return m_actorProvider ? m_actorProvider() : m_actor; }

    /// Remembers the version of an order the user sees (after loading it).
    void track(const WorkOrder &order);
    /// The tracked version; loads and tracks the order when it is unknown.
    int knownVersion(qint64 id);

    /// Creates a draft (undo deletes it, redo restores it); its id, or 0
    /// when it could not be created (failed() says why).
    qint64 create(const WorkOrder &draft);
    /// Sets fields of one order in one undoable edit. While `typing`, edits
    /// of the same single field of the same order merge into one undo step
    /// until endTyping(). False when refused or in conflict.
    bool setFields(qint64 id, const QList<FieldChange> &changes, bool typing = false);
    bool setField(qint64 id, WorkOrderField field, const QString &value, bool typing = false);
    /// Moves the order to another status; allowed transitions only, with a
    /// reason where the transition needs one.
    bool changeStatus(qint64 id, WorkOrderStatus to, const QString &reason);
    /// Deletes a draft (kept with its number and history; undo restores it).
    bool deleteDraft(qint64 id);
    /// The next edit starts a new undo step even if it is in the same field.
    void endTyping() { ++m_typingRun; }
    int typingRun() const { return m_typingRun; }

    /// Used by the undo commands: saves an edit based on the tracked version
    /// and reports the outcome through the signals.
    EditOutcome save(WorkOrderEdit edit);
    /// Used by the undo commands: creates the draft and tracks it.
    CreatedWorkOrder saveNew(const WorkOrder &draft);

Q_SIGNALS:
    /// An order was saved, created, undone or redone: reload it.
    void orderChanged(qint64 id);
    /// An edit was refused because the order changed elsewhere; it has been
    /// reloaded. `message` says who changed what.
    void conflict(qint64 id, const QString &message);
    /// An edit was refused (a forbidden transition, a missing reason) or
    /// could not be written.
    void failed(qint64 id, const QString &message);

private:
    explicit WorkOrderSession(Workspace &workspace);

    Workspace &m_workspace;
    WorkOrderActor m_actor;
    std::function<WorkOrderActor()> m_actorProvider;
    QHash<qint64, int> m_versions;
    int m_typingRun = 0;
    EditOutcome m_lastOutcome;     ///< of the latest save(), for the command just pushed
    CreatedWorkOrder m_lastCreated; ///< of the latest saveNew()
};

} // namespace cx
