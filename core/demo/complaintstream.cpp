#include "demo/complaintstream.h"

#include "demo/democalendar.h"
#include "demo/demoworld.h"

#include <algorithm>

namespace cx::demo {

namespace {

constexpr std::int32_t kSerialSpace = 10'000'000;

// Relative complaint volume of a day: fewer on weekends and public holidays.
std::int64_t dayWeight(int dayOfYear)
{
    static constexpr std::int64_t kWeekday[7]{110, 105, 100, 100, 100, 90, 85};
    const CivilDate date = civilFromDays(kEpoch2024 + dayOfYear);
    if (date.month == 2 && date.day >= 10 && date.day <= 17)
        return 70; // 春节
    if (date.month == 10 && date.day <= 7)
        return 75; // 国庆
    if (date.month == 5 && date.day <= 5)
        return 85; // 劳动节
    return kWeekday[weekday2024(dayOfYear)];
}

} // namespace

int ComplaintPlan::monthOfRow(std::int64_t row) const
{
    std::int64_t seen = 0;
    for (int m = 0; m < kYearMonths; ++m) {
        seen += month[m];
        if (row < seen)
            return m;
    }
    return kYearMonths - 1;
}

ComplaintPlan planComplaints(const DemoWorld &world, std::int64_t total)
{
    ComplaintPlan plan;
    plan.total = total;
    // The spike is large against its cell (a few rows a month) but small
    // against the whole: 0.5% of all complaints, none for tiny demos.
    plan.spikeExtra = total / 200;

    std::vector<std::int64_t> weights;
    weights.reserve(kProductCount * kYearMonths);
    for (int p = 0; p < kProductCount; ++p)
        for (int m = 0; m < kYearMonths; ++m)
            weights.push_back(world.complaintWeight(p, kFirstYearMonth + m));
    const std::vector<std::int64_t> cells = allocateProportionally(total - plan.spikeExtra, weights);
    for (int p = 0; p < kProductCount; ++p)
        for (int m = 0; m < kYearMonths; ++m)
            plan.productMonth[p][m] = cells[std::size_t(p * kYearMonths + m)];
    plan.productMonth[kPlantedProduct][kPlantedMonth] += plan.spikeExtra;

    for (int m = 0; m < kYearMonths; ++m) {
        for (int p = 0; p < kProductCount; ++p)
            plan.month[m] += plan.productMonth[p][m];
        const int first = firstDayOfMonth2024(m);
        std::vector<std::int64_t> dayWeights;
        for (int d = 0; d < daysInMonth2024(m); ++d)
            dayWeights.push_back(dayWeight(first + d));
        const std::vector<std::int64_t> days = allocateProportionally(plan.month[m], dayWeights);
        for (int d = 0; d < daysInMonth2024(m); ++d)
            plan.day[std::size_t(first + d)] = days[std::size_t(d)];
    }
    return plan;
}

ComplaintStream::ComplaintStream(const ComplaintPlan &plan, std::uint64_t seed)
    : m_plan(plan)
    , m_rng(mix64(seed ^ 0x434f4d504cULL))
    , m_seed(seed)
    , m_schedule(plan.day)
{
    for (int p = 0; p < kProductCount; ++p) {
        std::vector<std::uint64_t> weights;
        for (int c = 0; c < kCategoryCount; ++c) {
            std::uint64_t percent = 100;
            for (const CategoryAffinity &a : kProducts[p].affinities)
                if (a.category == c)
                    percent = a.percent;
            weights.push_back(kCategories[c].weight * percent);
        }
        m_categoryCumulative[p] = cumulativeWeights(weights);
    }
    std::vector<std::uint64_t> cityWeights;
    for (int c = 0; c < kCityCount; ++c) {
        cityWeights.push_back(kCities[c].weight);
        const std::size_t n = kCities[c].districts.size();
        std::vector<std::uint64_t> districtWeights;
        for (std::size_t d = 0; d < n; ++d)
            districtWeights.push_back(n - d + 3); // central districts first, a little busier
        m_districtCumulative[c] = cumulativeWeights(districtWeights);
    }
    m_cityCumulative = cumulativeWeights(cityWeights);
    for (int c = 0; c < kCategoryCount; ++c) {
        for (int p = 0; p < kProductCount; ++p) {
            std::vector<std::uint8_t> &eligible = m_eligibleTexts[std::size_t(c * kProductCount + p)];
            const auto &texts = kCategories[c].texts;
            for (std::size_t t = 0; t < texts.size(); ++t)
                if (texts[t].onlyProduct < 0 || texts[t].onlyProduct == p)
                    eligible.push_back(std::uint8_t(t));
        }
    }
}

int ComplaintStream::gridCount(int city, int district)
{
    return 6 + (district * 5 + city * 3) % 9;
}

void ComplaintStream::startMonth()
{
    const int month = m_schedule.month();
    for (int p = 0; p < kProductCount; ++p)
        m_productLeft[p] = m_plan.productMonth[p][month];
    m_spikeLeft = month == kPlantedMonth ? m_plan.spikeExtra : 0;
    m_productLeft[kPlantedProduct] -= m_spikeLeft;
    m_monthLeft = m_plan.month[month];
}

std::int32_t ComplaintStream::serialFor(std::int64_t indexInDay) const
{
    // A keyed 24-bit Feistel permutation with cycle walking maps the row's
    // index in its day to a distinct 7-digit number that looks random.
    const std::uint64_t key = mix64(m_seed ^ (std::uint64_t(m_schedule.day() + 1) * 0x9e3779b97f4a7c15ULL));
    auto x = std::uint32_t(indexInDay);
    do {
        std::uint32_t left = x >> 12;
        std::uint32_t right = x & 0xfffu;
        for (std::uint64_t round = 0; round < 4; ++round) {
            const auto f = std::uint32_t(mix64(key + round * 0x1000193ULL + right)) & 0xfffu;
            const std::uint32_t newLeft = right;
            right = left ^ f;
            left = newLeft;
        }
        x = (left << 12) | right;
    } while (x >= std::uint32_t(kSerialSpace));
    return std::int32_t(x);
}

void ComplaintStream::chooseProductAndPlace(ComplaintRecord &r)
{
    const bool spike = m_spikeLeft > 0 && std::int64_t(m_rng.below(std::uint64_t(m_monthLeft))) < m_spikeLeft;
    --m_monthLeft;
    if (spike) {
        --m_spikeLeft;
        r.product = kPlantedProduct;
        r.city = kPlantedCity;
        r.category = kPlantedCategory;
    } else {
        const int p = drawFromRemaining(m_rng, m_productLeft);
        r.product = std::uint8_t(p);
        r.city = std::uint8_t(m_rng.cumulative(m_cityCumulative));
        r.category = std::uint8_t(m_rng.cumulative(m_categoryCumulative[p]));
    }
    r.district = std::uint8_t(m_rng.cumulative(m_districtCumulative[r.city]));
    r.grid = std::uint8_t(1 + m_rng.below(std::uint64_t(gridCount(r.city, r.district))));
}

void ComplaintStream::fillDetails(ComplaintRecord &r)
{
    static const auto weightsOf = [](const auto &table) {
        std::vector<std::uint32_t> weights;
        for (const Weighted &w : table)
            weights.push_back(w.weight);
        return weights;
    };
    static const std::vector<std::uint32_t> channelWeights = weightsOf(kChannels);
    static const std::vector<std::uint32_t> starWeights = weightsOf(kStarLevels);
    static const std::vector<std::uint32_t> resultWeights = weightsOf(kResults);
    static const std::vector<std::uint32_t> followUpWeights = weightsOf(kFollowUps);

    const std::vector<std::uint8_t> &texts = m_eligibleTexts[std::size_t(r.category * kProductCount + r.product)];
    r.text = texts[m_rng.below(texts.size())];
    r.channel = std::uint8_t(m_rng.weighted(channelWeights));
    r.star = std::uint8_t(m_rng.weighted(starWeights));
    r.phonePrefix = std::uint8_t(m_rng.below(kPhonePrefixes.size()));
    r.phoneTail = std::uint16_t(m_rng.below(10000));
    r.followUp = m_rng.chancePerMille(130) ? std::uint8_t(1 + m_rng.weighted(followUpWeights)) : 0;
    r.repeated = m_rng.chancePerMille(110);
    r.callCount = r.repeated && m_rng.chancePerMille(550) ? std::uint8_t(m_rng.between(2, 5)) : 0;
    const bool regulator = r.channel == std::uint8_t(kChannels.size() - 1);
    r.escalated = m_rng.chancePerMille(regulator ? 450 : 30);
    r.result = std::uint8_t(m_rng.weighted(resultWeights));
    r.visit = std::uint8_t(m_rng.weighted(kVisitByResult[r.result]));

    // Handling time around the owner department's median, with a long tail.
    const double typical = kDepartmentHandlingTenths[std::size_t(kCategories[r.category].department)];
    const double u = 0.5 * (m_rng.uniform() + m_rng.uniform());
    double tenths = typical * (0.3 + 1.4 * u);
    if (m_rng.chancePerMille(50))
        tenths += typical * 3.0 * m_rng.uniform();
    r.handlingTenths = std::max<std::int32_t>(1, std::int32_t(tenths));
}

const ComplaintRecord &ComplaintStream::next()
{
    if (m_schedule.advance(m_rng))
        startMonth();
    ComplaintRecord &r = m_record;
    r.day = m_schedule.day();
    r.second = m_schedule.second();
    r.serial = serialFor(m_schedule.indexInDay());
    chooseProductAndPlace(r);
    fillDetails(r);

    ++m_tally.byStage[std::size_t(kCategories[r.category].stage)];
    ++m_tally.byCategory[r.category];
    if (r.product == kPlantedProduct && r.city == kPlantedCity && r.category == kPlantedCategory) {
        if (m_schedule.month() == kPlantedMonth)
            ++m_tally.spikeCell;
        else if (m_schedule.month() == kPlantedMonth - 1)
            ++m_tally.spikeCellBefore;
    }
    ++m_emitted;
    return r;
}

} // namespace cx::demo
