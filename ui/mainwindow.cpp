#include "mainwindow.h"

#include "analytics/analyticscube.h"
#include "categories/journeysetupdialog.h"
#include "text/wordlistsdialog.h"
#include "breadcrumb.h"
#include "filterbar.h"
#include "import/importwizard.h"
#include "preferencesdialog.h"
#include "service/analysisservice.h"
#include "settings/language.h"
#include "settings/preferences.h"
#include "share/sharedialog.h"
#include "statusprogress.h"
#include "views/alertsview.h"
#include "views/dashboardview.h"
#include "views/dataview.h"
#include "views/driversview.h"
#include "views/funnelview.h"
#include "views/hotspotsview.h"
#include "views/journeyview.h"
#include "views/kanoview.h"
#include "views/lifecycleview.h"
#include "views/responsibilityview.h"
#include "views/servicequalityview.h"
#include "views/workorderview.h"
#include "workspace/workspace.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QScreen>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QUndoGroup>
#include <QUndoStack>
#include <QVBoxLayout>

namespace cx {

using namespace Qt::StringLiterals;

MainWindow::MainWindow(Preferences &preferences, LanguageManager &languages, QWidget *parent)
    : QMainWindow(parent)
    , m_preferences(preferences)
    , m_languages(languages)
    , m_navigation(new QListWidget(this))
    , m_stack(new QStackedWidget(this))
    , m_filterBar(new FilterBar(this))
    , m_breadcrumb(new Breadcrumb(this))
    , m_undoGroup(new QUndoGroup(this))
    , m_service(new AnalysisService(this))
    , m_progress(new StatusProgress(this))
{
    m_navigation->setFrameShape(QFrame::NoFrame);
    m_navigation->setMinimumWidth(140);
    m_navigation->setMaximumWidth(240);

    auto *content = new QWidget(this);
    auto *contentLayout = new QVBoxLayout(content);
    contentLayout->setContentsMargins(0, 0, 0, 0);
    contentLayout->setSpacing(0);
    contentLayout->addWidget(m_filterBar);
    contentLayout->addWidget(m_breadcrumb);
    contentLayout->addWidget(m_stack, 1);

    auto *splitter = new QSplitter(this);
    splitter->addWidget(m_navigation);
    splitter->addWidget(content);
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 1);
    splitter->setChildrenCollapsible(false);
    splitter->setSizes({m_navigation->minimumWidth(), 10000});
    setCentralWidget(splitter);
    setAcceptDrops(true);

    createViews();
    createActions();
    createMenus();

    connect(m_navigation, &QListWidget::currentRowChanged, m_stack, &QStackedWidget::setCurrentIndex);
    connect(m_filterBar, &FilterBar::filterChanged, this, &MainWindow::applyFilter);
    connect(m_breadcrumb, &Breadcrumb::regionChosen, this, [this](const RegionPath &region) {
        AnalysisFilter filter = m_filterBar->filter();
        filter.region = region;
        m_filterBar->setFilter(filter);
    });
    // The filter bar's choices come from the cube the service loaded (never from the GUI thread's SQL).
    connect(m_service, &AnalysisService::cubeLoaded, this, [this] {
        m_filterBar->setOptions(m_service->cube()->filterOptions());
        m_breadcrumb->setRegion(m_filterBar->filter().region, m_filterBar->options());
    });
    connect(m_service, &AnalysisService::progress, this,
            [this](int permille, const QString &text) { m_progress->showProgress(permille, text); });
    connect(m_service, &AnalysisService::progressFinished, m_progress, &StatusProgress::finish);
    connect(m_progress, &StatusProgress::cancelRequested, m_service, &AnalysisService::cancelLoading);
    connect(m_service, &AnalysisService::statusChanged, this, [this] {
        if (m_service->status() == AnalysisService::Status::Failed)
            statusBar()->showMessage(m_service->statusMessage());
    });
    statusBar()->addPermanentWidget(m_progress);

    retranslate();
    showView(0);
    // A first start fits a 1366×768 laptop screen as well as a large one.
    if (!restoreGeometry(m_preferences.mainWindowGeometry()))
        resize(QSize(1280, 800).boundedTo(screen()->availableGeometry().size()));
}

MainWindow::~MainWindow()
{
    // An open import wizard holds the workspace: it goes first (stopping its import).
    qDeleteAll(findChildren<ImportWizard *>(Qt::FindDirectChildrenOnly));
    // Views hold a raw pointer to the workspace: detach them before it goes.
    for (WorkspaceView *view : std::as_const(m_views))
        view->setWorkspace(nullptr);
    m_service->setWorkspace(nullptr);
}

void MainWindow::createViews()
{
    const auto analysis = [this](AnalysisView *view) {
        // Queued: the item clicked may go with the view's next rendering.
        connect(view, &AnalysisView::navigateRequested, this, &MainWindow::navigate, Qt::QueuedConnection);
        connect(view, &AnalysisView::importRequested, this, &MainWindow::importFilesInteractive);
        m_views << view;
        return view;
    };
    m_deskViews[int(DeskView::Dashboard)] = analysis(new DashboardView(*m_service, this));
    m_deskViews[int(DeskView::Journey)] = analysis(new JourneyView(*m_service, this));
    m_deskViews[int(DeskView::Hotspots)] = analysis(new HotspotsView(*m_service, this));
    m_deskViews[int(DeskView::Alerts)] = analysis(new AlertsView(*m_service, this));
    auto *serviceQuality = new ServiceQualityView(*m_service, this);
    m_deskViews[int(DeskView::Service)] = analysis(serviceQuality);
    auto *responsibility = new ResponsibilityView(*m_service, this);
    analysis(responsibility);
    analysis(new DriversView(*m_service, this));
    analysis(new LifecycleView(*m_service, this));
    auto *funnel = new FunnelView(*m_service, this);
    analysis(funnel);
    auto *kano = new KanoView(*m_service, this);
    analysis(kano);
    auto *workOrders = new WorkOrderView(m_preferences, this);
    m_views << workOrders;
    // Findings become draft work orders in the work-order view.
    const auto draftTo = [this, workOrders](const WorkOrder &draft) {
        workOrders->createFromDraft(draft);
        showView(int(m_views.indexOf(workOrders)));
    };
    connect(responsibility, &ResponsibilityView::workOrderDraftReady, this, draftTo);
    connect(kano, &KanoView::workOrderDraftReady, this, draftTo);
    connect(funnel, &FunnelView::workOrderDraftReady, this, draftTo);
    connect(serviceQuality, &ServiceQualityView::workOrderDraftReady, this, draftTo);
    auto *dataView = new DataView(this);
    connect(dataView, &DataView::importRequested, this, &MainWindow::importFilesInteractive);
    m_views << dataView;

    for (WorkspaceView *view : std::as_const(m_views)) {
        m_stack->addWidget(view);
        m_navigation->addItem(view->title());
    }
}

void MainWindow::applyFilter(const AnalysisFilter &filter)
{
    m_service->setFilter(filter);
    m_breadcrumb->setRegion(filter.region, m_filterBar->options());
    for (WorkspaceView *view : std::as_const(m_views))
        view->setFilter(filter);
}

void MainWindow::navigate(const ViewFocus &focus)
{
    if (focus.filter)
        m_filterBar->setFilter(*focus.filter);
    AnalysisView *view = m_deskViews[int(focus.view)];
    showView(int(m_views.indexOf(view)));
    view->applyFocus(focus);
}

AnalysisView *MainWindow::currentAnalysisView() const
{
    return qobject_cast<AnalysisView *>(m_stack->currentWidget());
}

void MainWindow::createActions()
{
    m_newAction = new QAction(this);
    m_newAction->setShortcut(QKeySequence::New);
    connect(m_newAction, &QAction::triggered, this, &MainWindow::newWorkspaceInteractive);

    m_openAction = new QAction(this);
    m_openAction->setShortcut(QKeySequence::Open);
    connect(m_openAction, &QAction::triggered, this, &MainWindow::openWorkspaceInteractive);

    m_closeAction = new QAction(this);
    m_closeAction->setShortcut(QKeySequence::Close);
    connect(m_closeAction, &QAction::triggered, this, &MainWindow::closeWorkspace);

    m_importAction = new QAction(this);
    m_importAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    connect(m_importAction, &QAction::triggered, this, &MainWindow::importFilesInteractive);
    m_shareAction = new QAction(this);
    connect(m_shareAction, &QAction::triggered, this, &MainWindow::shareWorkspaceInteractive);

    m_quitAction = new QAction(this);
    m_quitAction->setShortcut(QKeySequence::Quit);
    m_quitAction->setMenuRole(QAction::QuitRole);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);

    m_undoAction = m_undoGroup->createUndoAction(this);
    m_undoAction->setShortcut(QKeySequence::Undo);
    m_redoAction = m_undoGroup->createRedoAction(this);
    m_redoAction->setShortcut(QKeySequence::Redo);

    for (int i = 0; i < m_views.size(); ++i) {
        auto *action = new QAction(this);
        // Ctrl+1 … Ctrl+9; Ctrl+0 stays the responsibility map's "fit to window".
        if (i < 9)
            action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)));
        connect(action, &QAction::triggered, this, [this, i] { showView(i); });
        m_viewActions << action;
    }

    // Past the ninth view, and in order through all of them.
    m_nextViewAction = new QAction(this);
    m_nextViewAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_PageDown));
    connect(m_nextViewAction, &QAction::triggered, this,
            [this] { showView((m_navigation->currentRow() + 1) % int(m_views.size())); });
    m_previousViewAction = new QAction(this);
    m_previousViewAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_PageUp));
    connect(m_previousViewAction, &QAction::triggered, this, [this] {
        showView((m_navigation->currentRow() + int(m_views.size()) - 1) % int(m_views.size()));
    });

    m_searchAction = new QAction(this);
    m_searchAction->setShortcut(QKeySequence::Find);
    connect(m_searchAction, &QAction::triggered, this, [this] {
        if (AnalysisView *view = currentAnalysisView())
            view->focusSearch();
    });

    m_drillUpAction = new QAction(this);
    m_drillUpAction->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Up));
    connect(m_drillUpAction, &QAction::triggered, m_filterBar, &FilterBar::drillUp);

    m_journeyAction = new QAction(this);
    connect(m_journeyAction, &QAction::triggered, this, &MainWindow::showJourneySetup);
    m_wordListsAction = new QAction(this);
    connect(m_wordListsAction, &QAction::triggered, this, &MainWindow::showWordLists);

    m_preferencesAction = new QAction(this);
    m_preferencesAction->setShortcut(QKeySequence::Preferences);
    m_preferencesAction->setMenuRole(QAction::PreferencesRole);
    connect(m_preferencesAction, &QAction::triggered, this, &MainWindow::showPreferences);

    m_aboutAction = new QAction(this);
    m_aboutAction->setMenuRole(QAction::AboutRole);
    connect(m_aboutAction, &QAction::triggered, this, &MainWindow::showAbout);
    m_aboutQtAction = new QAction(this);
    m_aboutQtAction->setMenuRole(QAction::AboutQtRole);
    connect(m_aboutQtAction, &QAction::triggered, qApp, &QApplication::aboutQt);
}

void MainWindow::createMenus()
{
    m_fileMenu = menuBar()->addMenu(QString());
    m_fileMenu->addAction(m_newAction);
    m_fileMenu->addAction(m_openAction);
    m_recentMenu = m_fileMenu->addMenu(QString());
    connect(m_recentMenu, &QMenu::aboutToShow, this, &MainWindow::updateRecentMenu);
    m_fileMenu->addAction(m_closeAction);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_importAction);
    m_fileMenu->addAction(m_shareAction);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_quitAction);

    m_editMenu = menuBar()->addMenu(QString());
    m_editMenu->addAction(m_undoAction);
    m_editMenu->addAction(m_redoAction);

    m_viewMenu = menuBar()->addMenu(QString());
    m_viewMenu->addActions(m_viewActions);
    m_viewMenu->addSeparator();
    m_viewMenu->addAction(m_nextViewAction);
    m_viewMenu->addAction(m_previousViewAction);
    m_viewMenu->addSeparator();
    m_viewMenu->addAction(m_searchAction);
    m_viewMenu->addAction(m_drillUpAction);

    m_toolsMenu = menuBar()->addMenu(QString());
    m_toolsMenu->addAction(m_journeyAction);
    m_toolsMenu->addAction(m_wordListsAction);
    m_toolsMenu->addAction(m_preferencesAction);

    m_helpMenu = menuBar()->addMenu(QString());
    m_helpMenu->addAction(m_aboutAction);
    m_helpMenu->addAction(m_aboutQtAction);
}

void MainWindow::retranslate()
{
    m_fileMenu->setTitle(tr("&File"));
    m_recentMenu->setTitle(tr("Open &Recent"));
    m_editMenu->setTitle(tr("&Edit"));
    m_viewMenu->setTitle(tr("&View"));
    m_toolsMenu->setTitle(tr("&Tools"));
    m_helpMenu->setTitle(tr("&Help"));
    m_newAction->setText(tr("&New Workspace…"));
    m_openAction->setText(tr("&Open Workspace…"));
    m_closeAction->setText(tr("&Close Workspace"));
    m_importAction->setText(tr("&Import Files…"));
    m_shareAction->setText(tr("Save a Copy for &Sharing…"));
    m_quitAction->setText(tr("&Quit"));
    m_undoAction->setText(tr("&Undo"));
    m_redoAction->setText(tr("&Redo"));
    m_drillUpAction->setText(tr("Region &Up One Level"));
    m_journeyAction->setText(tr("&Journey Stages and Categories…"));
    m_wordListsAction->setText(tr("&Word Lists…"));
    m_searchAction->setText(tr("&Find Complaints"));
    m_nextViewAction->setText(tr("&Next View"));
    m_previousViewAction->setText(tr("P&revious View"));
    m_preferencesAction->setText(tr("&Preferences…"));
    m_aboutAction->setText(tr("&About CX Workbench"));
    m_aboutQtAction->setText(tr("About &Qt"));
    for (int i = 0; i < m_views.size(); ++i) {
        m_navigation->item(i)->setText(m_views.at(i)->title());
        m_viewActions.at(i)->setText(m_views.at(i)->title());
    }
    updateTitle();
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMainWindow::changeEvent(event);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    m_preferences.setMainWindowGeometry(saveGeometry());
    m_preferences.sync();
    event->accept();
}

void MainWindow::showView(int index)
{
    if (index >= 0 && index < m_views.size())
        m_navigation->setCurrentRow(index);
}

void MainWindow::updateTitle()
{
    setWindowTitle(m_workspace ? tr("%1 — CX Workbench").arg(m_workspace->displayName()) : tr("CX Workbench"));
    m_closeAction->setEnabled(bool(m_workspace));
    m_importAction->setEnabled(bool(m_workspace));
    m_journeyAction->setEnabled(bool(m_workspace));
    m_wordListsAction->setEnabled(bool(m_workspace));
    m_shareAction->setEnabled(bool(m_workspace));
}

void MainWindow::updateRecentMenu()
{
    m_recentMenu->clear();
    const QStringList recent = m_preferences.recentWorkspaces();
    for (const QString &path : recent) {
        QAction *action = m_recentMenu->addAction(QDir::toNativeSeparators(path));
        connect(action, &QAction::triggered, this, [this, path] { openWorkspace(path); });
    }
    if (recent.isEmpty())
        m_recentMenu->addAction(tr("No recent workspaces"))->setEnabled(false);
}

void MainWindow::reportError(const QString &title, const QString &message, bool interactive)
{
    m_lastError = message;
    if (interactive)
        QMessageBox::warning(this, title, message);
    else
        statusBar()->showMessage(message);
}

void MainWindow::adoptWorkspace(std::unique_ptr<Workspace> workspace)
{
    for (WorkspaceView *view : std::as_const(m_views))
        view->setWorkspace(nullptr);
    m_service->setWorkspace(nullptr);
    m_filterBar->setOptions({});
    if (m_workspace)
        m_undoGroup->removeStack(m_workspace->undoStack());

    m_workspace = std::move(workspace);
    if (m_workspace) {
        m_undoGroup->addStack(m_workspace->undoStack());
        m_undoGroup->setActiveStack(m_workspace->undoStack());
        m_preferences.addRecentWorkspace(m_workspace->path());
        connect(m_workspace.get(), &Workspace::changedElsewhere, this, [this] {
            statusBar()->showMessage(
                tr("Another program changed %1 (imports or work orders): the views show the new data.")
                    .arg(m_workspace->displayName()),
                10000);
        });
    }
    m_service->setFilter(m_filterBar->filter());
    m_service->setWorkspace(m_workspace.get());
    for (WorkspaceView *view : std::as_const(m_views)) {
        view->setFilter(m_filterBar->filter());
        view->setWorkspace(m_workspace.get());
    }
    m_breadcrumb->setRegion({}, {});
    updateTitle();
}

bool MainWindow::openWorkspace(const QString &path, bool interactive)
{
    WorkspaceError error;
    std::unique_ptr<Workspace> workspace = Workspace::open(path, &error);
    if (!workspace) {
        if (error.code == WorkspaceError::Code::NotFound)
            m_preferences.removeRecentWorkspace(path);
        reportError(tr("Cannot open workspace"), error.message, interactive);
        return false;
    }
    adoptWorkspace(std::move(workspace));
    statusBar()->showMessage(tr("Opened %1").arg(QDir::toNativeSeparators(path)), 5000);
    return true;
}

bool MainWindow::createWorkspace(const QString &path, bool interactive)
{
    WorkspaceError error;
    std::unique_ptr<Workspace> workspace = Workspace::create(path, &error);
    if (!workspace) {
        reportError(tr("Cannot create workspace"), error.message, interactive);
        return false;
    }
    adoptWorkspace(std::move(workspace));
    return true;
}

void MainWindow::closeWorkspace()
{
    adoptWorkspace(nullptr);
}

void MainWindow::newWorkspaceInteractive()
{
    QString path = QFileDialog::getSaveFileName(this, tr("New Workspace"), m_preferences.lastImportFolder(),
                                                tr("CX Workbench workspaces (*.cxw)"));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += u".cxw"_s;
    // The save dialog already asked before replacing; a workspace is never overwritten in place.
    if (QFileInfo::exists(path)) {
        reportError(tr("Cannot create workspace"),
                    tr("%1 already exists. Open it with File › Open, or choose another name.")
                        .arg(QDir::toNativeSeparators(path)),
                    true);
        return;
    }
    createWorkspace(path);
}

void MainWindow::openWorkspaceInteractive()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open Workspace"), m_preferences.lastImportFolder(),
                                                      tr("CX Workbench workspaces (*.cxw);;All files (*)"));
    if (!path.isEmpty())
        openWorkspace(path);
}

void MainWindow::importFilesInteractive()
{
    if (!m_workspace)
        return;
    const QStringList files = ImportWizard::chooseFiles(this, m_preferences);
    if (!files.isEmpty())
        importFiles(files);
}

void MainWindow::shareWorkspaceInteractive()
{
    if (!m_workspace)
        return;
    auto *dialog = new ShareDialog(*m_workspace, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::importFiles(const QStringList &files)
{
    if (!m_workspace) {
        reportError(tr("Import Files"),
                    tr("Open or create a workspace first: imported data is stored in a workspace."), true);
        return;
    }
    auto *wizard = new ImportWizard(*m_workspace, m_preferences, this);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    wizard->addFiles(files);
    wizard->open();
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (!ImportWizard::droppedFiles(event->mimeData()).isEmpty())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    const QStringList files = ImportWizard::droppedFiles(event->mimeData());
    if (files.isEmpty())
        return;
    event->acceptProposedAction();
    // A workspace dropped on its own is opened; anything else is imported.
    if (files.size() == 1 && QFileInfo(files.constFirst()).suffix().compare("cxw"_L1, Qt::CaseInsensitive) == 0)
        openWorkspace(files.constFirst());
    else
        importFiles(files);
}

void MainWindow::showWordLists()
{
    if (!m_workspace)
        return;
    auto *dialog = findChild<WordListsDialog *>(QString(), Qt::FindDirectChildrenOnly);
    if (!dialog) {
        dialog = new WordListsDialog(*m_workspace, *analysisService(), this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
    }
    dialog->show();
    dialog->raise();
    dialog->activateWindow();
}

void MainWindow::showJourneySetup()
{
    if (!m_workspace)
        return;
    auto *dialog = findChild<JourneySetupDialog *>(QString(), Qt::FindDirectChildrenOnly);
    if (!dialog) {
        dialog = new JourneySetupDialog(*m_workspace, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
    }
    dialog->show();
    dialog->raise();
    dialog->activateWindow();
}

void MainWindow::showPreferences()
{
    PreferencesDialog dialog(m_preferences, m_languages, this);
    dialog.exec();
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About CX Workbench"),
                       tr("<h3>CX Workbench %1</h3>"
                          "<p>Customer-experience analysis for quality departments: journey map, "
                          "responsibility map, lifecycle curves and improvement work orders, on a local "
                          "workspace that works offline.</p>"
                          "<p>Complaint texts are segmented with the dictionary of jieba, © 2012–2017 Sun Junyi, "
                          "under the MIT licence.</p>")
                           .arg(QCoreApplication::applicationVersion()));
}

} // namespace cx
