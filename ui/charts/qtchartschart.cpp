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

#include <algorithm>
#include <cmath>
#include <type_traits>

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

void QtChartsChart::rebuild(bool horizontalBars)
{
    // Qt Charts leaves the labels of a removed category axis behind: the axes
    // are made once per chart, and a change of orientation makes a new chart.
    m_slots.clear();
    m_secondary = nullptr;
    m_horizontalBars = horizontalBars;
    m_chart = new QChart;
    m_chart->setAnimationOptions(QChart::NoAnimation);
    m_chart->setDropShadowEnabled(false);
    m_chart->setBackgroundRoundness(0);
    m_chart->layout()->setContentsMargins(0, 0, 0, 0);
    m_chart->setMargins(QMargins(4, 4, 4, 4));
    m_chart->legend()->setAlignment(Qt::AlignBottom);
    m_categories = new QBarCategoryAxis(m_chart);
    m_primary = new QValueAxis(m_chart);
    m_defaultLabelFormat = m_primary->labelFormat();
    m_chart->addAxis(m_categories, horizontalBars ? Qt::AlignLeft : Qt::AlignBottom);
    m_chart->addAxis(m_primary, horizontalBars ? Qt::AlignBottom : Qt::AlignLeft);
    QChart *previous = m_view->chart();
    m_view->setChart(m_chart);
    delete previous;
}

void QtChartsChart::attach(QAbstractSeries *series, QValueAxis *axis)
{
    m_chart->addSeries(series);
    series->attachAxis(m_categories);
    series->attachAxis(axis);
}

template<typename T>
T *QtChartsChart::take(Layer layer, QValueAxis *axis, bool inLegend)
{
    for (Slot &slot : m_slots) {
        auto *series = slot.used || slot.layer != layer ? nullptr : qobject_cast<T *>(slot.series);
        if (!series)
            continue;
        if (slot.axis != axis) {
            series->detachAxis(slot.axis);
            series->attachAxis(axis);
            slot.axis = axis;
        }
        slot.used = true;
        slot.inLegend = inLegend;
        return series;
    }
    auto *series = new T;
    if constexpr (std::is_same_v<T, QAreaSeries>) {
        series->setUpperSeries(new QLineSeries(series));
        series->setLowerSeries(new QLineSeries(series));
    }
    // Added after the series of the layers before it and before those of the layers after it.
    const qsizetype at = std::find_if(m_slots.cbegin(), m_slots.cend(), [&](const Slot &s) { return s.layer > layer; }) - m_slots.cbegin();
    for (qsizetype i = at; i < m_slots.size(); ++i)
        m_chart->removeSeries(m_slots.at(i).series);
    attach(series, axis);
    for (qsizetype i = at; i < m_slots.size(); ++i)
        attach(m_slots.at(i).series, m_slots.at(i).axis);
    m_slots.insert(at, Slot{layer, series, axis, true, inLegend});
    return series;
}

namespace {

/// The range of the values drawn against an axis: bars (drawn from zero,
/// a missing value as zero) and, when `fromZero`, lines too include zero.
std::pair<double, double> valueRange(const ChartData &data, bool secondary, bool fromZero)
{
    double low = qInf();
    double high = -qInf();
    bool bars = false;
    for (const ChartSeries &series : data.series) {
        if (series.secondaryAxis != secondary)
            continue;
        bars = bars || series.kind == ChartSeries::Kind::Bars;
        for (double v : series.values)
            if (std::isfinite(v)) {
                low = std::min(low, v);
                high = std::max(high, v);
            }
    }
    if (!std::isfinite(low))
        return {0, 1};
    if (bars || (fromZero && low > 0))
        low = std::min(low, 0.0);
    return {low, high > low ? high : low + 1};
}

/// Round bounds and a tick count for [low, high] (low < high): about five
/// ticks at 1, 2 or 5 × 10^k apart, as QValueAxis::applyNiceNumbers() picks
/// them for a new axis; worked out here so that an axis is set only once.
struct NiceRange
{
    double min;
    double max;
    int ticks;
    double step;
};

/// The decimals the labels of ticks `step` apart need: none for 10 apart, one for 0.5.
int decimalsFor(double step)
{
    return std::max(0, int(std::ceil(-std::log10(step) - 1e-9)));
}

NiceRange niceRange(double low, double high)
{
    const auto nice = [](double x, bool nearest) {
        const double magnitude = std::pow(10.0, std::floor(std::log10(x)));
        const double f = x / magnitude;
        const double n = nearest ? (f < 1.5 ? 1 : f < 3 ? 2 : f < 7 ? 5 : 10) : (f <= 1 ? 1 : f <= 2 ? 2 : f <= 5 ? 5 : 10);
        return n * magnitude;
    };
    const double step = nice(nice(high - low, false) / 4, true);
    const double min = std::floor(low / step);
    const double max = std::ceil(high / step);
    return {min * step, max * step, int(max - min) + 1, step};
}

/// Sets the range only when it changes: each change lays out the axis' labels again.
void setRange(QValueAxis *axis, const NiceRange &range)
{
    if (axis->tickCount() != range.ticks)
        axis->setTickCount(range.ticks);
    if (axis->min() != range.min || axis->max() != range.max)
        axis->setRange(range.min, range.max);
}

} // namespace

void QtChartsChart::setData(const ChartData &data)
{
    bool anyValue = false;
    for (const ChartSeries &series : data.series)
        anyValue = anyValue || std::any_of(series.values.cbegin(), series.values.cend(), [](double v) { return std::isfinite(v); });
    m_hasData = anyValue && !data.categories.isEmpty();
    m_layout->setCurrentWidget(m_hasData ? static_cast<QWidget *>(m_view) : m_empty);
    if (!m_hasData)
        return;
    if (!m_chart || m_horizontalBars != data.horizontalBars)
        rebuild(data.horizontalBars);
    QFont titleFont = font();
    titleFont.setBold(true);
    m_chart->setTitleFont(titleFont);
    m_chart->setTitle(data.title);
    for (Slot &slot : m_slots)
        slot.used = false;

    if (m_categories->categories() != data.categories)
        m_categories->setCategories(data.categories);
    m_categories->setTitleText(data.categoryAxisTitle);
    m_primary->setTitleText(data.primaryAxisTitle);
    const bool secondaryUsed = std::any_of(data.series.cbegin(), data.series.cend(), [](const ChartSeries &s) { return s.secondaryAxis; });
    if (secondaryUsed && !m_secondary) {
        m_secondary = new QValueAxis(m_chart);
        m_chart->addAxis(m_secondary, Qt::AlignRight);
    }
    if (m_secondary) {
        m_secondary->setVisible(secondaryUsed);
        m_secondary->setTitleText(data.secondaryAxisTitle);
    }
    QFont labels = font();
    if (data.compact)
        labels.setPointSizeF(labels.pointSizeF() * 0.85);
    for (QAbstractAxis *axis : m_chart->axes()) {
        // Small multiples: the view says what is drawn and at what scale; a tile's narrow axes would elide their labels.
        axis->setTitleVisible(!data.compact);
        axis->setLabelsVisible(!data.compact);
        axis->setLabelsFont(labels);
    }
    // The value axes' ranges first, from the values: bands span a share of the primary axis' height.
    QList<std::pair<QValueAxis *, NiceRange>> ranges;
    for (QValueAxis *axis : {m_primary, secondaryUsed ? m_secondary : nullptr}) {
        if (!axis)
            continue;
        const auto [low, high] = valueRange(data, axis == m_secondary, axis == m_primary && !data.bands.isEmpty());
        const NiceRange range = niceRange(low, high);
        // At most the decimals asked for, and no more than the ticks need
        // ("600", not "600.0"). Labels before the range: a range change lays
        // the axis out for the labels it then has.
        axis->setLabelFormat(data.valueDecimals >= 0
                                 ? u"%.%1f"_s.arg(std::min(data.valueDecimals, decimalsFor(range.step)))
                                 : m_defaultLabelFormat);
        ranges.append({axis, range});
        setRange(axis, range);
    }
    const auto axisFor = [&](const ChartSeries &series) { return series.secondaryAxis ? m_secondary : m_primary; };

    QSet<QString> named;
    for (const ChartBand &band : data.bands) {
        auto *area = take<QAreaSeries>(Layer::Bands, m_primary, !data.compact && !named.contains(band.label));
        named.insert(band.label);
        const double range = m_primary->max() - m_primary->min();
        const double top = m_primary->min() + band.to * range;
        const double bottom = m_primary->min() + band.from * range;
        area->upperSeries()->replace({QPointF(band.first - 0.5, top), QPointF(band.last + 0.5, top)});
        area->lowerSeries()->replace({QPointF(band.first - 0.5, bottom), QPointF(band.last + 0.5, bottom)});
        area->setName(band.label);
        area->setColor(band.color);
        area->setBorderColor(band.color);
        area->setPen(Qt::NoPen);
    }

    // Bars before lines, so that lines are drawn over them.
    const ChartSeries *firstBars = nullptr;
    for (const ChartSeries &series : data.series) {
        if (series.kind != ChartSeries::Kind::Bars)
            continue;
        firstBars = firstBars ? firstBars : &series;
        QAbstractBarSeries *bars = data.horizontalBars ? static_cast<QAbstractBarSeries *>(take<QHorizontalBarSeries>(Layer::Bars, axisFor(series), true))
                                                       : static_cast<QAbstractBarSeries *>(take<QBarSeries>(Layer::Bars, axisFor(series), true));
        if (bars->count() == 0)
            bars->append(new QBarSet(QString()));
        QBarSet *set = bars->barSets().constFirst();
        QList<qreal> values;
        values.reserve(series.values.size());
        for (double v : series.values)
            values << (std::isfinite(v) ? v : 0.0);
        set->setLabel(series.name);
        set->remove(0, set->count());
        set->append(values);
        set->setColor(series.color);
        set->setBorderColor(series.color);
        bars->setBarWidth(0.6);
    }

    const ChartSeries *firstLine = nullptr;
    for (const ChartSeries &series : data.series) {
        if (series.kind != ChartSeries::Kind::Line)
            continue;
        firstLine = firstLine ? firstLine : &series;
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
            QXYSeries *line = nullptr;
            if (run.size() == 1) {
                auto *point = take<QScatterSeries>(Layer::Lines, axisFor(series), first);
                point->setMarkerSize(8);
                line = point;
            } else {
                line = take<QLineSeries>(Layer::Lines, axisFor(series), first);
                line->setPen(QPen(series.color, 2.5));
            }
            line->setName(series.name);
            line->setColor(series.color);
            line->setPointsVisible(true);
            line->replace(run);
            first = false;
        }
    }
    // The marks go on the first line, or without one on the first bars.
    const ChartSeries *markedSeries = firstLine ? firstLine : firstBars;
    if (markedSeries && !data.marked.isEmpty()) {
        auto *marks = take<QScatterSeries>(Layer::Marks, axisFor(*markedSeries), true);
        marks->setName(data.markedName);
        marks->setMarkerShape(QScatterSeries::MarkerShapeTriangle);
        marks->setMarkerSize(14);
        marks->setColor(palette::worse());
        marks->setBorderColor(palette::worse().darker(130));
        QList<QPointF> points;
        for (int index : data.marked)
            if (index >= 0 && index < markedSeries->values.size() && std::isfinite(markedSeries->values.at(index)))
                points << QPointF(index, markedSeries->values.at(index));
        marks->replace(points);
    }

    // Series not needed now are emptied and hidden; the legend names the first of each.
    for (const Slot &slot : std::as_const(m_slots)) {
        if (!slot.used)
            if (auto *xy = qobject_cast<QXYSeries *>(slot.series))
                xy->clear();
        slot.series->setVisible(slot.used);
    }
    for (const Slot &slot : std::as_const(m_slots))
        for (QLegendMarker *marker : m_chart->legend()->markers(slot.series))
            marker->setVisible(slot.used && slot.inLegend);
    // Attaching a series may have widened an axis: the ranges chosen stand.
    for (const auto &[axis, range] : std::as_const(ranges))
        setRange(axis, range);
    m_chart->legend()->setVisible(!data.compact && (data.series.size() > 1 || !data.marked.isEmpty() || !data.bands.isEmpty()));
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
