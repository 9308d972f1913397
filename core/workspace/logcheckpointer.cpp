#include "workspace/logcheckpointer.h"

#include "pipeline/sqlite.h"
#include "service/jobtracker.h"

#include <QFileInfo>
#include <QtConcurrent/QtConcurrentRun>

namespace cx {

using namespace Qt::StringLiterals;

void checkpointWorkspaceLog(const QString &workspacePath)
{
    sqlite::Database db;
    if (db.open(workspacePath))
        db.exec(u"PRAGMA wal_checkpoint(PASSIVE)"_s);
}

LogCheckpointer::LogCheckpointer(const QString &workspacePath, QObject *parent)
    : QObject(parent)
    , m_workspacePath(workspacePath)
    , m_logPath(workspacePath + u"-wal"_s)
{
    m_quiet.setSingleShot(true);
    m_quiet.setInterval(quietMs);
    connect(&m_quiet, &QTimer::timeout, this, &LogCheckpointer::checkpoint);
    // The log is watched itself; its folder only while the log is missing
    // (the last connection to close removes it, the next one to open makes it).
    connect(&m_watcher, &QFileSystemWatcher::fileChanged, this, [this] {
        watch();
        m_quiet.start();
    });
    connect(&m_watcher, &QFileSystemWatcher::directoryChanged, this, &LogCheckpointer::watch);
    watch();
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

void LogCheckpointer::checkpoint()
{
    if (m_running.isRunning()) {
        m_changedWhileRunning = true;
        return;
    }
    m_changedWhileRunning = false;
    m_running = QtConcurrent::run(backgroundPool(), checkpointWorkspaceLog, m_workspacePath)
                    .then(this, [this] {
                        Q_EMIT checkpointed();
                        if (m_changedWhileRunning)
                            m_quiet.start();
                    });
}

} // namespace cx
