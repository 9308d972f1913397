#include "analytics/productanalysis.h"

#include "analytics/factscope.h"

#include <QHash>
#include <QJsonObject>
#include <QMap>

#include <algorithm>
#include <array>
#include <cstring>

namespace cx {

using namespace Qt::StringLiterals;

namespace {

double numberOrNaN(const QVariant &value)
{
    return value.isNull() ? kNaN : value.toDouble();
}

QString directionId(Direction direction)
{
    static const std::array<QString, 3> ids{u"falling"_s, u"level"_s, u"rising"_s};
    return ids[size_t(int(direction) + 1)];
}

QJsonValue letterOrNull(bool valid, QChar letter)
{
    return valid ? QJsonValue(QString(letter)) : QJsonValue(QJsonValue::Null);
}

/// The last entry of `list` when it is `product`'s, else a new one for it:
/// rows arrive sorted by product.
template<class Entry>
Entry &entryOf(QList<Entry> &list, const QString &product)
{
    if (list.isEmpty() || list.constLast().product != product) {
        list.append(Entry{});
        list.last().product = product;
    }
    return list.last();
}

void finishLifecycle(ProductLifecycle &p)
{
    p.lifecycle = classifyLifecycle(p.users);
    p.consultation = classifyConsultation(p.consultations);
    p.ratio = consultationRatio(p.consultations, p.users);
    if (p.lifecycle.valid && p.consultation.valid)
        p.zones = campaignZones(p.lifecycle, p.consultation);
    if (p.lifecycle.valid && !p.lifecycle.phases.empty())
        p.phase = p.lifecycle.phases.back();
}

QJsonObject funnelObject(const QString &product, const QString &month, const FunnelRates &rates,
                         const ExperienceGap &gap)
{
    return {
        {u"product"_s, product},
        {u"month"_s, month},
        {u"awareness"_s, jsonNumber(rates[0])},
        {u"cognition"_s, jsonNumber(rates[1])},
        {u"acceptance"_s, jsonNumber(rates[2])},
        {u"approval"_s, jsonNumber(rates[3])},
        {u"gap_from"_s, gap.valid ? QJsonValue(funnelRateName(gap.from)) : QJsonValue(QJsonValue::Null)},
        {u"gap_to"_s, gap.valid ? QJsonValue(funnelRateName(gap.to)) : QJsonValue(QJsonValue::Null)},
        {u"gap_drop"_s, jsonNumber(gap.drop)},
    };
}

} // namespace

QList<ProductLifecycle> productLifecycles(const QSqlDatabase &db, const AnalysisScope &scope)
{
    // The whole history up to the end month: a curve's shape needs it.
    const SqlConditions c = scope.conditions(u"p"_s, ScopeToMonth | ScopeProducts);
    QSqlQuery q = runQuery(db,
                           u"SELECT p.product, p.month, p.users, p.consultations FROM product_monthly p "
                           "WHERE p.users IS NOT NULL"_s + c.sql + u" ORDER BY p.product, p.month"_s,
                           c.bindings);
    QList<ProductLifecycle> result;
    while (q.next()) {
        ProductLifecycle &p = entryOf(result, q.value(0).toString());
        p.months << q.value(1).toString();
        p.users.push_back(q.value(2).toDouble());
        p.consultations.push_back(numberOrNaN(q.value(3)));
    }
    for (ProductLifecycle &p : result)
        finishLifecycle(p);
    return result;
}

bool sameFigures(const QList<ProductLifecycle> &a, const QList<ProductLifecycle> &b)
{
    // NaN (a missing figure) never equals itself: compare the bits.
    const auto same = [](const std::vector<double> &x, const std::vector<double> &y) {
        return x.size() == y.size() && std::memcmp(x.data(), y.data(), x.size() * sizeof(double)) == 0;
    };
    return std::equal(a.cbegin(), a.cend(), b.cbegin(), b.cend(), [&](const ProductLifecycle &p, const ProductLifecycle &q) {
        return p.product == q.product && p.months == q.months && same(p.users, q.users)
            && same(p.consultations, q.consultations);
    });
}

QString lifecyclePhaseId(LifecyclePhase phase)
{
    static const std::array<QString, 4> ids{u"introduction"_s, u"growth"_s, u"maturity"_s, u"decline"_s};
    return ids[size_t(phase)];
}

QJsonArray lifecycleToJson(const QList<ProductLifecycle> &lifecycles)
{
    QJsonArray array;
    for (const ProductLifecycle &p : lifecycles) {
        QJsonArray phases;
        for (LifecyclePhase phase : p.lifecycle.phases)
            phases.append(lifecyclePhaseId(phase));
        QJsonArray zones;
        for (CampaignZone zone : p.zones)
            zones.append(QString(campaignZoneLetter(zone)));
        const ConsultationResult &cc = p.consultation;
        array.append(QJsonObject{
            {u"product"_s, p.product},
            {u"curve_type"_s, letterOrNull(p.lifecycle.valid, lifecycleTypeLetter(p.lifecycle.type))},
            {u"consult_cycle_type"_s, letterOrNull(cc.valid, consultationTypeLetter(cc.type))},
            {u"confidence"_s, p.lifecycle.valid ? QJsonValue(p.lifecycle.confidence) : QJsonValue()},
            {u"consult_confidence"_s, cc.valid ? QJsonValue(cc.confidence) : QJsonValue()},
            {u"phase"_s, p.phase ? QJsonValue(lifecyclePhaseId(*p.phase)) : QJsonValue()},
            {u"wave_width"_s, jsonNumber(cc.waveWidth)},
            {u"wave_height"_s, jsonNumber(cc.waveHeight)},
            {u"favourable_trend"_s, cc.valid ? QJsonValue(cc.favourableTrend) : QJsonValue()},
            {u"ratio_trend"_s, p.ratio.valid ? QJsonValue(directionId(p.ratio.trend)) : QJsonValue()},
            {u"ratio_slope"_s, jsonNumber(p.ratio.slope)},
            {u"ratio_p"_s, jsonNumber(p.ratio.p)},
            {u"months"_s, QJsonArray::fromStringList(p.months)},
            {u"phases"_s, phases},
            {u"zones"_s, zones},
        });
    }
    return array;
}

QList<ProductFunnel> productFunnels(const QSqlDatabase &db, const AnalysisScope &scope)
{
    const SqlConditions c = scope.conditions(u"f"_s, ScopePeriod | ScopeProducts);
    QSqlQuery q = runQuery(db,
                           u"SELECT f.product, f.month, f.awareness, f.cognition, f.acceptance, f.approval "
                           "FROM funnel_rate f WHERE 1"_s + c.sql + u" ORDER BY f.product, f.month"_s,
                           c.bindings);
    QList<ProductFunnel> result;
    while (q.next()) {
        ProductFunnel &p = entryOf(result, q.value(0).toString());
        FunnelMonth m;
        m.month = q.value(1).toString();
        for (int i = 0; i < 4; ++i)
            m.rates[size_t(i)] = numberOrNaN(q.value(2 + i));
        m.gap = experienceGap(m.rates);
        p.months << m;
    }
    for (ProductFunnel &p : result) {
        std::vector<FunnelRates> months;
        for (const FunnelMonth &m : std::as_const(p.months))
            months.push_back(m.rates);
        p.average = averageFunnel(months);
        p.averageGap = experienceGap(p.average);
    }
    return result;
}

QJsonArray funnelToJson(const QList<ProductFunnel> &funnels)
{
    QJsonArray array;
    for (const ProductFunnel &p : funnels) {
        for (const FunnelMonth &m : p.months) {
            QJsonObject o = funnelObject(p.product, m.month, m.rates, m.gap);
            o.insert(u"average"_s, false);
            array.append(o);
        }
        QJsonObject average = funnelObject(p.product, QString(), p.average, p.averageGap);
        average.insert(u"average"_s, true);
        average.insert(u"months"_s, p.months.size());
        array.append(average);
    }
    return array;
}

int KanoAnswers::intern(const QString &value)
{
    const auto it = m_index.constFind(value);
    if (it != m_index.constEnd())
        return *it;
    m_values << value;
    m_index.insert(value, int(m_values.size() - 1));
    return int(m_values.size() - 1);
}

KanoAnswers KanoAnswers::read(const QSqlDatabase &db)
{
    // Pairs the two answers of one response about one feature; counting
    // identical pairs in SQL keeps the work proportional to distinct answers.
    // CROSS JOIN fixes the join order so that the dysfunctional answer is
    // found by its full key (response, question): left to itself, SQLite
    // pairs every answer of a response with every other (~10x slower).
    QSqlQuery q = runQuery(db,
                           u"WITH pairs AS MATERIALIZED (SELECT qf.id AS f, qd.id AS d, qf.feature AS feature "
                           "FROM survey_question qf JOIN survey_question qd "
                           "ON qd.feature = qf.feature AND qd.kind = 'kano_dysfunctional' "
                           "WHERE qf.kind = 'kano_functional' AND qf.feature <> '') "
                           "SELECT r.month, r.product, r.city, r.county, r.grid, p.feature, min(p.f), af.answer, ad.answer, "
                           "count(*) FROM survey_response r "
                           "CROSS JOIN survey_answer af CROSS JOIN pairs p CROSS JOIN survey_answer ad "
                           "WHERE af.response_id = r.id AND p.f = af.question_id "
                           "AND ad.response_id = r.id AND ad.question_id = p.d "
                           "GROUP BY r.month, r.product, r.city, r.county, r.grid, p.feature, af.answer, ad.answer"_s);
    KanoAnswers answers;
    while (q.next()) {
        Cell cell;
        for (int i = 0; i < 6; ++i)
            cell.keys[size_t(i)] = answers.intern(q.value(i).toString());
        cell.order = q.value(6).toLongLong();
        cell.functional = parseKanoAnswer(q.value(7).toString());
        cell.dysfunctional = parseKanoAnswer(q.value(8).toString());
        cell.n = q.value(9).toLongLong();
        answers.m_cells.push_back(cell);
    }
    return answers;
}

QList<KanoFeature> kanoFeatures(const QSqlDatabase &db, const AnalysisScope &scope)
{
    return kanoFeatures(db, scope, KanoAnswers::read(db));
}

QList<KanoFeature> kanoFeatures(const QSqlDatabase &db, const AnalysisScope &scope, const KanoAnswers &answers)
{
    // Which interned values each column may take under the filter (the same
    // members as ScopeSurvey): the period, the products, the region's path.
    const AnalysisFilter &filter = scope.filter();
    const qsizetype values = answers.m_values.size();
    std::vector<char> inPeriod(static_cast<size_t>(values), 0);
    std::vector<char> inProducts(static_cast<size_t>(values), 0);
    for (qsizetype i = 0; i < values; ++i) {
        const QString &value = answers.m_values.at(i);
        inPeriod[size_t(i)] = (filter.fromMonth.isEmpty() || value >= filter.fromMonth)
                              && (filter.toMonth.isEmpty() || value <= filter.toMonth);
        inProducts[size_t(i)] = filter.products.isEmpty() || filter.products.contains(value);
    }
    const QStringList path = filter.region.names();
    std::array<int, 3> region{-1, -1, -1}; // city, county, grid; -1 any
    for (qsizetype level = 0; level < path.size() && level < 3; ++level)
        region[size_t(level)] = answers.m_index.value(path.at(level), -2); // -2: no response has it

    QMap<QString, KanoFeature> features;
    QHash<QString, qint64> surveyOrder;
    for (const KanoAnswers::Cell &cell : answers.m_cells) {
        if (!scope.regionKnown() || !inPeriod[size_t(cell.keys[0])] || !inProducts[size_t(cell.keys[1])])
            continue;
        bool inRegion = true;
        for (size_t level = 0; level < 3; ++level)
            inRegion = inRegion && (region[level] == -1 || region[level] == cell.keys[2 + level]);
        if (!inRegion)
            continue;
        const QString &feature = answers.m_values.at(cell.keys[5]);
        KanoFeature &f = features[feature];
        f.feature = feature;
        surveyOrder[feature] = surveyOrder.contains(feature) ? std::min(surveyOrder[feature], cell.order) : cell.order;
        if (cell.functional && cell.dysfunctional)
            f.tally.add(kanoEvaluate(*cell.functional, *cell.dysfunctional), cell.n);
        else
            f.tally.unreadable += cell.n;
    }

    std::optional<LifecyclePhase> phase;
    if (filter.products.size() == 1) {
        const QList<ProductLifecycle> lifecycle = productLifecycles(db, scope);
        if (!lifecycle.isEmpty())
            phase = lifecycle.constFirst().phase;
    }
    QList<KanoFeature> result;
    for (KanoFeature &f : features) {
        f.kanoClass = f.tally.dominant();
        f.phase = phase;
        if (f.kanoClass && phase)
            f.strategy = kanoStrategy(*f.kanoClass, *phase);
        result << f;
    }
    const auto priority = [](const KanoFeature &f) { return f.kanoClass ? kanoPriority(*f.kanoClass) : 99; };
    std::stable_sort(result.begin(), result.end(), [&](const KanoFeature &a, const KanoFeature &b) {
        if (priority(a) != priority(b))
            return priority(a) < priority(b);
        return surveyOrder.value(a.feature) < surveyOrder.value(b.feature);
    });
    return result;
}

QJsonArray kanoToJson(const QList<KanoFeature> &features)
{
    static constexpr KanoClass classes[] = {KanoClass::Attractive,  KanoClass::OneDimensional,
                                            KanoClass::MustBe,      KanoClass::Indifferent,
                                            KanoClass::Reverse,     KanoClass::Questionable};
    QJsonArray array;
    for (const KanoFeature &f : features) {
        QJsonObject counts;
        for (KanoClass k : classes)
            counts.insert(QString(kanoClassLetter(k)), f.tally.count(k));
        array.append(QJsonObject{
            {u"feature"_s, f.feature},
            {u"class"_s, letterOrNull(f.kanoClass.has_value(), f.kanoClass ? kanoClassLetter(*f.kanoClass) : QChar())},
            {u"better"_s, jsonNumber(f.tally.better())},
            {u"worse"_s, jsonNumber(f.tally.worse())},
            {u"counts"_s, counts},
            {u"n"_s, f.tally.total()},
            {u"unreadable"_s, f.tally.unreadable},
            {u"priority"_s, f.kanoClass ? QJsonValue(kanoPriority(*f.kanoClass)) : QJsonValue()},
            {u"phase"_s, f.phase ? QJsonValue(lifecyclePhaseId(*f.phase)) : QJsonValue()},
            {u"strategy"_s, f.strategy.isEmpty() ? QJsonValue() : QJsonValue(f.strategy)},
        });
    }
    return array;
}

} // namespace cx
