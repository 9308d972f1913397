#pragma once

#include "pipeline/importer.h"

#include <QSqlDatabase>
#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QTableWidget;

namespace cx {

class RejectedRowsPanel;

/// What an import did, per file and per sheet: rows read, inserted, updated,
/// duplicates, skipped, rejected; the sheets not imported and why; the
/// selected row's notes and errors, and its rejected rows (exportable to CSV).
class ImportSummaryPanel : public QWidget
{
    Q_OBJECT

public:
    enum Column {
        File, Sheet, Kind, RowsRead, Inserted, Updated, Duplicates, Skipped, Rejected, Result, ColumnCount
    };

    explicit ImportSummaryPanel(QWidget *parent = nullptr);

    void setReports(const QSqlDatabase &db, const QList<ImportReport> &reports);
    const QList<ImportReport> &reports() const { return m_reports; }
    /// Shows the details of file `index` (its first sheet).
    void selectFile(int index);
    RejectedRowsPanel *rejectedRows() const { return m_rejected; }

protected:
    void changeEvent(QEvent *event) override;

private:
    /// A table row: a file that failed, a sheet imported, or a sheet left out.
    struct Row
    {
        int file = 0;
        int sheet = -1;   ///< into ImportReport::sheets
        int skipped = -1; ///< into ImportReport::skippedSheets
    };

    void retranslate();
    void fill();
    void fillRow(int row, const Row &what);
    void showDetails(int row);

    QSqlDatabase m_db;
    QList<ImportReport> m_reports;
    QList<Row> m_rows;
    QLabel *m_headline = nullptr;
    QTableWidget *m_table = nullptr;
    QPlainTextEdit *m_details = nullptr;
    RejectedRowsPanel *m_rejected = nullptr;
};

} // namespace cx
