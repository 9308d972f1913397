// Months without data are unknown, not zero. The workspace is imported from
// CSV fixtures in data/ where the sources cover different months:
//   gap_survey.csv       40 responses a month from 2023-07 to 2024-06, the same scores every month
//   gap_products.csv     1,000,000 users a month from 2023-01 to 2024-06
//   gap_complaints.csv   2024-01 to 2024-06 without 2024-04 (an export never imported):
//                        网速慢 30 31 29 · 30 31, 信号差 20 19 21 · 20 20, 扣费异议 12 12 11 · 13 12
// Nothing changes from month to month, so nothing may alert; 2023-12 and
// 2024-04 have no complaints because no export covers them.

#include "analyticsfixture.h"

#include "analytics/analysis.h"
#include "settings/workspacesettings.h"
#include "testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

#include <cmath>

using namespace Qt::StringLiterals;

namespace {

cx::AnalysisFilter period(const QString &from, const QString &to)
{
    cx::AnalysisFilter filter;
    filter.fromMonth = from;
    filter.toMonth = to;
    return filter;
}

const cx::JourneyCell *cellOf(const cx::JourneyMatrix &matrix, const QString &stage)
{
    for (const cx::JourneyCell &cell : matrix.cells)
        if (cell.stage == stage)
            return &cell;
    return nullptr;
}

} // namespace

class TestUnknownMonths : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void sourcesKeepTheirMonths();
    void noComparisonWithAMonthWithoutData_data();
    void noComparisonWithAMonthWithoutData();
    void wholeHistoryRaisesNoFalseAlert();
    void per10kCountsMonthsWithBothSides();
    void periodWithoutComplaintsIsNoData();
    void cliPrintsNoDataAsNull();

private:
    cx::CubeAnalysis analyze(const cx::AnalysisFilter &filter,
                             cx::AlertPeriod alerts = cx::AlertPeriod::FilterPeriod) const
    {
        cx::AnalysisOptions options;
        options.alertPeriod = alerts;
        return cx::analyzeCube(*m_cube, filter, cx::AnalysisSettings::fromWorkspace(cx::WorkspaceSettings(m_ws->db())),
                               options);
    }

    std::unique_ptr<cx::test::AnalyticsWorkspace> m_ws;
    std::shared_ptr<const cx::AnalyticsCube> m_cube;
};

void TestUnknownMonths::initTestCase()
{
    m_ws = std::make_unique<cx::test::AnalyticsWorkspace>();
    QVERIFY2(m_ws->error().isEmpty(), qPrintable(m_ws->error()));
    const QString error = m_ws->importFiles({QFINDTESTDATA("data/gap_products.csv"),
                                             QFINDTESTDATA("data/gap_survey.csv"),
                                             QFINDTESTDATA("data/gap_complaints.csv")});
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QString loadError;
    m_cube = cx::AnalyticsCube::load(m_ws->db(), &loadError);
    QVERIFY2(m_cube, qPrintable(loadError));
    QCOMPARE(m_cube->complaintTotal(), qint64(311));
    QCOMPARE(m_cube->responseTotal(), qint64(480));
}

void TestUnknownMonths::sourcesKeepTheirMonths()
{
    QCOMPARE(m_cube->months().constFirst(), u"2023-07"_s);
    QCOMPARE(m_cube->latestMonth(), u"2024-06"_s);
    QStringList complaintMonths;
    QStringList surveyMonths;
    for (int m = 0; m < m_cube->months().size(); ++m) {
        if (m_cube->hasComplaints(m))
            complaintMonths << m_cube->months().at(m);
        if (m_cube->hasResponses(m))
            surveyMonths << m_cube->months().at(m);
    }
    QCOMPARE(complaintMonths, (QStringList{u"2024-01"_s, u"2024-02"_s, u"2024-03"_s, u"2024-05"_s, u"2024-06"_s}));
    QCOMPARE(surveyMonths.size(), 12);
    QVERIFY(!m_cube->hasComplaints(-1));
    QVERIFY(!m_cube->hasComplaints(int(m_cube->months().size())));
}

void TestUnknownMonths::noComparisonWithAMonthWithoutData_data()
{
    QTest::addColumn<QString>("month");
    QTest::addColumn<bool>("previousKnown");

    QTest::newRow("first complaint month") << u"2024-01"_s << false;
    QTest::newRow("after the missing export") << u"2024-05"_s << false;
    QTest::newRow("both months known") << u"2024-03"_s << true;
}

void TestUnknownMonths::noComparisonWithAMonthWithoutData()
{
    QFETCH(QString, month);
    QFETCH(bool, previousKnown);

    const cx::CubeAnalysis analysis = analyze(period(month, month));
    const cx::JourneyCell *use = cellOf(analysis.journey, u"使用"_s);
    QVERIFY(use);
    QCOMPARE(use->complaintsLastMonth.has_value(), true);
    QCOMPARE(use->complaintsPreviousMonth.has_value(), previousKnown);
    // Scores are known in every month: the delta is there (and 0).
    QVERIFY(std::abs(use->satisfactionDelta) < 1e-12);

    QVERIFY(!analysis.hotspots.byVolume.isEmpty());
    for (const cx::Hotspot &hotspot : analysis.hotspots.byVolume) {
        QCOMPARE(hotspot.previousMonth.has_value(), previousKnown);
        QCOMPARE(hotspot.increase.has_value(), previousKnown);
        QCOMPARE(std::isnan(hotspot.increasePercent), !previousKnown);
    }
    if (!previousKnown)
        QVERIFY(analysis.hotspots.byIncrease.isEmpty());
    for (const cx::Alert &alert : analysis.alerts)
        QVERIFY2(alert.metric != cx::AlertMetric::Complaints, qPrintable(alert.description()));
}

void TestUnknownMonths::wholeHistoryRaisesNoFalseAlert()
{
    const cx::CubeAnalysis analysis = analyze(period(u"2024-06"_s, u"2024-06"_s), cx::AlertPeriod::WholeHistory);
    QStringList alerts;
    for (const cx::Alert &alert : analysis.alerts)
        alerts << alert.description();
    QVERIFY2(alerts.isEmpty(), qPrintable(alerts.join(u'\n')));
}

void TestUnknownMonths::per10kCountsMonthsWithBothSides()
{
    // March 61 and May 63 complaints over 1,000,000 users each; April has users but no complaint data.
    const cx::CubeAnalysis analysis = analyze(period(u"2024-03"_s, u"2024-05"_s));
    QCOMPARE(analysis.journey.per10kMonths, (QStringList{u"2024-03"_s, u"2024-05"_s}));
    const double expected = (61.0 + 63.0) / 2000000 * 10000;
    QVERIFY2(std::abs(analysis.satisfaction.total.per10k - expected) < 1e-12,
             qPrintable(QString::number(analysis.satisfaction.total.per10k)));
    QCOMPARE(analysis.satisfaction.total.complaints.value_or(-1), qint64(124));

    QCOMPARE(analysis.satisfaction.byMonth.size(), 3);
    const cx::SatisfactionFigures &april = analysis.satisfaction.byMonth.at(1);
    QCOMPARE(april.label, u"2024-04"_s);
    QVERIFY(!april.complaints.has_value());
    QVERIFY(std::isnan(april.per10k));
    QCOMPARE(april.n, qint64(40)); // the survey covers April
    const cx::SatisfactionFigures &may = analysis.satisfaction.byMonth.at(2);
    QCOMPARE(may.complaints.value_or(-1), qint64(63));
    QVERIFY(std::abs(may.per10k - 0.63) < 1e-12);
}

void TestUnknownMonths::periodWithoutComplaintsIsNoData()
{
    // 2023 has survey answers and product figures, but no complaint export.
    const cx::CubeAnalysis analysis = analyze(period(u"2023-08"_s, u"2023-10"_s));
    QCOMPARE(analysis.satisfaction.total.n, qint64(120));
    QVERIFY(!analysis.satisfaction.total.complaints.has_value());
    QVERIFY(std::isnan(analysis.satisfaction.total.per10k));
    QVERIFY(analysis.journey.per10kMonths.isEmpty());
    for (const cx::JourneyCell &cell : analysis.journey.cells) {
        QVERIFY2(!cell.complaints.has_value(), qPrintable(cell.stage));
        QVERIFY(std::isnan(cell.per10k));
    }
    QVERIFY(analysis.hotspots.byVolume.isEmpty());
    QVERIFY(analysis.hotspots.byPer10k.isEmpty());
}

void TestUnknownMonths::cliPrintsNoDataAsNull()
{
    // Workspace::open checks the header in the file, which the WAL may not have reached yet.
    QVERIFY(m_ws->exec(u"PRAGMA wal_checkpoint(TRUNCATE)"_s));
    cx::test::CliRun run = cx::test::runCli({u"analyze"_s, u"-w"_s, m_ws->path(), u"--month"_s, u"2024-05"_s, u"--json"_s});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const QJsonObject result = QJsonDocument::fromJson(run.out).object();
    for (const QJsonValue &cell : result["journey"_L1].toArray()) {
        QVERIFY(cell["complaints"_L1].isDouble());
        QVERIFY(cell["complaints_previous_month"_L1].isNull());
    }
    for (const QJsonValue &hotspot : result["hotspots_by_volume"_L1].toArray()) {
        QVERIFY(hotspot["previous_month"_L1].isNull());
        QVERIFY(hotspot["increase"_L1].isNull());
    }
    QVERIFY(result["hotspots"_L1].toArray().isEmpty());

    run = cx::test::runCli({u"analyze"_s, u"-w"_s, m_ws->path(), u"--month"_s, u"2023-09"_s});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const QString text = QString::fromUtf8(run.out);
    QVERIFY2(text.contains(u"complaints: – "_s), qPrintable(text));
}

QTEST_GUILESS_MAIN(TestUnknownMonths)
#include "tst_unknownmonths.moc"
