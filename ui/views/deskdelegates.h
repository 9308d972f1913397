#pragma once

#include <QStyledItemDelegate>

namespace cx {

/// Paints a desk cell: the light's shape before the text (LightRole), the
/// change after two spaces in the colour of better or worse (BetterRole),
/// grey when it was tested and is not significant (SignificantRole),
/// several lines as they are, and a sparkline where the cell has a series
/// (SeriesRole, marks from MarkedRole).
class DeskDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

/// Paints the journey's emotion curve: one cell per stage, the line running
/// through the stages' scores from cell to cell, each point in the stage's
/// light (shape and colour); a stage without a score leaves a gap.
class EmotionDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    /// The scores span `low` … `high` from the bottom to the top of the cell.
    EmotionDelegate(double low, double high, QObject *parent = nullptr);

    void setRange(double low, double high);

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    double m_low;
    double m_high;
};

} // namespace cx
