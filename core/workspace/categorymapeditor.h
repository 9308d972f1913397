#pragma once

#include "workspace/categorymapchange.h"

#include <QFuture>
#include <QHash>
#include <QMutex>
#include <QObject>

#include <optional>

namespace cx {

class CategoryMap;
class Workspace;

/// The journey stages and category map of one workspace as the user edits
/// them. Every edit is checked (validateJourneyChange()), pushed as one
/// command onto the workspace's undo stack, shown at once, and applied to
/// the workspace on a worker thread (applyJourneyChange(): complaints
/// re-derived, aggregates recounted), one change after another; undo and
/// redo apply the inverse the same way. Workspace::notifyDataChanged()
/// follows each applied change.
///
/// There is one editor per workspace, a child of it (forWorkspace()), so that
/// the commands on the undo stack keep working after a dialog closes.
class CategoryMapEditor : public QObject
{
    Q_OBJECT

public:
    /// The workspace's editor, created on first use.
    static CategoryMapEditor *forWorkspace(Workspace &workspace);
    /// Waits until every change made is applied.
    ~CategoryMapEditor() override;

    Workspace &workspace() const { return m_workspace; }

    /// Reads stages, map and complaint counts on a worker thread; loaded() follows.
    void reload();
    bool isLoaded() const { return m_loaded; }
    /// A load or a change is running or waiting.
    bool isBusy() const { return !m_jobs.isEmpty(); }
    /// Blocks until every load and change asked for is done (their signals
    /// are still to come from the event loop).
    void waitForIdle();

    const QStringList &stages() const { return m_stages; }
    /// The map's rows, sorted by category.
    const QList<CategoryMapping> &mappings() const { return m_mappings; }
    /// Categories of complaints the map does not place (finest level), sorted.
    const QStringList &unmappedCategories() const { return m_unmapped; }
    /// Complaints placed by the map row `category`, or of the unmapped category.
    qint64 complaintsOf(const QString &category) const { return m_complaintsByCategory.value(category); }
    /// Complaints filed under `stage` by the current map.
    qint64 complaintsInStage(const QString &stage) const { return m_complaintsByStage.value(stage); }
    /// Map rows that place categories under `stage`.
    int categoriesInStage(const QString &stage) const;
    /// Survey questions and work orders that refer to `stage`: it cannot be removed while any do.
    int referencesToStage(const QString &stage) const { return m_stageReferences.value(stage); }

    // Edits. Each returns why it cannot be made (translated), or an empty
    // string when it was pushed onto the undo stack.
    QString addStage(const QString &name, int position);
    QString renameStage(const QString &from, const QString &to);
    QString moveStage(int from, int to);
    QString removeStage(const QString &name);
    /// Adds the row or replaces the one with the same category.
    QString setMapping(const CategoryMapping &mapping);
    QString removeMapping(const QString &category);
    /// Any change, with the text the undo stack shows for it.
    QString push(const JourneyChange &change, const QString &text);

    /// Shows `change` and queues it for the workspace (what the undo
    /// commands call; use push() to edit).
    void submit(const JourneyChange &change);

Q_SIGNALS:
    void loaded();
    /// The stages, the map rows or the counts changed (an edit, an undo, a load).
    void changed();
    void busyChanged(bool busy);
    /// Of the change being applied, in permille.
    void progress(int permille);
    void changeApplied(const cx::JourneyChangeReport &report);
    /// A change could not be applied; the editor reloads what the workspace holds.
    void failed(const QString &message);

private:
    explicit CategoryMapEditor(Workspace &workspace);

    struct Snapshot
    {
        bool ok = false;
        QString error;
        QStringList stages;
        QList<CategoryMapping> mappings;
        QList<CategoryCombination> combinations;
        QHash<QString, int> stageReferences;
    };
    static Snapshot readSnapshot(const QString &path);
    /// Queues a change, or a load for none, for the worker.
    void enqueue(std::optional<JourneyChange> job);
    void work();
    void adopt(const Snapshot &snapshot);
    void finishChange(const JourneyChangeReport &report);
    /// Shows what `change` leaves: stages, rows, counts.
    void show(const JourneyChange &change);
    void recount();
    std::optional<CategoryMapping> mappingOf(const QString &category) const;

    Workspace &m_workspace;
    QString m_path;
    bool m_loaded = false;
    // The jobs asked for and not reported back yet, in order (this thread's
    // copy of the worker's queue): a load that arrives shows the changes after it again.
    QList<std::optional<JourneyChange>> m_jobs;

    // Shared with the worker, under m_mutex.
    QMutex m_mutex;
    QList<std::optional<JourneyChange>> m_queue;
    bool m_working = false;
    QFuture<void> m_future;

    QStringList m_stages;
    QList<CategoryMapping> m_mappings;
    QList<CategoryCombination> m_combinations;
    QHash<QString, int> m_stageReferences;
    QStringList m_unmapped;
    QHash<QString, qint64> m_complaintsByCategory;
    QHash<QString, qint64> m_complaintsByStage;
};

} // namespace cx
