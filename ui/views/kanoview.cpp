#include "views/kanoview.h"

#include "charts/scatterchart.h"
#include "palette.h"
#include "service/analysisservice.h"
#include "service/productmodels.h"
#include "tableexport.h"
#include "views/draftjob.h"
#include "views/emptyhint.h"
#include "views/noticebar.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

#include <cmath>

namespace cx {

using namespace Qt::StringLiterals;

KanoView::KanoView(AnalysisService &service, QWidget *parent)
    : AnalysisView(service, parent)
    , m_chart(new ScatterChart(this))
    , m_table(new QTableView(this))
    , m_model(new KanoModel(this))
    , m_hint(new QLabel(this))
    , m_strategy(new QLabel(this))
    , m_workOrder(new QPushButton(this))
{
    m_chart->setMinimumSize(420, 360);
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->setWordWrap(false);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(KanoModel::Strategy, QHeaderView::Stretch);
    installTableCopy(m_table);
    installEmptyHint(m_table, [this] {
        return AnalysisView::service().facts().kano ? tr("No Kano question pairs answered in the filter.") : tr("Computing the Kano classes…");
    });
    m_hint->setWordWrap(true);
    m_strategy->setWordWrap(true);

    auto *bar = new QHBoxLayout;
    bar->setContentsMargins(0, 0, 0, 0);
    bar->addWidget(m_hint, 1);
    bar->addWidget(m_workOrder);
    auto *split = new QSplitter(Qt::Horizontal, this);
    auto *tableBox = new QWidget(this);
    auto *tableLayout = new QVBoxLayout(tableBox);
    tableLayout->setContentsMargins(0, 0, 0, 0);
    tableLayout->addWidget(m_table, 1);
    tableLayout->addWidget(m_strategy);
    split->addWidget(m_chart);
    split->addWidget(tableBox);
    split->setChildrenCollapsible(false);
    split->setSizes({480, 720});
    auto *content = new QWidget(this);
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(bar);
    layout->addWidget(split, 1);
    setContent(content);

    connect(&service, &AnalysisService::factReady, this, [this](FactKind kind) {
        if (kind == FactKind::Kano && isVisible())
            renderFeatures();
    });
    requestOnFilterChange({FactKind::Kano});
    connect(m_workOrder, &QPushButton::clicked, this, &KanoView::createWorkOrder);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &KanoView::showStrategy);
    retranslateView();
}

QString KanoView::title() const
{
    return tr("Kano");
}

void KanoView::retranslateView()
{
    m_workOrder->setText(tr("Create work order…"));
    m_workOrder->setToolTip(tr("A draft improvement work order for the selected feature"));
}

QString KanoView::missingNotice() const
{
    return missingData(MissingSurveys).join(u'\n');
}

void KanoView::render()
{
    renderFeatures();
}

ChartData KanoView::scatter(const QList<KanoFeature> &features)
{
    ChartData data;
    data.title = tr("Better / Worse of each feature");
    data.categoryAxisTitle = tr("|Worse|: how much lacking it dissatisfies");
    data.primaryAxisTitle = tr("Better: how much having it satisfies");
    data.range = QRectF(0, 0, 1, 1);
    data.hasSplit = true;
    data.split = QPointF(0.5, 0.5);
    data.quadrants = {tr("魅力 A attractive"), tr("期望 O one-dimensional"), tr("无差别 I indifferent"), tr("基础 M must-be")};
    for (const KanoFeature &f : features) {
        const double better = f.tally.better();
        const double worse = f.tally.worse();
        if (!std::isfinite(better) || !std::isfinite(worse) || !f.kanoClass)
            continue; // nothing but R and Q answers: no position on the plane
        const QChar letter = kanoClassLetter(*f.kanoClass);
        data.points.append({std::abs(worse), better, u"%1 (%2)"_s.arg(f.feature, letter), palette::series(int(*f.kanoClass)),
                            *f.kanoClass == KanoClass::Reverse || *f.kanoClass == KanoClass::Questionable});
    }
    return data;
}

void KanoView::renderFeatures()
{
    if (!service().isCurrent())
        return;
    if (!service().request(FactKind::Kano)) {
        m_featuresShown = false;
        m_chart->setEmptyText(tr("Computing the Kano classes…"));
        m_chart->setData({});
        return;
    }
    const QList<KanoFeature> &features = *service().facts().kano;
    m_model->setFeatures(features);
    if (!features.isEmpty())
        m_table->selectRow(0);
    showStrategy();
    m_chart->setEmptyText(tr("No Kano question pairs in the surveys of the filter. Import a survey export with paired "
                             "functional and dysfunctional questions (如果有… / 如果没有…) to classify features."));
    m_chart->setData(scatter(features));
    // Without any survey the base notice already says to import one.
    if (features.isEmpty() && service().summary().surveyResponses > 0)
        notice()->showNotice(tr("No Kano questions in the surveys of the filter: import a survey with Kano question pairs."),
                             tr("Import…"));
    const bool onePhase = std::any_of(features.cbegin(), features.cend(), [](const KanoFeature &f) { return f.phase.has_value(); });
    m_hint->setText(onePhase ? tr("Strategy for %1 in its phase: M first, always; R never built.")
                                   .arg(service().filter().products.value(0))
                             : tr("Sorted by priority: M first, then O, A, I; R is not to be built. Choose one product in the "
                                  "filter for the strategy of its lifecycle phase."));
    m_workOrder->setEnabled(!features.isEmpty());
    m_featuresShown = true;
    reportShown();
}

bool KanoView::isContentShown() const
{
    return service().facts().kano && m_featuresShown;
}

void KanoView::showStrategy()
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    const KanoFeature *f = m_model->feature(rows.isEmpty() ? 0 : rows.constFirst().row());
    m_strategy->setText(f ? tr("%1 (%2): %3").arg(f->feature, m_model->data(m_model->index(int(rows.isEmpty() ? 0 : rows.constFirst().row()), KanoModel::Class)).toString(),
                                                 KanoModel::strategy(*f))
                          : QString());
}

void KanoView::createWorkOrder()
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    const KanoFeature *feature = m_model->feature(rows.isEmpty() ? 0 : rows.constFirst().row());
    if (!feature)
        return;
    makeDraftOnWorker(this, service(), [feature = *feature](const DraftContext &context) { return draftFromKanoFeature(feature, context); },
                      [this](const WorkOrder &draft) { Q_EMIT workOrderDraftReady(draft); });
}

} // namespace cx
