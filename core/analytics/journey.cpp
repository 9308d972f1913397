#include "analytics/journey.h"

#include "analytics/factscope.h"

#include <QJsonObject>
#include <QSqlQuery>

#include <algorithm>
#include <cmath>

namespace cx {

using namespace Qt::StringLiterals;

QString trafficLightName(TrafficLight light)
{
    switch (light) {
    case TrafficLight::Green:
        return u"green"_s;
    case TrafficLight::Amber:
        return u"amber"_s;
    case TrafficLight::Red:
        return u"red"_s;
    case TrafficLight::None:
        break;
    }
    return u"none"_s;
}

TrafficLight trafficLight(double satisfaction, double per10k, const AnalysisSettings &settings)
{
    TrafficLight light = TrafficLight::None;
    const auto worsen = [&](TrafficLight other) { light = std::max(light, other); };
    if (std::isfinite(satisfaction)) {
        worsen(satisfaction >= settings.satisfactionTarget                           ? TrafficLight::Green
                   : satisfaction >= settings.satisfactionTarget - settings.amberMargin ? TrafficLight::Amber
                                                                                       : TrafficLight::Red);
    }
    if (std::isfinite(per10k)) {
        worsen(per10k <= settings.per10kTarget                                   ? TrafficLight::Green
                   : per10k <= settings.per10kTarget * settings.per10kAmberRatio ? TrafficLight::Amber
                                                                                 : TrafficLight::Red);
    }
    return light;
}

TrafficLight lightAgainstTarget(double value, double target, double amber, bool higherIsBetter)
{
    if (!std::isfinite(value))
        return TrafficLight::None;
    const double margin = higherIsBetter ? value - target : target - value;
    return margin >= 0 ? TrafficLight::Green : margin >= -amber ? TrafficLight::Amber : TrafficLight::Red;
}

JourneyMatrix journeyMatrix(const CubeSlice &slice, const AnalysisSettings &settings,
                            const QHash<QString, int> &openWorkOrders)
{
    JourneyMatrix matrix;
    const int first = slice.firstMonth();
    const int last = slice.lastMonth();
    if (slice.hasPeriod()) {
        matrix.fromMonth = slice.month(first);
        matrix.toMonth = slice.month(last);
        matrix.previousMonth = slice.month(last - 1);
    }
    matrix.per10kEstimated = slice.subscribersEstimated();
    matrix.per10kMonths = slice.per10kMonths();
    const bool subscribersKnown = !matrix.per10kMonths.isEmpty();
    const int configuredStages = int(slice.cube().stages().size());

    for (int stage = 0; stage < slice.stageCount(); ++stage) {
        JourneyCell cell;
        cell.stage = slice.stageName(stage);
        const int measure = Stage0Measure + stage;
        ScoreSums period;
        for (int m = first; m <= last; ++m)
            period.add(slice.scoreTotal(m, measure));
        cell.n = qint64(period.n);
        cell.satisfaction = period.mean();
        cell.satisfiedRate = period.rateAtLeast(settings.satisfiedScore);
        cell.satisfactionDelta = slice.scoreTotal(last, measure).mean() - slice.scoreTotal(last - 1, measure).mean();

        QList<int> categoryStages;
        for (int k = 0; k < slice.categoryStageCount(); ++k)
            if (slice.stageOf(k) == stage)
                categoryStages << k;
        if (categoryStages.isEmpty()) {
            // No category is filed under the stage: none of its complaints, where complaints are known.
            const auto none = [](std::optional<qint64> known) { return known ? std::optional<qint64>(0) : std::nullopt; };
            cell.complaints = none(slice.periodComplaints());
            cell.complaintsLastMonth = none(slice.monthComplaints(last));
            cell.complaintsPreviousMonth = none(slice.monthComplaints(last - 1));
        } else {
            cell.complaints = slice.periodComplaints(-1, -1, categoryStages);
            cell.complaintsLastMonth = slice.monthComplaints(last, categoryStages);
            cell.complaintsPreviousMonth = slice.monthComplaints(last - 1, categoryStages);
        }
        for (int k : std::as_const(categoryStages)) {
            const CategoryCount count{slice.categoryOf(k), slice.periodComplaints(-1, -1, {k}).value_or(0)};
            if (count.complaints > 0)
                cell.topCategories << count;
        }
        std::sort(cell.topCategories.begin(), cell.topCategories.end(), [](const auto &a, const auto &b) {
            return a.complaints != b.complaints ? a.complaints > b.complaints : a.category < b.category;
        });
        if (cell.topCategories.size() > 3)
            cell.topCategories.resize(3);
        if (categoryStages.isEmpty())
            cell.per10k = subscribersKnown ? 0.0 : kNaN;
        else
            cell.per10k = slice.per10k(categoryStages);
        cell.light = trafficLight(cell.satisfaction, cell.per10k, settings);
        cell.openWorkOrders = openWorkOrders.value(cell.stage);

        // Stages only found in the data (e.g. unmapped categories) appear when they hold something.
        if (stage >= configuredStages && cell.complaints.value_or(0) == 0 && cell.n == 0 && cell.openWorkOrders == 0)
            continue;
        matrix.cells << cell;
    }
    return matrix;
}

QHash<QString, int> openWorkOrdersByStage(const QSqlDatabase &db, const AnalysisScope &scope)
{
    QString sql =
        u"SELECT coalesce(w.stage, ''), count(*) FROM work_order w WHERE w.status <> 'closed' AND w.deleted_at IS NULL"_s;
    QVariantList bindings;
    if (const SqlConditions products = scope.conditions(u"w"_s, ScopeProducts); !products.sql.isEmpty()) {
        sql += u" AND (coalesce(w.product, '') = '' OR (1"_s + products.sql + u"))"_s;
        bindings << products.bindings;
    }
    const SqlConditions region = scope.conditions(u"w"_s, ScopeRegion);
    sql += region.sql + u" GROUP BY 1"_s;
    bindings << region.bindings;

    QHash<QString, int> counts;
    QSqlQuery q = runQuery(db, sql, bindings);
    while (q.next())
        counts.insert(q.value(0).toString(), q.value(1).toInt());
    return counts;
}

QJsonArray journeyToJson(const JourneyMatrix &matrix)
{
    QJsonArray cells;
    for (const JourneyCell &cell : matrix.cells) {
        QJsonArray top;
        for (const CategoryCount &category : cell.topCategories)
            top.append(QJsonObject{{u"category"_s, category.category}, {u"complaints"_s, category.complaints}});
        cells.append(QJsonObject{
            {u"stage"_s, cell.stage},
            {u"satisfaction"_s, jsonNumber(cell.satisfaction)},
            {u"satisfied_rate"_s, jsonNumber(cell.satisfiedRate)},
            {u"n"_s, cell.n},
            {u"satisfaction_delta"_s, jsonNumber(cell.satisfactionDelta)},
            {u"complaints"_s, jsonCount(cell.complaints)},
            {u"complaints_last_month"_s, jsonCount(cell.complaintsLastMonth)},
            {u"complaints_previous_month"_s, jsonCount(cell.complaintsPreviousMonth)},
            {u"per10k"_s, jsonNumber(cell.per10k)},
            {u"per10k_estimated"_s, matrix.per10kEstimated},
            {u"top_categories"_s, top},
            {u"light"_s, trafficLightName(cell.light)},
            {u"open_work_orders"_s, cell.openWorkOrders},
        });
    }
    return cells;
}

} // namespace cx
