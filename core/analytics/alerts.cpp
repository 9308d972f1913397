#include "analytics/alerts.h"

#include "analytics/factscope.h"
#include "analytics/satisfaction.h"

#include <QJsonObject>

#include <boost/math/distributions/normal.hpp>

#include <algorithm>
#include <cmath>

namespace cx {

using namespace Qt::StringLiterals;

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("cx::Alert", text);
}

// Under H0 the later count is Binomial(n, s), s = e₂/(e₁ + e₂). The normal
// approximation with continuity correction is trusted only where it is valid
// (n·s and n·(1 − s) ≥ 5), and only to within a factor of 4 (tests on grids
// of counts and exposures find it within 2.1). The quantile is computed once.
class CountScreen
{
public:
    explicit CountScreen(double alpha)
        : m_zCut(alpha > 0 && alpha < 0.25 ? boost::math::quantile(boost::math::normal(), 1.0 - 2.0 * alpha) : kNaN)
    {
    }

    bool operator()(qint64 before, double exposureBefore, qint64 after, double exposureAfter) const
    {
        if (!(exposureBefore > 0 && exposureAfter > 0) || std::isnan(m_zCut))
            return false;
        const double n = double(before + after);
        const double share = exposureAfter / (exposureBefore + exposureAfter);
        const double mean = n * share;
        if (mean < 5 || n - mean < 5)
            return false;
        return (std::abs(double(after) - mean) - 0.5) / std::sqrt(mean * (1.0 - share)) < m_zCut;
    }

private:
    double m_zCut;
};

// A part of the analysed population: one product or all (-1), one area or all (-1).
struct Scope
{
    int product = -1;
    int area = -1;
};

class AlertCollector
{
public:
    AlertCollector(const CubeSlice &slice, const AnalysisSettings &settings)
        : m_slice(slice)
        , m_settings(settings)
        , m_screen(settings.significanceLevel)
    {
    }

    void scores(int month, const Scope &scope)
    {
        if (!m_slice.hasResponses(month - 1) || !m_slice.hasResponses(month))
            return;
        for (int measure = OverallMeasure; measure < m_slice.measureCount(); ++measure) {
            if (measure == NpsMeasure || measure == ResponseMeasure)
                continue;
            const ScoreSums before = m_slice.scoreTotal(month - 1, measure, scope.product, scope.area);
            const ScoreSums after = m_slice.scoreTotal(month, measure, scope.product, scope.area);
            if (before.n < 2 || after.n < 2)
                continue;
            const QString stage = measure >= Stage0Measure ? m_slice.stageName(measure - Stage0Measure) : QString();
            if (before.mean() - after.mean() >= m_settings.alertMinScoreDrop) {
                const WelchTTestResult t = welchTTest(SampleSummary{qint64(before.n), before.mean(), before.variance()},
                                                      SampleSummary{qint64(after.n), after.mean(), after.variance()});
                if (t.valid)
                    add(AlertMetric::Satisfaction, month, scope, stage, before.mean(), after.mean(), qint64(before.n),
                        qint64(after.n), t.pTwoSided, t.t);
            }
            const int threshold = m_settings.satisfiedScore;
            const double rateBefore = before.rateAtLeast(threshold);
            const double rateAfter = after.rateAtLeast(threshold);
            if ((rateBefore - rateAfter) * 100.0 >= m_settings.alertMinRateDropPoints) {
                const ProportionTestResult z =
                    twoProportionZTest(qint64(before.atLeast(threshold)), qint64(before.n),
                                       qint64(after.atLeast(threshold)), qint64(after.n));
                if (z.valid)
                    add(AlertMetric::SatisfiedRate, month, scope, stage, rateBefore, rateAfter, qint64(before.n),
                        qint64(after.n), z.pTwoSided, z.z);
            }
        }
    }

    void complaints(int month)
    {
        if (!m_slice.hasComplaints(month - 1) || !m_slice.hasComplaints(month))
            return; // a month without complaint data is unknown: nothing to compare
        const double minimumPercent = m_settings.alertMinCountIncreasePercent;
        for (int p = 0; p < m_slice.productCount(); ++p) {
            double exposureBefore = m_slice.subscribers(month - 1, p);
            double exposureAfter = m_slice.subscribers(month, p);
            if (!(exposureBefore > 0 && exposureAfter > 0 && std::isfinite(exposureBefore)
                  && std::isfinite(exposureAfter)))
                exposureBefore = exposureAfter = 1.0; // unknown: compare the counts themselves
            for (int a = 0; a < m_slice.areaCount(); ++a) {
                for (int k = 0; k < m_slice.categoryStageCount(); ++k) {
                    const qint64 before = m_slice.complaints(month - 1, p, a, k);
                    const qint64 after = m_slice.complaints(month, p, a, k);
                    if (after <= before || double(after - before) * 100.0 < minimumPercent * double(before))
                        continue;
                    if (m_screen(before, exposureBefore, after, exposureAfter)) {
                        ++m_screenedOut;
                        continue;
                    }
                    const CountTestResult test = comparePoissonRates(before, exposureBefore, after, exposureAfter);
                    if (!test.valid)
                        continue;
                    Alert &alert = add(AlertMetric::Complaints, month, Scope{p, a}, m_slice.stageName(m_slice.stageOf(k)),
                                       double(before), double(after), before, after, test.pTwoSided, test.ratio);
                    alert.category = m_slice.categoryOf(k);
                }
            }
        }
    }

    QList<Alert> significant() const
    {
        std::vector<double> raw;
        raw.reserve(std::size_t(m_candidates.size() + m_screenedOut));
        for (const Alert &alert : m_candidates)
            raw.push_back(alert.pRaw);
        // Screened-out tests count in m with p = 1: their true p is ≥ α, so
        // their adjusted p is ≥ α either way and, for the tests with p < α,
        // the BH terms they add (m·p₍ⱼ₎/j ≥ α) decide nothing.
        raw.insert(raw.end(), std::size_t(m_screenedOut), 1.0);
        const std::vector<double> adjusted = benjaminiHochberg(raw);
        QList<Alert> alerts;
        for (qsizetype i = 0; i < m_candidates.size(); ++i) {
            if (adjusted[std::size_t(i)] < m_settings.significanceLevel) {
                Alert alert = m_candidates.at(i);
                alert.pValue = adjusted[std::size_t(i)];
                alerts << alert;
            }
        }
        std::stable_sort(alerts.begin(), alerts.end(), [](const Alert &a, const Alert &b) {
            if (a.pValue != b.pValue)
                return a.pValue < b.pValue;
            return std::abs(a.after - a.before) > std::abs(b.after - b.before);
        });
        return alerts;
    }

private:
    Alert &add(AlertMetric metric, int month, const Scope &scope, const QString &stage, double before, double after,
               qint64 nBefore, qint64 nAfter, double p, double statistic)
    {
        Alert alert;
        alert.metric = metric;
        alert.stage = stage;
        alert.month = m_slice.month(month);
        alert.previousMonth = m_slice.month(month - 1);
        alert.before = before;
        alert.after = after;
        alert.nBefore = nBefore;
        alert.nAfter = nAfter;
        alert.pRaw = p;
        alert.statistic = statistic;
        if (scope.product >= 0 || m_slice.productCount() == 1)
            alert.product = m_slice.productName(std::max(scope.product, 0));
        alert.region = scope.area >= 0 ? m_slice.areaPath(scope.area) : m_slice.filter().region;
        m_candidates << alert;
        return m_candidates.last();
    }

    const CubeSlice &m_slice;
    const AnalysisSettings &m_settings;
    const CountScreen m_screen;
    QList<Alert> m_candidates;
    qint64 m_screenedOut = 0;
};

QString formatP(double p)
{
    return p < 0.001 ? u"p < 0.001"_s : u"p = %1"_s.arg(p, 0, 'f', 3);
}

} // namespace

bool countChangeClearlyInsignificant(qint64 before, double exposureBefore, qint64 after, double exposureAfter,
                                     double alpha)
{
    return CountScreen(alpha)(before, exposureBefore, after, exposureAfter);
}

QString alertMetricName(AlertMetric metric)
{
    switch (metric) {
    case AlertMetric::Satisfaction:
        return u"satisfaction"_s;
    case AlertMetric::SatisfiedRate:
        return u"satisfied_rate"_s;
    case AlertMetric::Complaints:
        break;
    }
    return u"complaints"_s;
}

QList<Alert> detectAlerts(const CubeSlice &slice, const AnalysisSettings &settings, AlertPeriod period)
{
    const bool whole = period == AlertPeriod::WholeHistory;
    const int first = std::max(whole ? 1 : slice.firstMonth(), 1);
    const int last = whole ? slice.monthCount() - 1 : slice.lastMonth();

    QList<Scope> scopes{Scope{}};
    if (slice.productCount() > 1)
        for (int p = 0; p < slice.productCount(); ++p)
            scopes << Scope{p, -1};
    if (slice.areaCount() > 1)
        for (int a = 0; a < slice.areaCount(); ++a)
            scopes << Scope{-1, a};

    AlertCollector collector(slice, settings);
    for (int month = first; month <= last; ++month) {
        for (const Scope &scope : std::as_const(scopes))
            collector.scores(month, scope);
        collector.complaints(month);
    }
    return collector.significant();
}

QString Alert::description() const
{
    QStringList scope;
    for (const QString &part : {product, stage, category, region.text(), month})
        if (!part.isEmpty())
            scope << part;
    const QString where = scope.join(u" · "_s);
    const QString n = u"n = %1/%2"_s.arg(nBefore).arg(nAfter);
    switch (metric) {
    case AlertMetric::Satisfaction:
        return tr("%1: satisfaction %2 → %3 (%4, %5, %6)")
            .arg(where, QString::number(before, 'f', 1), QString::number(after, 'f', 1),
                 QString::number(after - before, 'f', 1), formatP(pValue), n);
    case AlertMetric::SatisfiedRate:
        return tr("%1: satisfied rate %2% → %3% (%4 points, %5, %6)")
            .arg(where, QString::number(before * 100, 'f', 1), QString::number(after * 100, 'f', 1),
                 QString::number((after - before) * 100, 'f', 1), formatP(pValue), n);
    case AlertMetric::Complaints:
        break;
    }
    return tr("%1: complaints %2 → %3 (%4, %5)")
        .arg(where, QString::number(nBefore), QString::number(nAfter),
             before > 0 ? u"+%1%"_s.arg(QString::number((after - before) / before * 100, 'f', 0)) : u"+%1"_s.arg(nAfter),
             formatP(pValue));
}

QJsonArray alertsToJson(const QList<Alert> &alerts)
{
    QJsonArray array;
    for (const Alert &alert : alerts) {
        array.append(QJsonObject{
            {u"metric"_s, alertMetricName(alert.metric)},
            {u"product"_s, alert.product},
            {u"stage"_s, alert.stage},
            {u"category"_s, alert.category},
            {u"city"_s, alert.region.city},
            {u"region"_s, regionToJson(alert.region)},
            {u"region_level"_s, AnalysisFilter::regionColumn(alert.region.level())},
            {u"month"_s, alert.month},
            {u"previous_month"_s, alert.previousMonth},
            {u"before"_s, jsonNumber(alert.before)},
            {u"after"_s, jsonNumber(alert.after)},
            {u"p_value"_s, jsonNumber(alert.pValue)},
            {u"p_value_adjustment"_s, u"benjamini-hochberg"_s},
            {u"p_raw"_s, jsonNumber(alert.pRaw)},
            {u"n_before"_s, alert.nBefore},
            {u"n_after"_s, alert.nAfter},
            {u"statistic"_s, jsonNumber(alert.statistic)},
            {u"description"_s, alert.description()},
        });
    }
    return array;
}

} // namespace cx
