#pragma once

#include "workspace/categorymapchange.h"

#include <QPointer>
#include <QUndoCommand>

namespace cx {

class CategoryMapEditor;

/// One edit of the journey stages or the category map on the workspace's
/// undo stack: redo applies the change, undo its inverse, both through the
/// workspace's CategoryMapEditor (which re-derives the complaints).
class JourneyChangeCommand : public QUndoCommand
{
public:
    JourneyChangeCommand(CategoryMapEditor &editor, JourneyChange change, const QString &text);

    void redo() override;
    void undo() override;

    const JourneyChange &change() const { return m_change; }

private:
    QPointer<CategoryMapEditor> m_editor;
    JourneyChange m_change;
};

} // namespace cx
