#pragma once

#include <QColor>
#include <QList>
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
};

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

protected:
    explicit Chart(QWidget *parent = nullptr);
    /// Draws the chart into `target` (for export).
    virtual void render(QPainter &painter, const QRectF &target) const = 0;
    void contextMenuEvent(QContextMenuEvent *event) override;
};

} // namespace cx
