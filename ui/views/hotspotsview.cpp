#include "views/hotspotsview.h"

#include "charts/chart.h"
#include "complaints/complainttable.h"
#include "palette.h"
#include "service/analysisservice.h"
#include "service/deskformat.h"
#include "tableexport.h"
#include "views/deskdelegates.h"
#include "views/detailpanel.h"
#include "views/emptyhint.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QSpinBox>
#include <QSplitter>
#include <QTabBar>
#include <QTableView>
#include <QVBoxLayout>

#include <cmath>

namespace cx {

using namespace Qt::StringLiterals;

HotspotsView::HotspotsView(AnalysisService &service, QWidget *parent)
    : AnalysisView(service, parent)
    , m_countLabel(new QLabel(this))
    , m_count(new QSpinBox(this))
    , m_axisTabs(new QTabBar(this))
    , m_tabs(new QTabBar(this))
    , m_note(new QLabel(this))
    , m_chart(Chart::create(this))
    , m_table(new QTableView(this))
    , m_model(new HotspotModel(this))
    , m_detail(new DetailPanel(service, this))
{
    m_count->setRange(10, deskHotspotLimit);
    m_count->setSingleStep(5);
    m_count->setValue(10);
    for (int i = 0; i < 3; ++i)
        m_tabs->addTab(QString());
    m_tabs->setExpanding(false);
    for (int i = 0; i < 2; ++i)
        m_axisTabs->addTab(QString());
    m_axisTabs->setExpanding(false);
    m_note->setWordWrap(true);
    m_note->hide();
    m_model->setLimit(10);
    m_model->setKeywordLimit(4);
    m_table->setModel(m_model);
    m_table->setItemDelegate(new DeskDelegate(m_table));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->setWordWrap(false);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(HotspotModel::Keywords, QHeaderView::Stretch);
    installTableCopy(m_table);
    installEmptyHint(m_table, [this] {
        const auto analysis = result();
        return analysis ? HotspotModel::emptyReason(ranking(), *analysis, axis()) : QString();
    });
    m_chart->setMinimumWidth(320);

    auto *bar = new QHBoxLayout;
    bar->setContentsMargins(0, 0, 0, 0);
    bar->addWidget(m_countLabel);
    bar->addWidget(m_count);
    bar->addSpacing(12);
    bar->addWidget(m_axisTabs);
    bar->addSpacing(12);
    bar->addWidget(m_tabs);
    bar->addStretch();
    auto *top = new QSplitter(Qt::Horizontal, this);
    top->addWidget(m_chart);
    top->addWidget(m_table);
    top->setStretchFactor(0, 2);
    top->setStretchFactor(1, 3);
    top->setChildrenCollapsible(false);
    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(top);
    split->addWidget(m_detail);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    split->setChildrenCollapsible(false);
    m_detail->hide();

    auto *content = new QWidget(this);
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(bar);
    layout->addWidget(m_note);
    layout->addWidget(split, 1);
    setContent(content);

    connect(m_count, &QSpinBox::valueChanged, this, [this](int count) {
        m_model->setLimit(count);
        renderChart();
    });
    for (QTabBar *tabs : {m_tabs, m_axisTabs}) {
        connect(tabs, &QTabBar::currentChanged, this, [this] {
            if (result())
                render();
        });
    }
    connect(m_table, &QTableView::clicked, this, [this](const QModelIndex &index) {
        if (const Hotspot *hotspot = m_model->hotspot(index.row()))
            open(m_model->axis(), hotspot->name());
    });
    connect(m_detail, &DetailPanel::closed, this, [this] { m_opened.clear(); });
    closeDetailOnEscape();
    retranslateView();
}

QString HotspotsView::title() const
{
    return tr("Hotspots");
}

void HotspotsView::retranslateView()
{
    m_countLabel->setText(tr("TOP"));
    m_axisTabs->setTabText(int(HotspotAxis::Category), tr("Categories"));
    m_axisTabs->setTabText(int(HotspotAxis::Tag), tr("Pain-point tags"));
    m_tabs->setTabText(0, tr("By volume"));
    m_tabs->setTabText(1, tr("By increase (增量)"));
    m_tabs->setTabText(2, tr("By 万投比"));
}

QString HotspotsView::missingNotice() const
{
    return missingData(StaleKeywords | MissingComplaints | MissingSubscribers | MissingPreviousMonth).join(u'\n');
}

HotspotRanking HotspotsView::ranking() const
{
    return HotspotRanking(m_tabs->currentIndex());
}

HotspotAxis HotspotsView::axis() const
{
    return HotspotAxis(m_axisTabs->currentIndex());
}

void HotspotsView::setAxis(HotspotAxis axis)
{
    m_axisTabs->setCurrentIndex(int(axis));
}

void HotspotsView::setRanking(HotspotRanking ranking)
{
    m_tabs->setCurrentIndex(int(ranking));
}

void HotspotsView::setCount(int count)
{
    m_count->setValue(count);
}

void HotspotsView::render()
{
    const auto analysis = result();
    const HotspotAxis by = axis();
    m_model->setSignificanceLevel(analysis->settings.analysis.significanceLevel);
    m_model->setHotspots(HotspotModel::list(*analysis, ranking(), by),
                         by == HotspotAxis::Tag ? analysis->tagTrends : analysis->categoryTrends, analysis->months,
                         analysis->lastMonth, analysis->period.journey.per10kEstimated, by);
    m_table->setColumnHidden(HotspotModel::Increase, false);
    m_note->setVisible(by == HotspotAxis::Tag && analysis->complaints > 0);
    if (m_note->isVisible())
        m_note->setText(HotspotModel::tagOverlapNote(*analysis));
    renderChart();
    if (!m_opened.isEmpty())
        renderDetail();
}

void HotspotsView::renderChart()
{
    const auto analysis = result();
    if (!analysis)
        return;
    ChartData data;
    data.horizontalBars = true;
    const HotspotRanking by = ranking();
    const QString period = by == HotspotRanking::Increase
        //: The two months an increase compares: the period's last month and the month before it.
        ? tr("%1 vs %2").arg(analysis->month, analysis->previousMonth)
        : DeskFormat::scope(analysis->filter, analysis->period.journey.fromMonth, analysis->period.journey.toMonth)
              .section(u" · "_s, -1);
    data.title = axis() == HotspotAxis::Tag
        ? tr("TOP%1 pain-point tags by %2, %3").arg(m_model->rowCount()).arg(HotspotModel::rankingName(by), period)
        : tr("TOP%1 by %2, %3").arg(m_model->rowCount()).arg(HotspotModel::rankingName(by), period);
    data.primaryAxisTitle = HotspotModel::rankingName(by);
    ChartSeries series{ChartSeries::Kind::Bars, HotspotModel::rankingName(by), {}, palette::series(by == HotspotRanking::Increase ? 5 : 0), false};
    // Bars run bottom to top: the first of the list goes last, to stand at the top.
    for (int row = m_model->rowCount() - 1; row >= 0; --row) {
        const Hotspot *hotspot = m_model->hotspot(row);
        data.categories << hotspot->name();
        series.values << (by == HotspotRanking::Increase ? countValue(hotspot->increase)
                          : by == HotspotRanking::Per10k ? hotspot->per10k
                                                         : double(hotspot->complaints));
    }
    data.series << series;
    // Counts and increases are whole complaints; 万投比 needs its decimals.
    data.valueDecimals = by == HotspotRanking::Per10k ? 3 : 0;
    m_chart->setEmptyText(HotspotModel::emptyReason(by, *analysis, axis()));
    m_chart->setData(data);
}

void HotspotsView::applyFocus(const ViewFocus &focus)
{
    if (!focus.category.isEmpty())
        openCategory(focus.category);
}

void HotspotsView::focusSearch()
{
    if (m_detail->isVisible())
        m_detail->complaints()->focusSearch();
}

bool HotspotsView::closeDetail()
{
    if (!m_detail->isVisible())
        return false;
    m_detail->hide();
    m_opened.clear();
    return true;
}

void HotspotsView::openCategory(const QString &category)
{
    open(HotspotAxis::Category, category);
}

void HotspotsView::openTag(const QString &tag)
{
    open(HotspotAxis::Tag, tag);
}

void HotspotsView::open(HotspotAxis axis, const QString &name)
{
    if (name.isEmpty())
        return;
    m_opened = name;
    m_openedAxis = axis;
    if (result())
        renderDetail();
}

void HotspotsView::renderDetail()
{
    const auto analysis = result();
    ChartData data;
    data.categories = DeskFormat::monthLabels(analysis->months, &data.categoryAxisTitle);
    const bool tag = m_openedAxis == HotspotAxis::Tag;
    data.title = tag ? tr("Pain-point tag %1: complaints by month").arg(m_opened)
                     : tr("%1: complaints by month").arg(m_opened);
    data.primaryAxisTitle = tr("Complaints");
    QList<double> values;
    for (qint64 n : (tag ? analysis->tagTrends : analysis->categoryTrends).value(m_opened))
        values << double(n);
    data.series << ChartSeries{ChartSeries::Kind::Bars, tr("Complaints"), values, palette::series(4), false};
    data.valueDecimals = 0;
    ComplaintSelection selection;
    selection.filter = analysis->filter;
    (tag ? selection.tag : selection.category) = m_opened;
    m_detail->showDetail(tr("%1 · %2").arg(m_opened, DeskFormat::scope(analysis->filter, analysis->period.journey.fromMonth,
                                                                       analysis->period.journey.toMonth)),
                         data, selection);
    for (int row = 0; row < m_model->rowCount(); ++row)
        if (m_model->axis() == m_openedAxis && m_model->hotspot(row)->name() == m_opened)
            m_table->selectRow(row);
}

} // namespace cx
