#include "command.h"
#include "commands.h"

#include "workspace/sharecopy.h"
#include "workspace/workspace.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace cx::cli {

namespace {

// "FROM..TO", "FROM..", "..TO" or one month; false when it is none of them.
bool parseMonths(const QString &text, ShareOptions *options)
{
    static const QRegularExpression pattern(u"^(\\d{4}-(?:0[1-9]|1[0-2]))?(\\.\\.)?(\\d{4}-(?:0[1-9]|1[0-2]))?$"_s);
    const QRegularExpressionMatch match = pattern.match(text);
    if (!match.hasMatch() || (match.capturedLength(1) == 0 && match.capturedLength(3) == 0))
        return false;
    const bool range = match.capturedLength(2) > 0;
    if (!range && match.capturedLength(3) > 0)
        return false; // "2024-012024-02"
    options->fromMonth = match.captured(1);
    options->toMonth = range ? match.captured(3) : match.captured(1);
    return true;
}

QJsonObject toJson(const QString &copy, const ShareOptions &options, const ShareSummary &s)
{
    return QJsonObject{
        {u"copy"_s, copy},
        {u"from"_s, options.fromMonth.isEmpty() ? QJsonValue() : QJsonValue(options.fromMonth)},
        {u"to"_s, options.toMonth.isEmpty() ? QJsonValue() : QJsonValue(options.toMonth)},
        {u"phones_dropped"_s, options.dropPhones},
        {u"text_dropped"_s, options.dropText},
        {u"complaints"_s, s.complaintsKept},
        {u"complaints_removed"_s, s.complaintsRemoved},
        {u"responses"_s, s.responsesKept},
        {u"responses_removed"_s, s.responsesRemoved},
        {u"monthly_rows_removed"_s, s.monthlyRowsRemoved},
        {u"phones_removed"_s, s.phonesRemoved},
        {u"texts_removed"_s, s.textsRemoved},
        {u"texts_with_phones_blanked"_s, s.textsWithPhonesBlanked},
        {u"batches_removed"_s, s.batchesRemoved},
        {u"rejected_rows_removed"_s, s.rejectedRowsRemoved},
        {u"rejected_texts_removed"_s, s.rejectedTextsRemoved},
        {u"work_orders"_s, s.workOrders},
        {u"work_order_links_removed"_s, s.workOrderLinksRemoved},
    };
}

void printSummary(const QString &copy, const ShareOptions &options, const ShareSummary &s)
{
    out() << tr("Wrote %1.").arg(copy) << ' ';
    if (options.hasPeriod())
        out() << tr("It keeps the months %4 to %5: %1 complaints, %2 survey responses and %3 work orders.")
                     .arg(s.complaintsKept)
                     .arg(s.responsesKept)
                     .arg(s.workOrders)
                     .arg(options.fromMonth.isEmpty() ? tr("the first month") : options.fromMonth,
                          options.toMonth.isEmpty() ? tr("the last month") : options.toMonth);
    else
        out() << tr("It keeps %1 complaints, %2 survey responses and %3 work orders.")
                     .arg(s.complaintsKept)
                     .arg(s.responsesKept)
                     .arg(s.workOrders);
    out() << '\n';
    out() << tr("Removed:") << '\n';
    if (options.hasPeriod()) {
        out() << "  " << tr("outside the period: %1 complaints, %2 survey responses, %3 monthly figures")
                             .arg(s.complaintsRemoved)
                             .arg(s.responsesRemoved)
                             .arg(s.monthlyRowsRemoved)
              << '\n';
        out() << "  " << tr("imports with no rows left: %1 (with %2 rejected rows)")
                             .arg(s.batchesRemoved)
                             .arg(s.rejectedRowsRemoved)
              << '\n';
        out() << "  " << tr("work-order evidence links to complaints outside the period: %1").arg(s.workOrderLinksRemoved)
              << '\n';
    }
    if (options.dropPhones)
        out() << "  " << tr("phone numbers: %1; numbers blanked in %2 texts kept")
                             .arg(s.phonesRemoved)
                             .arg(s.textsWithPhonesBlanked)
              << '\n';
    if (options.dropText)
        out() << "  " << tr("complaint texts, survey reasons and free-text answers: %1").arg(s.textsRemoved) << '\n';
    if (options.dropPhones || options.dropText)
        out() << "  " << tr("raw lines of rejected rows: %1").arg(s.rejectedTextsRemoved) << '\n';
    if (!options.hasPeriod() && !options.dropPhones && !options.dropText)
        out() << "  " << tr("nothing") << '\n';
}

int run(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Write a copy of a workspace for someone else, with only what they need: phone numbers are removed "
           "unless --keep-phones is given, complaint texts with --drop-text, other months with --months. The "
           "analysis tables are rebuilt for what is left and the copy is a fresh file holding no removed data."));
    parser.addHelpOption();
    const QCommandLineOption workspaceOption({u"w"_s, u"workspace"_s}, tr("Workspace to copy (.cxw)."), tr("file"));
    const QCommandLineOption outputOption({u"o"_s, u"output"_s}, tr("The copy to write (a new .cxw file)."),
                                          tr("file"));
    const QCommandLineOption dropPhonesOption(u"drop-phones"_s, tr("Remove phone numbers (the default)."));
    const QCommandLineOption keepPhonesOption(u"keep-phones"_s, tr("Keep phone numbers as the workspace has them."));
    const QCommandLineOption dropTextOption(
        u"drop-text"_s, tr("Remove complaint texts, survey reasons and answers to free-text questions."));
    const QCommandLineOption monthsOption(
        u"months"_s, tr("Keep only these months: FROM..TO, FROM.., ..TO or one month (YYYY-MM)."), tr("period"));
    const QCommandLineOption jsonOption(u"json"_s, tr("Print one JSON object."));
    parser.addOptions({workspaceOption, outputOption, dropPhonesOption, keepPhonesOption, dropTextOption,
                       monthsOption, jsonOption});
    if (!parser.parse(arguments))
        return usageError(u"share"_s, parser.errorText());
    if (parser.isSet(u"help"_s)) {
        out() << parser.helpText();
        return ExitOk;
    }
    if (!parser.positionalArguments().isEmpty())
        return usageError(u"share"_s, tr("Unexpected argument \"%1\".").arg(parser.positionalArguments().constFirst()));
    if (!parser.isSet(workspaceOption))
        return usageError(u"share"_s, tr("Name the workspace with -w FILE."));
    if (!parser.isSet(outputOption))
        return usageError(u"share"_s, tr("Name the copy with -o FILE."));
    if (parser.isSet(dropPhonesOption) && parser.isSet(keepPhonesOption))
        return usageError(u"share"_s, tr("Give either --drop-phones or --keep-phones, not both."));

    ShareOptions options;
    options.dropPhones = !parser.isSet(keepPhonesOption);
    options.dropText = parser.isSet(dropTextOption);
    if (parser.isSet(monthsOption)) {
        const QString months = parser.value(monthsOption);
        if (!parseMonths(months, &options))
            return usageError(u"share"_s, tr("\"%1\" is not a period; write FROM..TO with months as YYYY-MM, e.g. "
                                              "2024-05..2024-08.")
                                               .arg(months));
        if (!options.fromMonth.isEmpty() && !options.toMonth.isEmpty() && options.fromMonth > options.toMonth)
            return usageError(u"share"_s, tr("The period starts (%1) after it ends (%2).")
                                               .arg(options.fromMonth, options.toMonth));
    }
    const QString path = parser.value(workspaceOption);
    const QString copy = parser.value(outputOption);
    if (QFileInfo(path).absoluteFilePath() == QFileInfo(copy).absoluteFilePath())
        return usageError(u"share"_s, tr("The copy must be another file than the workspace."));
    if (!QFileInfo::exists(path)) {
        err() << "cxwb-cli share: " << tr("There is no workspace %1.").arg(QDir::toNativeSeparators(path)) << '\n';
        return ExitFailure;
    }

    // Opening checks the file and brings an older one to this version's format.
    WorkspaceError openError;
    const std::unique_ptr<Workspace> workspace = Workspace::open(path, &openError);
    if (!workspace) {
        err() << "cxwb-cli share: " << openError.message << '\n';
        return ExitFailure;
    }
    ShareSummary summary;
    QString error;
    if (!ShareCopy::write(workspace->path(), copy, options, false, {}, nullptr, &summary, &error)) {
        err() << "cxwb-cli share: " << error << '\n';
        return ExitFailure;
    }
    const QString nativeCopy = QDir::toNativeSeparators(QFileInfo(copy).absoluteFilePath());
    if (parser.isSet(jsonOption))
        out() << QJsonDocument(toJson(nativeCopy, options, summary)).toJson(QJsonDocument::Indented);
    else
        printSummary(nativeCopy, options, summary);
    return ExitOk;
}

} // namespace

Command makeShareCommand()
{
    return {u"share"_s, tr("Write a copy of a workspace for sharing, without phone numbers (and texts, months)."),
            &run};
}

} // namespace cx::cli
