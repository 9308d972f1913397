#include "workorders/effectchart.h"

#include "workorders/workordertext.h"

#include <QDate>
#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>

namespace cx {

using namespace Qt::StringLiterals;

namespace {

const QColor lineColor(0x2F, 0x55, 0x97);
const QColor targetColor(0xC0, 0x39, 0x2B);
const QColor markerColor(0x6B, 0x6B, 0x6B);
const QColor closedColor(0x1E, 0x84, 0x49);
const QColor gridColor(0xE3, 0xE3, 0xE3);

QDate monthDate(const QString &month)
{
    return QDate::fromString(month + u"-01"_s, u"yyyy-MM-dd"_s);
}

// Every month from the earliest to the latest named, ascending.
QStringList monthRange(const EffectChartData &data)
{
    QDate first;
    QDate last;
    const auto extend = [&](const QString &month) {
        const QDate date = monthDate(month);
        if (!date.isValid())
            return;
        if (!first.isValid() || date < first)
            first = date;
        if (!last.isValid() || date > last)
            last = date;
    };
    for (const MetricPoint &point : data.series)
        extend(point.month);
    extend(data.baselineMonth);
    extend(data.createdMonth);
    extend(data.closedMonth);
    QStringList months;
    for (QDate d = first; d.isValid() && d <= last; d = d.addMonths(1))
        months << d.toString(u"yyyy-MM"_s);
    return months;
}

QString valueText(MetricKind kind, double value)
{
    return formatMetricValue(kind, value);
}

} // namespace

EffectChartData EffectChartData::from(const WorkOrder &order, const WorkOrderEvaluation &evaluation)
{
    EffectChartData data;
    if (const std::optional<MetricSpec> spec = order.metricSpec()) {
        data.kind = spec->kind;
        data.metricLabel = spec->label();
    }
    data.series = evaluation.series;
    data.baselineMonth = order.baseline.month;
    data.currentMonth = evaluation.effect.current.month;
    data.createdMonth = order.createdAt.isValid() ? order.createdAt.toLocalTime().toString(u"yyyy-MM"_s) : QString();
    data.closedMonth = order.closedAt.isValid() ? order.closedAt.toLocalTime().toString(u"yyyy-MM"_s) : QString();
    data.target = order.targetValue;
    data.direction = evaluation.direction;
    return data;
}

void paintEffectChart(QPainter &painter, const QRectF &rect, const EffectChartData &data, const QFont &font)
{
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setFont(font);
    const QFontMetricsF metrics(font, painter.device());
    const double unit = metrics.height() / 16.0; // line widths follow the text size on any device
    const double pad = metrics.height() * 0.5;

    const QStringList months = monthRange(data);
    QList<double> values;
    for (const MetricPoint &point : data.series)
        if (point.hasData())
            values << point.value;
    if (months.isEmpty() || values.isEmpty()) {
        painter.setPen(markerColor);
        painter.drawText(rect, Qt::AlignCenter | Qt::TextWordWrap,
                         data.metricLabel.isEmpty()
                             ? WorkOrderText::tr("No metric: name one to follow the effect.")
                             : WorkOrderText::tr("No data for %1 in the order's scope yet.").arg(data.metricLabel));
        painter.restore();
        return;
    }
    if (std::isfinite(data.target))
        values << data.target;
    double low = *std::min_element(values.begin(), values.end());
    double high = *std::max_element(values.begin(), values.end());
    const double span = high > low ? high - low : std::max(std::abs(high) * 0.1, 1.0);
    low -= span * 0.15;
    high += span * 0.15;
    if (data.kind == MetricKind::Complaints || data.kind == MetricKind::Per10k)
        low = std::max(low, 0.0);

    const double labelWidth = metrics.horizontalAdvance(u"00,000.0%"_s);
    const QRectF plot(rect.left() + labelWidth + pad, rect.top() + metrics.height() * 1.6,
                      rect.width() - labelWidth - pad * 2, rect.height() - metrics.height() * 3.4);
    const auto x = [&](int index) {
        return months.size() == 1 ? plot.center().x() : plot.left() + plot.width() * index / double(months.size() - 1);
    };
    const auto y = [&](double value) { return plot.bottom() - (value - low) / (high - low) * plot.height(); };

    // Title, grid and the value axis.
    painter.setPen(Qt::black);
    painter.drawText(QRectF(rect.left(), rect.top(), rect.width(), metrics.height() * 1.4),
                     Qt::AlignLeft | Qt::AlignVCenter, data.metricLabel);
    for (int i = 0; i <= 4; ++i) {
        const double value = low + (high - low) * i / 4.0;
        painter.setPen(QPen(gridColor, unit));
        painter.drawLine(QPointF(plot.left(), y(value)), QPointF(plot.right(), y(value)));
        painter.setPen(markerColor);
        painter.drawText(QRectF(rect.left(), y(value) - metrics.height() / 2, labelWidth, metrics.height()),
                         Qt::AlignRight | Qt::AlignVCenter, valueText(data.kind, value));
    }
    const int step = std::max(1, int(std::ceil(months.size() * metrics.horizontalAdvance(u"0000-00 "_s) / plot.width())));
    for (int i = 0; i < months.size(); i += step)
        painter.drawText(QRectF(x(i) - labelWidth, plot.bottom() + pad * 0.4, labelWidth * 2, metrics.height()),
                         Qt::AlignHCenter | Qt::AlignTop, months.at(i));

    // Creation and closing months.
    const auto marker = [&](const QString &month, const QString &label, const QColor &color, int line) {
        const int index = int(months.indexOf(month));
        if (index < 0)
            return;
        painter.setPen(QPen(color, unit * 1.2, Qt::DashLine));
        painter.drawLine(QPointF(x(index), plot.top()), QPointF(x(index), plot.bottom()));
        painter.setPen(color);
        // The label goes left of the line when it would run off the plot.
        const bool left = x(index) + pad * 0.3 + metrics.horizontalAdvance(label) > rect.right();
        const double top = plot.top() + line * metrics.height(); // closing under creation when they share a month
        const QRectF box = left ? QRectF(x(index) - pad * 0.3 - labelWidth * 2, top, labelWidth * 2, metrics.height())
                                : QRectF(x(index) + pad * 0.3, top, labelWidth * 2, metrics.height());
        painter.drawText(box, (left ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignTop, label);
    };
    marker(data.createdMonth, WorkOrderText::tr("created"), markerColor, 0);
    marker(data.closedMonth, WorkOrderText::tr("closed"), closedColor, 1);

    if (std::isfinite(data.target)) {
        painter.setPen(QPen(targetColor, unit * 1.5, Qt::DashLine));
        painter.drawLine(QPointF(plot.left(), y(data.target)), QPointF(plot.right(), y(data.target)));
        painter.setPen(targetColor);
        painter.drawText(QRectF(plot.right() - labelWidth * 2, y(data.target) - metrics.height() * 1.1, labelWidth * 2,
                                metrics.height()),
                         Qt::AlignRight | Qt::AlignBottom,
                         WorkOrderText::tr("target %1").arg(valueText(data.kind, data.target)));
    }

    // The metric: a line through consecutive months, broken where one has no data.
    QPainterPath path;
    int previous = -2;
    for (const MetricPoint &point : data.series) {
        const int index = int(months.indexOf(point.month));
        if (index < 0 || !point.hasData())
            continue;
        const QPointF at(x(index), y(point.value));
        if (index == previous + 1)
            path.lineTo(at);
        else
            path.moveTo(at);
        previous = index;
    }
    painter.setPen(QPen(lineColor, unit * 2.2));
    painter.setBrush(Qt::NoBrush);
    painter.drawPath(path);
    for (const MetricPoint &point : data.series) {
        const int index = int(months.indexOf(point.month));
        if (index < 0 || !point.hasData())
            continue;
        const QPointF at(x(index), y(point.value));
        const bool baseline = point.month == data.baselineMonth;
        const bool current = point.month == data.currentMonth;
        const double radius = unit * (baseline || current ? 4.5 : 2.8);
        painter.setPen(QPen(lineColor, unit * 1.2));
        painter.setBrush(baseline ? QBrush(Qt::white) : QBrush(lineColor));
        painter.drawEllipse(at, radius, radius);
        if (baseline || current) {
            painter.setPen(Qt::black);
            const QString label = u"%1 %2"_s.arg(baseline ? WorkOrderText::tr("baseline") : WorkOrderText::tr("current"),
                                                  valueText(data.kind, point.value));
            painter.drawText(QRectF(at.x() - labelWidth, at.y() - metrics.height() * 1.5, labelWidth * 2,
                                    metrics.height()),
                             Qt::AlignHCenter | Qt::AlignBottom, label);
        }
    }
    painter.restore();
}

} // namespace cx
