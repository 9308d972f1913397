#pragma once

#include "analytics/servicequality.h"
#include "views/analysisview.h"
#include "workorders/workorder.h"

class QAction;
class QComboBox;
class QLabel;
class QSplitter;
class QTabBar;
class QTableView;

namespace cx {

class DetailPanel;
class ServiceCategoryModel;
class ServiceRankingModel;

/// 服务质量: how the filter's complaints were handled, as a KPI desk. The
/// departments (or channels, or regions: a switch) are ranked by a chosen
/// measure (一次解决率 by default) with its light (shape and colour), its
/// change against the month before, its n, a sparkline over every month
/// with the months of significant changes for the worse marked, and the
/// other measures. Clicking a row opens its trend per measure with those
/// months marked, its worst categories (departments) and its complaints.
/// A group's significant change becomes a draft improvement work order
/// (toolbar, context menu, Ctrl+Shift+O).
class ServiceQualityView : public AnalysisView
{
    Q_OBJECT

public:
    explicit ServiceQualityView(AnalysisService &service, QWidget *parent = nullptr);

    QString title() const override;
    void focusSearch() override;
    bool closeDetail() override;

    void setGrouping(ServiceGrouping grouping);
    void setMeasure(ServiceMeasure measure);
    /// Opens the detail of a group of the current grouping.
    void openGroup(const QString &name);
    ServiceRankingModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    ServiceCategoryModel *categories() const { return m_categories; }
    DetailPanel *detail() const { return m_detail; }
    /// Makes a draft work order of the selected group's change (see change()).
    QAction *workOrderAction() const { return m_workOrderAction; }
    /// The change a work order of the selected group is drafted from: its
    /// change in the period's last month, else in its latest alert month;
    /// of several measures, the ranking's, else the most significant. Null when none.
    const ServiceChange *selectedChange() const;

Q_SIGNALS:
    void workOrderDraftReady(const cx::WorkOrder &draft);

protected:
    void render() override;
    void retranslateView() override;
    QString missingNotice() const override;

private:
    ServiceGrouping grouping() const;
    ServiceMeasure measure() const;
    void renderDetail();
    void updateWorkOrderAction();
    void createWorkOrder();

    QLabel *m_groupingLabel = nullptr;
    QTabBar *m_groupings = nullptr;
    QLabel *m_measureLabel = nullptr;
    QComboBox *m_measures = nullptr;
    QAction *m_workOrderAction = nullptr;
    QLabel *m_summary = nullptr;
    QTableView *m_table = nullptr;
    ServiceRankingModel *m_model = nullptr;
    QWidget *m_detailArea = nullptr;
    QLabel *m_categoriesTitle = nullptr;
    QTableView *m_categoryTable = nullptr;
    ServiceCategoryModel *m_categories = nullptr;
    DetailPanel *m_detail = nullptr;
    QString m_group;
};

} // namespace cx
