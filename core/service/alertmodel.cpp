#include "service/alertmodel.h"

#include "service/deskformat.h"

#include <cmath>

namespace cx {

using namespace Qt::StringLiterals;

AlertModel::AlertModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void AlertModel::setAlerts(const QList<AlertSeries> &alerts, const QStringList &months)
{
    beginResetModel();
    m_alerts = alerts;
    m_months = months;
    narrow();
    endResetModel();
}

void AlertModel::setNarrowing(std::optional<AlertMetric> metric, const QString &stage)
{
    if (metric == m_metric && stage == m_stage)
        return;
    beginResetModel();
    m_metric = metric;
    m_stage = stage;
    narrow();
    endResetModel();
}

void AlertModel::narrow()
{
    m_rows.clear();
    for (int i = 0; i < m_alerts.size(); ++i) {
        const Alert &a = m_alerts.at(i).alert;
        if ((!m_metric || a.metric == *m_metric) && (m_stage.isEmpty() || a.stage == m_stage))
            m_rows << i;
    }
}

const AlertSeries *AlertModel::alert(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_alerts.at(m_rows.at(row)) : nullptr;
}

QString AlertModel::beforeAfter(const Alert &alert)
{
    switch (alert.metric) {
    case AlertMetric::Satisfaction:
        return u"%1 → %2"_s.arg(DeskFormat::number(alert.before, 2), DeskFormat::number(alert.after, 2));
    case AlertMetric::SatisfiedRate:
        return u"%1 → %2"_s.arg(DeskFormat::percent(alert.before), DeskFormat::percent(alert.after));
    case AlertMetric::Complaints:
        return u"%1 → %2"_s.arg(DeskFormat::number(alert.before, 0), DeskFormat::number(alert.after, 0));
    }
    return {};
}

QString AlertModel::size(const Alert &alert)
{
    const double change = alert.after - alert.before;
    switch (alert.metric) {
    case AlertMetric::Satisfaction:
        return (change < 0 ? u"−"_s : u"+"_s) + DeskFormat::number(std::abs(change), 2);
    case AlertMetric::SatisfiedRate:
        return tr("%1%2 pt").arg(change < 0 ? u"−"_s : u"+"_s, DeskFormat::number(std::abs(change) * 100.0, 1));
    case AlertMetric::Complaints:
        return DeskFormat::countChange(alert.after, alert.before);
    }
    return {};
}

QString AlertModel::stageText(const Alert &alert)
{
    return alert.stage.isEmpty() ? tr("Overall") : alert.stage;
}

QString AlertModel::scopeText(const Alert &alert)
{
    QStringList parts{alert.product.isEmpty() ? tr("All products") : alert.product, stageText(alert)};
    if (!alert.category.isEmpty())
        parts << alert.category;
    parts << regionText(alert) << alert.month;
    return parts.join(u" · "_s);
}

QString AlertModel::regionText(const Alert &alert)
{
    return DeskFormat::region(alert.region);
}

int AlertModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int AlertModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AlertModel::data(const QModelIndex &index, int role) const
{
    const AlertSeries *series = index.isValid() ? alert(index.row()) : nullptr;
    if (!series)
        return {};
    const Alert &a = series->alert;
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Metric:
            return DeskFormat::metricName(a.metric);
        case Product:
            return a.product.isEmpty() ? tr("All products") : a.product;
        case Stage:
            return stageText(a);
        case Category:
            return a.category;
        case Region:
            return regionText(a);
        case Month:
            return a.month;
        case Change:
            return beforeAfter(a);
        case Size:
            return size(a);
        case PValue:
            return DeskFormat::pValue(a.pValue);
        case PRaw:
            return DeskFormat::pValue(a.pRaw);
        case Sizes:
            return u"%1 / %2"_s.arg(DeskFormat::count(a.nBefore), DeskFormat::count(a.nAfter));
        case Series: {
            QStringList values;
            for (double v : series->values)
                values << DeskFormat::number(v, a.metric == AlertMetric::Complaints ? 0 : 2, u"–"_s);
            return values.join(u' ');
        }
        }
    }
    switch (role) {
    case Qt::ToolTipRole:
        if (index.column() == Sizes)
            return a.metric == AlertMetric::Complaints ? tr("Complaints in %1 / in %2").arg(a.previousMonth, a.month)
                                                       : tr("Answers in %1 / in %2").arg(a.previousMonth, a.month);
        if (index.column() == PValue)
            return tr("Benjamini–Hochberg adjusted over every test of the run");
        return a.description();
    case SeriesRole:
        return index.column() == Series ? QVariant::fromValue(series->values) : QVariant();
    case MarkedRole:
        return index.column() == Series ? QVariant::fromValue(QList<int>{series->monthIndex}) : QVariant();
    case ValueRole:
        if (index.column() == PValue)
            return a.pValue;
        if (index.column() == PRaw)
            return a.pRaw;
        if (index.column() == Size)
            return a.after - a.before;
        return {};
    default:
        return {};
    }
}

QVariant AlertModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Metric:
        return tr("Metric");
    case Product:
        return tr("Product");
    case Stage:
        return tr("Stage");
    case Category:
        return tr("Category");
    case Region:
        return tr("Region");
    case Month:
        return tr("Month");
    case Change:
        return tr("Before → after");
    case Size:
        return tr("Change");
    case PValue:
        return tr("p (adjusted)");
    case PRaw:
        return tr("p (raw)");
    case Sizes:
        return tr("n before / after");
    case Series:
        return tr("Series");
    default:
        return {};
    }
}

} // namespace cx
