#pragma once

#include <QList>
#include <QPointF>
#include <QRectF>
#include <QSizeF>

// Placement of point labels on a chart without overlaps: each label goes to
// the first of eight positions around its point that collides with no label
// placed before it and no point, trying rings further out when all collide.

namespace cx {

struct LabelRequest
{
    QPointF anchor; ///< the labelled point
    QSizeF size;    ///< the label's measured size
};

/// Rectangles for `labels` (same order). No two intersect, and none covers
/// a point (a square of `pointRadius` around each anchor) or one of `fixed`
/// (titles already drawn); labels stay
/// inside `bounds` where they can (a label larger than the room left
/// still gets a free place, if outside it). Labels are placed in order: put
/// the important ones first.
QList<QRectF> placeLabels(const QList<LabelRequest> &labels, const QRectF &bounds, const QList<QRectF> &fixed = {},
                          qreal pointRadius = 4, qreal gap = 3);

} // namespace cx
