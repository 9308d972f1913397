#include "palette.h"

#include <QCoreApplication>
#include <QPainter>
#include <QPainterPath>
#include <QPolygonF>

#include <array>

namespace cx::palette {

using namespace Qt::StringLiterals;

namespace {

// Okabe & Ito (2008), "Color Universal Design".
constexpr QRgb okabeIto[] = {0x0072B2, 0xE69F00, 0x009E73, 0xCC79A7, 0x56B4E9, 0xD55E00, 0xF0E442, 0x000000};

// The translation context of this file's messages.
struct Messages
{
    Q_DECLARE_TR_FUNCTIONS(cx::Palette)
};

} // namespace

QColor lightColor(TrafficLight light)
{
    switch (light) {
    case TrafficLight::Green:
        return QColor(0x009E73);
    case TrafficLight::Amber:
        return QColor(0xE69F00);
    case TrafficLight::Red:
        return QColor(0xD55E00);
    case TrafficLight::None:
        break;
    }
    return QColor(0x9E9E9E);
}

QString lightSymbol(TrafficLight light)
{
    switch (light) {
    case TrafficLight::Green:
        return u"●"_s;
    case TrafficLight::Amber:
        return u"▲"_s;
    case TrafficLight::Red:
        return u"■"_s;
    case TrafficLight::None:
        break;
    }
    return u"–"_s;
}

QString lightLetter(TrafficLight light)
{
    switch (light) {
    case TrafficLight::Green:
        return Messages::tr("G", "traffic light letter: green (绿)");
    case TrafficLight::Amber:
        return Messages::tr("A", "traffic light letter: amber (黄)");
    case TrafficLight::Red:
        return Messages::tr("R", "traffic light letter: red (红)");
    case TrafficLight::None:
        break;
    }
    return {};
}

QString lightName(TrafficLight light)
{
    switch (light) {
    case TrafficLight::Green:
        return Messages::tr("green: on target");
    case TrafficLight::Amber:
        return Messages::tr("amber: near target");
    case TrafficLight::Red:
        return Messages::tr("red: target missed");
    case TrafficLight::None:
        break;
    }
    return Messages::tr("no light: nothing to judge");
}

void paintLight(QPainter &painter, const QRectF &rect, TrafficLight light)
{
    const qreal side = std::min(rect.width(), rect.height());
    const QRectF box(rect.center().x() - side / 2, rect.center().y() - side / 2, side, side);
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(QPen(lightColor(light).darker(140), std::max(1.0, side / 12)));
    painter.setBrush(light == TrafficLight::None ? QBrush(Qt::NoBrush) : QBrush(lightColor(light)));
    const QRectF shape = box.adjusted(side * 0.1, side * 0.1, -side * 0.1, -side * 0.1);
    switch (light) {
    case TrafficLight::Green:
        painter.drawEllipse(shape);
        break;
    case TrafficLight::Amber:
        painter.drawPolygon(QPolygonF{{shape.center().x(), shape.top()}, shape.bottomRight(), shape.bottomLeft()});
        break;
    case TrafficLight::Red:
        painter.drawRect(shape.adjusted(side * 0.05, side * 0.05, -side * 0.05, -side * 0.05));
        break;
    case TrafficLight::None:
        painter.drawLine(QPointF(shape.left(), shape.center().y()), QPointF(shape.right(), shape.center().y()));
        break;
    }
    painter.restore();
}

QColor series(int index)
{
    constexpr int count = int(std::size(okabeIto));
    return QColor(okabeIto[((index % count) + count) % count]);
}

QColor better()
{
    return QColor(0x0072B2);
}

QColor worse()
{
    return QColor(0xD55E00);
}

QColor muted()
{
    return QColor(0x6E6E6E);
}

QColor highlight()
{
    return QColor(0xFFF3D6);
}

} // namespace cx::palette
