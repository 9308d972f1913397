#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

struct sqlite3;

namespace cx {

/// Checks a workspace file's schema against the one this version of the
/// product creates, before anything of the file is used. The expected schema
/// is not written down twice: it is what schemaMigrations() produce, applied
/// to an in-memory database and read back from its sqlite_schema.
///
/// A file must hold exactly the tables and indexes its format version's
/// migrations create, each with the same SQL (whitespace aside), and nothing
/// else: no trigger or view (connections run with both disabled), no table
/// in place of another, and no table of its own either. A newer version of
/// the product always raises the format version (refused as newer before
/// this check), so an unknown table at a known version was not written by
/// any CX Workbench; and a copy for sharing must know every table it carries.
/// Only the planner statistics SQLite itself keeps (sqlite_stat1,
/// sqlite_stat4, written by ANALYZE) are tolerated.
class SchemaGuard
{
    Q_DECLARE_TR_FUNCTIONS(cx::SchemaGuard)

public:
    /// One row of sqlite_schema.
    struct Object
    {
        QString type;  ///< "table", "index", "trigger" or "view"
        QString name;
        QString table; ///< tbl_name: the table an index or trigger belongs to
        QString sql;   ///< normalizedSql() of the CREATE statement; empty for automatic indexes
    };

    /// What differs between a file and the expected schema.
    struct Difference
    {
        enum class Kind {
            Unexpected, ///< an object the migrations do not create
            Missing,    ///< an expected object the file lacks
            Replaced,   ///< an object of another type under an expected name (a view for a table)
            Changed,    ///< an expected object with other SQL (another column list, another index)
        };
        Kind kind = Kind::Unexpected;
        Object actual;   ///< empty for Missing
        Object expected; ///< empty for Unexpected
        QStringList extraColumns;   ///< Changed tables: columns the file has in addition
        QStringList missingColumns; ///< Changed tables: expected columns it lacks
    };

    /// The schema the migrations up to `version` create (empty for 0).
    static const QList<Object> &expected(int version);

    /// Compares the main schema of `db` with expected(version). Reading it
    /// parses the schema but executes nothing of it. False with SQLite's
    /// message when the schema cannot be read at all.
    static bool compare(sqlite3 *db, int version, QList<Difference> *differences, QString *error);

    /// The differences as one translated sentence part, naming each object:
    /// "trigger “t” on complaint; view “complaint” in place of the table; ...".
    static QString describe(const QList<Difference> &differences);

    /// `sql` with whitespace runs collapsed to one space and dropped next to
    /// parentheses and commas; quoted text is kept as it is.
    static QString normalizedSql(QStringView sql);
};

} // namespace cx
