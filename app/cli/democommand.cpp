#include "command.h"
#include "commands.h"

using namespace Qt::StringLiterals;

namespace cx::cli {

Command makeDemoCommand()
{
    return {u"demo"_s,
            QCoreApplication::translate("cx::cli", "Write realistic demo exports to a folder."),
            [](const QStringList &) {
                err() << "demo: not built yet\n";
                return int(ExitFailure);
            }};
}

} // namespace cx::cli
