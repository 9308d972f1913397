#include "workorders/workorderdrafts.h"

#include "analytics/kano.h"
#include "settings/workspacesettings.h"
#include "workorders/workorderstore.h"
#include "workorders/workordertext.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QMap>
#include <QSqlQuery>

#include <cmath>

namespace cx {

using namespace Qt::StringLiterals;

namespace {

QJsonValue number(double value)
{
    return std::isfinite(value) ? QJsonValue(value) : QJsonValue();
}

// A count that may be unknown (a month without complaint data): null in JSON, "–" in text.
QJsonValue count(const std::optional<qint64> &value)
{
    return value ? QJsonValue(*value) : QJsonValue();
}

QString countText(const std::optional<qint64> &value)
{
    return value ? QLocale().toString(*value) : u"–"_s;
}

QString evidenceText(QJsonObject evidence, const AnalysisFilter &filter)
{
    QJsonObject scope{{u"from_month"_s, filter.fromMonth},
                      {u"to_month"_s, filter.toMonth},
                      {u"products"_s, QJsonValue::fromVariant(filter.products)},
                      {u"region"_s, filter.region.text()},
                      {u"channel"_s, filter.channel}};
    evidence.insert(u"filter"_s, scope);
    return QString::fromUtf8(QJsonDocument(evidence).toJson(QJsonDocument::Compact));
}

void setRegion(WorkOrder &draft, const RegionPath &region)
{
    draft.city = region.city;
    draft.county = region.county;
    draft.grid = region.grid;
}

// A new draft with the filter's scene and the context's due date.
WorkOrder startDraft(const DraftContext &context)
{
    WorkOrder draft;
    const AnalysisFilter &filter = context.filter;
    if (filter.products.size() == 1)
        draft.product = filter.products.constFirst();
    setRegion(draft, filter.region);
    draft.dueDate = context.today.addDays(context.dueDays);
    return draft;
}

QString scenePrefix(const WorkOrder &draft)
{
    QStringList parts;
    for (const QString &part : {draft.product, draft.regionText(), draft.stage})
        if (!part.isEmpty())
            parts << part;
    return parts.join(u" · "_s);
}

QString titled(const WorkOrder &draft, const QString &what)
{
    const QString prefix = scenePrefix(draft);
    return prefix.isEmpty() ? what : u"%1: %2"_s.arg(prefix, what);
}

QString formatted(double value, int decimals)
{
    return std::isfinite(value) ? QLocale().toString(value, 'f', decimals) : u"–"_s;
}

} // namespace

DraftContext DraftContext::fromWorkspace(const QSqlDatabase &db, const AnalysisFilter &filter)
{
    DraftContext context;
    context.filter = filter;
    context.settings = AnalysisSettings::fromWorkspace(WorkspaceSettings(db));
    context.dueDays = defaultDueDays();

    QSqlQuery q(db);
    q.setForwardOnly(true);
    QMap<QString, QMap<QString, int>> stageDepartments; // ordered, so ties go by name
    if (q.exec(u"SELECT m.category, m.stage, m.experience_level, i.department FROM category_map m "
               "LEFT JOIN indicator i ON i.code = m.element_code"_s)) {
        while (q.next()) {
            const QString category = q.value(0).toString();
            const QString department = q.value(3).toString();
            if (!q.value(2).toString().isEmpty())
                context.experienceByCategory.insert(category, q.value(2).toString());
            if (department.isEmpty())
                continue;
            context.departmentByCategory.insert(category, department);
            ++stageDepartments[q.value(1).toString()][department];
        }
    }
    for (auto stage = stageDepartments.cbegin(); stage != stageDepartments.cend(); ++stage) {
        QString best;
        int most = 0;
        for (auto it = stage->cbegin(); it != stage->cend(); ++it)
            if (it.value() > most) {
                most = it.value();
                best = it.key();
            }
        context.departmentByStage.insert(stage.key(), best);
    }
    return context;
}

WorkOrder draftFromAlert(const Alert &alert, const DraftContext &context)
{
    WorkOrder draft = startDraft(context);
    if (!alert.product.isEmpty())
        draft.product = alert.product;
    if (!alert.region.isProvince())
        setRegion(draft, alert.region);
    draft.stage = alert.stage;
    draft.severity = alert.description();
    draft.baseline.month = alert.month;
    draft.baseline.value = alert.after;
    draft.baseline.n = alert.nAfter;
    draft.targetValue = alert.before;
    const QLocale locale;
    switch (alert.metric) {
    case AlertMetric::Satisfaction:
        draft.metric = MetricSpec{MetricKind::Satisfaction, alert.stage}.toString();
        draft.title = titled(draft, WorkOrderText::tr("satisfaction dropped"));
        draft.symptom = WorkOrderText::tr("Mean satisfaction fell from %1 in %2 to %3 in %4.")
                            .arg(formatted(alert.before, 2), alert.previousMonth, formatted(alert.after, 2), alert.month);
        draft.ownerDepartment = context.departmentByStage.value(alert.stage);
        break;
    case AlertMetric::SatisfiedRate:
        draft.metric = MetricSpec{MetricKind::SatisfiedRate, alert.stage}.toString();
        draft.title = titled(draft, WorkOrderText::tr("满意率 dropped"));
        draft.symptom = WorkOrderText::tr("满意率 fell from %1% in %2 to %3% in %4.")
                            .arg(formatted(alert.before * 100, 1), alert.previousMonth,
                                 formatted(alert.after * 100, 1), alert.month);
        draft.ownerDepartment = context.departmentByStage.value(alert.stage);
        break;
    case AlertMetric::Complaints:
        draft.metric = MetricSpec{MetricKind::Complaints, alert.category}.toString();
        draft.title = titled(draft, WorkOrderText::tr("%1 complaints rose").arg(alert.category));
        draft.symptom = WorkOrderText::tr("Complaints about %1 rose from %2 in %3 to %4 in %5.")
                            .arg(alert.category, locale.toString(alert.nBefore), alert.previousMonth,
                                 locale.toString(alert.nAfter), alert.month);
        draft.ownerDepartment = context.departmentByCategory.value(alert.category);
        draft.experienceLevel = context.experienceByCategory.value(alert.category);
        break;
    }
    draft.evidence = evidenceText(
        QJsonObject{{u"kind"_s, u"alert"_s},
                    {u"metric"_s, alertMetricName(alert.metric)},
                    {u"description"_s, alert.description()},
                    {u"product"_s, alert.product},
                    {u"stage"_s, alert.stage},
                    {u"category"_s, alert.category},
                    {u"region"_s, alert.region.text()},
                    {u"month"_s, alert.month},
                    {u"previous_month"_s, alert.previousMonth},
                    {u"before"_s, number(alert.before)},
                    {u"after"_s, number(alert.after)},
                    {u"n_before"_s, alert.nBefore},
                    {u"n_after"_s, alert.nAfter},
                    {u"p_value"_s, number(alert.pValue)},
                    {u"statistic"_s, number(alert.statistic)}},
        context.filter);
    return draft;
}

WorkOrder draftFromHotspot(const Hotspot &hotspot, const Hotspots &hotspots, const DraftContext &context)
{
    WorkOrder draft = startDraft(context);
    draft.stage = hotspot.stage;
    draft.metric = MetricSpec{MetricKind::Complaints, hotspot.category}.toString();
    draft.title = titled(draft, WorkOrderText::tr("%1 complaint hotspot").arg(hotspot.category));
    QStringList keywords;
    for (const KeywordCount &keyword : hotspot.keywords)
        keywords << keyword.keyword;
    draft.symptom = keywords.isEmpty()
        ? WorkOrderText::tr("%1 is among the top complaint categories.").arg(hotspot.category)
        : WorkOrderText::tr("%1 is among the top complaint categories; its complaints mention %2.")
              .arg(hotspot.category, keywords.join(WorkOrderText::tr(", ")));
    draft.severity = WorkOrderText::tr("%1: %2 complaints in %3 (%4 in %5, increase %6), 万投比 %7")
                         .arg(hotspot.category, countText(hotspot.lastMonth), hotspots.month,
                              countText(hotspot.previousMonth), hotspots.previousMonth,
                              hotspot.increase ? QString::asprintf("%+lld", static_cast<long long>(*hotspot.increase))
                                               : u"–"_s,
                              formatted(hotspot.per10k, 3));
    draft.ownerDepartment = context.departmentByCategory.value(hotspot.category);
    draft.experienceLevel = context.experienceByCategory.value(hotspot.category);
    draft.baseline.month = hotspots.month;
    if (hotspot.lastMonth) {
        draft.baseline.value = double(*hotspot.lastMonth);
        draft.baseline.n = *hotspot.lastMonth;
    }
    if (hotspot.increase.value_or(0) > 0 && hotspot.previousMonth)
        draft.targetValue = double(*hotspot.previousMonth);
    draft.evidence = evidenceText(QJsonObject{{u"kind"_s, u"hotspot"_s},
                                              {u"category"_s, hotspot.category},
                                              {u"stage"_s, hotspot.stage},
                                              {u"month"_s, hotspots.month},
                                              {u"previous_month"_s, hotspots.previousMonth},
                                              {u"complaints"_s, hotspot.complaints},
                                              {u"last_month"_s, count(hotspot.lastMonth)},
                                              {u"previous_month_complaints"_s, count(hotspot.previousMonth)},
                                              {u"increase"_s, count(hotspot.increase)},
                                              {u"increase_percent"_s, number(hotspot.increasePercent)},
                                              {u"per10k"_s, number(hotspot.per10k)},
                                              {u"keywords"_s, QJsonValue::fromVariant(keywords)}},
                                  context.filter);
    return draft;
}

WorkOrder draftFromJourneyCell(const JourneyCell &cell, const JourneyMatrix &matrix, const DraftContext &context)
{
    WorkOrder draft = startDraft(context);
    draft.stage = cell.stage;
    draft.ownerDepartment = context.departmentByStage.value(cell.stage);
    draft.baseline.month = matrix.toMonth;
    QStringList categories;
    for (const CategoryCount &category : cell.topCategories)
        categories << u"%1 %2"_s.arg(category.category, QLocale().toString(category.complaints));
    if (cell.n > 0) {
        draft.metric = MetricSpec{MetricKind::Satisfaction, cell.stage}.toString();
        draft.targetValue = context.settings.satisfactionTarget;
        draft.title = titled(draft, WorkOrderText::tr("raise satisfaction"));
    } else {
        draft.metric = MetricSpec{MetricKind::Complaints, cell.stage}.toString();
        draft.title = titled(draft, WorkOrderText::tr("reduce complaints"));
    }
    draft.symptom = categories.isEmpty()
        ? WorkOrderText::tr("Stage %1 has no complaints in the period.").arg(cell.stage)
        : WorkOrderText::tr("Largest complaint categories of %1: %2.")
              .arg(cell.stage, categories.join(WorkOrderText::tr(", ")));
    draft.severity = WorkOrderText::tr("%1 %2–%3: satisfaction %4 (n = %5, %6 vs the month before), "
                                       "%7 complaints, 万投比 %8, light %9")
                         .arg(cell.stage, matrix.fromMonth, matrix.toMonth, formatted(cell.satisfaction, 2))
                         .arg(cell.n)
                         .arg(formatted(cell.satisfactionDelta, 2), countText(cell.complaints),
                              formatted(cell.per10k, 3), trafficLightName(cell.light));
    draft.evidence = evidenceText(QJsonObject{{u"kind"_s, u"journey"_s},
                                              {u"stage"_s, cell.stage},
                                              {u"from_month"_s, matrix.fromMonth},
                                              {u"to_month"_s, matrix.toMonth},
                                              {u"satisfaction"_s, number(cell.satisfaction)},
                                              {u"satisfied_rate"_s, number(cell.satisfiedRate)},
                                              {u"n"_s, cell.n},
                                              {u"satisfaction_delta"_s, number(cell.satisfactionDelta)},
                                              {u"complaints"_s, count(cell.complaints)},
                                              {u"per10k"_s, number(cell.per10k)},
                                              {u"light"_s, trafficLightName(cell.light)}},
                                  context.filter);
    return draft;
}

WorkOrder draftFromResponsibilityChain(const ResponsibilityChain &chain, const DraftContext &context)
{
    WorkOrder draft = startDraft(context);
    if (!chain.city.isEmpty())
        setRegion(draft, RegionPath(chain.city));
    draft.stage = chain.stageDrop ? chain.stageDrop->stage : chain.stages.value(0);
    draft.ownerDepartment = chain.department;
    const IndicatorAttainment &missed = chain.koi ? *chain.koi : chain.kei;
    const auto attainment = [](const IndicatorAttainment &a) {
        return WorkOrderText::tr("%1 %2 %3%4 (target %5 %6%4)")
            .arg(a.code, a.name, formatted(a.value, 2), a.unit, a.direction < 0 ? u"≤"_s : u"≥"_s,
                 formatted(a.target, 2));
    };
    QStringList steps{u"%1 %2"_s.arg(chain.elementCode, chain.elementName), attainment(chain.kei)};
    if (chain.koi)
        steps << attainment(*chain.koi);
    steps << chain.department;
    draft.title = titled(draft, WorkOrderText::tr("%1 missed its target").arg(missed.name));
    draft.symptom = chain.stageDrop
        ? WorkOrderText::tr("Satisfaction of %1 fell from %2 to %3 while %4 missed its target.")
              .arg(chain.stageDrop->stage, formatted(chain.stageDrop->before.mean, 2),
                   formatted(chain.stageDrop->after.mean, 2), chain.kei.name)
        : WorkOrderText::tr("%1 missed its target in %2.").arg(chain.kei.name, chain.month);
    draft.severity = u"%1 %2: %3"_s.arg(chain.month, chain.city, steps.join(u" → "_s));
    if (chain.koi)
        draft.rootCause = attainment(*chain.koi);
    draft.metric = MetricSpec{MetricKind::Indicator, missed.code}.toString();
    draft.baseline.month = chain.month;
    draft.baseline.value = missed.value;
    draft.targetValue = missed.target;
    draft.evidence = evidenceText(QJsonObject{{u"kind"_s, u"responsibility"_s},
                                              {u"month"_s, chain.month},
                                              {u"city"_s, chain.city},
                                              {u"element"_s, chain.elementCode},
                                              {u"kei"_s, chain.kei.code},
                                              {u"kei_value"_s, number(chain.kei.value)},
                                              {u"kei_target"_s, number(chain.kei.target)},
                                              {u"koi"_s, chain.koi ? chain.koi->code : QString()},
                                              {u"koi_value"_s, number(chain.koi ? chain.koi->value : kNaN)},
                                              {u"koi_target"_s, number(chain.koi ? chain.koi->target : kNaN)},
                                              {u"department"_s, chain.department},
                                              {u"severity"_s, chain.severity},
                                              {u"stage_dropped"_s, chain.stageDrop.has_value()}},
                                  context.filter);
    return draft;
}

WorkOrder draftFromKanoFeature(const KanoFeature &feature, const DraftContext &context)
{
    WorkOrder draft = startDraft(context);
    const QString letter = feature.kanoClass ? QString(kanoClassLetter(*feature.kanoClass)) : QString();
    draft.kanoClass = letter;
    draft.experienceLevel = experienceLevelForKano(letter);
    draft.strategy = !feature.strategy.isEmpty() || !feature.kanoClass
        ? feature.strategy
        : kanoStrategy(*feature.kanoClass, LifecyclePhase::Maturity);
    draft.title = titled(draft, WorkOrderText::tr("%1 (Kano %2)").arg(feature.feature, kanoClassLabel(letter)));
    draft.symptom = WorkOrderText::tr("Customers rate the feature %1 as %2.")
                        .arg(feature.feature, feature.kanoClass ? kanoClassName(*feature.kanoClass) : u"–"_s);
    const KanoTally &tally = feature.tally;
    draft.severity = WorkOrderText::tr("Better %1, Worse %2 (n = %3; A %4, O %5, M %6, I %7, R %8, Q %9)")
                         .arg(formatted(tally.better(), 2), formatted(tally.worse(), 2))
                         .arg(tally.total())
                         .arg(tally.count(KanoClass::Attractive))
                         .arg(tally.count(KanoClass::OneDimensional))
                         .arg(tally.count(KanoClass::MustBe))
                         .arg(tally.count(KanoClass::Indifferent))
                         .arg(tally.count(KanoClass::Reverse))
                         .arg(tally.count(KanoClass::Questionable));
    draft.metric = MetricSpec{MetricKind::Satisfaction, QString()}.toString();
    draft.baseline.month = context.filter.toMonth;
    draft.targetValue = context.settings.satisfactionTarget;
    draft.evidence = evidenceText(QJsonObject{{u"kind"_s, u"kano"_s},
                                              {u"feature"_s, feature.feature},
                                              {u"class"_s, letter},
                                              {u"better"_s, number(tally.better())},
                                              {u"worse"_s, number(tally.worse())},
                                              {u"n"_s, tally.total()},
                                              {u"strategy"_s, draft.strategy}},
                                  context.filter);
    return draft;
}

WorkOrder draftFromFunnelGap(const ProductFunnel &funnel, const QString &focus, const DraftContext &context)
{
    WorkOrder draft = startDraft(context);
    draft.product = funnel.product;
    const ExperienceGap &gap = funnel.averageGap;
    const QString from = funnelRateName(gap.from);
    const QString to = funnelRateName(gap.to);
    draft.strategy = focus;
    draft.title = titled(draft, WorkOrderText::tr("体验鸿沟 %1 → %2").arg(from, to));
    const QString first = funnel.months.isEmpty() ? QString() : funnel.months.constFirst().month;
    const QString last = funnel.months.isEmpty() ? QString() : funnel.months.constLast().month;
    draft.symptom = WorkOrderText::tr("Of the customers at %1 (%2%), fewer reach %3 (%4%): the largest drop of the funnel, %5 – %6.")
                        .arg(from, formatted(funnel.average.at(std::size_t(gap.from)), 1), to,
                             formatted(funnel.average.at(std::size_t(gap.to)), 1), first, last);
    draft.severity = WorkOrderText::tr("%1 → %2: −%3 percentage points (average of %n month(s))", nullptr, int(funnel.months.size()))
                         .arg(from, to, formatted(gap.drop, 1));
    QJsonArray months;
    for (const FunnelMonth &m : funnel.months)
        months.append(QJsonObject{{u"month"_s, m.month},
                                  {u"gap"_s, m.gap.valid ? m.gap.label() : QString()},
                                  {u"drop"_s, number(m.gap.drop)}});
    draft.evidence = evidenceText(QJsonObject{{u"kind"_s, u"funnel"_s},
                                              {u"product"_s, funnel.product},
                                              {u"gap"_s, gap.label()},
                                              {u"drop"_s, number(gap.drop)},
                                              {u"from_rate"_s, number(funnel.average.at(std::size_t(gap.from)))},
                                              {u"to_rate"_s, number(funnel.average.at(std::size_t(gap.to)))},
                                              {u"months"_s, months},
                                              {u"description"_s, draft.severity}},
                                  context.filter);
    return draft;
}

WorkOrder draftFromServiceChange(const ServiceChange &change, const DraftContext &context)
{
    WorkOrder draft = startDraft(context);
    const bool rate = serviceIsRate(change.measure);
    const QString measure = serviceMeasureName(change.measure);
    if (change.grouping == ServiceGrouping::Department)
        draft.ownerDepartment = change.group;
    draft.touchpoint = change.grouping == ServiceGrouping::Channel ? change.group : QString();
    draft.title = titled(draft, WorkOrderText::tr("%1: %2 worsened").arg(change.group.isEmpty() ? WorkOrderText::tr("All complaints") : change.group, measure));
    draft.symptom = WorkOrderText::tr("%1 went from %2 in %3 to %4 in %5.")
                        .arg(measure, rate ? formatted(change.before * 100, 1) + u'%' : formatted(change.before, 2),
                             change.previousMonth, rate ? formatted(change.after * 100, 1) + u'%' : formatted(change.after, 2),
                             change.month);
    draft.severity = change.description();
    draft.targetValue = change.before;
    draft.baseline.month = change.month;
    draft.baseline.value = change.after;
    draft.baseline.n = change.nAfter;
    draft.evidence = evidenceText(QJsonObject{{u"kind"_s, u"service_change"_s},
                                              {u"measure"_s, serviceMeasureKey(change.measure)},
                                              {u"group"_s, change.group},
                                              {u"description"_s, change.description()},
                                              {u"month"_s, change.month},
                                              {u"previous_month"_s, change.previousMonth},
                                              {u"before"_s, number(change.before)},
                                              {u"after"_s, number(change.after)},
                                              {u"n_before"_s, change.nBefore},
                                              {u"n_after"_s, change.nAfter},
                                              {u"p_value"_s, number(change.pValue)}},
                                  context.filter);
    return draft;
}

} // namespace cx
