// Regions identified by their path: county and grid names that repeat across
// cities (城区, 网格01) in the filter options, the cube, the SQL analyses and
// `cxwb-cli analyze`; and rows without a lower level, which count for their
// parent only. The workspaces are imported from the CSV fixtures in data/:
//   regions_complaints.csv  深圳 and 广州 each with a county 城区 holding a grid
//                           网格01; 深圳 also 南山区 and two complaints without a
//                           county, 广州 also 天河区 (2024-07 and 2024-08)
//   regions_survey.csv      the same regions: 深圳/城区 scores 9, 广州/城区 5,
//                           深圳/南山区 8
//   nocounty_survey.csv     a survey with a city column only: 深圳 drops from
//                           about 9 to 6 in 2024-08, 广州 holds 8

#include "analyticsfixture.h"

#include "analytics/analysis.h"
#include "settings/workspacesettings.h"
#include "testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

#include <cmath>

using namespace Qt::StringLiterals;
using cx::RegionPath;

namespace {

const QString shenzhen = u"深圳"_s;
const QString guangzhou = u"广州"_s;
const QString urban = u"城区"_s;
const QString grid01 = u"网格01"_s;

cx::AnalysisFilter summer(const RegionPath &region)
{
    cx::AnalysisFilter filter;
    filter.fromMonth = u"2024-07"_s;
    filter.toMonth = u"2024-08"_s;
    filter.region = region;
    return filter;
}

} // namespace

class TestRegionPaths : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void filterOptions();
    void sliceSelectsByPath_data();
    void sliceSelectsByPath();
    void areasOfACity();
    void sqlAnalysesSelectByPath();
    void cliDrillsDownByPath();
    void rowsWithoutLowerLevelCountForTheirParentOnly();

private:
    cx::CubeAnalysis analyze(const cx::AnalysisFilter &filter) const
    {
        return cx::analyzeCube(*m_cube, filter, cx::AnalysisSettings::fromWorkspace(cx::WorkspaceSettings(m_ws->db())));
    }

    std::unique_ptr<cx::test::AnalyticsWorkspace> m_ws;
    std::shared_ptr<const cx::AnalyticsCube> m_cube;
};

void TestRegionPaths::initTestCase()
{
    m_ws = std::make_unique<cx::test::AnalyticsWorkspace>();
    QVERIFY2(m_ws->error().isEmpty(), qPrintable(m_ws->error()));
    const QString error = m_ws->importFiles(
        {QFINDTESTDATA("data/regions_complaints.csv"), QFINDTESTDATA("data/regions_survey.csv")});
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QString loadError;
    m_cube = cx::AnalyticsCube::load(m_ws->db(), &loadError);
    QVERIFY2(m_cube, qPrintable(loadError));
    QCOMPARE(m_cube->complaintTotal(), qint64(26));
    QCOMPARE(m_cube->responseTotal(), qint64(20));
}

void TestRegionPaths::filterOptions()
{
    const cx::FilterOptions options = m_cube->filterOptions();
    QCOMPARE(options.months, (QStringList{u"2024-07"_s, u"2024-08"_s}));
    QCOMPARE(options.products, QStringList{u"咪咕视频"_s});
    QCOMPARE(options.channels, (QStringList{u"10086热线"_s, u"营业厅"_s}));
    QCOMPARE(options.childRegions({}), (QStringList{guangzhou, shenzhen}));
    // The complaints without a county name no county of 深圳.
    QCOMPARE(options.childRegions(RegionPath(shenzhen)), (QStringList{u"南山区"_s, urban}));
    QCOMPARE(options.childRegions(RegionPath(guangzhou)), (QStringList{urban, u"天河区"_s}));
    QCOMPARE(options.childRegions(RegionPath(shenzhen, urban)), QStringList{grid01});
    QCOMPARE(options.childRegions(RegionPath(guangzhou, urban)), QStringList{grid01});
    QVERIFY(options.childRegions(RegionPath(shenzhen, urban, grid01)).isEmpty());
    QVERIFY(options.hasRegion(RegionPath(guangzhou, u"天河区"_s)));
    QVERIFY(!options.hasRegion(RegionPath(shenzhen, u"天河区"_s)));
}

void TestRegionPaths::sliceSelectsByPath_data()
{
    QTest::addColumn<RegionPath>("region");
    QTest::addColumn<qint64>("complaints");
    QTest::addColumn<qint64>("responses");
    QTest::addColumn<double>("satisfaction");

    QTest::newRow("深圳/城区") << RegionPath(shenzhen, urban) << qint64(7) << qint64(8) << 9.0;
    QTest::newRow("广州/城区") << RegionPath(guangzhou, urban) << qint64(11) << qint64(8) << 5.0;
    QTest::newRow("深圳/城区/网格01") << RegionPath(shenzhen, urban, grid01) << qint64(7) << qint64(8) << 9.0;
    QTest::newRow("广州/城区/网格01") << RegionPath(guangzhou, urban, grid01) << qint64(11) << qint64(8) << 5.0;
    // The city holds its complaints without a county too.
    QTest::newRow("深圳") << RegionPath(shenzhen) << qint64(12) << qint64(12) << (8 * 9.0 + 4 * 8.0) / 12;
    QTest::newRow("province") << RegionPath() << qint64(26) << qint64(20) << (8 * 9.0 + 8 * 5.0 + 4 * 8.0) / 20;
    QTest::newRow("a county of another city") << RegionPath(shenzhen, u"天河区"_s) << qint64(0) << qint64(0)
                                              << std::nan("");
}

void TestRegionPaths::sliceSelectsByPath()
{
    QFETCH(RegionPath, region);
    QFETCH(qint64, complaints);
    QFETCH(qint64, responses);
    QFETCH(double, satisfaction);

    const cx::SatisfactionFigures total = analyze(summer(region)).satisfaction.total;
    QCOMPARE(total.complaints.value_or(-1), complaints);
    QCOMPARE(total.n, responses);
    if (std::isnan(satisfaction))
        QVERIFY(std::isnan(total.mean));
    else
        QVERIFY2(std::abs(total.mean - satisfaction) < 1e-9, qPrintable(QString::number(total.mean)));
}

void TestRegionPaths::areasOfACity()
{
    const cx::CubeAnalysis analysis = analyze(summer(RegionPath(shenzhen)));
    QCOMPARE(analysis.satisfaction.areaLevel, cx::RegionLevel::County);
    QStringList labels;
    qint64 areaComplaints = 0;
    for (const cx::SatisfactionFigures &area : analysis.satisfaction.byArea) {
        labels << area.label;
        QCOMPARE(area.region, RegionPath(shenzhen, area.label));
        areaComplaints += area.complaints.value_or(0);
    }
    QCOMPARE(labels, (QStringList{u"南山区"_s, urban}));
    // The two complaints without a county are 深圳's, in none of its counties.
    QCOMPARE(areaComplaints, qint64(10));
    QCOMPARE(analysis.satisfaction.total.complaints.value_or(-1), qint64(12));

    // The areas of a county are its grids, each by its path.
    const cx::CubeSlice slice = m_cube->slice(summer(RegionPath(guangzhou, urban)));
    QCOMPARE(slice.areaCount(), 1);
    QCOMPARE(slice.areaPath(0), RegionPath(guangzhou, urban, grid01));
}

void TestRegionPaths::sqlAnalysesSelectByPath()
{
    cx::test::AnalyticsWorkspace &ws = *m_ws;
    QVERIFY(ws.addIndicator(u"QOE05"_s, u"element"_s, {}, u"产品部"_s));
    QVERIFY(ws.addIndicator(u"KEI03"_s, u"kei"_s, u"QOE05"_s, u"产品部"_s, 2.0, -1));
    QVERIFY(ws.addIndicatorValue(u"KEI03"_s, u"2024-07"_s, shenzhen, 1.5));
    QVERIFY(ws.addIndicatorValue(u"KEI03"_s, u"2024-07"_s, guangzhou, 3.0));
    int number = 0;
    for (const QString &city : {shenzhen, guangzhou, guangzhou})
        QVERIFY(ws.exec(u"INSERT INTO work_order(number, title, product, stage, city, county, created_by, created_at, "
                        "status, updated_at) VALUES (?, 'test', '咪咕视频', '使用', ?, ?, 'tester', '2024-08-01', "
                        "'draft', '2024-08-01')"_s,
                        {u"WO-2024-%1"_s.arg(++number, 4, 10, QChar(u'0')), city, urban}));

    const cx::AnalysisScope scope = ws.scope(summer(RegionPath(guangzhou, urban)));
    const cx::ResponsibilityMatrix matrix = cx::responsibilityMatrix(ws.db(), scope);
    qint64 complaints = 0;
    for (const auto &row : matrix.complaints)
        for (qint64 n : row)
            complaints += n;
    QCOMPARE(complaints, qint64(11));
    // A county's indicator actuals are its city's.
    const QList<cx::IndicatorAttainment> attainment = cx::indicatorAttainment(ws.db(), scope);
    QCOMPARE(attainment.size(), 1);
    QCOMPARE(attainment.constFirst().city, guangzhou);
    QCOMPARE(cx::openWorkOrdersByStage(ws.db(), scope).value(u"使用"_s), 2);
    QCOMPARE(cx::openWorkOrdersByStage(ws.db(), ws.scope(summer(RegionPath(shenzhen, urban)))).value(u"使用"_s), 1);
    // A path the data does not hold selects nothing, indicator actuals included.
    const cx::AnalysisScope unknown = ws.scope(summer(RegionPath(shenzhen, u"天河区"_s)));
    QVERIFY(!unknown.regionKnown());
    QVERIFY(cx::indicatorAttainment(ws.db(), unknown).isEmpty());
    QVERIFY(cx::openWorkOrdersByStage(ws.db(), unknown).isEmpty());
}

void TestRegionPaths::cliDrillsDownByPath()
{
    // Workspace::open checks the header in the file, which a small workspace's
    // writes may not have reached from the WAL yet.
    QVERIFY(m_ws->exec(u"PRAGMA wal_checkpoint(TRUNCATE)"_s));
    QByteArray errors;
    const auto run = [&](const QStringList &arguments, int *exitCode) {
        const cx::test::CliRun cli = cx::test::runCli(QStringList{u"analyze"_s, u"-w"_s, m_ws->path(), u"--from"_s,
                                                                  u"2024-07"_s, u"--to"_s, u"2024-08"_s, u"--json"_s}
                                                      + arguments);
        *exitCode = cli.exitCode;
        errors = cli.err;
        return QJsonDocument::fromJson(cli.out).object();
    };
    int exitCode = -1;
    QJsonObject result = run({u"--city"_s, guangzhou, u"--county"_s, urban}, &exitCode);
    QVERIFY2(exitCode == 0, errors.constData());
    QCOMPARE(result["filter"_L1]["region"_L1].toArray(), (QJsonArray{guangzhou, urban}));
    QCOMPARE(result["filter"_L1]["region_level"_L1].toString(), u"county"_s);
    QCOMPARE(result["satisfaction"_L1]["total"_L1]["complaints"_L1].toInteger(), 11);
    const QJsonArray areas = result["satisfaction"_L1]["by_area"_L1].toArray();
    QCOMPARE(areas.size(), 1);
    QCOMPARE(areas.at(0)["region"_L1].toArray(), (QJsonArray{guangzhou, urban, grid01}));

    result = run({u"--city"_s, shenzhen, u"--county"_s, urban, u"--grid"_s, grid01}, &exitCode);
    QVERIFY2(exitCode == 0, errors.constData());
    QCOMPARE(result["filter"_L1]["region"_L1].toArray(), (QJsonArray{shenzhen, urban, grid01}));
    QCOMPARE(result["satisfaction"_L1]["total"_L1]["complaints"_L1].toInteger(), 7);

    // A county must be named within its city, and exist there.
    run({u"--county"_s, urban}, &exitCode);
    QCOMPARE(exitCode, 64);
    run({u"--city"_s, shenzhen, u"--county"_s, u"天河区"_s}, &exitCode);
    QCOMPARE(exitCode, 64);
    run({u"--channel"_s, u"没有这个渠道"_s}, &exitCode);
    QCOMPARE(exitCode, 64);
}

void TestRegionPaths::rowsWithoutLowerLevelCountForTheirParentOnly()
{
    // The survey has no county column: at city level its responses are the
    // city's, not a county called "" tested a second time.
    cx::test::AnalyticsWorkspace ws;
    QVERIFY2(ws.error().isEmpty(), qPrintable(ws.error()));
    const QString error =
        ws.importFiles({QFINDTESTDATA("data/regions_complaints.csv"), QFINDTESTDATA("data/nocounty_survey.csv")});
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QString loadError;
    const auto cube = cx::AnalyticsCube::load(ws.db(), &loadError);
    QVERIFY2(cube, qPrintable(loadError));

    cx::AnalysisFilter august;
    august.fromMonth = august.toMonth = u"2024-08"_s;
    august.region = RegionPath(shenzhen);
    const cx::CubeAnalysis analysis =
        cx::analyzeCube(*cube, august, cx::AnalysisSettings::fromWorkspace(cx::WorkspaceSettings(ws.db())));
    QCOMPARE(analysis.satisfaction.total.n, qint64(40));
    for (const cx::SatisfactionFigures &area : analysis.satisfaction.byArea) {
        QVERIFY(!area.label.isEmpty());
        QCOMPARE(area.n, qint64(0)); // no response names a county
    }

    // The drop of 深圳 (overall and 使用, mean and 满意率) alerts once each, for the city.
    QStringList found;
    for (const cx::Alert &alert : analysis.alerts) {
        QVERIFY2(alert.region == RegionPath(shenzhen), qPrintable(alert.description()));
        if (alert.metric != cx::AlertMetric::Complaints)
            found << cx::alertMetricName(alert.metric) + u'/' + alert.stage;
    }
    found.sort();
    QCOMPARE(found, (QStringList{u"satisfaction/"_s, u"satisfaction/使用"_s, u"satisfied_rate/"_s,
                                 u"satisfied_rate/使用"_s}));
    // The family: mean and 满意率 of the overall and 使用 questions for 深圳 (the
    // counties have no responses), and 网速慢 in 南山区 and in 城区 (the
    // complaints without a county are tested with 深圳's at province level).
    QCOMPARE(analysis.alertTests, qint64(4 + 2));
}

QTEST_GUILESS_MAIN(TestRegionPaths)
#include "tst_regionpaths.moc"
