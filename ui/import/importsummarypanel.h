#pragma once

#include "pipeline/importer.h"

#include <QSqlDatabase>
#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QTableWidget;

namespace cx {

class RejectedRowsPanel;

/// What an import did, per file: rows read, inserted, duplicates, replaced,
/// skipped, rejected, notes and errors, and the rejected rows of the file
/// selected (exportable to CSV).
class ImportSummaryPanel : public QWidget
{
    Q_OBJECT

public:
    enum Column { File, Kind, RowsRead, Inserted, Duplicates, Replaced, Skipped, Rejected, Result, ColumnCount };

    explicit ImportSummaryPanel(QWidget *parent = nullptr);

    void setReports(const QSqlDatabase &db, const QList<ImportReport> &reports);
    const QList<ImportReport> &reports() const { return m_reports; }
    /// Shows the details of file `index`.
    void selectFile(int index);
    RejectedRowsPanel *rejectedRows() const { return m_rejected; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void fill();
    void showDetails(int index);

    QSqlDatabase m_db;
    QList<ImportReport> m_reports;
    QLabel *m_headline = nullptr;
    QTableWidget *m_table = nullptr;
    QPlainTextEdit *m_details = nullptr;
    RejectedRowsPanel *m_rejected = nullptr;
};

} // namespace cx
