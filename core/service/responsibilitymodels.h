#pragma once

#include "analytics/responsibility.h"

#include <QAbstractTableModel>
#include <QCoreApplication>

namespace cx {

/// How the responsibility map writes indicators and chains.
class ResponsibilityFormat
{
    Q_DECLARE_TR_FUNCTIONS(cx::ResponsibilityFormat)

public:
    /// "11.2%", "950 ms": an actual or target with its unit; "no data" for NaN.
    static QString value(double value, const QString &unit);
    /// "≤ 5%" or "≥ 95%": the target with the direction of better.
    static QString target(const IndicatorAttainment &a);
    /// "KEI03 视频卡顿率 11.2% (target ≤ 2%)".
    static QString attainment(const IndicatorAttainment &a);
    /// The city, or "province-wide" for ''.
    static QString city(const QString &city);
    /// "2024-07 深圳: 使用 ▼ → KEI03 11.2% (target ≤ 2%) → KOI03 82% (target ≥ 95%) → 产品部".
    static QString chain(const ResponsibilityChain &chain);
    /// The chain alone, from its stage or element to its department.
    static QString chainPath(const ResponsibilityChain &chain);
};

/// The ranked responsibility chains: rank, month, city, the chain as one
/// line, department, and severity (the largest relative miss).
class ResponsibilityChainModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Rank, Month, City, Chain, Department, Severity, ColumnCount };

    explicit ResponsibilityChainModel(QObject *parent = nullptr);

    void setChains(const QList<ResponsibilityChain> &chains);
    const ResponsibilityChain *chain(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<ResponsibilityChain> m_chains;
};

/// The stage × department matrix as a heat map: a row per journey stage, a
/// column per department; each cell shows its complaints and missed
/// indicators (ValueRole: the complaints, for the heat; MissedRole: the misses).
class ResponsibilityMatrixModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Role { MissedRole = Qt::UserRole + 200, HeatRole };

    explicit ResponsibilityMatrixModel(QObject *parent = nullptr);

    void setMatrix(const ResponsibilityMatrix &matrix);
    const ResponsibilityMatrix &matrix() const { return m_matrix; }
    QString stage(int row) const;
    QString department(int column) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    ResponsibilityMatrix m_matrix;
    qint64 m_maxComplaints = 0;
};

} // namespace cx
