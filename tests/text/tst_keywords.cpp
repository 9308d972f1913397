// Keyword candidates of complaint texts (words and pairs of adjacent words),
// and their TF-IDF ranking with phrases, on a tiny corpus computed by hand.

#include "text/keywordextractor.h"
#include "text/keywordranking.h"
#include "text/textlists.h"

#include <QTest>

#include <cmath>

using namespace Qt::StringLiterals;

namespace {

// A hand-made corpus: keywords with their corpus and category counts.
struct Corpus
{
    QStringList keywords;
    std::vector<qint64> corpus;
    std::vector<qint64> category;

    void add(const QString &keyword, qint64 inCorpus, qint64 inCategory)
    {
        keywords << keyword;
        corpus.push_back(inCorpus);
        category.push_back(inCategory);
    }

    QList<cx::RankedKeyword> rank(int count, const cx::PhraseRule &rule) const
    {
        const cx::KeywordVocabulary vocabulary = cx::KeywordVocabulary::fromKeywords(keywords);
        std::vector<std::uint32_t> touched;
        for (std::size_t i = 0; i < category.size(); ++i)
            if (category[i] > 0)
                touched.push_back(std::uint32_t(i));
        const std::size_t documents = std::size_t(vocabulary.documents);
        return cx::rankKeywords(vocabulary, touched, category, category[documents], corpus, corpus[documents], count,
                                rule);
    }
};

QString describe(const QList<cx::RankedKeyword> &ranked)
{
    QStringList parts;
    for (const cx::RankedKeyword &k : ranked)
        parts << u"%1 %2 %3"_s.arg(k.keyword).arg(k.complaints).arg(k.score, 0, 'f', 4);
    return parts.join(u" | "_s);
}

} // namespace

class TestKeywords : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void candidates_data();
    void candidates();
    void stopWordsAndTermsOfAWorkspace();
    void displayText();
    void vocabulary();
    void tfIdf();
    void phraseRule();
};

void TestKeywords::candidates_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("expected");

    QTest::newRow("broadband") << u"家里宽带每天晚上掉线，重启光猫也不行"_s
                               << QStringList{u"家里"_s, u"宽带"_s, u"掉线"_s, u"重启"_s, u"光猫"_s, u"家里 宽带"_s,
                                              u"重启 光猫"_s};
    // Only the regulator is left of the escalation boilerplate.
    QTest::newRow("boilerplate") << u"客户情绪激动，要求尽快处理，否则向工信部投诉"_s << QStringList{u"工信部"_s};
    // Letters and digits whole, single characters and plain numbers out, numbers that are terms in.
    QTest::newRow("letters and digits") << u"5G信号差，测速不到1M"_s
                                        << QStringList{u"5G"_s, u"信号差"_s, u"测速"_s, u"1M"_s, u"5G 信号差"_s};
    QTest::newRow("hotline") << u"打10086转人工等了十几分钟"_s
                             << QStringList{u"10086"_s, u"转人工"_s, u"10086 转人工"_s};
    QTest::newRow("amounts") << u"每月多扣了2.5元"_s << QStringList{};
    // A word once, however often it is said; punctuation ends a pair.
    QTest::newRow("repeated") << u"卡顿，卡顿，还是卡顿"_s << QStringList{u"卡顿"_s};
    QTest::newRow("full-width") << u"ＡＰＰ提示系统繁忙"_s
                                << QStringList{u"APP"_s, u"提示"_s, u"系统繁忙"_s, u"APP 提示"_s, u"提示 系统繁忙"_s};
    QTest::newRow("no text") << QString() << QStringList{};
}

void TestKeywords::candidates()
{
    QFETCH(QString, text);
    QFETCH(QStringList, expected);
    cx::KeywordExtractor extractor;
    QCOMPARE(extractor.keywords(text), expected);
}

void TestKeywords::stopWordsAndTermsOfAWorkspace()
{
    // A term of one character is a candidate; a stop word never is.
    const QList<cx::Term> terms{{u"卡"_s, cx::Term::kDefaultFrequency}, {u"光猫"_s, cx::Term::kDefaultFrequency}};
    cx::KeywordExtractor extractor(std::make_shared<const cx::Dictionary>(terms), {u"重启"_s});
    // The extractor's stop words are the only ones: 还是 is no stop word here.
    QCOMPARE(extractor.keywords(u"重启光猫后还是很卡"_s).join(u'/'), u"光猫/还是/卡"_s);
}

void TestKeywords::displayText()
{
    QCOMPARE(cx::KeywordExtractor::displayText(u"播放 卡顿"), u"播放卡顿"_s);
    QCOMPARE(cx::KeywordExtractor::displayText(u"iPhone 15"), u"iPhone 15"_s);
    QCOMPARE(cx::KeywordExtractor::displayText(u"5G 套餐"), u"5G套餐"_s);
    QCOMPARE(cx::KeywordExtractor::displayText(u"光猫"), u"光猫"_s);
    QVERIFY(cx::KeywordExtractor::isPair(u"播放 卡顿"));
    QCOMPARE(cx::KeywordExtractor::firstOfPair(u"播放 卡顿"), u"播放");
    QCOMPARE(cx::KeywordExtractor::secondOfPair(u"播放 卡顿"), u"卡顿");
}

void TestKeywords::vocabulary()
{
    const cx::KeywordVocabulary v =
        cx::KeywordVocabulary::fromKeywords({u"播放"_s, QString(), u"播放 卡顿"_s, u"卡顿"_s, u"画面 糊"_s});
    QCOMPARE(v.documents, 1);
    QCOMPARE(v.first[2], 0);
    QCOMPARE(v.second[2], 3);
    QVERIFY(!v.isPair(0));
    QVERIFY(!v.isPair(4)); // its parts are no keywords of the vocabulary
    QCOMPARE(v.display.at(2), u"播放卡顿"_s);
}

void TestKeywords::tfIdf()
{
    // Ten complaints with a text, four of them in the category:
    //                corpus  category
    //   宽带            5        4
    //   掉线            4        4
    //   光猫            2        2
    //   信号            6        1
    //   投诉           10        4     (every complaint)
    //   宽带 掉线        4        4
    //   信号 投诉        6        1
    Corpus c;
    c.add(QString(), 10, 4);
    c.add(u"宽带"_s, 5, 4);
    c.add(u"掉线"_s, 4, 4);
    c.add(u"光猫"_s, 2, 2);
    c.add(u"信号"_s, 6, 1);
    c.add(u"投诉"_s, 10, 4);
    c.add(u"宽带 掉线"_s, 4, 4);
    c.add(u"信号 投诉"_s, 6, 1);

    // Pairs need five complaints by default: none is a phrase.
    //   掉线 1·ln(10/4) = 0.9163, 光猫 0.5·ln(10/2) = 0.8047, 宽带 1·ln(10/5) = 0.6931,
    //   信号 0.25·ln(10/6) = 0.1277, 投诉 1·ln(10/10) = 0.
    QCOMPARE(describe(c.rank(10, {})),
             u"掉线 4 0.9163 | 光猫 2 0.8047 | 宽带 4 0.6931 | 信号 1 0.1277 | 投诉 4 0.0000"_s);

    // From three complaints on: NPMI(宽带, 掉线) = ln(0.4 / (0.5·0.4)) / −ln 0.4 = 0.756 ≥ 0.5, so
    // 宽带掉线 (tf 1, idf ln(10/4)) is a phrase and replaces both its parts (in all four
    // complaints of each); NPMI(信号, 投诉) = ln(0.6 / (0.6·1)) / −ln 0.6 = 0 is no phrase.
    cx::PhraseRule fromThree;
    fromThree.minComplaints = 3;
    QCOMPARE(describe(c.rank(10, fromThree)), u"宽带掉线 4 0.9163 | 光猫 2 0.8047 | 信号 1 0.1277 | 投诉 4 0.0000"_s);
    QCOMPARE(describe(c.rank(2, fromThree)), u"宽带掉线 4 0.9163 | 光猫 2 0.8047"_s);

    // No complaint with a text: nothing to rank.
    Corpus empty;
    empty.add(QString(), 0, 0);
    QVERIFY(empty.rank(5, {}).isEmpty());
}

void TestKeywords::phraseRule()
{
    // Eight complaints: every one has 看球赛 and 缓冲 side by side, half of them 关键 时刻,
    // six 5G before 缓冲.
    Corpus c;
    c.add(QString(), 8, 8);
    c.add(u"看球赛"_s, 8, 8);
    c.add(u"缓冲"_s, 8, 8);
    c.add(u"看球赛 缓冲"_s, 8, 8);
    c.add(u"关键"_s, 4, 4);
    c.add(u"时刻"_s, 4, 4);
    c.add(u"关键 时刻"_s, 4, 4);
    c.add(u"5G"_s, 6, 6);
    c.add(u"5G 缓冲"_s, 6, 6);
    cx::PhraseRule rule;
    rule.minComplaints = 1;
    const QString ranked = describe(c.rank(10, rule));
    // 看球赛缓冲 has five characters and 5G缓冲 a Latin part: neither is a phrase; 关键时刻 is.
    QVERIFY2(ranked.startsWith(u"关键时刻 4 "_s), qPrintable(ranked));
    QVERIFY2(!ranked.contains(u"看球赛缓冲"_s) && !ranked.contains(u"5G缓冲"_s), qPrintable(ranked));
    QVERIFY2(!ranked.contains(u"| 关键 "_s) && !ranked.contains(u"| 时刻 "_s), qPrintable(ranked));
    QVERIFY2(ranked.contains(u"看球赛 8 "_s) && ranked.contains(u"5G 6 "_s), qPrintable(ranked));

    // The normalised PMI threshold: 1.0 only keeps words that never occur apart.
    Corpus loose;
    loose.add(QString(), 10, 10);
    loose.add(u"播放"_s, 6, 6);
    loose.add(u"卡顿"_s, 5, 5);
    loose.add(u"播放 卡顿"_s, 5, 5); // NPMI ln(0.5 / (0.6·0.5)) / −ln 0.5 = 0.737
    rule.minNpmi = 1.0;
    QVERIFY(!describe(loose.rank(10, rule)).contains(u"播放卡顿"_s));
    rule.minNpmi = 0.5;
    QVERIFY(describe(loose.rank(10, rule)).startsWith(u"播放卡顿 5 "_s));
}

QTEST_GUILESS_MAIN(TestKeywords)
#include "tst_keywords.moc"
