#include "command.h"
#include "commands.h"

#include "import/mappingprofile.h"
#include "pipeline/importer.h"
#include "settings/workspacesettings.h"
#include "workspace/workspace.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>

#include <cstdio>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace cx::cli {

namespace {

void printReport(const ImportReport &report)
{
    out() << QDir::toNativeSeparators(report.file) << '\n';
    if (report.failed()) {
        out() << "  " << tr("failed: %1").arg(report.error) << '\n';
        return;
    }
    const QString none = u"–"_s;
    out() << "  " << tr("kind: %1 (%2)").arg(MappingProfile::kindLabel(report.kind), report.kind)
          << "   " << tr("encoding: %1").arg(report.encoding.isEmpty() ? none : report.encoding)
          << "   " << tr("sheet: %1").arg(report.sheet.isEmpty() ? none : report.sheet)
          << "   " << tr("header row: %1").arg(report.headerRow) << '\n';
    out() << "  " << tr("rows read: %1   inserted: %2   duplicates: %3   replaced: %4   skipped: %5   rejected: %6")
                         .arg(report.rowsRead)
                         .arg(report.inserted)
                         .arg(report.duplicates)
                         .arg(report.replaced)
                         .arg(report.skipped)
                         .arg(report.rejected)
          << '\n';
    for (const RowRejection &rejection : report.errors)
        out() << "  " << tr("line %1: %2").arg(rejection.line).arg(rejection.reason) << '\n';
    if (report.rejected > report.errors.size())
        out() << "  " << tr("… and %1 more rejected rows, kept in the workspace.").arg(report.rejected - report.errors.size())
              << '\n';
    for (const QString &note : report.notes)
        out() << "  " << note << '\n';
}

int run(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Import complaint, survey, product, funnel and indicator exports (CSV or "
                                        "XLSX) into a workspace. The workspace is created when it does not exist."));
    parser.addHelpOption();
    const QCommandLineOption workspaceOption({u"w"_s, u"workspace"_s}, tr("Workspace file (.cxw)."), tr("file"));
    const QCommandLineOption kindOption(u"kind"_s,
                                        tr("Kind of every file: complaints, survey, product_monthly, funnel, "
                                           "indicator_tree or indicator_values (default: detected)."),
                                        tr("kind"));
    const QCommandLineOption encodingOption(u"encoding"_s, tr("Encoding of CSV files, e.g. GB18030 or UTF-8 "
                                                              "(default: detected)."),
                                            tr("name"));
    const QCommandLineOption sheetOption(u"sheet"_s, tr("Sheet of XLSX files (default: the best match)."), tr("name"));
    const QCommandLineOption jsonOption(u"json"_s, tr("Print a JSON array with one object per file."));
    parser.addOptions({workspaceOption, kindOption, encodingOption, sheetOption, jsonOption});
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

    QString path = parser.value(workspaceOption);
    bool keepFullPhoneNumbers = false;
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
        keepFullPhoneNumbers = WorkspaceSettings(workspace->database()).keepFullPhoneNumbers();
    }

    Importer importer(path);
    importer.setKeepFullPhoneNumbers(keepFullPhoneNumbers);
    const bool json = parser.isSet(jsonOption);
    const bool showProgress = !json && isatty(fileno(stderr));
    QJsonArray reports;
    bool anyFailed = false;
    for (const QString &file : files) {
        const auto progress = [&](qint64 done, qint64 total) {
            if (showProgress && total > 0)
                err() << '\r' << QFileInfo(file).fileName() << ' ' << (100 * done / total) << '%' << Qt::flush;
        };
        const ImportReport report = importer.importFile(file, options, progress);
        if (showProgress)
            err() << '\r' << QString(60, u' ') << '\r' << Qt::flush;
        if (report.failed()) {
            anyFailed = true;
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
    return anyFailed ? ExitPartial : ExitOk;
}

} // namespace

Command makeImportCommand()
{
    return {u"import"_s, tr("Import exports (CSV, XLSX) into a workspace."), run};
}

} // namespace cx::cli
