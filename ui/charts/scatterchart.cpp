#include "charts/scatterchart.h"

#include "layout/labelplacement.h"
#include "palette.h"

#include <QFontMetricsF>
#include <QPaintEvent>
#include <QPainter>

#include <cmath>

namespace cx {

using namespace Qt::StringLiterals;

namespace {

/// Round tick step for a span (1, 2 or 5 × 10^k) giving about `count` ticks.
double tickStep(double span, int count)
{
    const double raw = span / std::max(1, count);
    const double magnitude = std::pow(10.0, std::floor(std::log10(raw)));
    for (double m : {1.0, 2.0, 5.0, 10.0})
        if (raw <= m * magnitude)
            return m * magnitude;
    return 10 * magnitude;
}

} // namespace

Chart *Chart::createScatter(QWidget *parent)
{
    return new ScatterChart(parent);
}

ScatterChart::ScatterChart(QWidget *parent)
    : Chart(parent)
{
    setMinimumSize(280, 220);
    setAttribute(Qt::WA_OpaquePaintEvent);
}

void ScatterChart::setData(const ChartData &data)
{
    m_data = data;
    update();
}

void ScatterChart::setEmptyText(const QString &text)
{
    m_emptyText = text;
    update();
}

void ScatterChart::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    render(painter, QRectF(rect()));
}

void ScatterChart::render(QPainter &painter, const QRectF &target) const
{
    painter.save();
    painter.fillRect(target, Qt::white);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setFont(font());
    const QFontMetricsF metrics(font());
    m_labels.clear();
    if (m_data.points.isEmpty()) {
        painter.setPen(palette::muted());
        painter.drawText(target.adjusted(12, 12, -12, -12), Qt::AlignCenter | Qt::TextWordWrap, m_emptyText);
        painter.restore();
        return;
    }
    QRectF range = m_data.range;
    if (range.isEmpty()) {
        double x0 = qInf(), x1 = -qInf(), y0 = qInf(), y1 = -qInf();
        for (const ChartPoint &p : m_data.points) {
            x0 = std::min(x0, p.x);
            x1 = std::max(x1, p.x);
            y0 = std::min(y0, p.y);
            y1 = std::max(y1, p.y);
        }
        const double padX = x1 > x0 ? (x1 - x0) * 0.08 : 1;
        const double padY = y1 > y0 ? (y1 - y0) * 0.08 : 1;
        range = QRectF(QPointF(x0 - padX, y0 - padY), QPointF(x1 + padX, y1 + padY));
    }
    const qreal line = metrics.height();
    QFont bold = font();
    bold.setBold(true);
    const qreal titleHeight = m_data.title.isEmpty() ? 0 : QFontMetricsF(bold).height() + 6;
    const QRectF plot = target.adjusted(metrics.horizontalAdvance(u"-0.00"_s) + line + 14, titleHeight + 6, -12, -(2 * line + 14));
    const auto map = [&](double x, double y) {
        return QPointF(plot.left() + (x - range.left()) / range.width() * plot.width(),
                       plot.bottom() - (y - range.top()) / range.height() * plot.height());
    };
    if (!m_data.title.isEmpty()) {
        painter.setFont(bold);
        painter.setPen(Qt::black);
        painter.drawText(QRectF(target.left(), target.top() + 2, target.width(), titleHeight), Qt::AlignHCenter | Qt::AlignTop,
                         m_data.title);
        painter.setFont(font());
    }
    // Ticks and grid.
    painter.setPen(QPen(QColor(0xe2, 0xe2, 0xe2), 1));
    const double xStep = tickStep(range.width(), 6);
    const double yStep = tickStep(range.height(), 5);
    const int xDecimals = std::max(0, int(-std::floor(std::log10(xStep))));
    const int yDecimals = std::max(0, int(-std::floor(std::log10(yStep))));
    for (double x = std::ceil(range.left() / xStep) * xStep; x <= range.right() + 1e-9; x += xStep) {
        const QPointF p = map(x, range.top());
        painter.setPen(QPen(QColor(0xe2, 0xe2, 0xe2), 1));
        painter.drawLine(QPointF(p.x(), plot.top()), QPointF(p.x(), plot.bottom()));
        painter.setPen(palette::muted());
        painter.drawText(QRectF(p.x() - 40, plot.bottom() + 2, 80, line), Qt::AlignHCenter | Qt::AlignTop,
                         QString::number(x, 'f', xDecimals));
    }
    for (double y = std::ceil(range.top() / yStep) * yStep; y <= range.bottom() + 1e-9; y += yStep) {
        const QPointF p = map(range.left(), y);
        painter.setPen(QPen(QColor(0xe2, 0xe2, 0xe2), 1));
        painter.drawLine(QPointF(plot.left(), p.y()), QPointF(plot.right(), p.y()));
        painter.setPen(palette::muted());
        painter.drawText(QRectF(target.left(), p.y() - line / 2, plot.left() - target.left() - 4, line), Qt::AlignRight | Qt::AlignVCenter,
                         QString::number(y, 'f', yDecimals));
    }
    painter.setPen(QPen(palette::muted(), 1));
    painter.setBrush(Qt::NoBrush);
    painter.drawRect(plot);
    // Axis titles.
    painter.setPen(Qt::black);
    painter.drawText(QRectF(plot.left(), plot.bottom() + line + 4, plot.width(), line), Qt::AlignHCenter, m_data.categoryAxisTitle);
    painter.save();
    painter.translate(target.left() + 2, plot.center().y());
    painter.rotate(-90);
    painter.drawText(QRectF(-plot.height() / 2, 0, plot.height(), line), Qt::AlignHCenter | Qt::AlignTop, m_data.primaryAxisTitle);
    painter.restore();
    // Quadrants: lines through the split and a label in each corner.
    QList<QRectF> reserved;
    if (m_data.hasSplit) {
        const QPointF s = map(m_data.split.x(), m_data.split.y());
        painter.setPen(QPen(QColor(0x50, 0x50, 0x50), 1.5, Qt::DashLine));
        painter.drawLine(QPointF(s.x(), plot.top()), QPointF(s.x(), plot.bottom()));
        painter.drawLine(QPointF(plot.left(), s.y()), QPointF(plot.right(), s.y()));
        painter.setFont(bold);
        const QFontMetricsF boldMetrics(bold);
        for (int q = 0; q < std::min<qsizetype>(4, m_data.quadrants.size()); ++q) {
            const QString text = m_data.quadrants.at(q);
            const QSizeF size(boldMetrics.horizontalAdvance(text) + 8, boldMetrics.height() + 4);
            const qreal x = q % 2 == 0 ? plot.left() + 4 : plot.right() - size.width() - 4;
            const qreal y = q < 2 ? plot.top() + 4 : plot.bottom() - size.height() - 4;
            const QRectF rect(QPointF(x, y), size);
            painter.setPen(QColor(0x50, 0x50, 0x50));
            painter.drawText(rect, Qt::AlignCenter, text);
            reserved << rect;
        }
        painter.setFont(font());
    }
    if (m_data.hasFit) {
        painter.setPen(QPen(palette::worse(), 2));
        painter.setClipRect(plot);
        painter.drawLine(map(m_data.fit.x1(), m_data.fit.y1()), map(m_data.fit.x2(), m_data.fit.y2()));
        painter.setClipping(false);
    }
    // Points, then their labels where nothing else is.
    QList<LabelRequest> requests;
    for (const ChartPoint &p : m_data.points)
        requests.append({map(p.x, p.y), p.label.isEmpty() ? QSizeF(0, 0) : QSizeF(metrics.horizontalAdvance(p.label) + 4, line)});
    const QList<QRectF> rects = placeLabels(requests, plot, reserved);
    for (int i = 0; i < m_data.points.size(); ++i) {
        const ChartPoint &p = m_data.points.at(i);
        const QPointF at = map(p.x, p.y);
        const QColor colour = p.muted ? QColor(0xb0, 0xb0, 0xb0) : p.color;
        painter.setPen(QPen(colour.darker(140), 1));
        painter.setBrush(colour);
        painter.drawEllipse(at, 4.5, 4.5);
        const QRectF label = rects.at(i);
        m_labels << label;
        if (p.label.isEmpty())
            continue;
        painter.setPen(QPen(QColor(0xc0, 0xc0, 0xc0), 0.8));
        const QPointF nearest(std::clamp(at.x(), label.left(), label.right()), std::clamp(at.y(), label.top(), label.bottom()));
        if (QLineF(at, nearest).length() > 8)
            painter.drawLine(at, nearest);
        painter.setPen(p.muted ? palette::muted() : QColor(Qt::black));
        painter.drawText(label, Qt::AlignCenter, p.label);
    }
    painter.restore();
}

} // namespace cx
