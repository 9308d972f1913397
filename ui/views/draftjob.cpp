#include "views/draftjob.h"

#include "service/analysisservice.h"
#include "service/sqlworker.h"

#include <QFutureWatcher>
#include <QtConcurrent/QtConcurrentRun>

namespace cx {

bool makeDraftOnWorker(QObject *context, AnalysisService &service, std::function<WorkOrder(const DraftContext &)> draft,
                       std::function<void(const WorkOrder &)> done)
{
    const std::shared_ptr<SqlWorker> worker = service.browseWorker();
    if (!worker)
        return false;
    auto *watcher = new QFutureWatcher<WorkOrder>(context);
    QObject::connect(watcher, &QFutureWatcher<WorkOrder>::finished, context, [watcher, done = std::move(done)] {
        done(watcher->result());
        watcher->deleteLater();
    });
    watcher->setFuture(QtConcurrent::run(worker->pool(), [worker, draft = std::move(draft), filter = service.filter()] {
        return draft(DraftContext::fromWorkspace(worker->connection(), filter));
    }));
    return true;
}

} // namespace cx
