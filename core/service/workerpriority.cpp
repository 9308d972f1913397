#include "service/workerpriority.h"

#include <QThread>

#ifdef Q_OS_LINUX
#include <sys/resource.h>
#include <unistd.h>

#include <cerrno>
#endif

namespace cx {

namespace {

// Nice +10 gives a worker about a tenth of the weight of the GUI thread: it
// gets the cores the GUI thread leaves idle, and the GUI thread a core as soon
// as it wakes. Linux schedules a program's threads as one group against other
// programs (autogroups), so this does not starve the workers on a loaded machine.
constexpr int niceOfWorkers = 10;

} // namespace

int workerNice()
{
    return niceOfWorkers;
}

void lowerWorkerPriority()
{
    thread_local bool done = false;
    if (done)
        return;
    done = true;
#ifdef Q_OS_LINUX
    const auto thread = static_cast<id_t>(gettid());
    errno = 0;
    const int nice = getpriority(PRIO_PROCESS, thread);
    if (errno == 0 && nice < niceOfWorkers)
        setpriority(PRIO_PROCESS, thread, niceOfWorkers);
#else
    QThread::currentThread()->setPriority(QThread::LowPriority);
#endif
}

} // namespace cx
