#include "graph/graphview.h"

#include "palette.h"

#include <QDir>
#include <QFileInfo>
#include <QFontMetricsF>
#include <QGuiApplication>
#include <QImageWriter>
#include <QKeyEvent>
#include <QPainter>
#include <QSvgGenerator>
#include <QWheelEvent>

#include <cmath>

namespace cx {

using namespace Qt::StringLiterals;

namespace {

constexpr qreal padding = 8;
constexpr qreal lightSize = 12;
constexpr qreal lineGap = 2;
/// Node widths are whole steps of this: a graph whose labels change by a
/// digit or two keeps its shape, and so its cached layout.
constexpr qreal widthStep = 16;

QFont boldOf(QFont font)
{
    font.setBold(true);
    return font;
}

} // namespace

GraphNodeItem::GraphNodeItem(int index, const QRectF &rect, GraphNodeStyle style, const QFont &font)
    : m_index(index)
    , m_rect(rect)
    , m_style(std::move(style))
    , m_font(font)
{
    setToolTip(m_style.toolTip);
    setCursor(Qt::PointingHandCursor);
    setZValue(1);
}

QSizeF GraphNodeItem::sizeFor(const QStringList &lines, const QFont &font)
{
    qreal width = 0;
    qreal height = 0;
    for (int i = 0; i < lines.size(); ++i) {
        const QFontMetricsF metrics(i == 0 ? boldOf(font) : font);
        width = std::max(width, metrics.horizontalAdvance(lines.at(i)));
        height += metrics.height() + (i > 0 ? lineGap : 0);
    }
    return {std::ceil((width + lightSize + 3 * padding) / widthStep) * widthStep, std::ceil(height + 2 * padding)};
}

void GraphNodeItem::setSearchHit(bool hit)
{
    m_searchHit = hit;
    update();
}

QRectF GraphNodeItem::boundingRect() const
{
    return m_rect.adjusted(-3, -3, 3, 3);
}

void GraphNodeItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    painter->setRenderHint(QPainter::Antialiasing);
    const QColor light = palette::lightColor(m_style.light);
    // A tint of the light: pale where met, stronger where missed, so misses stand out.
    const qreal strength = m_style.light == TrafficLight::Green ? 0.18 : m_style.light == TrafficLight::None ? 0.0 : 0.45;
    const QColor fill = QColor::fromRgbF(float(1 - strength + strength * light.redF()), float(1 - strength + strength * light.greenF()),
                                         float(1 - strength + strength * light.blueF()));
    painter->setBrush(m_style.light == TrafficLight::None ? QColor(0xf4, 0xf4, 0xf4) : fill);
    QPen border(m_style.highlighted ? QColor(0x20, 0x20, 0x20) : palette::muted(), m_style.highlighted ? 3.0 : 1.0);
    if (m_searchHit)
        border = QPen(palette::series(1), 3.0, Qt::DashLine);
    painter->setPen(border);
    painter->drawRoundedRect(m_rect, 4, 4);
    const QRectF lightRect(m_rect.left() + padding, m_rect.top() + padding + 2, lightSize, lightSize);
    palette::paintLight(*painter, lightRect, m_style.light);
    painter->setPen(Qt::black);
    qreal y = m_rect.top() + padding;
    for (int i = 0; i < m_style.lines.size(); ++i) {
        const QFont font = i == 0 ? boldOf(m_font) : m_font;
        const QFontMetricsF metrics(font);
        painter->setFont(font);
        painter->drawText(QPointF(lightRect.right() + padding, y + metrics.ascent()), m_style.lines.at(i));
        y += metrics.height() + lineGap;
    }
}

GraphEdgeItem::GraphEdgeItem(const LaidOutEdge &edge, bool highlighted)
    : m_highlighted(highlighted)
{
    setZValue(highlighted ? 0.5 : 0);
    if (edge.bezier.isEmpty())
        return;
    m_path.moveTo(edge.bezier.constFirst());
    for (int i = 1; i + 2 < edge.bezier.size(); i += 3)
        m_path.cubicTo(edge.bezier.at(i), edge.bezier.at(i + 1), edge.bezier.at(i + 2));
    if (edge.hasArrow) {
        const QPointF from = edge.bezier.constLast();
        const QPointF tip = edge.arrowTip;
        m_path.lineTo(tip);
        const QLineF axis(tip, from);
        const qreal length = 9;
        QLineF side = axis;
        side.setLength(length);
        side.setAngle(axis.angle() + 25);
        QLineF other = axis;
        other.setLength(length);
        other.setAngle(axis.angle() - 25);
        m_arrow << tip << side.p2() << other.p2();
    }
}

QRectF GraphEdgeItem::boundingRect() const
{
    return m_path.boundingRect().united(m_arrow.boundingRect()).adjusted(-4, -4, 4, 4);
}

void GraphEdgeItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    painter->setRenderHint(QPainter::Antialiasing);
    const QColor colour = m_highlighted ? palette::worse() : QColor(0x9a, 0x9a, 0x9a);
    painter->setPen(QPen(colour, m_highlighted ? 3.5 : 1.2));
    painter->setBrush(Qt::NoBrush);
    painter->drawPath(m_path);
    painter->setBrush(colour);
    painter->drawPolygon(m_arrow);
}

GraphView::GraphView(QWidget *parent)
    : QGraphicsView(parent)
{
    setScene(new QGraphicsScene(this));
    setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
    setDragMode(QGraphicsView::ScrollHandDrag);
    setTransformationAnchor(QGraphicsView::AnchorUnderMouse);
    setBackgroundBrush(Qt::white);
    setFocusPolicy(Qt::StrongFocus);
}

void GraphView::clearGraph()
{
    scene()->clear();
    m_nodes.clear();
    m_edges.clear();
}

void GraphView::setGraph(const GraphLayout &layout, const QList<GraphNodeStyle> &styles, const QList<bool> &highlightedEdges)
{
    clearGraph();
    for (int i = 0; i < layout.edges.size(); ++i) {
        auto *item = new GraphEdgeItem(layout.edges.at(i), highlightedEdges.value(i));
        scene()->addItem(item);
        m_edges << item;
    }
    for (int i = 0; i < layout.nodes.size() && i < styles.size(); ++i) {
        auto *item = new GraphNodeItem(i, layout.nodes.at(i), styles.at(i), font());
        scene()->addItem(item);
        m_nodes << item;
    }
    scene()->setSceneRect(QRectF(QPointF(0, 0), layout.size).adjusted(-12, -12, 12, 12));
    fitGraph();
}

void GraphView::fitGraph()
{
    resetTransform();
    const QRectF rect = scene()->sceneRect();
    if (rect.isEmpty())
        return;
    fitInView(rect, Qt::KeepAspectRatio);
    // Never blow a small graph up beyond its natural size.
    if (zoom() > 1.0)
        resetTransform();
    m_fitted = true;
}

int GraphView::search(const QString &text)
{
    int hits = 0;
    GraphNodeItem *first = nullptr;
    for (GraphNodeItem *node : std::as_const(m_nodes)) {
        const bool hit = !text.isEmpty() && node->style().lines.join(u' ').contains(text, Qt::CaseInsensitive);
        node->setSearchHit(hit);
        if (hit && !first)
            first = node;
        hits += hit ? 1 : 0;
    }
    if (first)
        centerOn(first);
    return hits;
}

QImage GraphView::image(qreal scale)
{
    const QRectF rect = scene()->sceneRect();
    QImage image((rect.size() * scale).toSize(), QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
    scene()->render(&painter, QRectF(QPointF(0, 0), rect.size() * scale), rect);
    return image;
}

bool GraphView::save(const QString &path, QString *error)
{
    bool ok = false;
    if (QFileInfo(path).suffix().compare("svg"_L1, Qt::CaseInsensitive) == 0) {
        QSvgGenerator svg;
        svg.setFileName(path);
        const QRectF rect = scene()->sceneRect();
        svg.setSize(rect.size().toSize());
        svg.setViewBox(QRectF(QPointF(0, 0), rect.size()));
        QPainter painter;
        ok = painter.begin(&svg);
        if (ok) {
            scene()->render(&painter, QRectF(QPointF(0, 0), rect.size()), rect);
            ok = painter.end();
        }
    } else {
        ok = image().save(path, "PNG");
    }
    if (!ok && error)
        *error = tr("Could not write %1.").arg(QDir::toNativeSeparators(path));
    return ok;
}

void GraphView::wheelEvent(QWheelEvent *event)
{
    const qreal factor = std::pow(1.0015, event->angleDelta().y());
    const qreal next = zoom() * factor;
    if (next < 0.1 || next > 6)
        return;
    scale(factor, factor);
    m_fitted = false;
    event->accept();
}

void GraphView::mousePressEvent(QMouseEvent *event)
{
    m_pressPos = event->pos();
    QGraphicsView::mousePressEvent(event);
}

void GraphView::mouseReleaseEvent(QMouseEvent *event)
{
    QGraphicsView::mouseReleaseEvent(event);
    // A click, not the end of a pan.
    if ((event->pos() - m_pressPos).manhattanLength() > 4)
        return;
    for (QGraphicsItem *item : items(event->pos()))
        if (auto *node = dynamic_cast<GraphNodeItem *>(item)) {
            Q_EMIT nodeClicked(node->index());
            return;
        }
}

void GraphView::keyPressEvent(QKeyEvent *event)
{
    if (event->matches(QKeySequence::ZoomIn) || event->matches(QKeySequence::ZoomOut)) {
        const qreal factor = event->matches(QKeySequence::ZoomIn) ? 1.25 : 0.8;
        scale(factor, factor);
        m_fitted = false;
        return;
    }
    if (event->key() == Qt::Key_0 && event->modifiers().testFlag(Qt::ControlModifier)) {
        fitGraph();
        return;
    }
    QGraphicsView::keyPressEvent(event);
}

void GraphView::resizeEvent(QResizeEvent *event)
{
    QGraphicsView::resizeEvent(event);
    if (m_fitted)
        fitGraph();
}

} // namespace cx
