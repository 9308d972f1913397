#pragma once

#include "analytics/productanalysis.h"
#include "views/analysisview.h"

class QGridLayout;
class QLabel;
class QPushButton;
class QScrollArea;
class QStackedWidget;
class QTableView;
class QTimer;

namespace cx {

class Chart;
class LifecycleModel;
struct ChartData;

/// 产品生命周期: small multiples of every product's users curve (sorted by
/// type, then by users), each clickable into the full chart: the users curve
/// with its type and confidence and the phases shaded under it, the
/// consultation curve on a second axis with its type, wave (months above
/// half height) and zones A/B/C, and the consultations ÷ users ratio with
/// its trend. A table lists every product's types and measures.
class LifecycleView : public AnalysisView
{
    Q_OBJECT

public:
    explicit LifecycleView(AnalysisService &service, QWidget *parent = nullptr);

    QString title() const override;
    bool closeDetail() override;

    /// Opens the full chart of a product (by name); false when it has no curve.
    bool openProduct(const QString &product);
    /// The product whose full chart is open; empty on the small multiples.
    QString openProductName() const { return m_open; }
    LifecycleModel *model() const { return m_model; }
    /// The small multiples, in display order.
    const QList<Chart *> &tiles() const { return m_tiles; }
    /// Their headings: the product, then its type and confidence on a second line.
    QStringList tileTitles() const;
    /// Whether tiles still show the filter before: they are updated one per
    /// turn of the event loop, so that the window never stalls on all of them.
    bool isUpdatingTiles() const { return m_nextTile < m_tiles.size(); }
    Chart *usersChart() const { return m_usersChart; }
    Chart *ratioChart() const { return m_ratioChart; }
    QLabel *productHeading() const { return m_heading; }

    /// The users and consultations chart of a product (compact: a small multiple).
    static ChartData curveChart(const ProductLifecycle &product, bool compact);
    /// The consultations ÷ users chart with its least-squares trend.
    static ChartData ratioChart(const ProductLifecycle &product);
    /// What a tile says of its scale (its axes have no labels): the peaks of users and
    /// consultations in 万, "1,022万 / 11万".
    static QString tileScale(const ProductLifecycle &product);

protected:
    bool isContentShown() const override;
    void render() override;
    void retranslateView() override;
    QString missingNotice() const override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void renderProducts();
    /// A tile for the product of model row `row`, appended to the grid.
    void addTile(int row);
    /// Shows the product of model row `row` on its tile.
    void updateTile(int row);
    /// Updates the next tile owed, and asks the event loop for the one after.
    void updateNextTile();
    void renderOpen();

    QStackedWidget *m_pages = nullptr;
    QLabel *m_legend = nullptr;
    QScrollArea *m_scroll = nullptr;
    QWidget *m_grid = nullptr;
    QGridLayout *m_gridLayout = nullptr;
    QTableView *m_table = nullptr;
    LifecycleModel *m_model = nullptr;
    QPushButton *m_back = nullptr;
    QLabel *m_heading = nullptr;
    QLabel *m_measures = nullptr;
    Chart *m_usersChart = nullptr;
    Chart *m_ratioChart = nullptr;
    QList<Chart *> m_tiles;
    QList<QPushButton *> m_tileHeadings;
    QList<QLabel *> m_tileConsultations;
    QTimer *m_tileTimer = nullptr;
    qsizetype m_nextTile = 0; ///< the first tile not yet showing the model's row
    QString m_open;
    std::shared_ptr<const DeskAnalysis> m_renderedFor;
    QList<ProductLifecycle> m_shown; ///< what the tiles draw
};

} // namespace cx
