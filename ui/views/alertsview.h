#pragma once

#include "views/analysisview.h"

class QComboBox;
class QLabel;
class QSortFilterProxyModel;
class QTableView;

namespace cx {

class AlertModel;
class Chart;

/// 预警: every significant change in the history of the filter's scope with
/// metric, scope, before → after, size, raw and adjusted p, n before and
/// after and a sparkline, narrowed by metric and stage; the selected one's
/// series is charted with its month marked. Double-click opens the view
/// that explains it.
class AlertsView : public AnalysisView
{
    Q_OBJECT

public:
    explicit AlertsView(AnalysisService &service, QWidget *parent = nullptr);

    QString title() const override;
    AlertModel *model() const { return m_model; }
    Chart *chart() const { return m_chart; }
    QTableView *table() const { return m_table; }
    /// Narrows to a metric (index of the metric choice: 0 all, then Satisfaction, 满意率, complaints) and a stage.
    void narrow(int metricChoice, const QString &stage);

protected:
    void render() override;
    void retranslateView() override;
    QString missingNotice() const override;
    bool needsHistory() const override { return true; }

private:
    void applyNarrowing();
    void renderChart();

    QLabel *m_metricLabel = nullptr;
    QComboBox *m_metric = nullptr;
    QLabel *m_stageLabel = nullptr;
    QComboBox *m_stage = nullptr;
    QLabel *m_count = nullptr;
    AlertModel *m_model = nullptr;
    QSortFilterProxyModel *m_sorted = nullptr;
    QTableView *m_table = nullptr;
    Chart *m_chart = nullptr;
};

} // namespace cx
