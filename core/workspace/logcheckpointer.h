#pragma once

#include <QDateTime>
#include <QFileSystemWatcher>
#include <QFuture>
#include <QObject>
#include <QString>
#include <QTimer>

#include <utility>

namespace cx {

/// Whether the workspace at `workspacePath` has committed pages in its
/// write-ahead log that its file may not hold yet (after a crash, or while
/// another connection holds it open): the file's size says nothing then.
bool hasPendingLog(const QString &workspacePath);

/// Copies the pages in the write-ahead log of the workspace at
/// `workspacePath` into its file, from a connection of its own, and empties
/// the log when nobody is reading or writing. Never waits for readers; pages
/// a reader still needs stay in the log for the next checkpoint.
void checkpointWorkspaceLog(const QString &workspacePath);

/// What the imports and work orders of the workspace at `workspacePath`
/// amount to, in a few numbers: it changes when a file is imported or an
/// import deleted, and when a work order is created or changed (each change
/// is a row of its history). Empty when it cannot be read.
QString workspaceDataStamp(const QString &workspacePath);

/// Copies back, on a background thread, what other processes commit to the
/// log of a workspace held open here, and tells when they imported or
/// deleted rows or changed work orders. An import from the command line
/// into a workspace the desktop app holds leaves its log to the holder:
/// copying it back takes as long as writing it did, and would otherwise fall
/// on the importer's exit or on the holder's next commit, whichever thread
/// made it.
class LogCheckpointer : public QObject
{
    Q_OBJECT

public:
    /// How long the log stays unchanged before it is copied back: an import
    /// writes it continuously until it commits.
    static constexpr int quietMs = 500;
    /// How often, and how many times after a commit, the log is looked at
    /// again while readers keep it from being emptied (the views reload
    /// right after an import, just when it is copied back).
    static constexpr int retryMs = 3000;
    static constexpr int retries = 10;

    explicit LogCheckpointer(const QString &workspacePath, QObject *parent = nullptr);

    /// This process has changed the data and says so itself: what the next
    /// look at the file finds is not news from elsewhere.
    void noteOwnWrite();

Q_SIGNALS:
    /// A checkpoint has finished (for whoever waits for the file to hold
    /// everything, such as a test).
    void checkpointed();
    /// Another process (or a connection that did not say so) imported or
    /// deleted rows, or changed work orders.
    void changedElsewhere();

private:
    void watch();
    bool logWritten();
    void checkpoint();

    QString m_workspacePath;
    QString m_logPath;
    QFileSystemWatcher m_watcher;
    QTimer m_quiet;
    QTimer m_retry;
    int m_retriesLeft = 0;
    QFuture<void> m_running;
    QString m_stamp;
    std::pair<qint64, QDateTime> m_logState; ///< size and time of the last write seen
    bool m_changedWhileRunning = false;
    bool m_ownWriteNoted = false;
};

} // namespace cx
