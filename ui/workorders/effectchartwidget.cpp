#include "workorders/effectchartwidget.h"

#include <QPainter>

namespace cx {

EffectChartWidget::EffectChartWidget(QWidget *parent)
    : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::Base);
}

void EffectChartWidget::setData(const EffectChartData &data)
{
    m_data = data;
    update();
}

QSize EffectChartWidget::sizeHint() const
{
    return {480, fontMetrics().height() * 14};
}

QSize EffectChartWidget::minimumSizeHint() const
{
    return {240, fontMetrics().height() * 9};
}

void EffectChartWidget::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    const int margin = fontMetrics().height() / 2;
    paintEffectChart(painter, QRectF(rect()).adjusted(margin, margin / 2, -margin, -margin / 2), m_data, font());
}

} // namespace cx
