// The analysis engine on small hand-made workspaces: journey cells, NPS,
// 万投比, hotspots with keywords, alerts, and the aggregates behind them.

#include "analyticsfixture.h"

#include "analytics/aggregates.h"
#include "analytics/analysis.h"
#include "analytics/serviceaggregates.h"
#include "pipeline/batches.h"
#include "pipeline/importer.h"
#include "pipeline/sqlite.h"
#include "settings/workspacesettings.h"
#include "testsupport.h"

#include <QSqlQuery>
#include <QTest>

#include <array>
#include <cmath>
#include <map>
#include <utility>

using namespace Qt::StringLiterals;

namespace {

const QString videoApp = u"咪咕视频"_s;
const QString broadband = u"家庭宽带"_s;

struct Place
{
    QString city;
    QString county;
    QString grid;
};

/// A hand-made workspace with helpers for the facts the engine reads.
class EngineWorkspace : public cx::test::AnalyticsWorkspace
{
public:
    bool addComplaints(int count, const QString &month, const QString &product, const Place &place,
                       const QString &category, const QString &stage, const QString &content = {},
                       const QString &channel = u"10086热线"_s)
    {
        bool ok = true;
        for (int i = 0; i < count && ok; ++i) {
            const qint64 id = ++m_complaints;
            ok = exec(u"INSERT INTO complaint(id, batch_id, order_no, accepted_at, month, channel, province, city, "
                      "county, grid, product, category3, content, stage) VALUES (?, 1, ?, ?, ?, ?, '', ?, ?, ?, ?, ?, ?, ?)"_s,
                      {id, u"T%1"_s.arg(id), month + u"-10 09:00:00"_s, month, channel, place.city, place.county,
                       place.grid, product, category, content, stage});
        }
        return ok;
    }

    /// One response: overall score, NPS answer and one score per stage.
    bool addResponse(const QString &month, const QString &product, const Place &place, double overall, double nps,
                     const QList<std::pair<QString, double>> &stageScores = {})
    {
        const qint64 id = ++m_responses;
        bool ok = exec(u"INSERT INTO survey_response(id, batch_id, response_key, submitted_at, month, city, county, "
                       "grid, product, overall, nps) VALUES (?, 1, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
                       {id, u"S%1"_s.arg(id), month + u"-15 10:00:00"_s, month, place.city, place.county, place.grid,
                        product, overall, nps});
        for (const auto &[stage, score] : stageScores) {
            ok = ok && exec(u"INSERT OR IGNORE INTO survey_question(text, kind, stage) VALUES (?, 'stage', ?)"_s,
                            {u"“%1”环节满意度"_s.arg(stage), stage})
                 && exec(u"INSERT INTO survey_answer(response_id, question_id, score) "
                         "SELECT ?, id, ? FROM survey_question WHERE text = ?"_s,
                         {id, score, u"“%1”环节满意度"_s.arg(stage)});
        }
        return ok;
    }

    /// Responses of one stage question with the given scores (overall and NPS take the same score).
    bool addStageScores(const QString &month, const QString &product, const Place &place, const QString &stage,
                        const QList<double> &scores)
    {
        bool ok = true;
        for (double score : scores)
            ok = ok && addResponse(month, product, place, score, score, {{stage, score}});
        return ok;
    }

    bool addWorkOrder(const QString &stage, const QString &status, const QString &product, const QString &city)
    {
        const qint64 id = ++m_workOrders;
        return exec(u"INSERT INTO work_order(number, title, product, stage, city, created_by, created_at, status, "
                    "updated_at) VALUES (?, 'test', ?, ?, ?, 'tester', '2024-03-01', ?, '2024-03-01')"_s,
                    {u"WO-2024-%1"_s.arg(id, 4, 10, QChar(u'0')), product, stage, city, status});
    }

    std::shared_ptr<const cx::AnalyticsCube> cube()
    {
        QString error;
        auto cube = cx::AnalyticsCube::load(db(), &error);
        if (!cube)
            qWarning("cannot load the cube: %s", qPrintable(error));
        return cube;
    }

    cx::AnalysisSettings settings() const { return cx::AnalysisSettings::fromWorkspace(cx::WorkspaceSettings(db())); }

private:
    qint64 m_complaints = 0;
    qint64 m_responses = 0;
    qint64 m_workOrders = 0;
};

const Place nanshan{u"深圳"_s, u"南山区"_s, u"南山区-网格01"_s};
const Place futian{u"深圳"_s, u"福田区"_s, u"福田区-网格03"_s};
const Place tianhe{u"广州"_s, u"天河区"_s, u"天河区-网格02"_s};

const QString slowText = u"晚上网速很慢，看视频一直卡顿"_s;
const QString pageText = u"网速慢，打开网页要等很久"_s;

// The journey fixture (hand-computed expectations in journey_data()):
// 2024-01  咪咕视频 南山区: 网速慢 ×2; responses overall 9,9,8 · NPS 9,10,8 · 使用 9,9,8
// 2024-02  咪咕视频 南山区: 网速慢 ×4, 信号差 ×3, 扣费异议 ×2; 福田区: 网速慢 ×2
//          家庭宽带 天河区: 网速慢 ×4 (channel 网上营业厅)
//          responses 咪咕视频 南山区 overall 9,8,6,10 · NPS 10,9,5,7 · 使用 8,6,9,7
//                    家庭宽带 天河区 overall 5,7 · NPS 3,6 · 使用 4,6
// users: 咪咕视频 100,000 → 200,000; 家庭宽带 50,000 → 100,000.
bool fillJourneyFixture(EngineWorkspace &ws)
{
    const QString jan = u"2024-01"_s;
    const QString feb = u"2024-02"_s;
    const QString use = u"使用"_s;
    bool ok = ws.addProductMonth(videoApp, jan, 100000, 0) && ws.addProductMonth(videoApp, feb, 200000, 0)
              && ws.addProductMonth(broadband, jan, 50000, 0) && ws.addProductMonth(broadband, feb, 100000, 0);
    ok = ok && ws.addComplaints(2, jan, videoApp, nanshan, u"网速慢"_s, use, slowText)
         && ws.addComplaints(3, feb, videoApp, nanshan, u"网速慢"_s, use, slowText)
         && ws.addComplaints(1, feb, videoApp, nanshan, u"网速慢"_s, use, pageText)
         && ws.addComplaints(2, feb, videoApp, futian, u"网速慢"_s, use, slowText)
         && ws.addComplaints(3, feb, videoApp, nanshan, u"信号差"_s, use, u"地下车库完全没有信号"_s)
         && ws.addComplaints(2, feb, videoApp, nanshan, u"扣费异议"_s, u"缴费"_s, u"本月话费比平时多了几十元"_s)
         && ws.addComplaints(4, feb, broadband, tianhe, u"网速慢"_s, use, pageText, u"网上营业厅"_s);
    const QList<std::array<double, 3>> january{{9, 9, 9}, {9, 10, 9}, {8, 8, 8}};
    for (const auto &[overall, nps, score] : january)
        ok = ok && ws.addResponse(jan, videoApp, nanshan, overall, nps, {{use, score}});
    const QList<std::array<double, 3>> february{{9, 10, 8}, {8, 9, 6}, {6, 5, 9}, {10, 7, 7}};
    for (const auto &[overall, nps, score] : february)
        ok = ok && ws.addResponse(feb, videoApp, nanshan, overall, nps, {{use, score}});
    ok = ok && ws.addResponse(feb, broadband, tianhe, 5, 3, {{use, 4}}) && ws.addResponse(feb, broadband, tianhe, 7, 6, {{use, 6}});
    ok = ok && ws.addWorkOrder(use, u"draft"_s, videoApp, u"深圳"_s) && ws.addWorkOrder(use, u"closed"_s, videoApp, u"深圳"_s)
         && ws.addWorkOrder(u"缴费"_s, u"in_progress"_s, broadband, u"广州"_s);
    return ok;
}

cx::AnalysisFilter filterOf(const QString &month, const QStringList &products = {}, const cx::RegionPath &region = {},
                            const QString &channel = {})
{
    cx::AnalysisFilter filter;
    filter.fromMonth = filter.toMonth = month;
    filter.products = products;
    filter.region = region;
    filter.channel = channel;
    return filter;
}

const cx::JourneyCell *cellOf(const cx::JourneyMatrix &matrix, const QString &stage)
{
    for (const cx::JourneyCell &cell : matrix.cells)
        if (cell.stage == stage)
            return &cell;
    return nullptr;
}

void compareNumber(double actual, double expected, double tolerance = 1e-9)
{
    if (std::isnan(expected))
        QVERIFY2(std::isnan(actual), qPrintable(u"expected NaN, got %1"_s.arg(actual)));
    else
        QVERIFY2(std::abs(actual - expected) <= tolerance,
                 qPrintable(u"expected %1, got %2"_s.arg(expected, 0, 'g', 12).arg(actual, 0, 'g', 12)));
}

QStringList keywordsOf(const cx::Hotspot &hotspot)
{
    QStringList words;
    for (const cx::KeywordCount &k : hotspot.keywords)
        words << k.keyword;
    return words;
}

const double missing = std::numeric_limits<double>::quiet_NaN();

} // namespace

class TestAnalysisEngine : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void journey_data();
    void journey();
    void lightsAndWorkOrders();
    void subscribers_data();
    void subscribers();
    void nps_data();
    void nps();
    void hotspots();
    void scoreAlerts_data();
    void scoreAlerts();
    void complaintAlerts_data();
    void complaintAlerts();
    void countScreenNeverHidesSignificance_data();
    void countScreenNeverHidesSignificance();
    void aggregatesFollowImportsAndDeletions();
};

void TestAnalysisEngine::journey_data()
{
    QTest::addColumn<cx::AnalysisFilter>("filter");
    QTest::addColumn<double>("satisfaction");
    QTest::addColumn<double>("satisfiedRate");
    QTest::addColumn<qint64>("n");
    QTest::addColumn<double>("delta");
    QTest::addColumn<qint64>("complaints");
    QTest::addColumn<qint64>("previousComplaints");
    QTest::addColumn<double>("per10k");
    QTest::addColumn<QStringList>("topCategories");

    const QString feb = u"2024-02"_s;
    // 使用 in 2024-02: scores 8,6,9,7,4,6; January 9,9,8 (mean 26/3).
    QTest::newRow("all") << filterOf(feb) << 40.0 / 6 << 2.0 / 6 << qint64(6) << 40.0 / 6 - 26.0 / 3 << qint64(13)
                         << qint64(2) << 13.0 / 300000 * 10000 << QStringList{u"网速慢"_s, u"信号差"_s};
    QTest::newRow("one product") << filterOf(feb, {videoApp}) << 7.5 << 0.5 << qint64(4) << 7.5 - 26.0 / 3
                                 << qint64(9) << qint64(2) << 9.0 / 200000 * 10000
                                 << QStringList{u"网速慢"_s, u"信号差"_s};
    // 深圳 holds all 咪咕视频 responses: its subscribers estimate is all of them.
    QTest::newRow("city") << filterOf(feb, {}, cx::RegionPath(u"深圳"_s)) << 7.5 << 0.5 << qint64(4)
                          << 7.5 - 26.0 / 3 << qint64(9) << qint64(2) << 9.0 / 200000 * 10000
                          << QStringList{u"网速慢"_s, u"信号差"_s};
    QTest::newRow("county") << filterOf(feb, {}, cx::RegionPath(u"深圳"_s, u"南山区"_s)) << 7.5 << 0.5 << qint64(4)
                            << 7.5 - 26.0 / 3 << qint64(7) << qint64(2) << 7.0 / 200000 * 10000
                            << QStringList{u"网速慢"_s, u"信号差"_s};
    // No responses in 福田区: no satisfaction, and no share to estimate subscribers by.
    QTest::newRow("county without responses") << filterOf(feb, {}, cx::RegionPath(u"深圳"_s, u"福田区"_s)) << missing << missing
                                              << qint64(0) << missing << qint64(2) << qint64(0) << missing
                                              << QStringList{u"网速慢"_s};
    // The channel restricts complaints only.
    QTest::newRow("channel") << filterOf(feb, {}, {}, u"网上营业厅"_s) << 40.0 / 6
                             << 2.0 / 6 << qint64(6) << 40.0 / 6 - 26.0 / 3 << qint64(4) << qint64(0)
                             << 4.0 / 300000 * 10000 << QStringList{u"网速慢"_s};
    cx::AnalysisFilter period = filterOf(feb);
    period.fromMonth = u"2024-01"_s;
    QTest::newRow("two months") << period << (40.0 + 26) / 9 << 5.0 / 9 << qint64(9) << 40.0 / 6 - 26.0 / 3
                                << qint64(15) << qint64(2) << 15.0 / 450000 * 10000
                                << QStringList{u"网速慢"_s, u"信号差"_s};
}

void TestAnalysisEngine::journey()
{
    QFETCH(cx::AnalysisFilter, filter);
    QFETCH(double, satisfaction);
    QFETCH(double, satisfiedRate);
    QFETCH(qint64, n);
    QFETCH(double, delta);
    QFETCH(qint64, complaints);
    QFETCH(qint64, previousComplaints);
    QFETCH(double, per10k);
    QFETCH(QStringList, topCategories);

    EngineWorkspace ws;
    QVERIFY2(ws.error().isEmpty(), qPrintable(ws.error()));
    QVERIFY(fillJourneyFixture(ws));
    const auto cube = ws.cube();
    QVERIFY(cube);
    QCOMPARE(cube->months(), (QStringList{u"2024-01"_s, u"2024-02"_s}));

    const cx::JourneyMatrix matrix = cx::journeyMatrix(cube->slice(filter), ws.settings());
    QCOMPARE(matrix.toMonth, u"2024-02"_s);
    QCOMPARE(matrix.previousMonth, u"2024-01"_s);
    QCOMPARE(matrix.cells.size(), 7); // the default journey, in order
    QCOMPARE(matrix.cells.constFirst().stage, u"了解"_s);
    const cx::JourneyCell *use = cellOf(matrix, u"使用"_s);
    QVERIFY(use);
    compareNumber(use->satisfaction, satisfaction);
    compareNumber(use->satisfiedRate, satisfiedRate);
    QCOMPARE(use->n, n);
    compareNumber(use->satisfactionDelta, delta);
    QCOMPARE(use->complaints.value_or(-1), complaints);
    QCOMPARE(use->complaintsPreviousMonth.value_or(-1), previousComplaints);
    compareNumber(use->per10k, per10k);
    QStringList top;
    for (const cx::CategoryCount &category : use->topCategories)
        top << category.category;
    QCOMPARE(top, topCategories);
}

void TestAnalysisEngine::lightsAndWorkOrders()
{
    EngineWorkspace ws;
    QVERIFY(fillJourneyFixture(ws));
    const auto cube = ws.cube();
    QVERIFY(cube);
    const cx::AnalysisSettings settings = ws.settings(); // target 8.0, amber margin 0.5, 万投比 target 5, ratio 1.2

    const cx::AnalysisFilter all = filterOf(u"2024-02"_s);
    cx::JourneyMatrix matrix = cx::journeyMatrix(cube->slice(all), settings, cx::openWorkOrdersByStage(ws.db(), cube->scope(all)));
    QCOMPARE(cellOf(matrix, u"使用"_s)->light, cx::TrafficLight::Red);    // 6.67 < 7.5
    QCOMPARE(cellOf(matrix, u"缴费"_s)->light, cx::TrafficLight::Green);  // no scores; 万投比 0.067 ≤ 5
    QCOMPARE(cellOf(matrix, u"了解"_s)->light, cx::TrafficLight::Green);  // no complaints: 万投比 0
    QCOMPARE(cellOf(matrix, u"缴费"_s)->complaints.value_or(-1), qint64(2));
    compareNumber(cellOf(matrix, u"缴费"_s)->per10k, 2.0 / 300000 * 10000);
    QCOMPARE(cellOf(matrix, u"使用"_s)->openWorkOrders, 1); // the closed one does not count
    QCOMPARE(cellOf(matrix, u"缴费"_s)->openWorkOrders, 1);

    const cx::AnalysisFilter video = filterOf(u"2024-02"_s, {videoApp});
    matrix = cx::journeyMatrix(cube->slice(video), settings, cx::openWorkOrdersByStage(ws.db(), cube->scope(video)));
    QCOMPARE(cellOf(matrix, u"使用"_s)->light, cx::TrafficLight::Amber); // 7.5 is within the margin
    QCOMPARE(cellOf(matrix, u"缴费"_s)->openWorkOrders, 0);              // that order is for 家庭宽带

    QCOMPARE(cx::trafficLight(8.0, 5.0, settings), cx::TrafficLight::Green);
    QCOMPARE(cx::trafficLight(missing, 6.0, settings), cx::TrafficLight::Amber);
    QCOMPARE(cx::trafficLight(8.5, 6.1, settings), cx::TrafficLight::Red);
    QCOMPARE(cx::trafficLight(missing, missing, settings), cx::TrafficLight::None);
}

void TestAnalysisEngine::subscribers_data()
{
    QTest::addColumn<QList<QVariantList>>("subscriberRows"); // month, city, product, users
    QTest::addColumn<cx::AnalysisFilter>("filter");
    QTest::addColumn<double>("per10k");
    QTest::addColumn<bool>("estimated");

    const QString feb = u"2024-02"_s;
    const cx::AnalysisFilter shenzhen = filterOf(feb, {}, cx::RegionPath(u"深圳"_s));
    // 深圳's 使用 complaints in 2024-02: 9, all of 咪咕视频.
    QTest::newRow("province: product users") << QList<QVariantList>{} << filterOf(feb) << 13.0 / 300000 * 10000 << false;
    QTest::newRow("city: shared by responses") << QList<QVariantList>{} << shenzhen << 9.0 / 200000 * 10000 << true;
    QTest::newRow("city: subscriber row") << QList<QVariantList>{{feb, u"深圳"_s, videoApp, 50000}} << shenzhen
                                          << 9.0 / 50000 * 10000 << false;
    // An all-products row is shared by the products' users: 咪咕视频 2/3, 家庭宽带 1/3.
    QTest::newRow("city: all-products row") << QList<QVariantList>{{feb, u"深圳"_s, u""_s, 60000}} << shenzhen
                                            << 9.0 / 60000 * 10000 << false;
    // Below the city, the city's subscribers by the county's share of the city's responses (all in 南山区).
    QTest::newRow("county: subscriber row shared")
        << QList<QVariantList>{{feb, u"深圳"_s, videoApp, 50000}}
        << filterOf(feb, {}, cx::RegionPath(u"深圳"_s, u"南山区"_s)) << 7.0 / 50000 * 10000 << true;
}

void TestAnalysisEngine::subscribers()
{
    QFETCH(QList<QVariantList>, subscriberRows);
    QFETCH(cx::AnalysisFilter, filter);
    QFETCH(double, per10k);
    QFETCH(bool, estimated);

    EngineWorkspace ws;
    QVERIFY(fillJourneyFixture(ws));
    for (const QVariantList &row : subscriberRows)
        QVERIFY(ws.exec(u"INSERT INTO subscribers(month, city, product, users) VALUES (?, ?, ?, ?)"_s, row));
    const auto cube = ws.cube();
    QVERIFY(cube);
    const cx::JourneyMatrix matrix = cx::journeyMatrix(cube->slice(filter), ws.settings());
    compareNumber(cellOf(matrix, u"使用"_s)->per10k, per10k);
    QCOMPARE(matrix.per10kEstimated, estimated);
}

void TestAnalysisEngine::nps_data()
{
    QTest::addColumn<QList<double>>("answers");
    QTest::addColumn<double>("nps");

    // NPS = %promoters (9–10) − %detractors (0–6).
    QTest::newRow("mixed") << QList<double>{10, 9, 5, 7, 3, 6} << (2.0 - 3.0) / 6 * 100;
    QTest::newRow("all promoters") << QList<double>{9, 10, 10} << 100.0;
    QTest::newRow("passives only") << QList<double>{7, 8} << 0.0;
    QTest::newRow("zero counts") << QList<double>{0, 0, 9, 8} << (1.0 - 2.0) / 4 * 100;
}

void TestAnalysisEngine::nps()
{
    QFETCH(QList<double>, answers);
    QFETCH(double, nps);

    EngineWorkspace ws;
    for (double answer : answers)
        QVERIFY(ws.addResponse(u"2024-05"_s, videoApp, nanshan, 8, answer));
    QVERIFY(ws.addResponse(u"2024-04"_s, videoApp, nanshan, 8, 0)); // outside the period
    const auto cube = ws.cube();
    QVERIFY(cube);
    const cx::SatisfactionOverview overview =
        cx::satisfactionOverview(cube->slice(filterOf(u"2024-05"_s)), ws.settings());
    compareNumber(overview.total.nps, nps);
    QCOMPARE(overview.total.npsN, qint64(answers.size()));
    QCOMPARE(overview.byProduct.size(), 1);
    compareNumber(overview.byProduct.constFirst().nps, nps);
    QCOMPARE(overview.byArea.size(), 1);
    QCOMPARE(overview.byArea.constFirst().label, u"深圳"_s);
}

void TestAnalysisEngine::hotspots()
{
    EngineWorkspace ws;
    QVERIFY(fillJourneyFixture(ws));
    const auto cube = ws.cube();
    QVERIFY(cube);
    const cx::Hotspots result = cx::hotspots(cube->slice(filterOf(u"2024-02"_s)), 10, 3);
    QCOMPARE(result.month, u"2024-02"_s);

    const auto names = [](const QList<cx::Hotspot> &list) {
        QStringList out;
        for (const cx::Hotspot &h : list)
            out << h.category;
        return out;
    };
    QCOMPARE(names(result.byVolume), (QStringList{u"网速慢"_s, u"信号差"_s, u"扣费异议"_s}));
    QCOMPARE(names(result.byIncrease), (QStringList{u"网速慢"_s, u"信号差"_s, u"扣费异议"_s}));
    QCOMPARE(names(result.byPer10k), (QStringList{u"网速慢"_s, u"信号差"_s, u"扣费异议"_s}));
    const cx::Hotspot &slow = result.byIncrease.constFirst();
    QCOMPARE(slow.complaints, qint64(10));
    QCOMPARE(slow.previousMonth.value_or(-1), qint64(2));
    QCOMPARE(slow.increase.value_or(-1), qint64(8));
    compareNumber(slow.increasePercent, 400.0);
    // 2 of 150,000 subscribers in January, 10 of 300,000 in February: per
    // subscriber that is no significant rise (R: poisson.test(c(10, 2), c(300000, 150000))).
    compareNumber(slow.increaseP, 0.35884510227852195);
    compareNumber(slow.per10k, 10.0 / 300000 * 10000);
    QCOMPARE(slow.stage, u"使用"_s);
    // Half of the ten complaints say slowText (网速, 视频, 卡顿), half pageText
    // (网速慢, 打开网页): each keyword is in 5 of the 10 and in 5 of the 15
    // complaints of February, so all weigh 0.5 × ln 3 (TF-IDF) and rank by name.
    QCOMPARE(keywordsOf(slow), (QStringList{u"卡顿"_s, u"打开网页"_s, u"网速"_s}));
    QCOMPARE(slow.keywords.at(0).complaints, qint64(5));
    compareNumber(slow.keywords.at(0).score, 0.5 * std::log(3.0));
    compareNumber(result.byIncrease.at(1).increasePercent, missing); // nothing the month before

    // In 福田区 only the two slowText complaints of 2024-02 are in scope, but
    // keywords are kept per city: they are 深圳's.
    const cx::Hotspots futianHotspots =
        cx::hotspots(cube->slice(filterOf(u"2024-02"_s, {}, cx::RegionPath(u"深圳"_s, u"福田区"_s))), 10, 1);
    QCOMPARE(names(futianHotspots.byVolume), QStringList{u"网速慢"_s});
    QCOMPARE(futianHotspots.byVolume.constFirst().keywords.constFirst().complaints, qint64(5)); // 深圳's five slowText ones
    // A product filter applies to keywords: 家庭宽带's complaints say pageText only.
    const cx::Hotspots broadbandHotspots = cx::hotspots(cube->slice(filterOf(u"2024-02"_s, {broadband})), 10, 5);
    QVERIFY(!keywordsOf(broadbandHotspots.byVolume.constFirst()).contains(u"卡顿"_s));
}

void TestAnalysisEngine::scoreAlerts_data()
{
    QTest::addColumn<QList<double>>("before");
    QTest::addColumn<QList<double>>("after");
    QTest::addColumn<bool>("meanAlert");
    QTest::addColumn<bool>("rateAlert");

    const auto repeat = [](std::initializer_list<std::pair<double, int>> parts) {
        QList<double> scores;
        for (const auto &[score, count] : parts)
            scores.append(QList<double>(count, score));
        return scores;
    };
    // 8.5 → 7.5 on 100 answers each: large and significant (also 满意率 100% → 50%).
    QTest::newRow("large and significant") << repeat({{8, 50}, {9, 50}}) << repeat({{7, 50}, {8, 50}}) << true << true;
    // 7.67 → 6.33 on three answers each: large but far from significant.
    QTest::newRow("large, not significant") << QList<double>{9, 5, 9} << QList<double>{5, 9, 5} << false << false;
    // 8.5 → 8.4 on 2,000 answers each: significant (t ≈ 6.4) but below the
    // 0.3-point minimum; 满意率 stays 100 %.
    QTest::newRow("significant, too small") << repeat({{8, 1000}, {9, 1000}}) << repeat({{8, 1200}, {9, 800}}) << false
                                            << false;
}

void TestAnalysisEngine::scoreAlerts()
{
    QFETCH(QList<double>, before);
    QFETCH(QList<double>, after);
    QFETCH(bool, meanAlert);
    QFETCH(bool, rateAlert);

    EngineWorkspace ws;
    QVERIFY(ws.exec(u"BEGIN"_s));
    QVERIFY(ws.addStageScores(u"2024-07"_s, videoApp, nanshan, u"使用"_s, before));
    QVERIFY(ws.addStageScores(u"2024-08"_s, videoApp, nanshan, u"使用"_s, after));
    QVERIFY(ws.exec(u"COMMIT"_s));
    const auto cube = ws.cube();
    QVERIFY(cube);
    const QList<cx::Alert> alerts = cx::detectAlerts(cube->slice(filterOf(u"2024-08"_s)), ws.settings());

    const auto has = [&](cx::AlertMetric metric, const QString &stage) {
        for (const cx::Alert &alert : alerts)
            if (alert.metric == metric && alert.stage == stage)
                return &alert;
        return static_cast<const cx::Alert *>(nullptr);
    };
    // The overall question and the 使用 question got the same scores.
    for (const QString &stage : {QString(), u"使用"_s}) {
        QCOMPARE(has(cx::AlertMetric::Satisfaction, stage) != nullptr, meanAlert);
        QCOMPARE(has(cx::AlertMetric::SatisfiedRate, stage) != nullptr, rateAlert);
    }
    for (const cx::Alert &alert : alerts) {
        QVERIFY(alert.pValue < 0.05);
        QVERIFY(alert.pValue >= alert.pRaw); // BH never lowers a p-value
        QCOMPARE(alert.month, u"2024-08"_s);
        QCOMPARE(alert.previousMonth, u"2024-07"_s);
        QCOMPARE(alert.nBefore, qint64(before.size()));
        QCOMPARE(alert.nAfter, qint64(after.size()));
        QCOMPARE(alert.product, videoApp); // the only product
    }
    if (const cx::Alert *alert = has(cx::AlertMetric::Satisfaction, u"使用"_s)) {
        compareNumber(alert->before, 8.5);
        compareNumber(alert->after, 7.5);
        QVERIFY(alert->description().contains(u"8.5 → 7.5"_s));
    }

    // "Significant, too small" is significant: only the size rule stops it.
    if (before.size() == 2000) {
        const auto summary = [](const QList<double> &scores) { return cx::summarize(std::span<const double>(scores)); };
        QVERIFY(cx::welchTTest(summary(before), summary(after)).pTwoSided < 0.05);
    }
}

void TestAnalysisEngine::complaintAlerts_data()
{
    QTest::addColumn<int>("before");
    QTest::addColumn<int>("after");
    QTest::addColumn<bool>("alert");

    QTest::newRow("spike 5 → 50") << 5 << 50 << true;
    QTest::newRow("doubling 2 → 4, not significant") << 2 << 4 << false;
    // 400 → 480 is significant (p ≈ 0.005) but only +20 %, below the 30 % minimum.
    QTest::newRow("significant, too small") << 400 << 480 << false;
    QTest::newRow("a fall") << 50 << 5 << false;
}

void TestAnalysisEngine::complaintAlerts()
{
    QFETCH(int, before);
    QFETCH(int, after);
    QFETCH(bool, alert);

    EngineWorkspace ws;
    QVERIFY(ws.exec(u"BEGIN"_s));
    QVERIFY(ws.addProductMonth(videoApp, u"2024-07"_s, 100000, 0));
    QVERIFY(ws.addProductMonth(videoApp, u"2024-08"_s, 100000, 0));
    QVERIFY(ws.addComplaints(before, u"2024-07"_s, videoApp, nanshan, u"播放卡顿"_s, u"使用"_s));
    QVERIFY(ws.addComplaints(after, u"2024-08"_s, videoApp, nanshan, u"播放卡顿"_s, u"使用"_s));
    // Steady complaints elsewhere never alert.
    QVERIFY(ws.addComplaints(20, u"2024-07"_s, videoApp, tianhe, u"网速慢"_s, u"使用"_s));
    QVERIFY(ws.addComplaints(20, u"2024-08"_s, videoApp, tianhe, u"网速慢"_s, u"使用"_s));
    QVERIFY(ws.exec(u"COMMIT"_s));
    const auto cube = ws.cube();
    QVERIFY(cube);
    const QList<cx::Alert> alerts = cx::detectAlerts(cube->slice(cx::AnalysisFilter()), ws.settings(),
                                                     cx::AlertPeriod::WholeHistory);
    QCOMPARE(alerts.size(), alert ? 1 : 0);
    if (alert) {
        const cx::Alert &a = alerts.constFirst();
        QCOMPARE(a.metric, cx::AlertMetric::Complaints);
        QCOMPARE(a.category, u"播放卡顿"_s);
        QCOMPARE(a.stage, u"使用"_s);
        QCOMPARE(a.product, videoApp);
        QCOMPARE(a.region, cx::RegionPath(u"深圳"_s));
        QCOMPARE(a.month, u"2024-08"_s);
        QCOMPARE(a.nBefore, qint64(before));
        QCOMPARE(a.nAfter, qint64(after));
    }
    if (before == 400) // significant on its own
        QVERIFY(cx::comparePoissonRates(before, 1, after, 1).pTwoSided < 0.05);
}

void TestAnalysisEngine::countScreenNeverHidesSignificance_data()
{
    QTest::addColumn<double>("exposureBefore");
    QTest::addColumn<double>("exposureAfter");
    QTest::addColumn<double>("alpha");

    for (const double alpha : {0.05, 0.01, 0.001, 0.2}) {
        for (const auto &[before, after] : {std::pair{1.0, 1.0}, {1.0, 1.3}, {1.3, 1.0}, {1.0, 4.0}, {4.0, 1.0}})
            QTest::addRow("e %g/%g, alpha %g", before, after, alpha) << before << after << alpha;
    }
}

void TestAnalysisEngine::countScreenNeverHidesSignificance()
{
    QFETCH(double, exposureBefore);
    QFETCH(double, exposureAfter);
    QFETCH(double, alpha);

    // Every change the cheap screen dismisses is no significant rise by the exact one-sided test either.
    int screened = 0;
    for (qint64 before = 0; before <= 150; ++before) {
        for (qint64 after = before == 0 ? 1 : 0; after <= 3 * before + 20; ++after) {
            if (!cx::countChangeClearlyInsignificant(before, exposureBefore, after, exposureAfter, alpha))
                continue;
            ++screened;
            const cx::CountTestResult exact = cx::comparePoissonRates(before, exposureBefore, after, exposureAfter);
            QVERIFY(exact.valid);
            QVERIFY2(exact.pRise >= alpha,
                     qPrintable(u"%1 → %2: exact p %3 < %4"_s.arg(before).arg(after).arg(exact.pRise).arg(alpha)));
        }
    }
    if (alpha <= 0.05 && exposureBefore == exposureAfter)
        QVERIFY(screened > 1000); // the screen does skip small changes
}

void TestAnalysisEngine::aggregatesFollowImportsAndDeletions()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"imports.cxw"_s);
    cx::WorkspaceError error;
    auto workspace = cx::Workspace::create(path, &error);
    QVERIFY2(workspace, qPrintable(error.message));
    const QByteArray header = "工单编号,受理时间,地市,区县,产品,投诉三级分类,投诉内容\n";
    // GD0..GD29 are March complaints, the later ones April's.
    const auto complaintFile = [&](const QString &name, int first, int count) {
        QByteArray bytes = header;
        for (int i = first; i < first + count; ++i)
            bytes += "GD" + QByteArray::number(i) + ",2024-" + (i < 30 ? "03" : "04") + "-05 10:00:00,深圳,南山区,咪咕视频,"
                     + (i % 2 ? "网速慢" : "扣费异议") + ",晚上网速很慢\n";
        const QString file = dir.filePath(name);
        return cx::test::writeFile(file, bytes) ? file : QString();
    };
    const QString first = complaintFile(u"a.csv"_s, 0, 30);
    const QString second = complaintFile(u"b.csv"_s, 20, 30); // 10 rows overlap, the same complaints
    cx::Importer importer(path);
    QCOMPARE(importer.importFile(first).inserted(), qint64(30));
    cx::sqlite::Database db;
    QVERIFY(db.open(path));
    // An import folds its rows into the aggregates as it commits.
    QCOMPARE(cx::aggregateState(db), cx::AggregateState::Current);

    const cx::ImportReport report = importer.importFile(second);
    QCOMPARE(report.inserted(), qint64(20));
    QCOMPARE(report.duplicates(), qint64(10));
    QCOMPARE(cx::aggregateState(db), cx::AggregateState::Current); // the second batch folded, nothing else
    const auto dump = [&] {
        cx::sqlite::Statement dim = db.prepare(u"SELECT value FROM agg_dim WHERE id = ?1"_s);
        cx::sqlite::Statement region = db.prepare(u"SELECT city, county FROM agg_region WHERE id = ?1"_s);
        // Month, product, city, county, category and stage → complaints.
        std::map<std::array<QString, 6>, qint64> complaints;
        const bool read = cx::forEachStoredCell(db, [&](const cx::StoredCell &cell) {
            std::array<QString, 6> key;
            for (const auto &[at, id] : {std::pair{0, 0}, {1, 1}, {4, 4}, {5, 5}}) {
                dim.bindInt(1, cell.key.ids[std::size_t(id)]);
                key[std::size_t(at)] = dim.next() ? dim.columnText(0) : u"?"_s;
                dim.reset();
            }
            region.bindInt(1, cell.key.ids[2]);
            if (region.next()) {
                key[2] = region.columnText(0);
                key[3] = region.columnText(1);
            }
            region.reset();
            complaints[key] += cell.counts.complaints;
            return true;
        });
        QStringList rows;
        if (!read)
            rows << u"unreadable"_s;
        for (const auto &[key, n] : complaints)
            rows << u"%1 %2 %3 %4 %5 %6 %7"_s.arg(key[0], key[1], key[2], key[3], key[4], key[5]).arg(n);
        return rows;
    };
    const QStringList incremental = dump();
    QCOMPARE(incremental.size(), 4); // 2 months × 2 categories
    QString rebuildError;
    QVERIFY2(cx::rebuildAggregates(db, &rebuildError), qPrintable(rebuildError));
    QCOMPARE(dump(), incremental);

    QString loadError;
    auto cube = cx::AnalyticsCube::load(path, &loadError);
    QVERIFY2(cube, qPrintable(loadError));
    QCOMPARE(cube->complaintTotal(), qint64(50));

    // Deleting a batch makes the aggregates stale; the next load rebuilds them.
    cx::Batches batches(path);
    QString deleteError;
    QVERIFY2(batches.deleteBatch(report.sheets.value(0).batchId, nullptr, &deleteError), qPrintable(deleteError));
    QCOMPARE(cx::aggregateState(db), cx::AggregateState::Stale);
    cube = cx::AnalyticsCube::load(path, &loadError);
    QVERIFY2(cube, qPrintable(loadError));
    QCOMPARE(cube->complaintTotal(), qint64(30));
    QCOMPARE(cube->months(), QStringList{u"2024-03"_s});
    QCOMPARE(cx::aggregateState(db), cx::AggregateState::Current);

    // Rows written without the importer are folded in at the next load.
    QSqlQuery q(workspace->database());
    QVERIFY(q.exec(u"INSERT INTO complaint(batch_id, order_no, accepted_at, month, city, product, category3, stage) "
                   "SELECT id, 'X1', '2024-05-01 08:00:00', '2024-05', '深圳', '咪咕视频', '网速慢', '使用' "
                   "FROM import_batch LIMIT 1"_s));
    QCOMPARE(cx::aggregateState(db), cx::AggregateState::Behind);
    cube = cx::AnalyticsCube::load(path, &loadError);
    QVERIFY2(cube, qPrintable(loadError));
    QCOMPARE(cube->complaintTotal(), qint64(31));
    QCOMPARE(cube->latestMonth(), u"2024-05"_s);
}

QTEST_GUILESS_MAIN(TestAnalysisEngine)
#include "tst_analysisengine.moc"
