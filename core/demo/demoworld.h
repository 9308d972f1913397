#pragma once

#include "demo/demodata.h"

#include <array>
#include <cstdint>
#include <span>
#include <vector>

namespace cx::demo {

/// The monthly state of the demo province: users and consultations per
/// product (2023-01..2024-12), funnel rates per product (2024) and indicator
/// actuals per indicator, month and city (2024), all derived from the seed
/// and the planted patterns in demodata.h.
class DemoWorld
{
public:
    explicit DemoWorld(std::uint64_t seed);

    /// Users of a product in a month of the history (0 = 2023-01 .. 23 = 2024-12).
    std::int64_t users(int product, int month) const { return m_users[product][month]; }
    std::int64_t newUsers(int product, int month) const { return m_newUsers[product][month]; }
    std::int64_t churnedUsers(int product, int month) const { return m_churned[product][month]; }
    std::int64_t consultations(int product, int month) const { return m_consultations[product][month]; }

    /// Relative complaint volume of a product in a month of the history.
    std::int64_t complaintWeight(int product, int month) const;

    /// Funnel rates (知晓率, 认知率, 认同率, 认可率, in %) of a product in a month of 2024.
    const std::array<double, 4> &funnel(int product, int month) const { return m_funnel[product][month]; }

    /// Actual value of a KEI/KOI (index into kIndicators) in a month of 2024 and a city.
    double indicatorValue(int indicator, int month, int city) const;

private:
    void buildUsers(std::uint64_t seed);
    void buildConsultations(std::uint64_t seed);
    void buildFunnel(std::uint64_t seed);
    void buildIndicators(std::uint64_t seed);

    using Series = std::array<std::int64_t, kHistoryMonths>;
    std::array<Series, kProductCount> m_users{};
    std::array<Series, kProductCount> m_newUsers{};
    std::array<Series, kProductCount> m_churned{};
    std::array<Series, kProductCount> m_consultations{};
    std::array<std::array<std::array<double, 4>, kYearMonths>, kProductCount> m_funnel{};
    std::vector<double> m_indicatorValues; ///< [indicator][month][city]
};

/// Splits total into parts proportional to integer weights (largest
/// remainder, ties to the lower index); the parts add up to total exactly.
std::vector<std::int64_t> allocateProportionally(std::int64_t total, std::span<const std::int64_t> weights);

/// Cubic ease from 0 (t <= from) to 1 (t >= to).
double smoothStep(double from, double to, double t);

} // namespace cx::demo
