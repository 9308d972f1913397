#pragma once

#include "demo/demodata.h"
#include "demo/demorandom.h"

#include <array>
#include <cstdint>
#include <span>
#include <vector>

namespace cx::demo {

/// Walks the rows planned for each day of 2024 in time order, giving each
/// row a random time of day (sorted within the day, busier in office hours).
/// Holds one day's times at a time, so memory does not grow with the rows.
class DaySchedule
{
public:
    explicit DaySchedule(const std::array<std::int64_t, kDaysIn2024> &rowsPerDay);

    /// Moves to the next row; true when that row starts a new month. Call it
    /// at most as many times as rows are planned.
    bool advance(DemoRandom &rng);

    int day() const { return m_day; }       ///< day of 2024 (0..365)
    int month() const { return m_month; }   ///< month of 2024 (0..11)
    std::int32_t second() const { return m_seconds[m_index]; }
    std::int64_t indexInDay() const { return std::int64_t(m_index); }

private:
    const std::array<std::int64_t, kDaysIn2024> &m_rowsPerDay;
    std::vector<std::uint64_t> m_hourCumulative;
    std::vector<std::int32_t> m_seconds;
    std::size_t m_index = 0;
    int m_day = -1;
    int m_month = -1;
};

/// Draws an index with probability proportional to the counts left and
/// takes one from it, so the drawn counts match the plan exactly.
int drawFromRemaining(DemoRandom &rng, std::span<std::int64_t> remaining);

/// Cumulative sums of weights, for DemoRandom::cumulative().
std::vector<std::uint64_t> cumulativeWeights(std::span<const std::uint64_t> weights);

} // namespace cx::demo
