#include "analytics/lifecycle.h"

#include "analytics/piecewisefit.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>

using namespace Qt::StringLiterals;

namespace cx {

namespace {

constexpr size_t kMinMonths = 6;
constexpr int kConsultationHalfWindow = 2;
constexpr size_t kTailMonths = 3;
/// Share of the wave height per month from which consultations rise or fall.
constexpr double kConsultationDirectionThreshold = 0.03;

// The users curve, read on the log scale (see classifyLifecycle()).
/// Pieces of two months can hold a launch step; the last piece, which says
/// where the curve is heading, has at least three.
constexpr int kMinSegment = 2;
constexpr int kMinLastSegment = 3;
/// Draws from the posterior per classification, from a fixed seed: the same series, the same answer.
constexpr int kSamples = 100;
constexpr unsigned kSampleSeed = 20240101;
/// Noise re-estimates from the residuals; it settles in two or three.
constexpr int kNoiseRounds = 5;
/// Months with fewer users than this share of the peak count as this share (log of 0).
constexpr double kLowestShare = 1e-3;
/// Exports round their counts and no real series is smooth: noise below 0.3 % is not resolved.
constexpr double kNoiseFloor = 0.003;
/// A log-slope under 0.25 %/month is level whatever came before.
constexpr double kLevelSlope = 0.0025;
/// A log-slope over 0.75 %/month still grows whatever came before.
constexpr double kGrowingSlope = 0.0075;
/// Between the two, a slope under a third of the earlier growth rate has levelled off.
constexpr double kLevelShare = 1.0 / 3.0;
/// D: growth slowed to under half the rate before and after it is a pause between two rises.
constexpr double kPauseShare = 0.5;
/// Months over which a growth rate is measured (a launch step counts as fast growth).
constexpr int kRateWindow = 3;
/// C: the last month at least 3 % below the peak.
const double kDeclineDrop = -std::log(0.97);
/// D: a first rise and a second rise of at least 10 % each.
const double kRealRise = std::log(1.10);
/// A fitted curve spanning less than 4 % is level throughout.
const double kLevelRange = std::log(1.04);
/// Phases: after the peak, a month this far below it has lost users.
const double kDeclineBelowPeak = std::log(0.85);

bool usableSeries(std::span<const double> y)
{
    return y.size() >= kMinMonths
           && std::all_of(y.begin(), y.end(), [](double v) { return std::isfinite(v) && v >= 0; });
}

double tailMean(std::span<const double> v)
{
    const auto tail = v.last(std::min(kTailMonths, v.size()));
    return std::accumulate(tail.begin(), tail.end(), 0.0) / double(tail.size());
}

int argMax(const std::vector<double> &v)
{
    return int(std::max_element(v.begin(), v.end()) - v.begin());
}

/// 0 at or below a, 1 at or above b, linear in between: a soft threshold, so
/// that a series near a boundary gets a split score rather than a coin flip.
double ramp(double x, double a, double b)
{
    if (!(x > a))
        return 0.0;
    if (x >= b)
        return 1.0;
    return (x - a) / (b - a);
}

Direction directionOf(double slope, double threshold)
{
    if (slope >= threshold)
        return Direction::Rising;
    if (slope <= -threshold)
        return Direction::Falling;
    return Direction::Level;
}

/// The log-slope under which a stretch has levelled off, given the growth
/// rate before it: kLevelSlope at least, kGrowingSlope at most, else a third
/// of that rate.
double levelLimit(double earlierRate)
{
    return std::clamp(kLevelShare * earlierRate, kLevelSlope, kGrowingSlope);
}

/// A segmentation of the log users curve, read month by month.
class CurveReading
{
public:
    CurveReading(const Segmentation &s, int months)
        : m_s(s)
        , m_n(months)
    {
        m_values.reserve(size_t(months));
        m_growth.reserve(size_t(months));
        for (size_t j = 0; j < s.segments.size(); ++j) {
            const LineSegment &piece = s.segments[j];
            for (int t = piece.first; t <= piece.last; ++t) {
                m_values.push_back(piece.at(t));
                if (t == 0) {
                    m_growth.push_back(m_values.back());
                    continue;
                }
                // Between pieces, a step smaller than a real rise is the cut, not
                // growth: there the curve grows by the pieces' mean slope.
                const double step = m_values.back() - m_values[size_t(t) - 1];
                const bool cut = t == piece.first && std::abs(step) < kRealRise;
                m_growth.push_back(m_growth.back() + (cut ? (piece.slope + s.segments[j - 1].slope) / 2 : step));
            }
        }
    }

    double value(int t) const { return m_values[size_t(t)]; }
    const std::vector<double> &values() const { return m_values; }

    /// The steepest growth over kRateWindow months (fewer when the stretch is
    /// shorter) between months from and to; 0 when they are the same month.
    /// Steps between pieces count only when they are a real rise (a launch).
    double steepestRate(int from, int to) const
    {
        const int window = std::min(kRateWindow, to - from);
        double best = 0;
        for (int t = from; window > 0 && t + window <= to; ++t)
            best = std::max(best, (m_growth[size_t(t + window)] - m_growth[size_t(t)]) / window);
        return best;
    }

    int peak() const { return argMax(m_values); }

    /// C: the curve ends kDeclineDrop or more below its peak.
    bool declines() const { return value(peak()) - value(m_n - 1) >= kDeclineDrop; }

    /// The last piece still grows, against the level limit set by the growth before it.
    bool endRises() const
    {
        const LineSegment &tail = m_s.segments.back();
        return tail.slope > levelLimit(steepestRate(0, tail.first));
    }

    /// D: the growth rate dips — some kRateWindow months grow at under
    /// kPauseShare of the steepest rate before them and of the steepest after them —
    /// between a first rise of kRealRise and a second rise of kRealRise to the end.
    bool hasPlateau() const
    {
        const int windows = m_n - kRateWindow;
        if (windows < 3)
            return false;
        const size_t count = size_t(windows);
        std::vector<double> rate(count), before(count, 0.0), after(count, 0.0);
        for (int t = 0; t < windows; ++t)
            rate[size_t(t)] = (m_growth[size_t(t + kRateWindow)] - m_growth[size_t(t)]) / kRateWindow;
        for (int t = 1; t < windows; ++t)
            before[size_t(t)] = std::max(before[size_t(t) - 1], t >= kRateWindow ? rate[size_t(t - kRateWindow)] : 0.0);
        for (int t = windows - 2; t >= 0; --t)
            after[size_t(t)] = std::max(after[size_t(t) + 1],
                                        t + kRateWindow < windows ? rate[size_t(t + kRateWindow)] : 0.0);
        double lowest = value(0);
        for (int t = 0; t < windows; ++t) {
            lowest = std::min(lowest, value(t));
            if (rate[size_t(t)] < kPauseShare * std::min(before[size_t(t)], after[size_t(t)])
                && value(t) - lowest >= kRealRise && value(m_n - 1) - value(t + kRateWindow) >= kRealRise)
                return true;
        }
        return false;
    }

    /// C where the curve declines, else D where it renewed, else A where the end is level, else B.
    LifecycleType type() const
    {
        if (declines())
            return LifecycleType::Decline;
        if (hasPlateau())
            return LifecycleType::Renewal;
        return endRises() ? LifecycleType::Growth : LifecycleType::Mature;
    }

private:
    const Segmentation &m_s;
    int m_n;
    std::vector<double> m_values;
    std::vector<double> m_growth; // the values with small steps between pieces taken out
};

std::vector<LifecyclePhase> phasesOf(const LifecycleResult &r, const std::vector<double> &logFit,
                                     const std::vector<double> &slopes, double risingLimit)
{
    std::vector<LifecyclePhase> phases;
    phases.reserve(logFit.size());
    const double peakLevel = logFit[size_t(r.peakMonth)];
    bool grown = false;
    for (size_t t = 0; t < logFit.size(); ++t) {
        const bool belowPeak = int(t) > r.peakMonth && logFit[t] - peakLevel < kDeclineBelowPeak;
        const double share = std::exp(logFit[t] - peakLevel);
        if (slopes[t] <= -kLevelSlope || belowPeak) {
            phases.push_back(LifecyclePhase::Decline);
        } else if (slopes[t] >= risingLimit && (grown || share >= 0.1)) {
            phases.push_back(LifecyclePhase::Growth);
            grown = true;
        } else if (!grown && share < 0.5) {
            phases.push_back(LifecyclePhase::Introduction);
        } else {
            phases.push_back(LifecyclePhase::Maturity);
        }
    }
    return phases;
}

} // namespace

QChar lifecycleTypeLetter(LifecycleType type)
{
    return QChar(char16_t(u'A' + int(type)));
}

QChar consultationTypeLetter(ConsultationType type)
{
    return QChar(char16_t(u'A' + int(type)));
}

QChar campaignZoneLetter(CampaignZone zone)
{
    return zone == CampaignZone::None ? QChar(u'-') : QChar(char16_t(u'A' + int(zone) - 1));
}

LocalLinearFit localLinearFit(std::span<const double> y, int halfWindow)
{
    const int n = int(y.size());
    LocalLinearFit fit;
    fit.level.resize(y.size());
    fit.slope.resize(y.size());
    for (int t = 0; t < n; ++t) {
        const int a = std::max(0, t - halfWindow);
        const int b = std::min(n - 1, t + halfWindow);
        const double count = double(b - a + 1);
        const double sMean = (a + b) / 2.0;
        double yMean = 0;
        for (int s = a; s <= b; ++s)
            yMean += y[size_t(s)];
        yMean /= count;
        double sxy = 0, sxx = 0;
        for (int s = a; s <= b; ++s) {
            sxy += (s - sMean) * (y[size_t(s)] - yMean);
            sxx += (s - sMean) * (s - sMean);
        }
        const double slope = sxx > 0 ? sxy / sxx : 0.0;
        fit.slope[size_t(t)] = slope;
        fit.level[size_t(t)] = yMean + slope * (t - sMean);
    }
    return fit;
}

LifecycleResult classifyLifecycle(std::span<const double> monthlyUsers)
{
    LifecycleResult r;
    if (!usableSeries(monthlyUsers))
        return r;
    const double top = *std::max_element(monthlyUsers.begin(), monthlyUsers.end());
    if (!(top > 0))
        return r;
    const int n = int(monthlyUsers.size());

    std::vector<double> x;
    x.reserve(monthlyUsers.size());
    for (double v : monthlyUsers)
        x.push_back(std::log(std::max(v / top, kLowestShare)));
    SegmentationModel model{0, 3.0 * std::log(double(n)), kMinSegment, kMinLastSegment};
    // The noise: from third differences (which sharp bends inflate), then from
    // the residuals of the most probable cut at that noise, until it settles.
    double noise = std::max(kNoiseFloor, differenceNoise(x));
    Segmentation fit;
    for (int round = 0; round < kNoiseRounds; ++round) {
        model.noiseVariance = noise * noise;
        fit = mostProbableSegmentation(x, model);
        const double dof = std::max(1.0, double(n) - 2.0 * double(fit.segments.size()));
        const double next = std::max(kNoiseFloor, std::sqrt(fit.rss / dof));
        const bool settled = std::abs(next - noise) < 0.05 * noise;
        noise = next;
        if (settled)
            break;
    }
    model.noiseVariance = noise * noise;
    fit = mostProbableSegmentation(x, model);

    // The share of cuts and lines drawn from the posterior that read as each type.
    const SegmentationSampler sampler(x, model);
    // SplitMix64: tiny, fast, and the same numbers on every platform.
    quint64 state = kSampleSeed;
    const auto uniform = [&state] {
        quint64 z = (state += 0x9e3779b97f4a7c15ULL);
        z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
        z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
        z ^= z >> 31;
        return (double(z >> 11) + 0.5) / 9007199254740992.0;
    };
    for (int i = 0; i < kSamples; ++i)
        r.scores[size_t(CurveReading(sampler.sample(uniform), n).type())] += 1.0 / kSamples;

    const CurveReading reading(fit, n);
    const std::vector<double> &logFit = reading.values();
    std::vector<double> slopes;
    for (int t = 0; t < n; ++t)
        slopes.push_back(fit.segmentAt(t).slope);
    r.peakMonth = reading.peak();
    r.dropFromPeak = 1.0 - std::exp(logFit.back() - logFit[size_t(r.peakMonth)]);
    double steepest = 0;
    for (const LineSegment &piece : fit.segments)
        steepest = std::max(steepest, std::abs(piece.slope));
    const double risingLimit = levelLimit(reading.steepestRate(0, n - 1));
    for (int t = 0; t < n; ++t) {
        r.smoothed.push_back(std::exp(logFit[size_t(t)]));
        r.relativeSlope.push_back(steepest > 0 ? slopes[size_t(t)] / steepest : 0.0);
        const double slope = slopes[size_t(t)];
        r.direction.push_back(slope >= risingLimit ? Direction::Rising
                              : slope <= -kLevelSlope ? Direction::Falling
                                                      : Direction::Level);
    }
    r.phases = phasesOf(r, logFit, slopes, risingLimit);
    r.valid = true;

    const auto [lowest, highest] = std::minmax_element(logFit.begin(), logFit.end());
    if (*highest - *lowest < kLevelRange) {
        // Level throughout: mature, but the rise before it is not in the data.
        r.type = LifecycleType::Mature;
        r.scores = {0.5, 0.5 / 3, 0.5 / 3, 0.5 / 3};
        r.confidence = 0.5;
        return r;
    }
    const size_t type = size_t(std::max_element(r.scores.begin(), r.scores.end()) - r.scores.begin());
    r.type = LifecycleType(type);
    r.confidence = r.scores[type];
    return r;
}

ConsultationResult classifyConsultation(std::span<const double> monthlyConsultations)
{
    ConsultationResult r;
    if (!usableSeries(monthlyConsultations))
        return r;
    const std::vector<double> x(monthlyConsultations.begin(), monthlyConsultations.end());
    const size_t n = x.size();
    r.baseline = *std::min_element(x.begin(), x.end());
    r.peak = *std::max_element(x.begin(), x.end());
    if (!(r.peak > r.baseline))
        return r;
    const double height = r.peak - r.baseline;
    std::vector<double> z;
    z.reserve(n);
    for (double v : x)
        z.push_back((v - r.baseline) / height);
    r.peakMonth = argMax(z);
    const size_t p = size_t(r.peakMonth);

    // Half-height crossings on both sides of the peak, interpolated between months.
    size_t l = p;
    while (l > 0 && z[l - 1] >= 0.5)
        --l;
    const double left = l > 0 ? double(l - 1) + (0.5 - z[l - 1]) / (z[l] - z[l - 1]) : 0.0;
    size_t rr = p;
    while (rr + 1 < n && z[rr + 1] >= 0.5)
        ++rr;
    r.fallCompleted = rr + 1 < n;
    const double right = r.fallCompleted ? double(rr) + (z[rr] - 0.5) / (z[rr] - z[rr + 1]) : double(n - 1);
    r.waveWidth = right - left;
    r.riseMonths = double(p) - left;
    r.fallMonths = right - double(p);
    r.waveHeight = r.baseline > 0 ? r.peak / r.baseline : std::numeric_limits<double>::infinity();
    r.tailLevel = tailMean(z);
    r.favourableTrend = r.fallCompleted && r.riseMonths > r.fallMonths;

    const double c = ramp(r.tailLevel, 0.15, 0.35);
    const double b = (1 - c) * (1.0 - ramp(r.waveWidth, 2.5, 4.5));
    r.scores[size_t(ConsultationType::Sustained)] = c;
    r.scores[size_t(ConsultationType::Sharp)] = b;
    r.scores[size_t(ConsultationType::Gradual)] = 1.0 - c - b;
    const size_t best = size_t(std::max_element(r.scores.begin(), r.scores.end()) - r.scores.begin());
    r.type = ConsultationType(best);
    const double fallSeen = p + kTailMonths >= n ? 0.5 : 1.0;
    r.confidence = r.scores[best] * fallSeen * ramp(r.waveHeight, 1.1, 1.5);

    const LocalLinearFit fit = localLinearFit(z, kConsultationHalfWindow);
    r.direction.reserve(n);
    for (double s : fit.slope)
        r.direction.push_back(directionOf(s, kConsultationDirectionThreshold));
    r.valid = true;
    return r;
}

ConsultationRatioResult consultationRatio(std::span<const double> consultations, std::span<const double> users,
                                          double alpha)
{
    ConsultationRatioResult r;
    if (consultations.size() != users.size())
        return r;
    std::vector<double> months, ratios; // the months that have a ratio
    r.ratio.reserve(users.size());
    for (size_t t = 0; t < users.size(); ++t) {
        const bool usable = users[t] > 0 && std::isfinite(users[t]) && std::isfinite(consultations[t]);
        r.ratio.push_back(usable ? consultations[t] / users[t] : kNaN);
        if (usable) {
            months.push_back(double(t));
            ratios.push_back(r.ratio.back());
        }
    }
    if (ratios.size() < 3)
        return r;

    const double monthMean = mean(months);
    const double ratioMean = mean(ratios);
    double sxy = 0, sxx = 0;
    for (size_t i = 0; i < ratios.size(); ++i) {
        sxy += (months[i] - monthMean) * (ratios[i] - ratioMean);
        sxx += (months[i] - monthMean) * (months[i] - monthMean);
    }
    r.slope = sxy / sxx;
    r.relativeSlope = ratioMean != 0 ? r.slope / ratioMean : kNaN;
    const CorrelationResult corr = pearson(months, ratios);
    r.p = corr.p;
    if (corr.valid && corr.p < alpha)
        r.trend = r.slope > 0 ? Direction::Rising : Direction::Falling;
    r.valid = true;
    return r;
}

std::vector<CampaignZone> campaignZones(const LifecycleResult &users, const ConsultationResult &consultations)
{
    const size_t n = std::max(users.direction.size(), consultations.direction.size());
    const size_t both = std::min(users.direction.size(), consultations.direction.size());
    std::vector<CampaignZone> zones(n, CampaignZone::None);
    for (size_t t = 0; t < both; ++t) {
        const Direction u = users.direction[t];
        const Direction c = consultations.direction[t];
        if (c == Direction::Rising && u == Direction::Rising)
            zones[t] = CampaignZone::Attention;
        else if (c == Direction::Falling && u == Direction::Rising)
            zones[t] = CampaignZone::Conversion;
        else if (c == Direction::Falling && u == Direction::Level)
            zones[t] = CampaignZone::Spent;
    }
    return zones;
}

QString funnelRateName(FunnelStage stage)
{
    static constexpr QStringView names[] = {u"知晓率", u"认知率", u"认同率", u"认可率"};
    return names[size_t(stage)].toString();
}

FunnelRates averageFunnel(std::span<const FunnelRates> months)
{
    FunnelRates avg{};
    for (size_t stage = 0; stage < avg.size(); ++stage) {
        std::vector<double> values;
        values.reserve(months.size());
        for (const FunnelRates &m : months)
            values.push_back(m[stage]);
        avg[stage] = mean(values);
    }
    return avg;
}

QString ExperienceGap::label() const
{
    return funnelRateName(from) + u"->"_s + funnelRateName(to);
}

ExperienceGap experienceGap(const FunnelRates &rates)
{
    ExperienceGap gap;
    if (!std::all_of(rates.begin(), rates.end(), [](double v) { return std::isfinite(v); }))
        return gap;
    for (size_t i = 0; i + 1 < rates.size(); ++i) {
        const double drop = rates[i] - rates[i + 1];
        if (!gap.valid || drop > gap.drop) {
            gap.valid = true;
            gap.drop = drop;
            gap.from = FunnelStage(i);
            gap.to = FunnelStage(i + 1);
        }
    }
    return gap;
}

} // namespace cx
