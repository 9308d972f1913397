#pragma once

#include "charts/chart.h"

namespace cx {

/// Funnels drawn with QPainter, one row each: the stages' rates as nested
/// bars from 0 along one percent axis (each stage darker than the one
/// before), the highlighted drop hatched in vermillion with its size, the
/// row's label on the left and its note on the right. A click on a row
/// emits itemActivated(row).
class FunnelChart : public Chart
{
    Q_OBJECT

public:
    explicit FunnelChart(QWidget *parent = nullptr);

    void setData(const ChartData &data) override;
    void setEmptyText(const QString &text) override;
    bool hasData() const override;

    /// The rows' rectangles of the last drawing (widget coordinates).
    const QList<QRectF> &rowRects() const { return m_rows; }
    /// Colour of a stage's bar.
    static QColor stageColor(int stage, int stages);

protected:
    void render(QPainter &painter, const QRectF &target) const override;
    void paintEvent(QPaintEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;

private:
    ChartData m_data;
    QString m_emptyText;
    mutable QList<QRectF> m_rows;
};

} // namespace cx
