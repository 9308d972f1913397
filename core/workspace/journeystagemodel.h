#pragma once

#include <QAbstractTableModel>

namespace cx {

class CategoryMapEditor;

/// The journey stages of a workspace in order, with how many categories
/// and complaints each holds. Editing a name renames the stage (an undoable
/// edit through the CategoryMapEditor).
class JourneyStageModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Name, Categories, Complaints, ColumnCount };
    enum class Role {
        Name = Qt::UserRole + 1, ///< the stage (QString)
        CategoryCount,           ///< map rows placing categories under it (int)
        ComplaintCount,          ///< complaints filed under it (qint64)
        Removable,               ///< nothing refers to it (bool)
    };

    explicit JourneyStageModel(CategoryMapEditor &editor, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    QHash<int, QByteArray> roleNames() const override;

Q_SIGNALS:
    /// An edit was refused; `message` says why (translated).
    void editRefused(const QString &message);

private:
    void refresh();

    CategoryMapEditor &m_editor;
    int m_rows = 0;
};

} // namespace cx
