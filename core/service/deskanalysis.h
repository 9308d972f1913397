#pragma once

#include "analytics/analysis.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace cx {

class WorkspaceSettings;

/// The thresholds the monitoring desk judges figures by: the engine's
/// (satisfaction and 万投比 targets, alert rules) plus the targets of
/// 满意率 and NPS, which only the desk's traffic lights use.
struct DeskSettings
{
    AnalysisSettings analysis;
    double satisfiedRateTarget = 0;   ///< 满意率 target, in [0, 1]
    double satisfiedRateAmber = 0;    ///< this far below target (share) is amber, further red
    double npsTarget = 0;             ///< NPS target in points
    double npsAmber = 0;              ///< points below target that are amber, further red

    static DeskSettings fromWorkspace(const WorkspaceSettings &settings);
};

/// A figure of the period's last month and of the month before it; NaN where
/// a month has no data.
struct MonthOverMonth
{
    double value = kNaN;
    double previous = kNaN;
    /// Two-sided p of the change (ProductStatus says which test); NaN when untested.
    double pValue = kNaN;

    /// value − previous; NaN when either is unknown.
    double delta() const { return value - previous; }
};

/// One row of the dashboard's traffic-light grid: a product, or every product
/// of the filter together (empty product). Figures are of the period's last
/// month, compared with the month before, each change with its two-sided p.
struct ProductStatus
{
    QString product;
    MonthOverMonth satisfaction;  ///< mean of the overall question; p: Welch's t-test
    qint64 n = 0;                 ///< its answers in the last month
    qint64 previousN = 0;
    TrafficLight satisfactionLight = TrafficLight::None;
    MonthOverMonth satisfiedRate; ///< 满意率 in [0, 1]; p: two-proportion z-test
    TrafficLight satisfiedRateLight = TrafficLight::None;
    MonthOverMonth nps;           ///< points; p: Welch's t-test of npsSample()
    qint64 npsN = 0;
    qint64 previousNpsN = 0;
    TrafficLight npsLight = TrafficLight::None;
    /// 万投比 of the month; p: the complaints' (their rate per subscriber is what changed).
    MonthOverMonth per10k;
    TrafficLight per10kLight = TrafficLight::None;
    /// p: conditional binomial test of the two months' counts, with the
    /// subscribers as exposures where both months have them, equal ones otherwise.
    MonthOverMonth complaints;
};

/// The headline figures of the filter: last month against the month before.
struct Headline
{
    MonthOverMonth complaints;
    MonthOverMonth responses;
    MonthOverMonth nps;
    MonthOverMonth satisfaction;
};

/// One journey stage over every month of the data (index into DeskAnalysis::months).
struct StageTrend
{
    QString stage;
    QList<double> satisfaction; ///< mean score of the stage question; NaN without answers
    QList<qint64> n;
    QList<qint64> complaints;
    QList<int> alertMonths;     ///< months with a satisfaction or complaint alert of the stage (with the history)
};

/// The change of a stage's mean satisfaction from the month before the
/// period's last month to it, tested (two-sided Welch t), for the journey's tooltips.
struct StageChange
{
    QString stage;
    double previous = kNaN; ///< mean score in the month before
    qint64 previousN = 0;
    double current = kNaN;  ///< in the last month
    qint64 currentN = 0;
    double pValue = kNaN;   ///< NaN when either month has fewer than 2 answers
};

/// An alert with the monthly series of its scope and metric (every month of
/// the data; NaN where the metric is unknown): what the alerts view charts.
struct AlertSeries
{
    Alert alert;
    QList<double> values;
    int monthIndex = -1; ///< the alert's month in DeskAnalysis::months
};

/// Everything the monitoring desk shows for one filter, computed from the
/// cube off the GUI thread in two passes: the engine's analyses of the period,
/// the month-over-month grid and headline of the period's last month, the
/// alerts of the scope's whole history with their series, and the monthly
/// trends of stages and hotspot categories. A plain value on implicitly
/// shared containers: cheap to copy, safe to hand between threads.
struct DeskAnalysis
{
    AnalysisFilter filter;
    DeskSettings settings;
    QStringList months;         ///< every month of the data, ascending
    int firstMonth = 0;         ///< the period, as indices into months
    int lastMonth = -1;
    QString month;              ///< the period's last month (empty without data)
    QString previousMonth;      ///< the month before it (may precede the period; empty without one)
    CubeAnalysis period;        ///< journey, satisfaction, hotspots and tag hotspots (TOP deskHotspotLimit), alerts of the period
    QList<AlertSeries> history; ///< every alert of the scope's history, most significant first (see addHistory())
    bool historyComplete = false; ///< history and the stages' alert months are filled
    Headline headline;
    QList<ProductStatus> products; ///< every product of the filter together first, then each with data
    QList<StageTrend> stages;      ///< in journey order
    QList<StageChange> stageChanges; ///< in journey order
    /// Complaints per month (over months) of each category in the hotspot lists.
    QHash<QString, QList<qint64>> categoryTrends;
    /// Complaints per month (over months) with each tag in the tag hotspot lists.
    QHash<QString, QList<qint64>> tagTrends;
    /// The three pain-point tags with most complaints of each stage in the period (topTagsByStage()).
    QHash<QString, QList<NamedCount>> stageTags;
    /// How the scope's complaints were handled, by department, channel and
    /// area; its changes are tested over the whole history (alert months of the trends).
    ServiceQuality service;
    qint64 complaints = 0;      ///< complaints of the scope in the whole history
    qint64 responses = 0;       ///< survey responses of the scope in the whole history

    bool hasPeriod() const { return firstMonth <= lastMonth; }
};

/// Length of the hotspot lists the desk computes (the hotspots view shows up to this many).
inline constexpr int deskHotspotLimit = 50;

/// The desk's analysis of `filter` (see DeskAnalysis) without the alerts of
/// the whole history, which take longest: what a filter change shows first.
/// Pure: reads only the cube.
DeskAnalysis analyzeDesk(const AnalyticsCube &cube, const AnalysisFilter &filter, const DeskSettings &settings);

/// Adds the alerts of the scope's whole history with their series, and the
/// stages' alert months, to an analysis of the same cube.
void addHistory(DeskAnalysis &desk, const AnalyticsCube &cube);

} // namespace cx
