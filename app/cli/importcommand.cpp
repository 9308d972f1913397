#include "command.h"
#include "commands.h"

#include "import/mappingprofile.h"
#include "pipeline/importer.h"
#include "pipeline/importlock.h"
#include "settings/workspacesettings.h"
#include "workspace/workspace.h"

#include <QCommandLineParser>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>

#include <chrono>
#include <cstdio>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace cx::cli {

namespace {

void printCounts(const SheetReport &sheet, const QString &indent)
{
    out() << indent
          << tr("rows read: %1   inserted: %2   updated: %3   duplicates: %4   skipped: %5   rejected: %6")
                 .arg(sheet.rowsRead)
                 .arg(sheet.inserted)
                 .arg(sheet.updated)
                 .arg(sheet.duplicates)
                 .arg(sheet.skipped)
                 .arg(sheet.rejected)
          << '\n';
}

void printSheet(const SheetReport &sheet, const QString &indent)
{
    printCounts(sheet, indent);
    for (const RowRejection &rejection : sheet.errors)
        out() << indent << tr("line %1: %2").arg(rejection.line).arg(rejection.reason) << '\n';
    if (sheet.rejected > sheet.errors.size())
        out() << indent
              << tr("… and %1 more rejected rows, kept in the workspace.").arg(sheet.rejected - sheet.errors.size())
              << '\n';
    for (const ImportNote &note : sheet.notes)
        out() << indent << tr("note: %1").arg(note.text()) << '\n';
}

void printReport(const ImportReport &report)
{
    out() << QFileInfo(report.file).fileName() << '\n';
    if (report.failed()) {
        out() << "  " << tr("failed: %1").arg(report.error) << '\n';
        return;
    }
    const QString none = u"–"_s;
    out() << "  " << tr("kind: %1 (%2)").arg(MappingProfile::kindLabel(report.kind), report.kind) << "   "
          << tr("encoding: %1").arg(report.encoding.isEmpty() ? none : report.encoding);
    const bool workbook = !report.sheets.isEmpty() && !report.sheets.constFirst().sheet.isEmpty();
    if (!workbook) {
        out() << "   " << tr("header row: %1").arg(report.sheets.value(0).headerRow) << '\n';
        for (const SheetReport &sheet : report.sheets)
            printSheet(sheet, u"  "_s);
        return;
    }
    out() << '\n';
    for (const SheetReport &sheet : report.sheets) {
        out() << "  " << tr("sheet %1 (header row %2):").arg(sheet.sheet).arg(sheet.headerRow) << '\n';
        printSheet(sheet, u"    "_s);
    }
    for (const SkippedSheet &sheet : report.skippedSheets)
        out() << "  " << tr("sheet %1 not imported: %2").arg(sheet.name, sheet.reason) << '\n';
    if (report.sheets.size() > 1) {
        out() << "  " << tr("all sheets:") << '\n';
        printCounts(report.totals(), u"    "_s);
    }
}

int run(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Import complaint, survey, product, funnel and indicator exports (CSV, "
                                        "XLSX, XLS) into a workspace. The workspace is created when it does not exist. "
                                        "Every sheet of a workbook whose header fits the kind is imported."));
    parser.addHelpOption();
    const QCommandLineOption workspaceOption({u"w"_s, u"workspace"_s}, tr("Workspace file (.cxw)."), tr("file"));
    const QCommandLineOption kindOption(u"kind"_s,
                                        tr("Kind of every file: complaints, survey, product_monthly, funnel, "
                                           "indicator_tree or indicator_values (default: detected)."),
                                        tr("kind"));
    const QCommandLineOption encodingOption(u"encoding"_s, tr("Encoding of CSV files, e.g. GB18030 or UTF-8 "
                                                              "(default: detected)."),
                                            tr("name"));
    const QCommandLineOption sheetOption(u"sheet"_s,
                                         tr("Import only this sheet of workbooks (default: every sheet of the kind)."),
                                         tr("name"));
    const QCommandLineOption waitOption(u"wait"_s,
                                        tr("Seconds to wait for another import into the same workspace to finish "
                                           "(default: 120)."),
                                        tr("seconds"), u"120"_s);
    const QCommandLineOption jsonOption(u"json"_s, tr("Print a JSON array with one object per file."));
    parser.addOptions({workspaceOption, kindOption, encodingOption, sheetOption, waitOption, jsonOption});
    parser.addPositionalArgument(u"files"_s, tr("Files to import."), tr("FILE..."));
    if (!parser.parse(arguments))
        return usageError(u"import"_s, parser.errorText());
    if (parser.isSet(u"help"_s)) {
        out() << parser.helpText();
        return ExitOk;
    }
    if (!parser.isSet(workspaceOption))
        return usageError(u"import"_s, tr("Name the workspace with -w FILE."));
    const QStringList files = parser.positionalArguments();
    if (files.isEmpty())
        return usageError(u"import"_s, tr("Name at least one file to import."));
    ImportOptions options;
    options.kind = parser.value(kindOption);
    options.encoding = parser.value(encodingOption);
    options.sheet = parser.value(sheetOption);
    if (!options.kind.isEmpty() && !MappingProfile::builtInKinds().contains(options.kind))
        return usageError(u"import"_s, tr("Unknown kind \"%1\"; use one of: %2.")
                                           .arg(options.kind, MappingProfile::builtInKinds().join(u", "_s)));
    bool waitOk = false;
    const int waitSeconds = parser.value(waitOption).toInt(&waitOk);
    if (!waitOk || waitSeconds < 0)
        return usageError(u"import"_s, tr("--wait takes a number of seconds, not \"%1\".").arg(parser.value(waitOption)));

    QString path = parser.value(workspaceOption);
    // Before the workspace is touched at all: another import may hold it.
    ImportLock lock(path);
    QString lockError;
    const auto waiting = [] {
        err() << "cxwb-cli import: " << tr("another import into this workspace is running; waiting…") << '\n'
              << Qt::flush;
    };
    if (!lock.acquire(std::chrono::seconds(waitSeconds), waiting, &lockError)) {
        err() << "cxwb-cli import: " << lockError << '\n';
        return ExitFailure;
    }

    bool keepFullPhoneNumbers = false;
    QTimeZone timeZone;
    {
        // Opening checks, creates or migrates the workspace. It is closed again
        // before importing, so that the importer holds the only connection
        // and can load in bulk.
        WorkspaceError error;
        const std::unique_ptr<Workspace> workspace =
            QFileInfo::exists(path) ? Workspace::open(path, &error) : Workspace::create(path, &error);
        if (!workspace) {
            err() << "cxwb-cli import: " << error.message << '\n';
            return ExitFailure;
        }
        path = workspace->path();
        const WorkspaceSettings settings(workspace->database());
        keepFullPhoneNumbers = settings.keepFullPhoneNumbers();
        timeZone = settings.importTimeZone();
    }

    Importer importer(path);
    importer.setKeepFullPhoneNumbers(keepFullPhoneNumbers);
    importer.setTimeZone(timeZone);
    const bool json = parser.isSet(jsonOption);
    const bool showProgress = !json && isatty(fileno(stderr));
    QJsonArray reports;
    qsizetype failed = 0;
    for (const QString &file : files) {
        const auto progress = [&](qint64 done, qint64 total) {
            if (showProgress && total > 0)
                err() << '\r' << QFileInfo(file).fileName() << ' ' << (100 * done / total) << '%' << Qt::flush;
        };
        const ImportReport report = importer.importFile(file, options, progress);
        if (showProgress)
            err() << '\r' << QString(60, u' ') << '\r' << Qt::flush;
        if (report.failed()) {
            ++failed;
            err() << "cxwb-cli import: " << report.error << '\n';
        }
        if (json)
            reports.append(report.toJson());
        else
            printReport(report);
        out().flush();
    }
    if (json)
        out() << QJsonDocument(reports).toJson(QJsonDocument::Indented);
    if (failed == files.size())
        return ExitFailure;
    return failed > 0 ? ExitPartial : ExitOk;
}

} // namespace

Command makeImportCommand()
{
    return {u"import"_s, tr("Import exports (CSV, XLSX, XLS) into a workspace."), run};
}

} // namespace cx::cli
