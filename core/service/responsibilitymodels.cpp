#include "service/responsibilitymodels.h"

#include "service/deskformat.h"

#include <cmath>

namespace cx {

using namespace Qt::StringLiterals;

QString ResponsibilityFormat::value(double value, const QString &unit)
{
    if (!std::isfinite(value))
        return tr("no data");
    const int decimals = std::abs(value) >= 1000 ? 0 : std::abs(value) >= 100 ? 1 : 2;
    QString text = DeskFormat::number(value, decimals);
    // Trailing zeros say nothing here: 2.00% reads as 2%.
    if (text.contains(u'.')) {
        while (text.endsWith(u'0'))
            text.chop(1);
        if (text.endsWith(u'.'))
            text.chop(1);
    }
    if (unit.isEmpty())
        return text;
    return unit == "%"_L1 ? text + unit : text + u' ' + unit;
}

QString ResponsibilityFormat::target(const IndicatorAttainment &a)
{
    return (a.direction < 0 ? u"≤ "_s : u"≥ "_s) + value(a.target, a.unit);
}

QString ResponsibilityFormat::attainment(const IndicatorAttainment &a)
{
    return tr("%1 %2 %3 (target %4)").arg(a.code, a.name, value(a.value, a.unit), target(a));
}

QString ResponsibilityFormat::city(const QString &city)
{
    return city.isEmpty() ? tr("province-wide") : city;
}

QString ResponsibilityFormat::chain(const ResponsibilityChain &chain)
{
    return tr("%1 %2: %3").arg(chain.month, city(chain.city), chainPath(chain));
}

QString ResponsibilityFormat::chainPath(const ResponsibilityChain &chain)
{
    QString start = chain.stageDrop ? chain.stageDrop->stage + u" ▼"_s : chain.elementCode + u' ' + chain.elementName;
    QStringList parts{start};
    const auto short_ = [](const IndicatorAttainment &a) {
        return tr("%1 %2 (target %3)").arg(a.code, value(a.value, a.unit), target(a));
    };
    parts << short_(chain.kei);
    if (chain.koi)
        parts << short_(*chain.koi);
    parts << (chain.department.isEmpty() ? tr("no owner") : chain.department);
    return parts.join(u" → "_s);
}

ResponsibilityChainModel::ResponsibilityChainModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void ResponsibilityChainModel::setChains(const QList<ResponsibilityChain> &chains)
{
    beginResetModel();
    m_chains = chains;
    endResetModel();
}

const ResponsibilityChain *ResponsibilityChainModel::chain(int row) const
{
    return row >= 0 && row < m_chains.size() ? &m_chains.at(row) : nullptr;
}

int ResponsibilityChainModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_chains.size());
}

int ResponsibilityChainModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ResponsibilityChainModel::data(const QModelIndex &index, int role) const
{
    const ResponsibilityChain *c = index.isValid() ? chain(index.row()) : nullptr;
    if (!c)
        return {};
    if (role == Qt::ToolTipRole) {
        QStringList lines{ResponsibilityFormat::attainment(c->kei)};
        if (c->koi)
            lines << ResponsibilityFormat::attainment(*c->koi);
        if (c->stageDrop)
            lines << tr("Satisfaction of %1: %2 → %3 (%4 → %5, p = %6)")
                         .arg(c->stageDrop->stage, DeskFormat::number(c->stageDrop->before.mean, 2),
                              DeskFormat::number(c->stageDrop->after.mean, 2), c->stageDrop->monthBefore,
                              c->stageDrop->monthAfter, DeskFormat::number(c->stageDrop->pDrop, 3));
        return lines.join(u'\n');
    }
    if (role == Qt::TextAlignmentRole)
        return index.column() == Rank || index.column() == Severity ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    if (role != Qt::DisplayRole)
        return {};
    switch (Column(index.column())) {
    case Rank:
        return index.row() + 1;
    case Month:
        return c->month;
    case City:
        return ResponsibilityFormat::city(c->city);
    case Chain:
        return ResponsibilityFormat::chainPath(*c);
    case Department:
        return c->department;
    case Severity:
        // A miss under 0.1 % of the target is still a miss, not "0.0%".
        return c->severity > 0 && c->severity < 0.001 ? u"< 0.1%"_s : DeskFormat::percent(c->severity);
    case ColumnCount:
        break;
    }
    return {};
}

QVariant ResponsibilityChainModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Rank:
        return tr("#");
    case Month:
        return tr("Month");
    case City:
        return tr("City");
    case Chain:
        return tr("Root-cause chain");
    case Department:
        return tr("Department");
    case Severity:
        return tr("Miss");
    case ColumnCount:
        break;
    }
    return {};
}

ResponsibilityMatrixModel::ResponsibilityMatrixModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void ResponsibilityMatrixModel::setMatrix(const ResponsibilityMatrix &matrix)
{
    beginResetModel();
    m_matrix = matrix;
    m_maxComplaints = 0;
    for (const auto &row : m_matrix.complaints)
        for (qint64 v : row)
            m_maxComplaints = std::max(m_maxComplaints, v);
    endResetModel();
}

QString ResponsibilityMatrixModel::stage(int row) const
{
    return m_matrix.stages.value(row);
}

QString ResponsibilityMatrixModel::department(int column) const
{
    return m_matrix.departments.value(column);
}

int ResponsibilityMatrixModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_matrix.stages.size());
}

int ResponsibilityMatrixModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_matrix.departments.size());
}

QVariant ResponsibilityMatrixModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount() || index.column() >= columnCount())
        return {};
    const auto s = std::size_t(index.row());
    const auto d = std::size_t(index.column());
    const qint64 complaints = s < m_matrix.complaints.size() && d < m_matrix.complaints[s].size() ? m_matrix.complaints[s][d] : 0;
    const qint64 missed = s < m_matrix.missedIndicators.size() && d < m_matrix.missedIndicators[s].size()
        ? m_matrix.missedIndicators[s][d]
        : 0;
    switch (role) {
    case Qt::DisplayRole:
        return missed > 0 ? tr("%1 · ■ %n missed", nullptr, int(missed)).arg(DeskFormat::count(complaints))
                          : DeskFormat::count(complaints);
    case Qt::ToolTipRole:
        return tr("%1 × %2: %3 complaints, %n missed indicator actuals", nullptr, int(missed))
            .arg(stage(index.row()), department(index.column()).isEmpty() ? tr("no owner") : department(index.column()),
                 DeskFormat::count(complaints));
    case Qt::TextAlignmentRole:
        return QVariant(Qt::AlignCenter);
    case ValueRole:
        return double(complaints);
    case MissedRole:
        return missed;
    case HeatRole:
        return m_maxComplaints > 0 ? double(complaints) / double(m_maxComplaints) : 0.0;
    default:
        return {};
    }
}

QVariant ResponsibilityMatrixModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (orientation == Qt::Vertical)
        return stage(section);
    const QString d = department(section);
    return d.isEmpty() ? tr("no owner") : d;
}

} // namespace cx
