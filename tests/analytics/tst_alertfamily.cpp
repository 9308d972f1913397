// The alerts' false-alarm rate and power on generated survey exports,
// imported like any export: 24,000 responses over the 12 months of 2024
// (2,000 a month) in five cities and four products, every score (overall,
// NPS and six stage questions) drawn from one distribution. With nothing
// changing, a year's analysis of every month against the month before may
// alert in about one run in twenty (α = 0.05 over the whole family; testing
// only the changes above the size thresholds alerted in about a quarter of
// such runs). With 咪咕快游 a tenth of the responses (about 200 a month), a
// drop of one point in one of its stages is found, and no other alert rides
// on the planted change's tiny p-values.

#include "analyticsfixture.h"

#include "analytics/analysis.h"
#include "settings/workspacesettings.h"
#include "testsupport.h"

#include <QDateTime>
#include <QTemporaryDir>
#include <QTest>

#include <array>
#include <random>

using namespace Qt::StringLiterals;

namespace {

const QStringList stages{u"了解"_s, u"订购"_s, u"开通"_s, u"使用"_s, u"缴费"_s, u"咨询投诉"_s};
const QStringList cities{u"深圳"_s, u"广州"_s, u"东莞"_s, u"佛山"_s, u"珠海"_s};
const QString smallProduct = u"咪咕快游"_s;

/// The shares of 咪咕视频, 咪咕音乐, 咪咕阅读 and 咪咕快游, in twentieths.
using ProductShares = std::array<int, 4>;
constexpr ProductShares evenProducts{5, 5, 5, 5};
constexpr ProductShares smallLastProduct{6, 6, 6, 2};

/// A change to plant: the scores of one product and stage from a month on, lowered by `drop` points (at least 1).
struct Plant
{
    QString product;
    QString stage;
    int fromMonth = 13; ///< 1–12; 13: nothing planted
    int drop = 0;
};

/// A survey export of one year, deterministic for a seed (std::mt19937 is
/// the same engine everywhere; the draws below use only its raw output).
QByteArray surveyExport(std::uint32_t seed, const ProductShares &shares, const Plant &plant = {})
{
    static const QStringList products{u"咪咕视频"_s, u"咪咕音乐"_s, u"咪咕阅读"_s, smallProduct};
    std::mt19937 engine(seed);
    // Score 1–10 with these chances in ‰ (mean 7.9, sd about 1.8).
    static constexpr int permille[10] = {10, 10, 20, 30, 50, 80, 150, 250, 220, 180};
    const auto score = [&] {
        int draw = int(engine() % 1000);
        int value = 1;
        for (int p : permille) {
            if (draw < p)
                break;
            draw -= p;
            ++value;
        }
        return value;
    };
    QByteArray csv = "序号,提交答卷时间,来源,手机号码,地市,产品,1、您对本产品的整体满意度打几分？(1-10分),"
                     "2、您向亲友推荐本产品的可能性有多大？(0-10分)";
    for (qsizetype s = 0; s < stages.size(); ++s)
        csv += u",%1、您对“%2”环节的满意度(1-10分)"_s.arg(s + 3).arg(stages.at(s)).toUtf8();
    csv += '\n';
    int number = 0;
    for (int month = 1; month <= 12; ++month) {
        const QDateTime start(QDate(2024, month, 1), QTime(0, 0));
        for (int i = 0; i < 2000; ++i) {
            int productDraw = int(engine() % 20);
            qsizetype productIndex = 0;
            while (productDraw >= shares[std::size_t(productIndex)])
                productDraw -= shares[std::size_t(productIndex++)];
            const QString &product = products.at(productIndex);
            const QString &city = cities.at(qsizetype(engine() % 5));
            QStringList row{QString::number(++number), start.addSecs(qint64(i) * 1200).toString(u"yyyy-MM-dd HH:mm:ss"_s),
                            u"短信"_s, u"139****%1"_s.arg(number % 10000, 4, 10, QChar(u'0')), city, product};
            for (int q = 0; q < 2 + stages.size(); ++q) {
                int value = score();
                if (q >= 2 && product == plant.product && stages.at(q - 2) == plant.stage && month >= plant.fromMonth)
                    value = std::max(1, value - plant.drop);
                row << QString::number(value);
            }
            csv += row.join(u',').toUtf8() + '\n';
        }
    }
    return csv;
}

/// Imports one generated export into a fresh workspace and analyses 2024,
/// every month against the month before.
struct Run
{
    QString error;
    cx::CubeAnalysis analysis;
};

Run analyzeYear(const QByteArray &csv)
{
    Run run;
    cx::test::AnalyticsWorkspace ws;
    QTemporaryDir dir;
    const QString file = dir.filePath(u"survey.csv"_s);
    if (!ws.error().isEmpty() || !cx::test::writeFile(file, csv)) {
        run.error = u"cannot set up the workspace"_s;
        return run;
    }
    run.error = ws.importFiles({file});
    QString error;
    const auto cube = cx::AnalyticsCube::load(ws.db(), &error);
    if (!cube) {
        run.error = error;
        return run;
    }
    if (cube->responseTotal() != 24000)
        run.error = u"%1 responses imported, not 24000"_s.arg(cube->responseTotal());
    cx::AnalysisFilter year;
    year.fromMonth = u"2024-01"_s;
    year.toMonth = u"2024-12"_s;
    run.analysis = cx::analyzeCube(*cube, year, cx::AnalysisSettings::fromWorkspace(cx::WorkspaceSettings(ws.db())));
    return run;
}

} // namespace

class TestAlertFamily : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void generatorIsDeterministic();
    void noChangeRarelyAlerts();
    void plantedDropIsFound_data();
    void plantedDropIsFound();
};

void TestAlertFamily::generatorIsDeterministic()
{
    const QByteArray first = surveyExport(7, evenProducts);
    QCOMPARE(surveyExport(7, evenProducts), first);
    QVERIFY(surveyExport(8, evenProducts) != first);
    QVERIFY(surveyExport(7, smallLastProduct) != first);
    QCOMPARE(first.count('\n'), 24001);
}

void TestAlertFamily::noChangeRarelyAlerts()
{
    int alerting = 0;
    QStringList alarms;
    for (std::uint32_t seed = 1; seed <= 20; ++seed) {
        const Run run = analyzeYear(surveyExport(seed, evenProducts));
        QVERIFY2(run.error.isEmpty(), qPrintable(run.error));
        // Every test of the run is in the family: 11 months × (the whole
        // province, 4 products, 5 cities) × 7 scored questions × (mean, 满意率).
        QCOMPARE(run.analysis.alertTests, qint64(11 * 10 * 7 * 2));
        if (!run.analysis.alerts.isEmpty())
            ++alerting;
        for (const cx::Alert &alert : run.analysis.alerts)
            alarms << u"seed %1: %2"_s.arg(seed).arg(alert.description());
    }
    qInfo("%d of 20 no-change runs alerted:\n%s", alerting, qPrintable(alarms.join(u'\n')));
    QVERIFY2(alerting <= 2, qPrintable(alarms.join(u'\n')));
}

void TestAlertFamily::plantedDropIsFound_data()
{
    QTest::addColumn<std::uint32_t>("seed");
    QTest::addColumn<QString>("stage");
    QTest::addColumn<int>("month");

    QTest::newRow("使用 from July") << std::uint32_t(101) << u"使用"_s << 7;
    QTest::newRow("缴费 from March") << std::uint32_t(102) << u"缴费"_s << 3;
    QTest::newRow("开通 from November") << std::uint32_t(103) << u"开通"_s << 11;
}

void TestAlertFamily::plantedDropIsFound()
{
    QFETCH(std::uint32_t, seed);
    QFETCH(QString, stage);
    QFETCH(int, month);

    const Run run = analyzeYear(surveyExport(seed, smallLastProduct, Plant{smallProduct, stage, month, 1}));
    QVERIFY2(run.error.isEmpty(), qPrintable(run.error));
    const QString planted = u"2024-%1"_s.arg(month, 2, 10, QChar(u'0'));
    const cx::Alert *found = nullptr;
    for (const cx::Alert &alert : run.analysis.alerts) {
        // The planted change alerts (its mean and 满意率), nothing else.
        QVERIFY2(alert.product == smallProduct && alert.stage == stage && alert.month == planted,
                 qPrintable(alert.description()));
        if (alert.metric == cx::AlertMetric::Satisfaction && alert.region.isProvince())
            found = &alert;
    }
    QVERIFY2(found, "the planted drop is not among the alerts");
    QVERIFY(found->nBefore > 150 && found->nBefore < 250);
    QVERIFY(found->before - found->after > 0.6);
    QVERIFY(found->pValue < 0.05);
}

QTEST_GUILESS_MAIN(TestAlertFamily)
#include "tst_alertfamily.moc"
