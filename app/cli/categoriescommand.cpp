#include "command.h"
#include "commands.h"

#include "pipeline/sqlite.h"
#include "workspace/categorymapchange.h"
#include "workspace/categorymapcsv.h"
#include "workspace/workspace.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QSaveFile>

#include <cstdio>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace cx::cli {

namespace {

const QString kName = u"categories"_s;

/// Opens (and so checks or migrates) the workspace; its path, or empty after printing why not.
QString checkedWorkspace(const QString &path)
{
    WorkspaceError error;
    const std::unique_ptr<Workspace> workspace = Workspace::open(path, &error);
    if (!workspace) {
        err() << "cxwb-cli categories: " << error.message << '\n';
        return {};
    }
    return workspace->path();
}

int exportMap(const QString &workspacePath, const QString &file)
{
    sqlite::Database db;
    if (!db.open(workspacePath)) {
        err() << "cxwb-cli categories: " << db.errorString() << '\n';
        return ExitFailure;
    }
    const QList<CategoryMapping> mappings = workspaceCategoryMappings(db);
    QSaveFile csv(file);
    if (!csv.open(QIODevice::WriteOnly) || csv.write(categoryMapToCsv(mappings, workspaceStages(db))) < 0
        || !csv.commit()) {
        err() << "cxwb-cli categories: "
              << tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(file), csv.errorString()) << '\n';
        return ExitFailure;
    }
    out() << tr("Wrote %1 categories to %2.").arg(mappings.size()).arg(QDir::toNativeSeparators(file)) << '\n';
    return ExitOk;
}

int importMap(const QString &workspacePath, const QString &file)
{
    sqlite::Database db;
    if (!db.open(workspacePath)) {
        err() << "cxwb-cli categories: " << db.errorString() << '\n';
        return ExitFailure;
    }
    const CategoryCsvContent content = readCategoryMapCsv(file, workspaceStages(db));
    if (!content.error.isEmpty()) {
        err() << "cxwb-cli categories: " << content.error << '\n';
        return ExitFailure;
    }
    const QString name = QDir::toNativeSeparators(file);
    out() << tr("%1: %2 rows read, %3 accepted, %4 refused.")
                 .arg(name)
                 .arg(content.rowsRead)
                 .arg(content.rows.size())
                 .arg(content.problems.size())
          << '\n';
    if (!content.problems.isEmpty()) {
        for (const CategoryCsvProblem &problem : content.problems)
            err() << tr("%1, line %2: %3").arg(name).arg(problem.line).arg(problem.reason) << '\n';
        err() << "cxwb-cli categories: " << tr("Nothing was changed: correct the rows above and import the file again.")
              << '\n';
        return ExitPartial;
    }

    const JourneyChange change = categoryMapReplacement(workspaceCategoryMappings(db), content.rows);
    if (change.isEmpty()) {
        out() << tr("The category map already is as in the file; nothing was changed.") << '\n';
        return ExitOk;
    }
    const bool showProgress = isatty(fileno(stderr));
    const JourneyChangeReport report = applyJourneyChange(db, change, [&](int permille) {
        if (showProgress)
            err() << '\r' << tr("Re-deriving complaints: %1%").arg(permille / 10) << Qt::flush;
    });
    if (showProgress)
        err() << '\r' << QString(40, u' ') << '\r' << Qt::flush;
    if (!report.ok) {
        err() << "cxwb-cli categories: " << report.error << '\n';
        return ExitFailure;
    }
    out() << tr("Categories added: %1, changed: %2, removed: %3.")
                 .arg(report.categoriesAdded)
                 .arg(report.categoriesChanged)
                 .arg(report.categoriesRemoved)
          << '\n'
          << tr("Complaints re-derived: %1 (%2 moved to another journey stage) in %3 s.")
                 .arg(report.complaintsRederived)
                 .arg(report.complaintsRestaged)
                 .arg(report.seconds, 0, 'f', 1)
          << '\n';
    return ExitOk;
}

int run(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Export the category map of a workspace to a CSV file (UTF-8 with BOM; Excel opens it), or import an "
           "edited one: the file replaces the map, every complaint's journey stage, perception element and "
           "experience level is derived again, and nothing changes when any row is refused."));
    parser.addHelpOption();
    const QCommandLineOption workspaceOption({u"w"_s, u"workspace"_s}, tr("Workspace file (.cxw)."), tr("file"));
    const QCommandLineOption outputOption({u"o"_s, u"output"_s}, tr("CSV file to write (export)."), tr("file"));
    parser.addOptions({workspaceOption, outputOption});
    parser.addPositionalArgument(u"action"_s, tr("export or import."), u"export|import"_s);
    parser.addPositionalArgument(u"file"_s, tr("CSV file to read (import)."), tr("[FILE]"));
    if (!parser.parse(arguments))
        return usageError(kName, parser.errorText());
    if (parser.isSet(u"help"_s)) {
        out() << parser.helpText();
        return ExitOk;
    }
    const QStringList positional = parser.positionalArguments();
    const QString action = positional.value(0);
    if (action != "export"_L1 && action != "import"_L1)
        return usageError(kName, tr("Say export or import."));
    if (!parser.isSet(workspaceOption))
        return usageError(kName, tr("Name the workspace with -w FILE."));
    if (action == "export"_L1 && (!parser.isSet(outputOption) || positional.size() > 1))
        return usageError(kName, tr("Name the file to write with -o FILE.csv."));
    if (action == "import"_L1 && (positional.size() != 2 || parser.isSet(outputOption)))
        return usageError(kName, tr("Name the one CSV file to import."));
    if (action == "import"_L1 && !QFileInfo(positional.at(1)).isFile()) {
        err() << "cxwb-cli categories: "
              << tr("%1 does not exist.").arg(QDir::toNativeSeparators(positional.at(1))) << '\n';
        return ExitFailure;
    }

    const QString workspacePath = checkedWorkspace(parser.value(workspaceOption));
    if (workspacePath.isEmpty())
        return ExitFailure;
    return action == "export"_L1 ? exportMap(workspacePath, parser.value(outputOption))
                                 : importMap(workspacePath, positional.at(1));
}

} // namespace

Command makeCategoriesCommand()
{
    return {kName, tr("Export or import the category map (CSV) of a workspace."), run};
}

} // namespace cx::cli
