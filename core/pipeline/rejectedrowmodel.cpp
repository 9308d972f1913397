#include "pipeline/rejectedrowmodel.h"

#include "demo/csvoutput.h"
#include "import/valueparser.h"

#include <QFileInfo>
#include <QLocale>
#include <QSqlError>
#include <QSqlQuery>

namespace cx {

using namespace Qt::StringLiterals;

RejectedRowModel::RejectedRowModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void RejectedRowModel::setBatch(const QSqlDatabase &db, qint64 batchId)
{
    beginResetModel();
    m_db = db;
    m_batchId = batchId;
    m_total = 0;
    m_rows.clear();
    if (m_batchId > 0 && m_db.isValid() && m_db.isOpen()) {
        QSqlQuery q(m_db);
        q.prepare(u"SELECT count(*) FROM rejected_row WHERE batch_id = ?"_s);
        q.addBindValue(m_batchId);
        if (q.exec() && q.next())
            m_total = q.value(0).toLongLong();
    }
    endResetModel();
}

int RejectedRowModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int RejectedRowModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

bool RejectedRowModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_rows.size() < m_total;
}

void RejectedRowModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    // Keyset paging on the (batch_id, line) index: no OFFSET scans on deep pages.
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(u"SELECT id, line, reason, raw FROM rejected_row WHERE batch_id = ? AND (line > ? OR (line = ? AND id > ?)) "
              "ORDER BY line, id LIMIT ?"_s);
    const Rejection last = m_rows.isEmpty() ? Rejection{0, -1, {}, {}} : m_rows.constLast();
    q.addBindValue(m_batchId);
    q.addBindValue(last.line);
    q.addBindValue(last.line);
    q.addBindValue(last.id);
    q.addBindValue(pageSize);
    QList<Rejection> page;
    if (q.exec()) {
        while (q.next())
            page << Rejection{q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toString(),
                              q.value(3).toString()};
    }
    if (page.isEmpty()) {
        // The rows went away (a batch deleted elsewhere): stop asking.
        m_total = m_rows.size();
        return;
    }
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + page.size() - 1));
    m_rows << page;
    endInsertRows();
}

QVariant RejectedRowModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Rejection &row = m_rows.at(index.row());
    switch (role) {
    case int(Role::Line):
        return row.line;
    case Qt::TextAlignmentRole:
        return index.column() == Line ? QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    case Qt::ToolTipRole:
        if (index.column() == Reason)
            return row.reason;
        if (index.column() == Raw)
            return row.raw;
        return {};
    case Qt::DisplayRole:
        switch (index.column()) {
        case Line:
            return QLocale().toString(row.line);
        case Reason:
            return row.reason;
        case Raw:
            // One line per row in the table; the tooltip shows the whole text.
            return QString(row.raw).replace(u'\n', u' ').replace(u'\r', u' ');
        default:
            return {};
        }
    default:
        return {};
    }
}

QVariant RejectedRowModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Line:
        return tr("Line");
    case Reason:
        return tr("Reason");
    case Raw:
        return tr("Raw row");
    default:
        return {};
    }
}

bool RejectedRowModel::exportCsv(const QSqlDatabase &db, qint64 batchId, const QString &path, QString *error)
{
    const QString name = QFileInfo(path).fileName();
    demo::CsvOutput out;
    if (!out.open(path, {.byteOrderMark = true, .crlf = true})) {
        *error = tr("Cannot write %1: %2. Choose another folder or file name.").arg(name, out.errorString());
        return false;
    }
    const RejectedRowModel headers;
    for (int column = 0; column < ColumnCount; ++column)
        out.field(headers.headerData(column, Qt::Horizontal).toString());
    out.endRow();

    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(u"SELECT line, reason, raw FROM rejected_row WHERE batch_id = ? ORDER BY line, id"_s);
    q.addBindValue(batchId);
    if (!q.exec()) {
        out.cancel();
        *error = tr("Cannot read the rejected rows from the workspace: %1. Nothing was written to %2.")
                     .arg(q.lastError().text(), name);
        return false;
    }
    while (q.next()) {
        out.number(q.value(0).toLongLong());
        out.field(q.value(1).toString());
        out.field(q.value(2).toString());
        if (!out.endRow())
            break;
    }
    if (!out.commit()) {
        *error = tr("Cannot write %1: %2. Choose another folder or file name.").arg(name, out.errorString());
        return false;
    }
    return true;
}

} // namespace cx
