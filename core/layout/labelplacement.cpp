#include "layout/labelplacement.h"

#include <array>
#include <cmath>

namespace cx {

namespace {

/// Position `k` (0–7: right, upper right, up, upper left, left, lower left, down, lower right) at `distance`.
QRectF candidate(const QPointF &anchor, const QSizeF &size, int k, qreal distance)
{
    const qreal w = size.width();
    const qreal h = size.height();
    static constexpr std::array<std::pair<int, int>, 8> directions{
        {{1, 0}, {1, -1}, {0, -1}, {-1, -1}, {-1, 0}, {-1, 1}, {0, 1}, {1, 1}}};
    const auto [dx, dy] = directions[std::size_t(k)];
    const qreal x = dx > 0 ? anchor.x() + distance : dx < 0 ? anchor.x() - distance - w : anchor.x() - w / 2;
    const qreal y = dy > 0 ? anchor.y() + distance : dy < 0 ? anchor.y() - distance - h : anchor.y() - h / 2;
    return {x, y, w, h};
}

} // namespace

QList<QRectF> placeLabels(const QList<LabelRequest> &labels, const QRectF &bounds, const QList<QRectF> &fixed,
                          qreal pointRadius, qreal gap)
{
    QList<QRectF> obstacles = fixed;
    for (const LabelRequest &label : labels)
        obstacles << QRectF(label.anchor - QPointF(pointRadius, pointRadius), QSizeF(2 * pointRadius, 2 * pointRadius));
    QList<QRectF> placed;
    const auto free = [&](const QRectF &rect) {
        const QRectF padded = rect.adjusted(-gap / 2, -gap / 2, gap / 2, gap / 2);
        for (const QRectF &other : std::as_const(obstacles))
            if (padded.intersects(other))
                return false;
        return true;
    };
    for (const LabelRequest &label : labels) {
        QRectF chosen;
        bool found = false;
        // Rings further out until a place is free: inside the bounds first, then anywhere.
        const qreal step = std::max<qreal>(label.size.height(), 4);
        for (int pass = 0; pass < 2 && !found; ++pass) {
            const int rings = pass == 0 ? 12 : 400;
            for (int ring = 0; ring < rings && !found; ++ring) {
                const qreal distance = pointRadius + gap + ring * step;
                for (int k = 0; k < 8 && !found; ++k) {
                    const QRectF rect = candidate(label.anchor, label.size, k, distance);
                    if ((pass == 1 || bounds.contains(rect)) && free(rect)) {
                        chosen = rect;
                        found = true;
                    }
                }
            }
        }
        // Every ring taken: below everything placed so far.
        if (!found) {
            qreal bottom = bounds.bottom();
            for (const QRectF &other : std::as_const(obstacles))
                bottom = std::max(bottom, other.bottom());
            chosen = QRectF(QPointF(label.anchor.x(), bottom + gap), label.size);
        }
        placed << chosen;
        obstacles << chosen;
    }
    return placed;
}

} // namespace cx
