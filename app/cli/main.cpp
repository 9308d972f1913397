#include "command.h"
#include "commands.h"
#include "settings/language.h"
#include "settings/preferences.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QGuiApplication>

#include <memory>

using namespace Qt::StringLiterals;

namespace cx::cli {

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

QTextStream &err()
{
    static QTextStream stream(stderr);
    return stream;
}

int usageError(const QString &command, const QString &message)
{
    err() << "cxwb-cli " << command << ": " << message << '\n'
          << QCoreApplication::translate("cx::cli", "Run 'cxwb-cli %1 --help' for the options.").arg(command) << '\n';
    err().flush();
    return ExitUsage;
}

} // namespace cx::cli

namespace {

void printOverview(const QList<cx::cli::Command> &commands)
{
    using cx::cli::out;
    out() << QCoreApplication::translate("cx::cli", "Usage: cxwb-cli <command> [options]") << "\n\n"
          << QCoreApplication::translate("cx::cli", "CX Workbench command-line tool.") << "\n\n"
          << QCoreApplication::translate("cx::cli", "Commands:") << '\n';
    for (const cx::cli::Command &command : commands)
        out() << "  " << command.name.leftJustified(12) << command.summary << '\n';
    out() << '\n'
          << QCoreApplication::translate("cx::cli", "Options:") << '\n'
          << "  -h, --help     " << QCoreApplication::translate("cx::cli", "Show this help.") << '\n'
          << "  -v, --version  " << QCoreApplication::translate("cx::cli", "Show the version.") << "\n\n"
          << QCoreApplication::translate("cx::cli", "Run 'cxwb-cli <command> --help' for a command's options.") << '\n';
}

} // namespace

int main(int argc, char *argv[])
{
    // Work-order PDFs draw text, which needs a QGuiApplication; the
    // offscreen platform gives it fonts without a display.
    bool drawsText = false;
    if (argc > 1 && qstrcmp(argv[1], "workorder") == 0)
        for (int i = 2; i < argc; ++i)
            drawsText = drawsText || qstrcmp(argv[i], "export") == 0;
    if (drawsText && !qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    const std::unique_ptr<QCoreApplication> app = drawsText ? std::make_unique<QGuiApplication>(argc, argv)
                                                            : std::make_unique<QCoreApplication>(argc, argv);
    QCoreApplication::setApplicationName(u"cxwb-cli"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(CXWB_VERSION));
    QCoreApplication::setOrganizationName(u"CX Workbench"_s);
    cx::LanguageManager languages;
    languages.apply(cx::Preferences().language());

    const QList<cx::cli::Command> commands{
        cx::cli::makeDemoCommand(),
        cx::cli::makeImportCommand(),
        cx::cli::makeAnalyzeCommand(),
        cx::cli::makeWorkOrderCommand(),
        cx::cli::makeCategoriesCommand(),
        cx::cli::makeShareCommand(),
        cx::cli::makeTextCommand(),
    };

    const QStringList arguments = QCoreApplication::arguments();
    const QString first = arguments.value(1);
    if (first.isEmpty() || first == "-h"_L1 || first == "--help"_L1 || first == "help"_L1) {
        printOverview(commands);
        return first.isEmpty() ? cx::cli::ExitUsage : cx::cli::ExitOk;
    }
    if (first == "-v"_L1 || first == "--version"_L1) {
        cx::cli::out() << "cxwb-cli " << QCoreApplication::applicationVersion() << '\n';
        return cx::cli::ExitOk;
    }
    for (const cx::cli::Command &command : commands) {
        if (command.name == first) {
            QStringList rest = arguments.mid(2);
            rest.prepend(u"cxwb-cli %1"_s.arg(first));
            const int code = command.run(rest);
            cx::cli::out().flush();
            cx::cli::err().flush();
            return code;
        }
    }
    cx::cli::err() << QCoreApplication::translate("cx::cli", "cxwb-cli: unknown command '%1'.").arg(first) << '\n'
                   << QCoreApplication::translate("cx::cli", "Run 'cxwb-cli --help' for the list of commands.") << '\n';
    cx::cli::err().flush();
    return cx::cli::ExitUsage;
}
