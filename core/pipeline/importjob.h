#pragma once

#include "pipeline/importer.h"

#include <QFuture>
#include <QObject>

#include <atomic>
#include <chrono>

namespace cx {

/// Imports planned files one after another on a worker thread, telling the
/// thread that owns the job how far it got. Each file is its own transaction
/// (see Importer): cancelling rolls back the file being imported and skips
/// the rest, while files already done stay imported. While another import
/// into the workspace runs (ImportLock) the job waits for it, at most
/// lockTimeout(), saying so with waitingForOtherImport().
class ImportJob : public QObject
{
    Q_OBJECT

public:
    explicit ImportJob(const QString &workspacePath, QObject *parent = nullptr);
    /// Cancels a running import and waits for it.
    ~ImportJob() override;

    /// Store phone numbers unmasked (the workspace setting); masked by default.
    void setKeepFullPhoneNumbers(bool keep) { m_keepFullPhoneNumbers = keep; }
    /// The workspace's time zone for times with a UTC offset (the workspace setting).
    void setTimeZone(const QTimeZone &zone) { m_timeZone = zone; }
    /// How long to wait for another import into the workspace to finish.
    static constexpr std::chrono::seconds lockTimeout{120};

    /// Starts importing `files` in order. False when a job is still running.
    bool start(const QList<ImportPlan> &files);
    /// Asks the worker to stop; finished() follows soon.
    void cancel();
    bool isRunning() const { return m_running; }
    bool isCancelRequested() const { return m_cancel.load(); }
    /// Blocks until the worker is done (queued signals are still to come).
    void waitForFinished();

    /// One report per file given to start(), filled in as files finish.
    const QList<ImportReport> &reports() const { return m_reports; }

Q_SIGNALS:
    /// Another import into the workspace is running; the job waits for it.
    void waitingForOtherImport();
    void fileStarted(int index);
    /// `filePermille`: of the current file; `overallPermille`: of all files.
    void progress(int index, int filePermille, int overallPermille);
    void fileFinished(int index);
    void finished();

private:
    QString m_workspacePath;
    bool m_keepFullPhoneNumbers = false;
    QTimeZone m_timeZone;
    bool m_running = false;
    std::atomic_bool m_cancel = false;
    QList<ImportReport> m_reports;
    QFuture<void> m_future;
};

} // namespace cx
