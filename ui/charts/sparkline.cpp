#include "charts/sparkline.h"

#include "palette.h"

#include <QPainter>
#include <QPainterPath>

#include <cmath>

namespace cx {

void paintSparkline(QPainter &painter, const QRectF &rect, const QList<double> &values, const QList<int> &marked,
                    const QColor &color)
{
    double low = INFINITY;
    double high = -INFINITY;
    for (double v : values) {
        if (std::isfinite(v)) {
            low = std::min(low, v);
            high = std::max(high, v);
        }
    }
    if (!std::isfinite(low))
        return;
    if (values.size() == 1) {
        painter.save();
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setPen(Qt::NoPen);
        painter.setBrush(color);
        painter.drawEllipse(rect.center(), 2.5, 2.5);
        painter.restore();
        return;
    }
    if (high - low < 1e-9) {
        low -= 1;
        high += 1;
    }
    const QRectF area = rect.adjusted(3, 3, -3, -3);
    const auto point = [&](int i) {
        return QPointF(area.left() + area.width() * i / double(values.size() - 1),
                       area.bottom() - area.height() * (values.at(i) - low) / (high - low));
    };
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    QPainterPath path;
    bool drawing = false;
    for (int i = 0; i < values.size(); ++i) {
        if (!std::isfinite(values.at(i))) {
            drawing = false;
            continue;
        }
        drawing ? path.lineTo(point(i)) : path.moveTo(point(i));
        drawing = true;
    }
    painter.setPen(QPen(color, 1.5));
    painter.setBrush(Qt::NoBrush);
    painter.drawPath(path);
    painter.setPen(Qt::NoPen);
    for (int i : marked) {
        if (i >= 0 && i < values.size() && std::isfinite(values.at(i))) {
            painter.setBrush(palette::worse());
            painter.drawEllipse(point(i), 3, 3);
        }
    }
    if (std::isfinite(values.constLast())) {
        painter.setBrush(color);
        painter.drawEllipse(point(int(values.size()) - 1), 2.5, 2.5);
    }
    painter.restore();
}

} // namespace cx
