#pragma once

#include "views/analysisview.h"
#include "workorders/workorder.h"

class QLabel;
class QPushButton;
class QTableView;

namespace cx {

class KanoModel;
class ScatterChart;
struct ChartData;
struct KanoFeature;

/// 卡诺模型: every surveyed feature on the Better / |Worse| plane with the
/// quadrants 魅力, 期望, 基础, 无差别 labelled and every feature labelled
/// without overlaps, beside the table of classes, A/O/M/I/R/Q counts,
/// Better, Worse and the strategy for the product's phase (M first, R
/// flagged not to build). A feature becomes a draft work order.
class KanoView : public AnalysisView
{
    Q_OBJECT

public:
    explicit KanoView(AnalysisService &service, QWidget *parent = nullptr);

    QString title() const override;

    KanoModel *model() const { return m_model; }
    ScatterChart *chart() const { return m_chart; }
    QTableView *table() const { return m_table; }
    /// The selected feature's strategy in full, under the table.
    QLabel *strategyText() const { return m_strategy; }

    /// The scatter of `features` (x = |Worse|, y = Better, split at 0.5).
    static ChartData scatter(const QList<KanoFeature> &features);

Q_SIGNALS:
    void workOrderDraftReady(const cx::WorkOrder &draft);

protected:
    bool isContentShown() const override;
    void render() override;
    void retranslateView() override;
    QString missingNotice() const override;

private:
    void renderFeatures();
    void createWorkOrder();
    void showStrategy();

    ScatterChart *m_chart = nullptr;
    QTableView *m_table = nullptr;
    KanoModel *m_model = nullptr;
    QLabel *m_hint = nullptr;
    QLabel *m_strategy = nullptr;
    QPushButton *m_workOrder = nullptr;
    bool m_featuresShown = false; ///< the table and scatter show facts().kano
};

} // namespace cx
