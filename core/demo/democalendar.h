#pragma once

#include <cstdint>

namespace cx::demo {

/// A civil date.
struct CivilDate
{
    int year;
    int month; ///< 1..12
    int day;   ///< 1..31
};

/// Days since 1970-01-01 of a civil date (proleptic Gregorian, integer only).
constexpr std::int64_t daysFromCivil(int y, int m, int d)
{
    y -= m <= 2;
    const std::int64_t era = (y >= 0 ? y : y - 399) / 400;
    const int yoe = int(y - era * 400);
    const int doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    const int doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}

/// Civil date of a count of days since 1970-01-01.
constexpr CivilDate civilFromDays(std::int64_t z)
{
    z += 719468;
    const std::int64_t era = (z >= 0 ? z : z - 146096) / 146097;
    const int doe = int(z - era * 146097);
    const int yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const int doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const int mp = (5 * doy + 2) / 153;
    const int d = doy - (153 * mp + 2) / 5 + 1;
    const int m = mp < 10 ? mp + 3 : mp - 9;
    return {int(yoe + era * 400) + (m <= 2), m, d};
}

inline constexpr std::int64_t kEpoch2024 = daysFromCivil(2024, 1, 1);
/// Excel serial day number of 2024-01-01 (1900 date system).
inline constexpr std::int64_t kExcelSerial2024 = kEpoch2024 - daysFromCivil(1899, 12, 30);

/// Days in a month of 2024 (month 0..11).
constexpr int daysInMonth2024(int month)
{
    constexpr int days[12]{31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    return days[month];
}

/// Index (0..365) of the first day of a month of 2024 (month 0..11).
constexpr int firstDayOfMonth2024(int month)
{
    int day = 0;
    for (int m = 0; m < month; ++m)
        day += daysInMonth2024(m);
    return day;
}

/// Day of week of a day of 2024: 0 Monday .. 6 Sunday (2024-01-01 was a Monday).
constexpr int weekday2024(int dayOfYear)
{
    return dayOfYear % 7;
}

static_assert(kExcelSerial2024 == 45292);
static_assert(civilFromDays(kEpoch2024 + 59).month == 2 && civilFromDays(kEpoch2024 + 59).day == 29);

} // namespace cx::demo
