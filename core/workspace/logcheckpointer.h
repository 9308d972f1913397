#pragma once

#include <QFileSystemWatcher>
#include <QFuture>
#include <QObject>
#include <QString>
#include <QTimer>

namespace cx {

/// Copies the pages in the write-ahead log of the workspace at
/// `workspacePath` into its file, from a connection of its own. PASSIVE:
/// never waits for readers; pages a reader still needs stay in the log for
/// the next checkpoint.
void checkpointWorkspaceLog(const QString &workspacePath);

/// Copies back, on a background thread, what other processes commit to the
/// log of a workspace held open here. An import from the command line into a
/// workspace the desktop app holds leaves its log to the holder: copying it
/// back takes as long as writing it did, and would otherwise fall on the
/// importer's exit or on the holder's next commit, whichever thread made it.
class LogCheckpointer : public QObject
{
    Q_OBJECT

public:
    /// How long the log stays unchanged before it is copied back: an import
    /// writes it continuously until it commits.
    static constexpr int quietMs = 500;

    explicit LogCheckpointer(const QString &workspacePath, QObject *parent = nullptr);

Q_SIGNALS:
    /// A checkpoint has finished (for whoever waits for the file to hold
    /// everything, such as a test).
    void checkpointed();

private:
    void watch();
    void checkpoint();

    QString m_workspacePath;
    QString m_logPath;
    QFileSystemWatcher m_watcher;
    QTimer m_quiet;
    QFuture<void> m_running;
    bool m_changedWhileRunning = false;
};

} // namespace cx
