#pragma once

#include <QString>

namespace cx {

/// What the reader process may use, set on itself before it opens the file.
struct ProcessLimits
{
    int cpuSeconds = 60;                        ///< processor time
    qint64 memoryBytes = qint64(2048) << 20;    ///< address space
};

/// Applies @p limits to the running process, and makes it leave no core
/// dump and gain no privileges. False, with @p error, when a limit cannot
/// be set: the process must then not read the file.
///
/// Linux: setrlimit() (RLIMIT_CPU ends the process with SIGXCPU, RLIMIT_AS
/// makes allocations fail), no core dumps, no new privileges, inherited
/// descriptors beyond standard input, output and error closed.
///
/// Windows needs a Job Object for the same: CreateJobObject(), then
/// SetInformationJobObject() with JOBOBJECT_EXTENDED_LIMIT_INFORMATION
/// (JOB_OBJECT_LIMIT_PROCESS_TIME with PerProcessUserTimeLimit,
/// JOB_OBJECT_LIMIT_PROCESS_MEMORY with ProcessMemoryLimit,
/// JOB_OBJECT_LIMIT_DIE_ON_UNHANDLED_EXCEPTION,
/// JOB_OBJECT_LIMIT_KILL_ON_JOB_CLOSE), then AssignProcessToJobObject() on
/// GetCurrentProcess() (nested jobs: Windows 8 and later); and
/// SetErrorMode(SEM_FAILCRITICALERRORS | SEM_NOGPFAULTERRORBOX) so that a
/// crash shows no dialog. That part is not written yet: on Windows the
/// parent's timeout is the only limit.
bool limitThisProcess(const ProcessLimits &limits, QString *error);

} // namespace cx
