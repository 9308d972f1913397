#include "workorderfixture.h"

#include "analytics/alerts.h"
#include "analytics/analysis.h"
#include "settings/workspacesettings.h"
#include "workorders/workorderdrafts.h"
#include "workorders/workorderevaluation.h"
#include "workorders/workorderstore.h"

#include <QSqlQuery>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace cx;

Q_DECLARE_METATYPE(cx::EffectStatus)

namespace {

const QString video = u"咪咕视频"_s;
const QString shenzhen = u"深圳"_s;

} // namespace

class TestWorkOrderEffect : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void evaluateEffect_data();
    void evaluateEffect();
    void metricSyntax_data();
    void metricSyntax();
    void newerDataDecidesTheEffect();
    void indicatorMetric();
};

void TestWorkOrderEffect::evaluateEffect_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<int>("direction");
    QTest::addColumn<double>("baseline");
    QTest::addColumn<qint64>("baselineN");
    QTest::addColumn<double>("current");
    QTest::addColumn<qint64>("currentN");
    QTest::addColumn<double>("target");
    QTest::addColumn<bool>("laterMonth");
    QTest::addColumn<cx::EffectStatus>("expected");

    const int mean = int(MetricKind::Satisfaction);
    const int rate = int(MetricKind::SatisfiedRate);
    const int count = int(MetricKind::Complaints);
    const int indicator = int(MetricKind::Indicator);
    using E = EffectStatus;
    QTest::newRow("mean up, target met") << mean << 1 << 6.3 << qint64(200) << 7.9 << qint64(210) << 7.8 << true << E::Achieved;
    QTest::newRow("mean up, target missed") << mean << 1 << 6.3 << qint64(200) << 7.5 << qint64(210) << 7.8 << true << E::NotAchieved;
    QTest::newRow("mean met but not significant") << mean << 1 << 7.7 << qint64(12) << 7.9 << qint64(12) << 7.8 << true << E::NotAchieved;
    QTest::newRow("no later month") << mean << 1 << 6.3 << qint64(200) << 7.9 << qint64(210) << 7.8 << false << E::AwaitingData;
    QTest::newRow("rate up") << rate << 1 << 0.40 << qint64(300) << 0.62 << qint64(300) << 0.6 << true << E::Achieved;
    QTest::newRow("complaints down, lower is better") << count << -1 << 120.0 << qint64(120) << 40.0 << qint64(40) << 60.0 << true << E::Achieved;
    QTest::newRow("complaints up") << count << -1 << 120.0 << qint64(120) << 130.0 << qint64(130) << 60.0 << true << E::NotAchieved;
    QTest::newRow("complaints down without a target") << count << -1 << 120.0 << qint64(120) << 40.0 << qint64(40) << kNaN << true << E::Achieved;
    QTest::newRow("indicator lower is better") << indicator << -1 << 11.2 << qint64(0) << 4.8 << qint64(0) << 5.0 << true << E::Achieved;
    QTest::newRow("indicator higher is better, missed") << indicator << 1 << 82.0 << qint64(0) << 90.0 << qint64(0) << 95.0 << true << E::NotAchieved;
}

void TestWorkOrderEffect::evaluateEffect()
{
    QFETCH(int, kind);
    QFETCH(int, direction);
    QFETCH(double, baseline);
    QFETCH(qint64, baselineN);
    QFETCH(double, current);
    QFETCH(qint64, currentN);
    QFETCH(double, target);
    QFETCH(bool, laterMonth);
    QFETCH(cx::EffectStatus, expected);

    const MetricSpec metric{MetricKind(kind), u"x"_s};
    const MetricPoint before{u"2024-08"_s, baseline, baselineN, 1.2, kNaN};
    const MetricPoint after{laterMonth ? u"2024-10"_s : u"2024-07"_s, current, currentN, 1.1, kNaN};
    const MetricPoint earlier{laterMonth ? u"2024-09"_s : u"2024-06"_s, current, currentN, 1.1, kNaN};
    const EffectResult result = cx::evaluateEffect(metric, direction, before, {earlier, after}, target, 0.05);
    QCOMPARE(result.status, laterMonth ? expected : EffectStatus::AwaitingData);
    if (laterMonth && expected != EffectStatus::AwaitingData) {
        QCOMPARE(result.current.month, u"2024-10"_s); // the latest month after the baseline
        QCOMPARE(result.testable, metric.kind != MetricKind::Indicator);
        QVERIFY(!result.explanation.isEmpty());
    }
}

void TestWorkOrderEffect::metricSyntax_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("subject");
    QTest::newRow("stage satisfaction") << u"satisfaction:使用"_s << true << int(MetricKind::Satisfaction) << u"使用"_s;
    QTest::newRow("overall satisfaction") << u"satisfaction"_s << true << int(MetricKind::Satisfaction) << QString();
    QTest::newRow("full-width colon") << u"satisfied_rate：使用"_s << true << int(MetricKind::SatisfiedRate) << u"使用"_s;
    QTest::newRow("complaints") << u"complaints:播放卡顿"_s << true << int(MetricKind::Complaints) << u"播放卡顿"_s;
    QTest::newRow("per10k") << u" per10k : 播放卡顿 "_s << true << int(MetricKind::Per10k) << u"播放卡顿"_s;
    QTest::newRow("indicator") << u"indicator:KEI03"_s << true << int(MetricKind::Indicator) << u"KEI03"_s;
    QTest::newRow("indicator needs a code") << u"indicator:"_s << false << 0 << QString();
    QTest::newRow("unknown kind") << u"nps:使用"_s << false << 0 << QString();
}

void TestWorkOrderEffect::metricSyntax()
{
    QFETCH(QString, text);
    QFETCH(bool, valid);
    QFETCH(int, kind);
    QFETCH(QString, subject);
    QString error;
    const std::optional<MetricSpec> spec = MetricSpec::parse(text, &error);
    QCOMPARE(spec.has_value(), valid);
    QCOMPARE(error.isEmpty(), valid);
    if (spec) {
        QCOMPARE(int(spec->kind), kind);
        QCOMPARE(spec->subject, subject);
        QCOMPARE(MetricSpec::parse(spec->toString()), spec);
    }
}

// A finding in August becomes a work order; September's data arrives later.
void TestWorkOrderEffect::newerDataDecidesTheEffect()
{
    test::WorkOrderWorkspace fixture;
    QVERIFY2(fixture.error().isEmpty(), qPrintable(fixture.error()));
    const QString survey = fixture.writeSurvey(u"survey_jun_aug.csv"_s,
                                               {{u"2024-06"_s, 150, 8}, {u"2024-07"_s, 150, 8}, {u"2024-08"_s, 150, 6}});
    const QString complaints = fixture.writeComplaints(
        u"complaints_jun_aug.csv"_s, {{u"2024-06"_s, 20}, {u"2024-07"_s, 20}, {u"2024-08"_s, 60}});
    QCOMPARE(fixture.import(survey), QString());
    QCOMPARE(fixture.import(complaints), QString());
    QSqlDatabase db = fixture.workspace().database();

    QString error;
    std::shared_ptr<const AnalyticsCube> cube = AnalyticsCube::load(db, &error);
    QVERIFY2(cube, qPrintable(error));
    const AnalysisSettings settings = AnalysisSettings::fromWorkspace(WorkspaceSettings(db));
    // The drop shows in 深圳's own analysis; the spike in the province's, per city. (A city's
    // complaints without a county are its own only, so they are tested at the province level.)
    AnalysisFilter city;
    city.products = {video};
    city.region = RegionPath(shenzhen);
    city.fromMonth = city.toMonth = u"2024-08"_s;
    AnalysisFilter province = city;
    province.region = RegionPath();
    const auto find = [&](const AnalysisFilter &filter, AlertMetric metric) -> std::optional<Alert> {
        for (const Alert &alert : detectAlerts(cube->slice(filter), settings))
            if (alert.metric == metric && alert.stage == u"使用"_s && alert.month == "2024-08"_L1
                && alert.region == RegionPath(shenzhen))
                return alert;
        return std::nullopt;
    };
    const std::optional<Alert> drop = find(city, AlertMetric::Satisfaction);
    const std::optional<Alert> spike = find(province, AlertMetric::Complaints);
    QVERIFY(drop && spike);

    const DraftContext context = DraftContext::fromWorkspace(db, city);
    WorkOrder fromDrop = draftFromAlert(*drop, context);
    QCOMPARE(fromDrop.metric, u"satisfaction:使用"_s);
    QCOMPARE(fromDrop.baseline.month, u"2024-08"_s);
    QCOMPARE(fromDrop.product, video);
    QCOMPARE(fromDrop.city, shenzhen);
    QVERIFY(fromDrop.severity.contains(u"2024-08"_s));
    QVERIFY(completeBaseline(fromDrop, *cube, db, settings));
    QCOMPARE(fromDrop.baseline.n, qint64(150));
    QVERIFY(std::isfinite(fromDrop.baseline.variance));
    WorkOrder fromSpike = draftFromAlert(*spike, context);
    QCOMPARE(fromSpike.metric, u"complaints:播放卡顿"_s);
    QCOMPARE(fromSpike.baseline.value, 60.0);
    QCOMPARE(fromSpike.targetValue, 20.0);
    QVERIFY(completeBaseline(fromSpike, *cube, db, settings));
    WorkOrder ambitious = fromDrop;
    ambitious.title = u"使用满意度达到 9.5"_s;
    ambitious.targetValue = 9.5;
    WorkOrder elsewhere = test::sampleDraft(u"广州"_s);
    elsewhere.city = u"广州"_s;
    elsewhere.metric = u"satisfaction:使用"_s;
    elsewhere.baseline.month = u"2024-08"_s;
    QVERIFY(!completeBaseline(elsewhere, *cube, db, settings)); // no survey in 广州

    WorkOrderStore store(db);
    const WorkOrderActor actor = WorkOrderActor::desktop(u"王芳"_s);
    const qint64 dropId = store.create(fromDrop, actor).id;
    const qint64 spikeId = store.create(fromSpike, actor).id;
    const qint64 ambitiousId = store.create(ambitious, actor).id;
    const qint64 elsewhereId = store.create(elsewhere, actor).id;
    QVERIFY(dropId && spikeId && ambitiousId && elsewhereId);

    EvaluationRun run = evaluateWorkOrders(fixture.workspace());
    QVERIFY2(run.error.isEmpty(), qPrintable(run.error));
    for (qint64 id : {dropId, spikeId, ambitiousId, elsewhereId})
        QCOMPARE(run.orders.value(id).effect.status, EffectStatus::AwaitingData);
    QCOMPARE(store.load(dropId)->effect, std::optional<EffectStatus>(EffectStatus::AwaitingData));
    QCOMPARE(run.orders.value(dropId).series.size(), 3);

    // September arrives: satisfaction back up, the spike gone.
    QCOMPARE(fixture.import(fixture.writeSurvey(u"survey_sep.csv"_s, {{u"2024-09"_s, 150, 9}}, 1000)), QString());
    QCOMPARE(fixture.import(fixture.writeComplaints(u"complaints_sep.csv"_s, {{u"2024-09"_s, 12}}, 1000)), QString());
    run = evaluateWorkOrders(fixture.workspace());
    QVERIFY2(run.error.isEmpty(), qPrintable(run.error));

    const WorkOrderEvaluation recovered = run.orders.value(dropId);
    QCOMPARE(recovered.effect.current.month, u"2024-09"_s);
    QCOMPARE(recovered.effect.current.n, qint64(150));
    QVERIFY(recovered.effect.significant);
    QCOMPARE(recovered.effect.status, EffectStatus::Achieved);
    QCOMPARE(run.orders.value(spikeId).effect.status, EffectStatus::Achieved);
    QCOMPARE(run.orders.value(spikeId).direction, -1);
    QCOMPARE(run.orders.value(ambitiousId).effect.status, EffectStatus::NotAchieved);
    QCOMPARE(run.orders.value(elsewhereId).effect.status, EffectStatus::AwaitingData);

    // Saved as derived values: no edit, no history, the version unchanged.
    const WorkOrder saved = *store.load(dropId);
    QCOMPARE(saved.effect, std::optional<EffectStatus>(EffectStatus::Achieved));
    QCOMPARE(saved.current.month, u"2024-09"_s);
    QVERIFY(std::abs(saved.current.value - recovered.effect.current.value) < 1e-9);
    QVERIFY(saved.currentP < 0.05);
    QCOMPARE(saved.version, 1);
    QCOMPARE(saved.baseline.month, u"2024-08"_s);
}

void TestWorkOrderEffect::indicatorMetric()
{
    test::WorkOrderWorkspace fixture;
    QSqlDatabase db = fixture.workspace().database();
    QSqlQuery q(db);
    QVERIFY(q.exec(u"INSERT INTO indicator(code, name, layer, department, unit, target, direction) "
                   "VALUES ('KOI03', 'CDN命中率', 'koi', '产品部', '%', 95, 1), "
                   "('KEI03', '播放卡顿率', 'kei', '网络部', '%', 5, -1)"_s));
    QVERIFY(q.exec(u"INSERT INTO indicator_value(code, month, city, value) VALUES "
                   "('KEI03', '2024-07', '深圳', 11.2), ('KEI03', '2024-08', '深圳', 4.1), ('KEI03', '2024-08', '', 6.0)"_s));
    QString error;
    std::shared_ptr<const AnalyticsCube> cube = AnalyticsCube::load(db, &error);
    QVERIFY2(cube, qPrintable(error));
    const AnalysisSettings settings = AnalysisSettings::fromWorkspace(WorkspaceSettings(db));

    WorkOrder order = test::sampleDraft();
    order.metric = u"indicator:KEI03"_s;
    order.baseline.month = u"2024-07"_s;
    QVERIFY(completeBaseline(order, *cube, db, settings));
    QCOMPARE(order.baseline.value, 11.2);
    QCOMPARE(order.targetValue, 5.0); // the indicator's target
    order.id = 1;
    const WorkOrderEvaluation evaluation = evaluateWorkOrder(*cube, db, order, settings);
    QCOMPARE(evaluation.direction, -1);
    QCOMPARE(evaluation.series.size(), 2); // 深圳 only, not the province-wide figure
    QCOMPARE(evaluation.effect.current.value, 4.1);
    QCOMPARE(evaluation.effect.status, EffectStatus::Achieved);
}

QTEST_GUILESS_MAIN(TestWorkOrderEffect)
#include "tst_workordereffect.moc"
