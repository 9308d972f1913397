#pragma once

#include "charts/chart.h"

class QAbstractAxis;
class QAbstractSeries;
class QBarCategoryAxis;
class QChart;
class QChartView;
class QLabel;
class QStackedLayout;
class QValueAxis;

namespace cx {

/// Chart drawn with Qt Charts: bars (QBarSeries, or QHorizontalBarSeries),
/// lines split at missing values, alert marks as a scatter series, a
/// category axis and one or two value axes. No animations, no shadows.
/// New data updates the chart in place: its axes stay, its series are
/// reused (new points, names and colours) and the ones not needed are hidden
/// until they are, so that a filter change costs no new chart.
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
    /// Series are drawn in layers, back to front.
    enum class Layer { Bands, Bars, Lines, Marks };
    /// A series of the chart, kept across setData() (hidden while not needed).
    struct Slot
    {
        Layer layer;
        QAbstractSeries *series;
        QValueAxis *axis;
        bool used = true;
        bool inLegend = false;
    };

    /// A new chart with its category and primary axes.
    void rebuild(bool horizontalBars);
    /// An unused series of type T in `layer`, or a new one drawn under the
    /// later layers, attached to the category axis and `axis`.
    template<typename T>
    T *take(Layer layer, QValueAxis *axis, bool inLegend);
    void attach(QAbstractSeries *series, QValueAxis *axis);

    QChart *m_chart = nullptr;
    QChartView *m_view = nullptr;
    QLabel *m_empty = nullptr;
    QStackedLayout *m_layout = nullptr;
    QBarCategoryAxis *m_categories = nullptr;
    QValueAxis *m_primary = nullptr;
    QValueAxis *m_secondary = nullptr; ///< created when a series first needs it
    QString m_defaultLabelFormat;
    bool m_horizontalBars = false;
    QList<Slot> m_slots; ///< in the order added: the order drawn
    bool m_hasData = false;
};

} // namespace cx
