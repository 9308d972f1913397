#include "analytics/responsibility.h"

#include "analytics/aggregates.h"
#include "analytics/cubeslice.h"
#include "analytics/factscope.h"
#include "analyticsfixture.h"
#include "pipeline/sqlite.h"
#include "testsupport.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

#include <algorithm>
#include <memory>

using namespace cx;
using namespace Qt::StringLiterals;

namespace {

/// Scores of one stage in one city and month: a response per score.
bool addStageScores(test::AnalyticsWorkspace &ws, const QString &month, const QString &city, const QString &stage,
                    const QList<double> &scores)
{
    for (double score : scores) {
        test::SurveyRow row;
        row.month = month;
        row.city = city;
        row.stageScores = {{stage, score}};
        if (!ws.addResponse(row))
            return false;
    }
    return true;
}

QString chainId(const ResponsibilityChain &c)
{
    return c.month + u' ' + c.city + u' ' + c.kei.code + u'>' + (c.koi ? c.koi->code : u"-"_s);
}

} // namespace

class TestResponsibility : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void attainment_data();
    void attainment();
    void attainmentFollowsPeriodAndCity();
    void chainsAndRanking();
    void droppedStageRanksFirstOnlyWhenItDropped();
    void matrix();
    void json();
    void sampleExports();
    void aggregatesMatchFacts();
    void matrixOwnersThatDiffer();

private:
    /// The indicator tree and July misses of the hand-made chain cases.
    void plantChains();

    std::unique_ptr<test::AnalyticsWorkspace> m_ws;
};

void TestResponsibility::init()
{
    m_ws = std::make_unique<test::AnalyticsWorkspace>();
    QVERIFY2(m_ws->error().isEmpty(), qPrintable(m_ws->error()));
}

void TestResponsibility::cleanup()
{
    m_ws.reset();
}

void TestResponsibility::plantChains()
{
    // Default category map: QOE05 → 使用 (播放卡顿, 权益不符), QOE07 → 咨询投诉 (接通难, 问题未解决).
    QVERIFY(m_ws->addIndicator(u"QOE05"_s, u"element"_s, {}, u"产品部"_s));
    QVERIFY(m_ws->addIndicator(u"KEI03"_s, u"kei"_s, u"QOE05"_s, u"产品部"_s, 2.0, -1));
    QVERIFY(m_ws->addIndicator(u"KOI03"_s, u"koi"_s, u"KEI03"_s, u"产品部"_s, 95.0, 1));
    QVERIFY(m_ws->addIndicator(u"QOE07"_s, u"element"_s, {}, u"客服部"_s));
    QVERIFY(m_ws->addIndicator(u"KEI11"_s, u"kei"_s, u"QOE07"_s, u"客服部"_s, 90.0, 1));
    QVERIFY(m_ws->addIndicator(u"KOI10"_s, u"koi"_s, u"KEI11"_s, u"排班组"_s, 95.0, 1));
    QVERIFY(m_ws->addIndicator(u"KEI12"_s, u"kei"_s, u"QOE07"_s, u"客服部"_s, 85.0, 1));
    QVERIFY(m_ws->addIndicator(u"KEI13"_s, u"kei"_s, u"QOE07"_s, u"客服部"_s, 95.0, 1));
    QVERIFY(m_ws->addIndicator(u"KOI11"_s, u"koi"_s, u"KEI13"_s, u"客服部"_s, 500.0, -1));

    // 深圳: KEI03 3.2 vs ≤ 2 (−60 %) and KOI03 38 vs ≥ 95 (−60 %); 使用 drops from June to July.
    QVERIFY(m_ws->addIndicatorValue(u"KEI03"_s, u"2024-06"_s, u"深圳"_s, 1.5));
    QVERIFY(m_ws->addIndicatorValue(u"KEI03"_s, u"2024-07"_s, u"深圳"_s, 3.2));
    QVERIFY(m_ws->addIndicatorValue(u"KOI03"_s, u"2024-07"_s, u"深圳"_s, 38.0));
    QVERIFY(addStageScores(*m_ws, u"2024-06"_s, u"深圳"_s, u"使用"_s, {9, 9, 8, 9, 8, 9}));
    QVERIFY(addStageScores(*m_ws, u"2024-07"_s, u"深圳"_s, u"使用"_s, {6, 5, 6, 7, 5, 6}));
    // 佛山: KEI03 3.0 (−50 %) alone; 使用 holds in July and drops in August (the lagged effect).
    QVERIFY(m_ws->addIndicatorValue(u"KEI03"_s, u"2024-07"_s, u"佛山"_s, 3.0));
    QVERIFY(m_ws->addIndicatorValue(u"KOI03"_s, u"2024-07"_s, u"佛山"_s, 96.0));
    QVERIFY(addStageScores(*m_ws, u"2024-06"_s, u"佛山"_s, u"使用"_s, {8, 9, 8, 9, 8}));
    QVERIFY(addStageScores(*m_ws, u"2024-07"_s, u"佛山"_s, u"使用"_s, {9, 8, 8, 9, 9}));
    QVERIFY(addStageScores(*m_ws, u"2024-08"_s, u"佛山"_s, u"使用"_s, {5, 4, 6, 5, 5}));
    // 广州: the largest misses but steady 咨询投诉 satisfaction. KEI11 45 vs ≥ 90 (−50 %) with
    // KOI10 19 vs ≥ 95 (−80 %); KEI12 80 vs ≥ 85 alone; KOI11 650 vs ≤ 500 (−30 %) under a met KEI13.
    QVERIFY(m_ws->addIndicatorValue(u"KEI11"_s, u"2024-07"_s, u"广州"_s, 45.0));
    QVERIFY(m_ws->addIndicatorValue(u"KOI10"_s, u"2024-07"_s, u"广州"_s, 19.0));
    QVERIFY(m_ws->addIndicatorValue(u"KEI12"_s, u"2024-07"_s, u"广州"_s, 80.0));
    QVERIFY(m_ws->addIndicatorValue(u"KEI13"_s, u"2024-07"_s, u"广州"_s, 96.0));
    QVERIFY(m_ws->addIndicatorValue(u"KOI11"_s, u"2024-07"_s, u"广州"_s, 650.0));
    QVERIFY(addStageScores(*m_ws, u"2024-06"_s, u"广州"_s, u"咨询投诉"_s, {8, 8, 9, 8}));
    QVERIFY(addStageScores(*m_ws, u"2024-07"_s, u"广州"_s, u"咨询投诉"_s, {8, 9, 8, 8}));
    QVERIFY(addStageScores(*m_ws, u"2024-08"_s, u"广州"_s, u"咨询投诉"_s, {9, 8, 8, 8}));
}

void TestResponsibility::attainment_data()
{
    QTest::addColumn<double>("target");
    QTest::addColumn<int>("direction");
    QTest::addColumn<double>("value");
    QTest::addColumn<bool>("met");
    QTest::addColumn<double>("gap");
    QTest::addColumn<double>("relativeGap");

    // gap = (value − target)·direction, relative = gap / |target|.
    QTest::newRow("higher better, above") << 92.0 << 1 << 93.0 << true << 1.0 << 1.0 / 92.0;
    QTest::newRow("higher better, below") << 92.0 << 1 << 90.0 << false << -2.0 << -2.0 / 92.0;
    QTest::newRow("higher better, on target") << 92.0 << 1 << 92.0 << true << 0.0 << 0.0;
    QTest::newRow("lower better, above") << 2.0 << -1 << 3.2 << false << -1.2 << -0.6;
    QTest::newRow("lower better, below") << 2.0 << -1 << 1.5 << true << 0.5 << 0.25;
    QTest::newRow("lower better, on target") << 800.0 << -1 << 800.0 << true << 0.0 << 0.0;
    QTest::newRow("negative target") << -4.0 << 1 << -5.0 << false << -1.0 << -0.25;
}

void TestResponsibility::attainment()
{
    QFETCH(double, target);
    QFETCH(int, direction);
    QFETCH(double, value);
    QFETCH(bool, met);
    QFETCH(double, gap);
    QFETCH(double, relativeGap);

    QVERIFY(m_ws->addIndicator(u"QOE01"_s, u"element"_s, {}, u"网络部"_s));
    QVERIFY(m_ws->addIndicator(u"KEI01"_s, u"kei"_s, u"QOE01"_s, u"网络部"_s, target, direction));
    QVERIFY(m_ws->addIndicatorValue(u"KEI01"_s, u"2024-03"_s, u"广州"_s, value));
    QVERIFY(m_ws->addIndicatorValue(u"QOE01"_s, u"2024-03"_s, u"广州"_s, 1.0)); // no target: not measured

    const QList<IndicatorAttainment> result = indicatorAttainment(m_ws->db(), m_ws->scope({}));
    QCOMPARE(result.size(), 1);
    const IndicatorAttainment &a = result.constFirst();
    QCOMPARE(a.code, u"KEI01"_s);
    QCOMPARE(a.month, u"2024-03"_s);
    QCOMPARE(a.city, u"广州"_s);
    QCOMPARE(a.department, u"网络部"_s);
    QCOMPARE(a.met, met);
    QVERIFY(qAbs(a.gap - gap) < 1e-12);
    QVERIFY(qAbs(a.relativeGap - relativeGap) < 1e-12);
}

void TestResponsibility::attainmentFollowsPeriodAndCity()
{
    plantChains();
    QCOMPARE(indicatorAttainment(m_ws->db(), m_ws->scope({})).size(), 10);

    AnalysisFilter june;
    june.fromMonth = june.toMonth = u"2024-06"_s;
    const QList<IndicatorAttainment> juneResult = indicatorAttainment(m_ws->db(), m_ws->scope(june));
    QCOMPARE(juneResult.size(), 1);
    QVERIFY(juneResult.constFirst().met);

    AnalysisFilter guangzhou;
    guangzhou.region = cx::RegionPath(u"广州"_s);
    const QList<IndicatorAttainment> cityResult = indicatorAttainment(m_ws->db(), m_ws->scope(guangzhou));
    QCOMPARE(cityResult.size(), 5);
    for (const IndicatorAttainment &a : cityResult)
        QCOMPARE(a.city, u"广州"_s);
    // Ordered by month, city, code.
    QCOMPARE(cityResult.constFirst().code, u"KEI11"_s);
    QCOMPARE(cityResult.constLast().code, u"KOI11"_s);

    // A county uses the indicators of its city (the first name of its path); it must hold responses.
    test::SurveyRow row;
    row.month = u"2024-07"_s;
    row.city = u"广州"_s;
    row.county = u"天河区"_s;
    QVERIFY(m_ws->addResponse(row));
    AnalysisFilter county;
    county.region = cx::RegionPath(u"广州"_s, u"天河区"_s);
    QCOMPARE(indicatorAttainment(m_ws->db(), m_ws->scope(county)).size(), 5);
    county.region = cx::RegionPath(u"广州"_s, u"不存在区"_s);
    QCOMPARE(indicatorAttainment(m_ws->db(), m_ws->scope(county)).size(), 0);
}

void TestResponsibility::chainsAndRanking()
{
    plantChains();
    const QList<ResponsibilityChain> chains =
        responsibilityChains(m_ws->db(), m_ws->scope({}), StageDropRule{0.3, 0.05});
    QStringList ids;
    for (const ResponsibilityChain &c : chains)
        ids << chainId(c);
    // Dropped stage first (full chain before KEI alone), then full chains, KEI alone, KOI alone;
    // 广州's full chain misses by more (−80 %) than 深圳's (−60 %) yet ranks after it.
    const QStringList expected{
        u"2024-07 深圳 KEI03>KOI03"_s, u"2024-07 佛山 KEI03>-"_s, u"2024-07 广州 KEI11>KOI10"_s,
        u"2024-07 广州 KEI12>-"_s,     u"2024-07 广州 KEI13>KOI11"_s,
    };
    QCOMPARE(ids, expected);

    const ResponsibilityChain &shenzhen = chains.at(0);
    QCOMPARE(shenzhen.elementCode, u"QOE05"_s);
    QCOMPARE(shenzhen.elementName, u"QOE05 name"_s);
    QCOMPARE(shenzhen.stages, QStringList{u"使用"_s});
    QCOMPARE(shenzhen.department, u"产品部"_s);
    QVERIFY(shenzhen.keiMissed());
    QCOMPARE(shenzhen.kei.value, 3.2);
    QCOMPARE(shenzhen.koi->value, 38.0);
    QVERIFY(qAbs(shenzhen.severity - 0.6) < 1e-12);
    QVERIFY(shenzhen.stageDrop.has_value());
    QCOMPARE(shenzhen.stageDrop->stage, u"使用"_s);
    QCOMPARE(shenzhen.stageDrop->monthBefore, u"2024-06"_s);
    QCOMPARE(shenzhen.stageDrop->monthAfter, u"2024-07"_s);
    QCOMPARE(shenzhen.stageDrop->before.n, 6);
    // 52/6 → 35/6.
    QVERIFY(qAbs(shenzhen.stageDrop->delta - (35.0 - 52.0) / 6.0) < 1e-12);
    QVERIFY(shenzhen.stageDrop->pDrop < 0.001);

    const ResponsibilityChain &foshan = chains.at(1);
    QVERIFY(!foshan.koi.has_value()); // KOI03 met in 佛山
    QVERIFY(foshan.stageDrop.has_value());
    QCOMPARE(foshan.stageDrop->monthBefore, u"2024-07"_s);
    QCOMPARE(foshan.stageDrop->monthAfter, u"2024-08"_s);

    const ResponsibilityChain &guangzhou = chains.at(2);
    QCOMPARE(guangzhou.stages, QStringList{u"咨询投诉"_s});
    QCOMPARE(guangzhou.department, u"排班组"_s); // the missed KOI's owner fixes it
    QVERIFY(qAbs(guangzhou.severity - 0.8) < 1e-12);
    QVERIFY(!guangzhou.stageDrop.has_value());

    const ResponsibilityChain &koiOnly = chains.at(4);
    QVERIFY(!koiOnly.keiMissed());
    QCOMPARE(koiOnly.kei.value, 96.0);
    QCOMPARE(koiOnly.department, u"客服部"_s);
}

void TestResponsibility::droppedStageRanksFirstOnlyWhenItDropped()
{
    plantChains();
    // Demanding a 5-point drop, no stage dropped: severity decides among full chains.
    QList<ResponsibilityChain> chains = responsibilityChains(m_ws->db(), m_ws->scope({}), StageDropRule{5.0, 0.05});
    QCOMPARE(chainId(chains.at(0)), u"2024-07 广州 KEI11>KOI10"_s);
    QCOMPARE(chainId(chains.at(1)), u"2024-07 深圳 KEI03>KOI03"_s);
    for (const ResponsibilityChain &c : chains)
        QVERIFY(!c.stageDrop.has_value());

    // Satisfaction of another product does not count when the filter names one.
    AnalysisFilter other;
    other.products = {u"咪咕音乐"_s};
    chains = responsibilityChains(m_ws->db(), m_ws->scope(other), StageDropRule{0.3, 0.05});
    QCOMPARE(chainId(chains.at(0)), u"2024-07 广州 KEI11>KOI10"_s);

    // The workspace rule (0.3 points, α = 0.05) is the default.
    QCOMPARE(chainId(responsibilityChains(m_ws->db(), m_ws->scope({})).at(0)), u"2024-07 深圳 KEI03>KOI03"_s);
}

void TestResponsibility::matrix()
{
    plantChains();
    QVERIFY(m_ws->addComplaint(u"2024-07"_s, u"深圳"_s, u"使用"_s, u"QOE05"_s, u"网络部"_s));
    QVERIFY(m_ws->addComplaint(u"2024-07"_s, u"深圳"_s, u"使用"_s, u"QOE05"_s, u"产品部"_s));
    QVERIFY(m_ws->addComplaint(u"2024-07"_s, u"广州"_s, u"使用"_s, u"QOE05"_s, u"产品部"_s));
    QVERIFY(m_ws->addComplaint(u"2024-07"_s, u"广州"_s, u"咨询投诉"_s, u"QOE07"_s, u"客服部"_s));
    // No element: the complaint's own department; an element no indicator row owns: the same.
    QVERIFY(m_ws->addComplaint(u"2024-07"_s, u"广州"_s, u"了解"_s, {}, u"市场部"_s));
    QVERIFY(m_ws->addComplaint(u"2024-07"_s, u"广州"_s, u"了解"_s, u"QOE99"_s, u"市场部"_s));
    QVERIFY(m_ws->addComplaint(u"2024-07"_s, u"广州"_s, u"缴费"_s, u"QOE99"_s, u""_s));
    QVERIFY(m_ws->addComplaint(u"2024-05"_s, u"广州"_s, u"缴费"_s, u"QOE05"_s, u""_s)); // outside the period

    AnalysisFilter july;
    july.fromMonth = july.toMonth = u"2024-07"_s;
    const ResponsibilityMatrix m = responsibilityMatrix(m_ws->db(), m_ws->scope(july));
    QCOMPARE(m.stages, (QStringList{u"了解"_s, u"订购"_s, u"开通"_s, u"使用"_s, u"缴费"_s, u"咨询投诉"_s, u"续订退订"_s}));
    QCOMPARE(m.departments, (QStringList{u""_s, u"产品部"_s, u"客服部"_s, u"市场部"_s, u"排班组"_s}));
    const auto cell = [&m](const std::vector<std::vector<qint64>> &cells, const QString &stage, const QString &dept) {
        return cells.at(size_t(m.stages.indexOf(stage))).at(size_t(m.departments.indexOf(dept)));
    };
    QCOMPARE(cell(m.complaints, u"使用"_s, u"产品部"_s), 3); // by element owner, not the handling 网络部
    QCOMPARE(cell(m.complaints, u"咨询投诉"_s, u"客服部"_s), 1);
    QCOMPARE(cell(m.complaints, u"了解"_s, u"市场部"_s), 2);
    QCOMPARE(cell(m.complaints, u"缴费"_s, u""_s), 1);
    QCOMPARE(cell(m.complaints, u"缴费"_s, u"产品部"_s), 0);
    qint64 total = 0;
    for (const auto &row : m.complaints)
        for (qint64 v : row)
            total += v;
    QCOMPARE(total, 7);

    // Misses: 深圳 KEI03, KOI03 and 佛山 KEI03 under QOE05 (使用); 广州 KEI11, KEI12 and KOI11
    // owned by 客服部, KOI10 by 排班组, under QOE07 (咨询投诉).
    QCOMPARE(cell(m.missedIndicators, u"使用"_s, u"产品部"_s), 3);
    QCOMPARE(cell(m.missedIndicators, u"咨询投诉"_s, u"客服部"_s), 3);
    QCOMPARE(cell(m.missedIndicators, u"咨询投诉"_s, u"排班组"_s), 1);
    QCOMPARE(cell(m.missedIndicators, u"了解"_s, u"市场部"_s), 0);

    const QJsonObject json = responsibilityMatrixToJson(m);
    QCOMPARE(json.value(u"stages"_s).toArray().size(), 7);
    QCOMPARE(json.value(u"complaints"_s).toArray().at(3).toArray().at(1).toInt(), 3);
    QCOMPARE(json.value(u"missed_indicators"_s).toArray().at(5).toArray().at(4).toInt(), 1);
}

void TestResponsibility::json()
{
    plantChains();
    const QJsonArray array =
        responsibilityToJson(responsibilityChains(m_ws->db(), m_ws->scope({}), StageDropRule{0.3, 0.05}));
    QCOMPARE(array.size(), 5);
    const QJsonObject first = array.at(0).toObject();
    for (const char *key : {"element", "kei", "koi", "department", "month", "city", "kei_value", "kei_target",
                            "koi_value", "koi_target"})
        QVERIFY2(first.contains(QLatin1StringView(key)), key);
    QCOMPARE(first.value(u"element"_s).toString(), u"QOE05"_s);
    QCOMPARE(first.value(u"kei"_s).toString(), u"KEI03"_s);
    QCOMPARE(first.value(u"koi"_s).toString(), u"KOI03"_s);
    QCOMPARE(first.value(u"department"_s).toString(), u"产品部"_s);
    QCOMPARE(first.value(u"kei_value"_s).toDouble(), 3.2);
    QCOMPARE(first.value(u"kei_target"_s).toDouble(), 2.0);
    QCOMPARE(first.value(u"koi_value"_s).toDouble(), 38.0);
    QCOMPARE(first.value(u"koi_target"_s).toDouble(), 95.0);
    QCOMPARE(first.value(u"stage_dropped"_s).toBool(), true);
    QCOMPARE(first.value(u"dropped_stage"_s).toString(), u"使用"_s);

    const QJsonObject keiOnly = array.at(1).toObject();
    QCOMPARE(keiOnly.value(u"koi"_s).toString(), QString());
    QVERIFY(keiOnly.value(u"koi_value"_s).isNull());
}

void TestResponsibility::sampleExports()
{
    CX_REQUIRE_SHARED_DATA(dir);
    const QString failure = m_ws->importSharedData(dir);
    QVERIFY2(failure.isEmpty(), qPrintable(failure));
    const QJsonObject misses = test::readTruth(dir).value(u"indicator_misses"_s).toObject();
    QCOMPARE(misses.keys(), QStringList{u"2024-07"_s});
    QStringList planted;
    for (const QJsonValue &code : misses.value(u"2024-07"_s).toArray())
        planted << code.toString();
    planted.sort();

    for (const QString &toMonth : {u"2024-07"_s, u"2024-12"_s}) {
        AnalysisFilter filter;
        filter.fromMonth = u"2024-01"_s;
        filter.toMonth = toMonth;
        const QList<ResponsibilityChain> chains = responsibilityChains(m_ws->db(), m_ws->scope(filter));
        QVERIFY(!chains.isEmpty());

        // The planted chain ranks first: 深圳, July, 使用 satisfaction fell (into August).
        const ResponsibilityChain &top = chains.constFirst();
        QCOMPARE(top.month, u"2024-07"_s);
        QCOMPARE(top.city, u"深圳"_s);
        QCOMPARE(top.elementCode, u"QOE05"_s);
        QCOMPARE(top.department, u"产品部"_s);
        QVERIFY(top.stageDrop.has_value());
        QCOMPARE(top.stageDrop->stage, u"使用"_s);

        // Every planted code is in a 深圳 July chain owned by 产品部, and those chains come first.
        QStringList traced;
        qsizetype position = 0;
        for (qsizetype i = 0; i < chains.size(); ++i) {
            const ResponsibilityChain &c = chains.at(i);
            if (c.month != "2024-07"_L1 || c.city != u"深圳"_s)
                continue;
            QCOMPARE(c.department, u"产品部"_s);
            QVERIFY(c.stageDrop.has_value());
            QCOMPARE(i, position++);
            for (const QString &code : {c.kei.code, c.koi ? c.koi->code : QString()})
                if (!code.isEmpty() && !traced.contains(code))
                    traced << code;
        }
        traced.sort();
        QCOMPARE(traced, planted);
    }
}

void TestResponsibility::aggregatesMatchFacts()
{
    CX_REQUIRE_SHARED_DATA(dir);
    const QString failure = m_ws->importSharedData(dir);
    QVERIFY2(failure.isEmpty(), qPrintable(failure));

    QList<AnalysisFilter> filters{{}};
    AnalysisFilter shenzhen;
    shenzhen.fromMonth = shenzhen.toMonth = u"2024-07"_s;
    shenzhen.region = RegionPath{u"深圳"_s};
    filters << shenzhen;
    AnalysisFilter channel;
    channel.fromMonth = u"2024-05"_s;
    channel.toMonth = u"2024-09"_s;
    channel.products = {u"咪咕视频"_s};
    channel.channel = u"10086热线"_s;
    filters << channel;

    for (const AnalysisFilter &filter : std::as_const(filters)) {
        const AnalysisScope scope = m_ws->scope(filter);
        const CubeSlice slice = scope.cube().slice(scope);

        // Stage satisfaction: every (stage, city, month) of the survey answers, and each
        // stage and month over all cities, as the answers themselves add up.
        const SqlConditions c = scope.conditions(u"r"_s, ScopeSurvey & ~ScopePeriod);
        QSqlQuery q = runQuery(m_ws->db(),
                               u"SELECT q.stage, r.city, r.month, count(a.score), avg(a.score), "
                               "sum(a.score * a.score) FROM survey_answer a JOIN survey_question q ON q.id = a.question_id "
                               "JOIN survey_response r ON r.id = a.response_id WHERE q.kind = 'stage' AND a.score IS NOT NULL"_s
                                   + c.sql + u" GROUP BY q.stage, r.city, r.month "
                                             "UNION ALL SELECT q.stage, '', r.month, count(a.score), avg(a.score), "
                                             "sum(a.score * a.score) FROM survey_answer a JOIN survey_question q ON q.id = a.question_id "
                                             "JOIN survey_response r ON r.id = a.response_id WHERE q.kind = 'stage' "
                                             "AND a.score IS NOT NULL"_s
                                   + c.sql + u" GROUP BY q.stage, r.month"_s,
                               c.bindings + c.bindings);
        const StageSatisfaction scores(slice);
        int rows = 0;
        while (q.next()) {
            const QString stage = q.value(0).toString();
            const QString city = q.value(1).toString();
            const QString month = q.value(2).toString();
            const SampleSummary s = scores.summary(stage, city, month);
            const QString where = stage + u' ' + city + u' ' + month;
            QVERIFY2(s.n == q.value(3).toLongLong(), qPrintable(where));
            QVERIFY2(qFuzzyCompare(s.mean, q.value(4).toDouble()), qPrintable(where));
            const double n = q.value(3).toDouble();
            if (n > 1) {
                const double variance = (q.value(5).toDouble() - n * s.mean * s.mean) / (n - 1);
                QVERIFY2(std::abs(s.variance - variance) <= 1e-9 * std::max(1.0, variance), qPrintable(where));
            }
            ++rows;
        }
        QVERIFY(rows > 0);
        QCOMPARE(scores.summary(u"使用"_s, u"无此城市"_s, u"2024-07"_s).n, 0);

        // The chains' stage drops are those of the scores above (compared row by row).
        for (const ResponsibilityChain &chain : responsibilityChains(m_ws->db(), scope)) {
            if (!chain.stageDrop)
                continue;
            const SampleSummary after = scores.summary(chain.stageDrop->stage, chain.city, chain.stageDrop->monthAfter);
            QCOMPARE(chain.stageDrop->after.n, after.n);
            QCOMPARE(chain.stageDrop->after.mean, after.mean);
        }

        // The matrix from the handling aggregates and the complaints' owners equals the one
        // counted from the complaint rows, cell by cell.
        const ComplaintOwners owners = complaintOwners(m_ws->db(), slice);
        QVERIFY(owners.uniform);
        const ResponsibilityMatrix fromAggregates = responsibilityMatrix(m_ws->db(), scope, owners);
        const ResponsibilityMatrix fromFacts = responsibilityMatrixFromFacts(m_ws->db(), scope);
        QCOMPARE(fromAggregates.stages, fromFacts.stages);
        QCOMPARE(fromAggregates.departments, fromFacts.departments);
        QCOMPARE(fromAggregates.complaints, fromFacts.complaints);
        QCOMPARE(fromAggregates.missedIndicators, fromFacts.missedIndicators);
        qint64 total = 0;
        for (const auto &row : fromAggregates.complaints)
            for (qint64 v : row)
                total += v;
        QVERIFY(total > 0);
    }
}

void TestResponsibility::matrixOwnersThatDiffer()
{
    // Complaints of one category-stage whose elements have different owners cannot be
    // split by the aggregates: the matrix is counted from the rows.
    plantChains();
    QVERIFY(m_ws->addComplaint(u"2024-07"_s, u"深圳"_s, u"使用"_s, u"QOE05"_s, u"网络部"_s));
    QVERIFY(m_ws->addComplaint(u"2024-07"_s, u"深圳"_s, u"使用"_s, u"QOE07"_s, u"网络部"_s));
    const AnalysisScope scope = m_ws->scope({});
    const CubeSlice slice = scope.cube().slice(scope);
    QVERIFY(!complaintOwners(m_ws->db(), slice).uniform);
    const ResponsibilityMatrix m = responsibilityMatrix(m_ws->db(), scope);
    const auto cell = [&m](const QString &stage, const QString &dept) {
        return m.complaints.at(size_t(m.stages.indexOf(stage))).at(size_t(m.departments.indexOf(dept)));
    };
    QCOMPARE(cell(u"使用"_s, u"产品部"_s), 1);
    QCOMPARE(cell(u"使用"_s, u"客服部"_s), 1);
    QCOMPARE(m.departments.contains(u"网络部"_s), false);
    QCOMPARE(m.complaints, responsibilityMatrixFromFacts(m_ws->db(), scope).complaints);

    // One owner per category-stage: the aggregates give the same cells. Rows
    // changed in place outside an import are folded again by a rebuild.
    QVERIFY(m_ws->exec(u"UPDATE complaint SET element_code = 'QOE05'"_s));
    {
        sqlite::Database db;
        QVERIFY(db.open(m_ws->db().databaseName()));
        QString error;
        QVERIFY2(rebuildAggregates(db, &error), qPrintable(error));
    }
    const AnalysisScope again = m_ws->scope({});
    const CubeSlice sliceAgain = again.cube().slice(again);
    const ComplaintOwners owners = complaintOwners(m_ws->db(), sliceAgain);
    QVERIFY(owners.uniform);
    const ResponsibilityMatrix uniform = responsibilityMatrix(m_ws->db(), again, owners);
    QCOMPARE(uniform.complaints, responsibilityMatrixFromFacts(m_ws->db(), again).complaints);
    QCOMPARE(uniform.complaints.at(size_t(uniform.stages.indexOf(u"使用"_s)))
                 .at(size_t(uniform.departments.indexOf(u"产品部"_s))),
             2);

    // An indicator import moves the element to another owner without a fold:
    // the owners follow at once.
    QVERIFY(m_ws->exec(u"UPDATE indicator SET department = '渠道部' WHERE code = 'QOE05'"_s));
    const ComplaintOwners moved = complaintOwners(m_ws->db(), sliceAgain);
    QVERIFY(moved.uniform);
    QVERIFY(std::find(moved.owners.cbegin(), moved.owners.cend(), u"渠道部"_s) != moved.owners.cend());
    const ResponsibilityMatrix movedMatrix = responsibilityMatrix(m_ws->db(), again, moved);
    QCOMPARE(movedMatrix.complaints, responsibilityMatrixFromFacts(m_ws->db(), again).complaints);
    QCOMPARE(movedMatrix.complaints.at(size_t(movedMatrix.stages.indexOf(u"使用"_s)))
                 .at(size_t(movedMatrix.departments.indexOf(u"渠道部"_s))),
             2);
}

QTEST_GUILESS_MAIN(TestResponsibility)
#include "tst_responsibility.moc"
