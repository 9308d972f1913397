#include "command.h"
#include "commands.h"

#include "pipeline/sqlite.h"
#include "text/textlists.h"
#include "workspace/workspace.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace cx::cli {

namespace {

QString listNames()
{
    QStringList names;
    for (TextListKind kind : textListKinds())
        names << textListName(kind);
    return names.join(u", "_s);
}

int printStatus(const QString &path, const TextLists &lists)
{
    out() << tr("Word lists of %1:").arg(QDir::toNativeSeparators(path)) << '\n';
    for (TextListKind kind : textListKinds()) {
        const qsizetype entries = kind == TextListKind::Terms       ? lists.terms().size()
                                  : kind == TextListKind::StopWords ? lists.stopWords().size()
                                                                    : lists.tagRules().size();
        out() << "  " << textListName(kind).leftJustified(10) << ' '
              << (lists.isDefault(kind) ? tr("built-in default, %1 entries").arg(entries)
                                        : tr("the workspace's own, %1 entries").arg(entries))
              << '\n';
    }
    return ExitOk;
}

int run(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Show, export, import or reset the word lists that decide complaint keywords and pain-point tags: "
           "terms (telecom terms kept whole), stopwords (never keywords) and tags (pain-point tag rules). A "
           "workspace keeps its own copy of a list once one is imported; the analysis tables follow at the next "
           "analysis."));
    parser.addHelpOption();
    const QCommandLineOption workspaceOption({u"w"_s, u"workspace"_s}, tr("Workspace file (.cxw)."), tr("file"));
    const QCommandLineOption exportOption(u"export"_s, tr("Write a list (%1) as UTF-8 text.").arg(listNames()),
                                          tr("list"));
    const QCommandLineOption outputOption({u"o"_s, u"output"_s}, tr("File for --export (default: standard output)."),
                                          tr("file"));
    const QCommandLineOption importOption(
        u"import"_s, tr("Replace a list with the text file given as argument, after checking every line."), tr("list"));
    const QCommandLineOption resetOption(u"reset"_s, tr("Go back to the built-in default of a list."), tr("list"));
    parser.addOptions({workspaceOption, exportOption, outputOption, importOption, resetOption});
    parser.addPositionalArgument(u"file"_s, tr("The file to import (with --import)."));
    if (!parser.parse(arguments))
        return usageError(u"text"_s, parser.errorText());
    if (parser.isSet(u"help"_s)) {
        out() << parser.helpText();
        return ExitOk;
    }
    if (!parser.isSet(workspaceOption))
        return usageError(u"text"_s, tr("Name the workspace with -w FILE."));
    const int actions = int(parser.isSet(exportOption)) + int(parser.isSet(importOption)) + int(parser.isSet(resetOption));
    if (actions > 1)
        return usageError(u"text"_s, tr("Give one of --export, --import and --reset."));
    const QCommandLineOption *action = parser.isSet(exportOption)   ? &exportOption
                                       : parser.isSet(importOption) ? &importOption
                                       : parser.isSet(resetOption)  ? &resetOption
                                                                    : nullptr;
    std::optional<TextListKind> kind;
    if (action) {
        kind = textListKind(parser.value(*action));
        if (!kind)
            return usageError(u"text"_s, tr("There is no word list \"%1\"; the lists are: %2.")
                                             .arg(parser.value(*action), listNames()));
    }
    const QStringList positional = parser.positionalArguments();
    if (action == &importOption && positional.size() != 1)
        return usageError(u"text"_s, tr("--import needs the file to import."));
    if (action != &importOption && !positional.isEmpty())
        return usageError(u"text"_s, tr("Unexpected argument \"%1\".").arg(positional.constFirst()));
    if (parser.isSet(outputOption) && action != &exportOption)
        return usageError(u"text"_s, tr("-o is for --export."));

    const QString path = parser.value(workspaceOption);
    if (!QFileInfo::exists(path)) {
        err() << "cxwb-cli text: " << tr("There is no workspace %1.").arg(QDir::toNativeSeparators(path)) << '\n';
        return ExitFailure;
    }
    // Opening through Workspace checks and migrates the file first.
    WorkspaceError openError;
    const std::unique_ptr<Workspace> workspace = Workspace::open(path, &openError);
    if (!workspace) {
        err() << "cxwb-cli text: " << openError.message << '\n';
        return ExitFailure;
    }
    sqlite::Database db;
    QString error;
    if (!db.open(path)) {
        err() << "cxwb-cli text: " << db.errorString() << '\n';
        return ExitFailure;
    }
    const std::optional<TextLists> lists = TextLists::read(db, &error);
    if (!lists) {
        err() << "cxwb-cli text: " << error << '\n';
        return ExitFailure;
    }

    if (!action)
        return printStatus(path, *lists);
    if (action == &exportOption) {
        const QByteArray bytes = lists->text(*kind).toUtf8();
        if (!parser.isSet(outputOption)) {
            out() << lists->text(*kind);
            return ExitOk;
        }
        QSaveFile file(parser.value(outputOption));
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
            err() << "cxwb-cli text: " << tr("Cannot write %1: %2").arg(parser.value(outputOption), file.errorString())
                  << '\n';
            return ExitFailure;
        }
        return ExitOk;
    }
    if (action == &resetOption) {
        if (!resetTextList(db, *kind, &error)) {
            err() << "cxwb-cli text: " << error << '\n';
            return ExitFailure;
        }
        out() << tr("The %1 list is the built-in default again; the analysis tables follow at the next analysis.")
                     .arg(textListName(*kind))
              << '\n';
        return ExitOk;
    }

    const QString file = positional.constFirst();
    const std::optional<QString> text = readTextListFile(file, &error);
    if (!text) {
        err() << "cxwb-cli text: " << error << '\n';
        return ExitFailure;
    }
    QList<TextListProblem> problems;
    if (!writeTextList(db, *kind, *text, &problems, &error)) {
        for (const TextListProblem &problem : std::as_const(problems))
            err() << QDir::toNativeSeparators(file) << ':' << problem.line << ": " << problem.reason << '\n';
        if (!problems.isEmpty())
            err() << "cxwb-cli text: "
                  << QCoreApplication::translate("cx::cli", "%1 was not imported: %n line(s) to correct.", nullptr,
                                                 int(problems.size()))
                         .arg(QDir::toNativeSeparators(file))
                  << '\n';
        else
            err() << "cxwb-cli text: " << error << '\n';
        return ExitFailure;
    }
    const std::optional<TextLists> stored = TextLists::read(db, &error);
    out() << tr("Imported the %1 list from %2; the analysis tables follow at the next analysis.")
                 .arg(textListName(*kind), QDir::toNativeSeparators(file))
          << '\n';
    return stored ? printStatus(path, *stored) : ExitOk;
}

} // namespace

Command makeTextCommand()
{
    return {u"text"_s, tr("Show, export, import or reset the word lists of keywords and pain-point tags."), run};
}

} // namespace cx::cli
