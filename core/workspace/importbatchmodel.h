#pragma once

#include <QAbstractTableModel>
#include <QDateTime>
#include <QSqlDatabase>

namespace cx {

/// The workspace's import batches, newest first: one row per imported file
/// (one per sheet of a workbook) with what happened to its rows and the
/// notes the import left.
class ImportBatchModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        File, Sheet, Kind, ImportedAt, RowsRead, Inserted, Updated, Duplicates, Skipped, Rejected, Notes, ColumnCount
    };
    enum class Role {
        BatchId = Qt::UserRole + 1,
        FilePath,
        NoteTexts, ///< QStringList: each note with its first lines (ImportNote::text())
    };

    explicit ImportBatchModel(QObject *parent = nullptr);

    /// Reads the batches of `db`; an invalid database empties the model.
    void setDatabase(const QSqlDatabase &db);
    void reload();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    static constexpr int countColumns = Rejected - RowsRead + 1;

    struct Batch
    {
        qint64 id = 0;
        QString filePath;
        QString fileName;
        QString sheet;
        QString kind;
        QDateTime importedAt;
        qint64 counts[countColumns] = {};
        QStringList notes;
    };

    QSqlDatabase m_db;
    QList<Batch> m_batches;
};

} // namespace cx
