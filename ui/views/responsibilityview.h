#pragma once

#include "analytics/responsibilitygraph.h"
#include "layout/graphlayout.h"
#include "views/analysisview.h"
#include "workorders/workorder.h"

#include <QFutureWatcher>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTabWidget;
class QTableView;
class QToolButton;

namespace cx {

class Chart;
class DetailPanel;
class GraphView;
class ResponsibilityChainModel;
class ResponsibilityMatrixModel;

/// 责任地图: for a month and city, the layered graph perception elements →
/// KEIs → KOIs → departments coloured by attainment (Graphviz dot lays it
/// out on a worker), with the ranked root-cause chains beside it (the top
/// one of the month and city highlighted); clicking a node shows its trend
/// against its target and its chains, a department what it owns and missed.
/// A second tab holds the stage × department heat map, clickable into the
/// complaints behind a cell.
class ResponsibilityView : public AnalysisView
{
    Q_OBJECT

public:
    explicit ResponsibilityView(AnalysisService &service, QWidget *parent = nullptr);

    QString title() const override;
    void focusSearch() override;
    bool closeDetail() override;

    /// Shows the graph of `month` and `city` ('' province-wide).
    void showMonth(const QString &month, const QString &city);
    /// Opens the detail of node `index` of graph().
    void openNode(int index);
    /// Opens the complaints of a matrix cell.
    void openCell(int row, int column);
    /// Highlights the nodes matching `text`; the number of hits.
    int search(const QString &text);

    const ResponsibilityGraph &graph() const { return m_graph; }
    GraphView *graphView() const { return m_view; }
    ResponsibilityChainModel *chainModel() const { return m_chains; }
    ResponsibilityMatrixModel *matrixModel() const { return m_matrix; }
    QTabWidget *tabs() const { return m_tabs; }
    QLabel *nodeTitle() const { return m_nodeTitle; }
    QLabel *nodeText() const { return m_nodeText; }
    Chart *nodeChart() const { return m_nodeChart; }
    DetailPanel *cellDetail() const { return m_cellDetail; }
    /// Whether the graph is still being laid out.
    bool isLayingOut() const { return m_layoutOwed; }

Q_SIGNALS:
    /// A draft work order for the selected chain (made on a worker from the workspace).
    void workOrderDraftReady(const cx::WorkOrder &draft);

protected:
    bool isContentShown() const override;
    void render() override;
    void retranslateView() override;
    QString missingNotice() const override;

private:
    void renderFacts();
    void fillChoices();
    void relayout();
    void applyLayout();
    /// Adds the department nodes' handling of their complaints in the map's
    /// month and city (FactKind::ServiceByCity) to their tooltips.
    void showDepartmentHandling();
    void showNodeDetail();
    void createWorkOrder();

    QLabel *m_monthLabel = nullptr;
    QComboBox *m_month = nullptr;
    QLabel *m_cityLabel = nullptr;
    QComboBox *m_city = nullptr;
    QLineEdit *m_search = nullptr;
    QToolButton *m_fit = nullptr;
    QToolButton *m_save = nullptr;
    QPushButton *m_workOrder = nullptr;
    QTabWidget *m_tabs = nullptr;
    GraphView *m_view = nullptr;
    QLabel *m_legend = nullptr;
    QLabel *m_chainsTitle = nullptr;
    QTableView *m_chainTable = nullptr;
    ResponsibilityChainModel *m_chains = nullptr;
    QWidget *m_nodePanel = nullptr;
    QLabel *m_nodeTitle = nullptr;
    Chart *m_nodeChart = nullptr;
    QLabel *m_nodeText = nullptr;
    QTableView *m_matrixTable = nullptr;
    ResponsibilityMatrixModel *m_matrix = nullptr;
    DetailPanel *m_cellDetail = nullptr;

    ResponsibilityGraph m_graph;
    QFutureWatcher<GraphLayout> m_layout;
    bool m_pendingLayout = false;
    // From starting a layout until its result is drawn (a pending layout is
    // owed too): the future is done before its watcher's signal arrives.
    bool m_layoutOwed = false;
    int m_node = -1;
    std::shared_ptr<const DeskAnalysis> m_factsFor;
    std::shared_ptr<const DeskAnalysis> m_choicesFor;
};

} // namespace cx
