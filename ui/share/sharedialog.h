#pragma once

#include "workspace/sharecopy.h"

#include <QDialog>
#include <QFuture>

#include <atomic>
#include <memory>
#include <optional>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;

namespace cx {

class Workspace;

/// File › Save a Copy for Sharing: the options of ShareCopy (phone numbers,
/// texts, a period) with a summary of what the copy keeps and removes,
/// counted on a worker as the options change; the copy is written on a
/// worker too, with progress and cancel. It never writes over the open
/// workspace, and asks before replacing another file.
class ShareDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ShareDialog(const Workspace &workspace, QWidget *parent = nullptr);
    /// Cancels a copy being written and waits for it.
    ~ShareDialog() override;

    void setCopyPath(const QString &path);
    QString copyPath() const;
    ShareOptions options() const;
    /// The summary as shown (plain text), empty while it is being counted.
    QString summaryText() const;
    bool isWriting() const { return m_writing; }

    /// Writes the copy, as the Save button does.
    void save();
    /// Asks a copy being written to stop.
    void cancelWriting();

    void reject() override;

Q_SIGNALS:
    /// The summary for the current options is shown.
    void summaryReady();
    /// Writing ended: `ok`, or the message saying why not (or that it was cancelled).
    void copyFinished(bool ok, const QString &message);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void browse();
    void replan();
    void showPlan(const std::optional<ShareSummary> &plan, const QString &error);
    void updateSummary();
    void setWriting(bool writing);
    void writingDone(bool ok, const QString &message, const ShareSummary &written);

    QString m_workspacePath;
    QLabel *m_intro = nullptr;
    QLabel *m_pathLabel = nullptr;
    QLineEdit *m_path = nullptr;
    QPushButton *m_browse = nullptr;
    QLabel *m_leaveOutLabel = nullptr;
    QCheckBox *m_dropPhones = nullptr;
    QCheckBox *m_dropText = nullptr;
    QCheckBox *m_period = nullptr;
    QComboBox *m_from = nullptr;
    QLabel *m_toLabel = nullptr;
    QComboBox *m_to = nullptr;
    QLabel *m_summary = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_status = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QPushButton *m_save = nullptr;

    int m_planGeneration = 0;
    std::optional<ShareSummary> m_plan;
    QString m_planError;
    QString m_replaceConfirmed; ///< the existing file the user agreed to replace
    bool m_writing = false;
    std::shared_ptr<std::atomic_bool> m_cancel;
    QFuture<void> m_worker;
};

} // namespace cx
