#pragma once

#include "views/viewfocus.h"

#include <QMainWindow>

#include <array>
#include <memory>

class QAction;
class QListWidget;
class QMenu;
class QStackedWidget;
class QUndoGroup;

namespace cx {

class AnalysisService;
class AnalysisView;
class Breadcrumb;
class FilterBar;
class StatusProgress;
class LanguageManager;
class Preferences;
class Workspace;
class WorkspaceView;

/// The application window. It wires the navigation, the filter bar and its
/// breadcrumb, the analysis service and the views to the open workspace;
/// every page is its own WorkspaceView.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    MainWindow(Preferences &preferences, LanguageManager &languages, QWidget *parent = nullptr);
    ~MainWindow() override;

    /// Opens a workspace, replacing the current one; on failure shows why
    /// (when `interactive`) and keeps the current one. Returns success.
    bool openWorkspace(const QString &path, bool interactive = true);
    /// Creates a workspace at `path` and opens it.
    bool createWorkspace(const QString &path, bool interactive = true);
    void closeWorkspace();

    Workspace *workspace() const { return m_workspace.get(); }
    /// The analysis state every view renders from.
    AnalysisService *analysisService() const { return m_service; }
    FilterBar *filterBar() const { return m_filterBar; }
    const QList<WorkspaceView *> &views() const { return m_views; }
    /// Switches the page; index into views().
    void showView(int index);
    /// The last error openWorkspace()/createWorkspace() met (for tests and scripts).
    QString lastError() const { return m_lastError; }
    /// Opens the import wizard on `files` (dropped, or chosen by the user).
    void importFiles(const QStringList &files);

protected:
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void createViews();
    void createActions();
    void createMenus();
    void retranslate();
    void updateRecentMenu();
    void updateTitle();
    void adoptWorkspace(std::unique_ptr<Workspace> workspace);
    void applyFilter(const AnalysisFilter &filter);
    /// Opens a desk view on a filter with something selected (a click on an alert, a hotspot…).
    void navigate(const ViewFocus &focus);
    AnalysisView *currentAnalysisView() const;
    void reportError(const QString &title, const QString &message, bool interactive);

    void newWorkspaceInteractive();
    void openWorkspaceInteractive();
    void importFilesInteractive();
    void showJourneySetup();
    void showWordLists();
    void shareWorkspaceInteractive();
    void showPreferences();
    void showAbout();

    Preferences &m_preferences;
    LanguageManager &m_languages;
    std::unique_ptr<Workspace> m_workspace;
    QString m_lastError;

    QListWidget *m_navigation = nullptr;
    QStackedWidget *m_stack = nullptr;
    FilterBar *m_filterBar = nullptr;
    Breadcrumb *m_breadcrumb = nullptr;
    QUndoGroup *m_undoGroup = nullptr;
    AnalysisService *m_service = nullptr;
    StatusProgress *m_progress = nullptr;
    QList<WorkspaceView *> m_views;
    std::array<AnalysisView *, 5> m_deskViews{};
    QList<QAction *> m_viewActions;

    QMenu *m_fileMenu = nullptr;
    QMenu *m_recentMenu = nullptr;
    QMenu *m_editMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_toolsMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    QAction *m_newAction = nullptr;
    QAction *m_openAction = nullptr;
    QAction *m_closeAction = nullptr;
    QAction *m_importAction = nullptr;
    QAction *m_shareAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_undoAction = nullptr;
    QAction *m_redoAction = nullptr;
    QAction *m_drillUpAction = nullptr;
    QAction *m_journeyAction = nullptr;
    QAction *m_wordListsAction = nullptr;
    QAction *m_searchAction = nullptr;
    QAction *m_nextViewAction = nullptr;
    QAction *m_previousViewAction = nullptr;
    QAction *m_preferencesAction = nullptr;
    QAction *m_aboutAction = nullptr;
    QAction *m_aboutQtAction = nullptr;
};

} // namespace cx
