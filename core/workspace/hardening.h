#pragma once

#include <QString>

struct sqlite3;
class QSqlDatabase;

namespace cx {

/// The limits every workspace connection runs under (sqlite3_limit). A
/// workspace file may come from anyone, so SQLite is told what this product
/// ever needs rather than its defaults; anything beyond fails with an error
/// instead of allocating, nesting or attaching without bound.
struct ConnectionLimits
{
    /// Largest text or row in bytes: the CSV reader's largest field
    /// (CsvOptions::maxFieldBytes), so every value an import accepts can be
    /// stored and read back.
    static constexpr int valueBytes = 64 * 1024 * 1024;
    /// Longest statement, the schema's CREATE statements included (this
    /// product's longest is a few kilobytes).
    static constexpr int sqlBytes = 100'000;
    /// Columns of a table, index, result or GROUP BY (the widest table has 29).
    static constexpr int columns = 100;
    /// Nesting depth of an expression, in CHECK constraints and defaults too.
    static constexpr int expressionDepth = 100;
    /// Bound parameters of one statement (IN lists of cities or products).
    static constexpr int variables = 10'000;
    /// Attached databases: none (VACUUM INTO raises it for its own statement).
    static constexpr int attached = 0;
};

/// Applies SQLite's protections for untrusted database files to a connection
/// just opened, before any statement reads its schema: defensive mode (no
/// writable_schema or other ways for SQL to corrupt the file), an untrusted
/// schema (no functions with side effects from schema or view code),
/// triggers and views disabled (the workspace schema has none; the schema
/// check refuses files that carry any), extension loading off, cell size
/// checks on, memory-mapped I/O off and the ConnectionLimits. False with an
/// untranslated reason when SQLite refuses one of them (a library too old to
/// know an option).
bool hardenConnection(sqlite3 *db, QString *error);

/// The same for an open QtSql connection, reached through its driver handle.
/// Refuses when the QSQLITE driver is not built on the SQLite library this
/// program links (the handle would not be safe to configure).
bool hardenConnection(const QSqlDatabase &db, QString *error);

/// The sqlite3 handle of an open QSQLITE connection, after checking that the
/// driver uses the SQLite library this program links; null (and `error`)
/// otherwise.
sqlite3 *sqliteHandle(const QSqlDatabase &db, QString *error);

} // namespace cx
