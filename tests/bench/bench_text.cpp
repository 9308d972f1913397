// Text analysis benchmark (run on demand, prints figures):
//   bench_text FILE [--column N] [--rounds R]
// Reads the complaint texts of a UTF-8 CSV export (column N, default the
// one whose header holds 内容) and splits each into keywords and pain-point
// tags with the built-in word lists, as the aggregate fold does for every
// distinct text. Prints the CPU time per text and a digest of every
// keyword and tag, which must not change when the segmenter is made faster.

#include "io/csvreader.h"
#include "text/keywordextractor.h"
#include "text/painpointtagger.h"
#include "text/textlists.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QCryptographicHash>
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

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addPositionalArgument(u"file"_s, u"A UTF-8 CSV export of complaints."_s);
    parser.addOption({u"column"_s, u"The column of the texts (0-based)."_s, u"N"_s, u"-1"_s});
    parser.addOption({u"rounds"_s, u"How often to split every text."_s, u"R"_s, u"1"_s});
    parser.process(app);
    QTextStream out(stdout);
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
