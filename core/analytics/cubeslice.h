#pragma once

#include "analytics/analysisscope.h"
#include "analytics/analyticscube.h"

#include <QList>
#include <QString>

#include <cstdint>
#include <memory>
#include <optional>
#include <utility>
#include <vector>

namespace cx {

/// Survey measures of a slice: the overall question, the NPS question, the
/// response count, then one per journey stage (Stage0 + stage index).
enum Measure { OverallMeasure = 0, NpsMeasure = 1, ResponseMeasure = 2, Stage0Measure = 3 };

/// What a scope selects from a cube, summed into dense arrays over
/// month × product × area × category (complaints) and month × product ×
/// area × measure (survey scores). Areas are the scope's areas (the regions
/// one level below the filter's, see AnalysisScope): what the views drill
/// into. The rows of the filter's region without the lower level sit in one
/// more area slot, parentOnlyArea(): they count in every total over all
/// areas (area −1) but are no area of their own.
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
    const AnalysisScope &scope() const { return m_scope; }
    const AnalysisFilter &filter() const { return m_scope.filter(); }

    /// The filter's period as indices into cube().months(), clipped to the
    /// data; firstMonth() > lastMonth() when the period has no data.
    int firstMonth() const { return m_scope.firstMonth(); }
    int lastMonth() const { return m_scope.lastMonth(); }
    bool hasPeriod() const { return m_scope.hasPeriod(); }
    QString month(int index) const { return m_cube->m_months.value(index); }
    /// Whether the workspace has complaints (survey responses) in a month:
    /// months without are unknown, never zero (AnalyticsCube::hasComplaints()).
    bool hasComplaints(int month) const { return m_cube->hasComplaints(month); }
    bool hasResponses(int month) const { return m_cube->hasResponses(month); }
    /// Complaints of the period's months with complaint data, summed over one
    /// product or all (-1), one area slot or all (-1) and some category-stages
    /// (empty: all); empty when no month of the period has complaint data.
    std::optional<qint64> periodComplaints(int product = -1, int area = -1, const QList<int> &categoryStages = {}) const;
    /// complaintTotal() of one month summed over some category-stages (empty:
    /// all) and one product or all (-1); empty when the month has no complaint data.
    std::optional<qint64> monthComplaints(int month, const QList<int> &categoryStages = {}, int product = -1) const;

    int monthCount() const { return m_monthCount; }
    int productCount() const { return int(m_scope.products().size()); }
    QString productName(int product) const { return m_cube->m_products.at(m_scope.products().at(product)); }
    int areaCount() const { return int(m_scope.areas().size()); }
    /// The slot of the rows without the lower level (areaCount()): valid in
    /// complaints() and scores(), never listed as an area.
    int parentOnlyArea() const { return areaCount(); }
    const RegionPath &areaPath(int area) const { return m_scope.areas().at(area); }
    QString areaName(int area) const { return areaPath(area).name(); }
    /// The city an area lies in (the area itself at city level).
    QString areaCity(int area) const { return areaPath(area).city; }
    RegionLevel areaLevel() const { return m_scope.areaLevel(); }
    int categoryStageCount() const { return int(m_cube->m_categoryStages.size()); }
    QString categoryOf(int categoryStage) const;
    int categoryIndexOf(int categoryStage) const { return m_cube->m_categoryStages.at(categoryStage).category; }
    int stageOf(int categoryStage) const { return m_cube->m_categoryStages.at(categoryStage).stage; }
    int stageCount() const { return int(m_cube->m_stages.size()); }
    QString stageName(int stage) const { return m_cube->m_stages.at(stage); }
    int measureCount() const { return Stage0Measure + stageCount(); }

    /// Complaints of one month, product, area slot (0 … parentOnlyArea()) and category-stage.
    qint64 complaints(int month, int product, int area, int categoryStage) const
    {
        return m_complaints[std::size_t(((month * productCount() + product) * m_areaSlots + area) * categoryStageCount()
                                        + categoryStage)];
    }
    /// Scores of one month, product, area slot (0 … parentOnlyArea()) and measure.
    const ScoreSums &scores(int month, int product, int area, int measure) const
    {
        return m_scores[std::size_t(((month * productCount() + product) * m_areaSlots + area) * measureCount()
                                    + measure)];
    }
    /// Scores of a measure in a month summed over one product or all (-1)
    /// and one area slot or all (-1, the parent-only rows included).
    ScoreSums scoreTotal(int month, int measure, int product = -1, int area = -1) const;
    /// Complaints of a month summed over one product or all (-1), one area
    /// slot or all (-1) and one category-stage or all (-1).
    qint64 complaintTotal(int month, int product = -1, int area = -1, int categoryStage = -1) const;
    /// 万投比 of some category-stages (empty: all) and one product or all
    /// (-1) over the period: complaints per 10,000 subscriber-months, Σ
    /// complaints ÷ Σ subscribers × 10,000 over the months with complaint
    /// data and the products whose subscribers are known (> 0) in them, which
    /// is the average monthly 万投比 of the period weighted by subscribers;
    /// NaN when no month and product has both.
    double per10k(const QList<int> &categoryStages = {}, int product = -1) const;
    /// The months of the period per10k() counts (complaint data and, for some
    /// selected product, known subscribers), ascending.
    QStringList per10kMonths() const;

    /// Subscribers of the selected region for a month and product; NaN when unknown.
    double subscribers(int month, int product) const
    {
        return m_subscribers[std::size_t(month * productCount() + product)];
    }
    /// Subscribers of the selected region for a month, summed over one
    /// product or all (-1); NaN when none are known or a product with
    /// complaints that month has none.
    double monthSubscribers(int month, int product = -1) const;
    bool subscribersEstimated() const { return m_subscribersEstimated; }

    /// Pain-point tags, paired with the journey stage their complaints were
    /// filed under like categories (tag-stages). A complaint may have
    /// several tags, so tag counts overlap and do not add up to complaints;
    /// the untagged tag-stages ('' tag) count the complaints no rule matched.
    int tagStageCount() const { return int(m_cube->m_tagStages.size()); }
    QString tagOf(int tagStage) const { return m_cube->m_tags.at(tagIndexOf(tagStage)); }
    int tagIndexOf(int tagStage) const { return m_cube->m_tagStages.at(tagStage).tag; }
    int stageOfTag(int tagStage) const { return m_cube->m_tagStages.at(tagStage).stage; }
    bool isUntagged(int tagStage) const { return tagOf(tagStage).isEmpty(); }
    /// Complaints with a tag in one month, product, area slot and tag-stage.
    qint64 tagComplaints(int month, int product, int area, int tagStage) const
    {
        return m_tagComplaints[std::size_t(((month * productCount() + product) * m_areaSlots + area) * tagStageCount()
                                           + tagStage)];
    }
    /// tagComplaints() of a month summed over one product or all (-1), one
    /// area slot or all (-1) and one tag-stage or all (-1).
    qint64 tagTotal(int month, int product = -1, int area = -1, int tagStage = -1) const;
    /// Like monthComplaints() and periodComplaints() for tag-stages (empty: all).
    std::optional<qint64> monthTagComplaints(int month, const QList<int> &tagStages, int product = -1) const;
    std::optional<qint64> periodTagComplaints(int product, int area, const QList<int> &tagStages) const;
    /// Like per10k() for tag-stages: complaints with the tags per 10,000 subscriber-months.
    double tagPer10k(const QList<int> &tagStages, int product = -1) const;
    /// Complaints of the period with a tag (index into cube().tags()) filed
    /// under a category (index into cube().categories()).
    qint64 tagCategoryComplaints(int tag, int category) const
    {
        return m_tagCategories[std::size_t(tag * qsizetype(m_cube->m_categories.size()) + category)];
    }

    /// For each category (index into cube().categories()): the `count`
    /// keywords that distinguish its complaints within the slice's corpus
    /// (all complaints of the period and the selected products) by TF-IDF,
    /// phrases of two words included (rankKeywords()). Keywords are
    /// aggregated per city: below city level and for a channel filter they
    /// are those of the enclosing city.
    QList<QList<RankedKeyword>> keywords(const QList<int> &categories, int count, const PhraseRule &rule = {}) const;

private:
    friend class AnalyticsCube;
    /// A dense array of counts over month × product × area slot × key
    /// (category-stages or tag-stages), as summed by the functions above.
    struct Grid
    {
        const std::vector<qint64> &counts;
        int keys;
    };
    Grid complaintGrid() const { return {m_complaints, categoryStageCount()}; }
    Grid tagGrid() const { return {m_tagComplaints, tagStageCount()}; }
    qint64 gridTotal(const Grid &grid, int month, int product, int area, int key) const;
    std::optional<qint64> gridMonth(const Grid &grid, int month, const QList<int> &keys, int product) const;
    std::optional<qint64> gridPeriod(const Grid &grid, int product, int area, const QList<int> &keys) const;
    double gridPer10k(const Grid &grid, const QList<int> &keys, int product) const;
    void computeSubscribers(const std::vector<double> &responsesSelected, const std::vector<double> &responsesCity,
                            const std::vector<double> &responsesAll);

    std::shared_ptr<const AnalyticsCube> m_cube;
    AnalysisScope m_scope;
    int m_monthCount = 0;
    int m_areaSlots = 1; ///< areaCount() + the parent-only slot
    int m_keywordCity = -1; ///< cube city index for keywords; -1 all, -2 none
    std::vector<qint64> m_complaints;
    std::vector<qint64> m_tagComplaints;
    std::vector<qint64> m_tagCategories; ///< [tag][category] over the period
    std::vector<ScoreSums> m_scores;
    std::vector<double> m_subscribers;
    bool m_subscribersEstimated = false;
};

} // namespace cx
