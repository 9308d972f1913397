#pragma once

#include "workspace/filter.h"

#include <QWidget>

namespace cx {

class Workspace;

/// Base of every page the navigation switches between. The main window hands
/// each view the open workspace (or none) and the current filter; a view
/// refreshes itself from them and re-translates on QEvent::LanguageChange.
class WorkspaceView : public QWidget
{
    Q_OBJECT

public:
    explicit WorkspaceView(QWidget *parent = nullptr);

    /// The title shown in the navigation and above the page.
    virtual QString title() const = 0;

    /// `workspace` may be null (no workspace open). Not owned.
    void setWorkspace(Workspace *workspace);
    void setFilter(const AnalysisFilter &filter);

protected:
    Workspace *workspace() const { return m_workspace; }
    const AnalysisFilter &filter() const { return m_filter; }

    /// Reload from workspace() and filter().
    virtual void refresh() = 0;
    /// Re-set every translated text.
    virtual void retranslate() = 0;

    void changeEvent(QEvent *event) override;

private:
    Workspace *m_workspace = nullptr;
    AnalysisFilter m_filter;
};

} // namespace cx
