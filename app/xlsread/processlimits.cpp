#include "processlimits.h"

#ifdef Q_OS_UNIX
#include <sys/resource.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#endif
#ifdef Q_OS_LINUX
#include <sys/prctl.h>
#endif

using namespace Qt::StringLiterals;

namespace cx {

#ifdef Q_OS_UNIX
namespace {

// Sets the soft and hard limit, never above the hard limit there is.
bool setLimit(int resource, rlim_t soft, rlim_t hard, const char *name, QString *error)
{
    rlimit current{};
    if (getrlimit(resource, &current) == 0 && current.rlim_max != RLIM_INFINITY) {
        soft = std::min(soft, current.rlim_max);
        hard = std::min(hard, current.rlim_max);
    }
    const rlimit wanted{soft, hard};
    if (setrlimit(resource, &wanted) == 0)
        return true;
    *error = u"cannot set %1: %2"_s.arg(QLatin1StringView(name), QString::fromLocal8Bit(std::strerror(errno)));
    return false;
}

} // namespace
#endif

bool limitThisProcess(const ProcessLimits &limits, QString *error)
{
#ifdef Q_OS_UNIX
    // SIGXCPU at the soft limit ends the process; SIGKILL at the hard one if that did not.
    const auto cpu = rlim_t(std::max(limits.cpuSeconds, 1));
    const auto memory = rlim_t(std::max<qint64>(limits.memoryBytes, 1));
    if (!setLimit(RLIMIT_CPU, cpu, cpu + 2, "RLIMIT_CPU", error) || !setLimit(RLIMIT_AS, memory, memory, "RLIMIT_AS", error)
        || !setLimit(RLIMIT_CORE, 0, 0, "RLIMIT_CORE", error))
        return false;
#endif
#ifdef Q_OS_LINUX
    if (prctl(PR_SET_DUMPABLE, 0, 0, 0, 0) != 0 || prctl(PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0) != 0) {
        *error = u"prctl: %1"_s.arg(QString::fromLocal8Bit(std::strerror(errno)));
        return false;
    }
    close_range(3, ~0U, 0); // descriptors the app may have let through: the file needs none of them
#endif
#ifndef Q_OS_UNIX
    Q_UNUSED(limits);
    Q_UNUSED(error);
#endif
    return true;
}

} // namespace cx
