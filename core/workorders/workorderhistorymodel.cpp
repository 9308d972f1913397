#include "workorders/workorderhistorymodel.h"

#include "workorders/workordertext.h"

#include <QLocale>

#include <algorithm>

namespace cx {

WorkOrderHistoryModel::WorkOrderHistoryModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void WorkOrderHistoryModel::setEntries(const QList<WorkOrderHistoryEntry> &entries)
{
    beginResetModel();
    m_entries = entries;
    std::reverse(m_entries.begin(), m_entries.end());
    endResetModel();
}

int WorkOrderHistoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int WorkOrderHistoryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant WorkOrderHistoryModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_entries.size())
        return {};
    const WorkOrderHistoryEntry &entry = m_entries.at(index.row());
    if (role == Qt::ToolTipRole && index.column() == Time)
        return QLocale().toString(entry.at.toLocalTime(), QLocale::LongFormat);
    if (role != Qt::DisplayRole)
        return {};
    switch (Column(index.column())) {
    case Time: return historyTimeText(entry.at);
    case Who: return entry.who;
    case Action: return historyActionLabel(entry.action);
    case Change: return entry.describe();
    case Reason: return entry.reason;
    case Source: return historySourceLabel(entry.source);
    case ColumnCount: break;
    }
    return {};
}

QVariant WorkOrderHistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Time: return WorkOrderText::tr("When");
    case Who: return WorkOrderText::tr("Who");
    case Action: return WorkOrderText::tr("Action");
    case Change: return WorkOrderText::tr("Change");
    case Reason: return WorkOrderText::tr("Reason");
    case Source: return WorkOrderText::tr("Source");
    case ColumnCount: break;
    }
    return {};
}

} // namespace cx
