// The Qt Charts chart updated in place: new data keeps its chart and axes,
// reuses its series for the new points (a missing month still a gap), hides
// the series no longer needed, and picks the value axes' ranges as a new
// chart would; data without a value shows the empty text instead.

#include "charts/chart.h"

#include <QAreaSeries>
#include <QBarCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QGraphicsScene>
#include <QGraphicsTextItem>
#include <QLabel>
#include <QLegendMarker>
#include <QLineSeries>
#include <QScatterSeries>
#include <QTest>
#include <QValueAxis>

#include <cmath>
#include <limits>
#include <memory>

using namespace Qt::StringLiterals;

namespace {

constexpr double gap = std::numeric_limits<double>::quiet_NaN();

QChart *qChart(cx::Chart *chart)
{
    QChartView *view = chart->findChild<QChartView *>();
    return view ? view->chart() : nullptr;
}

/// The points of the visible line series named `name`, one list per series.
QList<QList<QPointF>> visibleRuns(QChart *chart, const QString &name)
{
    QList<QList<QPointF>> runs;
    for (QAbstractSeries *series : chart->series())
        if (auto *xy = qobject_cast<QXYSeries *>(series); xy && xy->isVisible() && xy->name() == name)
            runs << xy->points();
    return runs;
}

/// The range a new axis picks for [low, high] with QValueAxis::applyNiceNumbers().
std::tuple<double, double, int> niceRange(double low, double high)
{
    QValueAxis axis;
    axis.setRange(low, high);
    axis.applyNiceNumbers();
    return {axis.min(), axis.max(), axis.tickCount()};
}

std::tuple<double, double, int> rangeOf(QValueAxis *axis)
{
    return {axis->min(), axis->max(), axis->tickCount()};
}

cx::ChartData lifecycleLike(const QStringList &months, const QList<double> &users, const QList<double> &consultations,
                            const QList<cx::ChartBand> &bands, const QList<int> &marked)
{
    cx::ChartData data;
    data.categories = months;
    data.primaryAxisTitle = u"Users"_s;
    data.secondaryAxisTitle = u"Consultations"_s;
    data.series << cx::ChartSeries{cx::ChartSeries::Kind::Line, u"Consultations"_s, consultations, Qt::red, true};
    data.series << cx::ChartSeries{cx::ChartSeries::Kind::Line, u"Users"_s, users, Qt::blue, false};
    data.bands = bands;
    data.marked = marked;
    data.markedName = u"peak"_s;
    return data;
}

} // namespace

class TestQtChartsChart : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void newDataUpdatesTheSameChart();
    void valueAxesAsANewChartPicksThem_data();
    void valueAxesAsANewChartPicksThem();
    void axisLabelsFitAfterAnUpdate();
    void labelsHaveTheDecimalsTheirTicksNeed();
    void withoutValuesShowsTheEmptyText();
};

void TestQtChartsChart::newDataUpdatesTheSameChart()
{
    const std::unique_ptr<cx::Chart> chart(cx::Chart::create());
    chart->resize(400, 300);
    chart->show();
    const QStringList six{u"01"_s, u"02"_s, u"03"_s, u"04"_s, u"05"_s, u"06"_s};
    const QList<cx::ChartBand> twoBands{{0, 2, u"growth"_s, Qt::green, 0, 1}, {3, 5, u"maturity"_s, Qt::yellow, 0, 1}};
    chart->setData(lifecycleLike(six, {1, 2, gap, 4, 5, 6}, {10, 30, 20, 10, 5, 5}, twoBands, {1}));
    QVERIFY(chart->hasData());
    QChart *first = qChart(chart.get());
    QVERIFY(first);
    // The month without users is a gap: two runs, none at March.
    QCOMPARE(visibleRuns(first, u"Users"_s),
             (QList<QList<QPointF>>{{QPointF(0, 1), QPointF(1, 2)}, {QPointF(3, 4), QPointF(4, 5), QPointF(5, 6)}}));
    const qsizetype seriesBefore = first->series().size();

    const QStringList four{u"03"_s, u"04"_s, u"05"_s, u"06"_s};
    const QList<cx::ChartBand> oneBand{{0, 3, u"decline"_s, Qt::gray, 0, 1}};
    chart->setData(lifecycleLike(four, {3, 4, 5, 60}, {8, 6, 4, 2}, oneBand, {}));
    QCOMPARE(qChart(chart.get()), first);
    QCOMPARE(first->series().size(), seriesBefore); // reused, none added
    QCOMPARE(visibleRuns(first, u"Users"_s), (QList<QList<QPointF>>{{QPointF(0, 3), QPointF(1, 4), QPointF(2, 5), QPointF(3, 60)}}));
    QCOMPARE(visibleRuns(first, u"Consultations"_s).size(), 1);
    QVERIFY(visibleRuns(first, u"peak"_s).isEmpty());
    QCOMPARE(qobject_cast<QBarCategoryAxis *>(first->axes(Qt::Horizontal).constFirst())->categories(), four);
    // What is not needed any more is hidden, empty and out of the legend.
    int bands = 0;
    for (QAbstractSeries *series : first->series()) {
        if (auto *area = qobject_cast<QAreaSeries *>(series); area && area->isVisible()) {
            ++bands;
            QCOMPARE(area->name(), u"decline"_s);
        }
        if (!series->isVisible()) {
            if (auto *xy = qobject_cast<QXYSeries *>(series))
                QCOMPARE(xy->count(), 0);
            for (QLegendMarker *marker : first->legend()->markers(series))
                QVERIFY(!marker->isVisible());
        }
    }
    QCOMPARE(bands, 1);
    // Bands span the primary axis, fixed from the users (from zero) as a new chart fixes it.
    auto *primary = qobject_cast<QValueAxis *>(first->axes(Qt::Vertical).constFirst());
    QCOMPARE(rangeOf(primary), niceRange(0, 60));

    // More runs than before: a series is added and drawn under the marks.
    chart->setData(lifecycleLike(six, {1, gap, 3, gap, 5, 6}, {10, 30, 20, 10, 5, 5}, twoBands, {0}));
    QCOMPARE(qChart(chart.get()), first);
    QCOMPARE(visibleRuns(first, u"Users"_s).size(), 3);
    QCOMPARE(visibleRuns(first, u"peak"_s), (QList<QList<QPointF>>{{QPointF(0, 10)}}));
    QCOMPARE(first->series().constLast()->name(), u"peak"_s);
}

void TestQtChartsChart::valueAxesAsANewChartPicksThem_data()
{
    QTest::addColumn<QList<double>>("values");
    QTest::addColumn<bool>("bars");
    QTest::addColumn<double>("low");
    QTest::addColumn<double>("high");
    QTest::newRow("ratios") << QList<double>{0.012, 0.019, 0.0155} << false << 0.012 << 0.019;
    QTest::newRow("ten thousands") << QList<double>{3.2, 41.7, 12.0} << false << 3.2 << 41.7;
    QTest::newRow("negative") << QList<double>{-7.5, 2.25} << false << -7.5 << 2.25;
    QTest::newRow("bars from zero") << QList<double>{120, 480, gap} << true << 0.0 << 480.0;
    QTest::newRow("flat") << QList<double>{5, 5} << false << 5.0 << 6.0;
}

void TestQtChartsChart::valueAxesAsANewChartPicksThem()
{
    QFETCH(QList<double>, values);
    QFETCH(bool, bars);
    QFETCH(double, low);
    QFETCH(double, high);
    const std::unique_ptr<cx::Chart> chart(cx::Chart::create());
    cx::ChartData data;
    for (int i = 0; i < values.size(); ++i)
        data.categories << QString::number(i);
    data.series << cx::ChartSeries{bars ? cx::ChartSeries::Kind::Bars : cx::ChartSeries::Kind::Line, u"v"_s, values, Qt::blue, false};
    // Twice: the second update must not start from the first one's ticks.
    for (int pass = 0; pass < 2; ++pass) {
        chart->setData(data);
        auto *axis = qobject_cast<QValueAxis *>(qChart(chart.get())->axes(Qt::Vertical).constFirst());
        QCOMPARE(rangeOf(axis), niceRange(low, high));
    }
}

void TestQtChartsChart::axisLabelsFitAfterAnUpdate()
{
    // A chart whose curves grow from units to thousands: its axes make room for the longer labels.
    // A small multiple has no labels at all: its narrow axes would elide them (its view states the scale).
    const std::unique_ptr<cx::Chart> chart(cx::Chart::create());
    chart->resize(240, 170);
    chart->show();
    const auto labelsShown = [&] {
        QList<bool> shown;
        for (const QAbstractAxis *axis : qChart(chart.get())->axes())
            shown << axis->labelsVisible();
        return shown;
    };
    const auto truncated = [&] {
        QStringList labels;
        for (QGraphicsItem *item : qChart(chart.get())->scene()->items())
            if (auto *text = dynamic_cast<QGraphicsTextItem *>(item); text && text->isVisible() && text->toPlainText().contains(u"..."_s))
                labels << text->toPlainText();
        return labels;
    };
    const QStringList months{u"01"_s, u"02"_s, u"03"_s};
    cx::ChartData small = lifecycleLike(months, {1, 2, 3}, {0.5, 1, 0.75}, {}, {});
    small.compact = true;
    small.valueDecimals = 0;
    chart->setData(small);
    QTest::qWait(50);
    QCOMPARE(truncated(), QStringList());
    cx::ChartData large = lifecycleLike(months, {1500, 2200, 2600}, {5, 15, 12}, {}, {});
    large.compact = true;
    large.valueDecimals = 0;
    chart->setData(large);
    QTest::qWait(50);
    QCOMPARE(truncated(), QStringList());
    QCOMPARE(labelsShown(), QList<bool>(3, false));
    chart->resize(480, 300);
    for (cx::ChartData *data : {&small, &large}) {
        data->compact = false;
        chart->setData(*data);
        QTest::qWait(50);
        QCOMPARE(truncated(), QStringList());
        QCOMPARE(labelsShown(), QList<bool>(3, true));
    }
}

void TestQtChartsChart::labelsHaveTheDecimalsTheirTicksNeed()
{
    // One decimal asked for both axes: users 0–30 (ticks 10 apart) and
    // consultations 0–0.6 (0.2 apart) need none and one.
    const std::unique_ptr<cx::Chart> chart(cx::Chart::create());
    cx::ChartData data = lifecycleLike({u"01"_s, u"02"_s, u"03"_s}, {9, 21, 27.5}, {0.1, 0.55, 0.3}, {}, {});
    data.valueDecimals = 1;
    chart->setData(data);
    const auto formats = [&] {
        QStringList formats;
        for (QAbstractAxis *axis : qChart(chart.get())->axes(Qt::Vertical))
            formats << qobject_cast<QValueAxis *>(axis)->labelFormat();
        return formats;
    };
    QCOMPARE(formats(), QStringList({u"%.0f"_s, u"%.1f"_s}));
    // Never more than asked for: ticks 0.02 apart with no decimals asked.
    data.valueDecimals = 0;
    data.series[0].values = {0.01, 0.05, 0.08};
    chart->setData(data);
    QCOMPARE(formats(), QStringList({u"%.0f"_s, u"%.0f"_s}));
}

void TestQtChartsChart::withoutValuesShowsTheEmptyText()
{
    const std::unique_ptr<cx::Chart> chart(cx::Chart::create());
    chart->resize(300, 200);
    chart->show();
    chart->setEmptyText(u"No users figures."_s);
    chart->setData(lifecycleLike({u"01"_s, u"02"_s}, {1, 2}, {3, 4}, {}, {}));
    QVERIFY(chart->hasData());
    chart->setData(lifecycleLike({u"01"_s, u"02"_s}, {gap, gap}, {gap, gap}, {}, {}));
    QVERIFY(!chart->hasData());
    const QList<QLabel *> labels = chart->findChildren<QLabel *>();
    QVERIFY(std::any_of(labels.cbegin(), labels.cend(),
                        [](const QLabel *label) { return label->isVisible() && label->text() == u"No users figures."_s; }));
    QVERIFY(!chart->findChild<QChartView *>()->isVisible());
}

QTEST_MAIN(TestQtChartsChart)
#include "tst_qtchartschart.moc"
