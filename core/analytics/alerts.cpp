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

// Under H0 the later count is Binomial(n, s), s = e₂/(e₁ + e₂). At or below
// its mean n·s, P(X ≥ x) ≥ ½ (the median is ⌊n·s⌋ or ⌈n·s⌉). Above it, the
// normal approximation with continuity correction is trusted only where it
// is valid (n·s and n·(1 − s) ≥ 5), and only to within a factor of 4. The
// quantile is computed once.
class CountScreen
{
public:
    explicit CountScreen(double alpha)
        : m_zCut(alpha > 0 && alpha < 0.25 ? boost::math::quantile(boost::math::normal(), 1.0 - 4.0 * alpha) : kNaN)
    {
    }

    bool operator()(qint64 before, double exposureBefore, qint64 after, double exposureAfter) const
    {
        if (!(exposureBefore > 0 && exposureAfter > 0) || std::isnan(m_zCut))
            return false;
        const double n = double(before + after);
        const double share = exposureAfter / (exposureBefore + exposureAfter);
        const double mean = n * share;
        if (double(after) <= mean)
            return true;
        if (mean < 5 || n - mean < 5)
            return false;
        return (double(after) - mean - 0.5) / std::sqrt(mean * (1.0 - share)) < m_zCut;
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

// A test of the run whose one-sided p is below α: only these can be
// significant after the adjustment, so only these keep what an alert needs.
struct Candidate
{
    AlertMetric metric = AlertMetric::Satisfaction;
    int month = 0;
    Scope scope;
    int measureOrCategory = 0; ///< the score measure, or the complaint category-stage
    double before = kNaN;
    double after = kNaN;
    qint64 nBefore = 0;
    qint64 nAfter = 0;
    double p = kNaN;
    double statistic = kNaN;
    bool largeEnough = false; ///< the change reaches the workspace's minimum size
};

class AlertCollector
{
public:
    AlertCollector(const CubeSlice &slice, const AnalysisSettings &settings)
        : m_slice(slice)
        , m_settings(settings)
        , m_screen(settings.significanceLevel)
        , m_zAlpha(settings.significanceLevel > 0 && settings.significanceLevel < 1
                       ? boost::math::quantile(boost::math::normal(), settings.significanceLevel)
                       : kNaN)
    {
    }

    void scores(int month, const Scope &scope)
    {
        if (!m_slice.hasResponses(month - 1) || !m_slice.hasResponses(month))
            return;
        const double alpha = m_settings.significanceLevel;
        const int threshold = m_settings.satisfiedScore;
        for (int measure = OverallMeasure; measure < m_slice.measureCount(); ++measure) {
            if (measure == NpsMeasure || measure == ResponseMeasure)
                continue;
            const ScoreSums before = m_slice.scoreTotal(month - 1, measure, scope.product, scope.area);
            const ScoreSums after = m_slice.scoreTotal(month, measure, scope.product, scope.area);
            if (before.n < 2 || after.n < 2)
                continue;
            Candidate c{AlertMetric::Satisfaction, month, scope, measure, before.mean(), after.mean(),
                        qint64(before.n), qint64(after.n)};

            // Mean score, one-sided Welch t (H1: it fell). Student's t has
            // heavier tails than the normal, so at t ≥ z_α its p is ≥ α.
            const double se = std::sqrt(before.variance() / before.n + after.variance() / after.n);
            if (se > 0 && std::isfinite(se)) {
                ++m_tests;
                if ((c.after - c.before) / se < m_zAlpha || std::isnan(m_zAlpha)) {
                    const WelchTTestResult t =
                        welchTTest(SampleSummary{c.nBefore, c.before, before.variance()},
                                   SampleSummary{c.nAfter, c.after, after.variance()});
                    if (t.valid && t.pDrop < alpha) {
                        c.p = t.pDrop;
                        c.statistic = t.t;
                        c.largeEnough = c.before - c.after >= m_settings.alertMinScoreDrop;
                        m_candidates.push_back(c);
                    }
                }
            }

            // 满意率, one-sided pooled two-proportion z-test (H1: it fell).
            const ProportionTestResult z = twoProportionZTest(qint64(before.atLeast(threshold)), c.nBefore,
                                                              qint64(after.atLeast(threshold)), c.nAfter);
            if (z.valid) {
                ++m_tests;
                if (z.pDrop < alpha) {
                    c.metric = AlertMetric::SatisfiedRate;
                    c.before = z.before;
                    c.after = z.after;
                    c.p = z.pDrop;
                    c.statistic = z.z;
                    c.largeEnough = (z.before - z.after) * 100.0 >= m_settings.alertMinRateDropPoints;
                    m_candidates.push_back(c);
                }
            }
        }
    }

    /// Complaint rises per product, area and category; the filter's whole
    /// region when it has no areas (its rows name no lower level).
    void complaints(int month)
    {
        if (!m_slice.hasComplaints(month - 1) || !m_slice.hasComplaints(month))
            return; // a month without complaint data is unknown: nothing to compare
        const double alpha = m_settings.significanceLevel;
        const double minimumPercent = m_settings.alertMinCountIncreasePercent;
        QList<int> areas;
        for (int a = 0; a < m_slice.areaCount(); ++a)
            areas << a;
        if (areas.isEmpty())
            areas << -1;
        for (int p = 0; p < m_slice.productCount(); ++p) {
            double exposureBefore = m_slice.subscribers(month - 1, p);
            double exposureAfter = m_slice.subscribers(month, p);
            if (!(exposureBefore > 0 && exposureAfter > 0 && std::isfinite(exposureBefore)
                  && std::isfinite(exposureAfter)))
                exposureBefore = exposureAfter = 1.0; // unknown: compare the counts themselves
            for (int a : std::as_const(areas)) {
                for (int k = 0; k < m_slice.categoryStageCount(); ++k) {
                    const qint64 before = m_slice.complaintTotal(month - 1, p, a, k);
                    const qint64 after = m_slice.complaintTotal(month, p, a, k);
                    if (before + after == 0)
                        continue; // no complaint either month: nothing to test
                    ++m_tests;
                    if (m_screen(before, exposureBefore, after, exposureAfter))
                        continue;
                    const double pRise = poissonRateRiseP(before, exposureBefore, after, exposureAfter);
                    if (!(pRise < alpha))
                        continue;
                    const double ratio = before == 0 ? std::numeric_limits<double>::infinity()
                                                     : (double(after) / exposureAfter) / (double(before) / exposureBefore);
                    m_candidates.push_back(Candidate{AlertMetric::Complaints, month, Scope{p, a}, k, double(before),
                                                     double(after), before, after, pRise, ratio,
                                                     double(after - before) * 100.0 >= minimumPercent * double(before)});
                }
            }
        }
    }

    qint64 tests() const { return m_tests; }

    /// Benjamini–Hochberg over every test of the run; the alerts are the
    /// changes large enough among those with adjusted p < α.
    QList<Alert> significant() const
    {
        // Tests without a candidate have p ≥ α and count with p = 1: their
        // adjusted p is ≥ α either way, and the BH terms they add
        // (m·p₍ⱼ₎/j ≥ p₍ⱼ₎ ≥ α) decide nothing for the others.
        std::vector<double> raw;
        raw.reserve(std::size_t(m_tests));
        for (const Candidate &c : m_candidates)
            raw.push_back(c.p);
        raw.insert(raw.end(), std::size_t(m_tests) - m_candidates.size(), 1.0);
        const std::vector<double> adjusted = benjaminiHochberg(raw);
        QList<Alert> alerts;
        for (std::size_t i = 0; i < m_candidates.size(); ++i) {
            if (m_candidates[i].largeEnough && adjusted[i] < m_settings.significanceLevel)
                alerts << alertOf(m_candidates[i], adjusted[i]);
        }
        std::stable_sort(alerts.begin(), alerts.end(), [](const Alert &a, const Alert &b) {
            if (a.pValue != b.pValue)
                return a.pValue < b.pValue;
            return std::abs(a.after - a.before) > std::abs(b.after - b.before);
        });
        return alerts;
    }

private:
    Alert alertOf(const Candidate &c, double adjusted) const
    {
        Alert alert;
        alert.metric = c.metric;
        if (c.metric == AlertMetric::Complaints) {
            alert.stage = m_slice.stageName(m_slice.stageOf(c.measureOrCategory));
            alert.category = m_slice.categoryOf(c.measureOrCategory);
        } else if (c.measureOrCategory >= Stage0Measure) {
            alert.stage = m_slice.stageName(c.measureOrCategory - Stage0Measure);
        }
        alert.month = m_slice.month(c.month);
        alert.previousMonth = m_slice.month(c.month - 1);
        alert.before = c.before;
        alert.after = c.after;
        alert.nBefore = c.nBefore;
        alert.nAfter = c.nAfter;
        alert.pRaw = c.p;
        alert.pValue = adjusted;
        alert.statistic = c.statistic;
        if (c.scope.product >= 0 || m_slice.productCount() == 1)
            alert.product = m_slice.productName(std::max(c.scope.product, 0));
        alert.region = c.scope.area >= 0 ? m_slice.areaPath(c.scope.area) : m_slice.filter().region;
        return alert;
    }

    const CubeSlice &m_slice;
    const AnalysisSettings &m_settings;
    const CountScreen m_screen;
    const double m_zAlpha; ///< the α quantile of the standard normal
    std::vector<Candidate> m_candidates;
    qint64 m_tests = 0;
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

QList<Alert> detectAlerts(const CubeSlice &slice, const AnalysisSettings &settings, AlertPeriod period,
                          qint64 *tests)
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
    if (tests)
        *tests = collector.tests();
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
            {u"p_alternative"_s, alert.metric == AlertMetric::Complaints ? u"rise"_s : u"drop"_s},
            {u"n_before"_s, alert.nBefore},
            {u"n_after"_s, alert.nAfter},
            {u"statistic"_s, jsonNumber(alert.statistic)},
            {u"description"_s, alert.description()},
        });
    }
    return array;
}

} // namespace cx
