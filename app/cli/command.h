#pragma once

#include <QStringList>

#include <functional>

namespace cx::cli {

/// Process exit codes shared by every sub-command.
enum ExitCode {
    ExitOk = 0,
    ExitFailure = 1,   ///< the job could not be done (message on stderr)
    ExitUsage = 64,    ///< wrong arguments (message and hint on stderr)
};

/// A sub-command: its name, one line of help, and the function that runs it
/// with the arguments after the sub-command name.
struct Command
{
    QString name;
    QString summary;
    std::function<int(const QStringList &arguments)> run;
};

} // namespace cx::cli
