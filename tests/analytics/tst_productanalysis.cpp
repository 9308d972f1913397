#include "analytics/productanalysis.h"

#include "analyticsfixture.h"
#include "testsupport.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

#include <cmath>
#include <memory>

using namespace cx;
using namespace Qt::StringLiterals;

namespace {

/// Answers of the Kano pairs used below.
const QString like = u"我喜欢"_s;
const QString expect = u"理所当然"_s;
const QString neutral = u"无所谓"_s;
const QString dislike = u"我不喜欢"_s;

} // namespace

class TestProductAnalysis : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void lifecycleUsesHistoryUpToTheEndMonth();
    void lifecycleNeedsSixMonths();
    void sameFiguresMeansSameCurves();
    void funnelPerMonthAndAverage();
    void kanoCounts();
    void kanoStrategyForTheProductPhase();
    void sampleExports();

private:
    /// 24 months from 2023-01: users rise for 12 months and fall for 12; one sharp consultation spike.
    void plantRiseAndFall(const QString &product);
    void plantKano();

    std::unique_ptr<test::AnalyticsWorkspace> m_ws;
};

void TestProductAnalysis::init()
{
    m_ws = std::make_unique<test::AnalyticsWorkspace>();
    QVERIFY2(m_ws->error().isEmpty(), qPrintable(m_ws->error()));
}

void TestProductAnalysis::cleanup()
{
    m_ws.reset();
}

void TestProductAnalysis::plantRiseAndFall(const QString &product)
{
    for (int t = 0; t < 24; ++t) {
        const double users = t < 12 ? 1000 + 100 * t : 2100 - 100 * (t - 11);
        const double consultations = t == 5 ? 1000 : 100;
        QVERIFY(m_ws->addProductMonth(product, test::monthAfter(u"2023-01"_s, t), users, consultations));
    }
}

void TestProductAnalysis::lifecycleUsesHistoryUpToTheEndMonth()
{
    plantRiseAndFall(u"咪咕阅读"_s);
    plantRiseAndFall(u"和彩云"_s);

    // A period in the second year still reads the first: the curve needs its history.
    AnalysisFilter late;
    late.fromMonth = u"2024-06"_s;
    late.toMonth = u"2024-12"_s;
    late.products = {u"咪咕阅读"_s};
    QList<ProductLifecycle> result = productLifecycles(m_ws->db(), m_ws->scope(late));
    QCOMPARE(result.size(), 1);
    const ProductLifecycle &whole = result.constFirst();
    QCOMPARE(whole.product, u"咪咕阅读"_s);
    QCOMPARE(whole.months.size(), 24);
    QCOMPARE(whole.months.constFirst(), u"2023-01"_s);
    QVERIFY(whole.lifecycle.valid);
    QCOMPARE(lifecycleTypeLetter(whole.lifecycle.type), u'C'); // falls after the peak
    QCOMPARE(whole.phase, LifecyclePhase::Decline);
    // One month above half height: a sharp wave (B), 10 times the baseline.
    QVERIFY(whole.consultation.valid);
    QCOMPARE(consultationTypeLetter(whole.consultation.type), u'B');
    QVERIFY(std::abs(whole.consultation.waveWidth - 1.0) < 1e-9);
    QVERIFY(std::abs(whole.consultation.waveHeight - 10.0) < 1e-9);
    QVERIFY(whole.ratio.valid);
    QCOMPARE(whole.zones.size(), size_t(24));

    // Ending at the peak, the same product is still growing.
    AnalysisFilter firstYear;
    firstYear.toMonth = u"2023-12"_s;
    result = productLifecycles(m_ws->db(), m_ws->scope(firstYear));
    QCOMPARE(result.size(), 2); // both products, by name
    QCOMPARE(result.at(0).product, u"和彩云"_s);
    const ProductLifecycle &rising = result.at(1);
    QCOMPARE(rising.months.size(), 12);
    QCOMPARE(rising.months.constLast(), u"2023-12"_s);
    QCOMPARE(lifecycleTypeLetter(rising.lifecycle.type), u'B');
    QCOMPARE(rising.phase, LifecyclePhase::Growth);
    // Consultations ÷ users, 1000/1500 at the spike; its slow fall elsewhere is not significant
    // against the spike (r = −0.14), so the trend is level.
    QCOMPARE(rising.ratio.ratio.size(), size_t(12));
    QVERIFY(std::abs(rising.ratio.ratio.at(5) - 1000.0 / 1500.0) < 1e-12);
    QVERIFY(rising.ratio.p > 0.05);
    QCOMPARE(rising.ratio.trend, Direction::Level);

    const QJsonObject json = lifecycleToJson(result).at(1).toObject();
    QCOMPARE(json.value(u"product"_s).toString(), u"咪咕阅读"_s);
    QCOMPARE(json.value(u"curve_type"_s).toString(), u"B"_s);
    QCOMPARE(json.value(u"consult_cycle_type"_s).toString(), u"B"_s);
    QCOMPARE(json.value(u"phase"_s).toString(), u"growth"_s);
    QCOMPARE(json.value(u"ratio_trend"_s).toString(), u"level"_s);
    QVERIFY(json.value(u"confidence"_s).toDouble() > 0.5);
    QVERIFY(std::abs(json.value(u"wave_width"_s).toDouble() - 1.0) < 1e-9);
    QVERIFY(std::abs(json.value(u"wave_height"_s).toDouble() - 10.0) < 1e-9);
    QCOMPARE(json.value(u"phases"_s).toArray().size(), 12);
    QCOMPARE(json.value(u"zones"_s).toArray().size(), 12);
}

void TestProductAnalysis::sameFiguresMeansSameCurves()
{
    plantRiseAndFall(u"咪咕阅读"_s);
    QVERIFY(m_ws->exec(u"UPDATE product_monthly SET consultations = NULL WHERE month = '2023-03'"_s));
    AnalysisFilter december;
    december.toMonth = u"2024-12"_s;
    const QList<ProductLifecycle> whole = productLifecycles(m_ws->db(), m_ws->scope(december));
    // Another region keeps the figures (a missing consultation figure included).
    AnalysisFilter city = december;
    city.region = RegionPath{u"深圳"_s};
    QVERIFY(sameFigures(whole, productLifecycles(m_ws->db(), m_ws->scope(city))));
    QVERIFY(std::isnan(whole.constFirst().consultations.at(2)));
    // Another end month or product does not.
    AnalysisFilter earlier = december;
    earlier.toMonth = u"2024-11"_s;
    QVERIFY(!sameFigures(whole, productLifecycles(m_ws->db(), m_ws->scope(earlier))));
    QVERIFY(m_ws->exec(u"UPDATE product_monthly SET users = users + 1 WHERE month = '2024-12'"_s));
    QVERIFY(!sameFigures(whole, productLifecycles(m_ws->db(), m_ws->scope(december))));
    QVERIFY(!sameFigures(whole, {}));
}

void TestProductAnalysis::lifecycleNeedsSixMonths()
{
    for (int t = 0; t < 5; ++t)
        QVERIFY(m_ws->addProductMonth(u"国际漫游"_s, test::monthAfter(u"2024-01"_s, t), 100 + t, 10));
    const QList<ProductLifecycle> result = productLifecycles(m_ws->db(), m_ws->scope({}));
    QCOMPARE(result.size(), 1);
    QVERIFY(!result.constFirst().lifecycle.valid);
    QVERIFY(!result.constFirst().phase.has_value());
    const QJsonObject json = lifecycleToJson(result).at(0).toObject();
    QVERIFY(json.value(u"curve_type"_s).isNull());
    QVERIFY(json.value(u"consult_cycle_type"_s).isNull());
    QVERIFY(json.value(u"phase"_s).isNull());
}

void TestProductAnalysis::funnelPerMonthAndAverage()
{
    // Drops 20, 10, 30 → 认同率→认可率; drops 40, 5, 5 → 知晓率→认知率;
    // average 85, 55, 47.5, 30 → drops 30, 7.5, 17.5 → 知晓率→认知率.
    QVERIFY(m_ws->addFunnel(u"5G套餐"_s, u"2024-01"_s, {80.0, 60.0, 50.0, 20.0}));
    QVERIFY(m_ws->addFunnel(u"5G套餐"_s, u"2024-02"_s, {90.0, 50.0, 45.0, 40.0}));
    QVERIFY(m_ws->addFunnel(u"5G套餐"_s, u"2024-03"_s, {90.0, QVariant(), 45.0, 40.0})); // a missing rate
    QVERIFY(m_ws->addFunnel(u"家庭宽带"_s, u"2024-01"_s, {70.0, 60.0, 50.0, 45.0}));

    AnalysisFilter filter;
    filter.fromMonth = u"2024-01"_s;
    filter.toMonth = u"2024-02"_s;
    filter.products = {u"5G套餐"_s};
    QList<ProductFunnel> result = productFunnels(m_ws->db(), m_ws->scope(filter));
    QCOMPARE(result.size(), 1);
    const ProductFunnel &p = result.constFirst();
    QCOMPARE(p.months.size(), 2);
    QCOMPARE(p.months.at(0).gap.label(), u"认同率->认可率"_s);
    QCOMPARE(p.months.at(0).gap.drop, 30.0);
    QCOMPARE(p.months.at(1).gap.label(), u"知晓率->认知率"_s);
    QCOMPARE(p.average[2], 47.5);
    QCOMPARE(p.averageGap.label(), u"知晓率->认知率"_s);
    QCOMPARE(p.averageGap.drop, 30.0);

    const QJsonArray json = funnelToJson(result);
    QCOMPARE(json.size(), 3);
    const QJsonObject january = json.at(0).toObject();
    QCOMPARE(january.value(u"product"_s).toString(), u"5G套餐"_s);
    QCOMPARE(january.value(u"month"_s).toString(), u"2024-01"_s);
    QCOMPARE(january.value(u"awareness"_s).toDouble(), 80.0);
    QCOMPARE(january.value(u"cognition"_s).toDouble(), 60.0);
    QCOMPARE(january.value(u"acceptance"_s).toDouble(), 50.0);
    QCOMPARE(january.value(u"approval"_s).toDouble(), 20.0);
    QCOMPARE(january.value(u"gap_from"_s).toString(), u"认同率"_s);
    QCOMPARE(january.value(u"gap_to"_s).toString(), u"认可率"_s);
    QCOMPARE(january.value(u"average"_s).toBool(), false);
    const QJsonObject average = json.at(2).toObject();
    QCOMPARE(average.value(u"average"_s).toBool(), true);
    QCOMPARE(average.value(u"month"_s).toString(), QString());
    QCOMPARE(average.value(u"gap_from"_s).toString(), u"知晓率"_s);
    QCOMPARE(average.value(u"months"_s).toInt(), 2);

    // Every product and month: the missing rate leaves March without a gap, and the
    // average uses the rates that exist (认知率 over two months).
    result = productFunnels(m_ws->db(), m_ws->scope({}));
    QCOMPARE(result.size(), 2);
    QCOMPARE(result.at(0).product, u"5G套餐"_s);
    QVERIFY(!result.at(0).months.at(2).gap.valid);
    QCOMPARE(result.at(0).average[1], 55.0);
    QVERIFY(funnelToJson(result).at(2).toObject().value(u"gap_from"_s).isNull());
    QCOMPARE(result.at(1).averageGap.label(), u"知晓率->认知率"_s);
}

void TestProductAnalysis::plantKano()
{
    const QString feature = u"播放不卡顿"_s;
    const QString other = u"VR观赛视角"_s;
    struct Row
    {
        QString city;
        QString functional;
        QString dysfunctional;
    };
    // In 深圳: M, O, M, A, I, R, Q, an unreadable pair, and a pair with no dysfunctional
    // answer (not counted); in 广州 one more M.
    const QList<Row> rows{
        {u"深圳"_s, expect, dislike},  {u"深圳"_s, like, dislike},       {u"深圳"_s, expect, dislike},
        {u"深圳"_s, like, neutral},    {u"深圳"_s, neutral, neutral},    {u"深圳"_s, dislike, like},
        {u"深圳"_s, like, like},       {u"深圳"_s, u"好的"_s, dislike}, {u"深圳"_s, like, QString()},
        {u"广州"_s, expect, dislike},
    };
    for (const Row &r : rows) {
        test::SurveyRow response;
        response.month = u"2024-05"_s;
        response.city = r.city;
        // The other feature is asked first in the survey; every answer makes it A.
        response.kano = {{other, like, neutral}, {feature, r.functional, r.dysfunctional}};
        QVERIFY(m_ws->addResponse(response));
    }
}

void TestProductAnalysis::kanoCounts()
{
    plantKano();
    AnalysisFilter shenzhen;
    shenzhen.region = cx::RegionPath(u"深圳"_s);
    QList<KanoFeature> result = kanoFeatures(m_ws->db(), m_ws->scope(shenzhen));
    QCOMPARE(result.size(), 2);
    // M before A, although asked second.
    const KanoFeature &f = result.at(0);
    QCOMPARE(f.feature, u"播放不卡顿"_s);
    QCOMPARE(f.tally.count(KanoClass::Attractive), 1);
    QCOMPARE(f.tally.count(KanoClass::OneDimensional), 1);
    QCOMPARE(f.tally.count(KanoClass::MustBe), 2);
    QCOMPARE(f.tally.count(KanoClass::Indifferent), 1);
    QCOMPARE(f.tally.count(KanoClass::Reverse), 1);
    QCOMPARE(f.tally.count(KanoClass::Questionable), 1);
    QCOMPARE(f.tally.unreadable, 1);
    QCOMPARE(f.kanoClass, KanoClass::MustBe);
    // Better (A + O)/(A + O + M + I) = 2/5, Worse −(O + M)/(A + O + M + I) = −3/5.
    QVERIFY(std::abs(f.tally.better() - 0.4) < 1e-12);
    QVERIFY(std::abs(f.tally.worse() + 0.6) < 1e-12);
    QVERIFY(!f.phase.has_value());
    QVERIFY(f.strategy.isEmpty());
    QCOMPARE(result.at(1).feature, u"VR观赛视角"_s);
    QCOMPARE(result.at(1).kanoClass, KanoClass::Attractive);
    QCOMPARE(result.at(1).tally.count(KanoClass::Attractive), 9);

    const QJsonObject json = kanoToJson(result).at(0).toObject();
    QCOMPARE(json.value(u"feature"_s).toString(), u"播放不卡顿"_s);
    QCOMPARE(json.value(u"class"_s).toString(), u"M"_s);
    QVERIFY(std::abs(json.value(u"better"_s).toDouble() - 0.4) < 1e-12);
    QVERIFY(std::abs(json.value(u"worse"_s).toDouble() + 0.6) < 1e-12);
    const QJsonObject counts = json.value(u"counts"_s).toObject();
    QCOMPARE(counts.keys(), (QStringList{u"A"_s, u"I"_s, u"M"_s, u"O"_s, u"Q"_s, u"R"_s}));
    QCOMPARE(counts.value(u"M"_s).toInt(), 2);
    QCOMPARE(counts.value(u"Q"_s).toInt(), 1);
    QCOMPARE(json.value(u"unreadable"_s).toInt(), 1);
    QVERIFY(json.value(u"strategy"_s).isNull());

    // The whole province counts 广州's answer too; another period counts nothing.
    result = kanoFeatures(m_ws->db(), m_ws->scope({}));
    QCOMPARE(result.at(0).tally.count(KanoClass::MustBe), 3);
    AnalysisFilter june;
    june.fromMonth = june.toMonth = u"2024-06"_s;
    QVERIFY(kanoFeatures(m_ws->db(), m_ws->scope(june)).isEmpty());

    // The channel filter names complaint channels; survey answers are not
    // restricted by it (their source is a list of its own).
    AnalysisFilter hotline = shenzhen;
    hotline.channel = u"10086热线"_s;
    result = kanoFeatures(m_ws->db(), m_ws->scope(hotline));
    QCOMPARE(result.size(), 2);
    QCOMPARE(result.at(0).tally.count(KanoClass::MustBe), 2);
}

void TestProductAnalysis::kanoStrategyForTheProductPhase()
{
    plantKano();
    for (int t = 0; t < 12; ++t)
        QVERIFY(m_ws->addProductMonth(u"咪咕视频"_s, test::monthAfter(u"2024-01"_s, t), 1000 * (t + 1), 50));
    AnalysisFilter filter;
    filter.products = {u"咪咕视频"_s};
    const QList<KanoFeature> result = kanoFeatures(m_ws->db(), m_ws->scope(filter));
    QCOMPARE(result.size(), 2);
    QCOMPARE(result.at(0).phase, LifecyclePhase::Growth);
    QCOMPARE(result.at(0).strategy, kanoStrategy(KanoClass::MustBe, LifecyclePhase::Growth));
    QCOMPARE(result.at(1).strategy, kanoStrategy(KanoClass::Attractive, LifecyclePhase::Growth));
    QVERIFY(result.at(0).strategy != result.at(1).strategy);
    const QJsonObject json = kanoToJson(result).at(0).toObject();
    QCOMPARE(json.value(u"phase"_s).toString(), u"growth"_s);
    QCOMPARE(json.value(u"strategy"_s).toString(), result.at(0).strategy);
}

void TestProductAnalysis::sampleExports()
{
    CX_REQUIRE_SHARED_DATA(dir);
    const QString failure = m_ws->importSharedData(dir);
    QVERIFY2(failure.isEmpty(), qPrintable(failure));
    const QJsonObject truth = test::readTruth(dir);
    AnalysisFilter year;
    year.fromMonth = u"2024-01"_s;
    year.toMonth = u"2024-12"_s;

    const QJsonObject lifecycle = truth.value(u"lifecycle"_s).toObject();
    const QList<ProductLifecycle> curves = productLifecycles(m_ws->db(), m_ws->scope(year));
    QCOMPARE(curves.size(), lifecycle.size());
    for (const ProductLifecycle &p : curves) {
        const QJsonObject expected = lifecycle.value(p.product).toObject();
        QVERIFY2(!expected.isEmpty(), qPrintable(p.product));
        QCOMPARE(p.months.constFirst(), u"2023-01"_s); // history before the period
        QCOMPARE(p.months.constLast(), u"2024-12"_s);
        QCOMPARE(QString(lifecycleTypeLetter(p.lifecycle.type)), expected.value(u"lifecycle"_s).toString());
        QCOMPARE(QString(consultationTypeLetter(p.consultation.type)), expected.value(u"consult_cycle"_s).toString());
        QVERIFY(p.phase.has_value());
    }

    const QJsonObject kano = truth.value(u"kano_true_class"_s).toObject();
    const QList<KanoFeature> features = kanoFeatures(m_ws->db(), m_ws->scope(year));
    QCOMPARE(features.size(), kano.size());
    for (const KanoFeature &f : features) {
        QVERIFY2(f.kanoClass.has_value(), qPrintable(f.feature));
        QCOMPARE(QString(kanoClassLetter(*f.kanoClass)), kano.value(f.feature).toString());
        QCOMPARE(f.tally.total() + f.tally.unreadable, 6000);
    }

    const QJsonObject gaps = truth.value(u"experience_gap"_s).toObject();
    const QList<ProductFunnel> funnels = productFunnels(m_ws->db(), m_ws->scope(year));
    QCOMPARE(funnels.size(), gaps.size());
    for (const ProductFunnel &p : funnels) {
        QCOMPARE(p.months.size(), 12);
        QCOMPARE(p.averageGap.label(), gaps.value(p.product).toString());
    }
}

QTEST_GUILESS_MAIN(TestProductAnalysis)
#include "tst_productanalysis.moc"
