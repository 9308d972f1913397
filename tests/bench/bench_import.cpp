// Import benchmark (run on demand, prints figures):
//   bench_import [--rows N | --csv FILE] [--keep DIR] [--no-xlsx] [--rounds N]
// Generates N complaint rows with the demo generator as one UTF-8 CSV (or
// takes an existing complaint CSV), times
// `sqlite3 DB '.mode csv' '.import FILE t'` and `cxwb-cli import` of the same
// file in the same run; the text cost: the same rows with the 投诉内容 column
// emptied (a second CSV) imported beside them, and the keyword step after the
// import (foldKeywords() in this process; nothing left to do when the import
// folded the keywords, as it does for texts that repeat); then the first `cxwb-cli analyze`
// of the imported workspace (import and first analysis against sqlite3); the
// same import and first analysis (keyword step, if any, included) with the workspace
// held open in WAL mode, as the desktop app holds it (until the exit and
// until the report, which is when the app shows its summary); and
// with generated rows the same rows as XLSX: its import beside the sqlite3 figure, and XlsxReader alone in
// this process (unpacking and parsing the sheet, no workspace), with its own
// sheet lexer and with libxml2 (XlsxOptions::libxml2Sheets). sqlite3, the
// import and its first analysis, plain and held open, run `--rounds` times
// (3 unless given), taking turns, and each prints the run of median wall
// time: one run on a shared machine varies by 15 %. Each figure is
// wall time with the child's CPU time (user + system) beside it: on a shared
// machine the ratios of CPU times are the ones to compare. Peak memory is the
// child process's maximum resident set size.

#include "analytics/keywordfold.h"
#include "demo/demogenerator.h"
#include "io/xlsxreader.h"
#include "pipeline/sqlite.h"
#include "workspace/workspace.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextStream>

#include <malloc.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <vector>

extern char **environ;

using namespace Qt::StringLiterals;

namespace {

struct Measure
{
    bool ok = false;
    double seconds = 0;
    double cpuSeconds = 0; ///< user + system
    long peakKb = 0;
    double reportSeconds = 0; ///< when the child's first output came (its report); 0 for none
};

double seconds(const timeval &time)
{
    return double(time.tv_sec) + double(time.tv_usec) / 1e6;
}

// "12.34 s (CPU 11.20 s)".
QString timing(const Measure &measure)
{
    return u"%1 s (CPU %2 s)"_s.arg(measure.seconds, 0, 'f', 2).arg(measure.cpuSeconds, 0, 'f', 2);
}

// "1.52 (CPU 1.40)": the wall and CPU ratios of `ours` to `reference`.
QString ratio(double oursWall, double oursCpu, const Measure &reference)
{
    return u"%1 (CPU %2)"_s.arg(oursWall / reference.seconds, 0, 'f', 2).arg(oursCpu / reference.cpuSeconds, 0, 'f', 2);
}

// The run of median wall time, or of the time `by` (the later of the middle
// two of an even count), with the highest peak of all runs; ok when every run was.
Measure median(std::vector<Measure> runs, double Measure::*by = &Measure::seconds)
{
    if (runs.empty())
        return {};
    std::sort(runs.begin(), runs.end(), [by](const Measure &a, const Measure &b) { return a.*by < b.*by; });
    Measure middle = runs[runs.size() / 2];
    for (const Measure &run : runs) {
        middle.peakKb = std::max(middle.peakKb, run.peakKb);
        middle.ok = middle.ok && run.ok;
    }
    return middle;
}

// " (median of 3)" after a figure of several runs.
QString runsNote(std::size_t runs)
{
    return runs > 1 ? u" (median of %1)"_s.arg(runs) : QString();
}

// This process's CPU time (user + system) so far.
double ownCpuSeconds()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return seconds(usage.ru_utime) + seconds(usage.ru_stime);
}

// The machine's load averages, as /proc/loadavg has them.
QString loadAverage()
{
    QFile file(u"/proc/loadavg"_s);
    return file.open(QIODevice::ReadOnly) ? QString::fromLatin1(file.readLine().trimmed()) : u"?"_s;
}

// Copies a CSV with the cells of the column named `column` emptied, keeping
// every row and every other byte (quoted fields, line ends). False when the
// file cannot be read or written or has no such column. Streams in blocks:
// the bench's own memory would count in its children's peaks (runTimed()).
bool writeWithoutColumn(const QString &from, const QString &to, const QByteArray &column)
{
    QFile in(from);
    QFile out(to);
    if (!in.open(QIODevice::ReadOnly) || !out.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    const QByteArray headerLine = in.readLine();
    QByteArray header = headerLine.trimmed();
    if (header.startsWith("\xEF\xBB\xBF"))
        header.remove(0, 3);
    const qsizetype dropped = header.split(',').indexOf(column);
    if (!headerLine.endsWith('\n') || dropped < 0 || out.write(headerLine) != headerLine.size())
        return false;
    qsizetype field = 0;
    bool quoted = false;
    bool fieldStart = true;
    bool quoteInQuoted = false; // a '"' inside quotes, the last byte of the previous block
    QByteArray result;
    while (!in.atEnd()) {
        const QByteArray bytes = in.read(4 << 20);
        result.clear();
        result.reserve(bytes.size());
        for (qsizetype i = 0; i < bytes.size(); ++i) {
            const char c = bytes.at(i);
            const bool keep = field != dropped;
            if (quoteInQuoted) { // "" is a quote inside the field, a lone " ends it
                quoteInQuoted = false;
                if (c == '"') {
                    if (keep)
                        result.append("\"\"");
                    continue;
                }
                quoted = false;
                if (keep)
                    result.append('"');
            }
            if (quoted) {
                if (c == '"')
                    quoteInQuoted = true;
                else if (keep)
                    result.append(c);
                continue;
            }
            if (c == ',' || c == '\r' || c == '\n') { // a line's \r\n is kept whichever field ends it
                field = c == ',' ? field + 1 : c == '\n' ? 0 : field;
                fieldStart = true;
                result.append(c);
                continue;
            }
            if (c == '"' && fieldStart)
                quoted = true;
            fieldStart = false;
            if (keep)
                result.append(c);
        }
        if (out.write(result) != result.size())
            return false;
    }
    return !quoteInQuoted || (field != dropped ? out.write("\"") == 1 : true);
}

// The keyword step after an import, as the first analysis runs it.
Measure foldKeywordsOf(const QString &workspace)
{
    Measure measure;
    cx::sqlite::Database db;
    if (!db.open(workspace))
        return measure;
    const double cpu = ownCpuSeconds();
    QElapsedTimer timer;
    timer.start();
    QString error;
    measure.ok = cx::foldKeywords(db, &error) && !cx::keywordsBehind(db);
    measure.seconds = double(timer.nsecsElapsed()) / 1e9;
    measure.cpuSeconds = ownCpuSeconds() - cpu;
    if (!measure.ok)
        QTextStream(stderr) << error << '\n';
    return measure;
}

// fork + execve + wait4 rather than QProcess: wait4 reports the child's own
// peak RSS. Not posix_spawn: its child shares this process's memory until
// the exec, and the kernel counts this process's peak as the child's.
// After a fork the child starts from this process's current size, kept
// small (malloc_trim, streamed copies).
Measure runTimed(const QString &program, const QStringList &arguments)
{
    std::vector<QByteArray> storage{program.toLocal8Bit()};
    for (const QString &argument : arguments)
        storage.push_back(argument.toLocal8Bit());
    std::vector<char *> argv;
    for (QByteArray &bytes : storage)
        argv.push_back(bytes.data());
    argv.push_back(nullptr);

    int output[2];
    if (pipe(output) != 0)
        return {};
    malloc_trim(0);
    QElapsedTimer timer;
    timer.start();
    Measure measure;
    const pid_t pid = fork();
    if (pid == 0) {
        close(output[0]);
        dup2(output[1], 1);
        execve(argv[0], argv.data(), environ);
        _exit(127);
    }
    close(output[1]);
    char buffer[4096];
    for (ssize_t n = 0; (n = read(output[0], buffer, sizeof buffer)) != 0;) {
        if (n > 0 && measure.reportSeconds == 0)
            measure.reportSeconds = double(timer.nsecsElapsed()) / 1e9;
        if (n < 0 && errno != EINTR)
            break;
    }
    close(output[0]);
    int status = 0;
    rusage usage{};
    if (pid > 0 && wait4(pid, &status, 0, &usage) == pid) {
        measure.seconds = double(timer.nsecsElapsed()) / 1e9;
        measure.cpuSeconds = seconds(usage.ru_utime) + seconds(usage.ru_stime);
        measure.peakKb = usage.ru_maxrss;
        measure.ok = WIFEXITED(status) && WEXITSTATUS(status) == 0;
    }
    return measure;
}

struct ReaderMeasure
{
    bool ok = false;
    double seconds = 0;
    qint64 rows = 0;
    qint64 sheetBytes = 0;
};

// Reads every row and touches every cell as the importer does.
ReaderMeasure readWorkbook(const QString &path, bool libxml2)
{
    ReaderMeasure measure;
    QElapsedTimer timer;
    timer.start();
    cx::XlsxOptions options;
    options.libxml2Sheets = libxml2;
    cx::XlsxReader reader(path, options);
    if (!reader.open())
        return measure;
    cx::TableRow row;
    qint64 cellBytes = 0;
    while (reader.readRow(row)) {
        ++measure.rows;
        for (qsizetype i = 0; i < row.size(); ++i)
            cellBytes += row.utf8Cell(i).size();
    }
    measure.seconds = double(timer.nsecsElapsed()) / 1e9;
    measure.sheetBytes = reader.totalBytes();
    measure.ok = !reader.hasError() && cellBytes > 0;
    return measure;
}

bool generate(const QString &folder, qint64 rows, cx::DemoFormat format)
{
    cx::DemoOptions options;
    options.outputDir = folder;
    options.complaints = rows;
    options.surveys = 100;
    options.format = format;
    const cx::DemoResult result = cx::DemoGenerator(options).run();
    if (!result.ok)
        QTextStream(stderr) << result.errorMessage << '\n';
    return result.ok;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    const QStringList args = QCoreApplication::arguments();
    const qint64 rows = args.contains(u"--rows"_s) ? args.value(args.indexOf(u"--rows"_s) + 1).toLongLong() : 1'000'000;
    const QString given = args.contains(u"--csv"_s) ? args.value(args.indexOf(u"--csv"_s) + 1) : QString();
    const bool xlsx = !args.contains(u"--no-xlsx"_s) && given.isEmpty();
    const int rounds =
        args.contains(u"--rounds"_s) ? std::max(1, args.value(args.indexOf(u"--rounds"_s) + 1).toInt()) : 3;
    QTemporaryDir scratch;
    const QString folder = args.contains(u"--keep"_s) ? args.value(args.indexOf(u"--keep"_s) + 1) : scratch.path();
    QDir().mkpath(folder);

    const QString cli = QDir(QCoreApplication::applicationDirPath()).filePath(u"../../app/cli/cxwb-cli"_s);
    const QString sqlite = QStandardPaths::findExecutable(u"sqlite3"_s);
    if (!QFileInfo::exists(cli) || sqlite.isEmpty()) {
        QTextStream(stderr) << "needs " << cli << " (build cxwb-cli) and sqlite3 on the PATH\n";
        return 1;
    }

    const QString csvFolder = folder + u"/csv"_s;
    if (given.isEmpty() && !generate(csvFolder, rows, cx::DemoFormat::Utf8))
        return 1;
    const QString csv = given.isEmpty() ? csvFolder + u"/complaints_2024_utf8.csv"_s : given;
    out << (given.isEmpty() ? u"rows: "_s + QString::number(rows) : u"file: "_s + given)
        << ", UTF-8 CSV: " << QFileInfo(csv).size() / (1024 * 1024) << " MiB\n";
    out << "load average at start: " << loadAverage() << '\n';

    // In turns, so that a slow spell of the machine falls on both.
    std::vector<Measure> references, imports, keywordSteps, firsts;
    for (int round = 0; round < rounds; ++round) {
        QFile::remove(folder + u"/sqlite.db"_s);
        references.push_back(
            runTimed(sqlite, {folder + u"/sqlite.db"_s, u".mode csv"_s, u".import "_s + csv + u" t"_s}));
        QFile::remove(folder + u"/bench.cxw"_s);
        imports.push_back(runTimed(cli, {u"import"_s, u"-w"_s, folder + u"/bench.cxw"_s, csv}));
        keywordSteps.push_back(foldKeywordsOf(folder + u"/bench.cxw"_s));
        // The import folds the aggregates as it commits and the keyword step ran: the first analysis only loads the cube.
        firsts.push_back(runTimed(cli, {u"analyze"_s, u"-w"_s, folder + u"/bench.cxw"_s}));
    }
    const Measure reference = median(references);
    const Measure ours = median(imports);
    const Measure keywords = median(keywordSteps);
    const Measure first = median(firsts);
    const QString note = runsNote(references.size());
    out << "sqlite3 .import:  " << timing(reference) << note << '\n';
    out << "cxwb-cli import:  " << timing(ours) << note << ", peak " << ours.peakKb / 1024 << " MiB"
        << (ours.ok ? "" : "  (FAILED)") << '\n';
    out << "ratio import/sqlite3: " << ratio(ours.seconds, ours.cpuSeconds, reference) << '\n';

    // The text cost: the same rows without their texts, and the keyword step.
    const QString textless = folder + u"/without-texts.csv"_s;
    if (!writeWithoutColumn(csv, textless, "投诉内容")) {
        QTextStream(stderr) << "cannot write " << textless << " (no column 投诉内容?)\n";
        return 1;
    }
    QFile::remove(folder + u"/bench-textless.cxw"_s);
    const Measure bare = runTimed(cli, {u"import"_s, u"-w"_s, folder + u"/bench-textless.cxw"_s, textless});
    out << "cxwb-cli import, texts emptied: " << timing(bare) << ", peak " << bare.peakKb / 1024 << " MiB"
        << (bare.ok ? "" : "  (FAILED)") << '\n';
    out << "ratio import with texts/without: " << ratio(ours.seconds, ours.cpuSeconds, bare) << '\n';
    out << "keyword step after the import: " << timing(keywords) << note << (keywords.ok ? "" : "  (FAILED)")
        << '\n';
    out << "ratio (import + keyword step)/import without texts: "
        << ratio(ours.seconds + keywords.seconds, ours.cpuSeconds + keywords.cpuSeconds, bare) << '\n';
    out << "load average after the text runs: " << loadAverage() << '\n';
    out << "first cxwb-cli analyze: " << timing(first) << note << ", peak " << first.peakKb / 1024 << " MiB"
        << (first.ok ? "" : "  (FAILED)") << '\n';
    out << "ratio (import + first analysis)/sqlite3: "
        << ratio(ours.seconds + first.seconds, ours.cpuSeconds + first.cpuSeconds, reference) << ", peak "
        << std::max(ours.peakKb, first.peakKb) / 1024 << " MiB\n";
    out << "ratio (import + keyword step + first analysis)/sqlite3: "
        << ratio(ours.seconds + keywords.seconds + first.seconds,
                 ours.cpuSeconds + keywords.cpuSeconds + first.cpuSeconds, reference)
        << '\n';

    // As with the desktop app holding the workspace open: the import stays in
    // WAL mode, and the first analysis runs the keyword step, if any, itself.
    const QString heldPath = folder + u"/bench-held.cxw"_s;
    std::vector<Measure> heldImports, heldFirsts;
    for (int round = 0; round < rounds; ++round) {
        for (const QString &suffix : {u""_s, u"-wal"_s, u"-shm"_s})
            QFile::remove(heldPath + suffix);
        cx::WorkspaceError heldError;
        const std::unique_ptr<cx::Workspace> holder = cx::Workspace::create(heldPath, &heldError);
        if (!holder) {
            QTextStream(stderr) << "cannot create " << heldPath << ": " << heldError.message << '\n';
            return 1;
        }
        heldImports.push_back(runTimed(cli, {u"import"_s, u"-w"_s, heldPath, csv}));
        heldFirsts.push_back(runTimed(cli, {u"analyze"_s, u"-w"_s, heldPath}));
    }
    const Measure held = median(heldImports);
    const Measure heldFirst = median(heldFirsts);
    out << "with the workspace held open (WAL): import " << timing(held) << note << ", peak "
        << held.peakKb / 1024 << " MiB" << (held.ok ? "" : "  (FAILED)")
        << "; first analyze (keyword step included) " << timing(heldFirst) << ", peak " << heldFirst.peakKb / 1024
        << " MiB" << (heldFirst.ok ? "" : "  (FAILED)") << '\n';
    out << "ratio held import/sqlite3: " << ratio(held.seconds, held.cpuSeconds, reference)
        << "; (held import + first analysis)/sqlite3: "
        << ratio(held.seconds + heldFirst.seconds, held.cpuSeconds + heldFirst.cpuSeconds, reference) << '\n';
    // The desktop app shows the import's summary at its report and copies
    // the log back into the file on a thread of its own after it; the CLI
    // copies it back before it exits.
    const double heldReport = median(heldImports, &Measure::reportSeconds).reportSeconds;
    out << "held import until its report: " << QString::number(heldReport, 'f', 2) << " s" << note
        << "; ratio to sqlite3: " << QString::number(heldReport / reference.seconds, 'f', 2)
        << "; (report + first analysis)/sqlite3: "
        << QString::number((heldReport + heldFirst.seconds) / reference.seconds, 'f', 2) << '\n';

    if (xlsx && rows <= cx::DemoGenerator::kMaxXlsxComplaints) {
        const QString xlsxFolder = folder + u"/xlsx"_s;
        if (!generate(xlsxFolder, rows, cx::DemoFormat::Xlsx))
            return 1;
        QFile::remove(folder + u"/bench-xlsx.cxw"_s);
        const QString workbook = xlsxFolder + u"/complaints_2024.xlsx"_s;
        const Measure book = runTimed(cli, {u"import"_s, u"-w"_s, folder + u"/bench-xlsx.cxw"_s, workbook});
        const ReaderMeasure alone = readWorkbook(workbook, false);
        const ReaderMeasure viaLibxml2 = readWorkbook(workbook, true);
        out << "XLSX: " << QFileInfo(workbook).size() / (1024 * 1024) << " MiB, sheet XML "
            << alone.sheetBytes / (1024 * 1024) << " MiB\n";
        out << "sqlite3 .import of the CSV:  " << timing(reference) << '\n';
        out << "cxwb-cli import of the XLSX: " << timing(book) << ", peak " << book.peakKb / 1024 << " MiB"
            << (book.ok ? "" : "  (FAILED)") << '\n';
        out << "ratio XLSX/sqlite3: " << ratio(book.seconds, book.cpuSeconds, reference) << '\n';
        const auto speed = [](const ReaderMeasure &measure) {
            return QString::number(measure.seconds, 'f', 2) + u" s, "_s
                + QString::number(double(measure.sheetBytes) / (1024 * 1024) / measure.seconds, 'f', 0)
                + u" MiB/s of sheet XML, "_s + QString::number(measure.rows) + u" rows"_s
                + (measure.ok ? QString() : u"  (FAILED)"_s);
        };
        out << "XlsxReader alone: " << speed(alone) << '\n';
        out << "XlsxReader alone with libxml2: " << speed(viaLibxml2) << '\n';
        if (!book.ok || !alone.ok || !viaLibxml2.ok || viaLibxml2.rows != alone.rows)
            return 1;
    }
    return ours.ok && bare.ok && keywords.ok && first.ok && held.ok && heldFirst.ok && reference.ok ? 0 : 1;
}
