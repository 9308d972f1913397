#include "import/importwizard.h"

#include "import/importfilepanel.h"
#include "import/importsummarypanel.h"
#include "pipeline/importer.h"
#include "pipeline/importjob.h"
#include "pipeline/mappingeditor.h"
#include "service/jobtracker.h"
#include "settings/preferences.h"
#include "settings/workspacesettings.h"
#include "workspace/workspace.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QMimeData>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableWidget>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace cx {

using namespace Qt::StringLiterals;

namespace {

enum FileColumn { NameColumn, KindColumn, EncodingColumn, SheetColumn, HeaderColumn, StatusColumn, FileColumnCount };

} // namespace

ImportWizard::ImportWizard(Workspace &workspace, Preferences &preferences, QWidget *parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_preferences(preferences)
    , m_inspector(Importer(workspace.path()).inspector())
    , m_job(new ImportJob(workspace.path(), this))
    , m_pages(new QStackedWidget(this))
    , m_summary(new ImportSummaryPanel(this))
    , m_buttons(new QDialogButtonBox(this))
{
    setObjectName(u"importWizard"_s);
    setAcceptDrops(true);
    setSizeGripEnabled(true);
    resize(1180, 760);

    m_pages->addWidget(createFilesPage());
    m_pages->addWidget(createProgressPage());
    m_pages->addWidget(m_summary);

    m_import = m_buttons->addButton(QString(), QDialogButtonBox::ActionRole);
    m_import->setObjectName(u"import"_s);
    m_close = m_buttons->addButton(QDialogButtonBox::Cancel);
    m_close->setObjectName(u"close"_s);
    connect(m_import, &QPushButton::clicked, this, &ImportWizard::startImport);
    connect(m_close, &QPushButton::clicked, this, &ImportWizard::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_pages, 1);
    layout->addWidget(m_buttons);

    setTabOrder(m_fileTable, m_add);
    setTabOrder(m_add, m_remove);
    setTabOrder(m_remove, m_panel->firstFocusWidget());
    setTabOrder(m_panel->lastFocusWidget(), m_import);
    setTabOrder(m_import, m_close);

    connect(m_job, &ImportJob::fileStarted, this,
            [this](int index) { onProgress(index, 0, index * 1000 / std::max(1, fileCount())); });
    connect(m_job, &ImportJob::progress, this, &ImportWizard::onProgress);
    connect(m_job, &ImportJob::waitingForOtherImport, this, [this] {
        m_currentFile->setText(tr("Another import into this workspace is running; waiting for it to finish…"));
    });
    connect(m_job, &ImportJob::finished, this, &ImportWizard::onFinished);

    const WorkspaceSettings settings(m_workspace.database());
    ConvertOptions convert;
    convert.keepFullPhone = settings.keepFullPhoneNumbers();
    convert.timeZone = settings.importTimeZone();
    m_panel->setConvertOptions(convert);
    retranslate();
    showPage(Page::Files);
    showCurrentFile();
}

ImportWizard::~ImportWizard() = default;

QWidget *ImportWizard::createFilesPage()
{
    auto *page = new QWidget(this);
    m_filesHint = new QLabel(page);
    m_filesHint->setWordWrap(true);
    m_add = new QPushButton(page);
    m_add->setObjectName(u"addFiles"_s);
    m_remove = new QPushButton(page);
    m_remove->setObjectName(u"removeFile"_s);

    m_fileTable = new QTableWidget(0, FileColumnCount, page);
    m_fileTable->setObjectName(u"files"_s);
    m_fileTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_fileTable->setSelectionMode(QAbstractItemView::SingleSelection);
    m_fileTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_fileTable->setWordWrap(false);
    m_fileTable->verticalHeader()->hide();
    m_fileTable->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_fileTable->horizontalHeader()->setSectionResizeMode(StatusColumn, QHeaderView::Stretch);

    m_panel = new ImportFilePanel(page);

    auto *removeAction = new QAction(m_fileTable);
    removeAction->setShortcut(QKeySequence::Delete);
    removeAction->setShortcutContext(Qt::WidgetShortcut);
    m_fileTable->addAction(removeAction);
    connect(removeAction, &QAction::triggered, this, &ImportWizard::removeCurrentFile);
    connect(m_add, &QPushButton::clicked, this, &ImportWizard::addFilesInteractive);
    connect(m_remove, &QPushButton::clicked, this, &ImportWizard::removeCurrentFile);
    connect(m_fileTable, &QTableWidget::currentCellChanged, this, [this] {
        showCurrentFile();
        updateButtons();
    });

    connect(m_panel, &ImportFilePanel::kindChosen, this, [this](const QString &kind) {
        changeOptions([&kind](File &file) {
            file.options.kind = kind;
            file.options.profile = {}; // corrections belong to the kind they were made for
        });
    });
    connect(m_panel, &ImportFilePanel::encodingChosen, this, [this](const QString &encoding) {
        changeOptions([&encoding](File &file) { file.options.encoding = encoding; });
    });
    connect(m_panel, &ImportFilePanel::sheetChosen, this, [this](const QString &sheet) {
        changeOptions([&sheet](File &file) {
            file.options.sheet = sheet;
            file.options.profile = {};
        });
    });
    connect(m_panel, &ImportFilePanel::columnAssigned, this, [this](int column, const QString &field) {
        changeOptions([column, &field](File &file) {
            const FileInspection &shown = file.plan.inspection;
            file.options.profile = MappingEditor::assignColumn(shown.profile, shown.detection, column, field);
            // Keep reading the same sheet: without a kind the sheet would be chosen afresh.
            if (shown.isWorkbook)
                file.options.sheet = shown.sheetName();
        });
    });
    connect(m_panel, &ImportFilePanel::saveProfileRequested, this, &ImportWizard::saveProfileInteractive);

    auto *top = new QHBoxLayout;
    top->addWidget(m_filesHint, 1);
    top->addWidget(m_add);
    top->addWidget(m_remove);

    auto *splitter = new QSplitter(Qt::Vertical, page);
    splitter->addWidget(m_fileTable);
    splitter->addWidget(m_panel);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 3);
    splitter->setChildrenCollapsible(false);

    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addWidget(splitter, 1);
    return page;
}

QWidget *ImportWizard::createProgressPage()
{
    auto *page = new QWidget(this);
    m_currentFile = new QLabel(page);
    m_currentFile->setWordWrap(true);
    m_fileProgress = new QProgressBar(page);
    m_fileProgress->setObjectName(u"fileProgress"_s);
    m_fileProgress->setRange(0, 1000);
    m_fileProgress->setTextVisible(false);
    m_overallLabel = new QLabel(page);
    m_overallProgress = new QProgressBar(page);
    m_overallProgress->setObjectName(u"overallProgress"_s);
    m_overallProgress->setRange(0, 1000);
    m_overallProgress->setTextVisible(false);
    m_progressHint = new QLabel(page);
    m_progressHint->setWordWrap(true);
    m_progressHint->setEnabled(false); // drawn as secondary text

    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(48, 48, 48, 48);
    layout->addStretch(1);
    layout->addWidget(m_currentFile);
    layout->addWidget(m_fileProgress);
    layout->addSpacing(16);
    layout->addWidget(m_overallLabel);
    layout->addWidget(m_overallProgress);
    layout->addSpacing(16);
    layout->addWidget(m_progressHint);
    layout->addStretch(2);
    return page;
}

void ImportWizard::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void ImportWizard::retranslate()
{
    setWindowTitle(tr("Import Files"));
    m_filesHint->setText(tr("Files to import. Add more with the button or by dropping them here; check each "
                            "file's kind and preview, correct what was guessed wrong, then import."));
    m_add->setText(tr("&Add Files…"));
    m_remove->setText(tr("&Remove"));
    m_fileTable->setHorizontalHeaderLabels(
        {tr("File"), tr("Kind"), tr("Encoding"), tr("Sheet"), tr("Header row"), tr("Status")});
    m_import->setText(tr("&Import"));
    m_overallLabel->setText(tr("All files"));
    m_progressHint->setText(tr("Each file is imported as a whole. Cancelling rolls back the file being imported "
                               "and skips the rest; files already finished stay imported."));
    for (int i = 0; i < m_files.size(); ++i)
        updateFileRow(i);
    showPage(page());
}

QStringList ImportWizard::droppedFiles(const QMimeData *mime)
{
    QStringList files;
    if (!mime || !mime->hasUrls())
        return files;
    for (const QUrl &url : mime->urls())
        if (url.isLocalFile() && QFileInfo(url.toLocalFile()).isFile())
            files << url.toLocalFile();
    return files;
}

void ImportWizard::dragEnterEvent(QDragEnterEvent *event)
{
    if (page() == Page::Files && !droppedFiles(event->mimeData()).isEmpty())
        event->acceptProposedAction();
}

void ImportWizard::dropEvent(QDropEvent *event)
{
    const QStringList files = droppedFiles(event->mimeData());
    if (page() != Page::Files || files.isEmpty())
        return;
    event->acceptProposedAction();
    addFiles(files);
}

QStringList ImportWizard::chooseFiles(QWidget *parent, Preferences &preferences)
{
    const QStringList files = QFileDialog::getOpenFileNames(
        parent, tr("Import Files"), preferences.lastImportFolder(),
        tr("Exports (*.csv *.txt *.xlsx *.xlsm);;CSV files (*.csv *.txt);;Excel workbooks (*.xlsx *.xlsm);;All files (*)"));
    if (!files.isEmpty())
        preferences.setLastImportFolder(QFileInfo(files.constLast()).absolutePath());
    return files;
}

void ImportWizard::addFilesInteractive()
{
    addFiles(chooseFiles(this, m_preferences));
}

void ImportWizard::addFiles(const QStringList &paths)
{
    int first = -1;
    for (const QString &path : paths) {
        const QString absolute = QFileInfo(path).absoluteFilePath();
        const bool listed = std::any_of(m_files.cbegin(), m_files.cend(),
                                        [&absolute](const File &file) { return file.path == absolute; });
        if (listed)
            continue;
        File file;
        file.path = absolute;
        file.plan.inspection.path = absolute;
        m_files << file;
        m_fileTable->insertRow(m_fileTable->rowCount());
        const int index = int(m_files.size() - 1);
        if (first < 0)
            first = index;
        inspect(index);
    }
    if (first >= 0 && currentFile() < 0)
        selectFile(first);
    updateButtons();
}

void ImportWizard::removeCurrentFile()
{
    const int index = currentFile();
    if (index < 0 || page() != Page::Files)
        return;
    m_files.removeAt(index);
    m_fileTable->removeRow(index);
    showCurrentFile();
    updateButtons();
}

void ImportWizard::selectFile(int index)
{
    if (index >= 0 && index < m_fileTable->rowCount())
        m_fileTable->setCurrentCell(index, NameColumn);
}

int ImportWizard::currentFile() const
{
    const int row = m_fileTable->currentRow();
    return row >= 0 && row < m_files.size() ? row : -1;
}

bool ImportWizard::isInspecting() const
{
    return std::any_of(m_files.cbegin(), m_files.cend(), [](const File &file) { return file.inspecting; });
}

bool ImportWizard::canImport() const
{
    return !isInspecting() && !isImporting()
        && std::any_of(m_files.cbegin(), m_files.cend(),
                       [](const File &file) { return file.plan.isImportable(); });
}

bool ImportWizard::isImporting() const
{
    return m_job->isRunning();
}

ImportWizard::Page ImportWizard::page() const
{
    return Page(m_pages->currentIndex());
}

void ImportWizard::inspect(int index)
{
    File &file = m_files[index];
    const int generation = ++file.generation;
    file.inspecting = true;

    auto *watcher = new QFutureWatcher<Inspected>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, path = file.path, generation] {
        watcher->deleteLater();
        // Look the file up again: it may have been removed, or re-inspected since.
        const auto it = std::find_if(m_files.begin(), m_files.end(), [&path](const File &f) { return f.path == path; });
        if (it == m_files.end() || it->generation != generation)
            return;
        const Inspected result = watcher->result();
        it->plan = result.plan;
        it->preview = result.preview;
        it->inspecting = false;
        const int row = int(it - m_files.begin());
        updateFileRow(row);
        if (row == currentFile())
            showCurrentFile();
        updateButtons();
    });
    watcher->setFuture(QtConcurrent::run(backgroundPool(), [inspector = m_inspector, path = file.path,
                                                            options = file.options] {
        Inspected result{inspector.plan(path, options), {}};
        result.preview = ImportPreviewModel::readRows(result.plan.inspection);
        return result;
    }));

    updateFileRow(index);
    if (index == currentFile())
        showCurrentFile();
    updateButtons();
}

void ImportWizard::changeOptions(const std::function<void(File &)> &change)
{
    const int index = currentFile();
    if (index < 0 || m_files.at(index).inspecting)
        return;
    change(m_files[index]);
    inspect(index);
}

void ImportWizard::updateFileRow(int index)
{
    const File &file = m_files.at(index);
    const FileInspection &inspection = file.plan.inspection;
    const auto set = [this, index](int column, const QString &text, const QString &toolTip = {}) {
        auto *item = new QTableWidgetItem(text);
        item->setToolTip(toolTip.isEmpty() ? text : toolTip);
        m_fileTable->setItem(index, column, item);
        return item;
    };
    const bool known = !file.inspecting || inspection.detection.isValid();
    set(NameColumn, QFileInfo(file.path).fileName(), QDir::toNativeSeparators(file.path));
    set(KindColumn, known && !inspection.detection.kind.isEmpty() ? MappingProfile::kindLabel(inspection.detection.kind)
                                                                   : QString());
    set(EncodingColumn, inspection.isWorkbook ? QString() : inspection.encoding, inspection.encodingHow);
    const QStringList sheets = file.plan.sheetNames();
    set(SheetColumn, sheets.isEmpty() ? inspection.sheetName() : sheets.join(u", "_s));
    set(HeaderColumn, inspection.headerLine() > 0 ? QString::number(inspection.headerLine()) : QString());
    if (file.inspecting) {
        set(StatusColumn, tr("Reading…"));
    } else if (!inspection.isImportable()) {
        set(StatusColumn, inspection.error)->setForeground(QColor(0xB7, 0x1C, 0x1C));
    } else {
        set(StatusColumn, tr("Ready to import"));
    }
}

void ImportWizard::showCurrentFile()
{
    const int index = currentFile();
    if (index < 0) {
        m_panel->clear();
        return;
    }
    const File &file = m_files.at(index);
    m_panel->showFile(file.plan, file.options, file.preview, file.inspecting);
}

void ImportWizard::updateButtons()
{
    m_import->setEnabled(page() == Page::Files && canImport());
    m_remove->setEnabled(page() == Page::Files && currentFile() >= 0);
    m_import->setDefault(m_import->isEnabled());
}

void ImportWizard::showPage(Page page)
{
    m_pages->setCurrentIndex(int(page));
    m_import->setVisible(page == Page::Files);
    switch (page) {
    case Page::Files:
        m_close->setText(tr("Cancel"));
        break;
    case Page::Progress:
        m_close->setText(tr("&Cancel Import"));
        break;
    case Page::Summary:
        m_close->setText(tr("&Close"));
        m_close->setDefault(true);
        break;
    }
    updateButtons();
}

bool ImportWizard::saveProfile(const QString &name, QString *error)
{
    const int index = currentFile();
    if (index < 0 || !inspection(index).detection.isValid()) {
        *error = tr("Select a file whose header was found before saving its mapping.");
        return false;
    }
    if (!MappingEditor::saveProfile(m_workspace.database(), name, inspection(index).profile, error))
        return false;
    // Files added from now on are mapped with the saved profile too.
    m_inspector = Importer(m_workspace.path()).inspector();
    return true;
}

void ImportWizard::saveProfileInteractive()
{
    const int index = currentFile();
    if (index < 0)
        return;
    const File &file = m_files.at(index);
    const FileInspection &shown = file.plan.inspection;
    const QString suggested = shown.profile.name().isEmpty()
        ? tr("%1 like %2", "profile name").arg(MappingProfile::kindLabel(shown.detection.kind),
                                               QFileInfo(file.path).completeBaseName())
        : shown.profile.name();
    bool ok = false;
    const QString name =
        QInputDialog::getText(this, tr("Save Mapping as Profile"),
                              tr("Name of the profile (files laid out like this one will be mapped with it):"),
                              QLineEdit::Normal, suggested, &ok)
            .trimmed();
    if (!ok || name.isEmpty())
        return;
    if (MappingEditor::profileExists(m_workspace.database(), name)
        && QMessageBox::question(this, tr("Save Mapping as Profile"),
                                 tr("The workspace already has a profile called \"%1\". Replace it?").arg(name))
            != QMessageBox::Yes)
        return;
    QString error;
    if (!saveProfile(name, &error))
        QMessageBox::warning(this, tr("Save Mapping as Profile"), error);
}

void ImportWizard::startImport()
{
    if (!canImport())
        return;
    QList<ImportPlan> plans;
    for (const File &file : std::as_const(m_files))
        plans << file.plan;
    const WorkspaceSettings settings(m_workspace.database());
    m_job->setKeepFullPhoneNumbers(settings.keepFullPhoneNumbers());
    m_job->setTimeZone(settings.importTimeZone());
    m_fileProgress->setValue(0);
    m_overallProgress->setValue(0);
    m_currentFile->clear();
    m_close->setEnabled(true);
    if (m_job->start(plans))
        showPage(Page::Progress);
}

void ImportWizard::cancelImport()
{
    if (!isImporting())
        return;
    m_job->cancel();
    m_close->setEnabled(false);
    m_currentFile->setText(tr("Cancelling: the file being imported is rolled back…"));
}

void ImportWizard::onProgress(int index, int filePermille, int overallPermille)
{
    if (m_job->isCancelRequested() || index < 0 || index >= m_files.size())
        return;
    m_currentFile->setText(tr("Importing file %1 of %2: %3")
                               .arg(index + 1)
                               .arg(m_files.size())
                               .arg(QFileInfo(m_files.at(index).path).fileName()));
    m_fileProgress->setValue(filePermille);
    m_overallProgress->setValue(overallPermille);
}

void ImportWizard::onFinished()
{
    m_close->setEnabled(true);
    m_workspace.notifyDataChanged();
    m_summary->setReports(m_workspace.database(), m_job->reports());
    showPage(Page::Summary);
    Q_EMIT importFinished();
}

void ImportWizard::reject()
{
    switch (page()) {
    case Page::Files:
        QDialog::reject();
        break;
    case Page::Progress:
        cancelImport(); // the summary follows when the worker has stopped
        break;
    case Page::Summary:
        accept();
        break;
    }
}

} // namespace cx
