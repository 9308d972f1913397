#pragma once

#include "pipeline/fileinspection.h"
#include "pipeline/importpreviewmodel.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QMimeData;
class QProgressBar;
class QPushButton;
class QStackedWidget;
class QTableWidget;

namespace cx {

class ImportFilePanel;
class ImportJob;
class ImportSummaryPanel;
class Preferences;
class Workspace;

/// The import wizard: the files to import, each with its detected kind,
/// encoding, sheets and header row (all can be overridden, and columns
/// re-mapped, with a preview of the first rows as they will be imported);
/// then the import on a worker thread with progress and Cancel; then a
/// summary per file and sheet with the notes and rejected rows.
///
/// Files are inspected off the GUI thread too, so a large workbook never
/// freezes the window.
class ImportWizard : public QDialog
{
    Q_OBJECT

public:
    enum class Page { Files, Progress, Summary };

    ImportWizard(Workspace &workspace, Preferences &preferences, QWidget *parent = nullptr);
    ~ImportWizard() override;

    /// The local files among dropped URLs (for the main window and the wizard).
    static QStringList droppedFiles(const QMimeData *mime);

    /// Adds files to the list (a file already listed is not added twice)
    /// and inspects them.
    void addFiles(const QStringList &paths);
    /// Asks for files to import, starting in the last import folder (which
    /// it then remembers). Empty when the user cancels.
    static QStringList chooseFiles(QWidget *parent, Preferences &preferences);
    /// Asks for files and adds them.
    void addFilesInteractive();
    int fileCount() const { return int(m_files.size()); }
    /// The last inspection of file `index` (for a workbook, of the sheet shown).
    const FileInspection &inspection(int index) const { return m_files.at(index).plan.inspection; }
    /// What importing file `index` would import (every sheet of the kind).
    const ImportPlan &plan(int index) const { return m_files.at(index).plan; }
    void selectFile(int index);
    int currentFile() const;
    /// True while some file is being (re-)inspected.
    bool isInspecting() const;
    /// True when no file is being inspected and at least one can be imported.
    bool canImport() const;

    /// Stores the mapping of the current file as a workspace profile called
    /// `name`; false with a translated `error`.
    bool saveProfile(const QString &name, QString *error);

    /// Imports every listed file on a worker thread (the page turns to the
    /// progress bars, then to the summary).
    void startImport();
    void cancelImport();
    bool isImporting() const;
    Page page() const;
    ImportSummaryPanel *summary() const { return m_summary; }

Q_SIGNALS:
    /// The import is over (done or cancelled) and the summary is shown.
    void importFinished();

protected:
    void reject() override;
    void changeEvent(QEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    struct File
    {
        QString path;
        ImportOptions options;
        ImportPlan plan;
        PreviewRows preview;
        int generation = 0; // of the inspection asked for last
        bool inspecting = false;
    };
    struct Inspected
    {
        ImportPlan plan;
        PreviewRows preview;
    };

    QWidget *createFilesPage();
    QWidget *createProgressPage();
    void retranslate();
    void inspect(int index);
    void changeOptions(const std::function<void(File &)> &change);
    void removeCurrentFile();
    void updateFileRow(int index);
    void showCurrentFile();
    void updateButtons();
    void saveProfileInteractive();
    void showPage(Page page);
    void onProgress(int index, int filePermille, int overallPermille);
    void onFinished();

    Workspace &m_workspace;
    Preferences &m_preferences;
    FileInspector m_inspector;
    QList<File> m_files;
    ImportJob *m_job = nullptr;

    QStackedWidget *m_pages = nullptr;
    QLabel *m_filesHint = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_remove = nullptr;
    QTableWidget *m_fileTable = nullptr;
    ImportFilePanel *m_panel = nullptr;
    QLabel *m_currentFile = nullptr;
    QProgressBar *m_fileProgress = nullptr;
    QLabel *m_overallLabel = nullptr;
    QProgressBar *m_overallProgress = nullptr;
    QLabel *m_progressHint = nullptr;
    ImportSummaryPanel *m_summary = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QPushButton *m_import = nullptr;
    QPushButton *m_close = nullptr;
};

} // namespace cx
