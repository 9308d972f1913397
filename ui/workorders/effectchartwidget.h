#pragma once

#include "workorders/effectchart.h"

#include <QWidget>

namespace cx {

/// The effect chart of the selected work order: its metric per month with
/// the target, the baseline and current points, and the creation and
/// closing months (paintEffectChart(), the same drawing the PDF cards use).
/// Self-contained, so that it can move under ui/charts/ with the others.
class EffectChartWidget : public QWidget
{
    Q_OBJECT

public:
    explicit EffectChartWidget(QWidget *parent = nullptr);

    void setData(const EffectChartData &data);
    const EffectChartData &data() const { return m_data; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    EffectChartData m_data;
};

} // namespace cx
