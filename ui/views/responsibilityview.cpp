#include "views/responsibilityview.h"

#include "charts/chart.h"
#include "graph/departmenthandling.h"
#include "graph/graphview.h"
#include "graph/responsibilitystyle.h"
#include "palette.h"
#include "service/analysisservice.h"
#include "service/deskformat.h"
#include "service/responsibilitymodels.h"
#include "tableexport.h"
#include "views/detailpanel.h"
#include "views/draftjob.h"
#include "views/emptyhint.h"
#include "views/noticebar.h"

#include <QComboBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPainter>
#include <QPushButton>
#include <QShortcut>
#include <QSplitter>
#include <QStyledItemDelegate>
#include <QTabWidget>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

#include <cmath>

namespace cx {

using namespace Qt::StringLiterals;

namespace {

/// A heat-map cell: its background from HeatRole, a red corner when it has misses.
class HeatDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        const double heat = index.data(ResponsibilityMatrixModel::HeatRole).toDouble();
        QColor colour = palette::series(5);
        colour.setAlphaF(float(0.08 + 0.72 * std::clamp(heat, 0.0, 1.0)));
        painter->fillRect(option.rect, colour);
        QStyleOptionViewItem opt = option;
        if (heat > 0.6)
            opt.palette.setColor(QPalette::Text, Qt::white);
        QStyledItemDelegate::paint(painter, opt, index);
    }
};

} // namespace

ResponsibilityView::ResponsibilityView(AnalysisService &service, QWidget *parent)
    : AnalysisView(service, parent)
    , m_monthLabel(new QLabel(this))
    , m_month(new QComboBox(this))
    , m_cityLabel(new QLabel(this))
    , m_city(new QComboBox(this))
    , m_search(new QLineEdit(this))
    , m_fit(new QToolButton(this))
    , m_save(new QToolButton(this))
    , m_workOrder(new QPushButton(this))
    , m_tabs(new QTabWidget(this))
    , m_view(new GraphView(this))
    , m_legend(new QLabel(this))
    , m_chainsTitle(new QLabel(this))
    , m_chainTable(new QTableView(this))
    , m_chains(new ResponsibilityChainModel(this))
    , m_nodePanel(new QWidget(this))
    , m_nodeTitle(new QLabel(this))
    , m_nodeChart(Chart::create(this))
    , m_nodeText(new QLabel(this))
    , m_matrixTable(new QTableView(this))
    , m_matrix(new ResponsibilityMatrixModel(this))
    , m_cellDetail(new DetailPanel(service, this))
{
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(160);
    m_legend->setWordWrap(true);
    m_chainTable->setModel(m_chains);
    m_chainTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_chainTable->setSelectionMode(QAbstractItemView::SingleSelection);
    m_chainTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_chainTable->verticalHeader()->hide();
    m_chainTable->setWordWrap(true);
    m_chainTable->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_chainTable->horizontalHeader()->setSectionResizeMode(ResponsibilityChainModel::Chain, QHeaderView::Stretch);
    m_chainTable->setColumnHidden(ResponsibilityChainModel::Month, true);
    m_chainTable->setColumnHidden(ResponsibilityChainModel::City, true);
    installTableCopy(m_chainTable);
    installEmptyHint(m_chainTable, [this] {
        return AnalysisView::service().facts().responsibility ? tr("No root-cause chain: no KEI or KOI missed its target in the period.")
                                                : tr("Computing the chains…");
    });
    m_matrixTable->setModel(m_matrix);
    m_matrixTable->setItemDelegate(new HeatDelegate(m_matrixTable));
    m_matrixTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_matrixTable->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_matrixTable->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    installTableCopy(m_matrixTable, true);
    installEmptyHint(m_matrixTable, [this] { return tr("No complaints and no indicator misses in the filter."); });
    m_nodeText->setWordWrap(true);
    m_nodeText->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_nodeText->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    QFont bold = m_nodeTitle->font();
    bold.setBold(true);
    m_nodeTitle->setFont(bold);
    m_nodeChart->setMinimumHeight(220);
    m_chainsTitle->setWordWrap(true);

    auto *bar = new QHBoxLayout;
    bar->setContentsMargins(0, 0, 0, 0);
    bar->addWidget(m_monthLabel);
    bar->addWidget(m_month);
    bar->addWidget(m_cityLabel);
    bar->addWidget(m_city);
    bar->addSpacing(12);
    bar->addWidget(m_search);
    bar->addWidget(m_fit);
    bar->addWidget(m_save);
    bar->addStretch();
    bar->addWidget(m_workOrder);

    auto *nodeLayout = new QVBoxLayout(m_nodePanel);
    nodeLayout->setContentsMargins(0, 0, 0, 0);
    nodeLayout->addWidget(m_nodeTitle);
    nodeLayout->addWidget(m_nodeText);
    nodeLayout->addWidget(m_nodeChart, 1);
    m_nodePanel->hide();

    // Beside the map: the ranked chains, and under them the clicked node's detail.
    auto *chainsBox = new QWidget(this);
    auto *chainsLayout = new QVBoxLayout(chainsBox);
    chainsLayout->setContentsMargins(0, 0, 0, 0);
    chainsLayout->addWidget(m_chainsTitle);
    chainsLayout->addWidget(m_chainTable, 1);
    auto *side = new QSplitter(Qt::Vertical, this);
    side->addWidget(chainsBox);
    side->addWidget(m_nodePanel);
    side->setChildrenCollapsible(false);
    auto *mapArea = new QWidget(this);
    auto *mapLayout = new QVBoxLayout(mapArea);
    mapLayout->setContentsMargins(0, 0, 0, 0);
    mapLayout->addWidget(m_view, 1);
    mapLayout->addWidget(m_legend);
    auto *mapPage = new QSplitter(Qt::Horizontal, this);
    mapPage->addWidget(mapArea);
    mapPage->addWidget(side);
    mapPage->setStretchFactor(0, 3);
    mapPage->setStretchFactor(1, 2);
    mapPage->setChildrenCollapsible(false);

    auto *matrixPage = new QSplitter(Qt::Vertical, this);
    matrixPage->addWidget(m_matrixTable);
    matrixPage->addWidget(m_cellDetail);
    matrixPage->setChildrenCollapsible(false);
    m_cellDetail->hide();
    m_tabs->addTab(mapPage, QString());
    m_tabs->addTab(matrixPage, QString());

    auto *content = new QWidget(this);
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(bar);
    layout->addWidget(m_tabs, 1);
    setContent(content);

    connect(&service, &AnalysisService::factReady, this, [this](FactKind kind) {
        if ((kind == FactKind::Responsibility || kind == FactKind::ResponsibilityMatrix || kind == FactKind::ResponsibilityGraph)
            && isVisible())
            renderFacts();
        if (kind == FactKind::ServiceByCity && isVisible())
            showDepartmentHandling();
    });
    requestOnFilterChange({FactKind::Responsibility, FactKind::ResponsibilityMatrix, FactKind::ResponsibilityGraph});
    connect(m_month, &QComboBox::activated, this, &ResponsibilityView::relayout);
    connect(m_city, &QComboBox::activated, this, &ResponsibilityView::relayout);
    connect(m_search, &QLineEdit::textChanged, this, &ResponsibilityView::search);
    connect(m_fit, &QToolButton::clicked, m_view, &GraphView::fitGraph);
    connect(m_save, &QToolButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Save the responsibility map"), {},
                                                          tr("PNG image (*.png);;SVG drawing (*.svg)"));
        QString error;
        if (!path.isEmpty() && !m_view->save(path, &error))
            QMessageBox::warning(this, tr("Save the responsibility map"), error);
    });
    connect(m_workOrder, &QPushButton::clicked, this, &ResponsibilityView::createWorkOrder);
    connect(m_view, &GraphView::nodeClicked, this, &ResponsibilityView::openNode);
    connect(m_chainTable, &QTableView::clicked, this, [this](const QModelIndex &index) {
        if (const ResponsibilityChain *chain = m_chains->chain(index.row()))
            showMonth(chain->month, chain->city);
    });
    connect(m_matrixTable, &QTableView::clicked, this, [this](const QModelIndex &index) { openCell(index.row(), index.column()); });
    connect(&m_layout, &QFutureWatcher<GraphLayout>::finished, this, &ResponsibilityView::applyLayout);
    closeDetailOnEscape();
    auto *fit = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_0), this, nullptr, nullptr, Qt::WidgetWithChildrenShortcut);
    connect(fit, &QShortcut::activated, m_view, &GraphView::fitGraph);
    retranslateView();
}

QString ResponsibilityView::title() const
{
    return tr("Responsibility map");
}

void ResponsibilityView::retranslateView()
{
    m_monthLabel->setText(tr("Month"));
    m_cityLabel->setText(tr("City"));
    m_search->setPlaceholderText(tr("Find a node by code or name"));
    m_fit->setText(tr("Fit"));
    m_fit->setToolTip(tr("Show the whole map (Ctrl+0); zoom with the wheel, pan by dragging"));
    m_save->setText(tr("Save map…"));
    m_workOrder->setText(tr("Create work order…"));
    m_workOrder->setToolTip(tr("A draft improvement work order from the selected root-cause chain"));
    m_legend->setText(ResponsibilityStyle::legend());
    m_chainsTitle->setText(tr("Root-cause chains, ranked (click one to show its month and city)"));
    m_tabs->setTabText(0, tr("Map"));
    m_tabs->setTabText(1, tr("Stage × department"));
    if (service().facts().responsibilityGraph)
        m_city->setItemText(m_city->findData(QString()), ResponsibilityFormat::city({}));
    // The nodes' texts and tooltips are in the language they were built in: build and lay them out again.
    const int node = m_node;
    relayout();
    if (node >= 0 && node < m_graph.nodes.size()) {
        m_node = node;
        showNodeDetail();
    }
}

QString ResponsibilityView::missingNotice() const
{
    const WorkspaceSummary &s = service().summary();
    QStringList missing;
    if (s.indicators == 0)
        missing << tr("No indicator tree imported: import the indicator system (perception elements, KEIs, KOIs with "
                      "owner, target and direction) to draw the map.");
    else if (s.indicatorValues == 0)
        missing << tr("No indicator actuals imported: import the monthly actuals per city to colour the map by attainment.");
    missing << missingData(MissingComplaints | MissingSurveys);
    return missing.join(u'\n');
}

void ResponsibilityView::render()
{
    renderFacts();
}

void ResponsibilityView::renderFacts()
{
    if (!service().isCurrent())
        return;
    const bool chains = service().request(FactKind::Responsibility);
    const bool matrix = service().request(FactKind::ResponsibilityMatrix);
    const bool facts = service().request(FactKind::ResponsibilityGraph);
    if (matrix)
        m_matrix->setMatrix(*service().facts().responsibilityMatrix);
    if (!chains || !facts)
        return;
    // The departments' tooltips, filled in when it arrives: asked for once the map can be drawn, so as not to slow it.
    service().request(FactKind::ServiceByCity);
    if (m_factsFor == result()) {
        reportShown();
        return;
    }
    m_factsFor = result();
    m_chains->setChains(*service().facts().responsibility);
    m_chainTable->resizeRowsToContents();
    fillChoices();
    relayout();
}

void ResponsibilityView::fillChoices()
{
    const ResponsibilityFacts &facts = *service().facts().responsibilityGraph;
    const QString month = m_month->currentText();
    const QString city = m_city->currentData().toString();
    m_month->clear();
    m_month->addItems(facts.months());
    m_city->clear();
    for (const QString &c : facts.cities())
        m_city->addItem(ResponsibilityFormat::city(c), c);
    // A new filter opens on its top-ranked chain; the same one (a reload) keeps the month and city shown.
    const QList<ResponsibilityChain> &chains = *service().facts().responsibility;
    const bool sameFilter = m_choicesFor && result() && m_choicesFor->filter == result()->filter;
    m_choicesFor = result();
    if (sameFilter && m_month->findText(month) >= 0 && m_city->findData(city) >= 0 && !month.isEmpty()) {
        m_month->setCurrentIndex(m_month->findText(month));
        m_city->setCurrentIndex(m_city->findData(city));
    } else if (!chains.isEmpty()) {
        m_month->setCurrentIndex(std::max(0, m_month->findText(chains.constFirst().month)));
        m_city->setCurrentIndex(std::max(0, m_city->findData(chains.constFirst().city)));
    } else {
        m_month->setCurrentIndex(m_month->count() - 1);
    }
    if (!chains.isEmpty())
        m_chainTable->selectRow(0);
}

void ResponsibilityView::showMonth(const QString &month, const QString &city)
{
    if (m_month->findText(month) < 0 || m_city->findData(city) < 0)
        return;
    m_month->setCurrentIndex(m_month->findText(month));
    m_city->setCurrentIndex(m_city->findData(city));
    relayout();
}

void ResponsibilityView::relayout()
{
    const auto &facts = service().facts().responsibilityGraph;
    const auto &chains = service().facts().responsibility;
    if (!facts || !chains)
        return;
    m_graph = buildResponsibilityGraph(*facts, m_month->currentText(), m_city->currentData().toString(), *chains);
    m_node = -1;
    m_nodePanel->hide();
    if (m_graph.nodes.isEmpty()) {
        m_view->clearGraph();
        reportShown();
        return;
    }
    if (m_layout.isRunning()) {
        m_pendingLayout = true; // laid out again once the running one is done
        return;
    }
    QList<GraphNodeStyle> styles;
    for (int i = 0; i < m_graph.nodes.size(); ++i)
        styles << ResponsibilityStyle::style(m_graph, i);
    m_layoutOwed = true;
    m_layout.setFuture(layoutGraphAsync(ResponsibilityStyle::request(m_graph, styles, m_view->font())));
}

void ResponsibilityView::applyLayout()
{
    m_layoutOwed = false;
    if (m_pendingLayout) {
        m_pendingLayout = false;
        relayout();
        return;
    }
    const GraphLayout layout = m_layout.result();
    if (!layout.ok || layout.nodes.size() != m_graph.nodes.size()) {
        m_view->clearGraph();
        notice()->showNotice(layout.error);
        return;
    }
    QList<GraphNodeStyle> styles;
    for (int i = 0; i < m_graph.nodes.size(); ++i)
        styles << ResponsibilityStyle::style(m_graph, i);
    // Layout edges come in the graph's edge order, repeated edges dropped (there are none).
    QList<bool> highlighted;
    for (const LaidOutEdge &edge : layout.edges) {
        bool on = false;
        for (const ResponsibilityEdge &e : std::as_const(m_graph.edges))
            on = on || (e.from == edge.from && e.to == edge.to && e.chainRank >= 0);
        highlighted << on;
    }
    m_view->setGraph(layout, styles, highlighted);
    showDepartmentHandling();
    if (!m_search->text().isEmpty())
        m_view->search(m_search->text());
    reportShown();
}

bool ResponsibilityView::isContentShown() const
{
    const FactAnalyses &facts = service().facts();
    return facts.responsibility && facts.responsibilityMatrix && facts.responsibilityGraph && m_factsFor == result()
        && !m_layoutOwed;
}

int ResponsibilityView::search(const QString &text)
{
    return m_view->search(text);
}

void ResponsibilityView::openNode(int index)
{
    if (index < 0 || index >= m_graph.nodes.size())
        return;
    m_node = index;
    showNodeDetail();
}

void ResponsibilityView::showNodeDetail()
{
    const auto &facts = service().facts().responsibilityGraph;
    if (m_node < 0 || !facts)
        return;
    const ResponsibilityNode &node = m_graph.nodes.at(m_node);
    const QString place = ResponsibilityFormat::city(m_graph.city);
    const QStringList months = facts->months();
    ChartData trend;
    trend.categories = shortMonthLabels(months);
    QStringList lines;
    if (node.layer == ResponsibilityLayer::Department) {
        m_nodeTitle->setText(tr("%1 · %2 · %3").arg(node.name, place, m_graph.month));
        ChartSeries missed{ChartSeries::Kind::Bars, tr("Missed indicators"), QList<double>(months.size(), 0.0), palette::worse(), false};
        for (const IndicatorAttainment &a : facts->attainment)
            if (a.city == m_graph.city && a.department == node.code && !a.met)
                missed.values[months.indexOf(a.month)] += 1;
        trend.series << missed;
        trend.title = tr("Indicators %1 missed per month, %2").arg(node.name, place);
        lines << tr("Owns:");
        for (const ResponsibilityNode &other : std::as_const(m_graph.nodes))
            if (other.layer != ResponsibilityLayer::Department && other.layer != ResponsibilityLayer::Element
                && other.department == node.code)
                lines << u"  "_s + (other.missed() ? u"■ "_s : u"● "_s)
                        + (other.attainment ? ResponsibilityFormat::attainment(*other.attainment) : other.code + u' ' + other.name);
    } else {
        m_nodeTitle->setText(tr("%1 %2 · %3 · owner %4").arg(node.code, node.name, place, node.department));
        ChartSeries actual{ChartSeries::Kind::Line, tr("Actual"), QList<double>(months.size(), kNaN), palette::series(0), false};
        ChartSeries target{ChartSeries::Kind::Line, tr("Target"), QList<double>(months.size(), kNaN), palette::muted(), false};
        QString direction;
        for (const IndicatorAttainment &a : facts->attainment) {
            if (a.city != m_graph.city || a.code != node.code)
                continue;
            const int m = int(months.indexOf(a.month));
            actual.values[m] = a.value;
            target.values[m] = a.target;
            if (!a.met)
                trend.marked << m;
            direction = a.direction < 0 ? tr("lower is better") : tr("higher is better");
        }
        trend.series << actual << target;
        trend.markedName = tr("Missed");
        trend.title = direction.isEmpty() ? tr("%1: no actuals in %2").arg(node.code, place)
                                          : tr("%1 against its target, %2 (%3)").arg(node.code, place, direction);
        if (node.attainment)
            lines << ResponsibilityFormat::attainment(*node.attainment);
    }
    m_nodeChart->setEmptyText(tr("No actuals for this node in %1.").arg(place));
    m_nodeChart->setData(trend);
    QStringList chainLines;
    for (const ResponsibilityChain &chain : *service().facts().responsibility) {
        if (chain.month != m_graph.month || chain.city != m_graph.city)
            continue;
        const bool through = node.layer == ResponsibilityLayer::Element ? chain.elementCode == node.code
            : node.layer == ResponsibilityLayer::Kei                    ? chain.kei.code == node.code
            : node.layer == ResponsibilityLayer::Koi                    ? chain.koi && chain.koi->code == node.code
                                                                        : chain.department == node.code;
        if (through)
            chainLines << ResponsibilityFormat::chain(chain);
    }
    lines << (chainLines.isEmpty() ? tr("On no root-cause chain this month.") : tr("Root-cause chains:"));
    lines << chainLines;
    m_nodeText->setText(lines.join(u'\n'));
    m_nodePanel->show();
}

void ResponsibilityView::openCell(int row, int column)
{
    const auto analysis = result();
    if (!analysis || row < 0 || column < 0 || row >= m_matrix->rowCount() || column >= m_matrix->columnCount())
        return;
    const QString stage = m_matrix->stage(row);
    const QString department = m_matrix->department(column);
    m_tabs->setCurrentIndex(1);
    ChartData trend;
    trend.categories = shortMonthLabels(analysis->months);
    for (const StageTrend &s : analysis->stages)
        if (s.stage == stage) {
            ChartSeries complaints{ChartSeries::Kind::Bars, tr("Complaints of %1 (all departments)").arg(stage), {}, palette::series(0), false};
            for (qint64 n : s.complaints)
                complaints.values << double(n);
            trend.series << complaints;
        }
    trend.title = tr("Complaints of %1 by month, all departments").arg(stage);
    ComplaintSelection selection;
    selection.filter = analysis->filter;
    selection.stage = stage;
    selection.department = department;
    m_cellDetail->showDetail(tr("%1 × %2: %3").arg(stage, department.isEmpty() ? tr("no owner") : department,
                                                   m_matrix->data(m_matrix->index(row, column), Qt::ToolTipRole).toString().section(u": "_s, 1)),
                             trend, selection);
    m_cellDetail->show();
}

void ResponsibilityView::focusSearch()
{
    if (m_tabs->currentIndex() == 0) {
        m_search->setFocus();
        m_search->selectAll();
    }
}

bool ResponsibilityView::closeDetail()
{
    if (m_cellDetail->isVisible() && m_tabs->currentIndex() == 1) {
        m_cellDetail->hide();
        return true;
    }
    if (m_nodePanel->isVisible()) {
        m_nodePanel->hide();
        m_node = -1;
        return true;
    }
    return false;
}

void ResponsibilityView::createWorkOrder()
{
    const QModelIndexList rows = m_chainTable->selectionModel()->selectedRows();
    const ResponsibilityChain *chain = m_chains->chain(rows.isEmpty() ? 0 : rows.constFirst().row());
    if (!chain)
        return;
    makeDraftOnWorker(this, service(), [chain = *chain](const DraftContext &context) { return draftFromResponsibilityChain(chain, context); },
                      [this](const WorkOrder &draft) { Q_EMIT workOrderDraftReady(draft); });
}

void ResponsibilityView::showDepartmentHandling()
{
    const auto &byCity = service().facts().serviceByCity;
    const QList<GraphNodeItem *> &items = m_view->nodeItems();
    if (!byCity || m_layoutOwed || items.size() != m_graph.nodes.size())
        return;
    const auto quality = byCity->constFind(m_graph.city);
    const RegionPath &region = service().filter().region;
    // A filter below the city (a county) narrows the complaints to it.
    const QString place = region.city == m_graph.city && !region.county.isEmpty() ? DeskFormat::region(region)
                                                                                 : ResponsibilityFormat::city(m_graph.city);
    for (int i = 0; i < m_graph.nodes.size(); ++i) {
        const ResponsibilityNode &node = m_graph.nodes.at(i);
        if (node.layer == ResponsibilityLayer::Department)
            items.at(i)->setToolTip(DepartmentHandling::toolTip(ResponsibilityStyle::style(m_graph, i).toolTip,
                                                                quality == byCity->constEnd() ? nullptr : &*quality,
                                                                node.code, m_graph.month, place));
    }
}

} // namespace cx
