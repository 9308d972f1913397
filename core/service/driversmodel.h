#pragma once

#include "analytics/drivers.h"

#include <QAbstractTableModel>

namespace cx {

/// The least-squares line y = intercept + slope·x through a driver's pairs
/// (actual → satisfaction), with r² (Pearson's r squared).
struct DriverFit
{
    bool valid = false; ///< false with fewer than 3 pairs or no variance of the actuals
    double slope = kNaN;
    double intercept = kNaN;
    double rSquared = kNaN;
    double minActual = kNaN; ///< the line's extent: the actuals' range
    double maxActual = kNaN;
};

DriverFit driverFit(const IndicatorDriver &driver);

/// Indicators ranked by how strongly their actuals go with satisfaction, in
/// the order of indicatorDrivers() (|ρ| first): rank, code, name, layer,
/// owner department, n, Pearson's r with p, Spearman's ρ with p. A driver
/// whose ρ is not significant (p ≥ significanceLevel, or not computable) is
/// greyed; a coefficient that cannot be computed reads "no data".
class DriversModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Rank, Indicator, Name, Layer, Department, N, Pearson, PearsonP, Spearman, SpearmanP, ColumnCount };

    /// The two-sided p below which a correlation counts as significant.
    static constexpr double significanceLevel = 0.05;

    explicit DriversModel(QObject *parent = nullptr);

    void setDrivers(QList<IndicatorDriver> drivers);
    const IndicatorDriver *driver(int row) const;
    const QList<IndicatorDriver> &drivers() const { return m_drivers; }
    /// Whether Spearman's ρ of `driver` is significant at significanceLevel.
    static bool isSignificant(const IndicatorDriver &driver);
    /// "KEI 感知指标", "KOI 运营指标" for a layer id.
    static QString layerName(const QString &layer);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    /// DisplayRole text (the layer as "KEI", "KOI", its name as tooltip); ValueRole the coefficient or p of those columns
    /// (NaN when it cannot be computed); ForegroundRole grey when not significant.
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<IndicatorDriver> m_drivers;
};

} // namespace cx
