#pragma once

#include "analytics/responsibilitygraph.h"
#include "graph/graphview.h"
#include "layout/graphlayout.h"

#include <QCoreApplication>

namespace cx {

/// How the responsibility map draws its graph: a light per node (met ●,
/// missed by at most nearMiss ▲, missed by more ■, no actual –), two lines of
/// text, the chains' nodes and edges highlighted.
class ResponsibilityStyle
{
    Q_DECLARE_TR_FUNCTIONS(cx::ResponsibilityStyle)

public:
    /// A miss of at most this share of the target is "near" (amber).
    static constexpr double nearMiss = 0.1;

    static TrafficLight light(const IndicatorAttainment &a);
    /// The light of a node: an indicator's own; an element's, the worst of
    /// its KEIs; a department's, red when it owns a miss, else green.
    static TrafficLight light(const ResponsibilityGraph &graph, int node);
    static GraphNodeStyle style(const ResponsibilityGraph &graph, int node);
    /// Styles of every node and the layout request with their measured sizes.
    static LayoutRequest request(const ResponsibilityGraph &graph, const QList<GraphNodeStyle> &styles, const QFont &font);
    /// The legend line under the map.
    static QString legend();
    static QString layerName(ResponsibilityLayer layer);
};

} // namespace cx
