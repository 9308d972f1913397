#include "charts/qtchartschart.h"

#include "palette.h"

#include <QBarCategoryAxis>
#include <QAreaSeries>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QGraphicsLayout>
#include <QHorizontalBarSeries>
#include <QLabel>
#include <QLegendMarker>
#include <QLineSeries>
#include <QPainter>
#include <QScatterSeries>
#include <QSet>
#include <QStackedLayout>
#include <QValueAxis>

#include <cmath>

namespace cx {

using namespace Qt::StringLiterals;

Chart *Chart::create(QWidget *parent)
{
    return new QtChartsChart(parent);
}

QtChartsChart::QtChartsChart(QWidget *parent)
    : Chart(parent)
    , m_view(new QChartView(this))
    , m_empty(new QLabel(this))
    , m_layout(new QStackedLayout(this))
{
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setContextMenuPolicy(Qt::NoContextMenu); // the chart's own menu (save, copy)
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setForegroundRole(QPalette::PlaceholderText);
    m_layout->addWidget(m_empty);
    m_layout->addWidget(m_view);
    setMinimumHeight(160);
}

void QtChartsChart::setEmptyText(const QString &text)
{
    m_empty->setText(text);
}

void QtChartsChart::setData(const ChartData &data)
{
    // A new chart each time: Qt Charts leaves the labels of a removed category axis behind.
    m_chart = new QChart;
    m_chart->setAnimationOptions(QChart::NoAnimation);
    m_chart->setDropShadowEnabled(false);
    m_chart->setBackgroundRoundness(0);
    m_chart->layout()->setContentsMargins(0, 0, 0, 0);
    m_chart->setMargins(QMargins(4, 4, 4, 4));
    m_chart->legend()->setAlignment(Qt::AlignBottom);
    QChart *previous = m_view->chart();
    m_view->setChart(m_chart);
    delete previous;
    QFont titleFont = font();
    titleFont.setBold(true);
    m_chart->setTitleFont(titleFont);
    m_chart->setTitle(data.title);

    bool anyValue = false;
    for (const ChartSeries &series : data.series)
        anyValue = anyValue || std::any_of(series.values.cbegin(), series.values.cend(), [](double v) { return std::isfinite(v); });
    m_hasData = anyValue && !data.categories.isEmpty();
    m_layout->setCurrentWidget(m_hasData ? static_cast<QWidget *>(m_view) : m_empty);
    if (!m_hasData)
        return;

    auto *categories = new QBarCategoryAxis(m_chart);
    categories->append(data.categories);
    categories->setLabelsFont(font());
    categories->setTitleText(data.categoryAxisTitle);
    auto *primary = new QValueAxis(m_chart);
    primary->setTitleText(data.primaryAxisTitle);
    primary->setLabelsFont(font());
    QValueAxis *secondary = nullptr;
    const Qt::Alignment categorySide = data.horizontalBars ? Qt::AlignLeft : Qt::AlignBottom;
    const Qt::Alignment valueSide = data.horizontalBars ? Qt::AlignBottom : Qt::AlignLeft;
    m_chart->addAxis(categories, categorySide);
    m_chart->addAxis(primary, valueSide);

    const auto axisFor = [&](const ChartSeries &series) -> QValueAxis * {
        if (!series.secondaryAxis)
            return primary;
        if (!secondary) {
            secondary = new QValueAxis(m_chart);
            secondary->setTitleText(data.secondaryAxisTitle);
            secondary->setLabelsFont(font());
            m_chart->addAxis(secondary, Qt::AlignRight);
        }
        return secondary;
    };
    const auto attach = [&](QAbstractSeries *series, QValueAxis *axis) {
        m_chart->addSeries(series);
        series->attachAxis(categories);
        series->attachAxis(axis);
    };

    // Bands behind everything: the primary axis' range is fixed first, from its series.
    if (!data.bands.isEmpty()) {
        double low = qInf();
        double high = -qInf();
        bool anyBars = false;
        for (const ChartSeries &series : data.series) {
            if (series.secondaryAxis)
                continue;
            anyBars = anyBars || series.kind == ChartSeries::Kind::Bars;
            for (double v : series.values)
                if (std::isfinite(v)) {
                    low = std::min(low, v);
                    high = std::max(high, v);
                }
        }
        if (std::isfinite(low)) {
            if (anyBars || low > 0)
                low = std::min(low, 0.0);
            primary->setRange(low, high > low ? high : low + 1);
            primary->applyNiceNumbers();
        }
        QSet<QString> named;
        for (const ChartBand &band : data.bands) {
            const double range = primary->max() - primary->min();
            auto *upper = new QLineSeries(m_chart);
            auto *lower = new QLineSeries(m_chart);
            upper->append({QPointF(band.first - 0.5, primary->min() + band.to * range), QPointF(band.last + 0.5, primary->min() + band.to * range)});
            lower->append({QPointF(band.first - 0.5, primary->min() + band.from * range), QPointF(band.last + 0.5, primary->min() + band.from * range)});
            auto *area = new QAreaSeries(upper, lower);
            area->setName(band.label);
            area->setColor(band.color);
            area->setBorderColor(band.color);
            area->setPen(Qt::NoPen);
            attach(area, primary);
            if (named.contains(band.label) || data.compact)
                for (QLegendMarker *marker : m_chart->legend()->markers(area))
                    marker->setVisible(false);
            named.insert(band.label);
        }
    }

    // Bars first, so that lines are drawn over them.
    QList<const ChartSeries *> bars;
    for (const ChartSeries &series : data.series)
        if (series.kind == ChartSeries::Kind::Bars)
            bars << &series;
    for (const ChartSeries *series : std::as_const(bars)) {
        QAbstractBarSeries *barSeries = data.horizontalBars ? static_cast<QAbstractBarSeries *>(new QHorizontalBarSeries)
                                                            : static_cast<QAbstractBarSeries *>(new QBarSeries);
        auto *set = new QBarSet(series->name);
        QList<qreal> values;
        values.reserve(series->values.size());
        for (double v : series->values)
            values << (std::isfinite(v) ? v : 0.0);
        set->append(values);
        set->setColor(series->color);
        set->setBorderColor(series->color);
        barSeries->append(set);
        barSeries->setBarWidth(0.6);
        attach(barSeries, axisFor(*series));
    }

    QList<QPointF> firstLine;
    QValueAxis *firstLineAxis = nullptr;
    for (const ChartSeries &series : data.series) {
        if (series.kind != ChartSeries::Kind::Line)
            continue;
        QValueAxis *axis = axisFor(series);
        // A month without data is a gap, not a zero: one QLineSeries per run of values.
        QList<QList<QPointF>> runs(1);
        for (int i = 0; i < series.values.size(); ++i) {
            if (std::isfinite(series.values.at(i)))
                runs.last() << QPointF(i, series.values.at(i));
            else if (!runs.last().isEmpty())
                runs << QList<QPointF>();
        }
        bool first = true;
        for (const QList<QPointF> &run : std::as_const(runs)) {
            if (run.isEmpty())
                continue;
            QXYSeries *line = run.size() == 1 ? static_cast<QXYSeries *>(new QScatterSeries) : new QLineSeries;
            line->setName(series.name);
            line->setColor(series.color);
            if (auto *scatter = qobject_cast<QScatterSeries *>(line))
                scatter->setMarkerSize(8);
            else
                line->setPen(QPen(series.color, 2.5));
            line->setPointsVisible(true);
            line->replace(run);
            attach(line, axis);
            if (!first)
                for (QLegendMarker *marker : m_chart->legend()->markers(line))
                    marker->setVisible(false);
            first = false;
        }
        if (!firstLineAxis) {
            firstLineAxis = axis;
            for (int i = 0; i < series.values.size(); ++i)
                firstLine << QPointF(i, series.values.at(i));
        }
    }
    // Without a line the marks go on the first bars.
    if (!firstLineAxis && !bars.isEmpty()) {
        firstLineAxis = axisFor(*bars.constFirst());
        for (int i = 0; i < bars.constFirst()->values.size(); ++i)
            firstLine << QPointF(i, bars.constFirst()->values.at(i));
    }
    if (firstLineAxis && !data.marked.isEmpty()) {
        auto *marks = new QScatterSeries;
        marks->setName(data.markedName);
        marks->setMarkerShape(QScatterSeries::MarkerShapeTriangle);
        marks->setMarkerSize(14);
        marks->setColor(palette::worse());
        marks->setBorderColor(palette::worse().darker(130));
        QList<QPointF> points;
        for (int index : data.marked)
            if (index >= 0 && index < firstLine.size() && std::isfinite(firstLine.at(index).y()))
                points << firstLine.at(index);
        marks->replace(points);
        attach(marks, firstLineAxis);
    }
    for (QValueAxis *axis : {primary, secondary}) {
        if (!axis || (axis == primary && !data.bands.isEmpty()))
            continue;
        axis->applyNiceNumbers();
        if (axis->min() > 0 && axis == primary && !bars.isEmpty())
            axis->setMin(0);
    }
    if (data.valueDecimals >= 0)
        for (QValueAxis *axis : {primary, secondary})
            if (axis)
                axis->setLabelFormat(u"%.%1f"_s.arg(data.valueDecimals));
    m_chart->legend()->setVisible(!data.compact && (data.series.size() > 1 || !data.marked.isEmpty() || !data.bands.isEmpty()));
    if (data.compact) {
        // Small multiples: the title says what is drawn; axes keep their numbers only.
        for (QAbstractAxis *axis : m_chart->axes())
            axis->setTitleVisible(false);
        QFont small = font();
        small.setPointSizeF(small.pointSizeF() * 0.85);
        for (QAbstractAxis *axis : m_chart->axes())
            axis->setLabelsFont(small);
        categories->setLabelsVisible(false);
    }
}

void QtChartsChart::render(QPainter &painter, const QRectF &target) const
{
    if (m_hasData) {
        m_view->render(&painter, target);
        return;
    }
    painter.fillRect(target, Qt::white);
    painter.setPen(palette::muted());
    painter.drawText(target, Qt::AlignCenter | Qt::TextWordWrap, m_empty->text());
}

} // namespace cx
