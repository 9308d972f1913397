#include "pipeline/importlock.h"

#include <QDeadlineTimer>
#include <QFileInfo>

namespace cx {

using namespace Qt::StringLiterals;

ImportLock::ImportLock(const QString &workspacePath)
    : m_workspaceName(QFileInfo(workspacePath).fileName())
    , m_lock(lockPath(workspacePath))
{
    // An import may run for minutes: the lock goes stale only with its process.
    m_lock.setStaleLockTime(0);
}

ImportLock::~ImportLock()
{
    if (m_lock.isLocked())
        m_lock.unlock();
}

QString ImportLock::lockPath(const QString &workspacePath)
{
    return QFileInfo(workspacePath).absoluteFilePath() + u".lock"_s;
}

bool ImportLock::acquire(std::chrono::milliseconds timeout, const std::function<void()> &waiting, QString *error,
                         const std::atomic_bool *cancel)
{
    if (m_lock.tryLock(0))
        return true;
    if (m_lock.error() != QLockFile::LockFailedError)
        return true;
    if (waiting)
        waiting();
    const QDeadlineTimer deadline(timeout);
    while (!deadline.hasExpired()) {
        if (cancel && cancel->load())
            break;
        if (m_lock.tryLock(200))
            return true;
        if (m_lock.error() != QLockFile::LockFailedError)
            return true;
    }
    qint64 pid = 0;
    QString host, application;
    const QString holder = m_lock.getLockInfo(&pid, &host, &application)
        ? tr(" (%1, process %2 on %3)").arg(application).arg(pid).arg(host)
        : QString();
    *error = cancel && cancel->load()
        ? tr("Cancelled while waiting for another import into %1 to finish.").arg(m_workspaceName)
        : tr("Another import into %1 is running%2; waited %n second(s). Try again when it has finished.", nullptr,
             int(std::chrono::duration_cast<std::chrono::seconds>(timeout).count()))
              .arg(m_workspaceName, holder);
    return false;
}

} // namespace cx
