#pragma once

#include <QStyledItemDelegate>

namespace cx {

/// Edits a cell with a drop-down of the values the model offers for it
/// under `choicesRole` (a QStringList); cells without choices get the
/// default editor. Picking a value commits it at once.
class ChoiceDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    explicit ChoiceDelegate(int choicesRole, QObject *parent = nullptr);

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override;

private:
    int m_choicesRole;
};

} // namespace cx
