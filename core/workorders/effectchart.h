#pragma once

#include "workorders/workorderevaluation.h"

#include <QFont>
#include <QList>
#include <QRectF>
#include <QString>

class QPainter;

namespace cx {

/// What the effect chart of a work order shows: its metric per month, the
/// baseline month, the months it was created and closed, and the target.
struct EffectChartData
{
    MetricKind kind = MetricKind::Satisfaction;
    QString metricLabel;
    QList<MetricPoint> series;
    QString baselineMonth;
    QString currentMonth;
    QString createdMonth;
    QString closedMonth;
    double target = kNaN;
    int direction = 1;

    /// The chart of an order from its evaluation (series, direction).
    static EffectChartData from(const WorkOrder &order, const WorkOrderEvaluation &evaluation);
};

/// Paints the effect chart into `rect` (for the view's widget and the PDF
/// cards alike): the metric as a line with points (gaps where a month has no
/// data), the target as a dashed line, the baseline and current points
/// marked, and dashed verticals labelled at the creation and closing months.
/// Without data it says so in words. `font` is the text font; sizes follow
/// its pixel height on the painter's device.
void paintEffectChart(QPainter &painter, const QRectF &rect, const EffectChartData &data, const QFont &font);

} // namespace cx
