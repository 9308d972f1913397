#include "pipeline/importjob.h"

#include "pipeline/importlock.h"
#include "service/jobtracker.h"
#include "workspace/logcheckpointer.h"

#include <QThreadPool>
#include <QtConcurrent/QtConcurrentRun>

namespace cx {

ImportJob::ImportJob(const QString &workspacePath, QObject *parent)
    : QObject(parent)
    , m_workspacePath(workspacePath)
{
}

ImportJob::~ImportJob()
{
    cancel();
    waitForFinished();
}

bool ImportJob::start(const QList<ImportPlan> &files)
{
    if (m_running)
        return false;
    m_running = true;
    m_cancel = false;
    m_reports.clear();
    for (const ImportPlan &file : files) {
        ImportReport pending;
        pending.file = file.path();
        pending.kind = file.inspection.detection.kind;
        m_reports << pending;
    }

    // The worker talks back only through queued calls on this object, so
    // the job's state is touched on its own thread alone; calls still queued
    // when the job is destroyed are dropped with it.
    m_future = QtConcurrent::run(backgroundPool(), [this, files, path = m_workspacePath,
                                                    keep = m_keepFullPhoneNumbers, zone = m_timeZone] {
        ImportLock lock(path);
        QString lockError;
        const bool locked = lock.acquire(
            lockTimeout,
            [this] { QMetaObject::invokeMethod(this, [this] { Q_EMIT waitingForOtherImport(); }, Qt::QueuedConnection); },
            &lockError, &m_cancel);
        Importer importer(path);
        importer.setKeepFullPhoneNumbers(keep);
        importer.setTimeZone(zone);
        const int count = int(files.size());
        for (int i = 0; i < count; ++i) {
            ImportReport report;
            if (!locked || m_cancel.load()) {
                const FileInspection &file = files.at(i).inspection;
                report.file = file.path;
                report.kind = file.detection.kind;
                report.cancelled = m_cancel.load();
                report.error = !locked ? lockError
                                       : tr("%1 was not imported: the import was cancelled before it began.")
                                             .arg(file.fileName());
            } else {
                QMetaObject::invokeMethod(this, [this, i] { Q_EMIT fileStarted(i); }, Qt::QueuedConnection);
                int lastPermille = -1;
                const auto onProgress = [&](qint64 done, qint64 total) {
                    const int permille = total > 0 ? int(std::clamp<qint64>(done * 1000 / total, 0, 1000)) : 0;
                    if (permille == lastPermille)
                        return;
                    lastPermille = permille;
                    const int overall = int((qint64(i) * 1000 + permille) / count);
                    QMetaObject::invokeMethod(
                        this, [this, i, permille, overall] { Q_EMIT this->progress(i, permille, overall); },
                        Qt::QueuedConnection);
                };
                report = importer.importPlan(files.at(i), onProgress, &m_cancel);
            }
            QMetaObject::invokeMethod(
                this,
                [this, i, report] {
                    m_reports[i] = report;
                    Q_EMIT fileFinished(i);
                },
                Qt::QueuedConnection);
        }
        QMetaObject::invokeMethod(
            this,
            [this] {
                m_running = false;
                Q_EMIT finished();
            },
            Qt::QueuedConnection);
        // The rows are in: the user sees them while the log is copied back,
        // on a task of its own, which nothing waits for as it holds no job.
        backgroundPool()->start([path] { checkpointWorkspaceLog(path); });
    });
    return true;
}

void ImportJob::cancel()
{
    m_cancel = true;
}

void ImportJob::waitForFinished()
{
    m_future.waitForFinished();
}

} // namespace cx
