#pragma once

#include <array>
#include <cstdint>
#include <span>

namespace cx::demo {

// The fixed vocabulary of the demo province (广东) and its planted patterns.
// Everything here is plain data; the random parts live in DemoWorld and the
// row streams.

inline constexpr int kProductCount = 10;
inline constexpr int kCityCount = 12;
inline constexpr int kCategoryCount = 16;
inline constexpr int kStageCount = 7;        ///< journey stages, 续订退订 last
inline constexpr int kSurveyStageCount = 6;  ///< stages with a survey question
inline constexpr int kDepartmentCount = 7;
inline constexpr int kHistoryMonths = 24;    ///< 2023-01 .. 2024-12
inline constexpr int kYearMonths = 12;       ///< 2024-01 .. 2024-12
inline constexpr int kFirstYearMonth = 12;   ///< index of 2024-01 in the history
inline constexpr int kDaysIn2024 = 366;

/// Journey stage names, in journey order.
extern const std::array<const char16_t *, kStageCount> kStages;
/// Owner departments.
extern const std::array<const char16_t *, kDepartmentCount> kDepartments;

/// Lifecycle curve type of the users series (A 成熟, B 成长, C 衰退, D 新生).
enum class Lifecycle { Mature, Growth, Decline, Newborn };
/// Consultation cycle type (A gradual, B sharp, C slow and stays high).
enum class ConsultCycle { Gradual, Sharp, StaysHigh };

struct CategoryAffinity
{
    int category;
    std::uint32_t percent; ///< multiplier of the category's base weight, in percent
};

struct ProductDef
{
    const char16_t *name;
    Lifecycle lifecycle;
    ConsultCycle consultCycle;
    int consultPeak;          ///< month index (0..23) where the consultation wave peaks
    int funnelGap;            ///< 0: 知晓率->认知率, 1: 认知率->认同率, 2: 认同率->认可率
    double users0;            ///< users in 2023-01
    double rise;              ///< relative rise of the (first) growth
    double secondRise;        ///< Newborn: relative rise of the second growth; Decline: share lost
    int peakMonth;            ///< end of the first rise (month index)
    double complaintsPer10k;  ///< monthly complaints per 10,000 users
    double churnRate;         ///< monthly share of users lost
    double satisfaction;      ///< mean latent satisfaction (1-10)
    double awareness;         ///< mean 知晓率 (%)
    std::span<const CategoryAffinity> affinities;
};
extern const std::array<ProductDef, kProductCount> kProducts;

struct CityDef
{
    const char16_t *name;
    std::uint32_t weight;  ///< share of complaints and responses
    int quality;           ///< -100..100: better indicators and satisfaction
    std::span<const char16_t *const> districts;
};
extern const std::array<CityDef, kCityCount> kCities;

/// A complaint text template; {P} product, {C} city, {D} district.
struct TextTemplate
{
    const char16_t *text;
    int onlyProduct = -1; ///< -1: any product
};

struct CategoryDef
{
    const char16_t *level1;
    const char16_t *level2;
    const char16_t *level3;
    int stage;
    int department;
    std::uint32_t weight;     ///< base share (per 10,000)
    std::span<const TextTemplate> texts;
};
extern const std::array<CategoryDef, kCategoryCount> kCategories;

/// Median handling time per department, in tenths of an hour.
extern const std::array<int, kDepartmentCount> kDepartmentHandlingTenths;

struct Weighted
{
    const char16_t *name;
    std::uint32_t weight;
};
extern const std::array<Weighted, 7> kChannels;
extern const std::array<Weighted, 8> kStarLevels;
extern const std::array<Weighted, 4> kResults;
extern const std::array<const char16_t *, 3> kVisitRatings;       ///< 满意, 基本满意, 不满意
extern const std::array<std::array<std::uint32_t, 3>, 4> kVisitByResult;
extern const std::array<Weighted, 3> kFollowUps;                  ///< second lines of 投诉内容
extern const std::array<std::uint16_t, 22> kPhonePrefixes;
extern const std::array<std::uint32_t, 24> kHourWeights;

// --- Kano ---------------------------------------------------------------
/// Kano classes in the order of kKanoClassLetters.
enum KanoClass { KanoA, KanoO, KanoM, KanoI, KanoR, KanoQ, KanoClassCount };
extern const std::array<const char16_t *, KanoClassCount> kKanoClassLetters;
/// Answers, in the order of the standard table: 我喜欢 理所当然 无所谓 能忍受 我不喜欢.
extern const std::array<const char16_t *, 5> kKanoAnswers;
/// The standard 5x5 evaluation table [functional][dysfunctional].
extern const std::array<std::array<KanoClass, 5>, 5> kKanoTable;

struct KanoFeature
{
    const char16_t *name;
    KanoClass trueClass;
    std::array<std::uint32_t, KanoClassCount> mixPercent; ///< respondents' class mix
};
extern const std::array<KanoFeature, 8> kKanoFeatures;

// --- Indicators -----------------------------------------------------------
enum class IndicatorLevel { Element, Kei, Koi };

struct IndicatorDef
{
    const char16_t *code;
    const char16_t *name;
    IndicatorLevel level;
    const char16_t *parent;   ///< empty for perception elements
    int department;
    const char16_t *unit;
    double target;            ///< meaningless for perception elements
    bool higherIsBetter;
    int decimals;
    double typical;           ///< usual value, on the good side of the target
    double plantedMiss;       ///< value in the planted month and city (0: not planted)
};
extern const std::array<IndicatorDef, 35> kIndicators;

// --- Survey ---------------------------------------------------------------
extern const std::array<const char16_t *, 4> kSurveySources;
/// Offset of each surveyed stage's mean from the product's satisfaction.
extern const std::array<double, kSurveyStageCount> kStageSatisfactionOffset;
/// "Main reason" texts per stage; 使用 depends on the product group.
const char16_t *dissatisfactionReason(int stage, int product, std::uint64_t pick);

// --- Planted patterns -----------------------------------------------------
inline constexpr int kPlantedProduct = 0;   ///< 咪咕视频
inline constexpr int kPlantedCity = 1;      ///< 深圳
inline constexpr int kPlantedCategory = 5;  ///< 播放卡顿
inline constexpr int kPlantedStage = 3;     ///< 使用
inline constexpr int kPlantedMonth = 8;     ///< 2024-09 (0-based month of 2024)
/// Fall of the planted product's latent 使用 satisfaction in the planted month:
/// after rounding and clamping, the stage's mean goes from about 8.1 to 6.3.
inline constexpr double kDropShift = 1.8;

} // namespace cx::demo
