#pragma once

#include "views/workspaceview.h"
#include "workorders/workorderevaluation.h"
#include "workorders/workorderimport.h"
#include "workorders/workordersession.h"

#include <QFutureWatcher>
#include <QHash>
#include <QList>
#include <QPointer>

#include <atomic>
#include <functional>
#include <memory>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class QTimer;

namespace cx {

class EffectChartWidget;
class Preferences;
class WorkOrderEditor;
class WorkOrderFilterModel;
class WorkOrderHistoryModel;
class WorkOrderListModel;
class WorkOrderStatusPanel;

/// Improvement work orders (改进工单): the list (filters, sort, search with
/// Ctrl+F, overdue rows marked in words and colour), the selected order's
/// status and transitions, every field (saved as it is edited, undoable
/// with Edit › Undo), its evidence, its effect chart and its history;
/// export of the selection (XLSX, CSV, PDF) and import of a department's
/// updates.
///
/// What runs where: reading the list, recomputing the effects (which loads
/// the analysis cube), reading a baseline, exports and imports run on
/// worker threads with connections of their own. One order's edit (an
/// UPDATE and its history rows in one transaction) and re-reading that
/// order and its history run on the GUI thread's connection: single-row
/// statements of a few milliseconds.
class WorkOrderView : public WorkspaceView
{
    Q_OBJECT

public:
    explicit WorkOrderView(Preferences &preferences, QWidget *parent = nullptr);
    ~WorkOrderView() override;

    QString title() const override;

    /// Creates a draft prefilled from a finding (the draftFrom…() functions
    /// of core/workorders/workorderdrafts.h), its baseline completed from
    /// the data, and selects it.
    void createFromDraft(const WorkOrder &draft);
    /// Creates an empty draft and selects it.
    void newWorkOrder();
    /// Writes the selected orders (all shown ones when none is selected) to
    /// a .xlsx, .csv or .pdf file; exportFinished() tells how it went.
    void exportTo(const QString &path);
    /// Reads a workbook a department sent back, asks to apply it
    /// (setImportConfirmation()) and applies it in one transaction.
    void importUpdatesFrom(const QString &path);
    /// Decides whether a planned import is applied (default: a dialog).
    void setImportConfirmation(std::function<bool(const WorkOrderUpdatePlan &)> confirm);

    /// Whether background work is running (tests wait for it).
    bool isBusy() const { return m_running > 0; }
    void selectOrder(qint64 id);
    qint64 currentOrderId() const;
    QString bannerText() const;
    WorkOrderListModel *listModel() const { return m_model; }
    WorkOrderFilterModel *filterModel() const { return m_proxy; }
    QTableView *table() const { return m_table; }
    WorkOrderEditor *editor() const { return m_editor; }
    WorkOrderStatusPanel *statusPanel() const { return m_statusPanel; }

Q_SIGNALS:
    void exportFinished(const QString &path, const QString &error);
    /// An import finished (applied, refused, cancelled or failed); `summary` says so.
    void importFinished(const QString &summary);

protected:
    void refresh() override;
    void retranslate() override;

private:
    template<typename Result>
    void runJob(std::function<Result()> job, std::function<void(const Result &)> done);
    void bindWorkspace();
    void waitForJobs();
    void load();
    void evaluate();
    void applyOrders(const QList<WorkOrder> &orders, const QStringList &departments, bool replace);
    void orderChanged(qint64 id);
    void showCurrent();
    void updateFilterChoices();
    void applyFilters();
    void showBanner(const QString &text, bool problem);
    void metricEdited(qint64 id, const QString &metric);
    QList<qint64> exportIds() const;
    void chooseExport(const QString &suffix);
    void chooseImport();
    void applyImport(const WorkOrderUpdatePlan &plan);

    Preferences &m_preferences;
    Workspace *m_bound = nullptr;
    QPointer<WorkOrderSession> m_session;
    QList<QMetaObject::Connection> m_connections;
    WorkOrderListModel *m_model = nullptr;
    WorkOrderFilterModel *m_proxy = nullptr;
    WorkOrderHistoryModel *m_history = nullptr;

    QLabel *m_heading = nullptr;
    QPushButton *m_new = nullptr;
    QComboBox *m_status = nullptr;
    QComboBox *m_department = nullptr;
    QComboBox *m_product = nullptr;
    QComboBox *m_stage = nullptr;
    QCheckBox *m_overdue = nullptr;
    QLineEdit *m_search = nullptr;
    QPushButton *m_exportXlsx = nullptr;
    QPushButton *m_exportCsv = nullptr;
    QPushButton *m_exportPdf = nullptr;
    QPushButton *m_import = nullptr;
    QLabel *m_banner = nullptr;
    QTableView *m_table = nullptr;
    WorkOrderStatusPanel *m_statusPanel = nullptr;
    WorkOrderEditor *m_editor = nullptr;
    QLabel *m_evidence = nullptr;
    QLabel *m_effect = nullptr;
    EffectChartWidget *m_chart = nullptr;
    QTableView *m_historyTable = nullptr;
    QLabel *m_empty = nullptr;
    QTimer *m_reevaluate = nullptr;

    std::function<bool(const WorkOrderUpdatePlan &)> m_confirmImport;
    QHash<qint64, WorkOrderEvaluation> m_evaluations;
    std::shared_ptr<const AnalyticsCube> m_cube;
    std::shared_ptr<std::atomic_bool> m_cancelEvaluation;
    QList<QPointer<QFutureWatcherBase>> m_jobs;
    int m_running = 0;
    int m_generation = 0;
    qint64 m_selectWhenShown = 0;
};

} // namespace cx
