#include "application.h"
#include "mainwindow.h"
#include "settings/language.h"
#include "settings/preferences.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QTextStream>
#include <QTimer>

using namespace Qt::StringLiterals;

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    cx::configureApplication(app);

    cx::Preferences preferences;
    cx::LanguageManager languages;
    languages.apply(preferences.language());

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("cx::cli", "CX Workbench desktop application."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(u"workspace"_s, QCoreApplication::translate("cx::cli", "Workspace (.cxw) to open."));
    const QCommandLineOption grabOption(
        u"grab"_s, QCoreApplication::translate("cx::cli", "Save a PNG of every view to <folder> and quit."),
        QCoreApplication::translate("cx::cli", "folder"));
    parser.addOption(grabOption);
    parser.process(app);

    cx::MainWindow window(preferences, languages);
    window.show();
    const QString workspace = parser.positionalArguments().value(0);
    if (!workspace.isEmpty() && !window.openWorkspace(workspace, !parser.isSet(grabOption)) && parser.isSet(grabOption)) {
        QTextStream(stderr) << window.lastError() << '\n';
        return 1;
    }

    if (parser.isSet(grabOption)) {
        QTimer::singleShot(300, &app, [&] {
            for (const QString &file : cx::grabViews(window, parser.value(grabOption)))
                QTextStream(stdout) << file << '\n';
            app.quit();
        });
    }
    return app.exec();
}
