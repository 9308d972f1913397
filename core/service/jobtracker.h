#pragma once

#include "service/workerpriority.h"

#include <QFuture>
#include <QFutureWatcher>
#include <QList>
#include <QObject>
#include <QString>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentRun>

#include <atomic>
#include <memory>
#include <type_traits>
#include <utility>

namespace cx {

class JobTracker;

/// The threads background jobs run on when no pool of their own is given
/// (JobTracker::start() with a null pool). Not QThreadPool::globalInstance():
/// Qt's raster engine splits the filling of a large area into pieces on the
/// global pool and the GUI thread waits for them as it paints, so a long
/// analysis running there (and the lower priority it gives its thread) would
/// hold up every paint behind it.
QThreadPool *backgroundPool();

/// What a job started by a JobTracker is handed: whether it should stop, and
/// a way to say how far it got. Copies share one state; safe to use on the
/// worker thread.
class JobToken
{
public:
    /// True once the job was cancelled or replaced by a newer one: its
    /// result will be dropped, so it may stop early.
    bool isCancelled() const { return m_state && m_state->cancelled.load(std::memory_order_relaxed); }
    /// The flag isCancelled() reads, for code that polls it itself (an
    /// SQLite progress handler). Null for a token not from a tracker.
    const std::atomic_bool *flag() const { return m_state ? &m_state->cancelled : nullptr; }
    /// Tells the tracker's thread how far the job got: `permille` in
    /// 0..1000, or -1 when it cannot say; `text` says what it is doing.
    /// Ignored once the job is no longer the tracker's current one.
    void reportProgress(int permille, const QString &text) const;

private:
    friend class JobTracker;
    struct State
    {
        std::atomic_bool cancelled{false};
        JobTracker *tracker = nullptr;
        quint64 generation = 0;
    };
    std::shared_ptr<State> m_state;
};

/// Runs one kind of filter-driven work off the GUI thread, one generation at
/// a time: every start() replaces the current job (which is told to stop and
/// whose result is dropped), and only the result of the newest job is applied,
/// on the thread the tracker lives in. A view or service owns one tracker per
/// kind of result; the destructor cancels and waits, so a job never outlives
/// the object it reports to. Jobs run at a lower scheduling priority than the
/// GUI thread (lowerWorkerPriority()), so that they never hold it up.
class JobTracker : public QObject
{
    Q_OBJECT

public:
    explicit JobTracker(QObject *parent = nullptr);
    ~JobTracker() override;

    /// Starts `work(const JobToken &)` on `pool` (backgroundPool() when null)
    /// and cancels the current job. When `work` returns and no newer job
    /// was started or cancel() called meanwhile, `apply(result)` runs on the
    /// tracker's thread. A job cancelled while it waits for a thread of the
    /// pool does not run `work` at all. Returns the job's generation number.
    template<typename Work, typename Apply>
    quint64 start(QThreadPool *pool, Work work, Apply apply);

    /// Cancels the current job: it is told to stop and its result dropped.
    void cancel();
    /// Whether the current job is still running.
    bool isBusy() const { return m_busy; }
    /// The generation of the newest job started (0 before the first).
    quint64 generation() const { return m_generation; }
    /// Blocks until every job started has returned (results still to be
    /// applied are delivered by the event loop afterwards).
    void waitForIdle();

Q_SIGNALS:
    void busyChanged(bool busy);
    /// Progress of the current job (see JobToken::reportProgress()).
    void progress(int permille, const QString &text);
    /// The current job was cancelled with cancel().
    void cancelled();

private:
    JobToken beginJob();
    void track(const QFuture<void> &future);
    /// True when `generation` is still the current job (then it is no longer busy).
    bool finishJob(quint64 generation);
    void setBusy(bool busy);
    void deliverProgress(quint64 generation, int permille, const QString &text);
    friend class JobToken;

    quint64 m_generation = 0;
    bool m_busy = false;
    JobToken m_current;
    QList<QFuture<void>> m_futures;
};

template<typename Work, typename Apply>
quint64 JobTracker::start(QThreadPool *pool, Work work, Apply apply)
{
    using Result = std::invoke_result_t<Work &, const JobToken &>;
    const JobToken token = beginJob();
    const quint64 generation = m_generation;
    auto *watcher = new QFutureWatcher<Result>(this);
    connect(watcher, &QFutureWatcherBase::finished, this,
            [this, watcher, generation, apply = std::move(apply)]() mutable {
                watcher->deleteLater();
                if (!finishJob(generation))
                    return;
                // A copy, not takeResult(): taking resets the shared state waitForIdle() waits on.
                apply(watcher->future().result());
                // apply() may have started the next job already.
                if (generation == m_generation)
                    setBusy(false);
            });
    const QFuture<Result> future = QtConcurrent::run(pool ? pool : backgroundPool(),
                                                     [work = std::move(work), token]() mutable -> Result {
                                                         // Superseded while queued: its result would be dropped.
                                                         if (token.isCancelled())
                                                             return Result{};
                                                         lowerWorkerPriority();
                                                         return work(token);
                                                     });
    track(QFuture<void>(future));
    watcher->setFuture(future);
    return generation;
}

} // namespace cx
