#pragma once

#include "workorders/workorder.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QList>
#include <QSet>
#include <QSortFilterProxyModel>

namespace cx {

/// The work-order list: one row per live order. Filled with values
/// (setOrders(), updateOrder()), so that the reading can run wherever the
/// caller likes; it never queries the workspace itself.
class WorkOrderListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        Number,
        Title,
        Status,
        Overdue,
        Due,
        Department,
        Owner,
        Product,
        Stage,
        Region,
        Metric,
        Baseline,
        Current,
        Target,
        Effect,
        Updated,
        ColumnCount
    };
    Q_ENUM(Column)

    enum class Role {
        OrderId = Qt::UserRole + 1, ///< qint64
        StatusCode,                 ///< statusCode()
        OverdueDays,                ///< int, 0 when not overdue
        SortKey,                    ///< what the column sorts by (numbers, ISO dates)
    };

    explicit WorkOrderListModel(QObject *parent = nullptr);

    /// Replaces every row.
    void setOrders(const QList<WorkOrder> &orders);
    /// Updates the order's row, adds it when new, removes it when deleted.
    void updateOrder(const WorkOrder &order);
    void removeOrder(qint64 id);
    /// The row of an order, −1 when absent.
    int rowOf(qint64 id) const;
    const WorkOrder &order(int row) const { return m_orders.at(row); }
    const QList<WorkOrder> &orders() const { return m_orders; }

    /// The day overdue is counted against (today unless set, for tests).
    void setToday(const QDate &today);
    QDate today() const { return m_today.isValid() ? m_today : QDate::currentDate(); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// The column's translated header.
    static QString columnTitle(int column);

private:
    QVariant display(const WorkOrder &order, int column) const;
    QVariant sortKey(const WorkOrder &order, int column) const;

    QList<WorkOrder> m_orders;
    QDate m_today;
};

/// Filters and sorts the work-order list: by statuses, department, product,
/// stage, overdue only, and a search text matched against number, title,
/// symptom, owner, department, product, stage and region (case-insensitive).
/// Sorting uses WorkOrderListModel::Role::SortKey.
class WorkOrderFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit WorkOrderFilterModel(QObject *parent = nullptr);

    /// Empty: every status.
    void setStatuses(const QSet<WorkOrderStatus> &statuses);
    /// Empty: every department (product, stage).
    void setDepartment(const QString &department);
    void setProduct(const QString &product);
    void setStage(const QString &stage);
    void setOverdueOnly(bool overdueOnly);
    void setSearchText(const QString &text);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    QSet<WorkOrderStatus> m_statuses;
    QString m_department;
    QString m_product;
    QString m_stage;
    bool m_overdueOnly = false;
    QString m_search;
};

} // namespace cx
