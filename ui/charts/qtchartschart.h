#pragma once

#include "charts/chart.h"

class QChart;
class QChartView;
class QLabel;
class QStackedLayout;

namespace cx {

/// Chart drawn with Qt Charts: bars (QBarSeries, or QHorizontalBarSeries),
/// lines split at missing values, alert marks as a scatter series, a
/// category axis and one or two value axes. No animations, no shadows.
class QtChartsChart : public Chart
{
    Q_OBJECT

public:
    explicit QtChartsChart(QWidget *parent = nullptr);

    void setData(const ChartData &data) override;
    void setEmptyText(const QString &text) override;
    bool hasData() const override { return m_hasData; }

protected:
    void render(QPainter &painter, const QRectF &target) const override;

private:
    QChart *m_chart = nullptr;
    QChartView *m_view = nullptr;
    QLabel *m_empty = nullptr;
    QStackedLayout *m_layout = nullptr;
    bool m_hasData = false;
};

} // namespace cx
