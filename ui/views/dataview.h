#pragma once

#include "views/workspaceview.h"

#include <functional>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTableView;

namespace cx {

class Batches;
class ImportBatchModel;
class RejectedRowsPanel;
struct BatchRows;

/// The workspace's imports: one row per imported file (per sheet of a
/// workbook) with its counts; the selected one's notes and rejected rows
/// below. An import can be deleted with all the rows it brought in.
class DataView : public WorkspaceView
{
    Q_OBJECT

public:
    explicit DataView(QWidget *parent = nullptr);

    QString title() const override;

    /// The selected import batch; 0 when none.
    qint64 currentBatchId() const;
    /// Selects the batch `batchId` if it is listed.
    void selectBatch(qint64 batchId);
    /// Asks for confirmation (saying how many rows will go), then deletes
    /// the selected batch off the GUI thread.
    void deleteSelectedBatch();

    /// The question asked before deleting a batch (for the dialog and tests).
    static QString deletionQuestion(const QString &fileName, const BatchRows &rows);

Q_SIGNALS:
    /// The user asked to import files (the main window opens the wizard).
    void importRequested();

protected:
    void refresh() override;
    void retranslate() override;

private:
    void showSelectedBatch();
    void updateActions();
    void confirmAndDelete(qint64 batchId, const QString &fileName, const BatchRows &rows);
    void setBusy(const QString &message);
    using BatchOperation = bool (Batches::*)(qint64 batchId, BatchRows *rows, QString *error);
    /// Runs `operation` off the GUI thread, then `done` with its rows unless
    /// it failed (the user is told) or the workspace changed meanwhile.
    void runBatchOperation(BatchOperation operation, qint64 batchId, const QString &busyMessage,
                           const std::function<void(const BatchRows &)> &done);

    ImportBatchModel *m_model = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_heading = nullptr;
    QLabel *m_hint = nullptr;
    QPushButton *m_import = nullptr;
    QPushButton *m_delete = nullptr;
    QPlainTextEdit *m_notes = nullptr;
    RejectedRowsPanel *m_rejected = nullptr;
    bool m_busy = false;
};

} // namespace cx
