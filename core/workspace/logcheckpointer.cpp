#include "workspace/logcheckpointer.h"

#include "pipeline/sqlite.h"
#include "service/jobtracker.h"

#include <QFileInfo>
#include <QtConcurrent/QtConcurrentRun>

#include <utility>

#include <sqlite3.h>

namespace cx {

using namespace Qt::StringLiterals;

bool hasPendingLog(const QString &workspacePath)
{
    return QFileInfo(workspacePath + u"-wal"_s).size() > 0;
}

void checkpointWorkspaceLog(const QString &workspacePath)
{
    // An emptied log stays empty: nothing to do, and no change to the file
    // that the watcher would take for a commit.
    if (!hasPendingLog(workspacePath))
        return;
    sqlite::Database db;
    if (!db.open(workspacePath))
        return;
    // The pages are copied without blocking writers. Then, without waiting
    // for anyone, the log is emptied: otherwise it keeps the size of the
    // largest import on the analyst's disk, next to the workspace.
    db.exec(u"PRAGMA wal_checkpoint(PASSIVE)"_s);
    sqlite3_busy_timeout(db.handle(), 0);
    db.exec(u"PRAGMA wal_checkpoint(TRUNCATE)"_s);
}

QString workspaceDataStamp(const QString &workspacePath)
{
    sqlite::Database db;
    if (!db.open(workspacePath))
        return {};
    // A deletion lowers a count, an addition raises a largest id.
    sqlite::Statement stamp =
        db.prepare(u"SELECT (SELECT count(*) || ':' || coalesce(max(id), 0) FROM import_batch) || '/' "
                   u"|| (SELECT count(*) || ':' || coalesce(max(id), 0) FROM work_order_history)"_s);
    return stamp.isValid() && stamp.next() ? stamp.columnText(0) : QString();
}

LogCheckpointer::LogCheckpointer(const QString &workspacePath, QObject *parent)
    : QObject(parent)
    , m_workspacePath(workspacePath)
    , m_logPath(workspacePath + u"-wal"_s)
    , m_stamp(workspaceDataStamp(workspacePath))
{
    m_quiet.setSingleShot(true);
    m_quiet.setInterval(quietMs);
    connect(&m_quiet, &QTimer::timeout, this, &LogCheckpointer::checkpoint);
    m_retry.setSingleShot(true);
    m_retry.setInterval(retryMs);
    connect(&m_retry, &QTimer::timeout, this, &LogCheckpointer::checkpoint);
    // The log is watched itself; its folder only while the log is missing
    // (the last connection to close removes it, the next one to open makes it).
    connect(&m_watcher, &QFileSystemWatcher::fileChanged, this, [this] {
        watch();
        if (!logWritten())
            return;
        m_retriesLeft = retries;
        m_quiet.start();
    });
    connect(&m_watcher, &QFileSystemWatcher::directoryChanged, this, &LogCheckpointer::watch);
    logWritten();
    watch();
}

// Only a write is a commit. Opening the log can change its attributes
// (SQLite run as root gives it the workspace's owner), and a checkpoint
// opens it: taken for a commit, that would wake the next checkpoint for ever.
bool LogCheckpointer::logWritten()
{
    const QFileInfo log(m_logPath);
    const std::pair state(log.size(), log.lastModified());
    return std::exchange(m_logState, state) != state;
}

void LogCheckpointer::watch()
{
    const QString folder = QFileInfo(m_workspacePath).absolutePath();
    if (QFileInfo::exists(m_logPath)) {
        if (!m_watcher.files().contains(m_logPath))
            m_watcher.addPath(m_logPath);
        if (m_watcher.directories().contains(folder))
            m_watcher.removePath(folder);
    } else if (!m_watcher.directories().contains(folder)) {
        m_watcher.addPath(folder);
    }
}

void LogCheckpointer::expectOwnChange()
{
    m_ownChangeExpected = true;
    m_quiet.start();
}

void LogCheckpointer::checkpoint()
{
    if (m_running.isRunning()) {
        m_changedWhileRunning = true;
        return;
    }
    m_changedWhileRunning = false;
    // The change this process announced is in the file by now: the stamp
    // read next takes it in.
    const bool own = std::exchange(m_ownChangeExpected, false);
    m_running = QtConcurrent::run(backgroundPool(),
                                  [path = m_workspacePath] {
                                      checkpointWorkspaceLog(path);
                                      return workspaceDataStamp(path);
                                  })
                    .then(this, [this, own](const QString &stamp) {
                        const bool changed = !stamp.isEmpty() && stamp != m_stamp;
                        if (changed)
                            m_stamp = stamp;
                        Q_EMIT checkpointed();
                        if (changed && !own)
                            Q_EMIT changedElsewhere();
                        if (m_changedWhileRunning) {
                            m_quiet.start();
                        } else if (hasPendingLog(m_workspacePath) && m_retriesLeft > 0) {
                            --m_retriesLeft;
                            m_retry.start();
                        }
                    });
}

} // namespace cx
