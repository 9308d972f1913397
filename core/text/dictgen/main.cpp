// Build step: turns jieba's dictionary (lines "word frequency [part-of-speech]",
// UTF-8) into the compact WordTrie resource cxcore segments Chinese with.
//   cx_dictgen dict.txt OUTPUT
// A log-probability is ln(frequency / total frequency), as jieba computes it.

#include "text/wordtrie.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QSaveFile>
#include <QTextStream>

#include <cmath>

using namespace Qt::StringLiterals;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    QTextStream err(stderr);
    if (args.size() != 3) {
        err << "usage: cx_dictgen DICT.TXT OUTPUT\n";
        return 64;
    }
    QFile input(args.at(1));
    if (!input.open(QIODevice::ReadOnly)) {
        err << "cx_dictgen: cannot read " << args.at(1) << ": " << input.errorString() << '\n';
        return 1;
    }
    const QByteArray bytes = input.readAll();
    const QByteArray sha = QCryptographicHash::hash(bytes, QCryptographicHash::Sha256);
    quint64 digest = 0;
    for (int i = 0; i < 8; ++i)
        digest = (digest << 8) | quint8(sha.at(i));

    QList<std::pair<QString, double>> entries;
    double total = 0;
    qsizetype lineNumber = 0;
    for (const QByteArray &rawLine : bytes.split('\n')) {
        ++lineNumber;
        const QByteArray line = rawLine.trimmed();
        if (line.isEmpty())
            continue;
        const QList<QByteArray> fields = line.split(' ');
        bool ok = false;
        const double frequency = fields.size() >= 2 ? fields.at(1).toDouble(&ok) : 0;
        if (!ok || frequency < 0) {
            err << "cx_dictgen: " << args.at(1) << ':' << lineNumber << ": expected \"word frequency\"\n";
            return 1;
        }
        entries.append({QString::fromUtf8(fields.at(0)), frequency});
        total += frequency;
    }
    if (entries.isEmpty() || total <= 0 || total > 4e9) {
        err << "cx_dictgen: " << args.at(1) << " holds no usable words\n";
        return 1;
    }

    QList<cx::WeightedWord> words;
    words.reserve(entries.size());
    const double logTotal = std::log(total);
    for (const auto &[word, frequency] : std::as_const(entries))
        words.append({word, std::log(std::max(frequency, 1.0)) - logTotal});
    const QByteArray trie = cx::WordTrie::build(words, digest, quint32(total));

    QSaveFile output(args.at(2));
    if (!output.open(QIODevice::WriteOnly) || output.write(trie) != trie.size() || !output.commit()) {
        err << "cx_dictgen: cannot write " << args.at(2) << ": " << output.errorString() << '\n';
        return 1;
    }
    return 0;
}
