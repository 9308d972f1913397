#pragma once

#include <QColor>
#include <QList>

class QPainter;
class QRectF;

namespace cx {

/// Draws a small line of `values` across `rect` (a gap where a value is
/// NaN), with the points of `marked` drawn as marks and the last point
/// emphasised: the trend of a hotspot or an alert in a table cell.
void paintSparkline(QPainter &painter, const QRectF &rect, const QList<double> &values, const QList<int> &marked,
                    const QColor &color);

} // namespace cx
