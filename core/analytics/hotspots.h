#pragma once

#include "analytics/cubeslice.h"
#include "analytics/statistics.h"

#include <QJsonArray>
#include <QList>
#include <QString>

#include <optional>

namespace cx {

/// A keyword of a hotspot and how many of its complaints mention it.
struct KeywordCount
{
    QString keyword;
    qint64 complaints = 0;
};

/// One complaint category (third level) as a hotspot (热点) of the filter's period.
struct Hotspot
{
    QString category;
    QString stage;                  ///< the journey stage most of its complaints are filed under
    qint64 complaints = 0;          ///< in the period's months with complaint data
    std::optional<qint64> lastMonth;     ///< in the period's last month; empty without complaint data
    std::optional<qint64> previousMonth; ///< in the month before it; empty without complaint data
    /// 增量: lastMonth − previousMonth; empty unless both months have complaint data.
    std::optional<qint64> increase;
    double increasePercent = kNaN;  ///< increase ÷ previousMonth × 100; NaN when unknown or previousMonth = 0
    double per10k = kNaN;           ///< 万投比 over the period (see CubeSlice::per10k)
    QList<KeywordCount> keywords;   ///< the most mentioned keywords of its complaint texts
};

/// The TOP lists of categories: by volume, by increase over the previous
/// month (only categories that increased; empty when either month has no
/// complaint data), and by 万投比.
struct Hotspots
{
    QString month;          ///< the period's last month (what the increase is measured in)
    QString previousMonth;
    QList<Hotspot> byVolume;
    QList<Hotspot> byIncrease;
    QList<Hotspot> byPer10k;
};

/// The `top` largest categories of a slice by volume, by increase and by
/// 万投比 (ties by name), each with its `keywordCount` top keywords.
Hotspots hotspots(const CubeSlice &slice, int top = 10, int keywordCount = 5);

/// [{category, stage, complaints, last_month, previous_month, increase,
/// increase_percent, per10k, keywords: [keyword, ...], keyword_counts: [{keyword, complaints}]}].
QJsonArray hotspotsToJson(const QList<Hotspot> &list);

} // namespace cx
