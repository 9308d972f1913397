#include "workspace/categorymapmodel.h"

#include "import/categorymap.h"
#include "workspace/categorymapeditor.h"

#include <QLocale>

namespace cx {

CategoryMapModel::CategoryMapModel(CategoryMapEditor &editor, QObject *parent)
    : QAbstractTableModel(parent)
    , m_editor(editor)
{
    connect(&m_editor, &CategoryMapEditor::changed, this, &CategoryMapModel::refresh);
    refresh();
}

void CategoryMapModel::refresh()
{
    QStringList categories;
    for (const CategoryMapping &row : m_editor.mappings())
        categories << row.category;
    categories << m_editor.unmappedCategories();
    QStringList sortedNow = m_categories, sortedNext = categories;
    sortedNow.sort();
    sortedNext.sort();
    if (sortedNow != sortedNext) {
        beginResetModel();
        m_categories = categories;
        endResetModel();
        return;
    }
    if (categories != m_categories) {
        // The same categories in another order (one got mapped): a new layout,
        // so that views keep their selection and open editors.
        Q_EMIT layoutAboutToBeChanged();
        const QModelIndexList before = persistentIndexList();
        QModelIndexList after;
        for (const QModelIndex &index : before)
            after << index.siblingAtRow(int(categories.indexOf(m_categories.at(index.row()))));
        m_categories = categories;
        changePersistentIndexList(before, after);
        Q_EMIT layoutChanged();
    }
    if (!m_categories.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

bool CategoryMapModel::isMapped(int row) const
{
    return row < m_editor.mappings().size();
}

QString CategoryMapModel::categoryAt(int row) const
{
    return m_categories.value(row);
}

int CategoryMapModel::rowOf(const QString &category) const
{
    return int(m_categories.indexOf(category));
}

int CategoryMapModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_categories.size());
}

int CategoryMapModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CategoryMapModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_categories.size())
        return {};
    const int row = index.row();
    const bool mapped = isMapped(row);
    const QString category = categoryAt(row);
    const qint64 complaints = m_editor.complaintsOf(category);
    switch (role) {
    case int(Role::Category):
        return category;
    case int(Role::Mapped):
        return mapped;
    case int(Role::ComplaintCount):
        return complaints;
    case int(Role::Choices):
        if (index.column() == Stage)
            return m_editor.stages();
        if (index.column() == ExperienceLevel)
            return QStringList{QString()} + experienceLevels();
        return {};
    case Qt::TextAlignmentRole:
        return index.column() == Complaints ? QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    case Qt::ToolTipRole:
        if (!mapped)
            return tr("Not in the category map: its complaints are filed under %1. Choose a stage to map it.")
                .arg(CategoryMap::unmappedStage());
        return {};
    case Qt::DisplayRole:
    case Qt::EditRole:
        break;
    default:
        return {};
    }
    const CategoryMapping *mapping = mapped ? &m_editor.mappings().at(row) : nullptr;
    switch (index.column()) {
    case Category:
        return category;
    case Stage:
        return mapping ? mapping->stage : CategoryMap::unmappedStage();
    case ElementCode:
        return mapping ? mapping->elementCode : QString();
    case ExperienceLevel:
        return mapping ? mapping->experienceLevel : QString();
    case Complaints:
        return role == Qt::DisplayRole ? QVariant(QLocale().toString(complaints)) : QVariant(complaints);
    }
    return {};
}

QVariant CategoryMapModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Category:
        return tr("Category");
    case Stage:
        return tr("Journey stage");
    case ElementCode:
        return tr("Perception element");
    case ExperienceLevel:
        return tr("Experience level");
    case Complaints:
        return tr("Complaints");
    }
    return {};
}

Qt::ItemFlags CategoryMapModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags flags = QAbstractTableModel::flags(index);
    if (!index.isValid() || !m_editor.isLoaded())
        return flags;
    // An unmapped category gets a stage first; element and level come with its row.
    const bool editable = index.column() == Stage
        || (isMapped(index.row()) && (index.column() == ElementCode || index.column() == ExperienceLevel));
    return editable ? flags | Qt::ItemIsEditable : flags;
}

bool CategoryMapModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !(flags(index) & Qt::ItemIsEditable))
        return false;
    const int row = index.row();
    CategoryMapping mapping = isMapped(row) ? m_editor.mappings().at(row) : CategoryMapping{categoryAt(row), {}, {}, {}};
    const QString text = value.toString();
    switch (index.column()) {
    case Stage:
        mapping.stage = text;
        break;
    case ElementCode:
        mapping.elementCode = text;
        break;
    case ExperienceLevel:
        mapping.experienceLevel = text;
        break;
    }
    const QString message = m_editor.setMapping(mapping);
    if (!message.isEmpty()) {
        Q_EMIT editRefused(message);
        return false;
    }
    return true;
}

QHash<int, QByteArray> CategoryMapModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(int(Role::Category), "category");
    names.insert(int(Role::Mapped), "mapped");
    names.insert(int(Role::ComplaintCount), "complaintCount");
    names.insert(int(Role::Choices), "choices");
    return names;
}

} // namespace cx
