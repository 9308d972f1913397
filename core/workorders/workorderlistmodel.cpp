#include "workorders/workorderlistmodel.h"

#include "workorders/workordertext.h"

#include <QColor>
#include <QFont>
#include <QLocale>

#include <cmath>

namespace cx {

using namespace Qt::StringLiterals;

namespace {

QString metricValue(const WorkOrder &order, double value)
{
    const std::optional<MetricSpec> spec = order.metricSpec();
    return spec ? formatMetricValue(spec->kind, value) : QString();
}

QVariant number(double value)
{
    return std::isfinite(value) ? QVariant(value) : QVariant();
}

} // namespace

WorkOrderListModel::WorkOrderListModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void WorkOrderListModel::setOrders(const QList<WorkOrder> &orders)
{
    beginResetModel();
    m_orders.clear();
    for (const WorkOrder &order : orders)
        if (!order.deletedAt.isValid())
            m_orders << order;
    endResetModel();
}

void WorkOrderListModel::updateOrder(const WorkOrder &order)
{
    const int row = rowOf(order.id);
    if (order.deletedAt.isValid()) {
        removeOrder(order.id);
        return;
    }
    if (row < 0) {
        beginInsertRows({}, int(m_orders.size()), int(m_orders.size()));
        m_orders << order;
        endInsertRows();
        return;
    }
    m_orders[row] = order;
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void WorkOrderListModel::removeOrder(qint64 id)
{
    const int row = rowOf(id);
    if (row < 0)
        return;
    beginRemoveRows({}, row, row);
    m_orders.removeAt(row);
    endRemoveRows();
}

int WorkOrderListModel::rowOf(qint64 id) const
{
    for (int row = 0; row < m_orders.size(); ++row)
        if (m_orders.at(row).id == id)
            return row;
    return -1;
}

void WorkOrderListModel::setToday(const QDate &today)
{
    m_today = today;
    if (!m_orders.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

int WorkOrderListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_orders.size());
}

int WorkOrderListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString WorkOrderListModel::columnTitle(int column)
{
    switch (Column(column)) {
    case Number: return WorkOrderText::tr("Number");
    case Title: return fieldLabel(WorkOrderField::Title);
    case Status: return fieldLabel(WorkOrderField::Status);
    case Department: return fieldLabel(WorkOrderField::OwnerDepartment);
    case Owner: return fieldLabel(WorkOrderField::Owner);
    case Product: return fieldLabel(WorkOrderField::Product);
    case Stage: return fieldLabel(WorkOrderField::Stage);
    case Region: return WorkOrderText::tr("Region");
    case Due: return fieldLabel(WorkOrderField::DueDate);
    case Overdue: return WorkOrderText::tr("Overdue");
    case Metric: return fieldLabel(WorkOrderField::Metric);
    case Baseline: return fieldLabel(WorkOrderField::BaselineValue);
    case Current: return WorkOrderText::tr("Current");
    case Target: return fieldLabel(WorkOrderField::TargetValue);
    case Effect: return WorkOrderText::tr("Effect");
    case Updated: return WorkOrderText::tr("Updated");
    case ColumnCount: break;
    }
    return {};
}

QVariant WorkOrderListModel::display(const WorkOrder &order, int column) const
{
    switch (Column(column)) {
    case Number: return order.number;
    case Title: return order.title;
    case Status: return statusLabel(order.status);
    case Department: return order.ownerDepartment;
    case Owner: return order.owner;
    case Product: return order.product;
    case Stage: return order.stage;
    case Region: return order.regionText();
    case Due: return order.dueDate.isValid() ? order.dueDate.toString(Qt::ISODate) : QString();
    case Overdue: return overdueText(order.overdueDays(today()));
    case Metric: return displayFieldValue(WorkOrderField::Metric, order.metric);
    case Baseline: return metricValue(order, order.baseline.value);
    case Current: return metricValue(order, order.current.value);
    case Target: return metricValue(order, order.targetValue);
    case Effect: return order.effect ? effectLabel(*order.effect) : QString();
    case Updated:
        return order.updatedAt.isValid() ? QLocale().toString(order.updatedAt.toLocalTime(), QLocale::ShortFormat)
                                         : QString();
    case ColumnCount: break;
    }
    return {};
}

QVariant WorkOrderListModel::sortKey(const WorkOrder &order, int column) const
{
    switch (Column(column)) {
    case Status: return int(order.status);
    case Due: return order.dueDate.isValid() ? order.dueDate.toString(Qt::ISODate) : u"9999"_s;
    case Overdue: return order.overdueDays(today());
    case Baseline: return number(order.baseline.value);
    case Current: return number(order.current.value);
    case Target: return number(order.targetValue);
    case Effect: return order.effect ? int(*order.effect) : -1;
    case Updated: return order.updatedAt;
    default: break;
    }
    return display(order, column);
}

QVariant WorkOrderListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_orders.size())
        return {};
    const WorkOrder &order = m_orders.at(index.row());
    const int overdue = order.overdueDays(today());
    switch (role) {
    case Qt::DisplayRole:
        return display(order, index.column());
    case Qt::ToolTipRole:
        if (index.column() == Effect && order.effect)
            return effectLabel(*order.effect);
        if (overdue > 0)
            return WorkOrderText::tr("Due %1: %2").arg(order.dueDate.toString(Qt::ISODate), overdueText(overdue));
        return {};
    case Qt::BackgroundRole:
        // Overdue rows are tinted; the Overdue column says so in words as well.
        return overdue > 0 ? QVariant(QColor(0xfd, 0xe8, 0xe6)) : QVariant();
    case Qt::ForegroundRole:
        return overdue > 0 && index.column() == Overdue ? QVariant(QColor(0xa3, 0x1d, 0x12)) : QVariant();
    case Qt::FontRole:
        if (overdue > 0 && index.column() == Overdue) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == Baseline || index.column() == Current || index.column() == Target)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case int(Role::OrderId):
        return order.id;
    case int(Role::StatusCode):
        return statusCode(order.status);
    case int(Role::OverdueDays):
        return overdue;
    case int(Role::SortKey):
        return sortKey(order, index.column());
    default:
        break;
    }
    return {};
}

QVariant WorkOrderListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::DisplayRole)
        return columnTitle(section);
    return QAbstractTableModel::headerData(section, orientation, role);
}

WorkOrderFilterModel::WorkOrderFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(int(WorkOrderListModel::Role::SortKey));
}

void WorkOrderFilterModel::setStatuses(const QSet<WorkOrderStatus> &statuses)
{
    m_statuses = statuses;
    invalidateFilter();
}

void WorkOrderFilterModel::setDepartment(const QString &department)
{
    m_department = department;
    invalidateFilter();
}

void WorkOrderFilterModel::setProduct(const QString &product)
{
    m_product = product;
    invalidateFilter();
}

void WorkOrderFilterModel::setStage(const QString &stage)
{
    m_stage = stage;
    invalidateFilter();
}

void WorkOrderFilterModel::setOverdueOnly(bool overdueOnly)
{
    m_overdueOnly = overdueOnly;
    invalidateFilter();
}

void WorkOrderFilterModel::setSearchText(const QString &text)
{
    m_search = text.trimmed();
    invalidateFilter();
}

bool WorkOrderFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &) const
{
    const auto *list = qobject_cast<const WorkOrderListModel *>(sourceModel());
    if (!list || sourceRow >= list->rowCount())
        return false;
    const WorkOrder &order = list->order(sourceRow);
    if (!m_statuses.isEmpty() && !m_statuses.contains(order.status))
        return false;
    if ((!m_department.isEmpty() && order.ownerDepartment != m_department)
        || (!m_product.isEmpty() && order.product != m_product) || (!m_stage.isEmpty() && order.stage != m_stage))
        return false;
    if (m_overdueOnly && order.overdueDays(list->today()) <= 0)
        return false;
    if (m_search.isEmpty())
        return true;
    for (const QString &text : {order.number, order.title, order.symptom, order.owner, order.ownerDepartment,
                                order.product, order.stage, order.regionText(), order.progress})
        if (text.contains(m_search, Qt::CaseInsensitive))
            return true;
    return false;
}

bool WorkOrderFilterModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const QVariant a = left.data(sortRole());
    const QVariant b = right.data(sortRole());
    // Values that could not be computed sort last, whichever way.
    if (a.isNull() != b.isNull())
        return b.isNull() == (sortOrder() == Qt::AscendingOrder);
    return QVariant::compare(a, b) == QPartialOrdering::Less;
}

} // namespace cx
