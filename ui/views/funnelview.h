#pragma once

#include "analytics/productanalysis.h"
#include "views/analysisview.h"
#include "workorders/workorder.h"

class QLabel;
class QPushButton;
class QStackedWidget;
class QTableView;

namespace cx {

class Chart;
class FunnelModel;
struct ChartData;

/// 体验生命周期: every product's experience funnel (知晓率 → 认知率 → 认同率 →
/// 认可率, averaged over the period) on one chart, sorted by the experience
/// gap (体验鸿沟, the largest drop between consecutive rates), which is
/// hatched and named, beside the table of rates, gaps, months and the focus
/// the gap and the product's lifecycle phase call for. A product (a row of
/// the chart or the table) opens its detail: the funnel of each month of the
/// period (a month without rates says so) and the rates' trend with the
/// gap's drop. A gap becomes a draft work order.
class FunnelView : public AnalysisView
{
    Q_OBJECT

public:
    explicit FunnelView(AnalysisService &service, QWidget *parent = nullptr);

    QString title() const override;
    bool closeDetail() override;

    /// Opens the detail of a product (by name); false when it has no funnel.
    bool openProduct(const QString &product);
    /// The product whose detail is open; empty on the overview.
    QString openProductName() const { return m_open; }
    FunnelModel *model() const { return m_model; }
    /// All products' funnels, in the model's order.
    Chart *comparisonChart() const { return m_comparison; }
    /// The open product's funnel per month, and its rates over the months.
    Chart *monthsChart() const { return m_months; }
    Chart *trendChart() const { return m_trend; }
    QLabel *productHeading() const { return m_heading; }
    /// The open product's focus.
    QLabel *focusText() const { return m_focus; }

    /// Every product's average funnel, in the order of `model`.
    static ChartData comparison(const FunnelModel &model);
    /// One funnel per month of `months` (the period), the period's average first.
    static ChartData monthFunnels(const ProductFunnel &funnel, const QStringList &months);
    /// The four rates over `months` and the gap's drop (bars, right axis).
    static ChartData trend(const ProductFunnel &funnel, const QStringList &months);

Q_SIGNALS:
    void workOrderDraftReady(const cx::WorkOrder &draft);

protected:
    void render() override;
    void retranslateView() override;
    QString missingNotice() const override;
    QString scopeDetail() const override;

private:
    void renderFunnels();
    void renderOpen();
    void createWorkOrder();
    QStringList periodMonths() const;
    /// The product the work-order button acts on: the open one, else the table's selection.
    const ProductFunnel *actedOn() const;

    QStackedWidget *m_pages = nullptr;
    QLabel *m_hint = nullptr;
    QPushButton *m_workOrder = nullptr;
    Chart *m_comparison = nullptr;
    QTableView *m_table = nullptr;
    FunnelModel *m_model = nullptr;
    QPushButton *m_back = nullptr;
    QLabel *m_heading = nullptr;
    QLabel *m_focus = nullptr;
    Chart *m_months = nullptr;
    Chart *m_trend = nullptr;
    QString m_open;
};

} // namespace cx
