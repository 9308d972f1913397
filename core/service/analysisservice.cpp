#include "service/analysisservice.h"

#include "analytics/aggregates.h"
#include "analytics/keywordfold.h"
#include "pipeline/importlock.h"
#include "service/complaintbrowser.h"
#include "service/sqlworker.h"
#include "settings/workspacesettings.h"
#include "workspace/workspace.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QTimer>

#include <sqlite3.h>

#include <algorithm>
#include <chrono>
#include <optional>

namespace cx {

using namespace Qt::StringLiterals;

namespace {

constexpr int recentResults = 8;
constexpr int recentFactSets = 4;

// Interrupts the statement running on a connection once the job is cancelled,
// and tells the job's tracker every half second that it is still at work.
class Interruption
{
public:
    Interruption(sqlite::Database &db, const JobToken &token, QString text)
        : m_db(db)
        , m_token(token)
        , m_text(std::move(text))
    {
        m_clock.start();
        sqlite3_progress_handler(m_db.handle(), 20000, &Interruption::check, this);
    }
    ~Interruption() { sqlite3_progress_handler(m_db.handle(), 0, nullptr, nullptr); }
    Interruption(const Interruption &) = delete;
    Interruption &operator=(const Interruption &) = delete;

private:
    static int check(void *self)
    {
        auto *interruption = static_cast<Interruption *>(self);
        if (interruption->m_token.isCancelled())
            return 1;
        if (interruption->m_clock.elapsed() >= interruption->m_reported + 500) {
            interruption->m_reported = interruption->m_clock.elapsed();
            interruption->m_token.reportProgress(-1, interruption->m_text);
        }
        return 0;
    }

    sqlite::Database &m_db;
    JobToken m_token;
    QString m_text;
    QElapsedTimer m_clock;
    qint64 m_reported = 0;
};

} // namespace

struct AnalysisService::Loaded
{
    std::shared_ptr<const AnalyticsCube> cube;
    DeskSettings settings;
    WorkspaceSummary summary;
    QHash<QString, StageOwners> owners;
    QString error;
    bool browseIndexMissing = false;
};

AnalysisService::AnalysisService(QObject *parent)
    : QObject(parent)
{
    m_cubeFactPool.setMaxThreadCount(1);
    for (auto &tracker : m_factJobs) {
        tracker = std::make_unique<JobTracker>();
        connect(tracker.get(), &JobTracker::busyChanged, this, &AnalysisService::updateBusy);
    }
    for (JobTracker *tracker : {&m_loadJobs, &m_deskJobs, &m_historyJobs})
        connect(tracker, &JobTracker::busyChanged, this, &AnalysisService::updateBusy);
    for (JobTracker *tracker : {&m_loadJobs, &m_indexJobs}) {
        connect(tracker, &JobTracker::progress, this, &AnalysisService::progress);
        connect(tracker, &JobTracker::busyChanged, this, [this] {
            if (!m_loadJobs.isBusy() && !m_indexJobs.isBusy())
                Q_EMIT progressFinished();
        });
    }
    connect(&m_loadJobs, &JobTracker::cancelled, this, [this] {
        if (!m_cube)
            setStatus(Status::Cancelled, tr("Preparing the analysis was cancelled."));
    });
}

AnalysisService::~AnalysisService()
{
    m_loadJobs.cancel();
    m_indexJobs.cancel();
}

void AnalysisService::setWorkspace(Workspace *workspace)
{
    if (m_workspace)
        disconnect(m_workspace, nullptr, this, nullptr);
    for (auto &tracker : m_factJobs)
        tracker->cancel();
    m_deskJobs.cancel();
    m_historyJobs.cancel();
    m_loadJobs.cancel();
    m_indexJobs.cancel();
    // The old workers wait for the jobs still running on them; let them do that off the GUI thread.
    if (m_factWorker || m_browseWorker) {
        backgroundPool()->start(
            [fact = std::move(m_factWorker), browse = std::move(m_browseWorker)]() mutable {
                fact.reset();
                browse.reset();
            });
    }
    m_workspace = workspace;
    m_cube.reset();
    m_result.reset();
    m_recent.clear();
    m_facts = {};
    m_recentFacts.clear();
    m_summary = {};
    m_owners.clear();
    m_settings = {};
    if (m_workspace) {
        m_factWorker = std::make_shared<SqlWorker>(m_workspace->path());
        m_browseWorker = std::make_shared<SqlWorker>(m_workspace->path());
        connect(m_workspace, &Workspace::dataChanged, this, &AnalysisService::reload);
        connect(m_workspace, &QObject::destroyed, this, [this] { setWorkspace(nullptr); });
    }
    Q_EMIT workspaceChanged();
    Q_EMIT resultReady();
    if (m_workspace) {
        setStatus(Status::Loading, tr("Loading the analysis…"));
        startLoad();
    } else {
        setStatus(Status::NoWorkspace);
    }
}

void AnalysisService::reload()
{
    if (!m_workspace)
        return;
    if (!m_cube)
        setStatus(Status::Loading, tr("Loading the analysis…"));
    startLoad();
}

void AnalysisService::reloadWordLists()
{
    m_textRecompute = TextRecompute::Folding;
    Q_EMIT statusChanged();
    reload();
}

void AnalysisService::cancelLoading()
{
    m_loadJobs.cancel();
    m_indexJobs.cancel();
}

void AnalysisService::startLoad()
{
    m_indexJobs.cancel(); // it holds the write lock the fold needs
    SqlWorker *worker = m_factWorker.get();
    const bool wordLists = m_textRecompute != TextRecompute::None;
    m_loadJobs.start(
        worker->pool(),
        [worker, wordLists](const JobToken &token) {
            auto loaded = std::make_shared<Loaded>();
            sqlite::Database &db = worker->native();
            if (!db.isOpen()) {
                loaded->error = tr("Cannot open %1: %2").arg(worker->workspacePath(), db.errorString());
                return loaded;
            }
            // An import by another program (cxwb-cli) holds the write lock the folds below need for as
            // long as it loads, and under its bulk journal keeps readers out too: the load waits for it,
            // saying so, instead of failing on SQLite's busy timeout. Held over the folds, released
            // before the cube is read.
            std::optional<ImportLock> importLock(std::in_place, worker->workspacePath());
            const auto waiting = [&token] {
                token.reportProgress(-1, tr("Waiting for another program to finish importing into this workspace…"));
            };
            if (!importLock->acquire(std::chrono::hours(24), waiting, &loaded->error, token.flag()))
                return loaded;
            const AggregateState state = aggregateState(db);
            if (state != AggregateState::Current) {
                const QString text = wordLists ? tr("Recomputing keywords and pain-point tags with the edited word lists…")
                    : state == AggregateState::Stale
                    ? tr("Rebuilding the analysis tables after a deleted import…")
                    : tr("Adding newly imported rows to the analysis tables…");
                token.reportProgress(-1, text);
                // In a transaction of our own: a cancelled fold is rolled back whole, whatever
                // statement the interruption hit.
                if (!db.exec(u"BEGIN IMMEDIATE"_s)) {
                    loaded->error = db.errorString();
                    return loaded;
                }
                bool folded = false;
                {
                    const Interruption interruption(db, token, text);
                    folded = updateAggregates(db, 0, &loaded->error);
                }
                if (!folded || token.isCancelled() || !db.exec(u"COMMIT"_s)) {
                    if (folded && !token.isCancelled())
                        loaded->error = db.errorString();
                    db.exec(u"ROLLBACK"_s);
                    return loaded;
                }
            }
            // The keywords of an import's rows follow it in a step of their own, committed
            // in chunks: a cancel keeps the chunks done, and the next load goes on from there.
            if (!token.isCancelled() && keywordsBehind(db)) {
                const QString text = tr("Finding the keywords of newly imported complaints…");
                token.reportProgress(0, text);
                const auto progress = [&token, &text](qint64 done, qint64 total) {
                    token.reportProgress(int(done * 1000 / std::max<qint64>(total, 1)), text);
                    return !token.isCancelled();
                };
                if (!foldKeywords(db, &loaded->error, progress))
                    return loaded;
            }
            importLock.reset();
            if (token.isCancelled())
                return loaded;
            token.reportProgress(-1, tr("Loading the analysis…"));
            loaded->cube = AnalyticsCube::load(worker->workspacePath(), &loaded->error);
            const QSqlDatabase connection = worker->connection();
            loaded->settings = DeskSettings::fromWorkspace(WorkspaceSettings(connection));
            loaded->summary = WorkspaceSummary::read(connection);
            loaded->owners = cx::stageOwners(connection);
            loaded->browseIndexMissing = !ComplaintBrowser::hasBrowseIndex(db);
            return loaded;
        },
        [this](const std::shared_ptr<Loaded> &loaded) { applyLoad(loaded); });
}

void AnalysisService::applyLoad(const std::shared_ptr<Loaded> &loaded)
{
    if (!loaded->cube) {
        if (!m_cube)
            setStatus(Status::Failed, loaded->error);
        return;
    }
    m_cube = loaded->cube;
    m_settings = loaded->settings;
    m_summary = loaded->summary;
    m_owners = loaded->owners;
    m_recent.clear();
    m_recentFacts.clear();
    m_facts = {};
    if (m_textRecompute == TextRecompute::Folding)
        m_textRecompute = TextRecompute::AwaitingResult;
    setStatus(Status::Ready);
    Q_EMIT cubeLoaded();
    recompute();
    if (loaded->browseIndexMissing && m_summary.hasComplaints)
        startBrowseIndex();
}

void AnalysisService::startBrowseIndex()
{
    const QString path = m_factWorker->workspacePath();
    m_indexJobs.start(
        nullptr,
        [path](const JobToken &token) {
            sqlite::Database db;
            if (!db.open(path))
                return false;
            const QString text = tr("Indexing complaints for browsing…");
            token.reportProgress(-1, text);
            const Interruption interruption(db, token, text);
            return ComplaintBrowser::createBrowseIndex(db);
        },
        [](bool) {});
}

void AnalysisService::setFilter(const AnalysisFilter &filter)
{
    if (filter == m_filter) {
        if (!isCurrent() && !m_deskJobs.isBusy())
            recompute();
        return;
    }
    for (auto &tracker : m_factJobs)
        tracker->cancel();
    // Fact analyses of recent filters are kept: going back to one shows them at once.
    m_recentFacts.prepend({m_filter, std::move(m_facts)});
    m_facts = {};
    for (qsizetype i = 0; i < m_recentFacts.size(); ++i) {
        if (m_recentFacts.at(i).first == filter) {
            m_facts = std::move(m_recentFacts[i].second);
            m_recentFacts.removeAt(i);
            break;
        }
    }
    if (m_recentFacts.size() > recentFactSets)
        m_recentFacts.resize(recentFactSets);
    m_filter = filter;
    recompute();
    Q_EMIT filterChanged();
}

void AnalysisService::recompute()
{
    if (!m_cube)
        return;
    for (qsizetype i = 0; i < m_recent.size(); ++i) {
        if (m_recent.at(i)->filter == m_filter) {
            m_deskJobs.cancel();
            m_historyJobs.cancel();
            applyResult(m_recent.at(i));
            return;
        }
    }
    m_historyJobs.cancel();
    m_deskJobs.start(
        nullptr,
        [cube = m_cube, filter = m_filter, settings = m_settings](const JobToken &) {
            return std::make_shared<const DeskAnalysis>(analyzeDesk(*cube, filter, settings));
        },
        [this](std::shared_ptr<const DeskAnalysis> result) { applyResult(std::move(result)); });
}

void AnalysisService::applyResult(std::shared_ptr<const DeskAnalysis> result)
{
    m_recent.removeIf([&](const std::shared_ptr<const DeskAnalysis> &r) { return r->filter == result->filter; });
    m_recent.prepend(result);
    if (m_recent.size() > recentResults)
        m_recent.resize(recentResults);
    m_result = std::move(result);
    if (m_textRecompute == TextRecompute::AwaitingResult)
        m_textRecompute = TextRecompute::None;
    Q_EMIT resultReady();
    if (!m_result->historyComplete)
        startHistory(m_result);
}

void AnalysisService::startHistory(const std::shared_ptr<const DeskAnalysis> &result)
{
    m_historyJobs.start(
        nullptr,
        [cube = m_cube, result](const JobToken &) {
            auto complete = std::make_shared<DeskAnalysis>(*result);
            addHistory(*complete, *cube);
            return std::shared_ptr<const DeskAnalysis>(std::move(complete));
        },
        [this](std::shared_ptr<const DeskAnalysis> complete) {
            if (complete->filter == m_filter)
                applyResult(std::move(complete));
        });
}

AnalysisFilter AnalysisService::factFilter(FactKind kind) const
{
    AnalysisFilter filter = m_filter;
    // The dashboard compares the period's last month with the month before.
    if (kind == FactKind::Attainment && m_result && m_result->filter == m_filter && m_result->hasPeriod()) {
        filter.toMonth = m_result->month;
        filter.fromMonth = m_result->previousMonth.isEmpty() ? m_result->month : m_result->previousMonth;
    }
    return filter;
}

bool AnalysisService::request(FactKind kind)
{
    if (m_facts.has(kind))
        return true;
    JobTracker &tracker = *m_factJobs[std::size_t(kind)];
    if (!m_factWorker || !m_cube || tracker.isBusy())
        return false;
    if (kind == FactKind::Attainment && !isCurrent())
        return false; // asked again once the period is resolved
    SqlWorker *worker = m_factWorker.get();
    const AnalysisFilter filter = factFilter(kind);
    const AnalysisFilter current = m_filter;
    const auto apply = [this, kind, current](FactAnalyses result) {
        if (!(current == m_filter))
            return;
        m_facts.take(kind, std::move(result));
        Q_EMIT factReady(kind);
    };
    if (isCubeFact(kind)) {
        // Not on the worker connection: a long one still running for a filter
        // left behind would hold up the facts of the next.
        tracker.start(
            &m_cubeFactPool,
            [kind, cube = m_cube, filter, settings = m_settings.analysis](const JobToken &token) {
                return computeCubeFact(kind, cube->scope(filter), settings, token.flag());
            },
            apply);
        return false;
    }
    tracker.start(
        worker->pool(),
        [worker, kind, cube = m_cube, filter](const JobToken &) {
            return computeFact(kind, worker->connection(), cube->scope(filter));
        },
        apply);
    return false;
}

bool AnalysisService::isBusy() const
{
    if (m_loadJobs.isBusy() || m_deskJobs.isBusy() || m_historyJobs.isBusy())
        return true;
    for (const auto &tracker : m_factJobs)
        if (tracker->isBusy())
            return true;
    return false;
}

void AnalysisService::updateBusy()
{
    const bool busy = isBusy();
    if (busy == m_busy)
        return;
    m_busy = busy;
    Q_EMIT busyChanged(busy);
}

bool AnalysisService::waitUntilIdle(int timeoutMs)
{
    if (!isBusy())
        return true;
    QEventLoop loop;
    const auto connection = connect(this, &AnalysisService::busyChanged, &loop, [&loop](bool busy) {
        if (!busy)
            loop.quit();
    });
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    loop.exec();
    disconnect(connection);
    return !isBusy();
}

void AnalysisService::setStatus(Status status, const QString &message)
{
    if (status == m_status && message == m_statusMessage)
        return;
    m_status = status;
    m_statusMessage = message;
    Q_EMIT statusChanged();
}

} // namespace cx
