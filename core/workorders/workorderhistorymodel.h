#pragma once

#include "workorders/workorderhistory.h"

#include <QAbstractTableModel>
#include <QList>

namespace cx {

/// The history of one work order, newest first: when, who, what, the change,
/// the reason and where it came from. Filled with values (setEntries()).
class WorkOrderHistoryModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Time, Who, Action, Change, Reason, Source, ColumnCount };
    Q_ENUM(Column)

    explicit WorkOrderHistoryModel(QObject *parent = nullptr);

    /// Entries oldest first, as WorkOrderStore::history() returns them.
    void setEntries(const QList<WorkOrderHistoryEntry> &entries);
    const WorkOrderHistoryEntry &entry(int row) const { return m_entries.at(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<WorkOrderHistoryEntry> m_entries; ///< newest first
};

} // namespace cx
