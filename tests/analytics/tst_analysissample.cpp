// The analysis engine on a workspace of every sample export in ../shared/data,
// checked against its truth.json, and `cxwb-cli analyze` on the same workspace.

#include "analyticsfixture.h"

#include "analytics/analysis.h"
#include "settings/workspacesettings.h"
#include "testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;

class TestAnalysisSample : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void nps();
    void complaintsByStage();
    void topCategories();
    void plantedComplaintSpike();
    void plantedSatisfactionDrop();
    void cliJson_data();
    void cliJson();
    void cliText();
    void cliErrors_data();
    void cliErrors();

private:
    cx::AnalysisFilter wholeYear() const { return {}; }
    cx::CubeAnalysis analyze(const cx::AnalysisFilter &filter,
                             cx::AlertPeriod alertPeriod = cx::AlertPeriod::FilterPeriod) const
    {
        cx::AnalysisOptions options;
        options.alertPeriod = alertPeriod;
        return cx::analyzeCube(*m_cube, filter, cx::AnalysisSettings::fromWorkspace(cx::WorkspaceSettings(m_ws->db())),
                               options);
    }
    QJsonObject runCli(const QStringList &arguments, int *exitCode, QByteArray *errors = nullptr) const;

    std::unique_ptr<cx::test::AnalyticsWorkspace> m_ws;
    std::shared_ptr<const cx::AnalyticsCube> m_cube;
    QJsonObject m_truth;
};

void TestAnalysisSample::initTestCase()
{
    CX_REQUIRE_SHARED_DATA(dir);
    m_truth = cx::test::readTruth(dir);
    QVERIFY(!m_truth.isEmpty());
    m_ws = std::make_unique<cx::test::AnalyticsWorkspace>();
    QVERIFY2(m_ws->error().isEmpty(), qPrintable(m_ws->error()));
    const QString importError = m_ws->importSharedData(dir);
    QVERIFY2(importError.isEmpty(), qPrintable(importError));
    QString error;
    m_cube = cx::AnalyticsCube::load(m_ws->db(), &error);
    QVERIFY2(m_cube, qPrintable(error));
    QCOMPARE(m_cube->complaintTotal(), m_truth["complaints_unique"_L1].toInteger());
    QCOMPARE(m_cube->responseTotal(), m_truth["survey_responses"_L1].toInteger());
}

void TestAnalysisSample::nps()
{
    const cx::CubeAnalysis analysis = analyze(wholeYear());
    const double expected = m_truth["nps"_L1].toDouble();
    QVERIFY2(std::abs(analysis.satisfaction.total.nps - expected) < 0.005,
             qPrintable(u"NPS %1, truth %2"_s.arg(analysis.satisfaction.total.nps).arg(expected)));
    QCOMPARE(analysis.satisfaction.total.npsN, m_truth["survey_responses"_L1].toInteger());
}

void TestAnalysisSample::complaintsByStage()
{
    const cx::CubeAnalysis analysis = analyze(wholeYear());
    const QJsonObject truth = m_truth["complaints_by_stage"_L1].toObject();
    QCOMPARE(analysis.journey.cells.size(), truth.size());
    for (const cx::JourneyCell &cell : analysis.journey.cells)
        QCOMPARE(cell.complaints.value_or(-1), truth[cell.stage].toInteger());
}

void TestAnalysisSample::topCategories()
{
    const cx::CubeAnalysis analysis = analyze(wholeYear());
    const QJsonArray truth = m_truth["top_categories"_L1].toArray();
    QCOMPARE(analysis.hotspots.byVolume.size(), truth.size());
    for (qsizetype i = 0; i < truth.size(); ++i) {
        QCOMPARE(analysis.hotspots.byVolume.at(i).category, truth.at(i)[0].toString());
        QCOMPARE(analysis.hotspots.byVolume.at(i).complaints, truth.at(i)[1].toInteger());
        QVERIFY(!analysis.hotspots.byVolume.at(i).keywords.isEmpty());
    }
}

void TestAnalysisSample::plantedComplaintSpike()
{
    const QJsonObject spike = m_truth["planted_complaint_spike"_L1].toObject();
    const QString month = spike["month"_L1].toString();
    cx::AnalysisFilter filter;
    filter.fromMonth = filter.toMonth = month;
    filter.region = cx::RegionPath(spike["city"_L1].toString());
    const cx::CubeAnalysis analysis = analyze(filter);
    QVERIFY(!analysis.hotspots.byIncrease.isEmpty());
    QCOMPARE(analysis.hotspots.byIncrease.constFirst().category, spike["category"_L1].toString());

    // It is also the most significant complaint alert of the month, for its product.
    const cx::Alert *first = nullptr;
    for (const cx::Alert &alert : analysis.alerts) {
        if (alert.metric == cx::AlertMetric::Complaints) {
            first = &alert;
            break;
        }
    }
    QVERIFY(first);
    QCOMPARE(first->category, spike["category"_L1].toString());
    QCOMPARE(first->product, spike["product"_L1].toString());
    QCOMPARE(first->region.city, spike["city"_L1].toString());
    QCOMPARE(first->month, month);
}

void TestAnalysisSample::plantedSatisfactionDrop()
{
    const QJsonObject drop = m_truth["planted_satisfaction_drop"_L1].toObject();
    const cx::CubeAnalysis analysis = analyze(wholeYear(), cx::AlertPeriod::WholeHistory);
    const cx::Alert *found = nullptr;
    for (const cx::Alert &alert : analysis.alerts) {
        if (alert.metric == cx::AlertMetric::Satisfaction && alert.product == drop["product"_L1].toString()
            && alert.stage == drop["stage"_L1].toString() && alert.month == drop["month"_L1].toString()
            && alert.region.isProvince())
            found = &alert;
    }
    QVERIFY2(found, "the planted satisfaction drop is not among the alerts");
    QVERIFY(found->pValue < 0.05);
    QVERIFY(found->after < found->before - 0.3);
    QVERIFY(found->nBefore > 20 && found->nAfter > 20);
    // No month of the sample has another satisfaction drop of a whole product.
    for (const cx::Alert &alert : analysis.alerts)
        if (alert.metric == cx::AlertMetric::Satisfaction && alert.region.isProvince())
            QCOMPARE(alert.month, drop["month"_L1].toString());
}

QJsonObject TestAnalysisSample::runCli(const QStringList &arguments, int *exitCode, QByteArray *errors) const
{
    const cx::test::CliRun run = cx::test::runCli(QStringList{u"analyze"_s, u"-w"_s, m_ws->path()} + arguments);
    *exitCode = run.exitCode;
    if (errors)
        *errors = run.err;
    return QJsonDocument::fromJson(run.out).object();
}

void TestAnalysisSample::cliJson_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("from");
    QTest::addColumn<QString>("to");
    QTest::addColumn<int>("per10kMonths");
    QTest::addColumn<bool>("estimated");

    QTest::newRow("latest month") << QStringList{u"--json"_s} << u"2024-12"_s << u"2024-12"_s << 1 << false;
    // The sample has no subscriber table: a city's subscribers are estimated from the survey.
    QTest::newRow("one month, city") << QStringList{u"--json"_s, u"--month"_s, u"2024-08"_s, u"--city"_s, u"深圳"_s}
                                     << u"2024-08"_s << u"2024-08"_s << 1 << true;
    QTest::newRow("range, product") << QStringList{u"--json"_s, u"--from"_s, u"2024-01"_s, u"--to"_s, u"2024-12"_s,
                                                   u"--product"_s, u"咪咕视频"_s}
                                    << u"2024-01"_s << u"2024-12"_s << 12 << false;
}

void TestAnalysisSample::cliJson()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, from);
    QFETCH(QString, to);
    QFETCH(int, per10kMonths);
    QFETCH(bool, estimated);

    int exitCode = 0;
    QByteArray errors;
    const QJsonObject result = runCli(arguments, &exitCode, &errors);
    QVERIFY2(exitCode == 0, errors.constData());
    for (const char *key : {"nps", "journey", "hotspots", "alerts", "responsibility", "lifecycle", "funnel", "kano",
                            "drivers"})
        QVERIFY2(result.contains(QLatin1StringView(key)), key);
    QVERIFY(result["nps"_L1].isDouble());
    QCOMPARE(result["period"_L1]["from"_L1].toString(), from);
    QCOMPARE(result["period"_L1]["to"_L1].toString(), to);
    // 万投比 over several months is per subscriber-month: the basis names itself.
    const QJsonObject basis = result["per10k_basis"_L1].toObject();
    QCOMPARE(basis["basis"_L1].toString(), u"subscriber_months"_s);
    QCOMPARE(basis["months"_L1].toArray().size(), per10kMonths);
    QCOMPARE(basis["estimated"_L1].toBool(), estimated);
    QVERIFY(result["alert_tests"_L1].toInteger() >= result["alerts"_L1].toArray().size());

    const auto hasKeys = [](const QJsonArray &array, std::initializer_list<const char *> keys) {
        for (const QJsonValue &item : array)
            for (const char *key : keys)
                if (!item.toObject().contains(QLatin1StringView(key)))
                    return false;
        return true;
    };
    const QJsonArray journey = result["journey"_L1].toArray();
    QCOMPARE(journey.size(), 7);
    QVERIFY(hasKeys(journey, {"stage", "satisfaction", "n", "satisfaction_delta", "complaints", "per10k", "light"}));
    QVERIFY(hasKeys(result["hotspots"_L1].toArray(), {"category", "complaints", "increase", "per10k", "keywords"}));
    const QJsonArray alerts = result["alerts"_L1].toArray();
    QVERIFY(!alerts.isEmpty()); // the planted drop and spike are in every scope tried here
    QVERIFY(hasKeys(alerts, {"metric", "product", "stage", "city", "month", "before", "after", "p_value", "n_before",
                             "n_after"}));
    QVERIFY(hasKeys(result["lifecycle"_L1].toArray(), {"product", "curve_type", "consult_cycle_type", "confidence",
                                                       "phase", "wave_width", "wave_height", "ratio_trend"}));
    QVERIFY(hasKeys(result["funnel"_L1].toArray(), {"product", "month", "awareness", "cognition", "acceptance",
                                                    "approval", "gap_from", "gap_to"}));
    QVERIFY(hasKeys(result["kano"_L1].toArray(), {"feature", "class", "better", "worse", "counts"}));
    QVERIFY(hasKeys(result["drivers"_L1].toArray(), {"indicator", "r_pearson", "r_spearman", "p", "n"}));
    QVERIFY(hasKeys(result["responsibility"_L1].toArray(), {"element", "kei", "koi", "department", "month", "city",
                                                            "kei_value", "kei_target", "koi_value", "koi_target"}));
    QVERIFY(!result["kano"_L1].toArray().isEmpty());
    QVERIFY(!result["lifecycle"_L1].toArray().isEmpty());
}

void TestAnalysisSample::cliText()
{
    const cx::test::CliRun run = cx::test::runCli({u"analyze"_s, u"-w"_s, m_ws->path(), u"--month"_s, u"2024-08"_s});
    QCOMPARE(run.exitCode, 0);
    const QString text = QString::fromUtf8(run.out);
    QVERIFY(text.contains(u"NPS"_s));
    QVERIFY(text.contains(u"播放卡顿"_s));
    QVERIFY(text.contains(u"咨询投诉"_s));
    QVERIFY(text.contains(u"complaints per 10,000 subscriber-months over 1 month"_s));
}

void TestAnalysisSample::cliErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");

    QTest::newRow("bad month") << QStringList{u"--month"_s, u"2024-13"_s} << 64;
    QTest::newRow("month and range") << QStringList{u"--month"_s, u"2024-08"_s, u"--from"_s, u"2024-01"_s} << 64;
    QTest::newRow("unknown product") << QStringList{u"--product"_s, u"没有这个产品"_s} << 64;
    QTest::newRow("unknown city") << QStringList{u"--city"_s, u"火星"_s} << 64;
    QTest::newRow("county without city") << QStringList{u"--county"_s, u"南山区"_s} << 64;
    QTest::newRow("reversed range") << QStringList{u"--from"_s, u"2024-08"_s, u"--to"_s, u"2024-01"_s} << 64;
}

void TestAnalysisSample::cliErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    int code = 0;
    QByteArray errors;
    runCli(arguments, &code, &errors);
    QCOMPARE(code, exitCode);
    QVERIFY(errors.startsWith("cxwb-cli analyze: "));

    // No workspace at all.
    const cx::test::CliRun missing = cx::test::runCli({u"analyze"_s, u"-w"_s, m_ws->path() + u".missing"_s});
    QCOMPARE(missing.exitCode, 1);
    QVERIFY(!missing.err.isEmpty());
}

QTEST_GUILESS_MAIN(TestAnalysisSample)
#include "tst_analysissample.moc"
