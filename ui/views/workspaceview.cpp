#include "views/workspaceview.h"

#include "workspace/workspace.h"

#include <QEvent>

namespace cx {

WorkspaceView::WorkspaceView(QWidget *parent)
    : QWidget(parent)
{
}

void WorkspaceView::setWorkspace(Workspace *workspace)
{
    if (m_workspace)
        disconnect(m_workspace, nullptr, this, nullptr);
    m_workspace = workspace;
    if (m_workspace)
        connect(m_workspace, &Workspace::dataChanged, this, &WorkspaceView::refresh);
    refresh();
}

void WorkspaceView::setFilter(const AnalysisFilter &filter)
{
    if (filter == m_filter)
        return;
    m_filter = filter;
    refresh();
}

void WorkspaceView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace cx
