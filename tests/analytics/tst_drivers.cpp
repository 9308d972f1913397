#include "analytics/drivers.h"

#include "analyticsfixture.h"
#include "testsupport.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

#include <cmath>
#include <memory>

using namespace cx;
using namespace Qt::StringLiterals;

class TestDrivers : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void spearmanWithTies();
    void filterScopesBothSides();
    void provinceWideActuals();
    void json();
    void sampleExports();

private:
    /// Responses of one city-month with the given overall scores.
    void addScores(const QString &month, const QString &city, const QList<double> &scores,
                   const QString &product = u"咪咕视频"_s);
    /// Five city-months: KOI03 (tied) and KEI03 against mean satisfaction 3, 1, 2, 5, 4.
    void plant();

    std::unique_ptr<test::AnalyticsWorkspace> m_ws;
};

void TestDrivers::init()
{
    m_ws = std::make_unique<test::AnalyticsWorkspace>();
    QVERIFY2(m_ws->error().isEmpty(), qPrintable(m_ws->error()));
}

void TestDrivers::cleanup()
{
    m_ws.reset();
}

void TestDrivers::addScores(const QString &month, const QString &city, const QList<double> &scores,
                            const QString &product)
{
    for (double score : scores) {
        test::SurveyRow row;
        row.month = month;
        row.city = city;
        row.product = product;
        row.overall = score;
        QVERIFY(m_ws->addResponse(row));
    }
}

void TestDrivers::plant()
{
    QVERIFY(m_ws->addIndicator(u"QOE05"_s, u"element"_s, {}, u"产品部"_s));
    QVERIFY(m_ws->addIndicator(u"KEI03"_s, u"kei"_s, u"QOE05"_s, u"产品部"_s, 2.0, -1));
    QVERIFY(m_ws->addIndicator(u"KOI03"_s, u"koi"_s, u"KEI03"_s, u"CDN组"_s, 95.0, 1));

    // Mean overall satisfaction per city-month: 3, 1, 2, 5, 4.
    addScores(u"2024-01"_s, u"广州"_s, {2, 4});
    addScores(u"2024-02"_s, u"广州"_s, {1});
    addScores(u"2024-01"_s, u"深圳"_s, {1, 3});
    addScores(u"2024-02"_s, u"深圳"_s, {5, 5, 5});
    addScores(u"2024-01"_s, u"佛山"_s, {4});
    // Another product's scores, which a product filter leaves out.
    addScores(u"2024-02"_s, u"广州"_s, {10, 10, 10}, u"咪咕音乐"_s);
    const QList<std::pair<QString, QString>> cityMonths{{u"广州"_s, u"2024-01"_s},
                                                        {u"广州"_s, u"2024-02"_s},
                                                        {u"深圳"_s, u"2024-01"_s},
                                                        {u"深圳"_s, u"2024-02"_s},
                                                        {u"佛山"_s, u"2024-01"_s}};
    const double koi[] = {10, 20, 20, 30, 40};
    const double kei[] = {1, 2, 3, 4, 5};
    for (int i = 0; i < 5; ++i) {
        QVERIFY(m_ws->addIndicatorValue(u"KOI03"_s, cityMonths[i].second, cityMonths[i].first, koi[i]));
        QVERIFY(m_ws->addIndicatorValue(u"KEI03"_s, cityMonths[i].second, cityMonths[i].first, kei[i]));
    }
    // No survey in 佛山 in February: not a pair.
    QVERIFY(m_ws->addIndicatorValue(u"KOI03"_s, u"2024-02"_s, u"佛山"_s, 99.0));
}

void TestDrivers::spearmanWithTies()
{
    plant();
    AnalysisFilter filter;
    filter.products = {u"咪咕视频"_s};
    const QList<IndicatorDriver> drivers = indicatorDrivers(m_ws->db(), m_ws->scope(filter));
    QCOMPARE(drivers.size(), 2);

    // KEI03 1…5 against 3, 1, 2, 5, 4: both coefficients 6/10 = 0.6.
    const IndicatorDriver &kei = drivers.at(0);
    QCOMPARE(kei.code, u"KEI03"_s);
    QCOMPARE(kei.n, 5);
    QVERIFY(std::abs(kei.pearson.r - 0.6) < 1e-12);
    QVERIFY(std::abs(kei.spearman.r - 0.6) < 1e-12);
    // t = 0.6·√(3/0.64) = 1.299038; two-sided p with 3 df, 1 − (2/π)(θ + sinθ cosθ), θ = atan(t/√3).
    QVERIFY(std::abs(kei.spearman.p - 0.2847569798652939) < 1e-9);

    // KOI03 10, 20, 20, 30, 40 (a tie) → ranks 1, 2.5, 2.5, 4, 5; ρ = 5.5/√(9.5·10) = 0.564288,
    // Pearson r = 40/√(520·10) = 0.554700. Sorted after KEI03 because |ρ| is smaller.
    const IndicatorDriver &koi = drivers.at(1);
    QCOMPARE(koi.code, u"KOI03"_s);
    QCOMPARE(koi.department, u"CDN组"_s);
    QCOMPARE(koi.layer, u"koi"_s);
    QCOMPARE(koi.n, 5);
    QVERIFY(std::abs(koi.spearman.r - 5.5 / std::sqrt(95.0)) < 1e-12);
    QVERIFY(std::abs(koi.pearson.r - 40.0 / std::sqrt(5200.0)) < 1e-12);
    QVERIFY(std::abs(koi.spearman.p - 0.3217233358243007) < 1e-9);
    QVERIFY(std::abs(koi.pearson.p - 0.3318414060545033) < 1e-9);
}

void TestDrivers::filterScopesBothSides()
{
    plant();
    // Without the product filter 咪咕音乐's 10s lift 广州 February to (1 + 30)/4 = 7.75:
    // satisfaction 3, 7.75, 2, 5, 4 against KEI03 1…5 → ranks 2, 5, 1, 4, 3 → ρ = 1/10.
    const QList<IndicatorDriver> all = indicatorDrivers(m_ws->db(), m_ws->scope({}));
    const auto kei = std::find_if(all.begin(), all.end(), [](const auto &d) { return d.code == "KEI03"_L1; });
    QVERIFY(kei != all.end());
    QVERIFY(std::abs(kei->spearman.r - 0.1) < 1e-12);

    AnalysisFilter january;
    january.fromMonth = january.toMonth = u"2024-01"_s;
    for (const IndicatorDriver &d : indicatorDrivers(m_ws->db(), m_ws->scope(january)))
        QCOMPARE(d.n, 3);

    AnalysisFilter shenzhen;
    shenzhen.region = cx::RegionPath(u"深圳"_s);
    const QList<IndicatorDriver> two = indicatorDrivers(m_ws->db(), m_ws->scope(shenzhen));
    QCOMPARE(two.size(), 2);
    for (const IndicatorDriver &d : two) {
        QCOMPARE(d.n, 2);
        QVERIFY(!d.spearman.valid); // n < 3
        QVERIFY(std::isnan(d.pearson.r));
    }
}

void TestDrivers::provinceWideActuals()
{
    plant();
    QVERIFY(m_ws->addIndicator(u"KEI11"_s, u"kei"_s, u"QOE05"_s, u"客服部"_s, 90.0, 1));
    addScores(u"2024-03"_s, u"广州"_s, {9});
    // Province-wide actuals only: paired with the mean over all cities of each month.
    QVERIFY(m_ws->addIndicatorValue(u"KEI11"_s, u"2024-01"_s, u""_s, 80.0));
    QVERIFY(m_ws->addIndicatorValue(u"KEI11"_s, u"2024-02"_s, u""_s, 85.0));
    QVERIFY(m_ws->addIndicatorValue(u"KEI11"_s, u"2024-03"_s, u""_s, 90.0));
    AnalysisFilter filter;
    filter.products = {u"咪咕视频"_s};
    const QList<IndicatorDriver> drivers = indicatorDrivers(m_ws->db(), m_ws->scope(filter));
    const auto kei = std::find_if(drivers.begin(), drivers.end(), [](const auto &d) { return d.code == "KEI11"_L1; });
    QVERIFY(kei != drivers.end());
    // Monthly means: January (2+4+1+3+4)/5 = 2.8, February (1+15)/4 = 4, March 9: rising with the actual.
    QCOMPARE(kei->n, 3);
    QVERIFY(std::abs(kei->spearman.r - 1.0) < 1e-12);
    QCOMPARE(kei->spearman.p, 0.0);
}

void TestDrivers::json()
{
    plant();
    AnalysisFilter filter;
    filter.products = {u"咪咕视频"_s};
    const QJsonArray array = driversToJson(indicatorDrivers(m_ws->db(), m_ws->scope(filter)));
    QCOMPARE(array.size(), 2);
    const QJsonObject first = array.at(0).toObject();
    QCOMPARE(first.value(u"indicator"_s).toString(), u"KEI03"_s);
    QVERIFY(std::abs(first.value(u"r_pearson"_s).toDouble() - 0.6) < 1e-12);
    QVERIFY(std::abs(first.value(u"r_spearman"_s).toDouble() - 0.6) < 1e-12);
    QVERIFY(std::abs(first.value(u"p"_s).toDouble() - 0.2847569798652939) < 1e-9);
    QCOMPARE(first.value(u"n"_s).toInteger(), 5);

    filter.region = cx::RegionPath(u"深圳"_s);
    const QJsonObject invalid = driversToJson(indicatorDrivers(m_ws->db(), m_ws->scope(filter))).at(0).toObject();
    QVERIFY(invalid.value(u"r_spearman"_s).isNull());
    QVERIFY(invalid.value(u"p"_s).isNull());
}

void TestDrivers::sampleExports()
{
    CX_REQUIRE_SHARED_DATA(dir);
    const QString failure = m_ws->importSharedData(dir);
    QVERIFY2(failure.isEmpty(), qPrintable(failure));
    AnalysisFilter year;
    year.fromMonth = u"2024-01"_s;
    year.toMonth = u"2024-12"_s;
    const QList<IndicatorDriver> drivers = indicatorDrivers(m_ws->db(), m_ws->scope(year));
    // 27 indicators with actuals (15 KEIs, 12 KOIs), each in 12 cities × 12 months with surveys.
    QCOMPARE(drivers.size(), 27);
    for (const IndicatorDriver &d : drivers) {
        QCOMPARE(d.n, 144);
        QVERIFY(d.spearman.valid);
    }
    for (qsizetype i = 1; i < drivers.size(); ++i)
        QVERIFY(std::abs(drivers.at(i - 1).spearman.r) >= std::abs(drivers.at(i).spearman.r));
}

QTEST_GUILESS_MAIN(TestDrivers)
#include "tst_drivers.moc"
