#include "views/funnelview.h"

#include "charts/chart.h"
#include "palette.h"
#include "service/analysisservice.h"
#include "service/deskanalysis.h"
#include "service/deskformat.h"
#include "service/funnelmodel.h"
#include "tableexport.h"
#include "views/draftjob.h"
#include "views/emptyhint.h"
#include "views/noticebar.h"

#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

#include <cmath>

namespace cx {

using namespace Qt::StringLiterals;

namespace {

constexpr int stageCount = 4;

QStringList rateNames()
{
    QStringList names;
    for (int s = 0; s < stageCount; ++s)
        names << funnelRateName(FunnelStage(s));
    return names;
}

ChartFunnel funnelRow(const QString &label, const FunnelRates &rates, const ExperienceGap &gap, const QString &missing)
{
    ChartFunnel row;
    row.label = label;
    row.values = QList<double>(rates.cbegin(), rates.cend());
    row.gap = gap.valid ? int(gap.from) : -1;
    const bool any = std::any_of(rates.cbegin(), rates.cend(), [](double v) { return std::isfinite(v); });
    row.note = gap.valid ? FunnelFormat::gap(gap) : any ? FunnelView::tr("gap unknown: a rate is missing") : missing;
    return row;
}

} // namespace

FunnelView::FunnelView(AnalysisService &service, QWidget *parent)
    : AnalysisView(service, parent)
    , m_pages(new QStackedWidget(this))
    , m_hint(new QLabel(this))
    , m_workOrder(new QPushButton(this))
    , m_comparison(Chart::createFunnel(this))
    , m_table(new QTableView(this))
    , m_model(new FunnelModel(this))
    , m_back(new QPushButton(this))
    , m_heading(new QLabel(this))
    , m_focus(new QLabel(this))
    , m_months(Chart::createFunnel(this))
    , m_trend(Chart::create(this))
{
    m_hint->setWordWrap(true);
    setUpResultTable(m_table, m_model, FunnelModel::Focus);
    installEmptyHint(m_table, [this] {
        return AnalysisView::service().facts().funnel ? tr("No funnel rates in the period: import the monthly funnel rates "
                                                           "(知晓率, 认知率, 认同率, 认可率) of the products.")
                                                      : tr("Computing the funnels…");
    });
    m_comparison->setMinimumSize(480, 260);
    m_months->setMinimumSize(380, 260);
    m_trend->setMinimumSize(380, 260);
    QFont bold = m_heading->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.15);
    m_heading->setFont(bold);
    m_heading->setTextFormat(Qt::PlainText);
    m_focus->setWordWrap(true);
    m_focus->setTextFormat(Qt::PlainText);
    m_focus->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *overview = new QSplitter(Qt::Vertical, this);
    overview->addWidget(m_comparison);
    overview->addWidget(m_table);
    overview->setChildrenCollapsible(false);
    overview->setSizes({400, 220});

    auto *detail = new QWidget(this);
    auto *detailLayout = new QVBoxLayout(detail);
    detailLayout->setContentsMargins(0, 0, 0, 0);
    auto *heading = new QHBoxLayout;
    heading->addWidget(m_back);
    heading->addWidget(m_heading, 1);
    detailLayout->addLayout(heading);
    detailLayout->addWidget(m_focus);
    auto *charts = new QSplitter(Qt::Horizontal, detail);
    charts->addWidget(m_months);
    charts->addWidget(m_trend);
    charts->setChildrenCollapsible(false);
    charts->setSizes({560, 560});
    detailLayout->addWidget(charts, 1);
    m_pages->addWidget(overview);
    m_pages->addWidget(detail);

    auto *bar = new QHBoxLayout;
    bar->setContentsMargins(0, 0, 0, 0);
    bar->addWidget(m_hint, 1);
    bar->addWidget(m_workOrder);
    auto *content = new QWidget(this);
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(bar);
    layout->addWidget(m_pages, 1);
    setContent(content);

    connect(&service, &AnalysisService::factReady, this, [this](FactKind kind) {
        if ((kind == FactKind::Funnel || kind == FactKind::Lifecycle) && isVisible())
            renderFunnels();
    });
    const auto openRow = [this](int row) {
        if (const ProductFunnel *f = m_model->funnel(row))
            openProduct(f->product);
    };
    connect(m_comparison, &Chart::itemActivated, this, openRow);
    connect(m_table, &QTableView::clicked, this, [openRow](const QModelIndex &index) { openRow(index.row()); });
    connect(m_back, &QPushButton::clicked, this, &FunnelView::closeDetail);
    connect(m_workOrder, &QPushButton::clicked, this, &FunnelView::createWorkOrder);
    closeDetailOnEscape();
    retranslateView();
}

QString FunnelView::title() const
{
    return tr("Experience funnel");
}

void FunnelView::retranslateView()
{
    m_hint->setText(tr("体验生命周期: 知晓率 → 认知率 → 认同率 → 认可率, averaged over the period; the hatched drop is the "
                       "experience gap (体验鸿沟), the largest drop between consecutive rates. Sorted by the gap; click a "
                       "product for its months."));
    m_back->setText(tr("‹ All products"));
    m_back->setToolTip(tr("Back to all products (Esc)"));
    m_workOrder->setText(tr("Create work order…"));
    m_workOrder->setToolTip(tr("A draft improvement work order for the experience gap of the selected product"));
}

QString FunnelView::missingNotice() const
{
    const FactAnalyses &facts = service().facts();
    if (facts.funnel && facts.funnel->isEmpty())
        return tr("No funnel rates in the period: import the monthly funnel rates of the products (知晓率, 认知率, 认同率, "
                  "认可率 per product and month).");
    return {};
}

QString FunnelView::scopeDetail() const
{
    return service().filter().region.isProvince() ? QString() : tr("funnel rates are province-wide");
}

void FunnelView::render()
{
    renderFunnels();
}

QStringList FunnelView::periodMonths() const
{
    const std::shared_ptr<const DeskAnalysis> analysis = result();
    if (!analysis || !analysis->hasPeriod())
        return {};
    return analysis->months.mid(analysis->firstMonth, analysis->lastMonth - analysis->firstMonth + 1);
}

void FunnelView::renderFunnels()
{
    if (!service().isCurrent())
        return;
    const bool lifecycle = service().request(FactKind::Lifecycle);
    if (!service().request(FactKind::Funnel)) {
        m_comparison->setEmptyText(tr("Computing the funnels…"));
        m_comparison->setData({});
        return;
    }
    QHash<QString, LifecyclePhase> phases;
    if (lifecycle)
        for (const ProductLifecycle &p : *service().facts().lifecycle)
            if (p.phase)
                phases.insert(p.product, *p.phase);
    const QString selected = actedOn() ? actedOn()->product : QString();
    m_model->setFunnels(*service().facts().funnel, phases);
    m_table->selectRow(std::max(0, m_model->row(selected)));
    m_comparison->setEmptyText(tr("No funnel rates in the period. Import the monthly funnel rates of the products "
                                  "(知晓率, 认知率, 认同率, 认可率) to see where each product loses its customers."));
    m_comparison->setData(comparison(*m_model));
    m_workOrder->setEnabled(m_model->rowCount() > 0);
    notice()->showNotice(missingNotice(), missingNotice().isEmpty() ? QString() : tr("Import…"));
    if (!m_open.isEmpty() && !openProduct(m_open))
        closeDetail();
}

ChartData FunnelView::comparison(const FunnelModel &model)
{
    ChartData data;
    data.title = tr("Experience funnel of each product, sorted by the experience gap");
    data.categories = rateNames();
    data.markedName = tr("体验鸿沟 experience gap");
    for (int row = 0; row < model.rowCount(); ++row) {
        const ProductFunnel &f = *model.funnel(row);
        data.funnels << funnelRow(f.product, f.average, f.averageGap, tr("no funnel data in the period"));
    }
    return data;
}

ChartData FunnelView::monthFunnels(const ProductFunnel &funnel, const QStringList &months)
{
    ChartData data;
    data.title = tr("%1: funnel of each month").arg(funnel.product);
    data.categories = rateNames();
    data.markedName = tr("体验鸿沟 experience gap");
    data.funnels << funnelRow(tr("period average"), funnel.average, funnel.averageGap, tr("no funnel data in the period"));
    for (const QString &month : months) {
        const auto it = std::find_if(funnel.months.cbegin(), funnel.months.cend(), [&](const FunnelMonth &m) { return m.month == month; });
        if (it == funnel.months.cend()) {
            FunnelRates none;
            none.fill(kNaN);
            data.funnels << funnelRow(month, none, {}, tr("no funnel data for %1").arg(month));
        } else {
            data.funnels << funnelRow(month, it->rates, it->gap, {});
        }
    }
    return data;
}

ChartData FunnelView::trend(const ProductFunnel &funnel, const QStringList &months)
{
    ChartData data;
    data.title = tr("%1: rates and the gap's drop over the months").arg(funnel.product);
    QString yearTitle;
    data.categories = DeskFormat::monthLabels(months, &yearTitle);
    data.categoryAxisTitle = yearTitle;
    data.primaryAxisTitle = tr("Rate (%)");
    data.secondaryAxisTitle = tr("Gap drop (pp)");
    data.valueDecimals = 0;
    QList<QList<double>> rates(stageCount);
    QList<double> drops;
    for (const QString &month : months) {
        const auto it = std::find_if(funnel.months.cbegin(), funnel.months.cend(), [&](const FunnelMonth &m) { return m.month == month; });
        for (int s = 0; s < stageCount; ++s)
            rates[s] << (it == funnel.months.cend() ? kNaN : it->rates.at(std::size_t(s)));
        drops << (it != funnel.months.cend() && it->gap.valid ? it->gap.drop : kNaN);
    }
    QColor drop = palette::worse();
    drop.setAlphaF(0.45f);
    data.series << ChartSeries{ChartSeries::Kind::Bars, tr("体验鸿沟 drop"), drops, drop, true};
    // Four hues the lines can be told apart by (the funnel's shades of one hue are too close for lines).
    const int hues[stageCount] = {4, 2, 3, 0};
    for (int s = 0; s < stageCount; ++s)
        data.series << ChartSeries{ChartSeries::Kind::Line, funnelRateName(FunnelStage(s)), rates.at(s), palette::series(hues[s]), false};
    return data;
}

bool FunnelView::openProduct(const QString &product)
{
    if (m_model->row(product) < 0)
        return false;
    m_open = product;
    m_table->selectRow(m_model->row(product));
    renderOpen();
    m_pages->setCurrentIndex(1);
    return true;
}

bool FunnelView::closeDetail()
{
    if (m_open.isEmpty())
        return false;
    m_open.clear();
    m_pages->setCurrentIndex(0);
    return true;
}

void FunnelView::renderOpen()
{
    const int row = m_model->row(m_open);
    const ProductFunnel *f = m_model->funnel(row);
    if (!f)
        return;
    QStringList heading{f->product, tr("体验鸿沟 %1").arg(FunnelFormat::gap(f->averageGap))};
    if (const std::optional<LifecyclePhase> phase = m_model->phase(f->product))
        heading << tr("phase %1").arg(m_model->data(m_model->index(row, FunnelModel::Phase)).toString());
    m_heading->setText(heading.join(u" · "_s));
    const QString focus = m_model->focus(row);
    m_focus->setText(focus.isEmpty() ? tr("No focus: the gap needs all four rates.") : tr("Focus: %1").arg(focus));
    const QStringList months = periodMonths();
    m_months->setEmptyText(tr("No funnel rates for %1 in the period.").arg(f->product));
    m_months->setData(monthFunnels(*f, months));
    m_trend->setEmptyText(tr("No funnel rates for %1 in the period.").arg(f->product));
    m_trend->setData(trend(*f, months));
}

const ProductFunnel *FunnelView::actedOn() const
{
    if (!m_open.isEmpty())
        return m_model->funnel(m_model->row(m_open));
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? nullptr : m_model->funnel(rows.constFirst().row());
}

void FunnelView::createWorkOrder()
{
    const ProductFunnel *funnel = actedOn();
    if (!funnel || !funnel->averageGap.valid)
        return;
    const QString focus = m_model->focus(m_model->row(funnel->product));
    makeDraftOnWorker(this, service(), [funnel = *funnel, focus](const DraftContext &context) {
        return draftFromFunnelGap(funnel, focus, context);
    }, [this](const WorkOrder &draft) { Q_EMIT workOrderDraftReady(draft); });
}

} // namespace cx
