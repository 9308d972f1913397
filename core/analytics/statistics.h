#pragma once

#include <QtGlobal>

#include <array>
#include <limits>
#include <optional>
#include <span>
#include <vector>

// Statistical primitives for the analytics engine: plain values in, plain
// results out, no database and no widgets. Distributions come from
// Boost.Math. Functions never throw and never crash on degenerate input:
// results carry `valid == false` and NaN fields instead.

namespace cx {

inline constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

/// A count that may be unknown (a month without data) as a figure: NaN when unknown.
inline double countValue(const std::optional<qint64> &count)
{
    return count ? double(*count) : kNaN;
}

/// Size, mean and unbiased variance of a sample.
struct SampleSummary
{
    qint64 n = 0;
    double mean = kNaN;
    double variance = kNaN; ///< s² = Σ(x − x̄)² / (n − 1); NaN when n < 2

    /// s = √s².
    double sd() const;

    /// Summary from published figures: variance = sd².
    static SampleSummary fromSd(qint64 n, double mean, double sd);
};

/// Summary of the finite values (NaN and ±inf are skipped):
/// x̄ = Σx / n, s² = Σ(x − x̄)² / (n − 1) (two-pass).
SampleSummary summarize(std::span<const double> values);

/// Arithmetic mean Σx / n of the finite values; NaN when there are none.
double mean(std::span<const double> values);

/// Unbiased sample variance Σ(x − x̄)² / (n − 1) of the finite values; NaN when n < 2.
double sampleVariance(std::span<const double> values);

/// 满意率: share of the finite scores with score ≥ threshold, in [0, 1];
/// NaN when there are no scores. The default threshold 8 is on the 1–10 scale.
double satisfactionRate(std::span<const double> scores, double threshold = 8.0);

/// Counts of the 0–10 recommendation answers: histogram[k] = answers equal to k.
using NpsHistogram = std::array<qint64, 11>;

/// Builds an NpsHistogram from raw answers; values that are not whole numbers
/// in 0–10 are ignored.
NpsHistogram npsHistogram(std::span<const double> scores);

/// Net Promoter Score of one question.
struct NpsResult
{
    qint64 n = 0;
    qint64 promoters = 0;  ///< answers 9–10
    qint64 passives = 0;   ///< answers 7–8
    qint64 detractors = 0; ///< answers 0–6
    /// NPS = 100 · (promoters − detractors) / n, in points (−100 … 100), e.g. 3.38;
    /// NaN when n = 0.
    double nps = kNaN;
};

/// NPS = %promoters (9–10) − %detractors (0–6), in points.
NpsResult netPromoterScore(const NpsHistogram &histogram);

/// An NPS as the mean of a score that is +100 for a promoter, −100 for a
/// detractor and 0 for a passive (its variance that of this score), so that
/// welchTTest() of two of them tests a change of the NPS.
SampleSummary npsSample(const NpsResult &nps);

/// Welch's unequal-variance t-test of "before" against "after".
struct WelchTTestResult
{
    bool valid = false;
    double difference = kNaN;    ///< after.mean − before.mean
    double standardError = kNaN; ///< √(s₁²/n₁ + s₂²/n₂)
    double t = kNaN;             ///< difference / standardError
    double df = kNaN;            ///< Welch–Satterthwaite degrees of freedom
    double pTwoSided = kNaN;     ///< H1: the means differ
    double pDrop = kNaN;         ///< one-sided, H1: after.mean < before.mean
    double pRise = kNaN;         ///< one-sided, H1: after.mean > before.mean
};

/// Welch's t-test from summary statistics:
/// t = (x̄₂ − x̄₁) / √(s₁²/n₁ + s₂²/n₂),
/// df = (s₁²/n₁ + s₂²/n₂)² / ((s₁²/n₁)²/(n₁ − 1) + (s₂²/n₂)²/(n₂ − 1)),
/// p from Student's t with df degrees of freedom: two-sided 2·P(T > |t|),
/// pDrop = P(T ≤ t), pRise = P(T ≥ t).
/// Invalid when a group has n < 2, a variance is missing or negative, or both
/// variances are zero.
WelchTTestResult welchTTest(const SampleSummary &before, const SampleSummary &after);

/// Pooled two-proportion z-test of a rate before and after.
struct ProportionTestResult
{
    bool valid = false;
    double before = kNaN;        ///< p̂₁ = x₁ / n₁
    double after = kNaN;         ///< p̂₂ = x₂ / n₂
    double difference = kNaN;    ///< p̂₂ − p̂₁
    double standardError = kNaN; ///< √(p̂(1 − p̂)(1/n₁ + 1/n₂)) with pooled p̂
    double z = kNaN;
    double pTwoSided = kNaN; ///< 2·(1 − Φ(|z|))
    double pDrop = kNaN;     ///< Φ(z): H1: the rate fell
    double pRise = kNaN;     ///< 1 − Φ(z): H1: the rate rose
};

/// Two-proportion z-test with pooled variance:
/// p̂ = (x₁ + x₂)/(n₁ + n₂), z = (p̂₂ − p̂₁) / √(p̂(1 − p̂)(1/n₁ + 1/n₂)),
/// p from the standard normal (equals R's prop.test(correct = FALSE)).
/// Invalid when n ≤ 0, x outside 0…n, or p̂ is 0 or 1 (no variance).
ProportionTestResult twoProportionZTest(qint64 successesBefore, qint64 trialsBefore,
                                        qint64 successesAfter, qint64 trialsAfter);

/// Exact test of a complaint count.
struct CountTestResult
{
    bool valid = false;
    /// poissonTest: observed / expected. comparePoissonRates: rate ratio
    /// (x₂/e₂) / (x₁/e₁) (inf when x₁ = 0 < x₂).
    double ratio = kNaN;
    double pTwoSided = kNaN; ///< sum of the probabilities ≤ P(observed), as R's poisson.test / binom.test
    double pDrop = kNaN;     ///< H1: fewer than expected / the rate fell
    double pRise = kNaN;     ///< H1: more than expected / the rate rose (a spike)
};

/// Exact Poisson test of an observed count against an expected mean λ:
/// pRise = P(X ≥ k), pDrop = P(X ≤ k) with X ~ Poisson(λ); two-sided p sums
/// P(X = i) over all i with P(X = i) ≤ P(X = k)·(1 + 10⁻⁷) (R's poisson.test).
/// Invalid when k < 0 or λ is not positive and finite.
CountTestResult poissonTest(qint64 observed, double expected);

/// Compares two Poisson counts with their exposures (e.g. subscribers) by the
/// conditional binomial test: given n = x₁ + x₂, under H0 (equal rates)
/// x₂ ~ Binomial(n, e₂/(e₁ + e₂)). pRise = P(X ≥ x₂), pDrop = P(X ≤ x₂),
/// two-sided as binom.test. Equals R's poisson.test(c(x₂, x₁), c(e₂, e₁)).
/// Invalid when a count is negative, both are zero, or an exposure is not positive.
CountTestResult comparePoissonRates(qint64 countBefore, double exposureBefore,
                                    qint64 countAfter, double exposureAfter);

/// comparePoissonRates()'s pRise alone, P(X ≥ x₂) (the one-sided test of a
/// rise), without the two-sided p that searches the support; NaN where
/// comparePoissonRates() is invalid.
double poissonRateRiseP(qint64 countBefore, double exposureBefore, qint64 countAfter, double exposureAfter);

/// A correlation coefficient with its significance.
struct CorrelationResult
{
    bool valid = false;
    qint64 n = 0;        ///< complete pairs used
    double r = kNaN;     ///< coefficient in [−1, 1]
    double t = kNaN;     ///< r·√((n − 2)/(1 − r²))
    double p = kNaN;     ///< two-sided, Student's t with n − 2 df (0 when |r| = 1)
};

/// Pearson's r = Σ(x − x̄)(y − ȳ) / √(Σ(x − x̄)² · Σ(y − ȳ)²) over the pairs
/// where both values are finite, with p from t = r·√((n − 2)/(1 − r²)), n − 2 df.
/// Invalid (NaN) when x and y differ in length, n < 3, or either has zero variance.
CorrelationResult pearson(std::span<const double> x, std::span<const double> y);

/// Spearman's ρ = Pearson's r of the ranks, ties taking their average rank,
/// over the complete pairs; p from the same t approximation with n − 2 df
/// (what R's cor.test uses when there are ties). Invalid as for pearson().
CorrelationResult spearman(std::span<const double> x, std::span<const double> y);

/// Ranks 1…n in the original order; tied values share the mean of the ranks
/// they span (e.g. 10, 20, 20, 30 → 1, 2.5, 2.5, 4). NaN values keep NaN.
std::vector<double> averageRanks(std::span<const double> values);

/// Benjamini–Hochberg false-discovery-rate adjustment. With the m finite
/// p-values sorted ascending p₍₁₎ ≤ … ≤ p₍ₘ₎:
/// q₍ᵢ₎ = min over j ≥ i of min(1, m·p₍ⱼ₎ / j), which makes q monotone in p.
/// Returns q in the original order; NaN inputs stay NaN and do not count in m.
std::vector<double> benjaminiHochberg(std::span<const double> pValues);

} // namespace cx
