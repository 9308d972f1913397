#include "views/alertsview.h"

#include "charts/chart.h"
#include "palette.h"
#include "service/alertmodel.h"
#include "service/analysisservice.h"
#include "service/deskformat.h"
#include "tableexport.h"
#include "views/deskdelegates.h"
#include "views/emptyhint.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QSignalBlocker>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

#include <cmath>

namespace cx {

using namespace Qt::StringLiterals;

namespace {

// Sorts by the numbers behind p values and changes, by text otherwise.
class AlertSortModel : public QSortFilterProxyModel
{
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;

protected:
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override
    {
        const QVariant a = left.data(ValueRole);
        const QVariant b = right.data(ValueRole);
        if (a.isValid() && b.isValid())
            return a.toDouble() < b.toDouble();
        return QSortFilterProxyModel::lessThan(left, right);
    }
};

} // namespace

AlertsView::AlertsView(AnalysisService &service, QWidget *parent)
    : AnalysisView(service, parent)
    , m_metricLabel(new QLabel(this))
    , m_metric(new QComboBox(this))
    , m_stageLabel(new QLabel(this))
    , m_stage(new QComboBox(this))
    , m_count(new QLabel(this))
    , m_model(new AlertModel(this))
    , m_sorted(new AlertSortModel(this))
    , m_table(new QTableView(this))
    , m_chart(Chart::create(this))
{
    m_metric->addItems({QString(), QString(), QString(), QString()});
    m_stage->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_sorted->setSourceModel(m_model);
    m_table->setModel(m_sorted);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(-1, Qt::AscendingOrder);
    m_table->setItemDelegate(new DeskDelegate(m_table));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->setWordWrap(false);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(AlertModel::Series, QHeaderView::Stretch);
    installTableCopy(m_table);
    installEmptyHint(m_table, [this] {
        const auto analysis = result();
        if (analysis && !analysis->historyComplete)
            return tr("Finding the significant changes in the scope's history…");
        return m_model->totalCount() == 0 ? tr("No significant change in the history of this scope.")
                                          : tr("No alert of this metric and stage: choose others above.");
    });

    auto *bar = new QHBoxLayout;
    bar->setContentsMargins(0, 0, 0, 0);
    bar->addWidget(m_metricLabel);
    bar->addWidget(m_metric);
    bar->addSpacing(12);
    bar->addWidget(m_stageLabel);
    bar->addWidget(m_stage);
    bar->addSpacing(12);
    bar->addWidget(m_count);
    bar->addStretch();
    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_table);
    split->addWidget(m_chart);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 1);
    split->setChildrenCollapsible(false);
    // Half each: the chart's month labels and axis title need the height.
    split->setSizes({1000, 1000});
    auto *content = new QWidget(this);
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(bar);
    layout->addWidget(split, 1);
    setContent(content);

    connect(m_metric, &QComboBox::currentIndexChanged, this, &AlertsView::applyNarrowing);
    connect(m_stage, &QComboBox::currentIndexChanged, this, &AlertsView::applyNarrowing);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &AlertsView::renderChart);
    connect(m_table, &QTableView::activated, this, [this](const QModelIndex &index) {
        const auto analysis = result();
        if (const AlertSeries *series = m_model->alert(m_sorted->mapToSource(index).row()); series && analysis)
            Q_EMIT navigateRequested(focusForAlert(series->alert, analysis->filter));
    });
    retranslateView();
}

QString AlertsView::title() const
{
    return tr("Alerts");
}

void AlertsView::retranslateView()
{
    m_metricLabel->setText(tr("Metric:"));
    m_metric->setItemText(0, tr("All metrics"));
    m_metric->setItemText(1, DeskFormat::metricName(AlertMetric::Satisfaction));
    m_metric->setItemText(2, DeskFormat::metricName(AlertMetric::SatisfiedRate));
    m_metric->setItemText(3, DeskFormat::metricName(AlertMetric::Complaints));
    m_stageLabel->setText(tr("Stage:"));
    if (m_stage->count() > 0)
        m_stage->setItemText(0, tr("All stages"));
    m_chart->setEmptyText(tr("Select an alert to chart its series."));
}

QString AlertsView::missingNotice() const
{
    QStringList lines = missingData(MissingSurveys | MissingComplaints);
    const auto analysis = result();
    if (analysis && analysis->months.size() < 2)
        lines << tr("Alerts compare a month with the month before: the data holds only %n month(s).", nullptr,
                    int(analysis->months.size()));
    return lines.join(u'\n');
}

void AlertsView::narrow(int metricChoice, const QString &stage)
{
    m_metric->setCurrentIndex(metricChoice);
    m_stage->setCurrentIndex(std::max(0, m_stage->findText(stage)));
}

void AlertsView::render()
{
    const auto analysis = result();
    {
        const QSignalBlocker blocker(m_stage);
        const QString stage = m_stage->currentIndex() > 0 ? m_stage->currentText() : QString();
        m_stage->clear();
        m_stage->addItem(tr("All stages"));
        for (const StageTrend &trend : analysis->stages)
            m_stage->addItem(trend.stage);
        m_stage->setCurrentIndex(std::max(0, m_stage->findText(stage)));
    }
    m_model->setAlerts(analysis->history, analysis->months);
    applyNarrowing();
}

void AlertsView::applyNarrowing()
{
    std::optional<AlertMetric> metric;
    if (m_metric->currentIndex() > 0)
        metric = AlertMetric(m_metric->currentIndex() - 1);
    m_model->setNarrowing(metric, m_stage->currentIndex() > 0 ? m_stage->currentText() : QString());
    const auto analysis = result();
    if (analysis && !analysis->historyComplete)
        m_count->setText(tr("Finding the significant changes in the scope's history…"));
    else
        m_count->setText(tr("%1 of %n alert(s) in the scope's history", nullptr, int(m_model->totalCount()))
                             .arg(m_model->rowCount()));
    if (m_model->rowCount() > 0 && !m_table->selectionModel()->currentIndex().isValid())
        m_table->selectRow(0);
    renderChart();
}

void AlertsView::renderChart()
{
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    const AlertSeries *series = current.isValid() ? m_model->alert(m_sorted->mapToSource(current).row()) : nullptr;
    ChartData data;
    if (series) {
        const Alert &a = series->alert;
        data.title = u"%1: %2 %3"_s.arg(AlertModel::scopeText(a), DeskFormat::metricName(a.metric), AlertModel::beforeAfter(a));
        m_chart->setToolTip(a.description());
        data.categories = DeskFormat::monthLabels(m_model->months(), &data.categoryAxisTitle);
        QList<double> values = series->values;
        if (a.metric == AlertMetric::SatisfiedRate)
            for (double &v : values)
                v *= 100.0;
        data.primaryAxisTitle = a.metric == AlertMetric::SatisfiedRate ? tr("满意率 (%)") : DeskFormat::metricName(a.metric);
        data.series << ChartSeries{a.metric == AlertMetric::Complaints ? ChartSeries::Kind::Bars : ChartSeries::Kind::Line,
                                   DeskFormat::metricName(a.metric), values, palette::series(0), false};
        data.marked = {series->monthIndex};
        data.markedName = tr("Alert month");
    }
    m_chart->setData(data);
}

} // namespace cx
