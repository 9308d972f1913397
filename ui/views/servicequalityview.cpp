#include "views/servicequalityview.h"

#include "charts/chart.h"
#include "complaints/complainttable.h"
#include "palette.h"
#include "service/analysisservice.h"
#include "service/deskformat.h"
#include "service/servicecategorymodel.h"
#include "service/servicerankingmodel.h"
#include "tableexport.h"
#include "views/deskdelegates.h"
#include "views/detailpanel.h"
#include "views/draftjob.h"
#include "views/emptyhint.h"

#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QSplitter>
#include <QTabBar>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

#include <array>

namespace cx {

using namespace Qt::StringLiterals;

namespace {

// The measures a ranking offers, in the order of the list.
constexpr std::array rankingMeasures{
    ServiceMeasure::FirstTimeRate, ServiceMeasure::ResolvedRate,    ServiceMeasure::CallbackSatisfiedRate,
    ServiceMeasure::RepeatRate,    ServiceMeasure::EscalationRate,  ServiceMeasure::RegulatorPerMillion,
    ServiceMeasure::OverdueRate,   ServiceMeasure::HoursP90,        ServiceMeasure::HoursMean,
    ServiceMeasure::PartialRate,   ServiceMeasure::Complaints,
};

// The rates a group's trend charts, as percentages.
constexpr std::array trendRates{ServiceMeasure::FirstTimeRate, ServiceMeasure::ResolvedRate,
                                ServiceMeasure::CallbackSatisfiedRate, ServiceMeasure::RepeatRate,
                                ServiceMeasure::OverdueRate};

void setupTable(QTableView *table)
{
    table->setItemDelegate(new DeskDelegate(table));
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->verticalHeader()->hide();
    table->setWordWrap(false);
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 8);
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    installTableCopy(table);
}

} // namespace

ServiceQualityView::ServiceQualityView(AnalysisService &service, QWidget *parent)
    : AnalysisView(service, parent)
    , m_groupingLabel(new QLabel(this))
    , m_groupings(new QTabBar(this))
    , m_measureLabel(new QLabel(this))
    , m_measures(new QComboBox(this))
    , m_workOrderAction(new QAction(this))
    , m_summary(new QLabel(this))
    , m_table(new QTableView(this))
    , m_model(new ServiceRankingModel(this))
    , m_detailArea(new QWidget(this))
    , m_categoriesTitle(new QLabel(m_detailArea))
    , m_categoryTable(new QTableView(m_detailArea))
    , m_categories(new ServiceCategoryModel(this))
    , m_detail(new DetailPanel(service, m_detailArea))
{
    for (int i = 0; i < serviceGroupingCount; ++i)
        m_groupings->addTab(QString());
    m_groupings->setExpanding(false);
    for (std::size_t i = 0; i < rankingMeasures.size(); ++i)
        m_measures->addItem(QString(), int(rankingMeasures[i]));
    m_summary->setWordWrap(true);
    m_table->setModel(m_model);
    setupTable(m_table);
    m_table->horizontalHeader()->setSectionResizeMode(ServiceRankingModel::Trend, QHeaderView::Fixed);
    m_table->setColumnWidth(ServiceRankingModel::Trend, 120);
    installEmptyHint(m_table, [this] {
        const auto analysis = result();
        return analysis && analysis->service.total.period.complaints == 0 ? DeskFormat::noComplaintData() : QString();
    });
    m_categoryTable->setModel(m_categories);
    setupTable(m_categoryTable);
    QFont bold = m_categoriesTitle->font();
    bold.setBold(true);
    m_categoriesTitle->setFont(bold);

    auto *categories = new QWidget(m_detailArea);
    auto *categoryLayout = new QVBoxLayout(categories);
    categoryLayout->setContentsMargins(0, 4, 0, 0);
    categoryLayout->addWidget(m_categoriesTitle);
    categoryLayout->addWidget(m_categoryTable, 1);
    auto *detailSplit = new QSplitter(Qt::Horizontal, m_detailArea);
    detailSplit->addWidget(categories);
    detailSplit->addWidget(m_detail);
    detailSplit->setStretchFactor(0, 2);
    detailSplit->setStretchFactor(1, 5);
    detailSplit->setChildrenCollapsible(false);
    auto *detailLayout = new QVBoxLayout(m_detailArea);
    detailLayout->setContentsMargins(0, 0, 0, 0);
    detailLayout->addWidget(detailSplit);
    m_detailArea->hide();

    auto *bar = new QHBoxLayout;
    bar->setContentsMargins(0, 0, 0, 0);
    bar->addWidget(m_groupingLabel);
    bar->addWidget(m_groupings);
    bar->addSpacing(12);
    bar->addWidget(m_measureLabel);
    bar->addWidget(m_measures);
    bar->addStretch();
    auto *workOrder = new QToolButton(this);
    workOrder->setDefaultAction(m_workOrderAction);
    workOrder->setToolButtonStyle(Qt::ToolButtonTextOnly);
    bar->addWidget(workOrder);
    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_table);
    split->addWidget(m_detailArea);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    split->setChildrenCollapsible(false);

    auto *content = new QWidget(this);
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(bar);
    layout->addWidget(m_summary);
    layout->addWidget(split, 1);
    setContent(content);

    const auto rerender = [this] {
        if (result())
            render();
    };
    connect(m_groupings, &QTabBar::currentChanged, this, [this, rerender] {
        closeDetail();
        rerender();
    });
    connect(m_measures, &QComboBox::currentIndexChanged, this, rerender);
    connect(m_table, &QTableView::clicked, this, [this](const QModelIndex &index) {
        if (const ServiceGroup *group = m_model->group(index.row()))
            openGroup(group->name);
    });
    connect(m_detail, &DetailPanel::closed, this, [this] {
        m_group.clear();
        m_detailArea->hide();
    });
    closeDetailOnEscape();

    m_workOrderAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    m_workOrderAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_workOrderAction->setEnabled(false);
    addAction(m_workOrderAction);
    connect(m_workOrderAction, &QAction::triggered, this, &ServiceQualityView::createWorkOrder);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &ServiceQualityView::updateWorkOrderAction);
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_table, &QTableView::customContextMenuRequested, this, [this](const QPoint &at) {
        const QModelIndex index = m_table->indexAt(at);
        if (!index.isValid())
            return;
        m_table->selectRow(index.row());
        QMenu menu(this);
        menu.addAction(m_workOrderAction);
        menu.exec(m_table->viewport()->mapToGlobal(at));
    });
    retranslateView();
}

QString ServiceQualityView::title() const
{
    return tr("Service quality");
}

void ServiceQualityView::retranslateView()
{
    m_groupingLabel->setText(tr("Rank:"));
    m_groupings->setTabText(int(ServiceGrouping::Department), tr("Departments"));
    m_groupings->setTabText(int(ServiceGrouping::Channel), tr("Channels"));
    m_groupings->setTabText(int(ServiceGrouping::Area), tr("Regions"));
    m_measureLabel->setText(tr("Measure to rank by:"));
    for (int i = 0; i < m_measures->count(); ++i) {
        const auto measure = ServiceMeasure(m_measures->itemData(i).toInt());
        m_measures->setItemText(i, serviceMeasureName(measure));
        m_measures->setItemData(i, ServiceRankingModel::definition(measure), Qt::ToolTipRole);
    }
    m_workOrderAction->setText(tr("Create work order…"));
    m_workOrderAction->setToolTip(tr("A draft improvement work order from the selected row's significant change for the "
                                     "worse (%1)")
                                      .arg(m_workOrderAction->shortcut().toString(QKeySequence::NativeText)));
}

QString ServiceQualityView::missingNotice() const
{
    QStringList notes = missingData(MissingComplaints | MissingPreviousMonth);
    const auto analysis = result();
    if (analysis && analysis->service.total.period.complaints > 0) {
        const ServiceQuality &q = analysis->service;
        QStringList absent;
        for (ServiceMeasure m : {ServiceMeasure::ResolvedRate, ServiceMeasure::RepeatRate, ServiceMeasure::HoursMean,
                                 ServiceMeasure::CallbackSatisfiedRate})
            if (!q.hasData(m))
                absent << ServiceRankingModel::noData(m);
        if (!absent.isEmpty())
            notes << tr("The complaint exports of this scope do not say everything about their handling (%1): "
                        "those measures show no data.")
                         .arg(absent.join(u", "_s));
    }
    return notes.join(u'\n');
}

ServiceGrouping ServiceQualityView::grouping() const
{
    return ServiceGrouping(std::max(0, m_groupings->currentIndex()));
}

ServiceMeasure ServiceQualityView::measure() const
{
    return ServiceMeasure(m_measures->currentData().toInt());
}

void ServiceQualityView::setGrouping(ServiceGrouping grouping)
{
    m_groupings->setCurrentIndex(int(grouping));
}

void ServiceQualityView::setMeasure(ServiceMeasure measure)
{
    m_measures->setCurrentIndex(m_measures->findData(int(measure)));
}

void ServiceQualityView::render()
{
    const auto analysis = result();
    const ServiceQuality &q = analysis->service;
    m_model->setQuality(q, grouping(), measure());
    const ServiceFigures &total = q.total.period;
    const ServiceMeasure by = measure();
    QString changes;
    qsizetype count = 0;
    for (const ServiceChange &change : q.changes)
        count += change.month == analysis->month ? 1 : 0;
    if (count > 0)
        changes = tr("; %n significant change(s) for the worse in %1", nullptr, int(count)).arg(analysis->month);
    m_summary->setText(tr("All complaints: %1 %2 (n = %3, target %4)%5. Rates count the complaints whose field is "
                          "filled; 超时 is over %6 h.")
                           .arg(serviceMeasureName(by),
                                ServiceRankingModel::format(by, total.value(by), ServiceRankingModel::noData(by)))
                           .arg(total.n(by))
                           .arg(ServiceRankingModel::format(by, q.settings.targets[std::size_t(by)], tr("none")), changes,
                                DeskFormat::number(q.settings.overdueHours, 0)));
    if (!m_group.isEmpty())
        renderDetail();
    updateWorkOrderAction();
}

void ServiceQualityView::focusSearch()
{
    if (m_detail->isVisible())
        m_detail->complaints()->focusSearch();
}

bool ServiceQualityView::closeDetail()
{
    if (!m_detailArea->isVisible())
        return false;
    m_detailArea->hide();
    m_group.clear();
    return true;
}

void ServiceQualityView::openGroup(const QString &name)
{
    m_group = name;
    if (result())
        renderDetail();
}

void ServiceQualityView::renderDetail()
{
    const auto analysis = result();
    const ServiceQuality &q = analysis->service;
    const ServiceGroup *group = q.find(grouping(), m_group);
    if (!group) {
        closeDetail();
        return;
    }
    ChartData data;
    data.categories = DeskFormat::monthLabels(q.months, &data.categoryAxisTitle);
    const QString name = group->name.isEmpty() ? tr("(not filled)") : group->name;
    data.title = tr("%1: handling by month").arg(name);
    data.primaryAxisTitle = tr("Rate (%)");
    data.secondaryAxisTitle = tr("Complaints");
    int colour = 0;
    for (ServiceMeasure m : trendRates) {
        ChartSeries series{ChartSeries::Kind::Line, serviceMeasureName(m), {}, palette::series(colour++), false};
        for (const ServiceFigures &f : group->months)
            series.values << f.value(m) * 100.0;
        data.series << series;
    }
    ChartSeries volume{ChartSeries::Kind::Bars, tr("Complaints"), {}, palette::muted(), true};
    for (const ServiceFigures &f : group->months)
        volume.values << f.value(ServiceMeasure::Complaints);
    data.series << volume;
    data.marked = group->alertMonths;
    data.markedName = tr("Significant change for the worse");

    ComplaintSelection selection;
    selection.filter = analysis->filter;
    switch (grouping()) {
    case ServiceGrouping::Department:
        selection.department = group->name;
        break;
    case ServiceGrouping::Channel:
        selection.filter.channel = group->name;
        break;
    case ServiceGrouping::Area:
        selection.filter.region = group->area;
        break;
    }
    const bool departments = grouping() == ServiceGrouping::Department;
    m_categoryTable->parentWidget()->setVisible(departments);
    if (departments) {
        m_categories->setCategories(group->categories, measure(), q.settings);
        m_categoriesTitle->setText(tr("Worst categories by %1").arg(serviceMeasureName(measure())));
    }
    m_detailArea->show();
    m_detail->showDetail(tr("%1 · %2").arg(name, DeskFormat::scope(analysis->filter, analysis->period.journey.fromMonth,
                                                                    analysis->period.journey.toMonth)),
                         data, selection);
    const int row = m_model->rowOf(m_group);
    if (row >= 0)
        m_table->selectRow(row);
}

const ServiceChange *ServiceQualityView::selectedChange() const
{
    const auto analysis = result();
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    const ServiceGroup *group = analysis && !rows.isEmpty() ? m_model->group(rows.constFirst().row()) : nullptr;
    if (!group)
        return nullptr;
    const ServiceQuality &q = analysis->service;
    const QString last = q.months.value(q.lastMonth);
    const ServiceChange *chosen = nullptr;
    // q.changes are most significant first: the first of a month wins unless the ranking's measure follows.
    const auto better = [&](const ServiceChange &c) {
        if (!chosen)
            return true;
        const bool lastMonth = c.month == last;
        if (lastMonth != (chosen->month == last))
            return lastMonth;
        if (c.month != chosen->month)
            return c.month > chosen->month;
        return c.measure == measure() && chosen->measure != measure();
    };
    for (const ServiceChange &c : q.changes)
        if (c.grouping == grouping() && c.group == group->name && better(c))
            chosen = &c;
    return chosen;
}

void ServiceQualityView::updateWorkOrderAction()
{
    m_workOrderAction->setEnabled(selectedChange() != nullptr);
}

void ServiceQualityView::createWorkOrder()
{
    const ServiceChange *change = selectedChange();
    if (!change)
        return;
    makeDraftOnWorker(
        this, service(), [change = *change](const DraftContext &context) { return draftFromServiceChange(change, context); },
        [this](const WorkOrder &draft) { Q_EMIT workOrderDraftReady(draft); });
}

} // namespace cx
