#include "analytics/responsibilitygraph.h"

#include <QHash>
#include <QSet>

namespace cx {

using namespace Qt::StringLiterals;

QStringList ResponsibilityFacts::months() const
{
    QStringList months;
    for (const IndicatorAttainment &a : attainment)
        if (months.isEmpty() || months.constLast() != a.month)
            if (!months.contains(a.month))
                months << a.month;
    months.sort();
    return months;
}

QStringList ResponsibilityFacts::cities() const
{
    QSet<QString> seen;
    for (const IndicatorAttainment &a : attainment)
        seen.insert(a.city);
    QStringList cities(seen.cbegin(), seen.cend());
    cities.sort();
    return cities;
}

ResponsibilityFacts responsibilityFacts(const QSqlDatabase &db, const AnalysisScope &scope)
{
    return {indicatorTree(db), indicatorAttainment(db, scope)};
}

int ResponsibilityGraph::find(ResponsibilityLayer layer, const QString &code) const
{
    for (int i = 0; i < nodes.size(); ++i)
        if (nodes.at(i).layer == layer && nodes.at(i).code == code)
            return i;
    return -1;
}

namespace {

ResponsibilityLayer layerOf(const QString &layer)
{
    return layer == "element"_L1 ? ResponsibilityLayer::Element
        : layer == "kei"_L1      ? ResponsibilityLayer::Kei
                                 : ResponsibilityLayer::Koi;
}

} // namespace

ResponsibilityGraph buildResponsibilityGraph(const ResponsibilityFacts &facts, const QString &month, const QString &city,
                                             const QList<ResponsibilityChain> &chains)
{
    ResponsibilityGraph graph{month, city, {}, {}};
    QHash<QString, const IndicatorAttainment *> actuals;
    for (const IndicatorAttainment &a : facts.attainment)
        if (a.month == month && a.city == city)
            actuals.insert(a.code, &a);

    QStringList departments;
    QSet<QString> parents;
    for (const IndicatorDefinition &d : facts.tree) {
        ResponsibilityNode node;
        node.layer = layerOf(d.layer);
        node.code = d.code;
        node.name = d.name;
        node.department = d.department;
        if (const IndicatorAttainment *a = actuals.value(d.code))
            node.attainment = *a;
        graph.nodes << node;
        parents.insert(d.parentCode);
        if (node.layer != ResponsibilityLayer::Element && !d.department.isEmpty() && !departments.contains(d.department))
            departments << d.department;
    }
    departments.sort();
    for (const QString &department : std::as_const(departments)) {
        ResponsibilityNode node;
        node.layer = ResponsibilityLayer::Department;
        node.code = department;
        node.name = department;
        node.department = department;
        graph.nodes << node;
    }
    QHash<std::pair<int, QString>, int> index;
    for (int i = 0; i < graph.nodes.size(); ++i)
        index.insert({int(graph.nodes.at(i).layer), graph.nodes.at(i).code}, i);
    const auto nodeIndex = [&](ResponsibilityLayer layer, const QString &code) { return index.value({int(layer), code}, -1); };

    for (const IndicatorDefinition &d : facts.tree) {
        const ResponsibilityLayer layer = layerOf(d.layer);
        const int self = nodeIndex(layer, d.code);
        if (layer == ResponsibilityLayer::Kei || layer == ResponsibilityLayer::Koi) {
            const int parent = nodeIndex(layer == ResponsibilityLayer::Kei ? ResponsibilityLayer::Element : ResponsibilityLayer::Kei,
                                         d.parentCode);
            if (parent >= 0)
                graph.edges.append({parent, self, -1});
            // A KEI whose cause is measured by KOIs leads to their owners through them.
            const bool leaf = layer == ResponsibilityLayer::Koi || !parents.contains(d.code);
            const int owner = nodeIndex(ResponsibilityLayer::Department, d.department);
            if (leaf && owner >= 0)
                graph.edges.append({self, owner, -1});
            if (owner >= 0 && graph.nodes.at(self).missed())
                ++graph.nodes[owner].missedOwned;
        }
    }

    QHash<std::pair<int, int>, int> edgeIndex;
    for (int i = 0; i < graph.edges.size(); ++i)
        edgeIndex.insert({graph.edges.at(i).from, graph.edges.at(i).to}, i);
    int rank = 0;
    for (const ResponsibilityChain &chain : chains) {
        if (chain.month != month || chain.city != city)
            continue;
        QList<int> path{nodeIndex(ResponsibilityLayer::Element, chain.elementCode),
                        nodeIndex(ResponsibilityLayer::Kei, chain.kei.code)};
        if (chain.koi)
            path << nodeIndex(ResponsibilityLayer::Koi, chain.koi->code);
        path << nodeIndex(ResponsibilityLayer::Department, chain.department);
        for (int i = 0; i < path.size(); ++i) {
            if (path.at(i) < 0)
                continue;
            int &nodeRank = graph.nodes[path.at(i)].chainRank;
            if (nodeRank < 0)
                nodeRank = rank;
            if (i + 1 < path.size())
                if (const int e = edgeIndex.value({path.at(i), path.at(i + 1)}, -1); e >= 0 && graph.edges.at(e).chainRank < 0)
                    graph.edges[e].chainRank = rank;
        }
        ++rank;
    }
    return graph;
}

} // namespace cx
