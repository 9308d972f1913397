#pragma once

#include "service/deskanalysis.h"
#include "service/factanalyses.h"
#include "service/jobtracker.h"
#include "service/stageowners.h"
#include "workspace/dimensions.h"
#include "workspace/workspace.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QThreadPool>

#include <array>
#include <memory>

namespace cx {

class SqlWorker;

/// The one owner of the analysis state of the open workspace. It loads the
/// cube on a worker thread (first folding newly imported rows into the
/// aggregates, with progress and cancel), reloads it when the workspace's
/// data change, recomputes the desk's analysis (analyzeDesk()) on every
/// filter change, and computes the fact analyses (FactKind) on demand on a
/// worker connection. Every job is tracked by generation (JobTracker): a
/// result that a newer filter or workspace made stale is dropped. Views only
/// render what it hands them; results of recent filters are kept, so going
/// back to one, or switching views, costs nothing.
class AnalysisService : public QObject
{
    Q_OBJECT

public:
    enum class Status {
        NoWorkspace,
        Loading,   ///< no cube yet: loading (or folding new rows into the aggregates)
        Ready,     ///< a cube is loaded (it may be reloading in the background)
        Failed,    ///< the workspace could not be analysed (statusMessage() says why)
        Cancelled, ///< the user cancelled the preparation; reload() starts it again
    };

    explicit AnalysisService(QObject *parent = nullptr);
    ~AnalysisService() override;

    /// The workspace to analyse (not owned; null: none). Starts loading.
    void setWorkspace(Workspace *workspace);
    Workspace *workspace() const { return m_workspace; }
    /// Loads the cube again (called on Workspace::dataChanged()).
    void reload();
    /// The workspace's word lists were edited: keywords and pain-point tags
    /// are folded again (reload()); isRecomputingText() until a result of
    /// the new cube is ready.
    void reloadWordLists();
    /// Whether the keywords and tags of result() are of word lists edited since.
    bool isRecomputingText() const { return m_textRecompute != TextRecompute::None; }
    /// Cancels loading; the current cube, if any, stays.
    void cancelLoading();

    void setFilter(const AnalysisFilter &filter);
    const AnalysisFilter &filter() const { return m_filter; }

    Status status() const { return m_status; }
    /// Why the analysis failed, or what is being loaded.
    QString statusMessage() const { return m_statusMessage; }
    /// Loading, folding aggregates or recomputing for the filter.
    bool isBusy() const;
    /// Whether the result for filter() is still being computed.
    bool isComputing() const { return m_deskJobs.isBusy(); }
    /// Whether the complaint browse index is being built in the background.
    bool isIndexing() const { return m_indexJobs.isBusy(); }

    /// The loaded cube (null before the first load); immutable, shareable with workers.
    std::shared_ptr<const AnalyticsCube> cube() const { return m_cube; }
    /// Thresholds read from the workspace at load.
    const DeskSettings &settings() const { return m_settings; }
    /// Row counts of the workspace at load (what it holds, for "no data" messages).
    const WorkspaceSummary &summary() const { return m_summary; }
    /// Perception elements and departments of each stage (read at load).
    const QHash<QString, StageOwners> &stageOwners() const { return m_owners; }

    /// The newest result; its filter is filter() once resultReady() was
    /// emitted for it. Null before the first.
    std::shared_ptr<const DeskAnalysis> result() const { return m_result; }
    /// True when result() is for filter().
    bool isCurrent() const { return m_result && m_result->filter == m_filter; }
    /// True when result() is for filter() and holds the alerts of the whole
    /// history too (they follow the rest: resultReady() is emitted again).
    bool isComplete() const { return isCurrent() && m_result->historyComplete; }

    /// Asks for a fact analysis of filter(): true when facts() already holds
    /// it; otherwise it is computed and factReady() follows.
    bool request(FactKind kind);
    /// The fact analyses computed for filter() so far. Those read from the
    /// workspace are computed one at a time on its worker connection, those
    /// from the cube alone (isCubeFact()) on a thread of their own.
    const FactAnalyses &facts() const { return m_facts; }

    /// The worker whose connection complaint tables fetch their pages on
    /// (null without a workspace); replaced when the workspace changes
    /// (workspaceChanged()).
    std::shared_ptr<SqlWorker> browseWorker() const { return m_browseWorker; }

    /// Blocks until the current jobs are done and their results applied
    /// (tests, `--grab`, benchmarks); false after `timeoutMs`.
    bool waitUntilIdle(int timeoutMs);

Q_SIGNALS:
    void workspaceChanged();
    void statusChanged();
    /// A cube was loaded: the filter's lists (months, products) may have changed.
    void cubeLoaded();
    /// setFilter() changed the filter: views may ask for their facts at once
    /// (request()), while the desk's analysis of it is computed.
    void filterChanged();
    /// result() was replaced.
    void resultReady();
    /// facts() now holds `kind` for filter().
    void factReady(cx::FactKind kind);
    /// Background work the status bar shows (loading, folding new rows into
    /// the aggregates, indexing): `permille` −1 when unknown. Cancellable
    /// with cancelLoading().
    void progress(int permille, const QString &text);
    /// The background work reported by progress() is over.
    void progressFinished();
    void busyChanged(bool busy);

private:
    struct Loaded;
    void startLoad();
    void applyLoad(const std::shared_ptr<Loaded> &loaded);
    void recompute();
    void applyResult(std::shared_ptr<const DeskAnalysis> result);
    void startHistory(const std::shared_ptr<const DeskAnalysis> &result);
    void startBrowseIndex();
    void setStatus(Status status, const QString &message = {});
    AnalysisFilter factFilter(FactKind kind) const;
    void updateBusy();

    QPointer<Workspace> m_workspace;
    std::shared_ptr<SqlWorker> m_factWorker;
    std::shared_ptr<SqlWorker> m_browseWorker;
    Status m_status = Status::NoWorkspace;
    QString m_statusMessage;
    AnalysisFilter m_filter;
    std::shared_ptr<const AnalyticsCube> m_cube;
    DeskSettings m_settings;
    WorkspaceSummary m_summary;
    QHash<QString, StageOwners> m_owners;
    std::shared_ptr<const DeskAnalysis> m_result;
    QList<std::shared_ptr<const DeskAnalysis>> m_recent; ///< most recent first
    FactAnalyses m_facts;
    QList<std::pair<AnalysisFilter, FactAnalyses>> m_recentFacts; ///< most recent first, without the current
    bool m_busy = false;
    QThreadPool m_cubeFactPool; ///< the facts computed from the cube alone
    enum class TextRecompute { None, Folding, AwaitingResult };
    TextRecompute m_textRecompute = TextRecompute::None;

    // Declared last: destroyed first, so that no job outlives what it reports to.
    JobTracker m_loadJobs;
    JobTracker m_indexJobs;
    JobTracker m_deskJobs;
    JobTracker m_historyJobs;
    std::array<std::unique_ptr<JobTracker>, factKindCount> m_factJobs;
};

} // namespace cx
