#pragma once

#include "analytics/statistics.h"
#include "analytics/analysisscope.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

// Indicator attainment and the responsibility map of DESIGN.md: from a missed
// indicator to who fixes it (perception element → missed KEI → missed KOI →
// owner department), linked to journey stages through the category map.
//
// Scope: indicator actuals are per month and city ('' = province-wide), so
// only the filter's period and region apply to them (a county or grid filter
// uses its city, see AnalysisScope::indicatorValueConditions()); products and
// channel do not.
// Complaints follow the whole filter; survey scores all of it but the
// channel, which names complaint channels (see ScopeSurvey).

namespace cx {

class CubeSlice;

/// A row of the indicator tree: a perception element, KEI or KOI.
struct IndicatorDefinition
{
    QString code;
    QString name;
    QString layer;      ///< "element", "kei" or "koi"
    QString parentCode; ///< the element of a KEI, the KEI of a KOI ('' for an element)
    QString department; ///< owner
    QString unit;
    double target = kNaN; ///< NaN for elements and indicators without a target
    int direction = 1;    ///< +1 higher is better, −1 lower is better
};

/// The workspace's indicator tree: elements, then KEIs, then KOIs, each by code.
QList<IndicatorDefinition> indicatorTree(const QSqlDatabase &db);

/// One indicator's actual in one month and city against its target.
struct IndicatorAttainment
{
    QString code;
    QString name;
    QString layer;      ///< "kei" or "koi" ("element" rows have no target and are never measured)
    QString parentCode; ///< the element of a KEI, the KEI of a KOI
    QString department; ///< owner
    QString unit;
    QString month;      ///< "YYYY-MM"
    QString city;       ///< '' for the province-wide figure
    double value = kNaN;
    double target = kNaN;
    int direction = 1;  ///< +1 higher is better, −1 lower is better
    bool met = true;    ///< value ≥ target (direction +1) or value ≤ target (direction −1)
    /// (value − target) · direction, in the indicator's unit: ≥ 0 met (by that
    /// much), < 0 missed by |gap|.
    double gap = kNaN;
    /// gap ÷ |target|: the miss or margin relative to the target (e.g. −0.6 =
    /// 60 % worse than target); NaN when the target is 0.
    double relativeGap = kNaN;
};

/// Attainment of every KEI and KOI that has a target, for each actual within
/// the filter's period and region, ordered by month, city and code.
QList<IndicatorAttainment> indicatorAttainment(const QSqlDatabase &db, const AnalysisScope &scope);

/// A month-over-month change of the mean satisfaction score of one journey stage.
struct StageSatisfactionChange
{
    QString stage;
    QString monthBefore;
    QString monthAfter;
    SampleSummary before;
    SampleSummary after;
    double delta = kNaN; ///< after.mean − before.mean
    double pDrop = kNaN; ///< one-sided Welch t-test, H1: the mean fell
};

/// When a stage's satisfaction counts as dropped: by at least minScoreDrop
/// points with a one-sided Welch p below alpha (DESIGN.md "Significant change").
struct StageDropRule
{
    double minScoreDrop = 0.3;
    double alpha = 0.05;

    /// alerts.minScoreDrop and alerts.significanceLevel of the workspace.
    static StageDropRule fromWorkspace(const QSqlDatabase &db);
};

/// A responsibility chain: perception element → KEI → KOI → owner department,
/// for one month and city.
struct ResponsibilityChain
{
    QString month;
    QString city;
    QString elementCode;
    QString elementName;
    /// Journey stages of the element: the stages of the complaint categories
    /// mapped to it in category_map, in journey order.
    QStringList stages;
    /// The KEI. Missed, except in a chain that starts from a missed KOI whose
    /// KEI met its target (or has no actual): then it is that KEI, as measured.
    IndicatorAttainment kei;
    /// A missed KOI under the KEI in the same month and city, if any.
    std::optional<IndicatorAttainment> koi;
    /// Who fixes it: the missed KOI's owner, else the KEI's, else the element's.
    QString department;
    /// The largest satisfaction drop among the element's stages in the same
    /// city, from the month before to this month or from this month to the
    /// next (see responsibilityChains()); empty when none dropped.
    std::optional<StageSatisfactionChange> stageDrop;
    /// The largest |relativeGap| of the missed indicators of the chain.
    double severity = 0;

    bool keiMissed() const { return !kei.met; }
};

/// One chain per missed KEI and missed KOI under it (a missed KEI without a
/// missed KOI gives one chain without koi), plus one per missed KOI whose KEI
/// did not miss, for the filter's period and region.
///
/// Ranked: chains whose element's stage satisfaction dropped first; then full
/// chains (missed KEI and KOI), then missed KEI only, then missed KOI only;
/// then by severity, largest first; then by month, city and codes.
///
/// A stage dropped when its mean score in the chain's city (all cities for a
/// province-wide actual) fell by the rule from the month before the chain's
/// month to it, or from it to the month after: survey answers follow the
/// experience, so an operational miss often shows in the next month's
/// survey. Survey scores follow the filter's products and region, and may
/// come from months just outside its period; they are read from the cube's
/// survey aggregates (StageSatisfaction), sliced only when there are chains.
QList<ResponsibilityChain> responsibilityChains(const QSqlDatabase &db, const AnalysisScope &scope,
                                                const StageDropRule &rule);

/// responsibilityChains() with the rule from the workspace's settings.
QList<ResponsibilityChain> responsibilityChains(const QSqlDatabase &db, const AnalysisScope &scope);

/// The stage satisfaction the chains compare: count, mean and variance of
/// the stage questions' scores per journey stage, city and month, within a
/// slice's products and region (any month of the cube; the channel never
/// applies to survey answers), read from the cube's survey aggregates. City
/// '' is the whole region (the province: every response, with or without a
/// city); below the province only the region's city has scores besides '',
/// both those of the region's responses. Keeps a reference to the slice.
class StageSatisfaction
{
public:
    explicit StageSatisfaction(const CubeSlice &slice);
    /// n = 0 for a stage, city or month without scores.
    SampleSummary summary(const QString &stage, const QString &city, const QString &month) const;

private:
    const CubeSlice &m_slice;
    bool m_province;
    QString m_city;
    QHash<QString, int> m_stages; ///< stage name → slice stage
    QHash<QString, int> m_areas;  ///< city → slice area (province only)
};

/// Stage × department matrix of the responsibility map view.
struct ResponsibilityMatrix
{
    QStringList stages;      ///< journey order, then any other stage found in complaints
    QStringList departments; ///< sorted; '' collects what no department owns
    /// complaints[s][d]: complaints within the filter at stage s whose
    /// perception element (complaint.element_code) is owned by department d
    /// (indicator.department of the element); when the element is unknown or
    /// has no owner, the complaint's own handling department.
    std::vector<std::vector<qint64>> complaints;
    /// missedIndicators[s][d]: missed KEI/KOI actuals (per month and city)
    /// owned by d whose element maps to stage s; a miss counts once in each
    /// stage of its element.
    std::vector<std::vector<qint64>> missedIndicators;
};

/// Who owns the complaints of each category-stage of a cube (indexed like
/// CubeSlice::categoryOf()): the department of the indicator row of their
/// perception element (complaint.element_code), '' when the element is
/// unknown or has no owner (the matrix then takes the handling department).
/// Read from the complaints folded per category, stage and element
/// (agg_element) with the indicators' owners; it depends only on the
/// workspace's data, so callers keep it per cube. The import derives the element from the
/// category map entry it matched, nearly always the finest category's own,
/// so all complaints of a category-stage share an owner; `uniform` is false
/// when some do not (a finest category missing from the map whose complaints
/// were placed by different parent categories, rows written by other
/// programs) or when the complaints are not those the cube holds.
struct ComplaintOwners
{
    QStringList stages;          ///< per category-stage: its journey stage
    std::vector<QString> owners; ///< per category-stage
    bool uniform = true;
};

/// The owners of the complaints of the slice's cube (any slice of it will do).
ComplaintOwners complaintOwners(const QSqlDatabase &db, const CubeSlice &slice);

/// The matrix of a scope: complaints from the cube's handling aggregates
/// (agg_cell) with `owners` (of the scope's cube), missed indicators from
/// the actuals. When the owners are not uniform it is
/// responsibilityMatrixFromFacts().
ResponsibilityMatrix responsibilityMatrix(const QSqlDatabase &db, const AnalysisScope &scope, const ComplaintOwners &owners);

/// The same, reading the owners first.
ResponsibilityMatrix responsibilityMatrix(const QSqlDatabase &db, const AnalysisScope &scope);

/// The matrix counted from the complaint rows themselves (a pass over them per call).
ResponsibilityMatrix responsibilityMatrixFromFacts(const QSqlDatabase &db, const AnalysisScope &scope);

/// The `responsibility` array of `cxwb-cli analyze --json`: one object per
/// chain with element, kei, koi (codes; koi '' when none), department, month,
/// city, kei_value, kei_target, koi_value, koi_target, plus names, relative
/// gaps, stages and the stage drop (stage_dropped, dropped_stage,
/// satisfaction_before/after, p_drop).
QJsonArray responsibilityToJson(const QList<ResponsibilityChain> &chains);

/// The matrix as {stages, departments, complaints, missed_indicators}.
QJsonObject responsibilityMatrixToJson(const ResponsibilityMatrix &matrix);

} // namespace cx
