#include "analytics/servicequality.h"

#include "analytics/factscope.h"

#include <QJsonObject>

// The service quality as `cxwb-cli analyze --json` prints it.

namespace cx {

using namespace Qt::StringLiterals;

namespace {

// The measures of one month with their n and light (see serviceToJson()).
QJsonObject figuresJson(const ServiceQuality &quality, const ServiceFigures &f, QJsonObject row)
{
    for (int i = 0; i < serviceMeasureCount; ++i) {
        const auto measure = ServiceMeasure(i);
        row.insert(serviceMeasureKey(measure), f.known && measure == ServiceMeasure::Complaints
                                                   ? QJsonValue(f.complaints)
                                                   : jsonNumber(f.value(measure)));
    }
    const auto count = [&](qint64 n) { return f.known ? QJsonValue(n) : QJsonValue(); };
    row.insert(u"result_n"_s, count(f.resultN));
    row.insert(u"first_time_n"_s, count(f.firstN));
    row.insert(u"repeat_n"_s, count(f.repeatN));
    row.insert(u"escalation_n"_s, count(f.escalationN));
    row.insert(u"regulator_complaints"_s, count(f.regulator));
    row.insert(u"users"_s, f.known && f.users > 0 ? QJsonValue(f.users) : QJsonValue());
    row.insert(u"hours_n"_s, count(f.hoursN));
    row.insert(u"overdue"_s, count(f.overdue));
    row.insert(u"callback_n"_s, count(f.callbackRated));
    row.insert(u"callbacks_unrated"_s, count(f.callbackN - f.callbackRated));
    row.insert(u"light"_s, trafficLightName(quality.light(f)));
    return row;
}

} // namespace

QJsonArray serviceToJson(const ServiceQuality &quality, ServiceGrouping grouping)
{
    const QString groupKey = grouping == ServiceGrouping::Department ? u"department"_s
        : grouping == ServiceGrouping::Channel                       ? u"channel"_s
                                                                     : u"region"_s;
    QJsonArray array;
    for (const ServiceGroup &group : quality.of(grouping)) {
        for (int m = quality.firstMonth; m <= quality.lastMonth; ++m)
            array.append(figuresJson(quality, group.month(m),
                                     {{groupKey, grouping == ServiceGrouping::Area ? QJsonValue(regionToJson(group.area))
                                                                                   : QJsonValue(group.name)},
                                      {u"month"_s, quality.months.at(m)}}));
    }
    return array;
}

QJsonArray serviceTotalToJson(const ServiceQuality &quality)
{
    QJsonArray array;
    for (int m = quality.firstMonth; m <= quality.lastMonth; ++m)
        array.append(figuresJson(quality, quality.total.month(m), {{u"month"_s, quality.months.at(m)}}));
    return array;
}

QJsonArray serviceRankingToJson(const ServiceQuality &quality, ServiceGrouping grouping, ServiceMeasure measure)
{
    QJsonArray array;
    int rank = 0;
    for (const ServiceGroup *group : rankedGroups(quality, grouping, measure)) {
        const ServiceFigures &after = group->month(quality.lastMonth);
        const ServiceFigures &before = group->month(quality.lastMonth - 1);
        const bool hasBefore = quality.lastMonth >= 1;
        const double change = hasBefore ? after.value(measure) - before.value(measure) : kNaN;
        array.append(figuresJson(quality, group->period,
                                 {{u"rank"_s, ++rank},
                                  {u"group"_s, group->name},
                                  {u"measure"_s, serviceMeasureKey(measure)},
                                  {u"change"_s, jsonNumber(change)},
                                  {u"change_p"_s, jsonNumber(hasBefore ? serviceChangeP(measure, before, after) : kNaN)},
                                  {u"alert_months"_s, [&] {
                                       QJsonArray months;
                                       for (int m : group->alertMonths)
                                           months.append(quality.months.at(m));
                                       return months;
                                   }()}}));
    }
    return array;
}

QJsonArray serviceChangesToJson(const QList<ServiceChange> &changes)
{
    QJsonArray array;
    for (const ServiceChange &c : changes) {
        array.append(QJsonObject{
            {u"measure"_s, serviceMeasureKey(c.measure)},
            {u"grouping"_s, c.grouping == ServiceGrouping::Department ? u"department"_s
                                : c.grouping == ServiceGrouping::Channel ? u"channel"_s
                                                                         : u"region"_s},
            {u"group"_s, c.group},
            {u"month"_s, c.month},
            {u"previous_month"_s, c.previousMonth},
            {u"before"_s, jsonNumber(c.before)},
            {u"after"_s, jsonNumber(c.after)},
            {u"n_before"_s, c.nBefore},
            {u"n_after"_s, c.nAfter},
            {u"p_raw"_s, jsonNumber(c.pRaw)},
            {u"p_value"_s, jsonNumber(c.pValue)},
            {u"p_value_adjustment"_s, u"benjamini-hochberg"_s},
            {u"description"_s, c.description()},
        });
    }
    return array;
}

} // namespace cx
