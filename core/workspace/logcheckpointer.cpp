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

namespace {

// The pages are copied without blocking writers. Then, without waiting for
// anyone, the log is emptied: otherwise it keeps the size of the largest
// import on the analyst's disk, next to the workspace. An emptied log is
// left alone (callers look first): nothing to do, and no change to the file
// that the watcher would take for a commit.
void checkpointLog(sqlite::Database &db)
{
    db.exec(u"PRAGMA wal_checkpoint(PASSIVE)"_s);
    sqlite3_busy_timeout(db.handle(), 0);
    db.exec(u"PRAGMA wal_checkpoint(TRUNCATE)"_s);
}

QString dataStamp(sqlite::Database &db)
{
    // A deletion lowers a count, an addition raises a largest id.
    sqlite::Statement stamp =
        db.prepare(u"SELECT (SELECT count(*) || ':' || coalesce(max(id), 0) FROM import_batch) || '/' "
                   u"|| (SELECT count(*) || ':' || coalesce(max(id), 0) FROM work_order_history)"_s);
    return stamp.isValid() && stamp.next() ? stamp.columnText(0) : QString();
}

// The checkpoint and the stamp after it, on one connection of their own.
QString checkpointAndStamp(const QString &workspacePath)
{
    sqlite::Database db;
    if (!db.open(workspacePath))
        return {};
    if (hasPendingLog(workspacePath))
        checkpointLog(db);
    return dataStamp(db);
}

} // namespace

void checkpointWorkspaceLog(const QString &workspacePath)
{
    sqlite::Database db;
    if (hasPendingLog(workspacePath) && db.open(workspacePath))
        checkpointLog(db);
}

QString workspaceDataStamp(const QString &workspacePath)
{
    sqlite::Database db;
    return db.open(workspacePath) ? dataStamp(db) : QString();
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

void LogCheckpointer::noteOwnWrite()
{
    m_ownWriteNoted = true;
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
    const bool own = std::exchange(m_ownWriteNoted, false);
    m_running = QtConcurrent::run(backgroundPool(), checkpointAndStamp, m_workspacePath)
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
