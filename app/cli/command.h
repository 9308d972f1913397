#pragma once

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

#include <functional>

namespace cx::cli {

/// Process exit codes shared by every sub-command.
enum ExitCode {
    ExitOk = 0,
    ExitFailure = 1, ///< nothing could be done: the job, or every input, failed (messages on stderr)
    ExitPartial = 2, ///< some inputs failed, the others were processed
    ExitUsage = 64,  ///< wrong arguments (message and a hint on stderr)
};

/// A sub-command: its name, one line of help, and the function that runs it
/// with the arguments after the sub-command name (argument 0 is
/// "cxwb-cli <name>", ready for QCommandLineParser::process).
struct Command
{
    QString name;
    QString summary;
    std::function<int(const QStringList &arguments)> run;
};

/// Translates a command-line text (context "cx::cli").
inline QString tr(const char *text)
{
    return QCoreApplication::translate("cx::cli", text);
}

/// Streams on stdout and stderr, UTF-8 on every platform.
QTextStream &out();
QTextStream &err();

/// Prints "cxwb-cli <command>: <message>" and a hint to stderr, returns ExitUsage.
int usageError(const QString &command, const QString &message);

} // namespace cx::cli
