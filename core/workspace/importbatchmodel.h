#pragma once

#include <QAbstractTableModel>
#include <QDateTime>
#include <QSqlDatabase>

namespace cx {

/// The workspace's import batches, newest first: one row per imported file
/// with what happened to its rows.
class ImportBatchModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { File, Kind, ImportedAt, RowsRead, Inserted, Duplicates, Skipped, Rejected, ColumnCount };
    enum class Role { BatchId = Qt::UserRole + 1, FilePath };

    explicit ImportBatchModel(QObject *parent = nullptr);

    /// Reads the batches of `db`; an invalid database empties the model.
    void setDatabase(const QSqlDatabase &db);
    void reload();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;


private:
    struct Batch
    {
        qint64 id = 0;
        QString filePath;
        QString fileName;
        QString kind;
        QDateTime importedAt;
        qint64 counts[5] = {};
    };

    QSqlDatabase m_db;
    QList<Batch> m_batches;
};

} // namespace cx
