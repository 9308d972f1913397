#include "views/lifecycleview.h"

#include "charts/chart.h"
#include "palette.h"
#include "service/analysisservice.h"
#include "service/deskformat.h"
#include "service/productmodels.h"
#include "tableexport.h"
#include "views/emptyhint.h"

#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMouseEvent>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

#include <cmath>

namespace cx {

using namespace Qt::StringLiterals;

namespace {

constexpr int tileColumns = 5;

QColor phaseColor(LifecyclePhase phase)
{
    QColor colour;
    switch (phase) {
    case LifecyclePhase::Introduction:
        colour = QColor(0x99, 0x99, 0x99);
        break;
    case LifecyclePhase::Growth:
        colour = palette::series(2);
        break;
    case LifecyclePhase::Maturity:
        colour = palette::series(1);
        break;
    case LifecyclePhase::Decline:
        colour = palette::series(5);
        break;
    }
    colour.setAlphaF(0.16f);
    return colour;
}

QColor zoneColor(CampaignZone zone)
{
    QColor colour = zone == CampaignZone::Attention ? palette::series(3)
        : zone == CampaignZone::Conversion          ? palette::series(4)
                                                    : palette::series(6);
    colour.setAlphaF(0.55f);
    return colour;
}

/// Runs of equal values as bands over [from, to] of the height.
template<typename T, typename Label, typename Colour>
QList<ChartBand> runs(const std::vector<T> &values, double from, double to, Label label, Colour colour, T skip)
{
    QList<ChartBand> bands;
    for (int i = 0; i < int(values.size());) {
        int j = i;
        while (j + 1 < int(values.size()) && values[std::size_t(j + 1)] == values[std::size_t(i)])
            ++j;
        if (values[std::size_t(i)] != skip)
            bands.append({i, j, label(values[std::size_t(i)]), colour(values[std::size_t(i)]), from, to});
        i = j + 1;
    }
    return bands;
}

/// Values at `scale` (万 in Chinese), as the analysts read user and consultation counts.
QList<double> scaled(const std::vector<double> &values, const DeskFormat::CountScale &scale)
{
    QList<double> list;
    for (double v : values)
        list << v / scale.divisor;
    return list;
}


/// The largest value of a curve; NaN without any.
double peakOf(const std::vector<double> &values)
{
    double peak = kNaN;
    for (double v : values)
        if (std::isfinite(v) && !(v <= peak))
            peak = v;
    return peak;
}

} // namespace

LifecycleView::LifecycleView(AnalysisService &service, QWidget *parent)
    : AnalysisView(service, parent)
    , m_pages(new QStackedWidget(this))
    , m_legend(new QLabel(this))
    , m_scroll(new QScrollArea(this))
    , m_grid(new QWidget(this))
    , m_gridLayout(new QGridLayout(m_grid))
    , m_table(new QTableView(this))
    , m_model(new LifecycleModel(this))
    , m_back(new QPushButton(this))
    , m_heading(new QLabel(this))
    , m_measures(new QLabel(this))
    , m_usersChart(Chart::create(this))
    , m_ratioChart(Chart::create(this))
    , m_tileTimer(new QTimer(this))
{
    m_tileTimer->setSingleShot(true);
    m_tileTimer->setInterval(0);
    connect(m_tileTimer, &QTimer::timeout, this, &LifecycleView::updateNextTile);
    m_gridLayout->setContentsMargins(0, 0, 0, 0);
    m_gridLayout->setSpacing(6);
    for (int column = 0; column < tileColumns; ++column)
        m_gridLayout->setColumnStretch(column, 1);
    m_scroll->setWidget(m_grid);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    installTableCopy(m_table);
    installEmptyHint(m_table, [this] {
        return AnalysisView::service().facts().lifecycle ? tr("No product figures in the filter: import the monthly product figures "
                                                "(users, consultations).")
                                           : tr("Computing the curves…");
    });
    QFont bold = m_heading->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.15);
    m_heading->setFont(bold);
    m_measures->setWordWrap(true);

    auto *tiles = new QWidget(this);
    auto *tilesLayout = new QVBoxLayout(tiles);
    tilesLayout->setContentsMargins(0, 0, 0, 0);
    tilesLayout->addWidget(m_legend);
    tilesLayout->addWidget(m_scroll, 1);
    auto *overview = new QSplitter(Qt::Vertical, this);
    overview->addWidget(tiles);
    overview->addWidget(m_table);
    overview->setChildrenCollapsible(false);
    overview->setSizes({520, 150});
    m_scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);

    auto *detail = new QWidget(this);
    auto *detailLayout = new QVBoxLayout(detail);
    detailLayout->setContentsMargins(0, 0, 0, 0);
    auto *heading = new QHBoxLayout;
    heading->addWidget(m_back);
    heading->addWidget(m_heading, 1);
    detailLayout->addLayout(heading);
    detailLayout->addWidget(m_measures);
    auto *charts = new QSplitter(Qt::Vertical, detail);
    charts->addWidget(m_usersChart);
    charts->addWidget(m_ratioChart);
    charts->setStretchFactor(0, 3);
    charts->setStretchFactor(1, 2);
    charts->setChildrenCollapsible(false);
    detailLayout->addWidget(charts, 1);
    m_pages->addWidget(overview);
    m_pages->addWidget(detail);
    setContent(m_pages);

    connect(&service, &AnalysisService::factReady, this, [this](FactKind kind) {
        if (kind == FactKind::Lifecycle && isVisible())
            renderProducts();
    });
    requestOnFilterChange({FactKind::Lifecycle});
    connect(m_back, &QPushButton::clicked, this, &LifecycleView::closeDetail);
    connect(m_table, &QTableView::clicked, this, [this](const QModelIndex &index) {
        if (const ProductLifecycle *p = m_model->product(index.row()))
            openProduct(p->product);
    });
    closeDetailOnEscape();
    retranslateView();
}

QString LifecycleView::title() const
{
    return tr("Lifecycle");
}

void LifecycleView::retranslateView()
{
    m_legend->setText(tr("<span style='color:%1'>━ users</span> / <span style='color:%2'>━ consultations</span>: each tile "
                         "from 0 to the peaks after its name · shaded: phase (%3, %4, %5, %6) · top strip: zones A/B/C · "
                         "sorted by type, then users; click a product for its full chart")
                          .arg(palette::series(0).name(), palette::series(5).name(), ProductFormat::phase(LifecyclePhase::Introduction),
                               ProductFormat::phase(LifecyclePhase::Growth), ProductFormat::phase(LifecyclePhase::Maturity),
                               ProductFormat::phase(LifecyclePhase::Decline)));
    m_legend->setWordWrap(true);
    m_shown.clear(); // the tiles' texts are drawn again in the new language
    m_back->setText(tr("‹ All products"));
    m_back->setToolTip(tr("Back to the small multiples (Esc)"));
}

QString LifecycleView::missingNotice() const
{
    if (service().summary().productMonths == 0)
        return tr("No product figures imported: import the monthly product figures (users, consultations) to see the "
                  "lifecycle and consultation curves.");
    return {};
}

void LifecycleView::render()
{
    m_renderedFor.reset();
    renderProducts();
}

void LifecycleView::renderProducts()
{
    if (!service().isCurrent() || !service().request(FactKind::Lifecycle))
        return;
    if (m_renderedFor == result() && !m_tiles.isEmpty())
        return;
    m_renderedFor = result();
    // A filter that keeps the end month and products (another region or channel) keeps the curves.
    const QList<ProductLifecycle> &products = *service().facts().lifecycle;
    if (!m_tiles.isEmpty() && sameFigures(products, m_shown)) {
        reportShown();
        return;
    }
    m_shown = products;
    m_model->setProducts(products);
    // The tiles are kept and updated in place: a new chart per tile and filter would stall the window.
    while (m_tiles.size() > m_model->rowCount()) {
        delete m_tiles.takeLast()->parentWidget();
        m_tileHeadings.removeLast();
        m_tileConsultations.removeLast();
    }
    for (int row = int(m_tiles.size()); row < m_model->rowCount(); ++row)
        addTile(row);
    m_nextTile = 0;
    updateNextTile();
    if (!m_open.isEmpty() && !openProduct(m_open))
        closeDetail();
    reportShown();
}

void LifecycleView::addTile(int row)
{
    auto *tile = new QFrame(m_grid);
    tile->setFrameShape(QFrame::StyledPanel);
    auto *layout = new QVBoxLayout(tile);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->setSpacing(2);
    // Neither texts nor charts size the tiles: a new product type or curve must not lay out every chart again.
    auto *name = new QPushButton(tile);
    name->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Fixed);
    name->setFlat(true);
    name->setStyleSheet(u"text-align: left; font-weight: bold;"_s);
    auto *chart = Chart::create(tile);
    chart->setMinimumSize(180, 130);
    chart->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Ignored);
    chart->setCursor(Qt::PointingHandCursor);
    for (QWidget *child : chart->findChildren<QWidget *>())
        child->installEventFilter(this);
    auto *consult = new QLabel(tile);
    consult->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    layout->addWidget(name);
    layout->addWidget(chart, 1);
    layout->addWidget(consult);
    m_gridLayout->addWidget(tile, row / tileColumns, row % tileColumns);
    connect(name, &QPushButton::clicked, this, [this, chart] { openProduct(chart->property("product").toString()); });
    m_tiles << chart;
    m_tileHeadings << name;
    m_tileConsultations << consult;
}

void LifecycleView::updateNextTile()
{
    if (m_nextTile >= m_tiles.size())
        return;
    updateTile(int(m_nextTile++));
    // The tile is drawn before the next one is updated: paint events come before a zero timer.
    if (m_nextTile < m_tiles.size())
        m_tileTimer->start();
    else
        reportShown();
}

bool LifecycleView::isContentShown() const
{
    return service().facts().lifecycle && m_renderedFor == result() && !isUpdatingTiles();
}

void LifecycleView::updateTile(int row)
{
    const ProductLifecycle &p = *m_model->product(row);
    QPushButton *name = m_tileHeadings.at(row);
    // The tile's axes carry no labels: its scale, once, after the name.
    name->setText(tr("%1 · %2\n%3").arg(p.product, tileScale(p), ProductFormat::lifecycleSummary(p)));
    name->setToolTip(tr("%1\nOpen the full chart of %2").arg(ProductFormat::consultationSummary(p), p.product));
    Chart *chart = m_tiles.at(row);
    chart->setEmptyText(tr("No users figures."));
    chart->setData(curveChart(p, true));
    chart->setProperty("product", p.product);
    QLabel *consult = m_tileConsultations.at(row);
    consult->setText(p.consultation.valid ? tr("consultation %1").arg(ProductFormat::consultationType(p.consultation.type))
                                          : ProductFormat::consultationSummary(p));
    consult->setToolTip(ProductFormat::consultationSummary(p));
}

QString LifecycleView::tileScale(const ProductLifecycle &p)
{
    return tr("%1 / %2").arg(DeskFormat::largeCount(peakOf(p.users), tr("no data")),
                             DeskFormat::largeCount(peakOf(p.consultations), tr("no data")));
}

QStringList LifecycleView::tileTitles() const
{
    QStringList titles;
    for (const QPushButton *heading : m_tileHeadings)
        titles << heading->text();
    return titles;
}

bool LifecycleView::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::MouseButtonRelease && static_cast<QMouseEvent *>(event)->button() == Qt::LeftButton)
        for (Chart *tile : std::as_const(m_tiles))
            if (watched == tile || tile->isAncestorOf(qobject_cast<QWidget *>(watched))) {
                openProduct(tile->property("product").toString());
                return true;
            }
    return AnalysisView::eventFilter(watched, event);
}

bool LifecycleView::openProduct(const QString &product)
{
    for (int row = 0; row < m_model->rowCount(); ++row)
        if (m_model->product(row)->product == product) {
            m_open = product;
            renderOpen();
            m_pages->setCurrentIndex(1);
            return true;
        }
    return false;
}

bool LifecycleView::closeDetail()
{
    if (m_open.isEmpty())
        return false;
    m_open.clear();
    m_pages->setCurrentIndex(0);
    return true;
}

void LifecycleView::renderOpen()
{
    const ProductLifecycle *p = nullptr;
    for (int row = 0; row < m_model->rowCount() && !p; ++row)
        if (m_model->product(row)->product == m_open)
            p = m_model->product(row);
    if (!p)
        return;
    m_heading->setText(tr("%1 · %2").arg(p->product, ProductFormat::lifecycleSummary(*p)));
    QStringList measures{ProductFormat::consultationSummary(*p)};
    if (p->phase)
        measures << tr("phase of %1: %2").arg(p->months.isEmpty() ? QString() : p->months.constLast(), ProductFormat::phase(*p->phase));
    if (p->consultation.valid)
        measures << (p->consultation.favourableTrend ? tr("slow rise, fast fall: the favourable trend")
                                                     : tr("not the favourable slow rise and fast fall"));
    m_measures->setText(measures.join(u" · "_s));
    m_usersChart->setEmptyText(tr("No users figures for %1.").arg(p->product));
    m_usersChart->setData(curveChart(*p, false));
    m_ratioChart->setEmptyText(tr("Consultations ÷ users needs consultations and users in at least 3 months."));
    m_ratioChart->setData(ratioChart(*p));
}

ChartData LifecycleView::curveChart(const ProductLifecycle &p, bool compact)
{
    ChartData data;
    data.compact = compact;
    data.categories = shortMonthLabels(p.months);
    data.title = compact ? QString() : tr("%1: users and consultations").arg(p.product);
    const DeskFormat::CountScale users = DeskFormat::countScale(peakOf(p.users));
    const DeskFormat::CountScale consultations = DeskFormat::countScale(peakOf(p.consultations));
    data.primaryAxisTitle = users.unit.isEmpty() ? tr("Users") : tr("Users (%1)").arg(users.unit);
    data.secondaryAxisTitle =
        consultations.unit.isEmpty() ? tr("Consultations") : tr("Consultations (%1)").arg(consultations.unit);
    data.valueDecimals = std::max(users.decimals, consultations.decimals);
    // Consultations first: the marks (its peak) go on the first line.
    if (std::any_of(p.consultations.cbegin(), p.consultations.cend(), [](double v) { return std::isfinite(v); }))
        data.series << ChartSeries{ChartSeries::Kind::Line, tr("Consultations"), scaled(p.consultations, consultations),
                                   palette::series(5), true};
    data.series << ChartSeries{ChartSeries::Kind::Line, tr("Users"), scaled(p.users, users), palette::series(0), false};
    if (p.lifecycle.valid)
        data.bands << runs(p.lifecycle.phases, 0.0, 1.0, [](LifecyclePhase ph) { return ProductFormat::phase(ph); }, phaseColor,
                           LifecyclePhase(-1));
    if (!p.zones.empty())
        data.bands << runs(p.zones, 0.93, 1.0, [](CampaignZone z) { return ProductFormat::zone(z); }, zoneColor, CampaignZone::None);
    const ConsultationResult &c = p.consultation;
    if (c.valid && !compact) {
        // The wave: months at or above half height, as a strip along the bottom.
        const double half = c.baseline + (c.peak - c.baseline) / 2;
        std::vector<int> above;
        for (double v : p.consultations)
            above.push_back(std::isfinite(v) && v >= half ? 1 : 0);
        QColor wave = palette::series(5);
        wave.setAlphaF(0.6f);
        data.bands << runs(above, 0.0, 0.05, [&](int) { return tr("consultation wave ≥ half height (%1 months)").arg(DeskFormat::number(c.waveWidth, 1)); },
                           [&](int) { return wave; }, 0);
        data.marked << c.peakMonth;
        data.markedName = tr("consultation peak, %1× the baseline")
                              .arg(std::isfinite(c.waveHeight) ? DeskFormat::number(c.waveHeight, 1) : u"∞"_s);
    }
    return data;
}

ChartData LifecycleView::ratioChart(const ProductLifecycle &p)
{
    ChartData data;
    const ConsultationRatioResult &r = p.ratio;
    data.categories = shortMonthLabels(p.months);
    data.valueDecimals = 3;
    if (!r.valid)
        return data;
    data.title = tr("Consultations ÷ users: %1 (%2 a month, p = %3); smaller and falling is better")
                     .arg(ProductFormat::direction(r.trend), DeskFormat::percent(r.relativeSlope), DeskFormat::number(r.p, 3));
    data.primaryAxisTitle = tr("Per user"); // the title says of what: a short title fits a low chart
    const QList<double> ratio(r.ratio.cbegin(), r.ratio.cend());
    data.series << ChartSeries{ChartSeries::Kind::Line, tr("Consultations ÷ users"), ratio, palette::series(4), false};
    // The least-squares line through the months with a ratio.
    double sumT = 0, sumR = 0;
    int n = 0;
    for (int t = 0; t < ratio.size(); ++t)
        if (std::isfinite(ratio.at(t))) {
            sumT += t;
            sumR += ratio.at(t);
            ++n;
        }
    QList<double> trend;
    for (int t = 0; t < ratio.size(); ++t)
        trend << (n > 0 && std::isfinite(r.slope) ? sumR / n + r.slope * (t - sumT / n) : kNaN);
    data.series << ChartSeries{ChartSeries::Kind::Line, tr("Trend"), trend, palette::muted(), false};
    return data;
}

} // namespace cx
