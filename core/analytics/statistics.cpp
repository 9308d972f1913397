#include "analytics/statistics.h"

#include <boost/math/distributions/binomial.hpp>
#include <boost/math/distributions/normal.hpp>
#include <boost/math/distributions/poisson.hpp>
#include <boost/math/distributions/students_t.hpp>

#include <algorithm>
#include <cmath>
#include <numeric>
#include <optional>

namespace cx {

namespace {

namespace bm = boost::math;

// Boost throws on domain, pole and overflow errors by default; the analytics
// must never throw, so every error yields NaN/inf and is caught by the
// validity checks below.
using Policy = bm::policies::policy<bm::policies::domain_error<bm::policies::ignore_error>,
                                    bm::policies::pole_error<bm::policies::ignore_error>,
                                    bm::policies::overflow_error<bm::policies::ignore_error>,
                                    bm::policies::evaluation_error<bm::policies::ignore_error>>;
using StudentT = bm::students_t_distribution<double, Policy>;
using Normal = bm::normal_distribution<double, Policy>;
using Poisson = bm::poisson_distribution<double, Policy>;
using Binomial = bm::binomial_distribution<double, Policy>;

// The relative tolerance R's binom.test/poisson.test use to treat two
// probabilities as equal.
constexpr double kRelErr = 1.0 + 1e-7;

bool isFinite(double v) { return std::isfinite(v); }

/// P(T ≥ t) for Student's t; the normal beyond any practical df.
double studentUpper(double t, double df)
{
    if (df > 1e10)
        return bm::cdf(bm::complement(Normal(), t));
    return bm::cdf(bm::complement(StudentT(df), t));
}

/// Smallest integer in (lo, hi] where a monotone predicate holds, given that
/// it fails at lo and holds at hi (bisection).
template<class Pred>
double firstWhere(double lo, double hi, Pred pred)
{
    while (hi - lo > 1) {
        const double mid = std::floor((lo + hi) / 2);
        (pred(mid) ? hi : lo) = mid;
    }
    return hi;
}

/// Two-sided p of a discrete, unimodal distribution by the minimum-likelihood
/// rule of R's binom.test/poisson.test: the sum of P(X = i) over every i with
/// P(X = i) ≤ P(X = x). The pmf never increases on [⌈m⌉, maxSupport] and never
/// decreases on [0, ⌊m⌋] (m = mean), so each far tail is found by bisection.
template<class Dist>
double minLikelihoodTwoSided(const Dist &dist, double x, double m, double maxSupport)
{
    if (x == m)
        return 1.0;
    const double limit = bm::pdf(dist, x) * kRelErr;
    auto atOrBelow = [&](double i) { return bm::pdf(dist, i) <= limit; };
    if (x < m) {
        // The upper tail from the first i ≥ ⌈m⌉ with pmf(i) ≤ limit counts too.
        double p = bm::cdf(dist, x);
        double lo = std::ceil(m) - 1; // the answer lies in (lo, hi]
        double hi = std::ceil(m);
        double step = 1;
        for (int guard = 0; !atOrBelow(hi) && hi < maxSupport && guard < 200; ++guard) {
            lo = hi;
            hi = std::min(maxSupport, hi + step);
            step *= 2;
        }
        if (atOrBelow(hi))
            p += bm::cdf(bm::complement(dist, firstWhere(lo, hi, atOrBelow) - 1));
        return std::min(1.0, p);
    }
    // The lower tail up to the last i ≤ ⌊m⌋ with pmf(i) ≤ limit counts too.
    double p = bm::cdf(bm::complement(dist, x - 1));
    const double top = std::floor(m);
    if (atOrBelow(0)) {
        const double last = atOrBelow(top) ? top : firstWhere(0, top, [&](double i) { return !atOrBelow(i); }) - 1;
        p += bm::cdf(dist, last);
    }
    return std::min(1.0, p);
}

std::vector<double> finiteValues(std::span<const double> values)
{
    std::vector<double> out;
    out.reserve(values.size());
    std::copy_if(values.begin(), values.end(), std::back_inserter(out), isFinite);
    return out;
}

/// Pairs where both values are finite.
void completePairs(std::span<const double> x, std::span<const double> y, std::vector<double> &xs,
                   std::vector<double> &ys)
{
    for (size_t i = 0; i < x.size(); ++i) {
        if (isFinite(x[i]) && isFinite(y[i])) {
            xs.push_back(x[i]);
            ys.push_back(y[i]);
        }
    }
}

CorrelationResult pearsonOfComplete(const std::vector<double> &x, const std::vector<double> &y)
{
    CorrelationResult res;
    res.n = qint64(x.size());
    if (res.n < 3)
        return res;
    const double mx = std::accumulate(x.begin(), x.end(), 0.0) / double(res.n);
    const double my = std::accumulate(y.begin(), y.end(), 0.0) / double(res.n);
    double sxy = 0, sxx = 0, syy = 0;
    for (size_t i = 0; i < x.size(); ++i) {
        sxy += (x[i] - mx) * (y[i] - my);
        sxx += (x[i] - mx) * (x[i] - mx);
        syy += (y[i] - my) * (y[i] - my);
    }
    if (!(sxx > 0) || !(syy > 0))
        return res;
    res.r = std::clamp(sxy / std::sqrt(sxx * syy), -1.0, 1.0);
    const double df = double(res.n - 2);
    const double oneMinusR2 = 1.0 - res.r * res.r;
    if (oneMinusR2 <= 0) {
        res.t = std::copysign(std::numeric_limits<double>::infinity(), res.r);
        res.p = 0;
    } else {
        res.t = res.r * std::sqrt(df / oneMinusR2);
        res.p = std::min(1.0, 2 * studentUpper(std::abs(res.t), df));
    }
    res.valid = true;
    return res;
}

} // namespace

double SampleSummary::sd() const
{
    return std::sqrt(variance);
}

SampleSummary SampleSummary::fromSd(qint64 n, double mean, double sd)
{
    return {n, mean, sd * sd};
}

SampleSummary summarize(std::span<const double> values)
{
    const std::vector<double> v = finiteValues(values);
    SampleSummary s;
    s.n = qint64(v.size());
    if (v.empty())
        return s;
    s.mean = std::accumulate(v.begin(), v.end(), 0.0) / double(s.n);
    if (s.n >= 2) {
        double ss = 0;
        for (double x : v)
            ss += (x - s.mean) * (x - s.mean);
        s.variance = ss / double(s.n - 1);
    }
    return s;
}

double mean(std::span<const double> values)
{
    return summarize(values).mean;
}

double sampleVariance(std::span<const double> values)
{
    return summarize(values).variance;
}

double satisfactionRate(std::span<const double> scores, double threshold)
{
    const std::vector<double> v = finiteValues(scores);
    if (v.empty())
        return kNaN;
    const auto satisfied = std::count_if(v.begin(), v.end(), [threshold](double s) { return s >= threshold; });
    return double(satisfied) / double(v.size());
}

NpsHistogram npsHistogram(std::span<const double> scores)
{
    NpsHistogram h{};
    for (double s : scores) {
        if (isFinite(s) && s >= 0 && s <= 10 && std::floor(s) == s)
            ++h[size_t(s)];
    }
    return h;
}

NpsResult netPromoterScore(const NpsHistogram &histogram)
{
    NpsResult r;
    for (size_t k = 0; k < histogram.size(); ++k) {
        const qint64 c = std::max<qint64>(0, histogram[k]);
        r.n += c;
        if (k >= 9)
            r.promoters += c;
        else if (k >= 7)
            r.passives += c;
        else
            r.detractors += c;
    }
    if (r.n > 0)
        r.nps = 100.0 * double(r.promoters - r.detractors) / double(r.n);
    return r;
}

SampleSummary npsSample(const NpsResult &nps)
{
    SampleSummary s;
    s.n = nps.n;
    if (nps.n == 0)
        return s;
    const double n = double(nps.n);
    s.mean = nps.nps;
    if (nps.n >= 2) {
        // Σx² = 100² · (promoters + detractors); s² = (Σx² − n·x̄²) / (n − 1).
        const double squares = 10000.0 * double(nps.promoters + nps.detractors);
        s.variance = std::max(0.0, (squares - n * s.mean * s.mean) / (n - 1));
    }
    return s;
}

WelchTTestResult welchTTest(const SampleSummary &before, const SampleSummary &after)
{
    WelchTTestResult r;
    if (before.n < 2 || after.n < 2 || !isFinite(before.mean) || !isFinite(after.mean)
        || !(before.variance >= 0) || !(after.variance >= 0))
        return r;
    const double a = before.variance / double(before.n);
    const double b = after.variance / double(after.n);
    const double se2 = a + b;
    if (!(se2 > 0) || !isFinite(se2))
        return r;
    r.difference = after.mean - before.mean;
    r.standardError = std::sqrt(se2);
    r.t = r.difference / r.standardError;
    r.df = se2 * se2 / (a * a / double(before.n - 1) + b * b / double(after.n - 1));
    r.pRise = studentUpper(r.t, r.df);
    r.pDrop = studentUpper(-r.t, r.df);
    r.pTwoSided = std::min(1.0, 2 * studentUpper(std::abs(r.t), r.df));
    r.valid = isFinite(r.pTwoSided);
    return r;
}

ProportionTestResult twoProportionZTest(qint64 successesBefore, qint64 trialsBefore, qint64 successesAfter,
                                        qint64 trialsAfter)
{
    ProportionTestResult r;
    if (trialsBefore <= 0 || trialsAfter <= 0 || successesBefore < 0 || successesAfter < 0
        || successesBefore > trialsBefore || successesAfter > trialsAfter)
        return r;
    r.before = double(successesBefore) / double(trialsBefore);
    r.after = double(successesAfter) / double(trialsAfter);
    r.difference = r.after - r.before;
    const double pooled = double(successesBefore + successesAfter) / double(trialsBefore + trialsAfter);
    const double se2 = pooled * (1 - pooled) * (1.0 / double(trialsBefore) + 1.0 / double(trialsAfter));
    if (!(se2 > 0))
        return r;
    r.standardError = std::sqrt(se2);
    r.z = r.difference / r.standardError;
    r.pDrop = bm::cdf(Normal(), r.z);
    r.pRise = bm::cdf(bm::complement(Normal(), r.z));
    r.pTwoSided = std::min(1.0, 2 * bm::cdf(bm::complement(Normal(), std::abs(r.z))));
    r.valid = true;
    return r;
}

CountTestResult poissonTest(qint64 observed, double expected)
{
    CountTestResult r;
    if (observed < 0 || !(expected > 0) || !isFinite(expected))
        return r;
    const Poisson dist(expected);
    const double k = double(observed);
    r.ratio = k / expected;
    r.pDrop = bm::cdf(dist, k);
    r.pRise = observed == 0 ? 1.0 : bm::cdf(bm::complement(dist, k - 1));
    r.pTwoSided = minLikelihoodTwoSided(dist, k, expected, std::numeric_limits<double>::infinity());
    r.valid = isFinite(r.pTwoSided) && isFinite(r.pDrop) && isFinite(r.pRise);
    return r;
}

namespace {

// x₂ ~ Binomial(x₁ + x₂, e₂/(e₁ + e₂)) under equal rates; empty for invalid input.
std::optional<Binomial> conditionalBinomial(qint64 countBefore, double exposureBefore, qint64 countAfter,
                                            double exposureAfter)
{
    if (countBefore < 0 || countAfter < 0 || countBefore + countAfter == 0 || !(exposureBefore > 0)
        || !(exposureAfter > 0) || !isFinite(exposureBefore) || !isFinite(exposureAfter))
        return std::nullopt;
    return Binomial(double(countBefore + countAfter), exposureAfter / (exposureBefore + exposureAfter));
}

} // namespace

double poissonRateRiseP(qint64 countBefore, double exposureBefore, qint64 countAfter, double exposureAfter)
{
    const std::optional<Binomial> dist = conditionalBinomial(countBefore, exposureBefore, countAfter, exposureAfter);
    if (!dist)
        return kNaN;
    return countAfter == 0 ? 1.0 : bm::cdf(bm::complement(*dist, double(countAfter) - 1));
}

CountTestResult comparePoissonRates(qint64 countBefore, double exposureBefore, qint64 countAfter,
                                    double exposureAfter)
{
    CountTestResult r;
    const std::optional<Binomial> binomial =
        conditionalBinomial(countBefore, exposureBefore, countAfter, exposureAfter);
    if (!binomial)
        return r;
    const Binomial &dist = *binomial;
    const double n = dist.trials();
    const double share = dist.success_fraction();
    const double k = double(countAfter);
    r.ratio = countBefore == 0 ? std::numeric_limits<double>::infinity()
                               : (k / exposureAfter) / (double(countBefore) / exposureBefore);
    r.pDrop = bm::cdf(dist, k);
    r.pRise = poissonRateRiseP(countBefore, exposureBefore, countAfter, exposureAfter);
    r.pTwoSided = minLikelihoodTwoSided(dist, k, n * share, n);
    r.valid = isFinite(r.pTwoSided) && isFinite(r.pDrop) && isFinite(r.pRise);
    return r;
}

CorrelationResult pearson(std::span<const double> x, std::span<const double> y)
{
    if (x.size() != y.size())
        return {};
    std::vector<double> xs, ys;
    completePairs(x, y, xs, ys);
    return pearsonOfComplete(xs, ys);
}

CorrelationResult spearman(std::span<const double> x, std::span<const double> y)
{
    if (x.size() != y.size())
        return {};
    std::vector<double> xs, ys;
    completePairs(x, y, xs, ys);
    return pearsonOfComplete(averageRanks(xs), averageRanks(ys));
}

std::vector<double> averageRanks(std::span<const double> values)
{
    std::vector<double> ranks(values.size(), kNaN);
    std::vector<size_t> order;
    order.reserve(values.size());
    for (size_t i = 0; i < values.size(); ++i) {
        if (!std::isnan(values[i]))
            order.push_back(i);
    }
    std::stable_sort(order.begin(), order.end(), [&](size_t a, size_t b) { return values[a] < values[b]; });
    for (size_t start = 0; start < order.size();) {
        size_t end = start + 1;
        while (end < order.size() && values[order[end]] == values[order[start]])
            ++end;
        // Positions start…end−1 hold ranks start+1…end; ties share their mean.
        const double rank = (double(start + 1) + double(end)) / 2.0;
        for (size_t k = start; k < end; ++k)
            ranks[order[k]] = rank;
        start = end;
    }
    return ranks;
}

std::vector<double> benjaminiHochberg(std::span<const double> pValues)
{
    std::vector<double> q(pValues.size(), kNaN);
    std::vector<size_t> order;
    for (size_t i = 0; i < pValues.size(); ++i) {
        if (!std::isnan(pValues[i]))
            order.push_back(i);
    }
    std::stable_sort(order.begin(), order.end(), [&](size_t a, size_t b) { return pValues[a] < pValues[b]; });
    const double m = double(order.size());
    double running = 1.0;
    for (size_t k = order.size(); k-- > 0;) {
        running = std::min(running, m * pValues[order[k]] / double(k + 1));
        q[order[k]] = std::clamp(running, 0.0, 1.0);
    }
    return q;
}

} // namespace cx
