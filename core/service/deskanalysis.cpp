#include "service/deskanalysis.h"

#include "analytics/cubeslice.h"

#include "settings/workspacesettings.h"

#include <QSet>

#include <cmath>

namespace cx {

namespace {

// One product of the slice or all (-1), one area or all (-1).
struct Scope
{
    int product = -1;
    int area = -1;
};

NpsResult npsResultOf(const ScoreSums &sums)
{
    NpsHistogram histogram{};
    for (std::size_t i = 0; i < histogram.size(); ++i)
        histogram[i] = qint64(sums.histogram[i]);
    return netPromoterScore(histogram);
}

double npsOf(const ScoreSums &sums)
{
    return npsResultOf(sums).nps;
}

// 万投比 of one month over the products of the scope whose subscribers are known.
double monthPer10k(const CubeSlice &slice, int month, int product)
{
    if (month < 0)
        return kNaN;
    double complaints = 0;
    double subscribers = 0;
    for (int p = product < 0 ? 0 : product; p < (product < 0 ? slice.productCount() : product + 1); ++p) {
        const double users = slice.subscribers(month, p);
        if (std::isfinite(users) && users > 0) {
            subscribers += users;
            complaints += double(slice.complaintTotal(month, p));
        }
    }
    return subscribers > 0 ? complaints / subscribers * 10000.0 : kNaN;
}

MonthOverMonth change(int month, const auto &valueOf)
{
    return MonthOverMonth{valueOf(month), month > 0 ? valueOf(month - 1) : kNaN};
}

SampleSummary sampleOf(const ScoreSums &sums)
{
    return SampleSummary{qint64(sums.n), sums.mean(), sums.variance()};
}

// The significance of each change of a status row (see ProductStatus).
void testChanges(ProductStatus &status, const CubeSlice &slice, int month, int product, const ScoreSums &overall,
                 const ScoreSums &overallBefore, const ScoreSums &nps, const ScoreSums &npsBefore, int satisfied)
{
    if (const WelchTTestResult t = welchTTest(sampleOf(overallBefore), sampleOf(overall)); t.valid)
        status.satisfaction.pValue = t.pTwoSided;
    const ProportionTestResult rate = twoProportionZTest(qint64(std::llround(overallBefore.atLeast(satisfied))),
                                                         qint64(overallBefore.n),
                                                         qint64(std::llround(overall.atLeast(satisfied))), qint64(overall.n));
    if (rate.valid)
        status.satisfiedRate.pValue = rate.pTwoSided;
    if (const WelchTTestResult t = welchTTest(npsSample(npsResultOf(npsBefore)), npsSample(npsResultOf(nps))); t.valid)
        status.nps.pValue = t.pTwoSided;
    if (month < 1 || !std::isfinite(status.complaints.value) || !std::isfinite(status.complaints.previous))
        return;
    double exposure = slice.monthSubscribers(month, product);
    double exposureBefore = slice.monthSubscribers(month - 1, product);
    if (!std::isfinite(exposure) || !std::isfinite(exposureBefore))
        exposure = exposureBefore = 1.0;
    const CountTestResult count = comparePoissonRates(qint64(status.complaints.previous), exposureBefore,
                                                      qint64(status.complaints.value), exposure);
    if (count.valid) {
        status.complaints.pValue = count.pTwoSided;
        if (std::isfinite(status.per10k.value) && std::isfinite(status.per10k.previous))
            status.per10k.pValue = count.pTwoSided;
    }
}

ProductStatus productStatus(const CubeSlice &slice, const DeskSettings &settings, int month, int product)
{
    ProductStatus status;
    if (product >= 0)
        status.product = slice.productName(product);
    const ScoreSums overall = slice.scoreTotal(month, OverallMeasure, product);
    const ScoreSums overallBefore = slice.scoreTotal(month - 1, OverallMeasure, product);
    const ScoreSums nps = slice.scoreTotal(month, NpsMeasure, product);
    const ScoreSums npsBefore = slice.scoreTotal(month - 1, NpsMeasure, product);
    const int satisfied = settings.analysis.satisfiedScore;
    status.satisfaction = {overall.mean(), overallBefore.mean()};
    status.n = qint64(overall.n);
    status.previousN = qint64(overallBefore.n);
    status.satisfiedRate = {overall.rateAtLeast(satisfied), overallBefore.rateAtLeast(satisfied)};
    status.nps = {npsOf(nps), npsOf(npsBefore)};
    status.npsN = qint64(nps.n);
    status.previousNpsN = qint64(npsBefore.n);
    status.per10k = change(month, [&](int m) { return monthPer10k(slice, m, product); });
    status.complaints = change(month, [&](int m) { return m < 0 ? kNaN : double(slice.complaintTotal(m, product)); });
    testChanges(status, slice, month, product, overall, overallBefore, nps, npsBefore, satisfied);
    status.satisfactionLight = trafficLight(status.satisfaction.value, kNaN, settings.analysis);
    status.per10kLight = trafficLight(kNaN, status.per10k.value, settings.analysis);
    status.satisfiedRateLight =
        lightAgainstTarget(status.satisfiedRate.value, settings.satisfiedRateTarget, settings.satisfiedRateAmber);
    status.npsLight = lightAgainstTarget(status.nps.value, settings.npsTarget, settings.npsAmber);
    return status;
}

bool hasData(const ProductStatus &status)
{
    return status.n > 0 || status.previousN > 0 || status.npsN > 0 || status.complaints.value > 0
        || status.complaints.previous > 0;
}

int productSlot(const CubeSlice &slice, const QString &product)
{
    for (int p = 0; p < slice.productCount(); ++p)
        if (slice.productName(p) == product)
            return p;
    return -1;
}

// The area of an alert's region, -1 when the alert is about the filter's whole region.
int areaSlot(const CubeSlice &slice, const Alert &alert)
{
    for (int a = 0; a < slice.areaCount(); ++a)
        if (slice.areaPath(a) == alert.region)
            return a;
    return -1;
}

int stageSlot(const CubeSlice &slice, const QString &stage)
{
    for (int s = 0; s < slice.stageCount(); ++s)
        if (slice.stageName(s) == stage)
            return s;
    return -1;
}

QList<int> categoryStagesOf(const CubeSlice &slice, const QString &category, const QString &stage = {})
{
    QList<int> result;
    for (int k = 0; k < slice.categoryStageCount(); ++k)
        if (slice.categoryOf(k) == category && (stage.isEmpty() || slice.stageName(slice.stageOf(k)) == stage))
            result << k;
    return result;
}

qint64 complaintsOf(const CubeSlice &slice, int month, const Scope &scope, const QList<int> &categoryStages)
{
    qint64 total = 0;
    for (int k : categoryStages)
        total += slice.complaintTotal(month, scope.product, scope.area, k);
    return total;
}

AlertSeries seriesOf(const CubeSlice &slice, const DeskSettings &settings, const Alert &alert)
{
    AlertSeries series;
    series.alert = alert;
    series.monthIndex = slice.cube().monthIndex(alert.month);
    const Scope scope{alert.product.isEmpty() ? -1 : productSlot(slice, alert.product), areaSlot(slice, alert)};
    const int months = int(slice.cube().months().size());
    series.values.reserve(months);
    if (alert.metric == AlertMetric::Complaints) {
        const QList<int> categoryStages = categoryStagesOf(slice, alert.category, alert.stage);
        for (int m = 0; m < months; ++m)
            series.values << double(complaintsOf(slice, m, scope, categoryStages));
        return series;
    }
    const int stage = alert.stage.isEmpty() ? -1 : stageSlot(slice, alert.stage);
    const int measure = stage < 0 ? int(OverallMeasure) : Stage0Measure + stage;
    for (int m = 0; m < months; ++m) {
        const ScoreSums sums = slice.scoreTotal(m, measure, scope.product, scope.area);
        series.values << (alert.metric == AlertMetric::Satisfaction ? sums.mean()
                                                                     : sums.rateAtLeast(settings.analysis.satisfiedScore));
    }
    return series;
}

QList<StageTrend> stageTrends(const CubeSlice &slice)
{
    const int months = int(slice.cube().months().size());
    QList<StageTrend> trends;
    for (int s = 0; s < slice.stageCount(); ++s) {
        StageTrend trend;
        trend.stage = slice.stageName(s);
        QList<int> categoryStages;
        for (int k = 0; k < slice.categoryStageCount(); ++k)
            if (slice.stageOf(k) == s)
                categoryStages << k;
        for (int m = 0; m < months; ++m) {
            const ScoreSums sums = slice.scoreTotal(m, Stage0Measure + s);
            trend.satisfaction << sums.mean();
            trend.n << qint64(sums.n);
            trend.complaints << complaintsOf(slice, m, {}, categoryStages);
        }
        trends << trend;
    }
    return trends;
}

} // namespace

DeskSettings DeskSettings::fromWorkspace(const WorkspaceSettings &settings)
{
    DeskSettings result;
    result.analysis = AnalysisSettings::fromWorkspace(settings);
    result.satisfiedRateTarget = settings.satisfiedRateTargetPercent() / 100.0;
    result.satisfiedRateAmber = settings.satisfiedRateAmberPoints() / 100.0;
    result.npsTarget = settings.npsTarget();
    result.npsAmber = settings.npsAmberPoints();
    return result;
}

DeskAnalysis analyzeDesk(const AnalyticsCube &cube, const AnalysisFilter &filter, const DeskSettings &settings)
{
    DeskAnalysis desk;
    desk.filter = filter;
    desk.settings = settings;
    desk.months = cube.months();
    const CubeSlice slice = cube.slice(filter);
    desk.firstMonth = slice.firstMonth();
    desk.lastMonth = slice.lastMonth();

    desk.period.journey = journeyMatrix(slice, settings.analysis);
    desk.period.satisfaction = satisfactionOverview(slice, settings.analysis);
    desk.period.hotspots = hotspots(slice, deskHotspotLimit);
    desk.period.tagHotspots = tagHotspots(slice, deskHotspotLimit);
    desk.stageTags = topTagsByStage(slice);
    desk.period.alerts = detectAlerts(slice, settings.analysis, AlertPeriod::FilterPeriod);
    desk.service = serviceQuality(slice, settings.analysis, ServiceChangePeriod::WholeHistory);
    desk.stages = stageTrends(slice);

    const int months = int(desk.months.size());
    for (int m = 0; m < months; ++m) {
        desk.complaints += slice.complaintTotal(m);
        desk.responses += qint64(slice.scoreTotal(m, ResponseMeasure).n);
    }
    if (!slice.hasPeriod())
        return desk;

    const int last = slice.lastMonth();
    desk.month = slice.month(last);
    desk.previousMonth = slice.month(last - 1);
    // The engine counts a month before the data as 0 complaints; without a month
    // before there is no increase to rank.
    if (desk.previousMonth.isEmpty()) {
        desk.period.hotspots.byIncrease.clear();
        desk.period.tagHotspots.byIncrease.clear();
    }

    for (int s = 0; s < slice.stageCount(); ++s) {
        const ScoreSums now = slice.scoreTotal(last, Stage0Measure + s);
        const ScoreSums before = slice.scoreTotal(last - 1, Stage0Measure + s);
        StageChange stage{slice.stageName(s), before.mean(), qint64(before.n), now.mean(), qint64(now.n), kNaN};
        const WelchTTestResult t = welchTTest(SampleSummary{qint64(before.n), before.mean(), before.variance()},
                                              SampleSummary{qint64(now.n), now.mean(), now.variance()});
        if (t.valid)
            stage.pValue = t.pTwoSided;
        desk.stageChanges << stage;
    }

    desk.products << productStatus(slice, settings, last, -1);
    for (int p = 0; p < slice.productCount(); ++p) {
        ProductStatus status = productStatus(slice, settings, last, p);
        if (hasData(status))
            desk.products << status;
    }
    const ProductStatus &total = desk.products.constFirst();
    desk.headline.complaints = total.complaints;
    desk.headline.satisfaction = total.satisfaction;
    desk.headline.nps = total.nps;
    desk.headline.responses = change(last, [&](int m) {
        return m < 0 ? kNaN : slice.scoreTotal(m, ResponseMeasure).n;
    });

    const Hotspots &h = desk.period.hotspots;
    for (const QList<Hotspot> *list : {&h.byVolume, &h.byIncrease, &h.byPer10k}) {
        for (const Hotspot &hotspot : *list) {
            if (desk.categoryTrends.contains(hotspot.category))
                continue;
            const QList<int> categoryStages = categoryStagesOf(slice, hotspot.category);
            QList<qint64> counts;
            counts.reserve(months);
            for (int m = 0; m < months; ++m)
                counts << complaintsOf(slice, m, {}, categoryStages);
            desk.categoryTrends.insert(hotspot.category, counts);
        }
    }
    const Hotspots &t = desk.period.tagHotspots;
    for (const QList<Hotspot> *list : {&t.byVolume, &t.byIncrease, &t.byPer10k}) {
        for (const Hotspot &hotspot : *list) {
            if (desk.tagTrends.contains(hotspot.tag))
                continue;
            QList<int> tagStages;
            for (int k = 0; k < slice.tagStageCount(); ++k)
                if (slice.tagOf(k) == hotspot.tag)
                    tagStages << k;
            QList<qint64> counts;
            counts.reserve(months);
            for (int m = 0; m < months; ++m)
                counts << slice.monthTagComplaints(m, tagStages).value_or(0);
            desk.tagTrends.insert(hotspot.tag, counts);
        }
    }
    return desk;
}

void addHistory(DeskAnalysis &desk, const AnalyticsCube &cube)
{
    const CubeSlice slice = cube.slice(desk.filter);
    desk.history.clear();
    for (const Alert &alert : detectAlerts(slice, desk.settings.analysis, AlertPeriod::WholeHistory))
        desk.history << seriesOf(slice, desk.settings, alert);
    for (StageTrend &trend : desk.stages) {
        QSet<int> alertMonths;
        for (const AlertSeries &a : std::as_const(desk.history))
            if (a.alert.stage == trend.stage && a.monthIndex >= 0)
                alertMonths.insert(a.monthIndex);
        trend.alertMonths = QList<int>(alertMonths.cbegin(), alertMonths.cend());
        std::sort(trend.alertMonths.begin(), trend.alertMonths.end());
    }
    desk.historyComplete = true;
}

} // namespace cx
