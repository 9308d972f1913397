#pragma once

#include "demo/dayschedule.h"
#include "demo/demodata.h"
#include "demo/demorandom.h"

#include <array>
#include <cstdint>
#include <vector>

namespace cx::demo {

class DemoWorld;

/// How many complaints fall in each product, month and day of 2024. Fixed
/// before any row is written, so files and truth agree exactly.
struct ComplaintPlan
{
    std::int64_t total = 0;
    std::int64_t spikeExtra = 0; ///< extra rows of the planted cell in the planted month
    std::array<std::array<std::int64_t, kYearMonths>, kProductCount> productMonth{}; ///< spike included
    std::array<std::int64_t, kYearMonths> month{};
    std::array<std::int64_t, kDaysIn2024> day{};

    /// Month (0..11) of the row with the given index in time order.
    int monthOfRow(std::int64_t row) const;
};

/// Plans total complaints following each product's users and complaint rate.
ComplaintPlan planComplaints(const DemoWorld &world, std::int64_t total);

/// One complaint work order, as indexes into the vocabulary of demodata.h.
struct ComplaintRecord
{
    std::int32_t day = 0;          ///< day of 2024 (0..365)
    std::int32_t second = 0;       ///< second of the day
    std::int32_t serial = 0;       ///< 7-digit part of 工单流水号, unique within the day
    std::int32_t handlingTenths = 0;
    std::uint16_t phoneTail = 0;
    std::uint8_t phonePrefix = 0;
    std::uint8_t channel = 0;
    std::uint8_t star = 0;
    std::uint8_t city = 0;
    std::uint8_t district = 0;
    std::uint8_t grid = 0;         ///< 1-based
    std::uint8_t product = 0;
    std::uint8_t category = 0;
    std::uint8_t text = 0;         ///< index into the category's texts
    std::uint8_t followUp = 0;     ///< 0: none, else 1 + index into kFollowUps
    std::uint8_t callCount = 0;    ///< 0: none, else "已经是第N次来电"
    std::uint8_t result = 0;
    std::uint8_t visit = 0;
    bool repeated = false;
    bool escalated = false;
};

/// Counts of the generated unique complaints, for demo_truth.json.
struct ComplaintTally
{
    std::array<std::int64_t, kStageCount> byStage{};
    std::array<std::int64_t, kCategoryCount> byCategory{};
    std::int64_t spikeCell = 0;         ///< planted cell in the planted month
    std::int64_t spikeCellBefore = 0;   ///< planted cell in the month before
};

/// Generates the planned complaints one by one in time order, in constant
/// memory (one day's timestamps at a time).
class ComplaintStream
{
public:
    ComplaintStream(const ComplaintPlan &plan, std::uint64_t seed);

    bool atEnd() const { return m_emitted >= m_plan.total; }
    /// The next complaint; only valid while !atEnd().
    const ComplaintRecord &next();
    std::int64_t emitted() const { return m_emitted; }
    const ComplaintTally &tally() const { return m_tally; }

    /// Number of grid cells of a district.
    static int gridCount(int city, int district);

private:
    void startMonth();
    void chooseProductAndPlace(ComplaintRecord &r);
    void fillDetails(ComplaintRecord &r);
    std::int32_t serialFor(std::int64_t indexInDay) const;

    const ComplaintPlan &m_plan;
    DemoRandom m_rng;
    std::uint64_t m_seed;
    DaySchedule m_schedule;
    ComplaintRecord m_record;
    ComplaintTally m_tally;
    std::int64_t m_emitted = 0;

    std::array<std::int64_t, kProductCount> m_productLeft{};
    std::int64_t m_spikeLeft = 0;
    std::int64_t m_monthLeft = 0;

    std::array<std::vector<std::uint64_t>, kProductCount> m_categoryCumulative;
    std::array<std::vector<std::uint64_t>, kCityCount> m_districtCumulative;
    std::vector<std::uint64_t> m_cityCumulative;
    std::array<std::vector<std::uint8_t>, kCategoryCount * kProductCount> m_eligibleTexts;
};

} // namespace cx::demo
