#include "analytics/lifecycle.h"

#include <algorithm>
#include <cmath>
#include <numeric>

using namespace Qt::StringLiterals;

namespace cx {

namespace {

constexpr size_t kMinMonths = 6;
constexpr int kUsersHalfWindow = 2;
constexpr int kConsultationHalfWindow = 2;
constexpr size_t kTailMonths = 3;
/// |relative slope| from which a users month counts as rising or falling.
constexpr double kUsersDirectionThreshold = 0.3;
/// Share of the wave height per month from which consultations rise or fall.
constexpr double kConsultationDirectionThreshold = 0.03;
/// After the peak, a month this far below it has lost users: decline.
constexpr double kDeclineBelowPeak = 0.85;

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

Direction directionOf(double slope, double threshold)
{
    if (slope >= threshold)
        return Direction::Rising;
    if (slope <= -threshold)
        return Direction::Falling;
    return Direction::Level;
}

/// D: the best month where the curve is level after a first rise and before a
/// second one (see classifyLifecycle()).
double renewalScore(const std::vector<double> &level, const std::vector<double> &u, double range)
{
    const size_t n = level.size();
    double best = 0;
    double steepestBefore = u[0];
    double lowestBefore = level[0];
    for (size_t t = 1; t + 1 < n; ++t) {
        lowestBefore = std::min(lowestBefore, level[t]);
        const double highestAfter = *std::max_element(level.begin() + std::ptrdiff_t(t), level.end());
        const double score = std::min({1.0 - ramp(std::abs(u[t]), 0.2, 0.4),
                                       ramp(steepestBefore - u[t], 0.2, 0.4),
                                       ramp((level[t] - lowestBefore) / range, 0.1, 0.2),
                                       ramp((highestAfter - level[t]) / range, 0.15, 0.3)});
        best = std::max(best, score);
        steepestBefore = std::max(steepestBefore, u[t]);
    }
    return best;
}

std::vector<LifecyclePhase> phasesOf(const LifecycleResult &r)
{
    std::vector<LifecyclePhase> phases;
    phases.reserve(r.smoothed.size());
    const double peakLevel = r.smoothed[size_t(r.peakMonth)];
    bool grown = false;
    for (size_t t = 0; t < r.smoothed.size(); ++t) {
        const bool belowPeak = int(t) > r.peakMonth && r.smoothed[t] < kDeclineBelowPeak * peakLevel;
        if (r.direction[t] == Direction::Falling || belowPeak) {
            phases.push_back(LifecyclePhase::Decline);
        } else if (r.direction[t] == Direction::Rising) {
            phases.push_back(LifecyclePhase::Growth);
            grown = true;
        } else if (!grown && r.smoothed[t] < 0.5 * peakLevel) {
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

    std::vector<double> y(monthlyUsers.begin(), monthlyUsers.end());
    for (double &v : y)
        v /= top;
    LocalLinearFit fit = localLinearFit(y, kUsersHalfWindow);
    r.smoothed = std::move(fit.level);
    const auto [lowest, highest] = std::minmax_element(r.smoothed.begin(), r.smoothed.end());
    const double range = *highest - *lowest;
    r.peakMonth = argMax(r.smoothed);
    const double peakLevel = r.smoothed[size_t(r.peakMonth)];
    r.dropFromPeak = peakLevel > 0 ? 1.0 - r.smoothed.back() / peakLevel : 0.0;

    double steepest = 0;
    for (double s : fit.slope)
        steepest = std::max(steepest, std::abs(s));
    r.relativeSlope.reserve(y.size());
    r.direction.reserve(y.size());
    for (double s : fit.slope) {
        const double u = steepest > 0 ? s / steepest : 0.0;
        r.relativeSlope.push_back(u);
        r.direction.push_back(directionOf(u, kUsersDirectionThreshold));
    }
    r.phases = phasesOf(r);
    r.valid = true;

    if (range < 0.05 || !(steepest > 0)) {
        // Level throughout: mature, but the rise before it is not in the data.
        r.type = LifecycleType::Mature;
        r.scores = {0.5, 0.5 / 3, 0.5 / 3, 0.5 / 3};
        r.confidence = 0.5;
        return r;
    }

    const double c = ramp(r.dropFromPeak, 0.05, 0.15);
    const double d = renewalScore(r.smoothed, r.relativeSlope, range);
    const double a = 1.0 - ramp(tailMean(r.relativeSlope), 0.15, 0.3);
    r.scores[size_t(LifecycleType::Decline)] = c;
    r.scores[size_t(LifecycleType::Renewal)] = (1 - c) * d;
    r.scores[size_t(LifecycleType::Mature)] = (1 - c) * (1 - d) * a;
    r.scores[size_t(LifecycleType::Growth)] = (1 - c) * (1 - d) * (1 - a);
    const size_t best = size_t(std::max_element(r.scores.begin(), r.scores.end()) - r.scores.begin());
    r.type = LifecycleType(best);

    // Noise that is large against the movement of the curve makes any shape doubtful.
    double residual = 0;
    for (size_t t = 0; t < y.size(); ++t)
        residual += (y[t] - r.smoothed[t]) * (y[t] - r.smoothed[t]);
    const double residualSd = std::sqrt(residual / double(y.size()));
    r.confidence = r.scores[best] * (1.0 - ramp(residualSd / range, 0.05, 0.25));
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
