#pragma once

#include "text/textlists.h"
#include "text/wordlistmodel.h"

#include <QObject>
#include <QStringList>
#include <QUndoStack>

#include <array>
#include <optional>

namespace cx {

/// What the edited word lists make of a sample sentence.
struct TextPreview
{
    QStringList words;    ///< the sentence segmented
    QStringList keywords; ///< its keyword candidates (pairs joined as shown)
    QStringList tags;     ///< the pain-point tags it gets
};

/// The three word lists of a workspace being edited: one model per list
/// sharing one undo stack, so that undo and redo follow the edits whatever
/// page they were made on.
class WordListsEditor : public QObject
{
    Q_OBJECT

public:
    explicit WordListsEditor(QObject *parent = nullptr);

    /// Shows the lists in effect (the stack is emptied and marked clean).
    void load(const TextLists &lists);
    WordListModel *model(TextListKind kind) const { return m_models[std::size_t(kind)]; }
    QUndoStack *undoStack() { return &m_undo; }
    /// Whether anything changed since load() or markApplied().
    bool isModified() const { return !m_undo.isClean(); }
    void markApplied() { m_undo.setClean(); }

    /// Goes back to a list's built-in default (one undoable step).
    void resetToDefault(TextListKind kind);
    /// What writeTextLists() stores: each list's text, or nothing where it is the default.
    std::array<std::optional<QString>, 3> texts() const;
    /// Segments `sentence` with the edited terms, and tags it with the edited rules.
    TextPreview preview(const QString &sentence) const;

Q_SIGNALS:
    void modifiedChanged(bool modified);

private:
    QUndoStack m_undo;
    std::array<WordListModel *, 3> m_models{};
};

} // namespace cx
