#include "views/journeyview.h"

#include "charts/chart.h"
#include "complaints/complainttable.h"
#include "palette.h"
#include "service/analysisservice.h"
#include "service/deskformat.h"
#include "service/journeycomparisonmodel.h"
#include "service/journeymodel.h"
#include "tableexport.h"
#include "views/deskdelegates.h"
#include "views/detailpanel.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QSignalBlocker>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

#include <cmath>

namespace cx {

using namespace Qt::StringLiterals;

namespace {

enum CompareMode { Off, Months, Regions };

} // namespace

JourneyView::JourneyView(AnalysisService &service, QWidget *parent)
    : AnalysisView(service, parent)
    , m_model(new JourneyModel(this))
    , m_comparison(new JourneyComparisonModel(this))
    , m_table(new QTableView(this))
    , m_emotion(new EmotionDelegate(6, 9, this))
    , m_compareLabel(new QLabel(this))
    , m_compareMode(new QComboBox(this))
    , m_compareA(new QComboBox(this))
    , m_compareB(new QComboBox(this))
    , m_compareArrow(new QLabel(u"↔"_s, this))
    , m_compareStatus(new QLabel(this))
    , m_splitter(new QSplitter(Qt::Vertical, this))
    , m_detail(new DetailPanel(service, this))
{
    m_table->setModel(m_model);
    m_table->setItemDelegate(new DeskDelegate(m_table));
    m_table->setItemDelegateForRow(JourneyModel::Emotion, m_emotion);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionMode(QAbstractItemView::ContiguousSelection);
    m_table->setWordWrap(true);
    m_table->setShowGrid(true);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_table->horizontalHeader()->setMinimumSectionSize(96);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setHighlightSections(true);
    QFont headerFont = m_table->horizontalHeader()->font();
    headerFont.setBold(true);
    m_table->horizontalHeader()->setFont(headerFont);
    installTableCopy(m_table, true);

    for (QComboBox *combo : {m_compareA, m_compareB})
        combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_compareMode->addItems({QString(), QString(), QString()});
    m_compareStatus->setForegroundRole(QPalette::PlaceholderText);
    auto *compareBar = new QHBoxLayout;
    compareBar->setContentsMargins(0, 0, 0, 0);
    compareBar->addWidget(m_compareLabel);
    compareBar->addWidget(m_compareMode);
    compareBar->addWidget(m_compareA);
    compareBar->addWidget(m_compareArrow);
    compareBar->addWidget(m_compareB);
    compareBar->addWidget(m_compareStatus);
    compareBar->addStretch();

    m_detail->hide();
    m_splitter->addWidget(m_table);
    m_splitter->addWidget(m_detail);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    m_splitter->setChildrenCollapsible(false);

    auto *content = new QWidget(this);
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(compareBar);
    layout->addWidget(m_splitter, 1);
    setContent(content);

    connect(m_table, &QTableView::clicked, this, [this](const QModelIndex &index) {
        if (m_table->model() == m_model)
            openStage(m_model->stageAt(index.column()));
        else
            openStage(m_comparison->stageAt(index.column()));
    });
    connect(m_table->horizontalHeader(), &QHeaderView::sectionClicked, this, [this](int column) {
        openStage(m_table->model() == m_model ? m_model->stageAt(column) : m_comparison->stageAt(column));
    });
    connect(m_detail, &DetailPanel::closed, this, [this] { m_stage.clear(); });
    closeDetailOnEscape();
    connect(m_compareMode, &QComboBox::currentIndexChanged, this, [this] {
        updateCompareChoices();
        startComparison();
    });
    for (QComboBox *combo : {m_compareA, m_compareB})
        connect(combo, &QComboBox::currentIndexChanged, this, &JourneyView::startComparison);
    connect(&service, &AnalysisService::factReady, this, [this](FactKind kind) {
        if (kind == FactKind::OpenWorkOrders && AnalysisView::service().facts().openWorkOrders)
            m_model->setOpenWorkOrders(AnalysisView::service().facts().openWorkOrders);
    });
    retranslateView();
}

JourneyView::~JourneyView() = default;

QString JourneyView::title() const
{
    return tr("Journey map");
}

void JourneyView::retranslateView()
{
    m_compareLabel->setText(tr("Compare:"));
    m_compareMode->setItemText(Off, tr("Off"));
    m_compareMode->setItemText(Months, tr("Two months"));
    m_compareMode->setItemText(Regions, tr("Two regions"));
}

QString JourneyView::missingNotice() const
{
    return missingData(StaleKeywords | MissingSurveys | MissingComplaints | MissingSubscribers).join(u'\n');
}

void JourneyView::render()
{
    const auto analysis = result();
    m_model->setAnalysis(analysis);
    m_model->setOwners(service().stageOwners());
    m_model->setOpenWorkOrders(service().request(FactKind::OpenWorkOrders) ? service().facts().openWorkOrders
                                                                            : std::nullopt);
    double low = INFINITY;
    double high = -INFINITY;
    for (const JourneyCell &cell : analysis->period.journey.cells) {
        if (std::isfinite(cell.satisfaction)) {
            low = std::min(low, cell.satisfaction);
            high = std::max(high, cell.satisfaction);
        }
    }
    if (std::isfinite(low))
        m_emotion->setRange(std::floor((low - 0.25) * 2) / 2, std::ceil((high + 0.25) * 2) / 2);
    updateCompareChoices();
    startComparison();
    if (!m_stage.isEmpty())
        renderDetail();
}

void JourneyView::applyFocus(const ViewFocus &focus)
{
    if (!focus.stage.isEmpty())
        openStage(focus.stage);
}

void JourneyView::focusSearch()
{
    if (m_detail->isVisible())
        m_detail->complaints()->focusSearch();
}

bool JourneyView::closeDetail()
{
    if (!m_detail->isVisible())
        return false;
    m_detail->hide();
    m_stage.clear();
    return true;
}

void JourneyView::openStage(const QString &stage)
{
    if (stage.isEmpty())
        return;
    m_stage = stage;
    if (result())
        renderDetail();
}

void JourneyView::renderDetail()
{
    const auto analysis = result();
    const auto trend = std::find_if(analysis->stages.cbegin(), analysis->stages.cend(),
                                    [this](const StageTrend &t) { return t.stage == m_stage; });
    ChartData chart;
    chart.categories = DeskFormat::monthLabels(analysis->months, &chart.categoryAxisTitle);
    chart.primaryAxisTitle = tr("Satisfaction");
    chart.secondaryAxisTitle = tr("Complaints");
    chart.markedName = tr("Alert");
    if (trend != analysis->stages.cend()) {
        chart.title = tr("%1: satisfaction and complaints by month").arg(m_stage);
        QList<double> complaints;
        for (qint64 n : trend->complaints)
            complaints << double(n);
        if (analysis->complaints > 0)
            chart.series << ChartSeries{ChartSeries::Kind::Bars, tr("Complaints"), complaints, palette::series(4), true};
        chart.series << ChartSeries{ChartSeries::Kind::Line, tr("Satisfaction"), trend->satisfaction, palette::series(0), false};
        chart.marked = trend->alertMonths;
    }
    ComplaintSelection selection;
    selection.filter = analysis->filter;
    selection.stage = m_stage;
    m_detail->showDetail(tr("%1 · %2").arg(m_stage, DeskFormat::scope(analysis->filter, analysis->period.journey.fromMonth,
                                                                       analysis->period.journey.toMonth)),
                         chart, selection);
    const int column = m_table->model() == m_model ? m_model->columnOf(m_stage) : -1;
    if (column >= 0)
        m_table->selectColumn(column);
}

void JourneyView::updateCompareChoices()
{
    const auto analysis = result();
    const int mode = m_compareMode->currentIndex();
    m_compareA->setVisible(mode != Off);
    m_compareB->setVisible(mode != Off);
    m_compareArrow->setVisible(mode != Off);
    if (!analysis || mode == Off)
        return;
    QStringList choices;
    if (mode == Months) {
        choices = analysis->months;
    } else {
        for (const SatisfactionFigures &area : analysis->period.satisfaction.byArea)
            choices << area.label;
    }
    for (QComboBox *combo : {m_compareA, m_compareB}) {
        QStringList current;
        for (int i = 0; i < combo->count(); ++i)
            current << combo->itemText(i);
        if (current == choices)
            continue;
        const QSignalBlocker blocker(combo);
        const QString previous = combo->currentText();
        combo->clear();
        combo->addItems(choices);
        int index = combo->findText(previous);
        if (index < 0) {
            // Months: the month before against the period's last; regions: the first two.
            if (mode == Months)
                index = int(choices.indexOf(combo == m_compareA ? (analysis->previousMonth.isEmpty() ? analysis->month
                                                                                               : analysis->previousMonth)
                                                                : analysis->month));
            else
                index = combo == m_compareA ? 0 : std::min<int>(1, int(choices.size()) - 1);
        }
        combo->setCurrentIndex(std::max(0, index));
    }
}

AnalysisFilter JourneyView::comparedFilter(int choice) const
{
    const auto analysis = result();
    AnalysisFilter filter = analysis->filter;
    const QComboBox *combo = choice == 0 ? m_compareA : m_compareB;
    if (m_compareMode->currentIndex() == Months) {
        filter.fromMonth = filter.toMonth = combo->currentText();
    } else {
        filter.region = filter.region.child(combo->currentText());
    }
    return filter;
}

void JourneyView::startComparison()
{
    const auto analysis = result();
    if (!analysis || m_compareMode->currentIndex() == Off || m_compareA->count() == 0 || !service().cube()) {
        m_compareJobs.cancel();
        m_compareStatus->clear();
        if (m_table->model() != m_model) {
            m_table->setModel(m_model);
            m_table->setItemDelegateForRow(JourneyModel::Emotion, m_emotion);
        }
        return;
    }
    const AnalysisFilter a = comparedFilter(0);
    const AnalysisFilter b = comparedFilter(1);
    const QString labelA = m_compareA->currentText();
    const QString labelB = m_compareB->currentText();
    m_compareStatus->setText(tr("Comparing…"));
    m_compareJobs.start(
        nullptr,
        [cube = service().cube(), settings = service().settings().analysis, a, b](const JobToken &) {
            return std::pair{journeyMatrix(cube->slice(a), settings), journeyMatrix(cube->slice(b), settings)};
        },
        [this, labelA, labelB](const std::pair<JourneyMatrix, JourneyMatrix> &matrices) {
            m_comparison->setComparison(matrices.first, labelA, matrices.second, labelB, service().settings().analysis);
            if (m_table->model() != m_comparison) {
                m_table->setItemDelegateForRow(JourneyModel::Emotion, nullptr);
                m_table->setModel(m_comparison);
            }
            m_compareStatus->setText(tr("highlighted: changes beyond the alert thresholds or across a light"));
        });
}

void JourneyView::compare(bool regions, int a, int b)
{
    m_compareMode->setCurrentIndex(regions ? Regions : Months);
    m_compareA->setCurrentIndex(a);
    m_compareB->setCurrentIndex(b);
    startComparison();
}

void JourneyView::stopComparing()
{
    m_compareMode->setCurrentIndex(Off);
}

} // namespace cx
