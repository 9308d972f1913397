#pragma once

#include "analytics/statistics.h"

#include <QString>

#include <array>
#include <span>
#include <vector>

// Curve analytics of DESIGN.md: the product lifecycle curve (users), the
// consultation cycle curve (consultations), their combination, and the
// experience lifecycle funnel. Plain monthly series in, plain results out;
// the enums are translated by the UI.

namespace cx {

/// Shape of a product's monthly users curve (产品生命周期曲线).
enum class LifecycleType {
    Mature,  ///< A 成熟: rises, then levels off after the peak
    Growth,  ///< B 成长: keeps rising
    Decline, ///< C 衰退: falls after the peak
    Renewal, ///< D 新生: levels off after a first peak, then rises again
};

/// Phase of one month on the users curve.
enum class LifecyclePhase {
    Introduction, ///< 导入
    Growth,       ///< 成长
    Maturity,     ///< 成熟
    Decline,      ///< 衰退
};

/// Direction of a series in one month.
enum class Direction { Falling = -1, Level = 0, Rising = 1 };

/// 'A' … 'D' as DESIGN.md and truth.json name the users-curve types.
QChar lifecycleTypeLetter(LifecycleType type);

/// Local-linear fit of an evenly spaced series: at each point an ordinary
/// least-squares line over the points within ±halfWindow (fewer at the ends),
/// giving the fitted level and slope per step there (a LOESS with a flat kernel).
struct LocalLinearFit
{
    std::vector<double> level;
    std::vector<double> slope;
};

/// Fits y at each t by least squares over t − h … t + h (clipped to the series):
/// slope = Σ(s − s̄)(y − ȳ) / Σ(s − s̄)², level = ȳ + slope·(t − s̄).
LocalLinearFit localLinearFit(std::span<const double> y, int halfWindow);

/// Classification of a users curve.
struct LifecycleResult
{
    bool valid = false;
    LifecycleType type = LifecycleType::Mature;
    /// How sure, in [0, 1]: the posterior probability of the chosen type
    /// (its score). On a curve that is level throughout, 0.5 by convention.
    double confidence = 0;
    /// Posterior probability per type in enum order (A, B, C, D); they sum to 1.
    std::array<double, 4> scores{};
    /// The most probable piecewise-linear fit of log users, back on the
    /// users scale and ÷ max(users): the curve without noise.
    std::vector<double> smoothed;
    /// Slope of the month's piece ÷ the steepest |slope| of the pieces, in [−1, 1].
    std::vector<double> relativeSlope;
    /// Rising where the piece grows faster than the level limit (see
    /// classifyLifecycle()), Falling where it loses more than 0.25 % a month, else Level.
    std::vector<Direction> direction;
    std::vector<LifecyclePhase> phases;
    int peakMonth = -1;         ///< index of the fitted maximum
    double dropFromPeak = kNaN; ///< 1 − fitted(last) ÷ fitted(peak)
};

/// Classifies a monthly users series (oldest first, at least 6 months, all
/// finite and ≥ 0, some positive) into A/B/C/D, and says how sure it is.
///
/// Model. x(t) = ln(users ÷ max), months under 0.1 % of the max counted as
/// 0.1 % (multiplicative noise becomes additive): x is a sequence of straight
/// pieces (inner pieces ≥ 2 months, so a launch step fits; the last ≥ 3) plus
/// noise of standard deviation σ. σ comes from the third differences of x,
/// then from the residuals of the most probable cut, re-estimated until it
/// settles (never under 0.3 %). Every cut into pieces is weighed by its
/// likelihood with a price of 3·ln n per piece (piecewisefit.h); the most
/// probable cut gives smoothed, relativeSlope, direction and phases.
///
/// Type. 100 cuts are drawn from that posterior (lines included, from a fixed
/// seed: deterministic), each read by these rules, on the log scale, with
/// growth rates measured over 3 months and steps between pieces under 10 %
/// taken out of them (a cut is not growth; a launch is):
///  - C 衰退: the last month is ≥ 3 % below the peak;
///  - D 新生: some 3 months grow at under half the steepest rate before them
///    and under half the steepest after them, after a rise of ≥ 10 % and
///    before a rise of ≥ 10 % to the last month;
///  - A 成熟: the last piece is level — its slope under the level limit
///    clamp(⅓ · steepest rate before it, 0.25 %, 0.75 % a month);
///  - B 成长: otherwise (it keeps rising).
/// The rules apply in that order. scores are the shares of the draws per type;
/// the highest wins and its share is the confidence. A fitted curve spanning
/// under 4 % is level throughout: A with confidence 0.5 (the rise before it
/// is not observed).
///
/// Phases per month, on the most probable fit: Decline where the piece loses
/// ≥ 0.25 % a month, or after the peak while below 85 % of it; Growth where it
/// rises faster than the level limit of the whole curve, once at 10 % of the
/// peak; before the first growth month, Introduction while below half the
/// peak; else Maturity.
LifecycleResult classifyLifecycle(std::span<const double> monthlyUsers);

/// Shape of a product's monthly consultations curve (咨询周期曲线).
enum class ConsultationType {
    Gradual,   ///< A: gradual rise and fall
    Sharp,     ///< B: sharp rise and sharp fall
    Sustained, ///< C: slow rise, slow fall, stays high
};

/// 'A' … 'C' as DESIGN.md and truth.json name the consultation-cycle types.
QChar consultationTypeLetter(ConsultationType type);

/// Classification and wave measures of a consultations curve.
struct ConsultationResult
{
    bool valid = false;
    ConsultationType type = ConsultationType::Gradual;
    /// The chosen type's score, halved when the peak is in the last 3 months
    /// (the fall is not observed) and scaled by ramp(waveHeight, 1.1, 1.5)
    /// (no real wave), in [0, 1].
    double confidence = 0;
    std::array<double, 3> scores{}; ///< per type in enum order (A, B, C); they sum to 1
    int peakMonth = -1;
    double baseline = kNaN; ///< the lowest month
    double peak = kNaN;     ///< the highest month
    /// Wave width: months at or above half height (baseline + (peak − baseline)/2)
    /// around the peak, with linearly interpolated crossings; narrower is better.
    double waveWidth = kNaN;
    /// Wave height: peak ÷ baseline (inf when the baseline is 0); lower is better.
    double waveHeight = kNaN;
    /// Months from the half-height crossing before the peak to the peak
    /// (from the first month when the series starts above half height).
    double riseMonths = kNaN;
    /// Months from the peak to the half-height crossing after it (to the last
    /// month when it never falls back, see fallCompleted).
    double fallMonths = kNaN;
    bool fallCompleted = false;
    /// Mean of the last 3 months as a share of the wave height above the baseline.
    double tailLevel = kNaN;
    /// Slow rise and fast fall (riseMonths > fallMonths with the fall completed):
    /// the favourable trend.
    bool favourableTrend = false;
    /// Per month, from a local-linear fit over ±2 months of the wave:
    /// Rising/Falling where |slope| ≥ 3 % of the wave height per month.
    std::vector<Direction> direction;
};

/// Classifies a monthly consultations series (oldest first, at least 6 months,
/// finite, ≥ 0). On the raw series (a sharp wave must not be smoothed away),
/// with z = (x − baseline) ÷ (peak − baseline):
///  - C (stays high): c = ramp(tailLevel, 0.15, 0.35);
///  - B (sharp): b = (1 − c)·(1 − ramp(waveWidth, 2.5, 4.5 months));
///  - A (gradual): 1 − c − b.
/// Invalid when the series is constant.
ConsultationResult classifyConsultation(std::span<const double> monthlyConsultations);

/// Consultations ÷ users per month and its trend.
struct ConsultationRatioResult
{
    bool valid = false;
    std::vector<double> ratio;   ///< consultations ÷ users; NaN where users ≤ 0
    double slope = kNaN;         ///< least-squares slope of the ratio per month
    double relativeSlope = kNaN; ///< slope ÷ mean ratio: change per month as a share
    double p = kNaN;             ///< two-sided p of Pearson's r of ratio against month
    /// Sign of the slope when p < alpha, else Level; Falling is the favourable trend.
    Direction trend = Direction::Level;
};

/// ratio(t) = consultations(t) ÷ users(t); its trend is the least-squares
/// slope over the months, significant when Pearson's r with the month index
/// has p < alpha. Invalid when the lengths differ or fewer than 3 ratios exist.
ConsultationRatioResult consultationRatio(std::span<const double> consultations, std::span<const double> users,
                                          double alpha = 0.05);

/// Zone of a month on the combined consultation and users curves.
enum class CampaignZone {
    None,
    Attention,  ///< A: consultations and users rising — attention to the product grows
    Conversion, ///< B: consultations falling, users rising — attention fades, users still come
    Spent,      ///< C: consultations falling, users level — the campaign's effect is spent
};

/// 'A' … 'C', or '-' for None.
QChar campaignZoneLetter(CampaignZone zone);

/// Zone per month from the directions of both curves (same months, same
/// length; months beyond the shorter series are None).
std::vector<CampaignZone> campaignZones(const LifecycleResult &users, const ConsultationResult &consultations);

/// Stages of the experience lifecycle funnel (体验生命周期), as rates.
enum class FunnelStage {
    Awareness,     ///< 知晓率: has heard of it
    Understanding, ///< 认知率: knows what it is
    Approval,      ///< 认同率: uses it
    Endorsement,   ///< 认可率: will keep using it
};

/// The domain name of a stage's rate: 知晓率, 认知率, 认同率, 认可率. These are
/// column names of the exports and the report, kept as data (not translated).
QString funnelRateName(FunnelStage stage);

/// Rates in percent, in FunnelStage order.
using FunnelRates = std::array<double, 4>;

/// Per-stage mean of the finite rates over several months (NaN where none).
FunnelRates averageFunnel(std::span<const FunnelRates> months);

/// The experience gap (体验鸿沟): the largest drop between consecutive rates.
struct ExperienceGap
{
    bool valid = false;
    FunnelStage from = FunnelStage::Awareness;
    FunnelStage to = FunnelStage::Understanding;
    double drop = kNaN; ///< rate(from) − rate(to), in percentage points

    /// "认同率->认可率", as truth.json and the report write it.
    QString label() const;
};

/// gap = argmax over i of rate(i) − rate(i + 1); on a tie the earlier pair
/// wins (the funnel is fixed from the top). Invalid when a rate is not finite.
ExperienceGap experienceGap(const FunnelRates &rates);

} // namespace cx
