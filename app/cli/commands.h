#pragma once

#include "command.h"

namespace cx::cli {

// One factory per sub-command, each in its own <name>command.cpp.
Command makeDemoCommand();
Command makeImportCommand();
Command makeAnalyzeCommand();
Command makeWorkOrderCommand();
Command makeCategoriesCommand();
Command makeShareCommand();
Command makeTextCommand();

} // namespace cx::cli
