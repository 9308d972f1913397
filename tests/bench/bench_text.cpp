// Text analysis benchmark (run on demand, prints figures):
//   bench_text FILE [--column N] [--rounds R]
//   bench_text --workspace WORKSPACE
// Reads the complaint texts of a UTF-8 CSV export (column N, default the
// one whose header holds 内容) and splits each into keywords and pain-point
// tags with the built-in word lists, as the aggregate fold does for every
// distinct text. Prints the CPU time per text and a digest of every
// keyword and tag, which must not change when the segmenter is made faster.
// With --workspace: the complaint table filtered by each pain-point tag
// over the whole history (the selection sorted by time with its first page
// of rows, then sorted by category), read from complaint_tag, then the same
// by applying the tag rules of the first three tags to the texts (as when the
// aggregates are stale).

#include "analytics/analysisscope.h"
#include "analytics/analyticscube.h"
#include "io/csvreader.h"
#include "pipeline/sqlite.h"
#include "service/complaintbrowser.h"
#include "text/keywordextractor.h"
#include "text/painpointtagger.h"
#include "text/textlists.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QFile>
#include <QTextStream>

#include <ctime>

using namespace Qt::StringLiterals;

namespace {

double cpuSeconds()
{
    timespec ts{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return double(ts.tv_sec) + double(ts.tv_nsec) / 1e9;
}

// Times the tag filter of the complaint table for every tag rule; `label` names the path taken.
void timeTagFilters(cx::sqlite::Database &db, const std::shared_ptr<const cx::AnalyticsCube> &cube,
                    const QList<cx::TagRule> &rules, const char *label, QTextStream &out)
{
    for (const cx::TagRule &rule : rules) {
        cx::ComplaintSelection selection;
        selection.tag = rule.tag;
        const cx::AnalysisScope scope(cube, selection.filter);
        QElapsedTimer timer;
        timer.start();
        const double cpu = cpuSeconds();
        const auto keys = cx::ComplaintBrowser::select(db, scope, selection, cx::ComplaintColumn::AcceptedAt);
        const QList<qint64> ids = keys ? keys->sorted(Qt::DescendingOrder) : QList<qint64>();
        const QList<cx::ComplaintRow> page = cx::ComplaintBrowser::rows(db, ids.mid(0, 100));
        const double firstPage = double(timer.nsecsElapsed()) / 1e6;
        const double firstPageCpu = (cpuSeconds() - cpu) * 1e3;
        timer.restart();
        const auto byCategory = cx::ComplaintBrowser::select(db, scope, selection, cx::ComplaintColumn::Category);
        const double sorted = double(timer.nsecsElapsed()) / 1e6;
        out << label << ' ' << rule.tag << ": " << ids.size() << " complaints, first page " << firstPage << " ms ("
            << firstPageCpu << " ms CPU, " << page.size() << " rows), by category " << sorted << " ms ("
            << (byCategory ? byCategory->size() : -1) << ")\n";
        out.flush();
    }
}

int tagFilters(const QString &path, QTextStream &out)
{
    QString error;
    const std::shared_ptr<const cx::AnalyticsCube> cube = cx::AnalyticsCube::load(path, &error);
    cx::sqlite::Database db;
    if (!cube || !db.open(path)) {
        out << "cannot load " << path << ": " << error << '\n';
        return 1;
    }
    const std::optional<cx::TextLists> lists = cx::TextLists::read(db, &error);
    if (!lists) {
        out << error << '\n';
        return 1;
    }
    timeTagFilters(db, cube, lists->tagRules(), "complaint_tag", out);
    // Stale aggregates (another fingerprint of the word lists) make the filter apply the rules; restored after.
    if (!db.exec(u"BEGIN; UPDATE agg_state SET value = value + 1 WHERE key = 'text_lists'"_s)) {
        out << db.errorString() << '\n';
        return 1;
    }
    // The rules read every text of the history: three tags tell the time.
    timeTagFilters(db, cube, lists->tagRules().mid(0, 3), "rules", out);
    db.exec(u"ROLLBACK"_s);
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addPositionalArgument(u"file"_s, u"A UTF-8 CSV export of complaints."_s);
    parser.addOption({u"column"_s, u"The column of the texts (0-based)."_s, u"N"_s, u"-1"_s});
    parser.addOption({u"rounds"_s, u"How often to split every text."_s, u"R"_s, u"1"_s});
    parser.addOption({u"workspace"_s, u"Time the complaint table's tag filter on a workspace."_s, u"WORKSPACE"_s});
    parser.process(app);
    QTextStream out(stdout);
    if (parser.isSet(u"workspace"_s))
        return tagFilters(parser.value(u"workspace"_s), out);
    if (parser.positionalArguments().size() != 1) {
        out << parser.helpText();
        return 2;
    }
    QStringList texts;
    {
        QFile file(parser.positionalArguments().constFirst());
        if (!file.open(QIODevice::ReadOnly)) {
            out << "cannot open " << file.fileName() << '\n';
            return 1;
        }
        cx::CsvReader reader(&file, file.fileName());
        if (!reader.open()) {
            out << "cannot read " << file.fileName() << '\n';
            return 1;
        }
        int column = parser.value(u"column"_s).toInt();
        bool header = true;
        cx::TableRow row;
        while (reader.readRow(row)) {
            if (header) {
                for (qsizetype i = 0; column < 0 && i < row.size(); ++i)
                    if (row.cell(i).contains(u"内容"))
                        column = int(i);
                header = false;
                continue;
            }
            if (column >= 0 && column < row.size())
                texts << row.cellString(column);
        }
    }
    const cx::TextLists &lists = cx::TextLists::defaults();
    cx::KeywordExtractor extractor(lists);
    cx::PainPointTagger tagger(lists.tagRules());
    const int rounds = std::max(1, parser.value(u"rounds"_s).toInt());
    QCryptographicHash digest(QCryptographicHash::Sha1);
    qint64 keywords = 0;
    qint64 tags = 0;
    double keywordSeconds = 0;
    double tagSeconds = 0;
    for (int round = 0; round < rounds; ++round) {
        for (const QString &text : std::as_const(texts)) {
            double start = cpuSeconds();
            const QStringList words = extractor.keywords(text);
            keywordSeconds += cpuSeconds() - start;
            start = cpuSeconds();
            const std::vector<int> &found = tagger.tag(text);
            tagSeconds += cpuSeconds() - start;
            keywords += words.size();
            tags += qint64(found.size());
            if (round == 0) {
                digest.addData(words.join(u'\x1f').toUtf8());
                for (int tag : found)
                    digest.addData(QByteArray::number(tag).append(','));
                digest.addData("\n");
            }
        }
    }
    const double n = double(texts.size()) * rounds;
    out << texts.size() << " texts x " << rounds << ": keywords " << keywordSeconds * 1e6 / n << " us/text, tags "
        << tagSeconds * 1e6 / n << " us/text; " << keywords << " keywords, " << tags << " tags; digest "
        << digest.result().toHex() << '\n';
    return 0;
}
