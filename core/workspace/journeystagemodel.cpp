#include "workspace/journeystagemodel.h"

#include "workspace/categorymapeditor.h"

#include <QLocale>

namespace cx {

JourneyStageModel::JourneyStageModel(CategoryMapEditor &editor, QObject *parent)
    : QAbstractTableModel(parent)
    , m_editor(editor)
    , m_rows(int(editor.stages().size()))
{
    connect(&m_editor, &CategoryMapEditor::changed, this, &JourneyStageModel::refresh);
}

void JourneyStageModel::refresh()
{
    const int rows = int(m_editor.stages().size());
    if (rows != m_rows) {
        beginResetModel();
        m_rows = rows;
        endResetModel();
    } else if (rows > 0) {
        Q_EMIT dataChanged(index(0, 0), index(rows - 1, ColumnCount - 1));
    }
}

int JourneyStageModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_rows;
}

int JourneyStageModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant JourneyStageModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_editor.stages().size())
        return {};
    const QString &stage = m_editor.stages().at(index.row());
    const int categories = m_editor.categoriesInStage(stage);
    const qint64 complaints = m_editor.complaintsInStage(stage);
    switch (role) {
    case int(Role::Name):
        return stage;
    case int(Role::CategoryCount):
        return categories;
    case int(Role::ComplaintCount):
        return complaints;
    case int(Role::Removable):
        return categories == 0 && m_editor.referencesToStage(stage) == 0;
    case Qt::TextAlignmentRole:
        return index.column() == Name ? QVariant() : QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::DisplayRole:
    case Qt::EditRole:
        switch (index.column()) {
        case Name:
            return stage;
        case Categories:
            return categories;
        case Complaints:
            return role == Qt::DisplayRole ? QVariant(QLocale().toString(complaints)) : QVariant(complaints);
        }
        break;
    case Qt::ToolTipRole:
        if (const int references = m_editor.referencesToStage(stage); references > 0)
            return tr("%n survey question(s) or work order(s) refer to this stage.", nullptr, references);
        break;
    }
    return {};
}

QVariant JourneyStageModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Vertical)
        return role == Qt::DisplayRole ? QVariant(section + 1) : QVariant();
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name:
        return tr("Journey stage");
    case Categories:
        return tr("Categories");
    case Complaints:
        return tr("Complaints");
    }
    return {};
}

Qt::ItemFlags JourneyStageModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags flags = QAbstractTableModel::flags(index);
    if (index.isValid() && index.column() == Name && m_editor.isLoaded())
        flags |= Qt::ItemIsEditable;
    return flags;
}

bool JourneyStageModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !index.isValid() || index.column() != Name || index.row() >= m_editor.stages().size())
        return false;
    const QString message = m_editor.renameStage(m_editor.stages().at(index.row()), value.toString());
    if (!message.isEmpty()) {
        Q_EMIT editRefused(message);
        return false;
    }
    return true;
}

QHash<int, QByteArray> JourneyStageModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(int(Role::Name), "name");
    names.insert(int(Role::CategoryCount), "categoryCount");
    names.insert(int(Role::ComplaintCount), "complaintCount");
    names.insert(int(Role::Removable), "removable");
    return names;
}

} // namespace cx
