#include "demo/dayschedule.h"

#include "demo/democalendar.h"

#include <algorithm>

namespace cx::demo {

std::vector<std::uint64_t> cumulativeWeights(std::span<const std::uint64_t> weights)
{
    std::vector<std::uint64_t> cumulative;
    cumulative.reserve(weights.size());
    std::uint64_t sum = 0;
    for (std::uint64_t w : weights)
        cumulative.push_back(sum += w);
    return cumulative;
}

DaySchedule::DaySchedule(const std::array<std::int64_t, kDaysIn2024> &rowsPerDay)
    : m_rowsPerDay(rowsPerDay)
{
    const std::vector<std::uint64_t> hours(kHourWeights.begin(), kHourWeights.end());
    m_hourCumulative = cumulativeWeights(hours);
}

bool DaySchedule::advance(DemoRandom &rng)
{
    if (++m_index < m_seconds.size())
        return false;
    do {
        ++m_day;
    } while (m_rowsPerDay[std::size_t(m_day)] == 0);
    m_seconds.resize(std::size_t(m_rowsPerDay[std::size_t(m_day)]));
    for (std::int32_t &second : m_seconds)
        second = std::int32_t(rng.cumulative(m_hourCumulative)) * 3600 + std::int32_t(rng.below(3600));
    std::sort(m_seconds.begin(), m_seconds.end());
    m_index = 0;
    const int month = civilFromDays(kEpoch2024 + m_day).month - 1;
    const bool newMonth = month != m_month;
    m_month = month;
    return newMonth;
}

int drawFromRemaining(DemoRandom &rng, std::span<std::int64_t> remaining)
{
    std::int64_t left = 0;
    for (std::int64_t n : remaining)
        left += n;
    auto pick = std::int64_t(rng.below(std::uint64_t(left)));
    std::size_t i = 0;
    while (pick >= remaining[i])
        pick -= remaining[i++];
    --remaining[i];
    return int(i);
}

} // namespace cx::demo
