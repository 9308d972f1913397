#include "demo/demoworld.h"

#include "demo/demorandom.h"

#include <algorithm>
#include <cmath>
#include <numeric>
#include <string_view>

namespace cx::demo {

namespace {

constexpr double kLastMonth = kHistoryMonths - 1;

// Quartic bump: 1 at 0, falling smoothly to 0 at |x| = 1.
double bump(double x)
{
    if (x <= -1.0 || x >= 1.0)
        return 0.0;
    const double s = 1.0 - x * x;
    return s * s;
}

double usersShape(const ProductDef &p, double t)
{
    const double peak = p.peakMonth;
    switch (p.lifecycle) {
    case Lifecycle::Mature:
        return 1.0 + p.rise * smoothStep(0.0, peak, t);
    case Lifecycle::Growth: {
        const double x = t / kLastMonth;
        return 1.0 + p.rise * (0.55 * x + 0.45 * x * x);
    }
    case Lifecycle::Decline:
        if (t <= peak)
            return 1.0 + p.rise * smoothStep(0.0, peak, t);
        return (1.0 + p.rise) * (1.0 - p.secondRise * (t - peak) / (kLastMonth - peak));
    case Lifecycle::Newborn:
        return 1.0 + p.rise * smoothStep(0.0, peak, t) + p.secondRise * smoothStep(peak + 8.0, kLastMonth, t);
    }
    return 1.0;
}

double consultShape(const ProductDef &p, double t)
{
    const double peak = p.consultPeak;
    switch (p.consultCycle) {
    case ConsultCycle::Gradual:
        return 1.0 + 3.0 * bump((t - peak) / 7.0);
    case ConsultCycle::Sharp:
        return 1.0 + 9.0 * bump((t - peak) / 2.2);
    case ConsultCycle::StaysHigh:
        return 1.0 + 3.0 * smoothStep(peak - 8.0, peak, t) * (1.0 - 0.4 * smoothStep(peak, kLastMonth, t));
    }
    return 1.0;
}

// Normal drops between consecutive funnel rates, and the one chosen gap.
constexpr double kNormalDrop = 8.0;
constexpr double kGapDrop = 29.0;

} // namespace

double smoothStep(double from, double to, double t)
{
    double x = (t - from) / (to - from);
    x = std::clamp(x, 0.0, 1.0);
    return x * x * (3.0 - 2.0 * x);
}

std::vector<std::int64_t> allocateProportionally(std::int64_t total, std::span<const std::int64_t> weights)
{
    std::vector<std::int64_t> parts(weights.size(), 0);
    const std::int64_t sum = std::accumulate(weights.begin(), weights.end(), std::int64_t(0));
    if (sum <= 0 || total <= 0)
        return parts;
    std::vector<std::pair<std::int64_t, std::size_t>> remainders;
    remainders.reserve(weights.size());
    std::int64_t assigned = 0;
    for (std::size_t i = 0; i < weights.size(); ++i) {
        // total * weight stays far below 2^63 for the demo's bounds (1e8 * 2e9).
        const std::int64_t scaled = total * weights[i];
        parts[i] = scaled / sum;
        assigned += parts[i];
        remainders.emplace_back(scaled % sum, i);
    }
    std::stable_sort(remainders.begin(), remainders.end(),
                     [](const auto &a, const auto &b) { return a.first > b.first; });
    for (std::size_t k = 0; assigned < total; ++k, ++assigned)
        ++parts[remainders[k % remainders.size()].second];
    return parts;
}

DemoWorld::DemoWorld(std::uint64_t seed)
{
    buildUsers(seed);
    buildConsultations(seed);
    buildFunnel(seed);
    buildIndicators(seed);
}

std::int64_t DemoWorld::complaintWeight(int product, int month) const
{
    return std::llround(double(m_users[product][month]) * kProducts[product].complaintsPer10k);
}

void DemoWorld::buildUsers(std::uint64_t seed)
{
    DemoRandom rng(mix64(seed ^ 0x5553455253ULL));
    for (int p = 0; p < kProductCount; ++p) {
        const ProductDef &def = kProducts[p];
        for (int t = 0; t < kHistoryMonths; ++t) {
            const double noise = 1.0 + 0.02 * rng.symmetric();
            m_users[p][t] = std::llround(def.users0 * usersShape(def, t) * noise);
        }
        // New and churned users reconcile month to month; churn absorbs any fall.
        for (int t = 0; t < kHistoryMonths; ++t) {
            const std::int64_t before = t == 0 ? m_users[p][0] : m_users[p][t - 1];
            std::int64_t churn = std::llround(double(before) * def.churnRate * (1.0 + 0.1 * rng.symmetric()));
            std::int64_t added = m_users[p][t] - before + churn;
            if (added < 0) {
                churn -= added;
                added = 0;
            }
            m_newUsers[p][t] = added;
            m_churned[p][t] = churn;
        }
    }
}

void DemoWorld::buildConsultations(std::uint64_t seed)
{
    DemoRandom rng(mix64(seed ^ 0x434f4e53554cULL));
    for (int p = 0; p < kProductCount; ++p) {
        const ProductDef &def = kProducts[p];
        const double base = def.users0 * 0.004;
        for (int t = 0; t < kHistoryMonths; ++t) {
            const double noise = 1.0 + 0.02 * rng.symmetric();
            m_consultations[p][t] = std::llround(base * consultShape(def, t) * noise);
        }
    }
}

void DemoWorld::buildFunnel(std::uint64_t seed)
{
    DemoRandom rng(mix64(seed ^ 0x46554e4e454cULL));
    for (int p = 0; p < kProductCount; ++p) {
        const ProductDef &def = kProducts[p];
        for (int m = 0; m < kYearMonths; ++m) {
            std::array<double, 4> &rates = m_funnel[p][m];
            rates[0] = def.awareness + 2.5 * rng.symmetric();
            for (int step = 0; step < 3; ++step) {
                const double drop = (step == def.funnelGap ? kGapDrop : kNormalDrop + 0.8 * step)
                                    + 2.0 * rng.symmetric();
                rates[step + 1] = rates[step] - drop;
            }
        }
    }
}

void DemoWorld::buildIndicators(std::uint64_t seed)
{
    DemoRandom rng(mix64(seed ^ 0x494e444943ULL));
    m_indicatorValues.assign(kIndicators.size() * kYearMonths * kCityCount, 0.0);
    for (std::size_t i = 0; i < kIndicators.size(); ++i) {
        const IndicatorDef &def = kIndicators[i];
        if (def.level == IndicatorLevel::Element)
            continue;
        // Every value stays on the good side of the target: the city effect
        // moves at most 0.3 and the noise at most 0.6 of the margin.
        const double margin = std::abs(def.typical - def.target);
        const double better = def.higherIsBetter ? 1.0 : -1.0;
        for (int m = 0; m < kYearMonths; ++m) {
            for (int c = 0; c < kCityCount; ++c) {
                double value = def.typical
                               + better * (0.3 * margin * kCities[c].quality / 100.0 + 0.1 * margin * rng.normal());
                if (def.unit == std::u16string_view(u"%"))
                    value = std::min(value, 100.0);
                if (def.plantedMiss != 0.0 && m == kPlantedMonth && c == kPlantedCity)
                    value = def.plantedMiss;
                m_indicatorValues[(i * kYearMonths + std::size_t(m)) * kCityCount + std::size_t(c)] = value;
            }
        }
    }
}

double DemoWorld::indicatorValue(int indicator, int month, int city) const
{
    return m_indicatorValues[(std::size_t(indicator) * kYearMonths + std::size_t(month)) * kCityCount
                             + std::size_t(city)];
}

} // namespace cx::demo
