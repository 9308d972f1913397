#pragma once

#include <QByteArrayView>
#include <QString>
#include <QStringView>

#include <memory>

struct sqlite3;
struct sqlite3_stmt;

namespace cx::sqlite {

/// A prepared statement. Binding takes 1-based positions like SQLite;
/// text is bound from UTF-16 views without a QString copy.
class Statement
{
public:
    Statement() = default;
    Statement(sqlite3 *db, const QString &sql);
    Statement(Statement &&) noexcept = default;
    Statement &operator=(Statement &&) noexcept = default;

    bool isValid() const { return bool(m_stmt); }

    void bindNull(int position);
    /// Binds text; SQLite copies it at once.
    void bindText(int position, QStringView text);
    /// Binds NULL for an empty view.
    void bindTextOrNull(int position, QStringView text);
    /// Binds UTF-8 bytes without copying: they must stay unchanged until the
    /// statement has been stepped (see EncodedRow).
    void bindUtf8Static(int position, const char *bytes, int size);
    /// Binds a blob (an empty one for an empty view); SQLite copies it at once.
    void bindBlob(int position, QByteArrayView bytes);
    void bindInt(int position, qint64 value);
    void bindDouble(int position, double value);

    /// Runs a statement that returns no rows; true on SQLITE_DONE.
    bool exec();
    /// Steps once: true while a row is available.
    bool next();
    /// The last step failed rather than ran out of rows (or the statement
    /// did not prepare): the connection's errorString() says why.
    bool failed() const { return m_failed; }
    void reset();

    qint64 columnInt(int column) const;
    double columnDouble(int column) const;
    QString columnText(int column) const;
    QByteArray columnUtf8(int column) const;
    /// The text of a column as SQLite holds it, without a copy: valid until
    /// the next step or reset (or another conversion of the same column).
    QByteArrayView columnUtf8View(int column) const;
    /// A blob column's bytes, valid until the statement steps or resets.
    QByteArrayView columnBlob(int column) const;
    bool columnIsNull(int column) const;

private:
    struct Finalizer
    {
        void operator()(sqlite3_stmt *stmt) const;
    };
    std::unique_ptr<sqlite3_stmt, Finalizer> m_stmt;
    bool m_failed = false;
};

/// One connection to a workspace file through SQLite's C API, used where
/// QtSql's per-value overhead would dominate (bulk import).
class Database
{
public:
    Database() = default;
    Database(Database &&) noexcept = default;
    Database &operator=(Database &&) noexcept = default;

    /// Opens an existing file read-write with SQLite's protections for
    /// untrusted files (hardenConnection()), foreign keys on and a busy
    /// timeout; false with errorString() on failure.
    bool open(const QString &path);
    bool isOpen() const { return bool(m_db); }

    /// Runs one or more statements that return no rows.
    bool exec(const QString &sql);
    Statement prepare(const QString &sql) const { return Statement(m_db.get(), sql); }

    qint64 changes() const;
    qint64 lastInsertRowId() const;
    QString errorString() const;

    sqlite3 *handle() const { return m_db.get(); }

private:
    struct Closer
    {
        void operator()(sqlite3 *db) const;
    };
    std::unique_ptr<sqlite3, Closer> m_db;
    QString m_hardeningError;
};

} // namespace cx::sqlite
