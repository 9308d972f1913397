#include "views/dashboardview.h"

#include "service/analysisservice.h"
#include "service/deskformat.h"
#include "service/hotspotmodel.h"
#include "service/productstatusmodel.h"
#include "tableexport.h"
#include "views/deskdelegates.h"
#include "views/emptyhint.h"
#include "views/headlinecard.h"

#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QSplitter>
#include <QTabBar>
#include <QTableView>
#include <QVBoxLayout>

#include <cmath>

namespace cx {

using namespace Qt::StringLiterals;

namespace {

QLabel *sectionTitle(QWidget *parent)
{
    auto *label = new QLabel(parent);
    QFont font = label->font();
    font.setBold(true);
    label->setFont(font);
    return label;
}

void setUpTable(QTableView *table)
{
    table->setItemDelegate(new DeskDelegate(table));
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->verticalHeader()->hide();
    table->setWordWrap(false);
    table->horizontalHeader()->setHighlightSections(false);
    installTableCopy(table);
}

} // namespace

DashboardView::DashboardView(AnalysisService &service, QWidget *parent)
    : AnalysisView(service, parent)
    , m_complaints(new HeadlineCard(this))
    , m_responses(new HeadlineCard(this))
    , m_nps(new HeadlineCard(this))
    , m_satisfaction(new HeadlineCard(this))
    , m_grid(new QTableView(this))
    , m_status(new ProductStatusModel(this))
    , m_alerts(new QListWidget(this))
    , m_hotspotTabs(new QTabBar(this))
    , m_hotspotTable(new QTableView(this))
    , m_hotspots(new HotspotModel(this))
{
    auto *content = new QWidget(this);
    m_gridTitle = sectionTitle(content);
    m_alertsTitle = sectionTitle(content);
    m_hotspotsTitle = sectionTitle(content);

    auto *cards = new QHBoxLayout;
    cards->setSpacing(10);
    for (HeadlineCard *card : {m_complaints, m_responses, m_nps, m_satisfaction})
        cards->addWidget(card, 1);

    m_grid->setModel(m_status);
    setUpTable(m_grid);
    m_grid->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_grid->horizontalHeader()->setSectionResizeMode(ProductStatusModel::Product, QHeaderView::ResizeToContents);
    m_grid->verticalHeader()->setDefaultSectionSize(m_grid->fontMetrics().height() + 10);

    m_alerts->setWordWrap(true);
    m_alerts->setAlternatingRowColors(true);
    m_alerts->setSelectionMode(QAbstractItemView::ExtendedSelection);
    installTableCopy(m_alerts);

    for (int i = 0; i < 3; ++i)
        m_hotspotTabs->addTab(QString());
    m_hotspotTabs->setExpanding(false);
    m_hotspots->setLimit(10);
    m_hotspots->setKeywordLimit(3);
    m_hotspotTable->setModel(m_hotspots);
    setUpTable(m_hotspotTable);
    m_hotspotTable->setColumnHidden(HotspotModel::Stage, true);
    m_hotspotTable->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_hotspotTable->horizontalHeader()->setSectionResizeMode(HotspotModel::Keywords, QHeaderView::Stretch);
    m_hotspotTable->verticalHeader()->setDefaultSectionSize(m_hotspotTable->fontMetrics().height() + 8);
    installEmptyHint(m_hotspotTable, [this] {
        const auto analysis = result();
        return analysis ? HotspotModel::emptyReason(HotspotRanking(m_hotspotTabs->currentIndex()), *analysis) : QString();
    });

    auto *alertsBox = new QWidget(content);
    auto *alertsLayout = new QVBoxLayout(alertsBox);
    alertsLayout->setContentsMargins(0, 0, 0, 0);
    alertsLayout->addWidget(m_alertsTitle);
    alertsLayout->addWidget(m_alerts, 1);
    auto *hotspotsBox = new QWidget(content);
    auto *hotspotsLayout = new QVBoxLayout(hotspotsBox);
    hotspotsLayout->setContentsMargins(0, 0, 0, 0);
    auto *hotspotsHeading = new QHBoxLayout;
    hotspotsHeading->addWidget(m_hotspotsTitle);
    hotspotsHeading->addWidget(m_hotspotTabs);
    hotspotsHeading->addStretch();
    hotspotsLayout->addLayout(hotspotsHeading);
    hotspotsLayout->addWidget(m_hotspotTable, 1);
    auto *lower = new QSplitter(Qt::Horizontal, content);
    lower->addWidget(alertsBox);
    lower->addWidget(hotspotsBox);
    lower->setStretchFactor(0, 2);
    lower->setStretchFactor(1, 3);
    lower->setChildrenCollapsible(false);

    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(cards);
    layout->addWidget(m_gridTitle);
    layout->addWidget(m_grid, 2);
    layout->addWidget(lower, 3);
    setContent(content);

    connect(m_complaints, &HeadlineCard::clicked, this, [this] { Q_EMIT navigateRequested({DeskView::Hotspots, {}, {}, {}}); });
    for (HeadlineCard *card : {m_responses, m_nps, m_satisfaction})
        connect(card, &HeadlineCard::clicked, this, [this] { Q_EMIT navigateRequested({DeskView::Journey, {}, {}, {}}); });
    connect(m_grid, &QTableView::activated, this, [this](const QModelIndex &index) { openProduct(index.row()); });
    connect(m_alerts, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) { openAlert(m_alerts->row(item)); });
    connect(m_hotspotTable, &QTableView::activated, this, [this](const QModelIndex &index) { openHotspot(index.row()); });
    connect(m_hotspotTabs, &QTabBar::currentChanged, this, &DashboardView::renderHotspots);
    connect(&service, &AnalysisService::factReady, this, [this](FactKind kind) {
        if (kind == FactKind::Attainment)
            renderAttainment();
    });
    retranslateView();
}

QString DashboardView::title() const
{
    return tr("Dashboard");
}

void DashboardView::retranslateView()
{
    m_complaints->setCaption(tr("Complaints"));
    m_responses->setCaption(tr("Survey responses"));
    m_nps->setCaption(tr("NPS"));
    m_satisfaction->setCaption(tr("Satisfaction"));
    m_gridTitle->setText(tr("Traffic lights (红绿灯) by product: ● on target · ▲ near · ■ missed; a change in colour is "
                            "significant, a grey one is not"));
    m_hotspotsTitle->setText(tr("TOP10 hotspots"));
    m_hotspotTabs->setTabText(0, tr("By volume"));
    m_hotspotTabs->setTabText(1, tr("By increase (增量)"));
    m_hotspotTabs->setTabText(2, tr("By 万投比"));
}

QString DashboardView::missingNotice() const
{
    return missingData(MissingSurveys | MissingComplaints | MissingSubscribers | MissingPreviousMonth).join(u'\n');
}

QString DashboardView::scopeDetail() const
{
    const auto analysis = result();
    if (!analysis || analysis->month.isEmpty())
        return {};
    return analysis->previousMonth.isEmpty() ? tr("month shown: %1").arg(analysis->month)
                                             : tr("month shown: %1 (against %2)").arg(analysis->month, analysis->previousMonth);
}

void DashboardView::render()
{
    const auto analysis = result();
    renderCards();
    m_status->setStatus(analysis->products, analysis->month, analysis->previousMonth,
                        analysis->settings.analysis.significanceLevel);
    renderAttainment();
    renderAlerts();
    renderHotspots();
}

void DashboardView::renderCards()
{
    const auto analysis = result();
    const Headline &h = analysis->headline;
    const QString vs = analysis->previousMonth;
    const double alpha = analysis->settings.analysis.significanceLevel;
    const auto tip = [&](const QString &now, const QString &before, const MonthOverMonth &figure) {
        QString text = vs.isEmpty() ? tr("%1: %2").arg(analysis->month, now)
                                    : tr("%1: %2\n%3: %4").arg(analysis->month, now, vs, before);
        if (std::isfinite(figure.pValue))
            text += u'\n'
                + (figure.pValue < alpha ? tr("Significant change (%1)") : tr("Not a significant change (%1)"))
                      .arg(DeskFormat::pValue(figure.pValue));
        return text;
    };
    // The change with its p; coloured only when significant.
    const auto change = [&](const QString &delta, const MonthOverMonth &figure, bool higherIsBetter) {
        if (delta.isEmpty() || !std::isfinite(figure.pValue))
            return std::pair{delta, HeadlineCard::Tone::Neutral};
        const QString text = tr("%1 · %2").arg(delta, DeskFormat::pValue(figure.pValue));
        if (!(figure.pValue < alpha) || figure.delta() == 0)
            return std::pair{text, HeadlineCard::Tone::Neutral};
        const bool better = higherIsBetter ? figure.delta() > 0 : figure.delta() < 0;
        return std::pair{text, better ? HeadlineCard::Tone::Better : HeadlineCard::Tone::Worse};
    };
    const auto show = [&](HeadlineCard *card, const QString &value, const QString &delta, const MonthOverMonth &figure,
                          bool higherIsBetter, const QString &now, const QString &before) {
        const auto [text, tone] = change(delta, figure, higherIsBetter);
        card->setFigure(value, text, tone, tip(now, before, figure));
    };
    show(m_complaints,
         analysis->complaints == 0 ? DeskFormat::noComplaintData() : DeskFormat::number(h.complaints.value, 0),
         DeskFormat::countChange(h.complaints.value, h.complaints.previous), h.complaints, false,
         DeskFormat::number(h.complaints.value, 0), DeskFormat::number(h.complaints.previous, 0));
    // The number of answers is the surveys' sample size, not a measure: its change is not tested.
    show(m_responses, analysis->responses == 0 ? DeskFormat::noSurveyData() : DeskFormat::number(h.responses.value, 0),
         DeskFormat::countChange(h.responses.value, h.responses.previous), h.responses, true,
         DeskFormat::number(h.responses.value, 0), DeskFormat::number(h.responses.previous, 0));
    show(m_nps, DeskFormat::number(h.nps.value, 1, DeskFormat::noSurveyData()), DeskFormat::delta(h.nps.delta(), 1), h.nps,
         true, DeskFormat::number(h.nps.value, 1, DeskFormat::noSurveyData()),
         DeskFormat::number(h.nps.previous, 1, DeskFormat::noSurveyData()));
    show(m_satisfaction, DeskFormat::number(h.satisfaction.value, 2, DeskFormat::noSurveyData()),
         DeskFormat::delta(h.satisfaction.delta(), 2), h.satisfaction, true,
         DeskFormat::number(h.satisfaction.value, 2, DeskFormat::noSurveyData()),
         DeskFormat::number(h.satisfaction.previous, 2, DeskFormat::noSurveyData()));
}

void DashboardView::renderAttainment()
{
    const auto analysis = result();
    if (!analysis || !service().isCurrent())
        return;
    if (!service().request(FactKind::Attainment)) {
        m_status->setAttainment(std::nullopt);
        return;
    }
    m_status->setAttainment(AttainmentSummary::of(*service().facts().attainment, analysis->month, analysis->previousMonth));
}

void DashboardView::renderAlerts()
{
    const auto analysis = result();
    const QList<Alert> &alerts = analysis->period.alerts;
    m_alertsTitle->setText(tr("Significant alerts (显著预警): %n", nullptr, int(alerts.size())));
    m_alerts->clear();
    for (const Alert &alert : alerts) {
        auto *item = new QListWidgetItem(alert.description(), m_alerts);
        item->setToolTip(tr("Open the journey map on %1, %2").arg(alert.product.isEmpty() ? tr("all products") : alert.product,
                                                                  alert.month));
    }
    if (alerts.isEmpty()) {
        auto *item = new QListWidgetItem(analysis->previousMonth.isEmpty() && analysis->firstMonth == analysis->lastMonth
                                             ? tr("No alerts: a change needs the month before to compare with.")
                                             : tr("No significant drop in the period."),
                                         m_alerts);
        item->setFlags(Qt::NoItemFlags);
    }
}

void DashboardView::renderHotspots()
{
    const auto analysis = result();
    if (!analysis)
        return;
    const Hotspots &h = analysis->period.hotspots;
    const QList<Hotspot> &list = m_hotspotTabs->currentIndex() == 1 ? h.byIncrease
        : m_hotspotTabs->currentIndex() == 2                        ? h.byPer10k
                                                                    : h.byVolume;
    m_hotspots->setHotspots(list, analysis->categoryTrends, analysis->months, analysis->lastMonth,
                            analysis->period.journey.per10kEstimated);
    m_hotspotTable->setColumnHidden(HotspotModel::Increase, m_hotspotTabs->currentIndex() == 2);
}

QStringList DashboardView::alertTexts() const
{
    QStringList texts;
    for (int i = 0; i < m_alerts->count(); ++i)
        texts << m_alerts->item(i)->text();
    return texts;
}

void DashboardView::openProduct(int row)
{
    const auto analysis = result();
    if (!analysis || row < 0 || row >= analysis->products.size())
        return;
    AnalysisFilter filter = analysis->filter;
    if (const QString product = analysis->products.at(row).product; !product.isEmpty())
        filter.products = {product};
    filter.fromMonth = filter.toMonth = analysis->month;
    Q_EMIT navigateRequested({DeskView::Journey, filter, {}, {}});
}

void DashboardView::openAlert(int row)
{
    const auto analysis = result();
    if (!analysis || row < 0 || row >= analysis->period.alerts.size())
        return;
    Q_EMIT navigateRequested(focusForAlert(analysis->period.alerts.at(row), analysis->filter));
}

void DashboardView::openHotspot(int row)
{
    if (const Hotspot *hotspot = m_hotspots->hotspot(row))
        Q_EMIT navigateRequested({DeskView::Hotspots, {}, hotspot->stage, hotspot->category});
}

} // namespace cx
