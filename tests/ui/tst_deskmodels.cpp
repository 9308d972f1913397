// The desk's table models on the analysis of the sample exports, each
// wrapped in QAbstractItemModelTester: the traffic-light grid, the hotspot
// lists, the alerts, the journey map and its comparison.

#include "deskfixture.h"
#include "service/alertmodel.h"
#include "service/analysisservice.h"
#include "service/deskformat.h"
#include "service/hotspotmodel.h"
#include "service/journeycomparisonmodel.h"
#include "service/journeymodel.h"
#include "service/productstatusmodel.h"
#include "testsupport.h"
#include "workspace/workspace.h"

#include <QAbstractItemModelTester>
#include <QDir>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QJsonArray>
#include <QTest>

#include <cmath>
#include <memory>

using namespace Qt::StringLiterals;

class TestDeskModels : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void productStatusGrid();
    void attainmentSummary_data();
    void attainmentSummary();
    void hotspotLists();
    void alertsNarrowByMetricAndStage();
    void journeyLanes();
    void journeyComparison();
    void lights_data();
    void lights();
    void largeCounts_data();
    void largeCounts();

private:
    std::shared_ptr<const cx::DeskAnalysis> analyse(const cx::AnalysisFilter &filter);

    QTemporaryDir m_dir;
    QJsonObject m_truth;
    std::unique_ptr<cx::Workspace> m_workspace;
    std::unique_ptr<cx::AnalysisService> m_service;
};

void TestDeskModels::initTestCase()
{
    CX_REQUIRE_SHARED_DATA(data);
    m_truth = cx::test::sampleTruth(data);
    QVERIFY(!m_truth.isEmpty());
    const QString path = m_dir.filePath(u"sample.cxw"_s);
    const QString error = cx::test::createWorkspace(path, cx::test::sampleExports(data));
    QVERIFY2(error.isEmpty(), qPrintable(error));
    cx::WorkspaceError openError;
    m_workspace = cx::Workspace::open(path, &openError);
    QVERIFY(m_workspace);
    m_service = std::make_unique<cx::AnalysisService>();
    m_service->setWorkspace(m_workspace.get());
    QVERIFY(m_service->waitUntilIdle(120000));
}

std::shared_ptr<const cx::DeskAnalysis> TestDeskModels::analyse(const cx::AnalysisFilter &filter)
{
    m_service->setFilter(filter);
    m_service->waitUntilIdle(60000);
    return m_service->result();
}

void TestDeskModels::productStatusGrid()
{
    cx::AnalysisFilter august;
    august.fromMonth = august.toMonth = u"2024-08"_s;
    const auto analysis = analyse(august);
    cx::ProductStatusModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setStatus(analysis->products, analysis->month, analysis->previousMonth,
                    analysis->settings.analysis.significanceLevel);
    QCOMPARE(model.rowCount(), int(analysis->products.size()));
    QCOMPARE(model.columnCount(), int(cx::ProductStatusModel::ColumnCount));
    QCOMPARE(model.data(model.index(0, cx::ProductStatusModel::Product)).toString(), u"All products"_s);
    QVERIFY(model.productAt(0).isEmpty());
    const QString video = m_truth["planted_satisfaction_drop"_L1].toObject()["product"_L1].toString();
    int row = -1;
    for (int r = 1; r < model.rowCount(); ++r)
        if (model.productAt(r) == video)
            row = r;
    QVERIFY(row > 0);
    // 咪咕视频's overall satisfaction fell in 2024-08: a change for the worse, shown with its arrow.
    const QModelIndex satisfaction = model.index(row, cx::ProductStatusModel::Satisfaction);
    QVERIFY(model.data(satisfaction, cx::DeltaRole).toDouble() < 0);
    QVERIFY(!model.data(satisfaction, cx::BetterRole).toBool());
    QVERIFY(model.data(satisfaction).toString().contains(u'↓'));
    QVERIFY(model.data(satisfaction, Qt::ToolTipRole).toString().contains(u"n = "_s));
    QVERIFY(model.data(satisfaction, cx::LightRole).isValid());
    // Each change is tested, and only a significant one is coloured. The
    // planted drop is in the 使用 stage: the overall mean falls 7.73 (n = 49)
    // → 7.28 (n = 54), within noise, while the share of satisfied answers
    // falls significantly; the planted 播放卡顿 spike raises the 万投比.
    const QString tip = model.data(satisfaction, Qt::ToolTipRole).toString();
    QCOMPARE(model.data(satisfaction, cx::SignificantRole), QVariant(false));
    QVERIFY2(tip.endsWith(u"Change not significant (p = 0.120, Welch t-test)"_s), qPrintable(tip));
    const QModelIndex satisfied = model.index(row, cx::ProductStatusModel::SatisfiedRate);
    QCOMPARE(model.data(satisfied, cx::SignificantRole), QVariant(true));
    QVERIFY2(model.data(satisfied, Qt::ToolTipRole).toString().endsWith(u"(p = 0.013, two-proportion z-test)"_s),
             qPrintable(model.data(satisfied, Qt::ToolTipRole).toString()));
    QCOMPARE(model.data(model.index(row, cx::ProductStatusModel::Per10k), cx::SignificantRole), QVariant(true));
    // Every tested change says whether it is significant; in a month of random
    // variation most of the products' changes are not.
    int tested = 0;
    int insignificant = 0;
    for (int r = 0; r < model.rowCount(); ++r) {
        for (int c : {cx::ProductStatusModel::Satisfaction, cx::ProductStatusModel::SatisfiedRate,
                      cx::ProductStatusModel::Nps, cx::ProductStatusModel::Per10k}) {
            const QVariant significant = model.data(model.index(r, c), cx::SignificantRole);
            tested += significant.isValid();
            insignificant += significant.isValid() && !significant.toBool();
        }
    }
    QVERIFY2(tested >= 4 * (model.rowCount() - 1), qPrintable(QString::number(tested)));
    QVERIFY2(insignificant > tested / 2, qPrintable(u"%1 of %2"_s.arg(insignificant).arg(tested)));
    // 万投比: lower is better.
    const QModelIndex per10k = model.index(row, cx::ProductStatusModel::Per10k);
    QCOMPARE(model.data(per10k, cx::BetterRole).toBool(), model.data(per10k, cx::DeltaRole).toDouble() < 0);
    // Attainment: only the first row, loading until given.
    QCOMPARE(model.data(model.index(0, cx::ProductStatusModel::Attainment)).toString(), u"Loading…"_s);
    QVERIFY(!model.data(model.index(row, cx::ProductStatusModel::Attainment)).isValid());
    QVERIFY(!m_service->request(cx::FactKind::Attainment));
    QVERIFY(m_service->waitUntilIdle(60000));
    model.setAttainment(cx::AttainmentSummary::of(*m_service->facts().attainment, analysis->month, analysis->previousMonth));
    QVERIFY(model.data(model.index(0, cx::ProductStatusModel::Attainment)).toString().contains(u'/'));
}

void TestDeskModels::attainmentSummary_data()
{
    QTest::addColumn<QStringList>("misses"); // layer of each missed actual of 2024-08
    QTest::addColumn<int>("light");
    QTest::newRow("all met") << QStringList() << int(cx::TrafficLight::Green);
    QTest::newRow("a KOI missed") << QStringList{u"koi"_s} << int(cx::TrafficLight::Amber);
    QTest::newRow("a KEI missed") << QStringList{u"koi"_s, u"kei"_s} << int(cx::TrafficLight::Red);
}

void TestDeskModels::attainmentSummary()
{
    QFETCH(QStringList, misses);
    QFETCH(int, light);
    QList<cx::IndicatorAttainment> actuals;
    for (int i = 0; i < 4; ++i) {
        cx::IndicatorAttainment a;
        a.code = u"KOI%1"_s.arg(i);
        a.layer = u"koi"_s;
        a.month = u"2024-08"_s;
        actuals << a;
        a.month = u"2024-07"_s;
        a.met = i > 0;
        actuals << a;
    }
    for (int i = 0; i < misses.size(); ++i) {
        cx::IndicatorAttainment a;
        a.code = u"X%1"_s.arg(i);
        a.layer = misses.at(i);
        a.month = u"2024-08"_s;
        a.met = false;
        actuals << a;
    }
    const cx::AttainmentSummary summary = cx::AttainmentSummary::of(actuals, u"2024-08"_s, u"2024-07"_s);
    QCOMPARE(summary.measured, 4 + int(misses.size()));
    QCOMPARE(summary.met, 4);
    QCOMPARE(summary.previousMeasured, 4);
    QCOMPARE(summary.previousMet, 3);
    QCOMPARE(summary.missed.size(), misses.size());
    QCOMPARE(int(summary.light), light);
}

void TestDeskModels::hotspotLists()
{
    const auto analysis = analyse({});
    cx::HotspotModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setHotspots(analysis->period.hotspots.byVolume, analysis->categoryTrends, analysis->months, analysis->lastMonth,
                      false);
    QCOMPARE(model.rowCount(), 10);
    const QJsonArray top = m_truth["top_categories"_L1].toArray();
    for (int row = 0; row < 10; ++row) {
        QCOMPARE(model.data(model.index(row, cx::HotspotModel::Category)).toString(), top.at(row).toArray().at(0).toString());
        QCOMPARE(model.data(model.index(row, cx::HotspotModel::Complaints), cx::ValueRole).toDouble(),
                 top.at(row).toArray().at(1).toDouble());
        QCOMPARE(model.data(model.index(row, cx::HotspotModel::Rank)).toInt(), row + 1);
        const QList<double> trend = model.data(model.index(row, cx::HotspotModel::Trend), cx::SeriesRole).value<QList<double>>();
        QCOMPARE(trend.size(), qsizetype(cx::HotspotModel::trendMonths));
        QCOMPARE(model.data(model.index(row, cx::HotspotModel::Trend)).toString().split(u' ').size(), trend.size());
    }
    QCOMPARE(model.trendLabels().constLast(), u"2024-12"_s);
    // Each increase is tested against the month before; only a significant one is coloured.
    int tested = 0;
    for (int row = 0; row < model.rowCount(); ++row) {
        const cx::Hotspot *h = model.hotspot(row);
        const QModelIndex increase = model.index(row, cx::HotspotModel::Increase);
        const QVariant significant = model.data(increase, cx::SignificantRole);
        QCOMPARE(significant.isValid(), std::isfinite(h->increaseP));
        if (!significant.isValid())
            continue;
        ++tested;
        QVERIFY(h->increaseP >= 0 && h->increaseP <= 1);
        QCOMPARE(significant.toBool(), h->increaseP < 0.05);
        QVERIFY(model.data(increase, Qt::ToolTipRole).toString().contains(
            h->increaseP < 0.05 ? u"Change significant"_s : u"Change not significant"_s));
    }
    QCOMPARE(tested, model.rowCount());
    model.setSignificanceLevel(1.0);
    QVERIFY(model.data(model.index(0, cx::HotspotModel::Increase), cx::SignificantRole).toBool());
    model.setLimit(30);
    QCOMPARE(model.rowCount(), int(std::min<qsizetype>(30, analysis->period.hotspots.byVolume.size())));
    model.setKeywordLimit(2);
    QVERIFY(model.data(model.index(0, cx::HotspotModel::Keywords)).toString().count(u',') <= 1);
    QCOMPARE(cx::HotspotModel::rankingName(cx::HotspotRanking::Increase), u"增量"_s);
}

void TestDeskModels::alertsNarrowByMetricAndStage()
{
    const auto analysis = analyse({});
    cx::AlertModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setAlerts(analysis->history, analysis->months);
    QCOMPARE(model.rowCount(), int(analysis->history.size()));
    QVERIFY(model.rowCount() >= 2);
    const QJsonObject drop = m_truth["planted_satisfaction_drop"_L1].toObject();
    model.setNarrowing(cx::AlertMetric::Satisfaction, drop["stage"_L1].toString());
    QVERIFY(model.rowCount() >= 1);
    for (int row = 0; row < model.rowCount(); ++row) {
        QCOMPARE(model.alert(row)->alert.metric, cx::AlertMetric::Satisfaction);
        QCOMPARE(model.data(model.index(row, cx::AlertModel::Stage)).toString(), drop["stage"_L1].toString());
        QVERIFY(model.data(model.index(row, cx::AlertModel::Change)).toString().contains(u'→'));
        QVERIFY(model.data(model.index(row, cx::AlertModel::PValue)).toString().startsWith(u"p "_s));
        QVERIFY(model.data(model.index(row, cx::AlertModel::Series), cx::SeriesRole).isValid());
        QVERIFY(!model.data(model.index(row, cx::AlertModel::Metric), cx::SeriesRole).isValid());
    }
    model.setNarrowing(cx::AlertMetric::Complaints, {});
    QVERIFY(model.rowCount() >= 1);
    QCOMPARE(model.alert(0)->alert.category, m_truth["planted_complaint_spike"_L1].toObject()["category"_L1].toString());
    model.setNarrowing(std::nullopt, u"no such stage"_s);
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.totalCount(), analysis->history.size());
}

void TestDeskModels::journeyLanes()
{
    const auto analysis = analyse({});
    cx::JourneyModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setAnalysis(analysis);
    model.setOwners(m_service->stageOwners());
    QCOMPARE(model.rowCount(), int(cx::JourneyModel::LaneCount));
    QCOMPARE(model.columnCount(), 7);
    QCOMPARE(model.headerData(cx::JourneyModel::Emotion, Qt::Vertical).toString(), u"Emotion curve"_s);
    const int usage = model.columnOf(u"使用"_s);
    QCOMPARE(usage, 3);
    QVERIFY(model.data(model.index(cx::JourneyModel::PainPoints, usage)).toString().startsWith(u"网速慢"_s));
    QVERIFY(model.data(model.index(cx::JourneyModel::Elements, usage)).toString().contains(u"QOE05"_s));
    QVERIFY(model.data(model.index(cx::JourneyModel::Departments, usage)).toString().contains(u"网络部"_s));
    QCOMPARE(model.data(model.index(cx::JourneyModel::WorkOrders, usage)).toString(), u"Loading…"_s);
    model.setOpenWorkOrders(QHash<QString, int>{});
    QCOMPARE(model.data(model.index(cx::JourneyModel::WorkOrders, usage)).toString(), u"0"_s);
    const QString tip = model.data(model.index(cx::JourneyModel::Satisfaction, usage), Qt::ToolTipRole).toString();
    QVERIFY2(tip.contains(u"n = "_s) && tip.contains(u"2024-11"_s) && tip.contains(u"p "_s), qPrintable(tip));
    // A stage without survey answers: said, not drawn as 0.
    const int renewal = model.columnOf(u"续订退订"_s);
    QCOMPARE(model.data(model.index(cx::JourneyModel::Satisfaction, renewal)).toString(), cx::DeskFormat::noSurveyData());
    QVERIFY(std::isnan(model.data(model.index(cx::JourneyModel::Emotion, renewal), cx::ValueRole).toDouble()));
    QVERIFY(!model.data(model.index(cx::JourneyModel::Satisfaction, renewal), cx::LightRole).isValid());
}

void TestDeskModels::journeyComparison()
{
    const auto analysis = analyse({});
    cx::AnalysisFilter july;
    july.fromMonth = july.toMonth = u"2024-07"_s;
    cx::AnalysisFilter august = july;
    august.fromMonth = august.toMonth = u"2024-08"_s;
    august.products = july.products = {m_truth["planted_satisfaction_drop"_L1].toObject()["product"_L1].toString()};
    const cx::JourneyMatrix a = cx::journeyMatrix(m_service->cube()->slice(july), analysis->settings.analysis);
    const cx::JourneyMatrix b = cx::journeyMatrix(m_service->cube()->slice(august), analysis->settings.analysis);
    cx::JourneyComparisonModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setComparison(a, u"2024-07"_s, b, u"2024-08"_s, analysis->settings.analysis);
    QCOMPARE(model.columnCount(), 7);
    QCOMPARE(model.rowCount(), int(cx::JourneyComparisonModel::MetricCount) * int(cx::JourneyComparisonModel::PartCount));
    const int usage = 3;
    QCOMPARE(model.stageAt(usage), u"使用"_s);
    const QModelIndex change = model.index(cx::JourneyComparisonModel::Change, usage);
    QVERIFY(model.data(change, cx::DeltaRole).toDouble() < -0.3);
    QVERIFY(model.data(change, cx::MarkedRole).toBool());
    QVERIFY(!model.data(change, cx::BetterRole).toBool());
    QCOMPARE(model.headerData(cx::JourneyComparisonModel::B, Qt::Vertical).toString(), u"Satisfaction · 2024-08"_s);
    model.clear();
    QCOMPARE(model.rowCount(), 0);
}

void TestDeskModels::lights_data()
{
    QTest::addColumn<double>("value");
    QTest::addColumn<bool>("higherIsBetter");
    QTest::addColumn<int>("light");
    QTest::newRow("above target") << 0.75 << true << int(cx::TrafficLight::Green);
    QTest::newRow("at target") << 0.70 << true << int(cx::TrafficLight::Green);
    QTest::newRow("within the margin") << 0.66 << true << int(cx::TrafficLight::Amber);
    QTest::newRow("below the margin") << 0.60 << true << int(cx::TrafficLight::Red);
    QTest::newRow("no data") << double(NAN) << true << int(cx::TrafficLight::None);
    QTest::newRow("lower is better, below") << 0.60 << false << int(cx::TrafficLight::Green);
    QTest::newRow("lower is better, above") << 0.80 << false << int(cx::TrafficLight::Red);
}

void TestDeskModels::lights()
{
    QFETCH(double, value);
    QFETCH(bool, higherIsBetter);
    QFETCH(int, light);
    QCOMPARE(int(cx::lightAgainstTarget(value, 0.70, 0.05, higherIsBetter)), light);
}

void TestDeskModels::largeCounts_data()
{
    QTest::addColumn<QString>("locale");
    QTest::addColumn<double>("value");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("unit");
    QTest::newRow("zh 10.2M") << u"zh_CN"_s << 10'220'000.0 << u"1,022万"_s << u"万"_s;
    QTest::newRow("zh 110k") << u"zh_CN"_s << 110'000.0 << u"11万"_s << u"万"_s;
    QTest::newRow("zh 53k") << u"zh_CN"_s << 53'000.0 << u"5.3万"_s << u"万"_s;
    QTest::newRow("en 10.2M") << u"en_US"_s << 10'220'000.0 << u"10.2M"_s << u"millions"_s;
    QTest::newRow("en 250M") << u"en_US"_s << 250'000'000.0 << u"250M"_s << u"millions"_s;
    QTest::newRow("en 110k") << u"en_US"_s << 110'000.0 << u"110k"_s << u"thousands"_s;
    QTest::newRow("en 5.3k") << u"en_US"_s << 5'300.0 << u"5.3k"_s << u"thousands"_s;
    QTest::newRow("en 850") << u"en_US"_s << 850.0 << u"850"_s << QString();
}

// Users and consultations read in 万 in Chinese, in millions or thousands
// in English; the scale's unit names the axis.
void TestDeskModels::largeCounts()
{
    QFETCH(QString, locale);
    QFETCH(double, value);
    QFETCH(QString, text);
    QFETCH(QString, unit);
    const QLocale before;
    QLocale::setDefault(QLocale(locale));
    const QString shown = cx::DeskFormat::largeCount(value);
    const cx::DeskFormat::CountScale scale = cx::DeskFormat::countScale(value);
    const QString missing = cx::DeskFormat::largeCount(std::nan(""), u"no data"_s);
    QLocale::setDefault(before);
    QCOMPARE(shown, text);
    QCOMPARE(scale.unit, unit);
    QCOMPARE(missing, u"no data"_s);
}

QTEST_GUILESS_MAIN(TestDeskModels)
#include "tst_deskmodels.moc"
