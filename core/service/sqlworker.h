#pragma once

#include "pipeline/sqlite.h"

#include <QSqlDatabase>
#include <QString>
#include <QThreadPool>

namespace cx {

/// One worker thread with its own connections to a workspace file. Jobs
/// started on pool() run one at a time, in order, on that thread, so the
/// connections are never shared; QtSql connections belong to the thread
/// that made them, which is why the thread never expires. Used for the
/// analyses that read the facts and for fetching complaint pages, so that
/// the GUI thread never waits on SQL.
class SqlWorker
{
public:
    explicit SqlWorker(const QString &workspacePath);
    /// Waits for the jobs started, then closes the connections on the worker thread.
    ~SqlWorker();
    SqlWorker(const SqlWorker &) = delete;
    SqlWorker &operator=(const SqlWorker &) = delete;

    QString workspacePath() const { return m_path; }
    /// Start jobs here (JobTracker::start, QtConcurrent::run).
    QThreadPool *pool() { return &m_pool; }

    /// On the worker thread only: the QtSql connection, opened on first use
    /// (invalid if the file cannot be opened).
    QSqlDatabase connection();
    /// On the worker thread only: a connection through SQLite's C API,
    /// opened on first use (check isOpen()).
    sqlite::Database &native();

private:
    QString m_path;
    QString m_connectionName;
    QThreadPool m_pool;
    sqlite::Database m_native; ///< touched on the worker thread only
};

} // namespace cx
