#include "service/jobtracker.h"

#include <QMetaObject>

namespace cx {

using namespace Qt::StringLiterals;

QThreadPool *backgroundPool()
{
    static QThreadPool pool;
    static const bool configured = [] {
        pool.setObjectName(u"background jobs"_s);
        return true;
    }();
    Q_UNUSED(configured);
    return &pool;
}

void JobToken::reportProgress(int permille, const QString &text) const
{
    if (!m_state || isCancelled())
        return;
    // The tracker waits for its jobs in its destructor, so it outlives this call.
    JobTracker *tracker = m_state->tracker;
    const quint64 generation = m_state->generation;
    QMetaObject::invokeMethod(
        tracker, [tracker, generation, permille, text] { tracker->deliverProgress(generation, permille, text); },
        Qt::QueuedConnection);
}

JobTracker::JobTracker(QObject *parent)
    : QObject(parent)
{
}

JobTracker::~JobTracker()
{
    if (m_current.m_state)
        m_current.m_state->cancelled = true;
    waitForIdle();
}

JobToken JobTracker::beginJob()
{
    if (m_current.m_state)
        m_current.m_state->cancelled = true;
    m_current.m_state = std::make_shared<JobToken::State>();
    m_current.m_state->tracker = this;
    m_current.m_state->generation = ++m_generation;
    setBusy(true);
    return m_current;
}

void JobTracker::track(const QFuture<void> &future)
{
    m_futures.removeIf([](const QFuture<void> &f) { return f.isFinished(); });
    m_futures << future;
}

bool JobTracker::finishJob(quint64 generation)
{
    return generation == m_generation && !m_current.isCancelled();
}

void JobTracker::cancel()
{
    if (!m_busy)
        return;
    m_current.m_state->cancelled = true;
    ++m_generation;
    setBusy(false);
    Q_EMIT cancelled();
}

void JobTracker::waitForIdle()
{
    for (QFuture<void> &future : m_futures)
        future.waitForFinished();
    m_futures.clear();
}

void JobTracker::setBusy(bool busy)
{
    if (busy == m_busy)
        return;
    m_busy = busy;
    Q_EMIT busyChanged(busy);
}

void JobTracker::deliverProgress(quint64 generation, int permille, const QString &text)
{
    if (generation == m_generation && m_busy)
        Q_EMIT progress(permille, text);
}

} // namespace cx
