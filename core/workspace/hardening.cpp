#include "workspace/hardening.h"

#include <QSqlDatabase>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <sqlite3.h>

namespace cx {

using namespace Qt::StringLiterals;

namespace {

struct Switch
{
    int option;
    int value;
    const char *name;
};

// Each is read back: sqlite3_db_config() ignores options a library does not know.
constexpr Switch switches[] = {
    {SQLITE_DBCONFIG_DEFENSIVE, 1, "defensive mode"},
    {SQLITE_DBCONFIG_TRUSTED_SCHEMA, 0, "untrusted schema"},
    {SQLITE_DBCONFIG_ENABLE_TRIGGER, 0, "triggers disabled"},
    {SQLITE_DBCONFIG_ENABLE_VIEW, 0, "views disabled"},
    {SQLITE_DBCONFIG_ENABLE_LOAD_EXTENSION, 0, "extension loading disabled"},
};

struct Limit
{
    int id;
    int value;
};

constexpr Limit limits[] = {
    {SQLITE_LIMIT_LENGTH, ConnectionLimits::valueBytes},
    {SQLITE_LIMIT_SQL_LENGTH, ConnectionLimits::sqlBytes},
    {SQLITE_LIMIT_COLUMN, ConnectionLimits::columns},
    {SQLITE_LIMIT_EXPR_DEPTH, ConnectionLimits::expressionDepth},
    {SQLITE_LIMIT_VARIABLE_NUMBER, ConnectionLimits::variables},
    {SQLITE_LIMIT_ATTACHED, ConnectionLimits::attached},
};

} // namespace

bool hardenConnection(sqlite3 *db, QString *error)
{
    const auto fail = [error](const QString &reason) {
        if (error)
            *error = reason;
        return false;
    };
    if (!db)
        return fail(u"no connection"_s);
    for (const Switch &s : switches) {
        int now = -1;
        if (sqlite3_db_config(db, s.option, s.value, &now) != SQLITE_OK || now != s.value)
            return fail(u"SQLite %1 cannot set %2"_s.arg(QLatin1StringView(sqlite3_libversion()),
                                                         QLatin1StringView(s.name)));
    }
    for (const Limit &limit : limits) {
        sqlite3_limit(db, limit.id, limit.value);
        if (sqlite3_limit(db, limit.id, -1) != limit.value)
            return fail(u"SQLite %1 cannot lower limit %2 to %3"_s.arg(QLatin1StringView(sqlite3_libversion()))
                            .arg(limit.id)
                            .arg(limit.value));
    }
    // Neither pragma reads the schema, so nothing of the file is parsed yet.
    if (sqlite3_exec(db, "PRAGMA cell_size_check = ON; PRAGMA mmap_size = 0;", nullptr, nullptr, nullptr) != SQLITE_OK)
        return fail(QString::fromUtf8(sqlite3_errmsg(db)));
    return true;
}

sqlite3 *sqliteHandle(const QSqlDatabase &db, QString *error)
{
    const auto fail = [error](const QString &reason) -> sqlite3 * {
        if (error)
            *error = reason;
        return nullptr;
    };
    const QVariant handle = db.isOpen() && db.driver() ? db.driver()->handle() : QVariant();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return fail(u"the connection is not an open QSQLITE connection"_s);
    // The handle is only safe to configure when the driver and this program
    // run the same SQLite build. A statement without tables reads no schema.
    QSqlQuery q(db);
    if (!q.exec(u"SELECT sqlite_source_id()"_s) || !q.next())
        return fail(q.lastError().text());
    const QString driverSource = q.value(0).toString();
    if (driverSource != QLatin1StringView(sqlite3_sourceid()))
        return fail(u"Qt's SQLite driver uses SQLite %1, this program SQLite %2"_s.arg(
            driverSource, QLatin1StringView(sqlite3_sourceid())));
    return *static_cast<sqlite3 *const *>(handle.constData());
}

bool hardenConnection(const QSqlDatabase &db, QString *error)
{
    sqlite3 *handle = sqliteHandle(db, error);
    return handle && hardenConnection(handle, error);
}

} // namespace cx
