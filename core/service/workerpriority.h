#pragma once

namespace cx {

/// Lowers the scheduling priority of the calling thread, once per thread:
/// background work (analyses, graph layout) then yields to the GUI thread
/// whenever both want a core, so the window keeps answering while the
/// workers run. On Linux QThread priorities do nothing for normal threads,
/// so the thread's own nice value is raised (to workerNice); elsewhere
/// QThread::LowPriority is used. The thread keeps the lower priority (an
/// unprivileged process cannot raise it again): call it only on threads
/// that run background work, such as those of a QThreadPool.
void lowerWorkerPriority();

/// The nice value lowerWorkerPriority() gives a thread on Linux.
int workerNice();

} // namespace cx
