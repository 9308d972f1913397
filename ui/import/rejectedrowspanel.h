#pragma once

#include <QSqlDatabase>
#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;

namespace cx {

class RejectedRowModel;

/// The rejected rows of one import batch (line, reason, raw row), fetched as
/// the table scrolls, with a button to export them all to CSV.
class RejectedRowsPanel : public QWidget
{
    Q_OBJECT

public:
    explicit RejectedRowsPanel(QWidget *parent = nullptr);

    /// Shows the batch `batchId` of `db`, imported from `sourcePath` (the
    /// export is offered beside it). 0 shows nothing.
    void setBatch(const QSqlDatabase &db, qint64 batchId, const QString &sourcePath);
    qint64 batchId() const;
    RejectedRowModel *model() const { return m_model; }

    /// Writes the rejected rows to `path`; false with a translated `error`.
    bool exportCsv(const QString &path, QString *error) const;
    /// Asks for a file name, exports and tells the user the outcome.
    void exportInteractive();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void updateHeading();

    QSqlDatabase m_db;
    QString m_sourcePath;
    RejectedRowModel *m_model = nullptr;
    QLabel *m_heading = nullptr;
    QPushButton *m_export = nullptr;
    QTableView *m_table = nullptr;
};

} // namespace cx
