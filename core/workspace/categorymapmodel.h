#pragma once

#include <QAbstractTableModel>

namespace cx {

class CategoryMapEditor;
struct CategoryMapping;

/// The category map of a workspace: one row per mapped category (sorted),
/// then one per category found in the complaints that the map does not
/// place (shown under 未归类, to be mapped). Editing the stage, element code
/// or experience level is an undoable edit through the CategoryMapEditor;
/// choosing a stage for an unmapped category adds it to the map.
class CategoryMapModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Category, Stage, ElementCode, ExperienceLevel, Complaints, ColumnCount };
    enum class Role {
        Category = Qt::UserRole + 1, ///< the category (QString)
        Mapped,                      ///< it has a row in the map (bool)
        ComplaintCount,              ///< complaints it places (qint64)
        Choices,                     ///< what the column may be set to (QStringList; stage and level columns)
    };

    explicit CategoryMapModel(CategoryMapEditor &editor, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    QHash<int, QByteArray> roleNames() const override;

    /// The row of `category`, -1 when it is neither mapped nor found.
    int rowOf(const QString &category) const;

Q_SIGNALS:
    /// An edit was refused; `message` says why (translated).
    void editRefused(const QString &message);

private:
    void refresh();
    bool isMapped(int row) const;
    QString categoryAt(int row) const;

    CategoryMapEditor &m_editor;
    QStringList m_categories; // what the rows show, mapped first
};

} // namespace cx
