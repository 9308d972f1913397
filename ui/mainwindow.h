#pragma once

#include <QMainWindow>

#include <memory>

class QAction;
class QListWidget;
class QMenu;
class QStackedWidget;
class QUndoGroup;

namespace cx {

class FilterBar;
class LanguageManager;
class Preferences;
class Workspace;
class WorkspaceView;

/// The application window. It wires the navigation, the filter bar and the
/// views to the open workspace; every page is its own WorkspaceView.
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
    void loadFilterOptions();
    void reportError(const QString &title, const QString &message, bool interactive);

    void newWorkspaceInteractive();
    void openWorkspaceInteractive();
    void importFilesInteractive();
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
    QUndoGroup *m_undoGroup = nullptr;
    QList<WorkspaceView *> m_views;
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
    QAction *m_preferencesAction = nullptr;
    QAction *m_aboutAction = nullptr;
    QAction *m_aboutQtAction = nullptr;
};

} // namespace cx
