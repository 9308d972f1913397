// Keywords and pain-point tags of the sample exports' hotspots (../shared/data):
// words an analyst recognises, never fragments of them.

#include "../analytics/analyticsfixture.h"

#include "analytics/analysis.h"
#include "testsupport.h"
#include "text/textlists.h"

#include <QTest>

using namespace Qt::StringLiterals;

namespace {

QStringList keywordsOf(const cx::Hotspot &hotspot)
{
    QStringList words;
    for (const cx::KeywordCount &k : hotspot.keywords)
        words << k.keyword;
    return words;
}

const cx::Hotspot *find(const QList<cx::Hotspot> &list, const QString &category)
{
    for (const cx::Hotspot &h : list)
        if (h.category == category || h.tag == category)
            return &h;
    return nullptr;
}

} // namespace

class TestSampleKeywords : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void noFragments_data();
    void noFragments();
    void keywordsSayTheProblem();
    void tagsOfTheYear();

private:
    std::unique_ptr<cx::test::AnalyticsWorkspace> m_workspace;
    std::shared_ptr<const cx::AnalyticsCube> m_cube;
};

void TestSampleKeywords::initTestCase()
{
    CX_REQUIRE_SHARED_DATA(data);
    m_workspace = std::make_unique<cx::test::AnalyticsWorkspace>();
    QVERIFY2(m_workspace->error().isEmpty(), qPrintable(m_workspace->error()));
    const QString imported = m_workspace->importSharedData(data);
    QVERIFY2(imported.isEmpty(), qPrintable(imported));
    QString error;
    m_cube = cx::AnalyticsCube::load(m_workspace->db(), &error);
    QVERIFY2(m_cube, qPrintable(error));
}

void TestSampleKeywords::noFragments_data()
{
    QTest::addColumn<QString>("from");
    QTest::addColumn<QString>("to");
    QTest::newRow("2024") << u"2024-01"_s << u"2024-12"_s;
    for (int month = 1; month <= 12; ++month) {
        const QString m = u"2024-%1"_s.arg(month, 2, 10, QChar(u'0'));
        QTest::newRow(qPrintable(m)) << m << m;
    }
}

void TestSampleKeywords::noFragments()
{
    QFETCH(QString, from);
    QFETCH(QString, to);
    QVERIFY(m_cube);
    cx::AnalysisFilter filter;
    filter.fromMonth = from;
    filter.toMonth = to;
    const cx::Hotspots result = cx::hotspots(m_cube->slice(filter), 10, 5);
    QVERIFY(!result.byVolume.isEmpty());

    // A single character is a keyword only as a term of the workspace (the
    // defaults have none); stop words never are; neither are the fragments
    // ICU's word break left in these texts before (刷短 of 刷视频, 掉线好 of
    // 掉线好几次, 次来 of 第2次来电, 工信 of 工信部, 宽/带, 光/猫).
    const cx::TextLists &lists = cx::TextLists::defaults();
    QStringList singleCharacterTerms;
    for (const cx::Term &term : lists.terms())
        if (term.word.size() == 1)
            singleCharacterTerms << term.word;
    QVERIFY(singleCharacterTerms.isEmpty());
    const QStringList fragments{u"刷短"_s, u"掉线好"_s, u"次来"_s, u"工信"_s, u"也不"_s, u"不守"_s,
                                u"宽"_s, u"猫"_s, u"卡"_s, u"费"_s};
    for (const QList<cx::Hotspot> *list : {&result.byVolume, &result.byIncrease, &result.byPer10k}) {
        for (const cx::Hotspot &hotspot : *list) {
            QVERIFY2(!hotspot.keywords.isEmpty() || hotspot.complaints < 5, qPrintable(hotspot.category));
            for (const cx::KeywordCount &k : hotspot.keywords) {
                const QString where = u"%1 %2: %3"_s.arg(from, hotspot.category, k.keyword);
                QVERIFY2(k.keyword.size() >= 2 || singleCharacterTerms.contains(k.keyword), qPrintable(where));
                QVERIFY2(!fragments.contains(k.keyword), qPrintable(where));
                QVERIFY2(!lists.stopWords().contains(k.keyword), qPrintable(where));
                QVERIFY2(k.complaints > 0 && k.complaints <= hotspot.complaints, qPrintable(where));
            }
        }
    }
}

void TestSampleKeywords::keywordsSayTheProblem()
{
    QVERIFY(m_cube);
    cx::AnalysisFilter year;
    year.fromMonth = u"2024-01"_s;
    year.toMonth = u"2024-12"_s;
    const cx::Hotspots result = cx::hotspots(m_cube->slice(year), 20, 5);
    // Category → a keyword its list must hold (the telecom terms kept whole,
    // phrases of two words joined).
    const QList<std::pair<QString, QString>> expected{
        {u"信号差"_s, u"地下车库"_s},       {u"扣费异议"_s, u"超出套餐"_s}, {u"频繁掉线"_s, u"重启光猫"_s},
        {u"问题未解决"_s, u"没解决"_s},     {u"安装超时"_s, u"装维人员"_s}, {u"接通难"_s, u"人工客服"_s},
        {u"不知情订购"_s, u"被扣费"_s},     {u"网速慢"_s, u"测速"_s},       {u"播放卡顿"_s, u"缓冲"_s},
        {u"营销短信过多"_s, u"推广短信"_s}, {u"权益不符"_s, u"会员专属"_s},
    };
    for (const auto &[category, keyword] : expected) {
        const cx::Hotspot *hotspot = find(result.byVolume, category);
        QVERIFY2(hotspot, qPrintable(category));
        QVERIFY2(keywordsOf(*hotspot).contains(keyword),
                 qPrintable(u"%1: %2 not in %3"_s.arg(category, keyword, keywordsOf(*hotspot).join(u", "_s))));
    }
    // The escalation boilerplate every category shares ranks low: 工信部 is in
    // a fifth of the texts of every category, so its idf is small.
    for (const cx::Hotspot &hotspot : result.byVolume) {
        const QStringList words = keywordsOf(hotspot);
        if (words.size() == 5)
            QVERIFY2(words.indexOf(u"工信部"_s) < 0 || words.indexOf(u"工信部"_s) >= 3, qPrintable(hotspot.category));
    }
    // Ranked by TF-IDF, highest first.
    for (const cx::Hotspot &hotspot : result.byVolume)
        for (qsizetype i = 1; i < hotspot.keywords.size(); ++i)
            QVERIFY(hotspot.keywords.at(i - 1).score >= hotspot.keywords.at(i).score);
}

void TestSampleKeywords::tagsOfTheYear()
{
    QVERIFY(m_cube);
    cx::AnalysisFilter year;
    year.fromMonth = u"2024-01"_s;
    year.toMonth = u"2024-12"_s;
    const cx::CubeSlice slice = m_cube->slice(year);
    const cx::Hotspots tags = cx::tagHotspots(slice, 30, 3);
    QVERIFY(tags.untagged.has_value());
    QVERIFY(tags.byVolume.size() >= 15);

    // The symptom of a category is its most frequent tag.
    const cx::Hotspots categories = cx::hotspots(slice, 20, 0);
    const QList<std::pair<QString, QString>> symptoms{
        {u"信号差"_s, u"信号差"_s},     {u"播放卡顿"_s, u"卡顿"_s}, {u"退订困难"_s, u"无法退订"_s},
        {u"不知情订购"_s, u"不知情订购"_s}, {u"掉话"_s, u"通话异常"_s}, {u"安装超时"_s, u"装维超时"_s},
        {u"营销短信过多"_s, u"营销骚扰"_s}, {u"接通难"_s, u"接通难"_s}, {u"排队时间长"_s, u"排队久"_s},
    };
    for (const auto &[category, tag] : symptoms) {
        const cx::Hotspot *hotspot = find(categories.byVolume, category);
        QVERIFY2(hotspot && !hotspot->tags.isEmpty(), qPrintable(category));
        QCOMPARE(hotspot->tags.constFirst().name, tag);
        QVERIFY(hotspot->tags.constFirst().complaints <= hotspot->complaints);
    }

    // A tag spans categories: 卡顿 is said of 播放卡顿 and of 网速慢 (转圈 while watching videos).
    const cx::Hotspot *stutter = find(tags.byVolume, u"卡顿"_s);
    QVERIFY(stutter);
    QStringList spans;
    for (const cx::NamedCount &c : stutter->categories)
        spans << c.name;
    QVERIFY2(spans.contains(u"播放卡顿"_s) && spans.contains(u"网速慢"_s), qPrintable(spans.join(u", "_s)));
    QVERIFY(stutter->keywords.isEmpty() && stutter->category.isEmpty());

    // Tag counts of a month add up over its tag-stages like categories do.
    const int last = slice.lastMonth();
    qint64 tagged = 0;
    for (int k = 0; k < slice.tagStageCount(); ++k)
        tagged += slice.tagTotal(last, -1, -1, k);
    QVERIFY(tagged >= slice.complaintTotal(last)); // every complaint once at least (tagged or untagged)
}

QTEST_GUILESS_MAIN(TestSampleKeywords)
#include "tst_samplekeywords.moc"
