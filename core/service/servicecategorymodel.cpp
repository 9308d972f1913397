#include "service/servicecategorymodel.h"

#include "service/deskformat.h"
#include "service/servicerankingmodel.h"

#include <algorithm>

namespace cx {

using namespace Qt::StringLiterals;

ServiceCategoryModel::ServiceCategoryModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void ServiceCategoryModel::setCategories(const QList<ServiceCategoryRow> &categories, ServiceMeasure measure,
                                         const ServiceSettings &settings)
{
    beginResetModel();
    // The per-category figures have no p90: its failures are the overdue complaints, as for the mean.
    m_measure = measure == ServiceMeasure::HoursP90 || measure == ServiceMeasure::HoursMean ? ServiceMeasure::OverdueRate
                                                                                            : measure;
    m_settings = settings;
    m_rows = categories;
    std::stable_sort(m_rows.begin(), m_rows.end(), [this](const ServiceCategoryRow &a, const ServiceCategoryRow &b) {
        return a.figures.failures(m_measure) > b.figures.failures(m_measure);
    });
    endResetModel();
}

const ServiceCategoryRow *ServiceCategoryModel::row(int index) const
{
    return index >= 0 && index < m_rows.size() ? &m_rows.at(index) : nullptr;
}

int ServiceCategoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ServiceCategoryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ServiceCategoryModel::data(const QModelIndex &index, int role) const
{
    const ServiceCategoryRow *r = index.isValid() ? row(index.row()) : nullptr;
    if (!r)
        return {};
    const double value = r->figures.value(m_measure);
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Category:
            return r->category;
        case Stage:
            return r->stage;
        case Failures:
            return DeskFormat::count(r->figures.failures(m_measure));
        case Rate:
            return ServiceRankingModel::format(m_measure, value, ServiceRankingModel::noData(m_measure));
        case N:
            return DeskFormat::count(r->figures.n(m_measure));
        case Complaints:
            return DeskFormat::count(r->figures.complaints);
        }
    }
    if (role == LightRole && index.column() == Rate)
        return int(serviceLight(m_settings, m_measure, value));
    if (role == ValueRole && index.column() == Rate)
        return value;
    if (role == Qt::TextAlignmentRole && index.column() >= Failures)
        return QVariant::fromValue(Qt::AlignVCenter | Qt::AlignRight);
    return {};
}

QVariant ServiceCategoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Category:
        return tr("Category");
    case Stage:
        return tr("Stage");
    case Failures:
        return tr("Failures");
    case Rate:
        return serviceMeasureName(m_measure);
    case N:
        return tr("n");
    case Complaints:
        return tr("Complaints");
    default:
        return {};
    }
}

} // namespace cx
