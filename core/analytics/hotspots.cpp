#include "analytics/hotspots.h"

#include "analytics/factscope.h"
#include "analytics/statistics.h"

#include <QHash>
#include <QJsonObject>

#include <algorithm>
#include <cmath>
#include <functional>

namespace cx {

using namespace Qt::StringLiterals;

namespace {

// What a list of hotspots ranks: categories over the slice's
// category-stages, or tags over its tag-stages.
struct Axis
{
    bool tags = false; ///< ranks tags (else categories)
    int keys = 0;
    std::function<int(int)> item; ///< key -> index of its category or tag
    std::function<QString(int)> name;
    std::function<int(int)> stage;
    std::function<bool(int)> skipped;
    std::function<std::optional<qint64>(const QList<int> &)> period;
    std::function<std::optional<qint64>(int, const QList<int> &)> month;
    std::function<double(const QList<int> &)> per10k;
};

Axis categoryAxis(const CubeSlice &slice)
{
    return {false,
            slice.categoryStageCount(),
            [&](int k) { return slice.categoryIndexOf(k); },
            [&](int k) { return slice.categoryOf(k); },
            [&](int k) { return slice.stageOf(k); },
            [](int) { return false; },
            [&](const QList<int> &keys) { return slice.periodComplaints(-1, -1, keys); },
            [&](int month, const QList<int> &keys) { return slice.monthComplaints(month, keys); },
            [&](const QList<int> &keys) { return slice.per10k(keys); }};
}

Axis tagAxis(const CubeSlice &slice)
{
    return {true,
            slice.tagStageCount(),
            [&](int k) { return slice.tagIndexOf(k); },
            [&](int k) { return slice.tagOf(k); },
            [&](int k) { return slice.stageOfTag(k); },
            [&](int k) { return slice.isUntagged(k); },
            [&](const QList<int> &keys) { return slice.periodTagComplaints(-1, -1, keys); },
            [&](int month, const QList<int> &keys) { return slice.monthTagComplaints(month, keys); },
            [&](const QList<int> &keys) { return slice.tagPer10k(keys); }};
}

// The `count` largest of `counts` (name, complaints), ties by name; zeros left out.
QList<NamedCount> largest(QList<NamedCount> counts, int count)
{
    counts.removeIf([](const NamedCount &c) { return c.complaints <= 0; });
    std::sort(counts.begin(), counts.end(), [](const NamedCount &a, const NamedCount &b) {
        return a.complaints != b.complaints ? a.complaints > b.complaints : a.name < b.name;
    });
    if (counts.size() > count)
        counts.resize(std::max(count, 0));
    return counts;
}

struct Candidate
{
    Hotspot hotspot;
    int item = -1; ///< index into the cube's categories or tags
};

QList<Candidate> candidates(const CubeSlice &slice, const Axis &axis)
{
    const int last = slice.lastMonth();
    QHash<int, QList<int>> keysOfItem; // category or tag -> its keys (with a stage each)
    for (int k = 0; k < axis.keys; ++k)
        if (!axis.skipped(k))
            keysOfItem[axis.item(k)] << k;

    // The increase is tested per subscriber, as the desk's changes are; by the counts when unknown.
    double exposure = 1.0;
    double exposureBefore = 1.0;
    if (last >= 1) {
        const double users = slice.monthSubscribers(last);
        const double usersBefore = slice.monthSubscribers(last - 1);
        if (std::isfinite(users) && std::isfinite(usersBefore)) {
            exposure = users;
            exposureBefore = usersBefore;
        }
    }
    QList<Candidate> result;
    for (auto it = keysOfItem.cbegin(); it != keysOfItem.cend(); ++it) {
        Candidate c;
        c.item = it.key();
        qint64 stageComplaints = -1;
        for (int k : it.value()) {
            const qint64 inStage = axis.period({k}).value_or(0);
            c.hotspot.complaints += inStage;
            if (inStage > 0)
                c.hotspot.stages << NamedCount{slice.stageName(axis.stage(k)), inStage};
            if (inStage > stageComplaints) {
                stageComplaints = inStage;
                c.hotspot.stage = slice.stageName(axis.stage(k));
            }
        }
        c.hotspot.stages = largest(c.hotspot.stages, int(c.hotspot.stages.size()));
        c.hotspot.lastMonth = axis.month(last, it.value());
        c.hotspot.previousMonth = axis.month(last - 1, it.value());
        if (c.hotspot.complaints == 0 && c.hotspot.previousMonth.value_or(0) == 0)
            continue;
        if (c.hotspot.lastMonth && c.hotspot.previousMonth) {
            c.hotspot.increase = *c.hotspot.lastMonth - *c.hotspot.previousMonth;
            if (*c.hotspot.previousMonth > 0)
                c.hotspot.increasePercent = 100.0 * double(*c.hotspot.increase) / double(*c.hotspot.previousMonth);
            if (const CountTestResult test = comparePoissonRates(*c.hotspot.previousMonth, exposureBefore,
                                                                 *c.hotspot.lastMonth, exposure);
                test.valid)
                c.hotspot.increaseP = test.pTwoSided;
        }
        c.hotspot.per10k = axis.per10k(it.value());
        (axis.tags ? c.hotspot.tag : c.hotspot.category) = axis.name(it.value().constFirst());
        result << c;
    }
    return result;
}

template<typename Key>
QList<Candidate> topBy(QList<Candidate> list, int top, Key key)
{
    std::sort(list.begin(), list.end(), [&](const Candidate &a, const Candidate &b) {
        const auto ka = key(a.hotspot);
        const auto kb = key(b.hotspot);
        return ka != kb ? ka > kb : a.hotspot.name() < b.hotspot.name();
    });
    if (list.size() > top)
        list.resize(std::max(top, 0));
    return list;
}

// The three lists of an axis; `detail(items)` gives each listed item's details once.
Hotspots rank(const CubeSlice &slice, const Axis &axis, int top,
              const std::function<QHash<int, Hotspot>(const QList<int> &)> &detail)
{
    Hotspots result;
    if (!slice.hasPeriod() || !slice.periodComplaints())
        return result;
    result.month = slice.month(slice.lastMonth());
    result.previousMonth = slice.month(slice.lastMonth() - 1);

    const QList<Candidate> all = candidates(slice, axis);
    QList<Candidate> increased;
    QList<Candidate> withPer10k;
    for (const Candidate &c : all) {
        if (c.hotspot.increase.value_or(0) > 0)
            increased << c;
        if (std::isfinite(c.hotspot.per10k))
            withPer10k << c;
    }
    QList<Candidate> lists[3] = {
        topBy(all, top, [](const Hotspot &h) { return h.complaints; }),
        topBy(increased, top, [](const Hotspot &h) { return *h.increase; }),
        topBy(withPer10k, top, [](const Hotspot &h) { return h.per10k; }),
    };

    QList<int> items;
    for (const QList<Candidate> &list : lists)
        for (const Candidate &c : list)
            if (!items.contains(c.item))
                items << c.item;
    const QHash<int, Hotspot> details = detail(items);

    QList<Hotspot> *targets[3] = {&result.byVolume, &result.byIncrease, &result.byPer10k};
    for (int i = 0; i < 3; ++i) {
        for (const Candidate &c : std::as_const(lists[i])) {
            Hotspot hotspot = c.hotspot;
            const Hotspot extra = details.value(c.item);
            hotspot.keywords = extra.keywords;
            hotspot.tags = extra.tags;
            hotspot.categories = extra.categories;
            *targets[i] << hotspot;
        }
    }
    return result;
}

} // namespace

Hotspots hotspots(const CubeSlice &slice, int top, int keywordCount)
{
    const Axis axis = categoryAxis(slice);
    return rank(slice, axis, top, [&](const QList<int> &categories) {
        QHash<int, Hotspot> details;
        const QList<QList<RankedKeyword>> keywords = slice.keywords(categories, keywordCount);
        const QStringList &tags = slice.cube().tags();
        for (qsizetype i = 0; i < categories.size(); ++i) {
            Hotspot &h = details[categories.at(i)];
            for (const RankedKeyword &k : keywords.at(i))
                h.keywords << KeywordCount{k.keyword, k.complaints, k.score};
            QList<NamedCount> counts;
            for (qsizetype t = 0; t < tags.size(); ++t)
                if (!tags.at(t).isEmpty())
                    counts << NamedCount{tags.at(t), slice.tagCategoryComplaints(int(t), categories.at(i))};
            h.tags = largest(counts, 3);
        }
        return details;
    });
}

Hotspots tagHotspots(const CubeSlice &slice, int top, int categoryCount)
{
    Hotspots result = rank(slice, tagAxis(slice), top, [&](const QList<int> &tags) {
        QHash<int, Hotspot> details;
        const QStringList &categories = slice.cube().categories();
        for (int tag : tags) {
            QList<NamedCount> counts;
            for (qsizetype c = 0; c < categories.size(); ++c)
                counts << NamedCount{categories.at(c), slice.tagCategoryComplaints(tag, int(c))};
            details[tag].categories = largest(counts, categoryCount);
        }
        return details;
    });
    if (!result.month.isEmpty()) {
        QList<int> untagged;
        for (int k = 0; k < slice.tagStageCount(); ++k)
            if (slice.isUntagged(k))
                untagged << k;
        result.untagged = untagged.isEmpty() ? 0 : slice.periodTagComplaints(-1, -1, untagged).value_or(0);
    }
    return result;
}

QJsonArray hotspotsToJson(const QList<Hotspot> &list)
{
    QJsonArray array;
    const auto counts = [](const QList<NamedCount> &list, const QString &key) {
        QJsonArray out;
        for (const NamedCount &c : list)
            out.append(QJsonObject{{key, c.name}, {u"complaints"_s, c.complaints}});
        return out;
    };
    for (const Hotspot &h : list) {
        QJsonObject object{
            {u"stage"_s, h.stage},
            {u"complaints"_s, h.complaints},
            {u"last_month"_s, jsonCount(h.lastMonth)},
            {u"previous_month"_s, jsonCount(h.previousMonth)},
            {u"increase"_s, jsonCount(h.increase)},
            {u"increase_percent"_s, jsonNumber(h.increasePercent)},
            {u"increase_p"_s, jsonNumber(h.increaseP)},
            {u"per10k"_s, jsonNumber(h.per10k)},
        };
        if (h.tag.isEmpty()) {
            QJsonArray words;
            QJsonArray keywordCounts;
            for (const KeywordCount &k : h.keywords) {
                words.append(k.keyword);
                keywordCounts.append(QJsonObject{
                    {u"keyword"_s, k.keyword}, {u"complaints"_s, k.complaints}, {u"score"_s, jsonNumber(k.score)}});
            }
            object.insert(u"category"_s, h.category);
            object.insert(u"keywords"_s, words);
            object.insert(u"keyword_counts"_s, keywordCounts);
            object.insert(u"tags"_s, counts(h.tags, u"tag"_s));
        } else {
            object.insert(u"tag"_s, h.tag);
            object.insert(u"categories"_s, counts(h.categories, u"category"_s));
            object.insert(u"stages"_s, counts(h.stages, u"stage"_s));
        }
        array.append(object);
    }
    return array;
}

QHash<QString, QList<NamedCount>> topTagsByStage(const CubeSlice &slice, int count)
{
    QHash<QString, QList<NamedCount>> result;
    if (!slice.hasPeriod())
        return result;
    for (int k = 0; k < slice.tagStageCount(); ++k) {
        if (slice.isUntagged(k))
            continue;
        const qint64 complaints = slice.periodTagComplaints(-1, -1, {k}).value_or(0);
        if (complaints > 0)
            result[slice.stageName(slice.stageOfTag(k))] << NamedCount{slice.tagOf(k), complaints};
    }
    for (auto it = result.begin(); it != result.end(); ++it)
        *it = largest(*it, count);
    return result;
}

} // namespace cx
