#pragma once

#include "analytics/cubeslice.h"
#include "analytics/statistics.h"

#include <QHash>
#include <QJsonArray>
#include <QList>
#include <QString>

#include <optional>

namespace cx {

/// A keyword of a hotspot, how many of its complaints mention it, and its
/// TF-IDF weight (rankKeywords()).
struct KeywordCount
{
    QString keyword;
    qint64 complaints = 0;
    double score = 0;
};

/// A tag or category of a hotspot and its complaints.
struct NamedCount
{
    QString name;
    qint64 complaints = 0;
};

/// One complaint category (third level) or one pain-point tag as a hotspot
/// (热点) of the filter's period.
struct Hotspot
{
    QString category;               ///< a category hotspot's category; empty for a tag hotspot
    QString tag;                    ///< a tag hotspot's pain-point tag; empty for a category hotspot
    QString stage;                  ///< the journey stage most of its complaints are filed under
    qint64 complaints = 0;          ///< in the period's months with complaint data
    std::optional<qint64> lastMonth;     ///< in the period's last month; empty without complaint data
    std::optional<qint64> previousMonth; ///< in the month before it; empty without complaint data
    /// 增量: lastMonth − previousMonth; empty unless both months have complaint data.
    std::optional<qint64> increase;
    double increasePercent = kNaN;  ///< increase ÷ previousMonth × 100; NaN when unknown or previousMonth = 0
    /// Two-sided p of the increase: the two months' complaints compared per
    /// subscriber (comparePoissonRates(); the counts themselves when a
    /// month's subscribers are unknown); NaN when the increase is unknown
    /// or both months have none.
    double increaseP = kNaN;
    double per10k = kNaN;           ///< 万投比 over the period (see CubeSlice::per10k)
    /// Category hotspots: the keywords that distinguish its complaint texts
    /// from the other complaints of the period (TF-IDF, phrases included).
    QList<KeywordCount> keywords;
    QList<NamedCount> tags;         ///< category hotspots: its most frequent pain-point tags
    QList<NamedCount> categories;   ///< tag hotspots: the categories its complaints were filed under, most first
    QList<NamedCount> stages;       ///< the journey stages its complaints were filed under, most first

    /// Its category, or its tag for a tag hotspot.
    const QString &name() const { return tag.isEmpty() ? category : tag; }
};

/// The TOP lists of categories or tags: by volume, by increase over the
/// previous month (only those that increased; empty when either month has
/// no complaint data), and by 万投比.
struct Hotspots
{
    QString month;          ///< the period's last month (what the increase is measured in)
    QString previousMonth;
    QList<Hotspot> byVolume;
    QList<Hotspot> byIncrease;
    QList<Hotspot> byPer10k;
    /// Tag lists: the period's complaints no tag rule matched; empty for
    /// category lists and without complaint data.
    std::optional<qint64> untagged;
};

/// The `top` largest categories of a slice by volume, by increase and by
/// 万投比 (ties by name), each with its `keywordCount` top keywords and its
/// three most frequent tags.
Hotspots hotspots(const CubeSlice &slice, int top = 10, int keywordCount = 5);

/// The same for pain-point tags (a complaint counts for each of its tags),
/// each with the `categoryCount` categories most of its complaints were
/// filed under.
Hotspots tagHotspots(const CubeSlice &slice, int top = 10, int categoryCount = 3);

/// [{category, stage, complaints, last_month, previous_month, increase,
/// increase_percent, per10k, keywords: [keyword, ...], keyword_counts:
/// [{keyword, complaints, score}], tags: [{tag, complaints}]}]; for tag
/// hotspots "tag" in place of "category" and "categories": [{category,
/// complaints}] in place of the keywords and tags.
QJsonArray hotspotsToJson(const QList<Hotspot> &list);

/// The `count` pain-point tags with most complaints of each journey stage
/// (by stage name) over the slice's period, most first (ties by name);
/// stages without tagged complaints are left out.
QHash<QString, QList<NamedCount>> topTagsByStage(const CubeSlice &slice, int count = 3);

} // namespace cx
