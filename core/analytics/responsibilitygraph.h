#pragma once

#include "analytics/responsibility.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

// The responsibility map of one month and city as a layered graph: perception
// elements → KEIs → KOIs → owner departments, each indicator with its
// attainment, and the root-cause chains of that month and city marked on it.

namespace cx {

/// The facts the responsibility map is drawn from: the indicator tree and
/// every actual of the filter's period and region.
struct ResponsibilityFacts
{
    QList<IndicatorDefinition> tree;
    QList<IndicatorAttainment> attainment; ///< ordered by month, city and code
    /// Months and cities (in that order) that have actuals.
    QStringList months() const;
    QStringList cities() const;
};

ResponsibilityFacts responsibilityFacts(const QSqlDatabase &db, const AnalysisScope &scope);

/// Layers of the graph, left to right.
enum class ResponsibilityLayer { Element, Kei, Koi, Department };

struct ResponsibilityNode
{
    ResponsibilityLayer layer = ResponsibilityLayer::Element;
    QString code;       ///< indicator code; the department's name for a department
    QString name;
    QString department; ///< owner (the node itself for a department)
    /// The actual of the graph's month and city; none for elements,
    /// departments and indicators without one.
    std::optional<IndicatorAttainment> attainment;
    /// Rank (0 first) of the best-ranked chain through the node; −1 when none.
    int chainRank = -1;
    /// Indicators this department owns that missed (departments only).
    int missedOwned = 0;

    bool missed() const { return attainment && !attainment->met; }
};

struct ResponsibilityEdge
{
    int from = 0;
    int to = 0;
    int chainRank = -1; ///< rank of the best-ranked chain along it; −1 when none
};

struct ResponsibilityGraph
{
    QString month;
    QString city;
    QList<ResponsibilityNode> nodes; ///< by layer, then code
    QList<ResponsibilityEdge> edges;

    /// Index of the node with `code` in `layer`, or −1.
    int find(ResponsibilityLayer layer, const QString &code) const;
};

/// The graph of `month` and `city` ('' province-wide): every element, KEI
/// and KOI of the tree; an edge from each element to its KEIs, from each KEI
/// to its KOIs, and from each KOI (and each KEI without KOIs) to its owner
/// department. `chains` (ranked, any months) mark the nodes and edges of
/// those of this month and city.
ResponsibilityGraph buildResponsibilityGraph(const ResponsibilityFacts &facts, const QString &month, const QString &city,
                                             const QList<ResponsibilityChain> &chains);

} // namespace cx
