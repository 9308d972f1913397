#include "analytics/responsibility.h"

#include "analytics/cubeslice.h"
#include "analytics/factscope.h"
#include "settings/workspacesettings.h"

#include <QHash>
#include <QMap>
#include <QSet>

#include <algorithm>
#include <cmath>
#include <tuple>

namespace cx {

using namespace Qt::StringLiterals;

QList<IndicatorDefinition> indicatorTree(const QSqlDatabase &db)
{
    QList<IndicatorDefinition> tree;
    QSqlQuery q = runQuery(db, u"SELECT code, name, layer, parent_code, department, unit, target, direction FROM indicator "
                               "ORDER BY CASE layer WHEN 'element' THEN 0 WHEN 'kei' THEN 1 ELSE 2 END, code"_s);
    while (q.next()) {
        IndicatorDefinition d;
        d.code = q.value(0).toString();
        d.name = q.value(1).toString();
        d.layer = q.value(2).toString();
        d.parentCode = q.value(3).toString();
        d.department = q.value(4).toString();
        d.unit = q.value(5).toString();
        d.target = q.value(6).isNull() ? kNaN : q.value(6).toDouble();
        d.direction = q.value(7).toInt() < 0 ? -1 : 1;
        tree << d;
    }
    return tree;
}

namespace {

QHash<QString, IndicatorDefinition> loadIndicators(const QSqlDatabase &db)
{
    QHash<QString, IndicatorDefinition> defs;
    for (const IndicatorDefinition &d : indicatorTree(db))
        defs.insert(d.code, d);
    return defs;
}

/// The perception element above a KEI or KOI ('' when the tree is broken).
QString elementOf(const QHash<QString, IndicatorDefinition> &defs, const QString &code)
{
    QString current = code;
    for (int depth = 0; depth < 3 && defs.contains(current); ++depth) {
        const IndicatorDefinition &d = defs[current];
        if (d.layer == "element"_L1)
            return d.code;
        current = d.parentCode;
    }
    return {};
}

/// element_code → its stages through category_map, in journey order.
QHash<QString, QStringList> elementStages(const QSqlDatabase &db)
{
    QHash<QString, QStringList> stages;
    QSqlQuery q = runQuery(db, u"SELECT m.element_code, m.stage FROM category_map m "
                               "LEFT JOIN journey_stage s ON s.name = m.stage "
                               "WHERE m.element_code IS NOT NULL AND m.element_code <> '' "
                               "GROUP BY m.element_code, m.stage "
                               "ORDER BY m.element_code, coalesce(s.position, 1000000), m.stage"_s);
    while (q.next())
        stages[q.value(0).toString()] << q.value(1).toString();
    return stages;
}

IndicatorAttainment measure(const IndicatorDefinition &d, const QString &month, const QString &city, double value)
{
    IndicatorAttainment a;
    a.code = d.code;
    a.name = d.name;
    a.layer = d.layer;
    a.parentCode = d.parentCode;
    a.department = d.department;
    a.unit = d.unit;
    a.month = month;
    a.city = city;
    a.value = value;
    a.target = d.target;
    a.direction = d.direction;
    a.gap = (value - d.target) * d.direction;
    a.met = a.gap >= 0;
    a.relativeGap = d.target != 0 ? a.gap / std::abs(d.target) : kNaN;
    return a;
}

std::optional<StageSatisfactionChange> largestDrop(const StageSatisfaction &scores, const ResponsibilityChain &chain,
                                                   const StageDropRule &rule)
{
    std::optional<StageSatisfactionChange> best;
    const QString previous = shiftMonth(chain.month, -1);
    const QString next = shiftMonth(chain.month, 1);
    for (const QString &stage : chain.stages) {
        for (const auto &[before, after] : {std::pair{previous, chain.month}, std::pair{chain.month, next}}) {
            StageSatisfactionChange change;
            change.stage = stage;
            change.monthBefore = before;
            change.monthAfter = after;
            change.before = scores.summary(stage, chain.city, before);
            change.after = scores.summary(stage, chain.city, after);
            const WelchTTestResult t = welchTTest(change.before, change.after);
            if (!t.valid)
                continue;
            change.delta = t.difference;
            change.pDrop = t.pDrop;
            if (change.delta <= -rule.minScoreDrop && change.pDrop < rule.alpha
                && (!best || change.delta < best->delta))
                best = change;
        }
    }
    return best;
}

/// 0 for a missed KEI with a missed KOI, 1 for a missed KEI alone, 2 for a missed KOI alone.
int chainKind(const ResponsibilityChain &c)
{
    if (!c.keiMissed())
        return 2;
    return c.koi ? 0 : 1;
}

bool ranksBefore(const ResponsibilityChain &a, const ResponsibilityChain &b)
{
    if (a.stageDrop.has_value() != b.stageDrop.has_value())
        return a.stageDrop.has_value();
    if (chainKind(a) != chainKind(b))
        return chainKind(a) < chainKind(b);
    if (a.severity != b.severity)
        return a.severity > b.severity;
    const QString koiA = a.koi ? a.koi->code : QString();
    const QString koiB = b.koi ? b.koi->code : QString();
    return std::tie(a.month, a.city, a.kei.code, koiA) < std::tie(b.month, b.city, b.kei.code, koiB);
}

double missSize(const IndicatorAttainment &a)
{
    return !a.met && std::isfinite(a.relativeGap) ? std::abs(a.relativeGap) : 0.0;
}

ResponsibilityChain makeChain(const QHash<QString, IndicatorDefinition> &defs,
                              const QHash<QString, QStringList> &stages, const IndicatorAttainment &kei,
                              const IndicatorAttainment *koi)
{
    ResponsibilityChain c;
    c.month = kei.month;
    c.city = kei.city;
    c.elementCode = elementOf(defs, kei.code);
    const IndicatorDefinition element = defs.value(c.elementCode);
    c.elementName = element.name;
    c.stages = stages.value(c.elementCode);
    c.kei = kei;
    if (koi)
        c.koi = *koi;
    c.department = koi && !koi->department.isEmpty() ? koi->department
                   : !kei.department.isEmpty()        ? kei.department
                                                      : element.department;
    c.severity = std::max(missSize(kei), koi ? missSize(*koi) : 0.0);
    return c;
}

/// The chains of one month and city.
void chainsOf(const QList<const IndicatorAttainment *> &group, const QHash<QString, IndicatorDefinition> &defs,
              const QHash<QString, QStringList> &stages, QList<ResponsibilityChain> &out)
{
    QHash<QString, const IndicatorAttainment *> byCode;
    for (const IndicatorAttainment *a : group)
        byCode.insert(a->code, a);
    for (const IndicatorAttainment *kei : group) {
        if (kei->layer != "kei"_L1 || kei->met)
            continue;
        bool withKoi = false;
        for (const IndicatorAttainment *koi : group) {
            if (koi->layer == "koi"_L1 && !koi->met && koi->parentCode == kei->code) {
                out << makeChain(defs, stages, *kei, koi);
                withKoi = true;
            }
        }
        if (!withKoi)
            out << makeChain(defs, stages, *kei, nullptr);
    }
    for (const IndicatorAttainment *koi : group) {
        if (koi->layer != "koi"_L1 || koi->met)
            continue;
        const IndicatorAttainment *kei = byCode.value(koi->parentCode);
        if (kei && !kei->met)
            continue; // already in a full chain
        IndicatorAttainment measured;
        if (kei) {
            measured = *kei;
        } else {
            // The KEI has no actual here: name it, without a value.
            const IndicatorDefinition d = defs.value(koi->parentCode);
            measured = measure(d, koi->month, koi->city, kNaN);
            measured.met = true;
        }
        out << makeChain(defs, stages, measured, koi);
    }
}

QList<IndicatorAttainment> measureAll(const QSqlDatabase &db, const AnalysisScope &scope,
                                      const QHash<QString, IndicatorDefinition> &defs)
{
    QList<IndicatorAttainment> result;
    const std::optional<SqlConditions> c = scope.indicatorValueConditions(u"v"_s);
    if (!c)
        return result;
    QSqlQuery q = runQuery(db, u"SELECT v.code, v.month, v.city, v.value FROM indicator_value v WHERE 1"_s + c->sql
                                   + u" ORDER BY v.month, v.city, v.code"_s,
                           c->bindings);
    while (q.next()) {
        const auto it = defs.constFind(q.value(0).toString());
        if (it == defs.constEnd() || it->layer == "element"_L1 || !std::isfinite(it->target))
            continue;
        result << measure(*it, q.value(1).toString(), q.value(2).toString(), q.value(3).toDouble());
    }
    return result;
}

} // namespace

QList<IndicatorAttainment> indicatorAttainment(const QSqlDatabase &db, const AnalysisScope &scope)
{
    return measureAll(db, scope, loadIndicators(db));
}

StageDropRule StageDropRule::fromWorkspace(const QSqlDatabase &db)
{
    const WorkspaceSettings settings(db);
    return {settings.alertMinScoreDrop(), settings.significanceLevel()};
}

namespace {

/// The chains of the scope's period and region, unranked and without their stage drops.
QList<ResponsibilityChain> unrankedChains(const QSqlDatabase &db, const AnalysisScope &scope)
{
    QList<ResponsibilityChain> chains;
    const QHash<QString, IndicatorDefinition> defs = loadIndicators(db);
    const QList<IndicatorAttainment> attainment = measureAll(db, scope, defs);
    const QHash<QString, QStringList> stages = elementStages(db);

    QMap<std::pair<QString, QString>, QList<const IndicatorAttainment *>> groups;
    for (const IndicatorAttainment &a : attainment)
        groups[{a.month, a.city}] << &a;
    for (const auto &group : std::as_const(groups))
        chainsOf(group, defs, stages, chains);
    return chains;
}

QList<ResponsibilityChain> rankChains(QList<ResponsibilityChain> chains, const CubeSlice &slice, const StageDropRule &rule)
{
    const StageSatisfaction scores(slice);
    for (ResponsibilityChain &chain : chains)
        chain.stageDrop = largestDrop(scores, chain, rule);
    std::stable_sort(chains.begin(), chains.end(), ranksBefore);
    return chains;
}

} // namespace

QList<ResponsibilityChain> responsibilityChains(const QSqlDatabase &db, const AnalysisScope &scope,
                                                const StageDropRule &rule)
{
    QList<ResponsibilityChain> chains = unrankedChains(db, scope);
    if (chains.isEmpty())
        return chains;
    return rankChains(std::move(chains), scope.cube().slice(scope), rule);
}

QList<ResponsibilityChain> responsibilityChains(const QSqlDatabase &db, const AnalysisScope &scope)
{
    return responsibilityChains(db, scope, StageDropRule::fromWorkspace(db));
}

StageSatisfaction::StageSatisfaction(const CubeSlice &slice)
    : m_slice(slice)
    , m_province(slice.filter().region.city.isEmpty())
    , m_city(slice.filter().region.city)
{
    for (int s = 0; s < slice.stageCount(); ++s)
        m_stages.insert(slice.stageName(s), s);
    if (m_province)
        for (int a = 0; a < slice.areaCount(); ++a)
            m_areas.insert(slice.areaCity(a), a);
}

SampleSummary StageSatisfaction::summary(const QString &stage, const QString &city, const QString &month) const
{
    SampleSummary s;
    const auto stageIt = m_stages.constFind(stage);
    const int monthIndex = m_slice.cube().monthIndex(month);
    if (stageIt == m_stages.constEnd() || monthIndex < 0)
        return s;
    // Below the province the slice holds the region's responses only, all in the region's city.
    int area = -1;
    if (!city.isEmpty() && m_province) {
        const auto areaIt = m_areas.constFind(city);
        if (areaIt == m_areas.constEnd())
            return s;
        area = *areaIt;
    } else if (!city.isEmpty() && city != m_city) {
        return s;
    }
    const ScoreSums sums = m_slice.scoreTotal(monthIndex, Stage0Measure + *stageIt, -1, area);
    s.n = qint64(sums.n);
    if (s.n > 0)
        s.mean = sums.total / sums.n;
    if (s.n > 1)
        s.variance = std::max(0.0, (sums.totalSquares - sums.n * s.mean * s.mean) / (sums.n - 1));
    return s;
}

namespace {

/// The matrix's stages and both layers' counts by (stage, department), as they are gathered.
class MatrixCounts
{
public:
    explicit MatrixCounts(const QSqlDatabase &db)
    {
        QSqlQuery q = runQuery(db, u"SELECT name FROM journey_stage ORDER BY position"_s);
        while (q.next())
            m_matrix.stages << q.value(0).toString();
    }

    void addComplaints(const QString &stage, const QString &department, qint64 n)
    {
        m_complaints[{stage, department}] += n;
        addCell(stage, department);
    }

    /// The missed indicators of the scope: a miss counts once in each stage of its element.
    void addMisses(const QSqlDatabase &db, const AnalysisScope &scope)
    {
        const QHash<QString, IndicatorDefinition> defs = loadIndicators(db);
        const QHash<QString, QStringList> stages = elementStages(db);
        for (const IndicatorAttainment &a : measureAll(db, scope, defs)) {
            if (a.met)
                continue;
            for (const QString &stage : stages.value(elementOf(defs, a.code))) {
                m_misses[{stage, a.department}] += 1;
                addCell(stage, a.department);
            }
        }
    }

    ResponsibilityMatrix take()
    {
        m_matrix.departments = QStringList(m_departments.cbegin(), m_departments.cend());
        m_matrix.departments.sort();
        m_matrix.complaints = fill(m_complaints);
        m_matrix.missedIndicators = fill(m_misses);
        return std::move(m_matrix);
    }

private:
    using Counts = QMap<std::pair<QString, QString>, qint64>;

    void addCell(const QString &stage, const QString &department)
    {
        m_departments.insert(department);
        if (!m_matrix.stages.contains(stage))
            m_matrix.stages << stage;
    }

    std::vector<std::vector<qint64>> fill(const Counts &counts) const
    {
        std::vector<std::vector<qint64>> cells(size_t(m_matrix.stages.size()),
                                               std::vector<qint64>(size_t(m_matrix.departments.size())));
        for (auto it = counts.cbegin(); it != counts.cend(); ++it)
            cells[size_t(m_matrix.stages.indexOf(it.key().first))][size_t(m_matrix.departments.indexOf(it.key().second))] =
                it.value();
        return cells;
    }

    ResponsibilityMatrix m_matrix;
    Counts m_complaints;
    Counts m_misses;
    QSet<QString> m_departments;
};

} // namespace

ComplaintOwners complaintOwners(const QSqlDatabase &db, const CubeSlice &slice)
{
    ComplaintOwners owners;
    owners.owners.resize(size_t(slice.categoryStageCount()));
    QHash<std::pair<QString, QString>, int> index;
    for (int k = 0; k < slice.categoryStageCount(); ++k) {
        owners.stages << slice.stageName(slice.stageOf(k));
        index.insert({slice.categoryOf(k), owners.stages.constLast()}, k);
    }
    std::vector<bool> seen(owners.owners.size(), false);
    qint64 total = 0;
    // Complaints per finest category, stage and element as folded beside the
    // cube's cells; owners joined now, as an indicator import changes them.
    QSqlQuery q = runQuery(db,
                           u"SELECT c.value, s.value, coalesce(i.department, ''), sum(e.n) FROM agg_element e "
                           "JOIN agg_dim c ON c.id = e.category JOIN agg_dim s ON s.id = e.stage "
                           "LEFT JOIN indicator i ON i.code = e.element GROUP BY 1, 2, 3"_s);
    while (q.next()) {
        total += q.value(3).toLongLong();
        const int k = index.value({q.value(0).toString(), q.value(1).toString()}, -1);
        if (k < 0) {
            owners.uniform = false; // complaints the cube does not hold
            continue;
        }
        const QString owner = q.value(2).toString();
        if (seen[size_t(k)] && owners.owners[size_t(k)] != owner)
            owners.uniform = false;
        seen[size_t(k)] = true;
        owners.owners[size_t(k)] = owner;
    }
    if (!q.isActive() || total != slice.cube().complaintTotal())
        owners.uniform = false;
    return owners;
}

ResponsibilityMatrix responsibilityMatrixFromFacts(const QSqlDatabase &db, const AnalysisScope &scope)
{
    MatrixCounts counts(db);
    const SqlConditions c = scope.conditions(u"c"_s);
    QSqlQuery q = runQuery(db,
                           u"SELECT c.stage, coalesce(nullif(i.department, ''), nullif(c.department, ''), ''), "
                           "count(*) FROM complaint c LEFT JOIN indicator i ON i.code = c.element_code "
                           "WHERE 1"_s + c.sql + u" GROUP BY 1, 2"_s,
                           c.bindings);
    while (q.next())
        counts.addComplaints(q.value(0).toString(), q.value(1).toString(), q.value(2).toLongLong());
    counts.addMisses(db, scope);
    return counts.take();
}

ResponsibilityMatrix responsibilityMatrix(const QSqlDatabase &db, const AnalysisScope &scope, const ComplaintOwners &owners)
{
    if (!owners.uniform)
        return responsibilityMatrixFromFacts(db, scope);
    const AnalyticsCube &cube = scope.cube();
    const size_t departments = size_t(cube.departments().size());
    // Complaints per category-stage and handling department, from the aggregates.
    std::vector<qint64> cells(owners.owners.size() * departments, 0);
    const int channel = scope.channel();
    if (scope.channelKnown()) {
        cube.serviceCells().forEach([&](const AnalyticsCube::ServiceCell &cell, const AnalyticsCube::CellRun &run,
                                        std::span<const AnalyticsCube::HoursCount>) {
            if (int(run.month) < scope.firstMonth() || int(run.month) > scope.lastMonth()
                || scope.productSlot(run.product) < 0 || scope.areaOf(int(cell.region)) < 0
                || (channel >= 0 && cell.channel != channel))
                return;
            cells[cell.categoryStage * departments + cell.department] += cell.n;
        });
    }
    // SQLite groups the stages by their UTF-8 bytes: stages outside the journey follow in that order.
    QMap<QByteArray, std::pair<QString, QList<std::pair<QString, qint64>>>> byStage;
    for (size_t k = 0; k < owners.owners.size(); ++k) {
        for (size_t d = 0; d < departments; ++d) {
            if (cells[k * departments + d] == 0)
                continue;
            const QString &stage = owners.stages.at(qsizetype(k));
            const QString &owner = owners.owners[k];
            auto &entry = byStage[stage.toUtf8()];
            entry.first = stage;
            entry.second.append({owner.isEmpty() ? cube.departments().at(qsizetype(d)) : owner, cells[k * departments + d]});
        }
    }
    MatrixCounts counts(db);
    for (const auto &[stage, cellsOfStage] : std::as_const(byStage))
        for (const auto &[department, n] : cellsOfStage)
            counts.addComplaints(stage, department, n);
    counts.addMisses(db, scope);
    return counts.take();
}

ResponsibilityMatrix responsibilityMatrix(const QSqlDatabase &db, const AnalysisScope &scope)
{
    return responsibilityMatrix(db, scope, complaintOwners(db, scope.cube().slice(scope)));
}

QJsonArray responsibilityToJson(const QList<ResponsibilityChain> &chains)
{
    QJsonArray array;
    for (const ResponsibilityChain &c : chains) {
        QJsonObject o{
            {u"element"_s, c.elementCode},
            {u"element_name"_s, c.elementName},
            {u"kei"_s, c.kei.code},
            {u"kei_name"_s, c.kei.name},
            {u"kei_missed"_s, c.keiMissed()},
            {u"koi"_s, c.koi ? c.koi->code : QString()},
            {u"koi_name"_s, c.koi ? c.koi->name : QString()},
            {u"department"_s, c.department},
            {u"month"_s, c.month},
            {u"city"_s, c.city},
            {u"kei_value"_s, jsonNumber(c.kei.value)},
            {u"kei_target"_s, jsonNumber(c.kei.target)},
            {u"kei_relative_gap"_s, jsonNumber(c.kei.relativeGap)},
            {u"koi_value"_s, jsonNumber(c.koi ? c.koi->value : kNaN)},
            {u"koi_target"_s, jsonNumber(c.koi ? c.koi->target : kNaN)},
            {u"koi_relative_gap"_s, jsonNumber(c.koi ? c.koi->relativeGap : kNaN)},
            {u"stages"_s, QJsonArray::fromStringList(c.stages)},
            {u"severity"_s, c.severity},
            {u"stage_dropped"_s, c.stageDrop.has_value()},
        };
        if (c.stageDrop) {
            o.insert(u"dropped_stage"_s, c.stageDrop->stage);
            o.insert(u"drop_month"_s, c.stageDrop->monthAfter);
            o.insert(u"satisfaction_before"_s, jsonNumber(c.stageDrop->before.mean));
            o.insert(u"satisfaction_after"_s, jsonNumber(c.stageDrop->after.mean));
            o.insert(u"n_before"_s, c.stageDrop->before.n);
            o.insert(u"n_after"_s, c.stageDrop->after.n);
            o.insert(u"p_drop"_s, jsonNumber(c.stageDrop->pDrop));
        }
        array.append(o);
    }
    return array;
}

QJsonObject responsibilityMatrixToJson(const ResponsibilityMatrix &matrix)
{
    const auto cells = [](const std::vector<std::vector<qint64>> &rows) {
        QJsonArray array;
        for (const auto &row : rows) {
            QJsonArray r;
            for (qint64 v : row)
                r.append(v);
            array.append(r);
        }
        return array;
    };
    return {
        {u"stages"_s, QJsonArray::fromStringList(matrix.stages)},
        {u"departments"_s, QJsonArray::fromStringList(matrix.departments)},
        {u"complaints"_s, cells(matrix.complaints)},
        {u"missed_indicators"_s, cells(matrix.missedIndicators)},
    };
}

} // namespace cx
