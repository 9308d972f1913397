#include "analytics/foldtables.h"

#include <QCoreApplication>
#include <QDir>

#include <sqlite3.h>

namespace cx {

using namespace Qt::StringLiterals;

namespace {

// The translation context of the folds' messages.
struct Messages
{
    Q_DECLARE_TR_FUNCTIONS(cx::Aggregates)
};

} // namespace

qint64 scalar(sqlite::Database &db, const QString &sql)
{
    sqlite::Statement q = db.prepare(sql);
    return q.next() ? q.columnInt(0) : 0;
}

qint64 stateValue(sqlite::Database &db, const QString &key, qint64 absent)
{
    sqlite::Statement q = db.prepare(u"SELECT value FROM agg_state WHERE key = ?1"_s);
    q.bindText(1, key);
    return q.next() ? q.columnInt(0) : absent;
}

bool setStateValue(sqlite::Database &db, const QString &key, qint64 value)
{
    sqlite::Statement q = db.prepare(
        u"INSERT INTO agg_state(key, value) VALUES (?1, ?2) ON CONFLICT(key) DO UPDATE SET value = excluded.value"_s);
    q.bindText(1, key);
    q.bindInt(2, value);
    return q.exec();
}

bool recordBatches(sqlite::Database &db, const QHash<qint64, qint64> &counts, const QString &column)
{
    sqlite::Statement q = db.prepare(u"INSERT INTO agg_batch(batch_id, %1) VALUES (?1, ?2) "
                                     "ON CONFLICT(batch_id) DO UPDATE SET %1 = %1 + excluded.%1"_s.arg(column));
    for (auto it = counts.begin(); it != counts.end(); ++it) {
        q.bindInt(1, it.key());
        q.bindInt(2, it.value());
        if (!q.exec())
            return false;
    }
    return true;
}

QString aggregateFailure(sqlite::Database &db)
{
    const char *file = sqlite3_db_filename(db.handle(), "main");
    return Messages::tr("Cannot update the analysis tables of the workspace %1: %2. Close other programs using the "
                        "workspace and try again.")
        .arg(QDir::toNativeSeparators(QString::fromUtf8(file ? file : "")), db.errorString());
}

bool tableExists(sqlite::Database &db, QLatin1StringView table)
{
    sqlite::Statement q = db.prepare(u"SELECT 1 FROM temp.sqlite_master WHERE type = 'table' AND name = ?1"_s);
    q.bindText(1, QString(table.sliced(table.indexOf(u'.') + 1)));
    return q.next();
}

bool removeEmptyCells(sqlite::Database &db, const QStringList &tables)
{
    for (const QString &table : tables)
        if (!db.exec(u"DELETE FROM %1 WHERE n = 0"_s.arg(table)))
            return false;
    return true;
}

} // namespace cx
