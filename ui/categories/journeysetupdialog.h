#pragma once

#include <QDialog>

class QGroupBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;
class QToolButton;

namespace cx {

class CategoryMapEditor;
class CategoryMapModel;
class JourneyStageModel;
class Workspace;
struct JourneyChangeReport;

/// Tools › Journey stages and categories: the workspace's journey stages in
/// order and its category map, edited in place. Every edit is one step on the
/// workspace's undo stack (Edit › Undo works too); the complaints are
/// re-derived on a worker thread while a progress bar runs. Not modal, so
/// that the views stay usable; it closes with its workspace.
class JourneySetupDialog : public QDialog
{
    Q_OBJECT

public:
    explicit JourneySetupDialog(Workspace &workspace, QWidget *parent = nullptr);

    // For tests and keyboard users: what the buttons do, without the name prompt.
    /// Adds a stage after the current one; false with the reason shown when refused.
    bool addStage(const QString &name);
    /// Maps a new category to the current stage; false with the reason shown when refused.
    bool addCategory(const QString &category);
    void moveCurrentStage(int offset);
    void removeCurrentStage();
    void removeCurrentCategory();
    void setFilter(const QString &text);

    QTableView *stageView() const { return m_stageView; }
    QTableView *categoryView() const { return m_categoryView; }
    /// The last message of the status line.
    QString status() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void updateButtons();
    void showMessage(const QString &message, bool problem);
    /// Shows why an edit was refused; nothing for an empty message.
    void refuse(const QString &message);
    void showApplied(const JourneyChangeReport &report);
    void promptStage();
    void promptCategory();
    QString currentStage() const;

    CategoryMapEditor &m_editor;
    JourneyStageModel *m_stages = nullptr;
    CategoryMapModel *m_categories = nullptr;
    QSortFilterProxyModel *m_filtered = nullptr;

    QGroupBox *m_stageBox = nullptr;
    QTableView *m_stageView = nullptr;
    QPushButton *m_addStage = nullptr;
    QPushButton *m_removeStage = nullptr;
    QPushButton *m_moveUp = nullptr;
    QPushButton *m_moveDown = nullptr;
    QGroupBox *m_categoryBox = nullptr;
    QLineEdit *m_filter = nullptr;
    QTableView *m_categoryView = nullptr;
    QPushButton *m_addCategory = nullptr;
    QPushButton *m_removeCategory = nullptr;
    QLabel *m_unmapped = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_status = nullptr;
    QToolButton *m_undo = nullptr;
    QToolButton *m_redo = nullptr;
    QPushButton *m_close = nullptr;
};

} // namespace cx
