#pragma once

#include "workorders/workorder.h"
#include "workorders/workorderdrafts.h"

#include <functional>

class QObject;

namespace cx {

class AnalysisService;

/// Makes a draft work order from a finding on the analysis service's browse
/// worker (the draft's context reads owners and targets from the workspace,
/// never on the GUI thread) and hands it to `done` on `context`'s thread.
/// False when no workspace is open.
bool makeDraftOnWorker(QObject *context, AnalysisService &service, std::function<WorkOrder(const DraftContext &)> draft,
                       std::function<void(const WorkOrder &)> done);

} // namespace cx
