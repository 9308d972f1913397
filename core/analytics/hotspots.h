#pragma once

#include "analytics/cubeslice.h"
#include "analytics/statistics.h"

#include <QJsonArray>
#include <QList>
#include <QString>

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
    qint64 complaints = 0;          ///< in the period
    qint64 lastMonth = 0;           ///< in the period's last month
    qint64 previousMonth = 0;       ///< in the month before it
    qint64 increase = 0;            ///< 增量: lastMonth − previousMonth
    double increasePercent = kNaN;  ///< increase ÷ previousMonth × 100; NaN when previousMonth = 0
    double per10k = kNaN;           ///< 万投比 over the period (see CubeSlice::per10k)
    QList<KeywordCount> keywords;   ///< the most mentioned keywords of its complaint texts
};

/// The TOP lists of categories: by volume, by increase over the previous
/// month (only categories that increased), and by 万投比.
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
