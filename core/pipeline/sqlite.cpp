#include "pipeline/sqlite.h"

#include "workspace/hardening.h"

#include <sqlite3.h>

namespace cx::sqlite {

using namespace Qt::StringLiterals;

void Statement::Finalizer::operator()(sqlite3_stmt *stmt) const
{
    sqlite3_finalize(stmt);
}

Statement::Statement(sqlite3 *db, const QString &sql)
{
    sqlite3_stmt *stmt = nullptr;
    if (sqlite3_prepare16_v2(db, sql.utf16(), int(sql.size() * 2), &stmt, nullptr) == SQLITE_OK) {
        m_stmt.reset(stmt);
    } else {
        sqlite3_finalize(stmt);
        m_failed = true;
    }
}

void Statement::bindNull(int position)
{
    sqlite3_bind_null(m_stmt.get(), position);
}

void Statement::bindText(int position, QStringView text)
{
    // SQLITE_TRANSIENT: SQLite copies (and converts to UTF-8) at once, so the
    // view may point into a reused row buffer.
    sqlite3_bind_text16(m_stmt.get(), position, text.utf16(), int(text.size() * 2), SQLITE_TRANSIENT);
}

void Statement::bindTextOrNull(int position, QStringView text)
{
    if (text.isEmpty())
        bindNull(position);
    else
        bindText(position, text);
}

void Statement::bindUtf8Static(int position, const char *bytes, int size)
{
    sqlite3_bind_text(m_stmt.get(), position, bytes, size, SQLITE_STATIC);
}

void Statement::bindBlob(int position, QByteArrayView bytes)
{
    // A null pointer would bind NULL.
    if (bytes.isEmpty())
        sqlite3_bind_zeroblob(m_stmt.get(), position, 0);
    else
        sqlite3_bind_blob64(m_stmt.get(), position, bytes.data(), sqlite3_uint64(bytes.size()), SQLITE_TRANSIENT);
}

void Statement::bindInt(int position, qint64 value)
{
    sqlite3_bind_int64(m_stmt.get(), position, value);
}

void Statement::bindDouble(int position, double value)
{
    sqlite3_bind_double(m_stmt.get(), position, value);
}

bool Statement::exec()
{
    const int rc = sqlite3_step(m_stmt.get());
    sqlite3_reset(m_stmt.get());
    m_failed = rc != SQLITE_DONE;
    return rc == SQLITE_DONE;
}

bool Statement::next()
{
    const int rc = sqlite3_step(m_stmt.get());
    m_failed = rc != SQLITE_ROW && rc != SQLITE_DONE;
    return rc == SQLITE_ROW;
}

void Statement::reset()
{
    sqlite3_reset(m_stmt.get());
    sqlite3_clear_bindings(m_stmt.get());
}

qint64 Statement::columnInt(int column) const
{
    return sqlite3_column_int64(m_stmt.get(), column);
}

double Statement::columnDouble(int column) const
{
    return sqlite3_column_double(m_stmt.get(), column);
}

QString Statement::columnText(int column) const
{
    const auto *text = static_cast<const char16_t *>(sqlite3_column_text16(m_stmt.get(), column));
    const int bytes = sqlite3_column_bytes16(m_stmt.get(), column);
    return text ? QString(reinterpret_cast<const QChar *>(text), bytes / 2) : QString();
}

QByteArray Statement::columnUtf8(int column) const
{
    const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt.get(), column));
    return QByteArray(text, sqlite3_column_bytes(m_stmt.get(), column));
}

QByteArrayView Statement::columnUtf8View(int column) const
{
    const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt.get(), column));
    return QByteArrayView(text, sqlite3_column_bytes(m_stmt.get(), column));
}

QByteArrayView Statement::columnBlob(int column) const
{
    const auto *bytes = static_cast<const char *>(sqlite3_column_blob(m_stmt.get(), column));
    return QByteArrayView(bytes, bytes ? sqlite3_column_bytes(m_stmt.get(), column) : 0);
}

bool Statement::columnIsNull(int column) const
{
    return sqlite3_column_type(m_stmt.get(), column) == SQLITE_NULL;
}

void Database::Closer::operator()(sqlite3 *db) const
{
    sqlite3_close_v2(db);
}

bool Database::open(const QString &path)
{
    m_hardeningError.clear();
    sqlite3 *db = nullptr;
    const int rc = sqlite3_open_v2(path.toUtf8().constData(), &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX, nullptr);
    m_db.reset(db);
    if (rc != SQLITE_OK)
        return false;
    // A workspace file may come from anyone: protections before the first statement.
    QString reason;
    if (!hardenConnection(db, &reason)) {
        m_hardeningError = reason;
        return false;
    }
    sqlite3_busy_timeout(db, 10000);
    return exec(u"PRAGMA foreign_keys = ON; PRAGMA synchronous = NORMAL;"_s);
}

bool Database::exec(const QString &sql)
{
    return sqlite3_exec(m_db.get(), sql.toUtf8().constData(), nullptr, nullptr, nullptr) == SQLITE_OK;
}

qint64 Database::changes() const
{
    return sqlite3_changes(m_db.get());
}

qint64 Database::lastInsertRowId() const
{
    return sqlite3_last_insert_rowid(m_db.get());
}

QString Database::errorString() const
{
    if (!m_hardeningError.isEmpty())
        return m_hardeningError;
    return m_db ? QString::fromUtf8(sqlite3_errmsg(m_db.get())) : QString();
}

} // namespace cx::sqlite
