#pragma once

#include <QFuture>
#include <QList>
#include <QPointF>
#include <QRectF>
#include <QSizeF>
#include <QString>

// Layered layout of a directed graph with Graphviz's dot: Graphviz only
// computes positions; the caller measures its labels, draws the nodes and
// edges itself, and keeps nothing of Graphviz. Coordinates are in points
// (1/72 inch, the caller's pixels at 1:1), y growing downwards.

namespace cx {

/// A node to place: its fixed size (the caller's measured label plus padding)
/// and its layer (nodes of one layer share a rank; −1: wherever dot puts it).
struct LayoutNode
{
    QSizeF size;
    int layer = -1;
};

/// A directed edge between two nodes, by index into LayoutRequest::nodes.
struct LayoutEdge
{
    int from = 0;
    int to = 0;
};

struct LayoutRequest
{
    QList<LayoutNode> nodes;
    QList<LayoutEdge> edges; ///< repeated edges are drawn once
    bool leftToRight = true; ///< layers from left to right (else top to bottom)
    double nodeSeparation = 14; ///< points between nodes of a layer
    double layerSeparation = 56; ///< points between layers
};

/// An edge as laid out: a cubic Bézier spline (start point, then three
/// points per segment) and, where dot leaves room for one, the arrow's tip.
struct LaidOutEdge
{
    int from = 0;
    int to = 0;
    QList<QPointF> bezier;
    bool hasArrow = false;
    QPointF arrowTip;
};

struct GraphLayout
{
    bool ok = false;
    QString error;            ///< why the layout failed (translated)
    QSizeF size;              ///< of the drawing, from (0, 0)
    QList<QRectF> nodes;      ///< per request node, its rectangle
    QList<LaidOutEdge> edges; ///< one per distinct request edge, in request order
};

/// Lays out `request` with dot. Graphviz's graph library is not thread-safe:
/// calls are serialised (one layout at a time in the process), so this is
/// safe to call from any thread. The process keeps the last 64 layouts by
/// the request's shape (node sizes and layers, edges, separations): the same
/// request again returns the same layout without running dot.
GraphLayout layoutGraph(const LayoutRequest &request);

/// layoutGraph() on the layout's own single worker thread.
QFuture<GraphLayout> layoutGraphAsync(LayoutRequest request);

} // namespace cx
