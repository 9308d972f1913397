#include "workspace/schemaguard.h"

#include "pipeline/sqlite.h"
#include "workspace/schema.h"

#include <QHash>

#include <sqlite3.h>

#include <algorithm>
#include <map>

namespace cx {

using namespace Qt::StringLiterals;

namespace {

struct Snapshot
{
    QList<SchemaGuard::Object> objects;
    QHash<QString, QStringList> columns; ///< by lower-case table name
};

// Tables SQLite creates by itself (ANALYZE); accepted with exactly this SQL.
const QList<SchemaGuard::Object> &plannerStatistics()
{
    static const QList<SchemaGuard::Object> tables{
        {u"table"_s, u"sqlite_stat1"_s, u"sqlite_stat1"_s,
         SchemaGuard::normalizedSql(u"CREATE TABLE sqlite_stat1(tbl,idx,stat)")},
        {u"table"_s, u"sqlite_stat4"_s, u"sqlite_stat4"_s,
         SchemaGuard::normalizedSql(u"CREATE TABLE sqlite_stat4(tbl,idx,neq,nlt,ndlt,sample)")},
    };
    return tables;
}

bool readObjects(sqlite3 *db, QList<SchemaGuard::Object> *objects)
{
    sqlite::Statement q(db, u"SELECT type, name, tbl_name, sql FROM sqlite_master ORDER BY type, name"_s);
    if (!q.isValid())
        return false;
    while (q.next())
        *objects << SchemaGuard::Object{q.columnText(0), q.columnText(1), q.columnText(2),
                                        SchemaGuard::normalizedSql(q.columnText(3))};
    return !q.failed();
}

QStringList tableColumns(sqlite3 *db, const QString &table)
{
    QStringList columns;
    sqlite::Statement q(db, u"SELECT name FROM pragma_table_xinfo(?1)"_s);
    q.bindText(1, table);
    while (q.next())
        columns << q.columnText(0);
    return columns;
}

// Runs every migration on an in-memory database once, keeping the schema
// after each version.
// Objects a workspace may or may not have (SQLite's planner statistics from
// ANALYZE, the indexes the app builds in the background) go to *onDemand.
std::map<int, Snapshot> buildSnapshots(QList<SchemaGuard::Object> *onDemand)
{
    std::map<int, Snapshot> snapshots;
    snapshots[0] = {};
    sqlite::Database db;
    if (!db.open(u":memory:"_s))
        qFatal("Cannot open an in-memory database to derive the workspace schema: %s", qPrintable(db.errorString()));
    for (const Migration &migration : schemaMigrations()) {
        for (const QString &statement : migration.statements) {
            if (!db.exec(statement))
                qFatal("Workspace schema version %d does not apply: %s\n%s", migration.version,
                       qPrintable(db.errorString()), qPrintable(statement));
        }
        Snapshot snapshot;
        if (!readObjects(db.handle(), &snapshot.objects))
            qFatal("Cannot read the derived workspace schema: %s", qPrintable(db.errorString()));
        for (const SchemaGuard::Object &object : std::as_const(snapshot.objects)) {
            // Workspace connections run with triggers and views disabled
            // (hardening.cpp): a schema that needs them must enable them there.
            if (object.type == "trigger"_L1 || object.type == "view"_L1)
                qFatal("Workspace schema version %d creates %s %s, but workspace connections disable triggers "
                       "and views (core/workspace/hardening.cpp)",
                       migration.version, qPrintable(object.type), qPrintable(object.name));
            if (object.type == "table"_L1)
                snapshot.columns.insert(object.name.toLower(), tableColumns(db.handle(), object.name));
        }
        snapshots[migration.version] = snapshot;
    }
    // The on-demand indexes as SQLite stores them once built on the latest
    // schema, for the comparison to see SQLite's own text.
    const QList<OnDemandIndex> indexes = onDemandIndexes();
    for (const OnDemandIndex &index : indexes)
        if (!db.exec(index.statement))
            qFatal("On-demand index %s does not apply: %s", qPrintable(index.name), qPrintable(db.errorString()));
    QList<SchemaGuard::Object> all;
    if (!readObjects(db.handle(), &all))
        qFatal("Cannot read the derived workspace schema: %s", qPrintable(db.errorString()));
    *onDemand = plannerStatistics();
    for (const SchemaGuard::Object &object : std::as_const(all))
        if (std::any_of(indexes.cbegin(), indexes.cend(),
                        [&](const OnDemandIndex &index) { return index.name == object.name; }))
            *onDemand << object;
    return snapshots;
}


struct DerivedSchema
{
    QList<SchemaGuard::Object> optional;
    std::map<int, Snapshot> snapshots = buildSnapshots(&optional);
};

const DerivedSchema &derivedSchema()
{
    static const DerivedSchema schema;
    return schema;
}

const Snapshot &snapshot(int version)
{
    const std::map<int, Snapshot> &snapshots = derivedSchema().snapshots;
    // The schema of a version between two migrations is the earlier one's;
    // there is none before version 0.
    const auto it = snapshots.upper_bound(std::max(version, 0));
    return std::prev(it)->second;
}

bool isBreak(QChar c)
{
    return c == u'(' || c == u')' || c == u',';
}

QString typeName(const QString &type)
{
    if (type == "table"_L1)
        return SchemaGuard::tr("table");
    if (type == "index"_L1)
        return SchemaGuard::tr("index");
    if (type == "trigger"_L1)
        return SchemaGuard::tr("trigger");
    if (type == "view"_L1)
        return SchemaGuard::tr("view");
    return type;
}

} // namespace

QString SchemaGuard::normalizedSql(QStringView sql)
{
    QString out;
    out.reserve(sql.size());
    QChar closing; // while inside quotes, the character that ends them
    bool space = false;
    for (const QChar c : sql) {
        if (!closing.isNull()) {
            out += c;
            if (c == closing)
                closing = QChar();
            continue;
        }
        if (c.isSpace()) {
            space = true;
            continue;
        }
        if (space && !out.isEmpty() && !isBreak(out.back()) && !isBreak(c))
            out += u' ';
        space = false;
        if (c == u'\'' || c == u'"' || c == u'`')
            closing = c;
        else if (c == u'[')
            closing = u']';
        out += c;
    }
    return out;
}

const QList<SchemaGuard::Object> &SchemaGuard::expected(int version)
{
    return snapshot(version).objects;
}

bool SchemaGuard::compare(sqlite3 *db, int version, QList<Difference> *differences, QString *error)
{
    QList<Object> actual;
    if (!readObjects(db, &actual)) {
        if (error)
            *error = QString::fromUtf8(sqlite3_errmsg(db));
        return false;
    }
    const Snapshot &wanted = snapshot(version);
    QHash<QString, Object> expectedByName;
    for (const Object &object : wanted.objects)
        expectedByName.insert(object.name.toLower(), object);
    for (const Object &object : derivedSchema().optional)
        expectedByName.insert(object.name.toLower(), object);

    differences->clear();
    QHash<QString, bool> seen;
    for (const Object &object : std::as_const(actual)) {
        const QString key = object.name.toLower();
        seen.insert(key, true);
        const auto it = expectedByName.constFind(key);
        if (it == expectedByName.constEnd()) {
            *differences << Difference{Difference::Kind::Unexpected, object, {}, {}, {}};
        } else if (it->type != object.type) {
            *differences << Difference{Difference::Kind::Replaced, object, *it, {}, {}};
        } else if (it->sql != object.sql || it->table.compare(object.table, Qt::CaseInsensitive) != 0) {
            Difference changed{Difference::Kind::Changed, object, *it, {}, {}};
            // Column names for the message; virtual tables are never asked
            // (that would run their module).
            if (object.type == "table"_L1 && object.sql.startsWith("CREATE TABLE"_L1, Qt::CaseInsensitive)) {
                const QStringList have = tableColumns(db, object.name);
                const QStringList want = wanted.columns.value(key);
                for (const QString &column : have)
                    if (!want.contains(column, Qt::CaseInsensitive))
                        changed.extraColumns << column;
                for (const QString &column : want)
                    if (!have.contains(column, Qt::CaseInsensitive))
                        changed.missingColumns << column;
            }
            *differences << changed;
        }
    }
    QHash<QString, bool> reported; // tables already named: their automatic indexes go without saying
    for (const Difference &d : std::as_const(*differences))
        reported.insert(d.actual.name.toLower(), true);
    for (const Object &object : wanted.objects) {
        if (seen.contains(object.name.toLower()))
            continue;
        if (object.sql.isEmpty() && reported.contains(object.table.toLower()))
            continue;
        *differences << Difference{Difference::Kind::Missing, {}, object, {}, {}};
    }
    return true;
}

QString SchemaGuard::describe(const QList<Difference> &differences)
{
    QStringList parts;
    for (const Difference &d : differences) {
        const Object &object = d.kind == Difference::Kind::Missing ? d.expected : d.actual;
        QString named = u"%1 “%2”"_s.arg(typeName(object.type), object.name);
        if ((object.type == "index"_L1 || object.type == "trigger"_L1) && !object.table.isEmpty())
            named = tr("%1 on %2").arg(named, object.table);
        switch (d.kind) {
        case Difference::Kind::Unexpected:
            parts << named;
            break;
        case Difference::Kind::Missing:
            parts << tr("no %1").arg(named);
            break;
        case Difference::Kind::Replaced:
            parts << tr("%1 in place of the %2").arg(named, typeName(d.expected.type));
            break;
        case Difference::Kind::Changed: {
            QStringList details;
            if (!d.extraColumns.isEmpty())
                details << tr("extra columns %1").arg(d.extraColumns.join(u", "_s));
            if (!d.missingColumns.isEmpty())
                details << tr("missing columns %1").arg(d.missingColumns.join(u", "_s));
            parts << (details.isEmpty() ? tr("%1 defined differently").arg(named)
                                        : tr("%1 defined differently (%2)").arg(named, details.join(u"; "_s)));
            break;
        }
        }
    }
    return parts.join(u"; "_s);
}

} // namespace cx
