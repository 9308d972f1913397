#include "views/workorderview.h"

#include "service/jobtracker.h"
#include "settings/preferences.h"
#include "workorders/effectchartwidget.h"
#include "workorders/workordereditor.h"
#include "workorders/workorderhistorymodel.h"
#include "workorders/workorderjobs.h"
#include "workorders/workorderlistmodel.h"
#include "workorders/workordersession.h"
#include "workorders/workorderstatuspanel.h"
#include "workspace/workspace.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>

namespace cx {

using namespace Qt::StringLiterals;

namespace {

// The status filter's choices after "all": open orders, then each status.
constexpr int openStatuses = 1;

QTableView *makeTable(QWidget *parent)
{
    auto *table = new QTableView(parent);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setAlternatingRowColors(true);
    table->setWordWrap(false);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setHighlightSections(false);
    return table;
}

} // namespace

WorkOrderView::WorkOrderView(Preferences &preferences, QWidget *parent)
    : WorkspaceView(parent)
    , m_preferences(preferences)
    , m_model(new WorkOrderListModel(this))
    , m_proxy(new WorkOrderFilterModel(this))
    , m_history(new WorkOrderHistoryModel(this))
    , m_heading(new QLabel(this))
    , m_new(new QPushButton(this))
    , m_status(new QComboBox(this))
    , m_department(new QComboBox(this))
    , m_product(new QComboBox(this))
    , m_stage(new QComboBox(this))
    , m_overdue(new QCheckBox(this))
    , m_search(new QLineEdit(this))
    , m_exportXlsx(new QPushButton(this))
    , m_exportCsv(new QPushButton(this))
    , m_exportPdf(new QPushButton(this))
    , m_import(new QPushButton(this))
    , m_banner(new QLabel(this))
    , m_table(makeTable(this))
    , m_statusPanel(new WorkOrderStatusPanel(this))
    , m_editor(new WorkOrderEditor(this))
    , m_evidence(new QLabel(this))
    , m_effect(new QLabel(this))
    , m_chart(new EffectChartWidget(this))
    , m_historyTable(makeTable(this))
    , m_empty(new QLabel(this))
    , m_reevaluate(new QTimer(this))
{
    m_table->setObjectName(u"workOrders"_s);
    m_search->setObjectName(u"search"_s);
    m_new->setObjectName(u"newWorkOrder"_s);
    m_banner->setObjectName(u"banner"_s);
    QFont headingFont = m_heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.3);
    headingFont.setBold(true);
    m_heading->setFont(headingFont);
    m_banner->setWordWrap(true);
    m_banner->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_banner->hide();
    m_empty->setWordWrap(true);
    for (QLabel *label : {m_evidence, m_effect}) {
        label->setWordWrap(true);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
        label->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    }
    m_search->setClearButtonEnabled(true);
    m_reevaluate->setSingleShot(true);
    m_reevaluate->setInterval(1500);
    connect(m_reevaluate, &QTimer::timeout, this, &WorkOrderView::evaluate);

    m_proxy->setSourceModel(m_model);
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(WorkOrderListModel::Number, Qt::DescendingOrder);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setColumnWidth(WorkOrderListModel::Title, 220);
    m_table->setColumnWidth(WorkOrderListModel::Status, 90);
    m_table->setColumnWidth(WorkOrderListModel::Overdue, 130);
    m_historyTable->setModel(m_history);
    m_historyTable->horizontalHeader()->setStretchLastSection(true);
    m_historyTable->setColumnWidth(WorkOrderHistoryModel::Change, 320);

    // Ctrl+F anywhere in the view goes to the search box.
    auto *find = new QAction(this);
    find->setShortcut(QKeySequence::Find);
    find->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(find);
    connect(find, &QAction::triggered, this, [this] {
        m_search->setFocus(Qt::ShortcutFocusReason);
        m_search->selectAll();
    });

    connect(m_new, &QPushButton::clicked, this, &WorkOrderView::newWorkOrder);
    connect(m_exportXlsx, &QPushButton::clicked, this, [this] { chooseExport(u"xlsx"_s); });
    connect(m_exportCsv, &QPushButton::clicked, this, [this] { chooseExport(u"csv"_s); });
    connect(m_exportPdf, &QPushButton::clicked, this, [this] { chooseExport(u"pdf"_s); });
    connect(m_import, &QPushButton::clicked, this, &WorkOrderView::chooseImport);
    for (QComboBox *combo : {m_status, m_department, m_product, m_stage})
        connect(combo, &QComboBox::currentIndexChanged, this, &WorkOrderView::applyFilters);
    connect(m_overdue, &QCheckBox::toggled, this, &WorkOrderView::applyFilters);
    connect(m_search, &QLineEdit::textChanged, m_proxy, &WorkOrderFilterModel::setSearchText);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &WorkOrderView::showCurrent);
    connect(m_editor, &WorkOrderEditor::metricEdited, this, &WorkOrderView::metricEdited);
    connect(m_editor, &WorkOrderEditor::invalidInput, this, [this](const QString &text) { showBanner(text, true); });
    m_confirmImport = [this](const WorkOrderUpdatePlan &plan) {
        QMessageBox box(QMessageBox::Question, tr("Import Updates"),
                        tr("%1: %n order(s) will be updated.", nullptr, int(plan.updates.size()))
                            .arg(QFileInfo(plan.file).fileName()),
                        QMessageBox::Apply | QMessageBox::Cancel, this);
        QStringList refused;
        for (const UpdateRowIssue &issue : plan.refused)
            refused << issue.message(QFileInfo(plan.file).fileName());
        if (!refused.isEmpty()) {
            box.setInformativeText(tr("%n row(s) change nothing and are listed in the details.", nullptr,
                                      int(refused.size())));
            box.setDetailedText(refused.join(u'\n'));
        }
        return box.exec() == QMessageBox::Apply;
    };

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_status);
    filters->addWidget(m_department);
    filters->addWidget(m_product);
    filters->addWidget(m_stage);
    filters->addWidget(m_overdue);
    filters->addWidget(m_search, 1);
    auto *top = new QHBoxLayout;
    top->addWidget(m_heading, 1);
    top->addSpacing(12);
    for (QPushButton *button : {m_new, m_exportXlsx, m_exportCsv, m_exportPdf, m_import})
        top->addWidget(button);

    auto *form = new QScrollArea(this);
    form->setWidget(m_editor);
    form->setWidgetResizable(true);
    form->setFrameShape(QFrame::NoFrame);
    auto *effectPage = new QWidget(this);
    auto *effectLayout = new QVBoxLayout(effectPage);
    effectLayout->addWidget(m_chart, 1);
    effectLayout->addWidget(m_effect);
    auto *evidencePage = new QScrollArea(this);
    evidencePage->setWidget(m_evidence);
    evidencePage->setWidgetResizable(true);
    auto *tabs = new QTabWidget(this);
    tabs->setObjectName(u"details"_s);
    tabs->addTab(effectPage, QString());
    tabs->addTab(evidencePage, QString());
    tabs->addTab(m_historyTable, QString());

    auto *side = new QSplitter(Qt::Vertical, this);
    auto *head = new QWidget(this);
    auto *headLayout = new QVBoxLayout(head);
    headLayout->setContentsMargins(0, 0, 0, 0);
    headLayout->addWidget(m_statusPanel);
    headLayout->addWidget(form, 1);
    side->addWidget(head);
    side->addWidget(tabs);
    side->setStretchFactor(0, 3);
    side->setStretchFactor(1, 2);
    auto *main = new QSplitter(this);
    auto *listPane = new QWidget(this);
    auto *listLayout = new QVBoxLayout(listPane);
    listLayout->setContentsMargins(0, 0, 0, 0);
    listLayout->addWidget(m_empty);
    listLayout->addWidget(m_table, 1);
    main->addWidget(listPane);
    main->addWidget(side);
    main->setStretchFactor(0, 3);
    main->setStretchFactor(1, 2);
    main->setChildrenCollapsible(false);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 16, 24, 16);
    layout->addLayout(top);
    layout->addLayout(filters);
    layout->addWidget(m_banner);
    layout->addWidget(main, 1);
    retranslate();
    bindWorkspace();
}

WorkOrderView::~WorkOrderView()
{
    waitForJobs();
}

QString WorkOrderView::title() const
{
    return tr("Work orders");
}

template<typename Result>
void WorkOrderView::runJob(std::function<Result()> job, std::function<void(const Result &)> done)
{
    auto *watcher = new QFutureWatcher<Result>(this);
    const int generation = m_generation;
    ++m_running;
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, generation, done] {
        watcher->deleteLater();
        --m_running;
        // Work started for another workspace is dropped.
        if (generation == m_generation && workspace())
            done(watcher->result());
    });
    watcher->setFuture(QtConcurrent::run(backgroundPool(), std::move(job)));
    m_jobs << watcher;
}

void WorkOrderView::waitForJobs()
{
    if (m_cancelEvaluation)
        m_cancelEvaluation->store(true);
    // The jobs hold the workspace: it may only go once they are done.
    for (const QPointer<QFutureWatcherBase> &watcher : std::as_const(m_jobs))
        if (watcher)
            watcher->waitForFinished();
    m_jobs.clear();
}

void WorkOrderView::refresh()
{
    if (workspace() != m_bound)
        bindWorkspace();
}

void WorkOrderView::bindWorkspace()
{
    m_editor->flush();
    waitForJobs();
    ++m_generation;
    for (const QMetaObject::Connection &connection : std::as_const(m_connections))
        disconnect(connection);
    m_connections.clear();
    m_bound = workspace();
    m_session = m_bound ? WorkOrderSession::forWorkspace(*m_bound) : nullptr;
    m_evaluations.clear();
    m_cube.reset();
    m_model->setOrders({});
    m_editor->setSession(m_session);
    m_statusPanel->setSession(m_session);
    if (m_session) {
        m_session->setActorProvider([this] { return WorkOrderActor::desktop(m_preferences.analystName()); });
        m_connections << connect(m_session, &WorkOrderSession::orderChanged, this, &WorkOrderView::orderChanged)
                      << connect(m_session, &WorkOrderSession::conflict, this,
                                 [this](qint64, const QString &message) { showBanner(message, true); })
                      << connect(m_session, &WorkOrderSession::failed, this,
                                 [this](qint64, const QString &message) { showBanner(message, true); })
                      << connect(m_bound, &Workspace::dataChanged, this, [this] {
                             m_cube.reset(); // new data: the next baseline reads a fresh cube
                             m_reevaluate->start();
                         });
        load();
    }
    for (QWidget *widget : std::initializer_list<QWidget *>{m_new, m_import, m_exportXlsx, m_exportCsv, m_exportPdf})
        widget->setEnabled(m_bound);
    retranslate();
    showCurrent();
}

void WorkOrderView::load()
{
    const Workspace *bound = m_bound;
    runJob<OrderList>([bound] { return loadOrderList(*bound); },
                      [this](const OrderList &list) {
                          if (!list.error.isEmpty())
                              showBanner(list.error, true);
                          applyOrders(list.orders, list.departments, true);
                          evaluate();
                      });
}

void WorkOrderView::evaluate()
{
    if (!m_bound)
        return;
    if (m_cancelEvaluation)
        m_cancelEvaluation->store(true);
    m_cancelEvaluation = std::make_shared<std::atomic_bool>(false);
    const Workspace *bound = m_bound;
    const std::shared_ptr<std::atomic_bool> cancelled = m_cancelEvaluation;
    runJob<EvaluatedOrders>([bound, cancelled] { return evaluateOrderList(*bound, cancelled); },
                            [this, cancelled](const EvaluatedOrders &result) {
                                if (cancelled->load())
                                    return;
                                if (!result.run.error.isEmpty())
                                    showBanner(result.run.error, true);
                                m_evaluations = result.run.orders;
                                m_cube = result.run.cube;
                                applyOrders(result.list.orders, result.list.departments, false);
                            });
}

void WorkOrderView::applyOrders(const QList<WorkOrder> &orders, const QStringList &departments, bool replace)
{
    const qint64 current = currentOrderId();
    if (replace) {
        m_model->setOrders(orders);
    } else {
        // Row by row, so that selection and scrolling stay where they are.
        QList<qint64> gone;
        for (const WorkOrder &order : m_model->orders())
            if (std::none_of(orders.begin(), orders.end(), [&](const WorkOrder &o) { return o.id == order.id; }))
                gone << order.id;
        for (qint64 id : std::as_const(gone))
            m_model->removeOrder(id);
        for (const WorkOrder &order : orders)
            m_model->updateOrder(order);
    }
    if (m_session)
        for (const WorkOrder &order : orders)
            m_session->track(order); // what the list shows is what the next edit is based on
    m_editor->setDepartments(departments);
    updateFilterChoices();
    m_empty->setVisible(m_model->rowCount() == 0);
    selectOrder(m_selectWhenShown ? m_selectWhenShown : current);
    if (currentOrderId() == 0 && m_proxy->rowCount() > 0)
        m_table->setCurrentIndex(m_proxy->index(0, WorkOrderListModel::Number));
    showCurrent();
}

void WorkOrderView::orderChanged(qint64 id)
{
    if (!m_session)
        return;
    const std::optional<WorkOrder> order = m_session->store().load(id);
    if (!order)
        return;
    m_model->updateOrder(*order);
    if (order->deletedAt.isValid() && id == m_selectWhenShown)
        m_selectWhenShown = 0;
    if (id == m_selectWhenShown)
        selectOrder(id);
    if (id == currentOrderId() || (m_selectWhenShown == 0 && currentOrderId() == 0))
        showCurrent();
    updateFilterChoices();
    m_empty->setVisible(m_model->rowCount() == 0);
    m_reevaluate->start();
}

void WorkOrderView::selectOrder(qint64 id)
{
    const int row = m_model->rowOf(id);
    if (row < 0)
        return;
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, WorkOrderListModel::Number));
    if (!index.isValid())
        return;
    if (id == m_selectWhenShown)
        m_selectWhenShown = 0;
    m_table->setCurrentIndex(index);
    m_table->scrollTo(index);
}

qint64 WorkOrderView::currentOrderId() const
{
    const QModelIndex current = m_table->currentIndex();
    return current.isValid() ? current.data(int(WorkOrderListModel::Role::OrderId)).toLongLong() : 0;
}

void WorkOrderView::showCurrent()
{
    const qint64 id = currentOrderId();
    const int row = m_model->rowOf(id);
    const std::optional<WorkOrder> order = row >= 0 ? std::optional<WorkOrder>(m_model->order(row)) : std::nullopt;
    m_statusPanel->showOrder(order);
    m_editor->showOrder(order);
    // One indexed read of the order's history.
    m_history->setEntries(order && m_session ? m_session->store().history(order->id) : QList<WorkOrderHistoryEntry>());
    m_historyTable->resizeColumnToContents(WorkOrderHistoryModel::Time);
    const WorkOrderEvaluation evaluation = order ? m_evaluations.value(order->id) : WorkOrderEvaluation();
    EffectChartData chart = order ? EffectChartData::from(*order, evaluation) : EffectChartData();
    if (order && chart.series.isEmpty() && order->baseline.hasData())
        chart.series = {order->baseline};
    m_chart->setData(chart);
    if (!order) {
        m_effect->clear();
        m_evidence->clear();
        return;
    }
    m_effect->setText(order->effect ? tr("Effect: %1. %2").arg(effectLabel(*order->effect), evaluation.effect.explanation)
                                    : tr("The effect is computed from the data in the background."));
    QStringList evidence{evidenceSummary(order->evidence)};
    if (!order->severity.isEmpty())
        evidence.prepend(order->severity);
    const int linked = m_session ? int(m_session->store().linkedComplaints(order->id).size()) : 0;
    if (linked > 0)
        evidence << tr("%n linked complaint(s).", nullptr, linked);
    evidence.removeAll(QString());
    m_evidence->setText(evidence.isEmpty() ? tr("No evidence: the order was not created from a finding.")
                                           : evidence.join(u"\n\n"_s));
}

void WorkOrderView::updateFilterChoices()
{
    const auto refill = [](QComboBox *combo, const QString &all, QStringList values) {
        values.removeAll(QString());
        values.removeDuplicates();
        std::sort(values.begin(), values.end());
        const QString current = combo->currentIndex() > 0 ? combo->currentText() : QString();
        const QSignalBlocker blocker(combo);
        combo->clear();
        combo->addItem(all);
        combo->addItems(values);
        combo->setCurrentIndex(std::max(0, int(combo->findText(current))));
    };
    QStringList departments, products, stages;
    for (const WorkOrder &order : m_model->orders()) {
        departments << order.ownerDepartment;
        products << order.product;
        stages << order.stage;
    }
    refill(m_department, tr("All departments"), departments);
    refill(m_product, tr("All products"), products);
    refill(m_stage, tr("All stages"), stages);
}

void WorkOrderView::applyFilters()
{
    QSet<WorkOrderStatus> statuses;
    if (m_status->currentIndex() == openStatuses) {
        for (WorkOrderStatus status : allWorkOrderStatuses())
            if (status != WorkOrderStatus::Closed)
                statuses << status;
    } else if (m_status->currentIndex() > openStatuses) {
        statuses << allWorkOrderStatuses().at(m_status->currentIndex() - openStatuses - 1);
    }
    m_proxy->setStatuses(statuses);
    m_proxy->setDepartment(m_department->currentIndex() > 0 ? m_department->currentText() : QString());
    m_proxy->setProduct(m_product->currentIndex() > 0 ? m_product->currentText() : QString());
    m_proxy->setStage(m_stage->currentIndex() > 0 ? m_stage->currentText() : QString());
    m_proxy->setOverdueOnly(m_overdue->isChecked());
}

void WorkOrderView::showBanner(const QString &text, bool problem)
{
    m_banner->setText(text);
    m_banner->setStyleSheet(problem ? u"QLabel { background: #fdecea; color: #611a15; padding: 6px; border-radius: 3px; }"_s
                                    : u"QLabel { background: #e8f4fd; color: #0d3c61; padding: 6px; border-radius: 3px; }"_s);
    m_banner->setVisible(!text.isEmpty());
}

QString WorkOrderView::bannerText() const
{
    return m_banner->isVisible() ? m_banner->text() : QString();
}

void WorkOrderView::newWorkOrder()
{
    WorkOrder draft;
    draft.title = tr("New work order");
    draft.dueDate = QDate::currentDate().addDays(defaultDueDays());
    createFromDraft(draft);
    if (auto *title = qobject_cast<QLineEdit *>(m_editor->fieldWidget(WorkOrderField::Title))) {
        title->setFocus();
        title->selectAll();
    }
}

void WorkOrderView::createFromDraft(const WorkOrder &draft)
{
    if (!m_session)
        return;
    const auto create = [this](const WorkOrder &order) {
        m_selectWhenShown = m_session->create(order);
        selectOrder(m_selectWhenShown);
    };
    if (draft.metric.isEmpty() || (std::isfinite(draft.baseline.value) && std::isfinite(draft.baseline.variance))) {
        create(draft);
        return;
    }
    const Workspace *bound = m_bound;
    const std::shared_ptr<const AnalyticsCube> cube = m_cube;
    runJob<Baseline>([bound, draft, cube] { return readBaseline(*bound, draft, cube); },
                     [this, create](const Baseline &baseline) {
                         if (baseline.cube)
                             m_cube = baseline.cube;
                         if (!baseline.found)
                             showBanner(tr("%1 has no data in the order's scope yet: the baseline is recorded when it "
                                           "has.")
                                            .arg(displayFieldValue(WorkOrderField::Metric, baseline.order.metric)),
                                        false);
                         create(baseline.order);
                     });
}

void WorkOrderView::metricEdited(qint64 id, const QString &metric)
{
    if (!m_session)
        return;
    const std::optional<WorkOrder> stored = m_session->store().load(id);
    if (!stored)
        return;
    WorkOrder order = *stored;
    order.metric = metric;
    order.baseline = MetricPoint();
    order.targetValue = stored->metric == metric ? stored->targetValue : kNaN;
    const Workspace *bound = m_bound;
    const std::shared_ptr<const AnalyticsCube> cube = m_cube;
    runJob<Baseline>([bound, order, cube] { return readBaseline(*bound, order, cube); },
                     [this, id, stored](const Baseline &baseline) {
                         if (baseline.cube)
                             m_cube = baseline.cube;
                         const WorkOrder &order = baseline.order;
                         QList<FieldChange> changes;
                         for (WorkOrderField field : {WorkOrderField::Metric, WorkOrderField::BaselineMonth,
                                                      WorkOrderField::BaselineValue, WorkOrderField::BaselineN})
                             changes << FieldChange{field, {}, order.value(field)};
                         if (!std::isfinite(stored->targetValue) && std::isfinite(order.targetValue))
                             changes << FieldChange{WorkOrderField::TargetValue, {}, order.value(WorkOrderField::TargetValue)};
                         if (!baseline.found && !order.metric.isEmpty())
                             showBanner(tr("%1 has no data in the order's scope yet: the baseline is recorded when "
                                           "the metric is set again with data.")
                                            .arg(displayFieldValue(WorkOrderField::Metric, order.metric)),
                                        false);
                         m_session->setFields(id, changes);
                     });
}

QList<qint64> WorkOrderView::exportIds() const
{
    QList<qint64> ids;
    for (const QModelIndex &index : m_table->selectionModel()->selectedRows())
        ids << index.data(int(WorkOrderListModel::Role::OrderId)).toLongLong();
    if (ids.isEmpty())
        for (int row = 0; row < m_proxy->rowCount(); ++row)
            ids << m_proxy->index(row, 0).data(int(WorkOrderListModel::Role::OrderId)).toLongLong();
    return ids;
}

void WorkOrderView::exportTo(const QString &path)
{
    if (!m_bound)
        return;
    m_editor->flush();
    const QList<qint64> ids = exportIds();
    if (ids.isEmpty()) {
        showBanner(tr("No work orders to export: the list is empty or filtered to nothing."), true);
        return;
    }
    const Workspace *bound = m_bound;
    const QHash<qint64, WorkOrderEvaluation> evaluations = m_evaluations;
    runJob<QString>([bound, ids, evaluations, path] { return exportOrders(*bound, ids, evaluations, path); },
                    [this, path, ids](const QString &error) {
                        showBanner(error.isEmpty() ? tr("%n work order(s) written to %1.", nullptr, int(ids.size()))
                                                         .arg(QDir::toNativeSeparators(path))
                                                   : error,
                                   !error.isEmpty());
                        Q_EMIT exportFinished(path, error);
                    });
}

void WorkOrderView::chooseExport(const QString &suffix)
{
    const QString filter = suffix == "xlsx"_L1 ? tr("Excel workbooks (*.xlsx)")
        : suffix == "csv"_L1                   ? tr("CSV files (*.csv)")
                                               : tr("PDF files (*.pdf)");
    const QString name = QDir(m_preferences.lastImportFolder())
                             .filePath(tr("work orders %1").arg(QDate::currentDate().toString(Qt::ISODate)) + u'.' + suffix);
    QString path = QFileDialog::getSaveFileName(this, tr("Export Work Orders"), name, filter);
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += u'.' + suffix;
    m_preferences.setLastImportFolder(QFileInfo(path).absolutePath());
    exportTo(path);
}

void WorkOrderView::chooseImport()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Import Updates"), m_preferences.lastImportFolder(),
                                                      tr("Work-order workbooks (*.xlsx *.csv)"));
    if (path.isEmpty())
        return;
    m_preferences.setLastImportFolder(QFileInfo(path).absolutePath());
    importUpdatesFrom(path);
}

void WorkOrderView::setImportConfirmation(std::function<bool(const WorkOrderUpdatePlan &)> confirm)
{
    m_confirmImport = std::move(confirm);
}

void WorkOrderView::importUpdatesFrom(const QString &path)
{
    if (!m_bound)
        return;
    m_editor->flush();
    const Workspace *bound = m_bound;
    runJob<WorkOrderUpdatePlan>([bound, path] { return planUpdates(*bound, path); },
                                [this](const WorkOrderUpdatePlan &plan) {
                                    if (plan.failed()) {
                                        showBanner(plan.error, true);
                                        Q_EMIT importFinished(plan.error);
                                    } else if (m_confirmImport(plan)) {
                                        applyImport(plan);
                                    } else {
                                        Q_EMIT importFinished(tr("Import cancelled: nothing was changed."));
                                    }
                                });
}

void WorkOrderView::applyImport(const WorkOrderUpdatePlan &plan)
{
    const QString analyst = m_preferences.analystName();
    const auto cancelled = std::make_shared<std::atomic_bool>(false);
    const auto done = std::make_shared<std::atomic_int>(0);
    auto *progress = new QProgressDialog(tr("Applying %1…").arg(QFileInfo(plan.file).fileName()), tr("Cancel"), 0,
                                         int(plan.updates.size()), this);
    progress->setWindowModality(Qt::WindowModal);
    progress->setMinimumDuration(400);
    auto *poll = new QTimer(progress);
    connect(poll, &QTimer::timeout, progress, [progress, done] { progress->setValue(done->load()); });
    connect(progress, &QProgressDialog::canceled, progress, [cancelled] { cancelled->store(true); });
    poll->start(100);
    const Workspace *bound = m_bound;
    runJob<WorkOrderUpdateResult>(
        [bound, plan, analyst, cancelled, done] { return applyUpdates(*bound, plan, analyst, cancelled, done); },
        [this, plan, progress](const WorkOrderUpdateResult &result) {
            progress->deleteLater();
            const QString name = QFileInfo(plan.file).fileName();
            QString summary;
            if (!result.error.isEmpty())
                summary = result.error;
            else if (result.cancelled)
                summary = tr("Import of %1 cancelled: nothing was changed.").arg(name);
            else
                summary = tr("%1: %n order(s) updated.", nullptr, int(result.applied)).arg(name) + u' '
                          + tr("%n row(s) refused.", nullptr, int(result.refused.size()));
            QStringList lines{summary};
            for (const UpdateRowIssue &issue : result.refused)
                lines << issue.message(name);
            showBanner(lines.join(u'\n'), !result.error.isEmpty() || !result.refused.isEmpty());
            if (!result.cancelled && result.error.isEmpty() && result.applied > 0) {
                m_bound->notifyDataChanged();
                load(); // another connection changed them: the edits that follow are based on the new versions
            }
            Q_EMIT importFinished(summary);
        });
}

void WorkOrderView::retranslate()
{
    m_heading->setText(tr("Improvement work orders"));
    m_new->setText(tr("&New Work Order"));
    m_new->setToolTip(tr("A blank draft; work orders from findings are created in the views that show them."));
    m_exportXlsx->setText(tr("Export &XLSX…"));
    m_exportCsv->setText(tr("Export CS&V…"));
    m_exportPdf->setText(tr("Export &PDF…"));
    for (QPushButton *button : {m_exportXlsx, m_exportCsv, m_exportPdf})
        button->setToolTip(tr("The selected work orders; all shown ones when none is selected."));
    m_import->setText(tr("I&mport Updates…"));
    m_import->setToolTip(tr("A workbook a department edited: status, owner, progress and due dates by number."));
    m_overdue->setText(tr("Overdue only"));
    m_search->setPlaceholderText(tr("Search number, title, owner, region… (Ctrl+F)"));
    {
        const QSignalBlocker blocker(m_status);
        const int current = std::max(0, m_status->currentIndex());
        m_status->clear();
        m_status->addItem(tr("All statuses"));
        m_status->addItem(tr("Open (not closed)"));
        for (WorkOrderStatus status : allWorkOrderStatuses())
            m_status->addItem(statusLabel(status));
        m_status->setCurrentIndex(current);
    }
    updateFilterChoices();
    if (auto *tabs = findChild<QTabWidget *>(u"details"_s)) {
        tabs->setTabText(0, tr("Effect"));
        tabs->setTabText(1, tr("Evidence"));
        tabs->setTabText(2, tr("History"));
    }
    m_empty->setText(workspace() ? tr("No work orders yet. Create one with New Work Order, or from an alert, a "
                                      "hotspot or a journey cell in the other views.")
                                 : tr("Open or create a workspace to follow its improvement work orders."));
    m_empty->setVisible(m_model->rowCount() == 0);
}

} // namespace cx
