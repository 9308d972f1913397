#pragma once

#include "analytics/responsibility.h"
#include "service/deskanalysis.h"

#include <QAbstractTableModel>

namespace cx {

/// Indicator attainment of a month against the month before: actuals (per
/// indicator and city) met out of those measured. The light is green when
/// every actual met its target, red when a customer-perceived indicator
/// (KEI) missed, amber when only internal ones (KOI) did.
struct AttainmentSummary
{
    QString month;
    int met = 0;
    int measured = 0;
    int previousMet = 0;
    int previousMeasured = 0;
    QStringList missed; ///< "KEI03 视频卡顿率 · 深圳", the month's misses
    TrafficLight light = TrafficLight::None;

    static AttainmentSummary of(const QList<IndicatorAttainment> &attainment, const QString &month,
                                const QString &previousMonth);
};

/// The dashboard's traffic-light grid: one row per ProductStatus (every
/// product together first), columns satisfaction, 满意率, NPS, 万投比 and
/// indicator attainment, each with its light (LightRole), value and change
/// (ValueRole, DeltaRole, BetterRole, SignificantRole; the tooltip names
/// the test and its p). Display text is the value and its change; a figure
/// without data says so.
class ProductStatusModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Product, Satisfaction, SatisfiedRate, Nps, Per10k, Attainment, ColumnCount };

    explicit ProductStatusModel(QObject *parent = nullptr);

    /// A change is significant (SignificantRole) when its p is below `significanceLevel`.
    void setStatus(const QList<ProductStatus> &rows, const QString &month, const QString &previousMonth,
                   double significanceLevel);
    /// Attainment is measured per city, not per product: it fills the first row only.
    void setAttainment(const std::optional<AttainmentSummary> &attainment);
    /// The product of a row (empty for every product together).
    QString productAt(int row) const { return m_rows.value(row).product; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVariant cellData(const ProductStatus &row, int column, int role) const;
    QVariant attainmentData(int role) const;
    /// The tooltip line saying how a column's change was tested and whether it is significant.
    QString changeTest(int column, double pValue) const;

    QList<ProductStatus> m_rows;
    QString m_month;
    QString m_previousMonth;
    double m_significanceLevel = 0.05;
    std::optional<AttainmentSummary> m_attainment;
};

} // namespace cx
