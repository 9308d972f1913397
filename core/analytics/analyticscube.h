#pragma once

#include "workspace/filter.h"

#include <QHash>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <array>
#include <cstdint>
#include <memory>
#include <vector>

namespace cx {

class WorkspaceSettings;
namespace sqlite {
class Database;
}

/// The workspace settings the analysis engine uses, read once per analysis.
struct AnalysisSettings
{
    int satisfiedScore = 0;              ///< 满意率 counts scores ≥ this
    double satisfactionTarget = 0;       ///< mean score target of the traffic lights
    double per10kTarget = 0;             ///< 万投比 target of the traffic lights
    double amberMargin = 0;              ///< satisfaction this far below target is amber, further red
    double per10kAmberRatio = 0;         ///< 万投比 up to target × this is amber, above red
    double alertMinScoreDrop = 0;        ///< smallest mean-score drop that can alert
    double alertMinRateDropPoints = 0;   ///< smallest 满意率 drop (percentage points) that can alert
    double alertMinCountIncreasePercent = 0; ///< smallest complaint increase (%) that can alert
    double significanceLevel = 0;        ///< α of the alert tests (after Benjamini–Hochberg)

    static AnalysisSettings fromWorkspace(const WorkspaceSettings &settings);
};

/// Sums of the scores of one survey measure in one cell: with the histogram
/// of ⌈score⌉ the share of scores ≥ t is exact for any whole threshold t.
struct ScoreSums
{
    double n = 0;
    double total = 0;
    double totalSquares = 0;
    std::array<double, 11> histogram{};

    void add(const ScoreSums &other);
    double mean() const;
    /// Unbiased sample variance; NaN when n < 2.
    double variance() const;
    /// Scores ≥ threshold.
    double atLeast(int threshold) const;
    /// 满意率: atLeast(threshold) / n; NaN when n = 0.
    double rateAtLeast(int threshold) const;
};

class CubeSlice;

/// An in-memory snapshot of a workspace's analysis aggregates (see
/// aggregates.h): complaint counts, survey score sums and complaint keywords
/// per month, product, region (grid-level), channel and category, plus
/// product users and subscribers. Loading reads the narrow agg_* tables
/// (bringing them up to date first); every filter change then only scans
/// memory (slice()), which is what keeps re-analysis under 50 ms on a million
/// complaints. Immutable once loaded, so it can be shared between threads;
/// reload it when the workspace's data changes (Workspace::dataChanged).
class AnalyticsCube : public std::enable_shared_from_this<AnalyticsCube>
{
public:
    /// Loads the aggregates of the workspace file, folding in rows imported
    /// without them first. Null with a translated message on failure.
    static std::shared_ptr<const AnalyticsCube> load(const QString &workspacePath, QString *error);
    /// The same for the file of an open workspace connection.
    static std::shared_ptr<const AnalyticsCube> load(const QSqlDatabase &db, QString *error);

    /// Every calendar month from the first to the last with complaints or
    /// survey responses, ascending ("YYYY-MM"); gaps are filled.
    const QStringList &months() const { return m_months; }
    /// The last month with complaints or survey responses; empty without data.
    QString latestMonth() const { return m_months.isEmpty() ? QString() : m_months.constLast(); }
    /// Index of a month in months(), -1 when outside.
    int monthIndex(const QString &month) const;
    const QStringList &products() const { return m_products; }
    /// Journey stages in journey order, then stages only found in the data.
    const QStringList &stages() const { return m_stages; }
    const QStringList &categories() const { return m_categories; }
    qint64 complaintTotal() const { return m_complaintTotal; }
    qint64 responseTotal() const { return m_responseTotal; }

    /// The dense sums of everything the filter selects (products, region,
    /// channel) over all months; the filter's period is recorded in the slice.
    CubeSlice slice(const AnalysisFilter &filter) const;

private:
    friend class CubeSlice;
    AnalyticsCube() = default;
    bool read(sqlite::Database &db, QString *error);

    struct Region
    {
        QString province, city, county, grid;
        int cityIndex = -1; ///< into m_cities
    };
    /// A category with the stage it was filed under (nearly always one stage per category).
    struct CategoryStage
    {
        int category = 0; ///< into m_categories
        int stage = 0;    ///< into m_stages
    };
    struct ComplaintCell
    {
        std::uint16_t month, product;
        std::uint32_t region;
        std::uint16_t channel, categoryStage;
        std::uint32_t n;
    };
    struct SurveyCell
    {
        std::uint16_t month, product;
        std::uint32_t region;
        int measure; ///< Measure
        ScoreSums sums;
    };
    struct KeywordCell
    {
        std::uint16_t month, product, city;
        std::uint32_t keyword; ///< into m_keywords
        std::uint32_t n;
    };

    QStringList m_months;
    QStringList m_products;
    QStringList m_stages;
    QStringList m_categories;
    QStringList m_channels;
    QStringList m_cities;
    QStringList m_keywords;
    std::vector<Region> m_regions;
    std::vector<CategoryStage> m_categoryStages;
    std::vector<ComplaintCell> m_complaintCells;
    std::vector<SurveyCell> m_surveyCells;
    std::vector<std::vector<KeywordCell>> m_keywordCells; ///< per category, ordered by month
    std::vector<double> m_users; ///< [month][product] product_monthly users, NaN when absent
    /// subscribers table: (month, city, product or "") → users.
    QHash<QString, double> m_subscribers;
    qint64 m_complaintTotal = 0;
    qint64 m_responseTotal = 0;
};

/// Survey measures of a slice: the overall question, the NPS question, the
/// response count, then one per journey stage (Stage0 + stage index).
enum Measure { OverallMeasure = 0, NpsMeasure = 1, ResponseMeasure = 2, Stage0Measure = 3 };

/// What a filter selects from a cube, summed into dense arrays over
/// month × product × area × category (complaints) and month × product ×
/// area × measure (survey scores). Areas are the regions one level below the
/// filter's level (cities of the province, counties of a city, grids of a
/// county; a grid is its own area): what the views drill into.
///
/// The channel filter restricts complaints only: survey channels (SMS,
/// app, QR code) are collection methods, not complaint intake channels. At
/// Province level every region is selected (a workspace holds one province).
///
/// Subscribers (the 万投比 denominator) of the selected region, per month and
/// product:
/// - Province level: the product's users (product_monthly).
/// - City level: the `subscribers` row of the city and product, else the
///   city's all-products row shared out by the products' users.
/// - County and grid level: that city figure shared out by the region's
///   share of the city's survey responses in the period.
/// - Where no subscriber row exists: the product's users shared out by the
///   region's share of the product's survey responses in the period (the
///   survey sample standing in for the customer base).
/// Every figure below Province level except a city's own subscriber rows is
/// an estimate (subscribersEstimated()); with no survey responses in the
/// region there is no estimate. 万投比 only counts the complaints of months
/// and products whose subscribers are known (and > 0); NaN when none are.
class CubeSlice
{
public:
    const AnalyticsCube &cube() const { return *m_cube; }
    /// Empty until assigned from AnalyticsCube::slice().
    bool isNull() const { return !m_cube; }
    const AnalysisFilter &filter() const { return m_filter; }

    /// The filter's period as indices into cube().months(), clipped to the
    /// data; firstMonth() > lastMonth() when the period has no data.
    int firstMonth() const { return m_first; }
    int lastMonth() const { return m_last; }
    bool hasPeriod() const { return m_first <= m_last; }
    QString month(int index) const { return m_cube->m_months.value(index); }

    int monthCount() const { return m_monthCount; }
    int productCount() const { return int(m_products.size()); }
    QString productName(int product) const { return m_cube->m_products.at(m_products.at(product)); }
    int areaCount() const { return int(m_areas.size()); }
    QString areaName(int area) const { return m_areas.at(area); }
    /// The city an area lies in (the area itself at city level).
    QString areaCity(int area) const { return m_areaCities.at(area); }
    RegionLevel areaLevel() const { return m_areaLevel; }
    int categoryStageCount() const { return int(m_cube->m_categoryStages.size()); }
    QString categoryOf(int categoryStage) const;
    int categoryIndexOf(int categoryStage) const { return m_cube->m_categoryStages.at(categoryStage).category; }
    int stageOf(int categoryStage) const { return m_cube->m_categoryStages.at(categoryStage).stage; }
    int stageCount() const { return int(m_cube->m_stages.size()); }
    QString stageName(int stage) const { return m_cube->m_stages.at(stage); }
    int measureCount() const { return Stage0Measure + stageCount(); }

    qint64 complaints(int month, int product, int area, int categoryStage) const
    {
        return m_complaints[std::size_t(((month * productCount() + product) * areaCount() + area) * categoryStageCount()
                                        + categoryStage)];
    }
    const ScoreSums &scores(int month, int product, int area, int measure) const
    {
        return m_scores[std::size_t(((month * productCount() + product) * areaCount() + area) * measureCount()
                                    + measure)];
    }
    /// Scores of a measure in a month summed over one product or all (-1)
    /// and one area or all (-1).
    ScoreSums scoreTotal(int month, int measure, int product = -1, int area = -1) const;
    /// Complaints of a month summed over one product or all (-1), one area
    /// or all (-1) and one category-stage or all (-1).
    qint64 complaintTotal(int month, int product = -1, int area = -1, int categoryStage = -1) const;
    /// Complaints per 10,000 subscribers (万投比) of some category-stages
    /// (empty: all) and one product or all (-1) over the period: Σ complaints
    /// ÷ Σ subscribers × 10,000 over the months and products whose
    /// subscribers are known; NaN when none are.
    double per10k(const QList<int> &categoryStages = {}, int product = -1) const;

    /// Subscribers of the selected region for a month and product; NaN when unknown.
    double subscribers(int month, int product) const
    {
        return m_subscribers[std::size_t(month * productCount() + product)];
    }
    bool subscribersEstimated() const { return m_subscribersEstimated; }

    /// For each category (index into cube().categories()): its keywords with
    /// the number of its complaints mentioning each, over the period and the
    /// selected products, the `count` most frequent first (ties by keyword).
    /// Keywords are aggregated per city: below city level and for a channel
    /// filter they are those of the enclosing city.
    QList<QList<std::pair<QString, qint64>>> keywords(const QList<int> &categories, int count) const;

private:
    friend class AnalyticsCube;
    void computeSubscribers(const std::vector<double> &responsesSelected, const std::vector<double> &responsesCity,
                            const std::vector<double> &responsesAll, const QString &city);

    std::shared_ptr<const AnalyticsCube> m_cube;
    AnalysisFilter m_filter;
    int m_first = 0;
    int m_last = -1;
    int m_monthCount = 0;
    QList<int> m_products; ///< cube product indices
    std::vector<int> m_productSlot; ///< cube product index -> slice product, -1 when not selected
    QStringList m_areas;
    QStringList m_areaCities;
    RegionLevel m_areaLevel = RegionLevel::City;
    int m_keywordCity = -1; ///< cube city index for keywords; -1 all
    std::vector<qint64> m_complaints;
    std::vector<ScoreSums> m_scores;
    std::vector<double> m_subscribers;
    bool m_subscribersEstimated = false;
};

} // namespace cx
