#pragma once

#include <QColor>
#include <QLineF>
#include <QList>
#include <QRectF>
#include <QString>
#include <QStringList>
#include <QWidget>

class QMenu;

namespace cx {

/// One series of a chart: a value per category; NaN where there is no data
/// (a line leaves a gap, a bar is left out).
struct ChartSeries
{
    enum class Kind { Line, Bars };
    Kind kind = Kind::Line;
    QString name;
    QList<double> values;
    QColor color;
    bool secondaryAxis = false; ///< against the right-hand axis
};

/// A shaded span of categories behind the series (a lifecycle phase, a
/// campaign zone), over a share of the primary axis' height: `from` to `to`,
/// 0 at the bottom, 1 at the top. Bands of the same label share one legend entry.
struct ChartBand
{
    int first = 0; ///< first category of the span
    int last = 0;  ///< last category of the span (inclusive)
    QString label;
    QColor color;
    double from = 0;
    double to = 1;
};

/// A point of a scatter (Chart::createScatter()), in data coordinates.
struct ChartPoint
{
    double x = 0;
    double y = 0;
    QString label;
    QColor color;
    bool muted = false; ///< drawn grey (e.g. not significant)
};

/// One row of a funnel chart (Chart::createFunnel()): the rates of its
/// stages, in the order ChartData::categories names them, each narrower than
/// the one before; the drop after stage `gap` is highlighted.
struct ChartFunnel
{
    QString label;
    QList<double> values; ///< percent; NaN where there is no data
    int gap = -1;         ///< stage whose drop to the next stage is highlighted; −1 for none
    QString note;         ///< after the bars: the gap and its drop, or why there is no data
};

/// What a chart shows: categories along the bottom (months, stages,
/// categories), series against one or two value axes, and categories to mark
/// (alert months), marked on the first line series (the first bars without one).
struct ChartData
{
    QString title;
    QStringList categories;
    QList<ChartSeries> series;
    QList<int> marked;
    QString markedName; ///< legend text of the marks
    QString categoryAxisTitle;
    QString primaryAxisTitle;
    QString secondaryAxisTitle;
    bool horizontalBars = false; ///< bars along the value axis, categories top to bottom
    QList<ChartBand> bands;      ///< shaded spans, drawn behind every series
    /// A small multiple: no legend, no axis titles, no labels on either axis (too narrow for
    /// them: the view states the scale once beside the chart); gridlines stay.
    bool compact = false;
    int valueDecimals = -1;      ///< most decimals of the value axes' labels (fewer where the ticks need fewer); −1: the library's default

    // A scatter (Chart::createScatter()) shows these instead of categories and series:
    // x along the bottom (categoryAxisTitle), y up (primaryAxisTitle).
    QList<ChartPoint> points;
    QRectF range;                ///< the axes' range (x, y, width, height); empty: from the points
    bool hasSplit = false;       ///< quadrant lines through `split`
    QPointF split;
    QStringList quadrants;       ///< labels of the upper-left, upper-right, lower-left and lower-right quadrants
    bool hasFit = false;         ///< a fitted line from `fit.p1()` to `fit.p2()`
    QLineF fit;

    // A funnel chart (Chart::createFunnel()) shows these rows, its stages
    // named by `categories` and the highlighted drop by `markedName`.
    QList<ChartFunnel> funnels;
};

/// Month labels short enough for a narrow axis: "07" when every month is of
/// one year, else "24-07".
QStringList shortMonthLabels(const QStringList &months);

/// A chart behind a small interface: views build ChartData and never touch
/// the charting library (Qt Charts is deprecated after Qt 6.10; only the
/// implementation behind create() knows it). Every chart can be saved as PNG
/// or SVG and copied (context menu); exported charts carry no drop shadows,
/// so their SVG stays vector.
class Chart : public QWidget
{
    Q_OBJECT

public:
    /// The chart implementation of this build.
    static Chart *create(QWidget *parent = nullptr);
    /// A scatter of labelled points (ChartData::points), labels placed without overlaps.
    static Chart *createScatter(QWidget *parent = nullptr);
    /// Rows of funnels (ChartData::funnels) against one 0–100 % axis, each
    /// row clickable (itemActivated()).
    static Chart *createFunnel(QWidget *parent = nullptr);

    /// Replaces what the chart shows (series are fed in bulk).
    virtual void setData(const ChartData &data) = 0;
    /// Shown instead of the chart until data with values is set (and when
    /// data without any value is set): why there is nothing to draw.
    virtual void setEmptyText(const QString &text) = 0;
    /// Whether the chart currently draws data (not its empty text).
    virtual bool hasData() const = 0;

    /// The chart drawn at `scale` × its size.
    QImage image(qreal scale = 2.0) const;
    /// Writes a PNG (at 2×) or an SVG, chosen by the suffix of `path`; false
    /// with a translated `error` naming the file on failure.
    bool save(const QString &path, QString *error) const;
    /// Puts the chart on the clipboard as an image.
    void copy() const;
    /// Asks where to save, then saves (PNG or SVG).
    void saveInteractive();

Q_SIGNALS:
    /// An item of the chart was clicked (a row of a funnel chart), by index into its data.
    void itemActivated(int index);

protected:
    explicit Chart(QWidget *parent = nullptr);
    /// Draws the chart into `target` (for export).
    virtual void render(QPainter &painter, const QRectF &target) const = 0;
    void contextMenuEvent(QContextMenuEvent *event) override;
};

} // namespace cx
