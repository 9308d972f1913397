// The experience-funnel and driver models: sorting, "no data" for what
// cannot be computed, the gap's rates bold, insignificant drivers greyed,
// the least-squares fit against hand-computed values, the funnel-gap work
// order draft; then on the sample exports (funnel rates, product figures,
// indicator actuals and the survey, through the analysis service) every
// product's experience gap as truth.json names it. Every model runs under
// QAbstractItemModelTester.

#include "deskfixture.h"
#include "service/analysisservice.h"
#include "service/deskformat.h"
#include "service/driversmodel.h"
#include "service/funnelmodel.h"
#include "testsupport.h"
#include "workorders/workorderdrafts.h"
#include "workspace/workspace.h"

#include <QAbstractItemModelTester>
#include <QColor>
#include <QDir>
#include <QFont>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>
#include <memory>

using namespace Qt::StringLiterals;

namespace {

cx::ProductFunnel funnel(const QString &product, cx::FunnelRates rates)
{
    cx::ProductFunnel f;
    f.product = product;
    f.months.append({u"2024-07"_s, rates, cx::experienceGap(rates)});
    f.average = rates;
    f.averageGap = cx::experienceGap(rates);
    return f;
}

} // namespace

class TestFactModels : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void funnelSortsByTheGap();
    void funnelFocusFollowsGapAndPhase_data();
    void funnelFocusFollowsGapAndPhase();
    void funnelGapBecomesADraft();
    void driverFitIsLeastSquares();
    void driversGreyTheInsignificant();
    void sampleFunnelGapsAsTruth();
    void sampleDriversRankedByRho();

private:
    /// The analysis service on the sample's funnel, product, indicator and survey exports.
    cx::AnalysisService *sampleService();

    QTemporaryDir m_dir;
    std::unique_ptr<cx::Workspace> m_workspace;
    std::unique_ptr<cx::AnalysisService> m_service;
};

void TestFactModels::funnelSortsByTheGap()
{
    cx::FunnelModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    cx::ProductFunnel empty;
    empty.product = u"新产品"_s;
    empty.average.fill(cx::kNaN);
    model.setFunnels({funnel(u"甲"_s, {90, 80, 70, 60}), empty, funnel(u"乙"_s, {90, 50, 45, 40}), funnel(u"丙"_s, {80, 70, 60, 30})},
                     {{u"乙"_s, cx::LifecyclePhase::Introduction}});
    QCOMPARE(model.rowCount(), 4);
    // Largest drop first; the product without rates last, its figures "no data", never 0.
    QCOMPARE(model.funnel(0)->product, u"乙"_s);
    QCOMPARE(model.funnel(1)->product, u"丙"_s);
    QCOMPARE(model.funnel(2)->product, u"甲"_s);
    QCOMPARE(model.funnel(3)->product, u"新产品"_s);
    QCOMPARE(model.data(model.index(0, cx::FunnelModel::Gap)).toString(), u"知晓率 → 认知率"_s);
    QCOMPARE(model.data(model.index(0, cx::FunnelModel::Drop)).toString(), u"−40.0 pp"_s);
    QCOMPARE(model.data(model.index(0, cx::FunnelModel::Drop), cx::ValueRole).toDouble(), 40.0);
    QCOMPARE(model.data(model.index(0, cx::FunnelModel::Awareness)).toString(), u"90.0%"_s);
    QCOMPARE(model.data(model.index(0, cx::FunnelModel::Months)).toInt(), 1);
    for (int column : {cx::FunnelModel::Awareness, cx::FunnelModel::Endorsement, cx::FunnelModel::Gap, cx::FunnelModel::Drop,
                       cx::FunnelModel::Focus, cx::FunnelModel::Phase})
        QCOMPARE(model.data(model.index(3, column)).toString(), u"no data"_s);
    QCOMPARE(model.data(model.index(3, cx::FunnelModel::Months)).toInt(), 0);
    QVERIFY(std::isnan(model.data(model.index(3, cx::FunnelModel::Drop), cx::ValueRole).toDouble()));
    // The two rates of the gap are bold, the others not.
    QVERIFY(model.data(model.index(1, cx::FunnelModel::Approval), Qt::FontRole).value<QFont>().bold());
    QVERIFY(model.data(model.index(1, cx::FunnelModel::Endorsement), Qt::FontRole).value<QFont>().bold());
    QVERIFY(!model.data(model.index(1, cx::FunnelModel::Awareness), Qt::FontRole).isValid());
    // The phase where known, and what it puts first.
    QCOMPARE(model.phase(u"乙"_s), cx::LifecyclePhase::Introduction);
    QVERIFY(!model.phase(u"甲"_s));
    QVERIFY(model.focus(0).contains(u"effective awareness first"_s));
    QCOMPARE(model.row(u"丙"_s), 1);
    QCOMPARE(model.row(u"无此产品"_s), -1);
    QCOMPARE(model.headerData(cx::FunnelModel::Understanding, Qt::Horizontal).toString(), u"认知率"_s);
}

void TestFactModels::funnelFocusFollowsGapAndPhase_data()
{
    QTest::addColumn<QList<double>>("rates");
    QTest::addColumn<int>("phase"); // −1: unknown
    QTest::addColumn<QString>("expected");
    QTest::newRow("awareness, introduction") << QList<double>{90, 40, 35, 30} << int(cx::LifecyclePhase::Introduction)
                                             << u"make the awareness effective"_s;
    QTest::newRow("understanding, growth") << QList<double>{90, 85, 40, 35} << int(cx::LifecyclePhase::Growth)
                                           << u"turn understanding into first use"_s;
    QTest::newRow("approval, maturity") << QList<double>{90, 85, 80, 30} << int(cx::LifecyclePhase::Maturity)
                                        << u"use and reuse first"_s;
    QTest::newRow("approval, no phase") << QList<double>{90, 85, 80, 30} << -1 << u"use and reuse: users do not stay"_s;
    QTest::newRow("a rate missing") << QList<double>{90, cx::kNaN, 80, 30} << -1 << QString();
}

void TestFactModels::funnelFocusFollowsGapAndPhase()
{
    QFETCH(QList<double>, rates);
    QFETCH(int, phase);
    QFETCH(QString, expected);
    const cx::ExperienceGap gap = cx::experienceGap({rates.at(0), rates.at(1), rates.at(2), rates.at(3)});
    const QString focus = cx::FunnelFormat::focus(gap, phase < 0 ? std::nullopt : std::optional(cx::LifecyclePhase(phase)));
    if (expected.isEmpty())
        QVERIFY(focus.isEmpty());
    else
        QVERIFY2(focus.contains(expected), qPrintable(focus));
}

void TestFactModels::funnelGapBecomesADraft()
{
    cx::DraftContext context;
    context.filter.fromMonth = u"2024-01"_s;
    context.filter.toMonth = u"2024-12"_s;
    context.today = QDate(2024, 12, 20);
    const cx::ProductFunnel f = funnel(u"咪咕视频"_s, {86.0, 79.6, 68.3, 41.2});
    const cx::WorkOrder draft = cx::draftFromFunnelGap(f, u"use and reuse first"_s, context);
    QCOMPARE(draft.product, u"咪咕视频"_s);
    QVERIFY2(draft.title.startsWith(u"咪咕视频: "_s) && draft.title.contains(u"认同率 → 认可率"_s), qPrintable(draft.title));
    QVERIFY2(draft.severity.contains(u"27.1"_s), qPrintable(draft.severity));
    QVERIFY2(draft.symptom.contains(u"68.3%"_s) && draft.symptom.contains(u"41.2%"_s), qPrintable(draft.symptom));
    QCOMPARE(draft.strategy, u"use and reuse first"_s);
    QCOMPARE(draft.dueDate, context.today.addDays(context.dueDays));
    const QJsonObject evidence = QJsonDocument::fromJson(draft.evidence.toUtf8()).object();
    QCOMPARE(evidence["kind"_L1].toString(), u"funnel"_s);
    QCOMPARE(evidence["gap"_L1].toString(), u"认同率->认可率"_s);
    QCOMPARE(evidence["drop"_L1].toDouble(), 68.3 - 41.2);
    QCOMPARE(evidence["months"_L1].toArray().size(), 1);
    QVERIFY(cx::evidenceSummary(draft.evidence).startsWith(u"Experience funnel: "_s));
}

void TestFactModels::driverFitIsLeastSquares()
{
    // y = 2 + 0.5x with residuals +0.1, −0.1, −0.1, +0.1 (symmetric): slope 0.5, intercept 2 by hand.
    cx::IndicatorDriver d;
    d.code = u"KOI01"_s;
    const double xs[] = {1, 2, 3, 4};
    const double ys[] = {2.6, 2.9, 3.4, 4.1};
    for (int i = 0; i < 4; ++i)
        d.pairs.append({u"深圳"_s, u"2024-0%1"_s.arg(i + 1), xs[i], ys[i]});
    const cx::DriverFit fit = cx::driverFit(d);
    QVERIFY(fit.valid);
    QVERIFY(std::abs(fit.slope - 0.5) < 1e-9);
    QVERIFY(std::abs(fit.intercept - 2.0) < 1e-9);
    // r² = Sxy² / (Sxx·Syy) = 2.5² / (5 · 1.29)
    QVERIFY(std::abs(fit.rSquared - 2.5 * 2.5 / (5 * 1.29)) < 1e-9);
    QCOMPARE(fit.minActual, 1.0);
    QCOMPARE(fit.maxActual, 4.0);
    // Too few pairs, or actuals without variance: no line.
    d.pairs.removeLast();
    d.pairs.removeLast();
    QVERIFY(!cx::driverFit(d).valid);
    d.pairs = {{u"a"_s, u"m"_s, 5, 1}, {u"b"_s, u"m"_s, 5, 2}, {u"c"_s, u"m"_s, 5, 3}};
    QVERIFY(!cx::driverFit(d).valid);
}

void TestFactModels::driversGreyTheInsignificant()
{
    cx::DriversModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    cx::IndicatorDriver strong;
    strong.code = u"KOI03"_s;
    strong.layer = u"koi"_s;
    strong.n = 240;
    strong.spearman = {true, 240, -0.62, -12.2, 1e-9};
    strong.pearson = {true, 240, -0.55, -10.2, 1e-8};
    cx::IndicatorDriver weak = strong;
    weak.code = u"KEI01"_s;
    weak.layer = u"kei"_s;
    weak.spearman = {true, 240, 0.08, 1.2, 0.21};
    cx::IndicatorDriver none;
    none.code = u"KOI09"_s;
    none.n = 2;
    model.setDrivers({strong, weak, none});
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.data(model.index(0, cx::DriversModel::Rank)).toInt(), 1);
    QCOMPARE(model.data(model.index(0, cx::DriversModel::Spearman)).toString(), u"-0.620"_s);
    QCOMPARE(model.data(model.index(0, cx::DriversModel::SpearmanP)).toString(), u"p < 0.001"_s);
    QCOMPARE(model.data(model.index(0, cx::DriversModel::Layer)).toString(), u"KOI"_s);
    QCOMPARE(model.data(model.index(0, cx::DriversModel::Layer), Qt::ToolTipRole).toString(), u"KOI 运营指标"_s);
    QVERIFY(!model.data(model.index(0, cx::DriversModel::Name), Qt::ForegroundRole).isValid());
    QCOMPARE(model.data(model.index(1, cx::DriversModel::SpearmanP)).toString(), u"p = 0.210"_s);
    QVERIFY(model.data(model.index(1, cx::DriversModel::Name), Qt::ForegroundRole).value<QColor>().isValid());
    QVERIFY(model.data(model.index(1, cx::DriversModel::Name), Qt::ToolTipRole).toString().contains(u"0.05"_s));
    // Nothing computable: "no data", greyed, never 0.
    QCOMPARE(model.data(model.index(2, cx::DriversModel::Pearson)).toString(), u"no data"_s);
    QCOMPARE(model.data(model.index(2, cx::DriversModel::SpearmanP)).toString(), u"no data"_s);
    QVERIFY(std::isnan(model.data(model.index(2, cx::DriversModel::Spearman), cx::ValueRole).toDouble()));
    QVERIFY(!cx::DriversModel::isSignificant(none));
}

cx::AnalysisService *TestFactModels::sampleService()
{
    if (m_service)
        return m_service.get();
    const QString data = qEnvironmentVariable("CX_SHARED_DATA_DIR");
    const QString path = m_dir.filePath(u"facts.cxw"_s);
    QStringList files;
    for (const QString &name : {u"product_funnel.csv"_s, u"product_monthly.csv"_s, u"indicator_tree.csv"_s,
                                u"indicator_values.csv"_s, u"survey_2024.xlsx"_s})
        files << QDir(data).filePath(name);
    const QString error = cx::test::createWorkspace(path, files);
    if (!error.isEmpty()) {
        qWarning("%s", qPrintable(error));
        return nullptr;
    }
    cx::WorkspaceError openError;
    m_workspace = cx::Workspace::open(path, &openError);
    if (!m_workspace)
        return nullptr;
    m_service = std::make_unique<cx::AnalysisService>();
    m_service->setWorkspace(m_workspace.get());
    m_service->waitUntilIdle(120000);
    return m_service.get();
}

void TestFactModels::sampleFunnelGapsAsTruth()
{
    CX_REQUIRE_SHARED_DATA(data);
    const QJsonObject truth = cx::test::sampleTruth(data)["experience_gap"_L1].toObject();
    QVERIFY(!truth.isEmpty());
    cx::AnalysisService *service = sampleService();
    QVERIFY(service);
    service->request(cx::FactKind::Funnel);
    service->request(cx::FactKind::Lifecycle);
    QVERIFY(service->waitUntilIdle(60000));
    QVERIFY(service->facts().funnel && service->facts().lifecycle);
    QHash<QString, cx::LifecyclePhase> phases;
    for (const cx::ProductLifecycle &p : *service->facts().lifecycle)
        if (p.phase)
            phases.insert(p.product, *p.phase);
    cx::FunnelModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setFunnels(*service->facts().funnel, phases);
    QCOMPARE(model.rowCount(), int(truth.size()));
    double previous = qInf();
    for (int row = 0; row < model.rowCount(); ++row) {
        const cx::ProductFunnel &f = *model.funnel(row);
        QVERIFY2(f.averageGap.valid, qPrintable(f.product));
        QCOMPARE(f.averageGap.label(), truth[f.product].toString());
        QCOMPARE(model.data(model.index(row, cx::FunnelModel::Gap)).toString(), truth[f.product].toString().replace(u"->"_s, u" → "_s));
        QCOMPARE(model.data(model.index(row, cx::FunnelModel::Months)).toInt(), 12);
        QVERIFY(f.averageGap.drop <= previous);
        previous = f.averageGap.drop;
        // Every product has a phase from its users curve, and so a focus naming it.
        QVERIFY2(model.phase(f.product), qPrintable(f.product));
        QVERIFY(model.focus(row).contains(u"phase"_s));
    }
}

void TestFactModels::sampleDriversRankedByRho()
{
    CX_REQUIRE_SHARED_DATA(data);
    cx::AnalysisService *service = sampleService();
    QVERIFY(service);
    service->request(cx::FactKind::Drivers);
    QVERIFY(service->waitUntilIdle(60000));
    QVERIFY(service->facts().drivers);
    cx::DriversModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setDrivers(*service->facts().drivers);
    QVERIFY(model.rowCount() > 10);
    double previous = 2;
    for (int row = 0; row < model.rowCount(); ++row) {
        const cx::IndicatorDriver &d = *model.driver(row);
        // The scatter holds exactly the n pairs the coefficients came from.
        QCOMPARE(qint64(d.pairs.size()), d.n);
        const double rho = std::abs(model.data(model.index(row, cx::DriversModel::Spearman), cx::ValueRole).toDouble());
        if (std::isfinite(rho)) {
            QVERIFY(rho <= previous + 1e-12);
            previous = rho;
        }
        // Pearson's r squared is the fit's r².
        const cx::DriverFit fit = cx::driverFit(d);
        if (fit.valid && d.pearson.valid)
            QVERIFY(std::abs(fit.rSquared - d.pearson.r * d.pearson.r) < 1e-9);
    }
    QVERIFY(cx::DriversModel::isSignificant(*model.driver(0)));
}

QTEST_GUILESS_MAIN(TestFactModels)
#include "tst_factmodels.moc"
