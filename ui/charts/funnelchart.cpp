#include "charts/funnelchart.h"

#include "palette.h"

#include <QFontMetricsF>
#include <QLocale>
#include <QMouseEvent>
#include <QPainter>

#include <algorithm>
#include <cmath>

namespace cx {

using namespace Qt::StringLiterals;

Chart *Chart::createFunnel(QWidget *parent)
{
    return new FunnelChart(parent);
}

FunnelChart::FunnelChart(QWidget *parent)
    : Chart(parent)
{
    setMinimumSize(320, 160);
    setAttribute(Qt::WA_OpaquePaintEvent);
    setMouseTracking(true);
}

void FunnelChart::setData(const ChartData &data)
{
    m_data = data;
    update();
}

void FunnelChart::setEmptyText(const QString &text)
{
    m_emptyText = text;
    update();
}

bool FunnelChart::hasData() const
{
    return std::any_of(m_data.funnels.cbegin(), m_data.funnels.cend(), [](const ChartFunnel &f) {
        return std::any_of(f.values.cbegin(), f.values.cend(), [](double v) { return std::isfinite(v); });
    });
}

QColor FunnelChart::stageColor(int stage, int stages)
{
    // One hue from light to full: the later (narrower) stage is drawn over the earlier.
    const QColor full = palette::series(0);
    const double t = stages <= 1 ? 1.0 : 0.3 + 0.7 * double(stage) / double(stages - 1);
    return QColor::fromRgbF(float(1 - t * (1 - full.redF())), float(1 - t * (1 - full.greenF())), float(1 - t * (1 - full.blueF())));
}

void FunnelChart::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    render(painter, QRectF(rect()));
}

void FunnelChart::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton)
        for (int row = 0; row < m_rows.size(); ++row)
            if (m_rows.at(row).contains(event->position())) {
                Q_EMIT itemActivated(row);
                return;
            }
    Chart::mouseReleaseEvent(event);
}

void FunnelChart::mouseMoveEvent(QMouseEvent *event)
{
    const bool overRow = std::any_of(m_rows.cbegin(), m_rows.cend(), [&](const QRectF &r) { return r.contains(event->position()); });
    setCursor(overRow ? Qt::PointingHandCursor : Qt::ArrowCursor);
    Chart::mouseMoveEvent(event);
}

void FunnelChart::render(QPainter &painter, const QRectF &target) const
{
    painter.save();
    painter.fillRect(target, Qt::white);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setFont(font());
    const QFontMetricsF metrics(font());
    const qreal line = metrics.height();
    m_rows.clear();
    if (!hasData()) {
        painter.setPen(palette::muted());
        painter.drawText(target.adjusted(12, 12, -12, -12), Qt::AlignCenter | Qt::TextWordWrap, m_emptyText);
        painter.restore();
        return;
    }
    QFont bold = font();
    bold.setBold(true);
    qreal top = target.top() + 4;
    if (!m_data.title.isEmpty()) {
        painter.setFont(bold);
        painter.setPen(Qt::black);
        painter.drawText(QRectF(target.left(), top, target.width(), line + 2), Qt::AlignHCenter | Qt::AlignTop, m_data.title);
        painter.setFont(font());
        top += line + 6;
    }
    // Legend: a swatch per stage, then the hatched gap.
    const int stages = int(m_data.categories.size());
    qreal x = target.left() + 8;
    const auto swatch = [&](const QRectF &box, const QColor &colour, bool hatched) {
        painter.setPen(QPen(colour.darker(130), 1));
        painter.setBrush(hatched ? QBrush(colour, Qt::BDiagPattern) : QBrush(colour));
        painter.drawRect(box);
    };
    for (int s = 0; s < stages; ++s) {
        swatch(QRectF(x, top + 2, line * 1.2, line - 4), stageColor(s, stages), false);
        x += line * 1.2 + 4;
        painter.setPen(Qt::black);
        const QString name = m_data.categories.at(s);
        painter.drawText(QRectF(x, top, metrics.horizontalAdvance(name) + 2, line), Qt::AlignLeft | Qt::AlignVCenter, name);
        x += metrics.horizontalAdvance(name) + 14;
    }
    if (!m_data.markedName.isEmpty()) {
        swatch(QRectF(x, top + 2, line * 1.2, line - 4), palette::worse(), true);
        x += line * 1.2 + 4;
        painter.setPen(Qt::black);
        painter.drawText(QRectF(x, top, target.right() - x, line), Qt::AlignLeft | Qt::AlignVCenter, m_data.markedName);
    }
    top += line + 6;

    // Columns: labels | bars against 0–100 % | notes.
    qreal labelWidth = 0, noteWidth = 0;
    for (const ChartFunnel &f : m_data.funnels) {
        labelWidth = std::max(labelWidth, metrics.horizontalAdvance(f.label));
        noteWidth = std::max(noteWidth, metrics.horizontalAdvance(f.note));
    }
    labelWidth = std::min(labelWidth + 10, target.width() * 0.25);
    noteWidth = std::min(noteWidth + 10, target.width() * 0.38);
    const QRectF plot(target.left() + labelWidth + 4, top, target.width() - labelWidth - noteWidth - 12,
                      target.bottom() - top - line - 8);
    const auto mapX = [&](double v) { return plot.left() + std::clamp(v, 0.0, 100.0) / 100.0 * plot.width(); };
    for (int tick = 0; tick <= 100; tick += 20) {
        const qreal tx = mapX(tick);
        painter.setPen(QPen(QColor(0xe2, 0xe2, 0xe2), 1));
        painter.drawLine(QPointF(tx, plot.top()), QPointF(tx, plot.bottom()));
        painter.setPen(palette::muted());
        painter.drawText(QRectF(tx - 30, plot.bottom() + 2, 60, line), Qt::AlignHCenter | Qt::AlignTop, u"%1%"_s.arg(tick));
    }
    const qsizetype rows = m_data.funnels.size();
    const qreal rowHeight = std::min(plot.height() / qreal(std::max<qsizetype>(rows, 1)), line * 3.2);
    for (int row = 0; row < rows; ++row) {
        const ChartFunnel &f = m_data.funnels.at(row);
        const QRectF band(target.left(), plot.top() + row * rowHeight, target.width(), rowHeight);
        m_rows << band;
        const QRectF bar(plot.left(), band.top() + rowHeight * 0.15, plot.width(), rowHeight * 0.7);
        painter.setPen(Qt::black);
        painter.drawText(QRectF(target.left() + 4, band.top(), labelWidth - 4, rowHeight), Qt::AlignRight | Qt::AlignVCenter,
                         metrics.elidedText(f.label, Qt::ElideRight, labelWidth - 6));
        const bool any = std::any_of(f.values.cbegin(), f.values.cend(), [](double v) { return std::isfinite(v); });
        if (!any) {
            painter.setPen(palette::muted());
            painter.drawText(bar, Qt::AlignLeft | Qt::AlignVCenter, f.note);
            continue;
        }
        for (int s = 0; s < std::min<qsizetype>(stages, f.values.size()); ++s) {
            const double v = f.values.at(s);
            if (!std::isfinite(v))
                continue;
            const qreal inset = bar.height() * 0.08 * s; // later stages slightly thinner, so every edge shows
            painter.setPen(Qt::NoPen);
            painter.setBrush(stageColor(s, stages));
            painter.drawRect(QRectF(QPointF(plot.left(), bar.top() + inset), QPointF(mapX(v), bar.bottom() - inset)));
        }
        if (f.gap >= 0 && f.gap + 1 < f.values.size() && std::isfinite(f.values.at(f.gap)) && std::isfinite(f.values.at(f.gap + 1))) {
            const QRectF drop(QPointF(mapX(f.values.at(f.gap + 1)), bar.top() - 1), QPointF(mapX(f.values.at(f.gap)), bar.bottom() + 1));
            painter.setBrush(QBrush(Qt::white));
            painter.setPen(Qt::NoPen);
            painter.drawRect(drop);
            swatch(drop, palette::worse(), true);
            const QString size = u"−%1"_s.arg(QLocale().toString(f.values.at(f.gap) - f.values.at(f.gap + 1), 'f', 1));
            if (metrics.horizontalAdvance(size) + 4 < drop.width()) {
                painter.setFont(bold);
                painter.setPen(palette::worse().darker(150));
                painter.drawText(drop, Qt::AlignCenter, size);
                painter.setFont(font());
            }
        }
        painter.setPen(Qt::black);
        painter.drawText(QRectF(plot.right() + 8, band.top(), noteWidth, rowHeight), Qt::AlignLeft | Qt::AlignVCenter,
                         metrics.elidedText(f.note, Qt::ElideRight, noteWidth - 4));
    }
    painter.restore();
}

} // namespace cx
