#include "workspace/categorymapcommands.h"

#include "workspace/categorymapeditor.h"

namespace cx {

JourneyChangeCommand::JourneyChangeCommand(CategoryMapEditor &editor, JourneyChange change, const QString &text)
    : QUndoCommand(text)
    , m_editor(&editor)
    , m_change(std::move(change))
{
}

void JourneyChangeCommand::redo()
{
    // The editor is a child of the workspace, like the undo stack: it goes only with the workspace.
    if (m_editor)
        m_editor->submit(m_change);
}

void JourneyChangeCommand::undo()
{
    if (m_editor)
        m_editor->submit(m_change.inverted());
}

} // namespace cx
