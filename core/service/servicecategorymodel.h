#pragma once

#include "analytics/servicequality.h"

#include <QAbstractTableModel>

namespace cx {

/// A department's worst complaint categories over the period: ordered by the
/// failures behind a measure (complaints not resolved the first time,
/// repeated, overdue, dissatisfied callbacks …), which weighs a poor rate
/// by its volume, with the rate, its n and the category's volume.
class ServiceCategoryModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Category, Stage, Failures, Rate, N, Complaints, ColumnCount };

    explicit ServiceCategoryModel(QObject *parent = nullptr);

    void setCategories(const QList<ServiceCategoryRow> &categories, ServiceMeasure measure,
                       const ServiceSettings &settings);
    const ServiceCategoryRow *row(int index) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<ServiceCategoryRow> m_rows;
    ServiceMeasure m_measure = ServiceMeasure::FirstTimeRate;
    ServiceSettings m_settings;
};

} // namespace cx
