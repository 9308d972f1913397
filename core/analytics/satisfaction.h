#pragma once

#include "analytics/cubeslice.h"
#include "analytics/statistics.h"

#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace cx {

/// Satisfaction and NPS of one scope (the whole filter, a product, an area or a month).
struct SatisfactionFigures
{
    QString label;              ///< product, area name or month; empty for the whole filter
    RegionPath region;          ///< the area's path (areas only)
    qint64 n = 0;               ///< answers to the overall satisfaction question
    double mean = kNaN;         ///< their mean (1–10)
    double satisfiedRate = kNaN; ///< 满意率: share ≥ the satisfied score, in [0, 1]
    qint64 npsN = 0;            ///< answers to the recommendation question
    double nps = kNaN;          ///< NPS in points (−100 … 100)
    /// Complaints of the scope in the period's months with complaint data;
    /// empty (no data) when none has any.
    std::optional<qint64> complaints;
    double per10k = kNaN;       ///< 万投比 of the scope (NaN for areas: subscribers are per region)
};

/// Satisfaction and NPS of a slice: in total over the period, by product,
/// by area (the regions one level below the filter's: cities of the
/// province, counties of a city …) and by month of the period.
struct SatisfactionOverview
{
    SatisfactionFigures total;
    QList<SatisfactionFigures> byProduct; ///< products with answers or complaints
    QList<SatisfactionFigures> byArea;    ///< areas with answers or complaints
    RegionLevel areaLevel = RegionLevel::City;
    QList<SatisfactionFigures> byMonth;   ///< every month of the period
};

SatisfactionOverview satisfactionOverview(const CubeSlice &slice, const AnalysisSettings &settings);

/// {"total": {...}, "by_product": [...], "by_area": [...], "area_level": "city", "by_month": [...]};
/// each {label, n, satisfaction, satisfied_rate, nps_n, nps, complaints, per10k}, areas with their
/// region (the path's names) too.
QJsonObject satisfactionToJson(const SatisfactionOverview &overview);

} // namespace cx
