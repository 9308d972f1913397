#include "command.h"
#include "commands.h"

#include "demo/demogenerator.h"

#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>

#include <atomic>
#include <csignal>
#include <cstdio>
#include <optional>

#ifdef Q_OS_WIN
#include <io.h>
#else
#include <unistd.h>
#endif

using namespace Qt::StringLiterals;

namespace cx::cli {

namespace {

std::atomic<bool> g_interrupted{false};

extern "C" void onInterrupt(int)
{
    g_interrupted = true;
}

bool stderrIsTerminal()
{
#ifdef Q_OS_WIN
    return _isatty(_fileno(stderr)) != 0;
#else
    return isatty(fileno(stderr)) != 0;
#endif
}

// Parses a whole number within [lo, hi]; nullopt if it is not one.
std::optional<qint64> parseCount(const QString &text, qint64 lo, qint64 hi)
{
    bool ok = false;
    const qint64 value = text.trimmed().toLongLong(&ok);
    if (!ok || value < lo || value > hi)
        return std::nullopt;
    return value;
}

int runDemo(const QStringList &arguments)
{
    const QString command = u"demo"_s;
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("cx::cli",
                                    "Writes realistic demo exports of one province to a folder: complaint work "
                                    "orders, a satisfaction survey (XLSX), product monthly figures, experience "
                                    "funnel rates, the indicator tree and its monthly values, and "
                                    "demo_truth.json with the planted patterns an analysis should find."));
    const QCommandLineOption help({u"h"_s, u"help"_s}, QCoreApplication::translate("cx::cli", "Show this help."));
    const QCommandLineOption output({u"o"_s, u"output"_s},
                                    QCoreApplication::translate("cx::cli", "Folder to write to (created if missing)."),
                                    u"DIR"_s);
    const QCommandLineOption complaints(
        u"complaints"_s,
        QCoreApplication::translate("cx::cli", "Unique complaint work orders, 1 to %1 (default 24000).")
            .arg(DemoGenerator::kMaxComplaints),
        u"N"_s, u"24000"_s);
    const QCommandLineOption surveys(
        u"surveys"_s,
        QCoreApplication::translate("cx::cli", "Survey responses, 1 to %1 (default 6000).").arg(DemoGenerator::kMaxSurveys),
        u"N"_s, u"6000"_s);
    const QCommandLineOption seed(
        u"seed"_s,
        QCoreApplication::translate("cx::cli", "Random seed; the same seed writes the same bytes (default 20240101)."),
        u"S"_s, u"20240101"_s);
    const QCommandLineOption format(
        u"format"_s,
        QCoreApplication::translate(
            "cx::cli",
            "How complaints are written: mixed (default; two overlapping period exports as they really arrive: "
            "GBK with title and footer rows, then UTF-8 with BOM and other column names), utf8, gbk or xlsx "
            "(one file in that format, no title, footer or overlap)."),
        u"FORMAT"_s, u"mixed"_s);
    parser.addOptions({help, output, complaints, surveys, seed, format});

    if (!parser.parse(arguments))
        return usageError(command, parser.errorText());
    if (parser.isSet(help)) {
        QString text = parser.helpText();
        // The usage line names the program as started; make it name the sub-command.
        text.replace(QCoreApplication::arguments().constFirst(), u"cxwb-cli demo -o DIR"_s);
        out() << text;
        return ExitOk;
    }
    if (!parser.positionalArguments().isEmpty())
        return usageError(command, QCoreApplication::translate("cx::cli", "unexpected argument '%1'.").arg(parser.positionalArguments().constFirst()));
    if (!parser.isSet(output) || parser.value(output).trimmed().isEmpty())
        return usageError(command, QCoreApplication::translate("cx::cli", "no output folder: give one with -o DIR."));

    DemoOptions options;
    options.outputDir = QDir::cleanPath(parser.value(output));
    const auto count = [&](const QCommandLineOption &option, qint64 max) {
        const std::optional<qint64> value = parseCount(parser.value(option), 1, max);
        if (!value)
            usageError(command, QCoreApplication::translate("cx::cli", "--%1 expects a whole number from 1 to %2, not '%3'.")
                                    .arg(option.names().constFirst())
                                    .arg(max)
                                    .arg(parser.value(option)));
        return value;
    };
    const std::optional<qint64> complaintCount = count(complaints, DemoGenerator::kMaxComplaints);
    if (!complaintCount)
        return ExitUsage;
    options.complaints = *complaintCount;
    const std::optional<qint64> surveyCount = count(surveys, DemoGenerator::kMaxSurveys);
    if (!surveyCount)
        return ExitUsage;
    options.surveys = *surveyCount;
    bool seedOk = false;
    options.seed = parser.value(seed).trimmed().toULongLong(&seedOk);
    if (!seedOk)
        return usageError(command, QCoreApplication::translate("cx::cli", "--seed expects a whole number from 0 to 18446744073709551615, not '%1'.")
                                       .arg(parser.value(seed)));
    const auto chosenFormat = DemoGenerator::formatFromName(parser.value(format).trimmed());
    if (!chosenFormat)
        return usageError(command, QCoreApplication::translate("cx::cli", "--format expects mixed, utf8, gbk or xlsx, not '%1'.").arg(parser.value(format)));
    options.format = *chosenFormat;
    if (const QString problem = DemoGenerator::validate(options); !problem.isEmpty())
        return usageError(command, problem);

    // Ctrl+C cancels cleanly: the generator removes what it wrote.
    g_interrupted = false;
    const auto previousHandler = std::signal(SIGINT, onInterrupt);
    const bool showProgress = stderrIsTerminal();
    int shownPercent = -1;
    QElapsedTimer timer;
    timer.start();
    DemoGenerator generator(options);
    const DemoResult result = generator.run([&](qint64 done, qint64 total) {
        const int percent = total > 0 ? int(done * 100 / total) : 100;
        if (showProgress && percent != shownPercent) {
            shownPercent = percent;
            err() << '\r' << QCoreApplication::translate("cx::cli", "Writing demo files: %1%").arg(percent);
            err().flush();
        }
        return !g_interrupted.load();
    });
    std::signal(SIGINT, previousHandler);
    if (showProgress) {
        err() << '\r' << QString(40, u' ') << '\r';
        err().flush();
    }
    const double seconds = double(timer.elapsed()) / 1000.0;

    if (!result.ok) {
        err() << "cxwb-cli demo: " << result.errorMessage << '\n';
        return ExitFailure;
    }
    out() << QCoreApplication::translate("cx::cli", "Wrote %n file(s) to %1:", nullptr, int(result.files.size()))
                 .arg(QDir::toNativeSeparators(QDir(options.outputDir).absolutePath()))
          << '\n';
    int width = 0;
    for (const DemoFile &file : result.files)
        width = std::max(width, int(file.fileName.size()));
    for (const DemoFile &file : result.files) {
        out() << "  " << file.fileName.leftJustified(width + 2);
        if (file.fileName.endsWith(u".json"_s))
            out() << QCoreApplication::translate("cx::cli", "planted patterns and expected counts") << '\n';
        else
            out() << QCoreApplication::translate("cx::cli", "%L1 rows").arg(file.rows) << '\n';
    }
    const double rate = seconds > 0 ? double(options.complaints) / seconds : 0.0;
    out() << QCoreApplication::translate("cx::cli", "Done in %L1 s (%L2 complaints per second).").arg(seconds, 0, 'f', 2).arg(qint64(rate)) << '\n';
    return ExitOk;
}

} // namespace

Command makeDemoCommand()
{
    return {u"demo"_s, QCoreApplication::translate("cx::cli", "Write realistic demo exports to a folder."), runDemo};
}

} // namespace cx::cli
