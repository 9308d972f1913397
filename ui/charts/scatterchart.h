#pragma once

#include "charts/chart.h"

namespace cx {

/// A scatter drawn with QPainter: labelled points, optional quadrant lines
/// with a label per quadrant, an optional fitted line, and tick labels on
/// both axes. Labels never overlap each other or a point (placeLabels()).
class ScatterChart : public Chart
{
    Q_OBJECT

public:
    explicit ScatterChart(QWidget *parent = nullptr);

    void setData(const ChartData &data) override;
    void setEmptyText(const QString &text) override;
    bool hasData() const override { return !m_data.points.isEmpty(); }

    /// The label rectangles of the last drawing (widget coordinates), in point order.
    const QList<QRectF> &labelRects() const { return m_labels; }

protected:
    void render(QPainter &painter, const QRectF &target) const override;
    void paintEvent(QPaintEvent *event) override;

private:
    ChartData m_data;
    QString m_emptyText;
    mutable QList<QRectF> m_labels;
};

} // namespace cx
