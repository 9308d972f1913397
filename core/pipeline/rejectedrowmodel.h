#pragma once

#include <QAbstractTableModel>
#include <QSqlDatabase>

namespace cx {

/// The rejected rows of one import batch (line, reason, raw row with phone
/// numbers masked), in line order. Rows are fetched a page at a time as a view scrolls
/// (canFetchMore/fetchMore): a batch may have a great many.
class RejectedRowModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Line, Reason, Raw, ColumnCount };
    enum class Role { Line = Qt::UserRole + 1 };

    /// Rows read from the workspace per fetchMore().
    static constexpr int pageSize = 256;

    explicit RejectedRowModel(QObject *parent = nullptr);

    /// Shows the rejected rows of `batchId` in `db`; 0 or an invalid
    /// database empties the model.
    void setBatch(const QSqlDatabase &db, qint64 batchId);
    qint64 batchId() const { return m_batchId; }
    /// All rejected rows of the batch, fetched or not.
    qint64 totalCount() const { return m_total; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    /// Writes every rejected row of `batchId` to `path` as CSV that Excel
    /// opens correctly (UTF-8 with a byte-order mark, CRLF line ends): a
    /// header row, then line, reason and raw row per rejection. The file
    /// appears only when everything was written. False, with a translated
    /// `error` naming the file, on failure.
    static bool exportCsv(const QSqlDatabase &db, qint64 batchId, const QString &path, QString *error);


private:
    struct Rejection
    {
        qint64 id = 0;
        qint64 line = 0;
        QString reason;
        QString raw;
    };

    QSqlDatabase m_db;
    qint64 m_batchId = 0;
    qint64 m_total = 0;
    QList<Rejection> m_rows;
};

} // namespace cx
