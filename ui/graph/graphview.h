#pragma once

#include "analytics/journey.h"
#include "layout/graphlayout.h"

#include <QGraphicsItem>
#include <QGraphicsView>
#include <QStringList>

namespace cx {

/// What a node of a drawn graph shows: a traffic light (shape and colour),
/// lines of text (the first bold), and whether it is on a highlighted path.
struct GraphNodeStyle
{
    QStringList lines;
    TrafficLight light = TrafficLight::None;
    bool highlighted = false;
    QString toolTip;
};

/// A node drawn at the rectangle Graphviz placed it in.
class GraphNodeItem : public QGraphicsItem
{
public:
    GraphNodeItem(int index, const QRectF &rect, GraphNodeStyle style, const QFont &font);

    int index() const { return m_index; }
    const GraphNodeStyle &style() const { return m_style; }
    void setSearchHit(bool hit);
    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

    /// The padding and light size around a node's text, for measuring it; widths in whole
    /// steps of 16, so that labels differing by a digit give the same layout request.
    static QSizeF sizeFor(const QStringList &lines, const QFont &font);

private:
    int m_index;
    QRectF m_rect;
    GraphNodeStyle m_style;
    QFont m_font;
    bool m_searchHit = false;
};

/// An edge along its Bézier spline, with an arrow head at its tip.
class GraphEdgeItem : public QGraphicsItem
{
public:
    GraphEdgeItem(const LaidOutEdge &edge, bool highlighted);

    bool highlighted() const { return m_highlighted; }
    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    QPainterPath m_path;
    QPolygonF m_arrow;
    bool m_highlighted;
};

/// A laid-out graph on a scene of its own: wheel zooms (about the cursor),
/// dragging pans, Ctrl+0 fits the whole graph; clicking a node reports it.
class GraphView : public QGraphicsView
{
    Q_OBJECT

public:
    explicit GraphView(QWidget *parent = nullptr);

    /// Replaces the drawing: one item per node (by index into `styles`) and edge.
    void setGraph(const GraphLayout &layout, const QList<GraphNodeStyle> &styles, const QList<bool> &highlightedEdges);
    void clearGraph();
    const QList<GraphNodeItem *> &nodeItems() const { return m_nodes; }
    const QList<GraphEdgeItem *> &edgeItems() const { return m_edges; }
    /// Marks the nodes whose text contains `text` (case-insensitive) and
    /// centres the first; the number of hits.
    int search(const QString &text);
    void fitGraph();
    /// Zoom factor (1 = 1 point per pixel).
    qreal zoom() const { return transform().m11(); }
    /// The drawing as an image, for export (at `scale`).
    QImage image(qreal scale = 2.0);
    /// Writes PNG or SVG by the suffix of `path`; false with a translated error.
    bool save(const QString &path, QString *error);

Q_SIGNALS:
    void nodeClicked(int index);

protected:
    void wheelEvent(QWheelEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    QList<GraphNodeItem *> m_nodes;
    QList<GraphEdgeItem *> m_edges;
    QPoint m_pressPos;
    bool m_fitted = true; ///< refit on resize until the user zooms
};

} // namespace cx
