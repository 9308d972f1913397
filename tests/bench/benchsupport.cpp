#include "benchsupport.h"

#include "demo/demogenerator.h"
#include "pipeline/importer.h"
#include "workspace/workspace.h"

#include <QDir>
#include <QElapsedTimer>
#include <QTextStream>

namespace cx::bench {

using namespace Qt::StringLiterals;

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

double elapsedMs(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

bool importDemo(const QString &workspacePath, const QString &folder, qint64 complaints, qint64 surveys)
{
    cx::DemoOptions options;
    options.outputDir = folder;
    options.complaints = complaints;
    options.surveys = surveys;
    options.format = cx::DemoFormat::Utf8;
    QElapsedTimer timer;
    timer.start();
    const cx::DemoResult demo = cx::DemoGenerator(options).run();
    if (!demo.ok) {
        QTextStream(stderr) << demo.errorMessage << '\n';
        return false;
    }
    out() << "demo exports written in " << QString::number(elapsedMs(timer) / 1000, 'f', 1) << " s\n";

    cx::WorkspaceError error;
    if (!cx::Workspace::create(workspacePath, &error)) {
        QTextStream(stderr) << error.message << '\n';
        return false;
    }
    cx::Importer importer(workspacePath);
    for (const cx::DemoFile &file : demo.files) {
        if (!file.fileName.endsWith(u".csv"_s) && !file.fileName.endsWith(u".xlsx"_s))
            continue;
        timer.restart();
        const cx::ImportReport report = importer.importFile(QDir(folder).filePath(file.fileName));
        if (report.failed()) {
            QTextStream(stderr) << report.error << '\n';
            return false;
        }
        out() << "imported " << file.fileName << ": " << report.inserted() << " rows in "
              << QString::number(elapsedMs(timer) / 1000, 'f', 1) << " s\n";
        out().flush();
    }
    return true;
}

} // namespace cx::bench
