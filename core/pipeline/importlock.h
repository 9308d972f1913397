#pragma once

#include <QCoreApplication>
#include <QLockFile>
#include <QString>

#include <atomic>
#include <chrono>
#include <functional>

namespace cx {

/// Keeps two imports (two cxwb-cli runs, or the desktop app and a script)
/// from loading into one workspace at once: the second waits for the first,
/// a bounded time, instead of failing on SQLite's "database is locked". A
/// lock file beside the workspace (`NAME.cxw.lock`) names the process that
/// holds it; a lock left by a process that died is taken over.
class ImportLock
{
    Q_DECLARE_TR_FUNCTIONS(cx::ImportLock)

public:
    explicit ImportLock(const QString &workspacePath);
    /// Releases the lock if held.
    ~ImportLock();
    ImportLock(const ImportLock &) = delete;
    ImportLock &operator=(const ImportLock &) = delete;

    /// Takes the lock. When another import holds it, calls `waiting` once
    /// (to say so) and waits up to `timeout`, giving up early when `cancel`
    /// becomes true. False with a translated `error` when another import is
    /// still running then (or on cancel). A location where no lock file can
    /// be written (read-only) is not an error: the import then meets its own.
    bool acquire(std::chrono::milliseconds timeout, const std::function<void()> &waiting, QString *error,
                 const std::atomic_bool *cancel = nullptr);

    /// The lock file of a workspace.
    static QString lockPath(const QString &workspacePath);

private:
    QString m_workspaceName;
    QLockFile m_lock;
};

} // namespace cx
