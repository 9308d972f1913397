#include "workspace/importbatchmodel.h"

#include "import/mappingprofile.h"
#include "pipeline/importnote.h"

#include <QDir>
#include <QHash>
#include <QLocale>
#include <QSqlQuery>

namespace cx {

using namespace Qt::StringLiterals;

ImportBatchModel::ImportBatchModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void ImportBatchModel::setDatabase(const QSqlDatabase &db)
{
    m_db = db;
    reload();
}

void ImportBatchModel::reload()
{
    beginResetModel();
    m_batches.clear();
    if (m_db.isValid() && m_db.isOpen()) {
        QSqlQuery q(m_db);
        q.setForwardOnly(true);
        q.exec(u"SELECT id, file_path, file_name, sheet, kind, imported_at, rows_read, inserted, updated, duplicates, "
               "skipped, rejected FROM import_batch ORDER BY imported_at DESC, id DESC"_s);
        QHash<qint64, qsizetype> rowOf;
        while (q.next()) {
            Batch batch;
            batch.id = q.value(0).toLongLong();
            batch.filePath = q.value(1).toString();
            batch.fileName = q.value(2).toString();
            batch.sheet = q.value(3).toString();
            batch.kind = q.value(4).toString();
            batch.importedAt = QDateTime::fromString(q.value(5).toString(), Qt::ISODate);
            for (int i = 0; i < countColumns; ++i)
                batch.counts[i] = q.value(6 + i).toLongLong();
            rowOf.insert(batch.id, m_batches.size());
            m_batches << batch;
        }
        q.exec(u"SELECT batch_id, code, message, count, lines FROM import_note ORDER BY batch_id, position"_s);
        while (q.next()) {
            const auto row = rowOf.constFind(q.value(0).toLongLong());
            if (row == rowOf.cend())
                continue;
            const ImportNote note{q.value(1).toString(), q.value(2).toString(), q.value(3).toLongLong(),
                                  ImportNote::linesFromText(q.value(4).toString())};
            m_batches[*row].notes << note.text();
        }
    }
    endResetModel();
}

int ImportBatchModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_batches.size());
}

int ImportBatchModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ImportBatchModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_batches.size())
        return {};
    const Batch &batch = m_batches.at(index.row());
    if (role == int(Role::BatchId))
        return batch.id;
    if (role == int(Role::FilePath))
        return batch.filePath;
    if (role == int(Role::NoteTexts))
        return batch.notes;
    if (role == Qt::ToolTipRole && index.column() == File)
        return QDir::toNativeSeparators(batch.filePath);
    if (role == Qt::ToolTipRole && index.column() == Notes && !batch.notes.isEmpty())
        return batch.notes.join(u'\n');
    if (role == Qt::TextAlignmentRole && index.column() >= RowsRead)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case File:
        return batch.fileName;
    case Sheet:
        return batch.sheet;
    case Kind:
        return MappingProfile::kindLabel(batch.kind);
    case ImportedAt:
        return QLocale().toString(batch.importedAt.toLocalTime(), QLocale::ShortFormat);
    case Notes:
        return QLocale().toString(batch.notes.size());
    default:
        return QLocale().toString(batch.counts[index.column() - RowsRead]);
    }
}

QVariant ImportBatchModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case File:
        return tr("File");
    case Sheet:
        return tr("Sheet");
    case Kind:
        return tr("Kind");
    case ImportedAt:
        return tr("Imported");
    case RowsRead:
        return tr("Rows read");
    case Inserted:
        return tr("Inserted");
    case Updated:
        return tr("Updated");
    case Duplicates:
        return tr("Duplicates");
    case Skipped:
        return tr("Skipped");
    case Rejected:
        return tr("Rejected");
    case Notes:
        return tr("Notes");
    default:
        return {};
    }
}

} // namespace cx
