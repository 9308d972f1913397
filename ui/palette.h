#pragma once

#include "analytics/journey.h"

#include <QColor>
#include <QString>

class QPainter;
class QRectF;

namespace cx::palette {

// The product's one palette. Colours follow Okabe & Ito's set, which stays
// distinguishable with the common colour-vision deficiencies; a traffic
// light is never colour alone: each has its shape (● green, ▲ amber,
// ■ red) and a letter, so it reads in greyscale and in print.

/// Colour of a traffic light (grey for None).
QColor lightColor(TrafficLight light);
/// ● ▲ ■, or "–" for None.
QString lightSymbol(TrafficLight light);
/// The light's letter (translated; 绿 黄 红 in Chinese), empty for None.
QString lightLetter(TrafficLight light);
/// The light's name for tooltips and screen readers ("green: on target").
QString lightName(TrafficLight light);
/// Paints the light's shape, filled with its colour and outlined, centred in `rect`.
void paintLight(QPainter &painter, const QRectF &rect, TrafficLight light);

/// Colour `index` of the series palette (cycles).
QColor series(int index);
/// A change for the better, and for the worse (blue and vermillion, never green against red).
QColor better();
QColor worse();
/// Text and lines of secondary importance.
QColor muted();
/// Background of highlighted cells (a selected journey cell, a compared difference).
QColor highlight();

} // namespace cx::palette
