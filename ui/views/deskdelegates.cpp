#include "views/deskdelegates.h"

#include "charts/sparkline.h"
#include "palette.h"
#include "service/deskformat.h"

#include <QApplication>
#include <QPainter>

#include <cmath>

namespace cx {

using namespace Qt::StringLiterals;

namespace {

constexpr int padding = 6;

int lightSide(const QStyleOptionViewItem &option)
{
    return option.fontMetrics.height() - 2;
}

} // namespace

void DeskDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QString text = opt.text;
    opt.text.clear();
    QStyle *style = opt.widget ? opt.widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, opt.widget);

    if (const QVariant marked = index.data(MarkedRole); marked.typeId() == QMetaType::Bool && marked.toBool()
        && !(option.state & QStyle::State_Selected))
        painter->fillRect(option.rect, palette::highlight());
    QRectF area = QRectF(option.rect).adjusted(padding, 3, -padding, -3);
    const QVariant series = index.data(SeriesRole);
    if (series.isValid() && !series.value<QList<double>>().isEmpty()) {
        paintSparkline(*painter, area, series.value<QList<double>>(), index.data(MarkedRole).value<QList<int>>(),
                       palette::series(0));
        return;
    }
    const QVariant light = index.data(LightRole);
    if (light.isValid()) {
        const int side = lightSide(option);
        palette::paintLight(*painter, QRectF(area.left(), area.top() + 1, side, side), TrafficLight(light.toInt()));
        area.setLeft(area.left() + side + padding);
    }
    const bool selected = option.state & QStyle::State_Selected;
    const QColor textColor = option.palette.color(selected ? QPalette::HighlightedText : QPalette::Text);
    painter->save();
    painter->setFont(opt.font);
    const qsizetype split = text.indexOf(u"  "_s);
    const Qt::Alignment alignment = Qt::Alignment(index.data(Qt::TextAlignmentRole).toInt());
    const Qt::Alignment horizontal = alignment & Qt::AlignHorizontal_Mask ? alignment & Qt::AlignHorizontal_Mask : Qt::AlignLeft;
    const int flags = int(horizontal) | Qt::AlignTop | Qt::TextWordWrap;
    // A change is coloured better or worse, grey when it was tested and is not significant.
    const QVariant significant = index.data(SignificantRole);
    const bool insignificant = significant.isValid() && !significant.toBool();
    const auto changeColor = [&](bool better) {
        return insignificant ? palette::muted() : better ? palette::better() : palette::worse();
    };
    if (split > 0 && !text.contains(u'\n')) {
        const QString value = text.left(split);
        const QString change = text.mid(split + 2);
        painter->setPen(textColor);
        QRectF used;
        painter->drawText(area, Qt::AlignLeft | Qt::AlignTop, value, &used);
        const bool better = index.data(BetterRole).toBool();
        const bool unchanged = change.startsWith(u'±');
        painter->setPen(selected || unchanged ? textColor : changeColor(better));
        painter->drawText(area.adjusted(used.width() + padding, 0, 0, 0), Qt::AlignLeft | Qt::AlignTop, change);
    } else {
        // A cell that is only a change (a comparison's Δ row) is coloured as one.
        const QVariant better = index.data(BetterRole);
        const bool change = better.isValid() && (text.startsWith(u'↑') || text.startsWith(u'↓') || text.startsWith(u'+')
                                                 || text.startsWith(u'−'));
        painter->setPen(selected || !change ? textColor : changeColor(better.toBool()));
        painter->drawText(area, flags, text);
    }
    painter->restore();
}

QSize DeskDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const QString text = index.data(Qt::DisplayRole).toString();
    const QFontMetrics metrics(option.font);
    int width = 0;
    const QStringList lines = text.split(u'\n');
    for (const QString &line : lines)
        width = std::max(width, metrics.horizontalAdvance(line));
    if (index.data(LightRole).isValid())
        width += lightSide(option) + padding;
    if (index.data(SeriesRole).isValid())
        width = std::max(width, 90);
    return QSize(width + 2 * padding + 4, int(lines.size()) * metrics.lineSpacing() + 8);
}

EmotionDelegate::EmotionDelegate(double low, double high, QObject *parent)
    : QStyledItemDelegate(parent)
    , m_low(low)
    , m_high(high)
{
}

void EmotionDelegate::setRange(double low, double high)
{
    m_low = low;
    m_high = high > low ? high : low + 1;
}

void EmotionDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    opt.text.clear();
    QStyle *style = opt.widget ? opt.widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, opt.widget);

    const QRectF area = QRectF(option.rect).adjusted(0, 8, 0, -8);
    const auto y = [&](double value) {
        const double t = std::clamp((value - m_low) / (m_high - m_low), 0.0, 1.0);
        return area.bottom() - t * area.height();
    };
    const double value = index.data(ValueRole).toDouble();
    const QAbstractItemModel *model = index.model();
    const auto neighbour = [&](int column) {
        return column >= 0 && column < model->columnCount() ? model->index(index.row(), column).data(ValueRole).toDouble()
                                                            : NAN;
    };
    const double before = neighbour(index.column() - 1);
    const double after = neighbour(index.column() + 1);
    const QPointF centre(area.center().x(), std::isfinite(value) ? y(value) : area.center().y());

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(QPen(palette::series(0), 2.5));
    // Half a segment towards each neighbour: the halves of adjacent cells meet on the border.
    if (std::isfinite(value) && std::isfinite(before))
        painter->drawLine(QPointF(area.left(), (y(before) + centre.y()) / 2), centre);
    if (std::isfinite(value) && std::isfinite(after))
        painter->drawLine(centre, QPointF(area.right(), (y(after) + centre.y()) / 2));
    if (std::isfinite(value)) {
        const qreal side = option.fontMetrics.height();
        palette::paintLight(*painter, QRectF(centre.x() - side / 2, centre.y() - side / 2, side, side),
                            TrafficLight(index.data(LightRole).toInt()));
    } else {
        painter->setPen(palette::muted());
        painter->drawText(option.rect, Qt::AlignCenter, u"–"_s);
    }
    painter->restore();
}

QSize EmotionDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &) const
{
    return QSize(60, option.fontMetrics.height() * 3);
}

} // namespace cx
