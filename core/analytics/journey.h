#pragma once

#include "analytics/cubeslice.h"
#include "analytics/statistics.h"

#include <QHash>
#include <QJsonArray>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace cx {

/// Traffic light (红绿灯) of a journey cell.
enum class TrafficLight { None, Green, Amber, Red };

/// "green", "amber", "red", or "none" when nothing can be judged.
QString trafficLightName(TrafficLight light);

/// The worse of the two lights: satisfaction ≥ target green, ≥ target −
/// amberMargin amber, else red; 万投比 ≤ target green, ≤ target ×
/// per10kAmberRatio amber, else red. A NaN input gives no light of its own;
/// None when both are NaN.
TrafficLight trafficLight(double satisfaction, double per10k, const AnalysisSettings &settings);

/// Light of a figure against a target: ≥ target green, ≥ target − amber
/// amber, else red (reversed when lower is better); None for NaN.
TrafficLight lightAgainstTarget(double value, double target, double amber, bool higherIsBetter = true);

/// A category and its complaint count.
struct CategoryCount
{
    QString category;
    qint64 complaints = 0;
};

/// One journey stage (全旅程) over the filter's period.
struct JourneyCell
{
    QString stage;
    double satisfaction = kNaN;      ///< mean of the stage question's scores
    double satisfiedRate = kNaN;     ///< 满意率: share of those scores ≥ the satisfied score, in [0, 1]
    qint64 n = 0;                    ///< scores of the stage question
    /// Mean score of the period's last month minus that of the month before
    /// (which may lie before the period); NaN when either has no scores.
    double satisfactionDelta = kNaN;
    /// Complaints filed under the stage in the period's months with complaint
    /// data; empty (no data, not 0) when no month of the period has any.
    std::optional<qint64> complaints;
    std::optional<qint64> complaintsLastMonth;     ///< in the period's last month; empty without complaint data
    std::optional<qint64> complaintsPreviousMonth; ///< in the month before it; empty without complaint data
    /// 万投比: complaints per 10,000 subscriber-months (CubeSlice::per10k());
    /// NaN when no month has both complaints and known subscribers.
    double per10k = kNaN;
    QList<CategoryCount> topCategories; ///< the three largest, descending
    TrafficLight light = TrafficLight::None;
    int openWorkOrders = 0;          ///< work orders of the stage not closed
};

/// The journey matrix: one cell per stage in journey order.
struct JourneyMatrix
{
    QString fromMonth;     ///< the period analysed (empty without data)
    QString toMonth;
    QString previousMonth; ///< the month the deltas compare with
    bool per10kEstimated = false; ///< subscribers shared out by survey responses (see CubeSlice)
    /// The months per10k counts (CubeSlice::per10kMonths()): its basis is
    /// complaints per 10,000 subscriber-months over these months.
    QStringList per10kMonths;
    QList<JourneyCell> cells;
};

/// The journey matrix of a slice; `openWorkOrders` per stage name (from
/// openWorkOrdersByStage()) fills the work-order column.
JourneyMatrix journeyMatrix(const CubeSlice &slice, const AnalysisSettings &settings,
                            const QHash<QString, int> &openWorkOrders = {});

/// Improvement work orders not closed (status ≠ 'closed', deleted drafts left out), per stage, of the
/// scope's products and region (work orders without a product count for
/// every product; an order of a city without a county is the city's only).
/// Not restricted by period: an open order is open now.
QHash<QString, int> openWorkOrdersByStage(const QSqlDatabase &db, const AnalysisScope &scope);

/// `journey` of `cxwb-cli analyze --json`: [{stage, satisfaction, n,
/// satisfaction_delta, complaints, per10k, light, ...}], NaN and counts
/// without data as null.
QJsonArray journeyToJson(const JourneyMatrix &matrix);

} // namespace cx
