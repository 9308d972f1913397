#include "service/driversmodel.h"

#include "service/deskformat.h"

#include <QColor>

#include <cmath>

namespace cx {

using namespace Qt::StringLiterals;

DriverFit driverFit(const IndicatorDriver &driver)
{
    DriverFit fit;
    const qsizetype n = driver.pairs.size();
    if (n < 3)
        return fit;
    double meanX = 0, meanY = 0;
    fit.minActual = qInf();
    fit.maxActual = -qInf();
    for (const DriverPair &p : driver.pairs) {
        meanX += p.actual;
        meanY += p.satisfaction;
        fit.minActual = std::min(fit.minActual, p.actual);
        fit.maxActual = std::max(fit.maxActual, p.actual);
    }
    meanX /= double(n);
    meanY /= double(n);
    double sxx = 0, sxy = 0, syy = 0;
    for (const DriverPair &p : driver.pairs) {
        sxx += (p.actual - meanX) * (p.actual - meanX);
        sxy += (p.actual - meanX) * (p.satisfaction - meanY);
        syy += (p.satisfaction - meanY) * (p.satisfaction - meanY);
    }
    if (sxx <= 0)
        return fit;
    fit.valid = true;
    fit.slope = sxy / sxx;
    fit.intercept = meanY - fit.slope * meanX;
    fit.rSquared = syy > 0 ? sxy * sxy / (sxx * syy) : kNaN;
    return fit;
}

DriversModel::DriversModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void DriversModel::setDrivers(QList<IndicatorDriver> drivers)
{
    beginResetModel();
    m_drivers = std::move(drivers);
    endResetModel();
}

const IndicatorDriver *DriversModel::driver(int row) const
{
    return row >= 0 && row < m_drivers.size() ? &m_drivers.at(row) : nullptr;
}

bool DriversModel::isSignificant(const IndicatorDriver &driver)
{
    return driver.spearman.valid && driver.spearman.p < significanceLevel;
}

QString DriversModel::layerName(const QString &layer)
{
    if (layer == "kei"_L1)
        return tr("KEI 感知指标");
    if (layer == "koi"_L1)
        return tr("KOI 运营指标");
    if (layer == "element"_L1)
        return tr("感知要素 element");
    return layer;
}

int DriversModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_drivers.size());
}

int DriversModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DriversModel::data(const QModelIndex &index, int role) const
{
    const IndicatorDriver *d = index.isValid() ? driver(index.row()) : nullptr;
    if (!d)
        return {};
    const int column = index.column();
    if (role == Qt::ForegroundRole)
        return isSignificant(*d) ? QVariant() : QVariant(QColor(0x8c, 0x8c, 0x8c));
    if (role == Qt::TextAlignmentRole && (column == Rank || column >= N))
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole && column == Layer)
        return layerName(d->layer);
    if (role == Qt::ToolTipRole && !isSignificant(*d))
        return tr("Not significant: Spearman's p ≥ %1").arg(DeskFormat::number(significanceLevel, 2));
    if (role == ValueRole) {
        switch (column) {
        case Pearson:
            return d->pearson.r;
        case PearsonP:
            return d->pearson.p;
        case Spearman:
            return d->spearman.r;
        case SpearmanP:
            return d->spearman.p;
        default:
            return {};
        }
    }
    if (role != Qt::DisplayRole)
        return {};
    const QString none = tr("no data");
    switch (Column(column)) {
    case Rank:
        return index.row() + 1;
    case Indicator:
        return d->code;
    case Name:
        return d->name;
    case Layer:
        return d->layer.toUpper();
    case Department:
        return d->department;
    case N:
        return d->n;
    case Pearson:
        return DeskFormat::number(d->pearson.r, 3, none);
    case PearsonP:
        return d->pearson.valid ? DeskFormat::pValue(d->pearson.p) : none;
    case Spearman:
        return DeskFormat::number(d->spearman.r, 3, none);
    case SpearmanP:
        return d->spearman.valid ? DeskFormat::pValue(d->spearman.p) : none;
    case ColumnCount:
        break;
    }
    return {};
}

QVariant DriversModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || (role != Qt::DisplayRole && role != Qt::ToolTipRole))
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::ToolTipRole) {
        switch (Column(section)) {
        case N:
            return tr("City-months with both an actual and survey scores");
        case Pearson:
            return tr("Pearson's r: the linear correlation of the actual with the mean overall satisfaction");
        case Spearman:
            return tr("Spearman's ρ: the correlation of their ranks (robust to outliers); the ranking's key");
        default:
            return {};
        }
    }
    switch (Column(section)) {
    case Rank:
        return tr("#");
    case Indicator:
        return tr("Indicator");
    case Name:
        return tr("Name");
    case Layer:
        return tr("Layer");
    case Department:
        return tr("Owner");
    case N:
        return tr("n");
    case Pearson:
        return tr("Pearson r");
    case PearsonP:
        return tr("p (r)");
    case Spearman:
        return tr("Spearman ρ");
    case SpearmanP:
        return tr("p (ρ)");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace cx
