#pragma once

#include "analytics/servicesettings.h"
#include "text/keywordranking.h"
#include "workspace/dimensions.h"
#include "workspace/filter.h"

#include <QByteArrayView>
#include <QHash>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <array>
#include <cstdint>
#include <memory>
#include <mutex>
#include <span>
#include <vector>

namespace cx {

class WorkspaceSettings;
struct ServiceCounts;
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
    ServiceSettings service;             ///< targets and limits of the service measures

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

class AnalysisScope;
class CubeSlice;

/// An in-memory snapshot of a workspace's analysis aggregates (see
/// aggregates.h): complaint counts, pain-point tag counts, survey score sums
/// and complaint keywords per month, product, region (grid-level), channel
/// and category, plus product users and subscribers. Loading reads the narrow agg_* tables
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
    /// The pain-point tags found in the complaints ('' stands for the
    /// complaints no tag rule matched), in the order the aggregates hold them.
    const QStringList &tags() const { return m_tags; }
    qint64 complaintTotal() const { return m_complaintTotal; }
    qint64 responseTotal() const { return m_responseTotal; }

    /// Whether the workspace holds any complaint in a month of months(). A
    /// month without any is unknown, not a month of no complaints (an export
    /// that was never imported): nothing is compared with it, and it adds
    /// nothing to a total or a 万投比.
    bool hasComplaints(int month) const { return inMonths(month) && m_complaintMonths[std::size_t(month)]; }
    /// Whether the workspace holds any survey response in a month of months().
    bool hasResponses(int month) const { return inMonths(month) && m_surveyMonths[std::size_t(month)]; }

    /// The filter resolved against this cube: what it selects (see AnalysisScope).
    AnalysisScope scope(const AnalysisFilter &filter) const;
    /// The dense sums of everything a scope of this cube selects (products,
    /// region, channel) over all months; the period is recorded in the slice.
    CubeSlice slice(const AnalysisScope &scope) const;
    /// slice(scope(filter)).
    CubeSlice slice(const AnalysisFilter &filter) const;

    /// The months, products, channels and regions the filter bar offers.
    FilterOptions filterOptions() const;

    /// How the complaints of one agg_cell cell were handled (see
    /// ServiceCounts), in a region, channel, category-stage and department;
    /// its month and product are those of its CellRun, its hours those of
    /// ServiceCellTable::hoursOf(). A grid-level cell holds a few
    /// complaints, so its counts are narrow and it is packed, to keep
    /// millions of cells small (never bind a reference to one of its fields:
    /// copy them): a cell with more than maxCellCount in some count is held
    /// as several cells of the same dimensions whose counts add up to it,
    /// the first with its hours (ServiceCellTable::append()).
    struct [[gnu::packed]] ServiceCell
    {
        double hoursTotal;
        std::uint32_t region;
        std::uint32_t hoursBegin;
        std::uint16_t channel, categoryStage, department;
        std::uint8_t n, resultN, resolved, partial, firstN, firstTime, repeatN, repeated, escalationN, escalated,
            hoursN, callbackN, callbackRated, callbackSatisfied, callbackBasic;
    };
    static_assert(sizeof(ServiceCell) == 37);
    /// What of a ServiceCell the complaint counts read: where its complaints
    /// are and how many. Held apart from how they were handled, so that a
    /// filter change reads a third of each cell.
    struct [[gnu::packed]] CellComplaints
    {
        std::uint32_t region;
        std::uint16_t channel, categoryStage, department;
        std::uint8_t n;
    };
    /// The rest of a ServiceCell: how its complaints were handled.
    struct [[gnu::packed]] CellHandling
    {
        double hoursTotal;
        std::uint32_t hoursBegin;
        std::uint8_t resultN, resolved, partial, firstN, firstTime, repeatN, repeated, escalationN, escalated, hoursN,
            callbackN, callbackRated, callbackSatisfied, callbackBasic;
    };
    /// ServiceCell::department of complaints whose department the workspace
    /// does not name: they count as complaints, never in a service measure.
    static constexpr std::uint16_t unknownDepartment = 0xffff;
    /// Complaints of a cell whose handling hours fall in one bin; more than
    /// maxCellCount of them take several entries of that bin (appendHours()).
    struct HoursCount
    {
        std::uint32_t bin : 24; ///< index into hoursBins()
        std::uint32_t n : 8;
    };
    static constexpr qint64 maxCellCount = 255;
    /// Distinct hours bins a cube can hold (HoursCount::bin).
    static constexpr std::size_t maxHoursBins = std::size_t(1) << 24;
    /// Consecutive cells of one month and product: from firstCell to the next run's.
    struct CellRun
    {
        std::uint16_t month, product;
        std::uint32_t firstCell;
    };
    /// Service cells with the month and product of each run of them and
    /// their hours histograms: the cube's own, in agg_cell order, or those
    /// of a rollup.
    struct ServiceCellTable
    {
        std::vector<CellComplaints> complaints; ///< per cell
        std::vector<CellHandling> handling;     ///< per cell
        std::vector<CellRun> runs;
        std::vector<HoursCount> hours;

        std::size_t size() const { return complaints.size(); }
        /// Whether cell i counts in the service measures: its department is known.
        bool inService(std::size_t i) const { return complaints[i].department != unknownDepartment; }
        /// One past the last cell of run r.
        std::size_t endOf(std::size_t r) const { return r + 1 < runs.size() ? runs[r + 1].firstCell : size(); }
        /// Cell i whole.
        ServiceCell cell(std::size_t i) const
        {
            const CellComplaints &c = complaints[i];
            const CellHandling &h = handling[i];
            return {h.hoursTotal, c.region, h.hoursBegin, c.channel, c.categoryStage, c.department, c.n,
                    h.resultN, h.resolved, h.partial, h.firstN, h.firstTime, h.repeatN, h.repeated,
                    h.escalationN, h.escalated, h.hoursN, h.callbackN, h.callbackRated, h.callbackSatisfied,
                    h.callbackBasic};
        }
        /// Appends a cell of `month` and `product` with the dimensions of
        /// `dimensions`, its hours (from `dimensions.hoursBegin` to the end
        /// of `hours`) and the counts and hours total of `counts`: as one
        /// cell, or several where a count exceeds maxCellCount.
        void append(std::uint16_t month, std::uint16_t product, ServiceCell dimensions, const ServiceCounts &counts);
        /// The hours of cell i: up to the next cell's, the last cell's up to the end.
        std::span<const HoursCount> hoursOf(std::size_t i) const
        {
            const std::uint32_t begin = handling[i].hoursBegin;
            const std::uint32_t end = i + 1 < size() ? handling[i + 1].hoursBegin : std::uint32_t(hours.size());
            return std::span(hours).subspan(begin, end - begin);
        }
        /// Calls visit(cell, run, hours) for every cell of a known department, in order.
        template<typename Visit>
        void forEach(Visit visit) const
        {
            for (std::size_t r = 0; r < runs.size(); ++r) {
                const std::size_t end = endOf(r);
                for (std::size_t i = runs[r].firstCell; i < end; ++i)
                    if (inService(i))
                        visit(cell(i), runs[r], hoursOf(i));
            }
        }
    };
    /// The run of each cell of a walk that visits cells in ascending order.
    class RunCursor
    {
    public:
        explicit RunCursor(const std::vector<CellRun> &runs)
            : m_runs(runs)
        {
        }
        const CellRun &operator()(std::size_t cell)
        {
            while (m_next < m_runs.size() && m_runs[m_next].firstCell <= cell)
                ++m_next;
            return m_runs[m_next - 1];
        }

    private:
        const std::vector<CellRun> &m_runs;
        std::size_t m_next = 0;
    };
    /// The counts and hours total of one cell at full width.
    static ServiceCounts countsOf(const ServiceCell &cell);
    /// Appends `n` complaints of bin `bin` to `hours`, in entries of at most maxCellCount.
    static void appendHours(std::vector<HoursCount> &hours, std::uint32_t bin, qint64 n);
    /// The cells of agg_cell; also the cube's complaint cells (see slice()).
    const ServiceCellTable &serviceCells() const { return m_serviceCells; }
    /// What the cells of a service rollup are summed over.
    struct ServiceRollupKind
    {
        /// The region level its cells keep: 1 per city, 2 per county. Only a
        /// filter on a region above it (fewer names in its path) may use it.
        int regionDepth = 1;
        /// Products summed, so only for a filter selecting every product;
        /// but for the regulator channel's cells, whose per-million figure
        /// counts the months and products with known users.
        bool anyProduct = false;
    };
    /// Per city and any product, per county and any product, per city and product.
    static constexpr std::array<ServiceRollupKind, 3> serviceRollupKinds{{{1, true}, {2, true}, {1, false}}};
    /// The rollup of serviceRollupKinds[index]: the service cells summed
    /// over what filters above its region level cannot tell apart, so that
    /// such a filter walks far fewer cells. The sums are those of
    /// serviceCells() (hoursTotal up to the order of its floating-point
    /// additions); `region` is one grid-level region of the city or county;
    /// with anyProduct, the product is 0 but in the regulator channel's
    /// cells. Summed on the first call from any thread: a cube holds only
    /// the rollups its filters used.
    const ServiceCellTable &serviceRollup(std::size_t index) const;
    /// The ⌈hours × 10⌉ values any complaint has, ascending (hoursTenths()).
    const std::vector<qint64> &hoursBins() const { return m_hoursBins; }
    /// Handling departments (index of ServiceCell::department); '' for complaints without one.
    const QStringList &departments() const { return m_departments; }
    /// Complaint intake channels (index of ServiceCell::channel); '' for complaints without one.
    const QStringList &channels() const { return m_channels; }

private:
    friend class AnalysisScope;
    friend class CubeSlice;
    AnalyticsCube() = default;
    bool read(sqlite::Database &db, QString *error);
    /// Sums the service cells into the rollup of serviceRollupKinds[index] (servicerollups.cpp).
    ServiceCellTable rollUpService(std::size_t index) const;
    bool inMonths(int month) const { return month >= 0 && month < m_months.size(); }
    /// Key of m_subscribers.
    static QString subscriberKey(const QString &month, const QString &city, const QString &product);

    /// A grid-level region of agg_region.
    struct Region
    {
        QStringList names; ///< RegionPath::names() of its city, county and grid
        int cityIndex = -1; ///< into m_cities
    };
    /// A category with the stage it was filed under (nearly always one stage per category).
    struct CategoryStage
    {
        int category = 0; ///< into m_categories
        int stage = 0;    ///< into m_stages
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
    /// A tag with the stage its complaints were filed under (like CategoryStage).
    struct TagStage
    {
        int tag = 0;   ///< into m_tags
        int stage = 0; ///< into m_stages
    };
    /// The complaints of a cell with one tag (its cell's dimensions are the
    /// tag's); more than 65,535 take several entries of the tag.
    struct TagEntry
    {
        std::uint16_t n;
        std::uint16_t tagStage;
    };
    /// Reads agg_cell into the service cells with their hours histograms and
    /// tag entries (cubeservice.cpp). False on a database error,
    /// or with `unreadable` set when a cell holds counts that do not decode.
    bool readCells(sqlite::Database &db, const std::vector<int> &dimIndex, const std::vector<int> &regionIndex,
                   QHash<qint64, int> &categoryStages, bool *unreadable);
    /// The index of a (category or tag, stage) pair in `pairs`, appended when
    /// new; `index` maps first << 20 | stage to it.
    template<typename Pair>
    static int pairIndex(QHash<qint64, int> &index, std::vector<Pair> &pairs, int first, int stage)
    {
        const qint64 key = (qint64(first) << 20) | stage;
        auto it = index.constFind(key);
        if (it == index.constEnd()) {
            it = index.insert(key, int(pairs.size()));
            pairs.push_back({first, stage});
        }
        return *it;
    }

    QStringList m_months;
    QStringList m_products;
    QStringList m_stages;
    QStringList m_categories;
    QStringList m_channels;
    QStringList m_cities;
    QStringList m_keywords;
    QStringList m_departments;
    QStringList m_tags;
    KeywordVocabulary m_vocabulary; ///< of m_keywords
    std::vector<Region> m_regions;
    std::vector<CategoryStage> m_categoryStages;
    std::vector<SurveyCell> m_surveyCells;
    std::vector<std::vector<KeywordCell>> m_keywordCells; ///< per category, ordered by month
    ServiceCellTable m_serviceCells;
    /// Per service cell, its first tag entry: its tags are m_tagEntries from there to the next cell's.
    std::vector<std::uint32_t> m_firstTags;
    /// A rollup and whether it was summed.
    struct LazyRollup
    {
        std::once_flag summed;
        ServiceCellTable rollup;
    };
    mutable std::array<LazyRollup, serviceRollupKinds.size()> m_serviceRollups;
    std::vector<qint64> m_hoursBins;
    std::vector<TagStage> m_tagStages;
    std::vector<TagEntry> m_tagEntries; ///< by service cell (m_firstTags)
    std::vector<double> m_users; ///< [month][product] product_monthly users, NaN when absent
    std::vector<bool> m_complaintMonths; ///< per month: any complaint
    std::vector<bool> m_surveyMonths;    ///< per month: any survey response
    /// subscribers table: (month, city, product or "") → users.
    QHash<QString, double> m_subscribers;
    qint64 m_complaintTotal = 0;
    qint64 m_responseTotal = 0;
};

} // namespace cx
