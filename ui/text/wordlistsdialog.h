#pragma once

#include "text/textlists.h"

#include <QDialog>
#include <QFutureWatcher>

#include <array>

class QLabel;
class QLineEdit;
class QPushButton;
class QTabWidget;
class QTableView;

namespace cx {

class AnalysisService;
class WordListsEditor;
class Workspace;

/// Tools › Word lists: the workspace's user dictionary, stop words and
/// pain-point tag rules, one page each, edited in place (each edit checked;
/// undo and redo across the pages), imported from and exported to the files
/// `cxwb-cli text` reads and writes, or reset to the defaults; a sample
/// sentence shows its words, keywords and tags with the lists as edited.
/// Apply stores the three lists in one transaction; the analysis then folds
/// keywords and tags again in the background.
class WordListsDialog : public QDialog
{
    Q_OBJECT

public:
    WordListsDialog(Workspace &workspace, AnalysisService &service, QWidget *parent = nullptr);
    ~WordListsDialog() override;

    WordListsEditor *editor() const { return m_editor; }
    QTabWidget *pages() const { return m_pages; }
    QTableView *table(TextListKind kind) const { return m_tables[std::size_t(kind)]; }
    QLineEdit *sample() const { return m_sample; }
    /// The last message of the status line.
    QString status() const;

    // What the buttons do, without their file and name prompts (tests, keyboard users).
    bool addRow(TextListKind kind, const QStringList &cells);
    bool importFile(TextListKind kind, const QString &path);
    bool exportFile(TextListKind kind, const QString &path);
    /// Stores the lists (in the background); finished() follows.
    void apply();
    bool isApplying() const { return m_applying.isRunning(); }

Q_SIGNALS:
    /// Apply is done: `error` empty when the lists were stored.
    void applied(const QString &error);

protected:
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    QWidget *createPage(TextListKind kind);
    void retranslate();
    void updatePreview();
    void updateButtons();
    void showMessage(const QString &message, bool problem);
    void promptAdd();
    void promptImport();
    void promptExport();
    TextListKind currentKind() const;

    Workspace &m_workspace;
    AnalysisService &m_service;
    WordListsEditor *m_editor = nullptr;
    QTabWidget *m_pages = nullptr;
    std::array<QTableView *, 3> m_tables{};
    std::array<QLabel *, 3> m_hints{};
    QPushButton *m_add = nullptr;
    QPushButton *m_remove = nullptr;
    QPushButton *m_import = nullptr;
    QPushButton *m_export = nullptr;
    QPushButton *m_reset = nullptr;
    QPushButton *m_undo = nullptr;
    QPushButton *m_redo = nullptr;
    QLabel *m_sampleLabel = nullptr;
    QLineEdit *m_sample = nullptr;
    QLabel *m_preview = nullptr;
    QLabel *m_status = nullptr;
    QPushButton *m_apply = nullptr;
    QPushButton *m_close = nullptr;
    QFutureWatcher<QString> m_applying;
};

} // namespace cx
