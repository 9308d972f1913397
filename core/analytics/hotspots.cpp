#include "analytics/hotspots.h"

#include "analytics/factscope.h"

#include <QHash>
#include <QJsonObject>

#include <algorithm>
#include <cmath>

namespace cx {

using namespace Qt::StringLiterals;

namespace {

struct Candidate
{
    Hotspot hotspot;
    int category = -1; ///< index into the cube's categories
};

QList<Candidate> candidates(const CubeSlice &slice)
{
    const int last = slice.lastMonth();
    QHash<int, QList<int>> stagesOfCategory; // category -> its category-stages
    for (int k = 0; k < slice.categoryStageCount(); ++k)
        stagesOfCategory[slice.categoryIndexOf(k)] << k;

    QList<Candidate> result;
    for (auto it = stagesOfCategory.cbegin(); it != stagesOfCategory.cend(); ++it) {
        Candidate c;
        c.category = it.key();
        qint64 stageComplaints = -1;
        for (int k : it.value()) {
            const qint64 inStage = slice.periodComplaints(-1, -1, {k}).value_or(0);
            c.hotspot.complaints += inStage;
            if (inStage > stageComplaints) {
                stageComplaints = inStage;
                c.hotspot.stage = slice.stageName(slice.stageOf(k));
            }
        }
        c.hotspot.lastMonth = slice.monthComplaints(last, it.value());
        c.hotspot.previousMonth = slice.monthComplaints(last - 1, it.value());
        if (c.hotspot.complaints == 0 && c.hotspot.previousMonth.value_or(0) == 0)
            continue;
        c.hotspot.category = slice.categoryOf(it.value().constFirst());
        if (c.hotspot.lastMonth && c.hotspot.previousMonth) {
            c.hotspot.increase = *c.hotspot.lastMonth - *c.hotspot.previousMonth;
            if (*c.hotspot.previousMonth > 0)
                c.hotspot.increasePercent = 100.0 * double(*c.hotspot.increase) / double(*c.hotspot.previousMonth);
        }
        c.hotspot.per10k = slice.per10k(it.value());
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
        return ka != kb ? ka > kb : a.hotspot.category < b.hotspot.category;
    });
    if (list.size() > top)
        list.resize(std::max(top, 0));
    return list;
}

} // namespace

Hotspots hotspots(const CubeSlice &slice, int top, int keywordCount)
{
    Hotspots result;
    if (!slice.hasPeriod() || !slice.periodComplaints())
        return result;
    result.month = slice.month(slice.lastMonth());
    result.previousMonth = slice.month(slice.lastMonth() - 1);

    const QList<Candidate> all = candidates(slice);
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

    // Keywords once per category, whichever lists it is in.
    QList<int> categories;
    for (const QList<Candidate> &list : lists)
        for (const Candidate &c : list)
            if (!categories.contains(c.category))
                categories << c.category;
    const QList<QList<std::pair<QString, qint64>>> keywords = slice.keywords(categories, keywordCount);
    QHash<int, QList<KeywordCount>> keywordsOf;
    for (qsizetype i = 0; i < categories.size(); ++i) {
        QList<KeywordCount> words;
        for (const auto &[word, count] : keywords.at(i))
            words << KeywordCount{word, count};
        keywordsOf.insert(categories.at(i), words);
    }

    QList<Hotspot> *targets[3] = {&result.byVolume, &result.byIncrease, &result.byPer10k};
    for (int i = 0; i < 3; ++i) {
        for (const Candidate &c : std::as_const(lists[i])) {
            Hotspot hotspot = c.hotspot;
            hotspot.keywords = keywordsOf.value(c.category);
            *targets[i] << hotspot;
        }
    }
    return result;
}

QJsonArray hotspotsToJson(const QList<Hotspot> &list)
{
    QJsonArray array;
    for (const Hotspot &h : list) {
        QJsonArray words;
        QJsonArray counts;
        for (const KeywordCount &k : h.keywords) {
            words.append(k.keyword);
            counts.append(QJsonObject{{u"keyword"_s, k.keyword}, {u"complaints"_s, k.complaints}});
        }
        array.append(QJsonObject{
            {u"category"_s, h.category},
            {u"stage"_s, h.stage},
            {u"complaints"_s, h.complaints},
            {u"last_month"_s, jsonCount(h.lastMonth)},
            {u"previous_month"_s, jsonCount(h.previousMonth)},
            {u"increase"_s, jsonCount(h.increase)},
            {u"increase_percent"_s, jsonNumber(h.increasePercent)},
            {u"per10k"_s, jsonNumber(h.per10k)},
            {u"keywords"_s, words},
            {u"keyword_counts"_s, counts},
        });
    }
    return array;
}

} // namespace cx
