#pragma once

#include "text/textlists.h"

#include <QAbstractTableModel>
#include <QList>
#include <QStringList>

class QUndoStack;

namespace cx {

/// One word list as an editable table: the user dictionary (term, optional
/// frequency), the stop words (word), or the pain-point tag rules (tag,
/// phrases, exceptions; phrases and exceptions written "a|b|c"). Every edit
/// is checked as the list file's parser checks a line (parseTerms() …),
/// plus duplicates across rows; a refused edit changes nothing and emits
/// refused() with the reason. With an undo stack, every change is one
/// undoable step on it.
class WordListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    explicit WordListModel(TextListKind kind, QObject *parent = nullptr);

    TextListKind kind() const { return m_kind; }
    /// The stack edits are pushed to (not owned; null: edits apply directly).
    void setUndoStack(QUndoStack *stack) { m_undo = stack; }

    /// Shows a list's text (lines that do not parse are left out, as
    /// TextLists does), without an undo step; `isDefault`: it is the built-in list.
    void load(const QString &text, bool isDefault);
    /// Replaces the rows by those of `text` as one undoable step; false
    /// (nothing changed) when a line has a problem: `problems` lists them.
    bool replace(const QString &text, bool isDefault, const QString &actionName, QList<TextListProblem> *problems);
    /// The list as a file holds it, one line per row, with the comments
    /// and blank lines of the text it was loaded from above the rows they
    /// preceded (a removed row's go to the row after it).
    QString text() const;
    /// Whether the rows are the built-in list, unchanged.
    bool isDefault() const { return m_default; }

    /// Appends a row (cells by column); false with the reason (also emitted) when refused.
    bool addRow(const QStringList &cells);
    /// Removes rows (any order) as one step.
    void removeRowsAt(QList<int> rows);
    /// Why `cells` cannot be row `row` (−1: a new row) beside the others; empty when it can.
    QString problem(const QStringList &cells, int row = -1) const;
    /// The reason of the last refused edit.
    QString lastRefusal() const { return m_refusal; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    /// An edit was refused, and why (translated).
    void refused(const QString &reason);
    /// The rows or the default state changed.
    void listChanged();

private:
    friend class WordListCommand;
    struct State
    {
        QList<QStringList> rows;
        /// Per row, the comment and blank lines written above it in the file.
        QList<QStringList> notes;
        QStringList trailingNotes; ///< those after the last row
        bool isDefault = false;
    };
    static State stateOf(TextListKind kind, const QString &text, bool isDefault, QList<TextListProblem> *problems);
    QString lineOf(const QStringList &cells) const;
    State state() const { return {m_rows, m_notes, m_trailingNotes, m_default}; }
    /// Sets the rows, telling views as narrowly as it can.
    void setState(const State &state);
    void change(const State &after, const QString &actionName);
    bool refuse(const QString &reason);

    TextListKind m_kind;
    QList<QStringList> m_rows;
    QList<QStringList> m_notes;
    QStringList m_trailingNotes;
    bool m_default = true;
    QUndoStack *m_undo = nullptr;
    QString m_refusal;
};

} // namespace cx
