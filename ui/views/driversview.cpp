#include "views/driversview.h"

#include "charts/scatterchart.h"
#include "palette.h"
#include "service/analysisservice.h"
#include "service/deskformat.h"
#include "service/driversmodel.h"
#include "tableexport.h"
#include "views/emptyhint.h"
#include "views/noticebar.h"

#include <QItemSelectionModel>
#include <QLabel>
#include <QPainter>
#include <QSplitter>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>
#include <numeric>

namespace cx {

using namespace Qt::StringLiterals;

namespace {

/// City-months labelled on a scatter: the farthest from the fitted line.
constexpr int labelledPoints = 3;

/// Paints Spearman's ρ as a bar along the bottom of its cell, from the middle
/// (negative to the left), scaled to the largest |ρ| of the column, blue when
/// significant and grey when not; the figure stays as text above it.
class RhoDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::paint(painter, option, index);
        const double rho = index.data(ValueRole).toDouble();
        double largest = 0;
        for (int row = 0; row < index.model()->rowCount(); ++row)
            largest = std::max(largest, std::abs(index.model()->index(row, index.column()).data(ValueRole).toDouble()));
        if (!std::isfinite(rho) || !(largest > 0))
            return;
        const QRectF strip = QRectF(option.rect).adjusted(4, option.rect.height() * 0.74, -4, -2);
        const qreal middle = strip.center().x();
        const qreal length = strip.width() / 2 * std::abs(rho) / largest;
        const QRectF bar(rho >= 0 ? middle : middle - length, strip.top(), length, strip.height());
        const bool significant = !index.data(Qt::ForegroundRole).isValid();
        painter->save();
        // On a selected row the highlight is the series colour: draw in its text colour.
        const bool selected = option.state.testFlag(QStyle::State_Selected);
        const QColor ink = selected ? option.palette.color(QPalette::HighlightedText) : palette::series(0);
        painter->fillRect(bar, significant ? ink : QColor(0xc8, 0xc8, 0xc8));
        painter->setPen(QPen(selected ? ink : palette::muted(), 1));
        painter->drawLine(QPointF(middle, strip.top() - 1), QPointF(middle, strip.bottom()));
        painter->restore();
    }
};

} // namespace

DriversView::DriversView(AnalysisService &service, QWidget *parent)
    : AnalysisView(service, parent)
    , m_legend(new QLabel(this))
    , m_table(new QTableView(this))
    , m_model(new DriversModel(this))
    , m_chart(new ScatterChart(this))
{
    m_legend->setWordWrap(true);
    setUpResultTable(m_table, m_model, DriversModel::Name);
    m_table->setItemDelegateForColumn(DriversModel::Spearman, new RhoDelegate(m_table));
    installEmptyHint(m_table, [this] {
        return AnalysisView::service().facts().drivers
            ? tr("No indicator actuals paired with survey scores in the filter: drivers need indicator actuals per city and "
                 "month and satisfaction surveys of the same months.")
            : tr("Computing the drivers…");
    });
    m_chart->setMinimumSize(380, 320);

    auto *split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(m_table);
    split->addWidget(m_chart);
    split->setChildrenCollapsible(false);
    split->setSizes({700, 500});
    auto *content = new QWidget(this);
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_legend);
    layout->addWidget(split, 1);
    setContent(content);

    connect(&service, &AnalysisService::factReady, this, [this](FactKind kind) {
        if (kind == FactKind::Drivers && isVisible())
            renderDrivers();
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &DriversView::showScatter);
    retranslateView();
}

QString DriversView::title() const
{
    return tr("Drivers");
}

void DriversView::retranslateView()
{
    m_legend->setText(tr("Which indicators move satisfaction (KCI → KQI → KPI): each indicator's monthly actuals against the "
                         "mean overall satisfaction of the same city and month, ranked by |Spearman ρ| (bar). Grey: ρ "
                         "not significant (p ≥ %1, two-sided). Click an indicator for its scatter.")
                          .arg(DeskFormat::number(DriversModel::significanceLevel, 2)));
}

QString DriversView::missingNotice() const
{
    QStringList lines = missingData(MissingSurveys);
    const FactAnalyses &facts = service().facts();
    if (facts.drivers && facts.drivers->isEmpty() && service().summary().surveyResponses > 0)
        lines << tr("No indicator actuals in the filter: import the indicator values (actuals per month and city) to see the "
                    "drivers.");
    return lines.join(u'\n');
}

void DriversView::render()
{
    renderDrivers();
}

void DriversView::renderDrivers()
{
    if (!service().isCurrent())
        return;
    if (!service().request(FactKind::Drivers)) {
        m_chart->setEmptyText(tr("Computing the drivers…"));
        m_chart->setData({});
        return;
    }
    const QString selected = selectedCode();
    m_model->setDrivers(*service().facts().drivers);
    if (selected.isEmpty() || !selectIndicator(selected))
        m_table->selectRow(0);
    showScatter();
    notice()->showNotice(missingNotice(), missingNotice().isEmpty() ? QString() : tr("Import…"));
}

bool DriversView::selectIndicator(const QString &code)
{
    for (int row = 0; row < m_model->rowCount(); ++row)
        if (m_model->driver(row)->code == code) {
            m_table->selectRow(row);
            showScatter();
            return true;
        }
    return false;
}

QString DriversView::selectedCode() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    const IndicatorDriver *d = rows.isEmpty() ? nullptr : m_model->driver(rows.constFirst().row());
    return d ? d->code : QString();
}

void DriversView::showScatter()
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    const IndicatorDriver *d = rows.isEmpty() ? nullptr : m_model->driver(rows.constFirst().row());
    m_chart->setEmptyText(d ? tr("%1 has no city-months with both an actual and survey scores.").arg(d->code)
                            : tr("No indicator to show: drivers need indicator actuals and survey scores of the same months."));
    m_chart->setData(d ? scatter(*d) : ChartData{});
}

ChartData DriversView::scatter(const IndicatorDriver &driver)
{
    ChartData data;
    const DriverFit fit = driverFit(driver);
    const QString none = tr("no data");
    data.title = tr("%1 %2: r² = %3, ρ = %4 (%5), n = %6")
                     .arg(driver.code, driver.name, DeskFormat::number(fit.rSquared, 2, none),
                          DeskFormat::number(driver.spearman.r, 2, none),
                          driver.spearman.valid ? DeskFormat::pValue(driver.spearman.p) : none)
                     .arg(driver.n);
    data.categoryAxisTitle = tr("Actual of %1 (each city-month)").arg(driver.code);
    data.primaryAxisTitle = tr("Mean overall satisfaction");
    const bool significant = DriversModel::isSignificant(driver);
    // The city-months farthest from the line: where the indicator and satisfaction part ways.
    std::vector<int> order(std::size_t(driver.pairs.size()));
    std::iota(order.begin(), order.end(), 0);
    const auto residual = [&](int i) {
        const DriverPair &p = driver.pairs.at(i);
        return fit.valid ? std::abs(p.satisfaction - (fit.intercept + fit.slope * p.actual)) : 0.0;
    };
    std::stable_sort(order.begin(), order.end(), [&](int a, int b) { return residual(a) > residual(b); });
    QList<bool> labelled(driver.pairs.size(), false);
    for (std::size_t i = 0; fit.valid && i < std::min<std::size_t>(labelledPoints, order.size()); ++i)
        labelled[order[i]] = true;
    for (int i = 0; i < driver.pairs.size(); ++i) {
        const DriverPair &p = driver.pairs.at(i);
        const QString where = p.city.isEmpty() ? tr("province") : p.city;
        data.points.append({p.actual, p.satisfaction, labelled.at(i) ? u"%1 %2"_s.arg(where, p.month) : QString(),
                            palette::series(0), !significant});
    }
    if (fit.valid) {
        data.hasFit = true;
        data.fit = QLineF(fit.minActual, fit.intercept + fit.slope * fit.minActual, fit.maxActual,
                          fit.intercept + fit.slope * fit.maxActual);
    }
    return data;
}

} // namespace cx
