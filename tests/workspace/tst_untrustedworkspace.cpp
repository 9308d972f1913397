// A workspace from someone else is untrusted input: every connection runs
// with SQLite's protections, and a file that was altered, truncated or holds
// an oversized row is refused with its reason and left exactly as it was.
#include "workspacefiles.h"

#include "pipeline/sqlite.h"
#include "workspace/hardening.h"
#include "workspace/schema.h"
#include "workspace/schemaguard.h"
#include "workspace/workspace.h"

#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <functional>
#include <optional>

using namespace Qt::StringLiterals;
using cx::Workspace;
using cx::WorkspaceError;

namespace {

// One statement's first value, or nothing when it fails.
using Query = std::function<std::optional<QString>(const QString &sql)>;

Query qtQuery(const QSqlDatabase &db)
{
    return [db](const QString &sql) -> std::optional<QString> {
        QSqlQuery q(db);
        if (!q.exec(sql))
            return std::nullopt;
        return q.next() ? q.value(0).toString() : QString();
    };
}

Query wrapperQuery(cx::sqlite::Database &db)
{
    return [&db](const QString &sql) -> std::optional<QString> {
        cx::sqlite::Statement q = db.prepare(sql);
        if (q.next())
            return q.columnText(0);
        return q.failed() ? std::nullopt : std::optional<QString>(QString());
    };
}

// Every protection, seen through the connection itself.
void verifyProtections(const Query &query)
{
    QCOMPARE(query(u"PRAGMA trusted_schema"_s), std::optional<QString>(u"0"_s));
    QCOMPARE(query(u"PRAGMA cell_size_check"_s), std::optional<QString>(u"1"_s));
    QCOMPARE(query(u"PRAGMA mmap_size"_s), std::optional<QString>(u"0"_s));
    // Defensive mode keeps the schema read-only even with writable_schema on.
    QVERIFY(query(u"PRAGMA writable_schema = ON"_s));
    QVERIFY2(!query(u"UPDATE sqlite_master SET sql = sql WHERE name = 'setting'"_s), "the schema must stay read-only");
    QVERIFY2(!query(u"SELECT load_extension('libm.so.6')"_s), "extension loading must be off");
    QVERIFY2(!query(u"ATTACH ':memory:' AS other"_s), "attaching must be refused");
    // The length limit, in values and in statements.
    QCOMPARE(query(u"SELECT length(zeroblob(%1))"_s.arg(cx::ConnectionLimits::valueBytes)),
             std::optional<QString>(QString::number(cx::ConnectionLimits::valueBytes)));
    QVERIFY(!query(u"SELECT length(zeroblob(%1))"_s.arg(cx::ConnectionLimits::valueBytes + 1)));
    QVERIFY(!query(u"SELECT '%1'"_s.arg(QString(cx::ConnectionLimits::sqlBytes, u'x'))));
    QVERIFY(!query(u"SELECT "_s + u"-("_s.repeated(cx::ConnectionLimits::expressionDepth + 1) + u'1'
                   + QString(cx::ConnectionLimits::expressionDepth + 1, u')')));
    QVERIFY(!query(u"SELECT ?%1"_s.arg(cx::ConnectionLimits::variables + 1)));
    // Views of the file are not expanded and its triggers do not fire (the
    // connection's own TEMP ones would be, which no file can plant).
    QVERIFY(query(u"CREATE VIEW probe_view AS SELECT 1"_s));
    QVERIFY2(!query(u"SELECT * FROM probe_view"_s), "views must be disabled");
    QVERIFY(query(u"DROP VIEW probe_view"_s));
    QVERIFY(query(u"CREATE TABLE probe(x)"_s));
    QVERIFY(query(u"CREATE TRIGGER probe_trigger AFTER INSERT ON probe BEGIN INSERT INTO probe VALUES (2); END"_s));
    QVERIFY(query(u"INSERT INTO probe VALUES (1)"_s));
    QCOMPARE(query(u"SELECT count(*) FROM probe"_s), std::optional<QString>(u"1"_s));
    QVERIFY(query(u"DROP TABLE probe"_s));
}

} // namespace

class TestUntrustedWorkspace : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void everyConnectionIsProtected();
    void qtDriverUsesTheSameSqlite();
    void expectedSchemaComesFromTheMigrations();
    void normalizedSql_data();
    void normalizedSql();
    void refusesAlteredSchema_data();
    void refusesAlteredSchema();
    void refusesOversizedRow();
    void refusesTruncatedFile_data();
    void refusesTruncatedFile();
    void refusesNegativeFormatNumber();
    void refusesAlteredLogAndKeepsItAsItCame();
    void opensWhileAnotherConnectionHoldsALog();

private:
    QTemporaryDir m_dir;
};

void TestUntrustedWorkspace::initTestCase()
{
    QVERIFY(m_dir.isValid());
}

void TestUntrustedWorkspace::everyConnectionIsProtected()
{
    const QString path = m_dir.filePath(u"protected.cxw"_s);
    WorkspaceError error;
    auto workspace = Workspace::create(path, &error);
    QVERIFY2(workspace, qPrintable(error.message));

    verifyProtections(qtQuery(workspace->database()));
    {
        QSqlDatabase further = workspace->openConnection(u"further"_s);
        QVERIFY(further.isOpen());
        verifyProtections(qtQuery(further));
        further.close();
    }
    QSqlDatabase::removeDatabase(u"further"_s);
    cx::sqlite::Database wrapper;
    QVERIFY2(wrapper.open(path), qPrintable(wrapper.errorString()));
    verifyProtections(wrapperQuery(wrapper));
}

void TestUntrustedWorkspace::qtDriverUsesTheSameSqlite()
{
    WorkspaceError error;
    auto workspace = Workspace::create(m_dir.filePath(u"driver.cxw"_s), &error);
    QVERIFY(workspace);
    QString reason;
    sqlite3 *handle = cx::sqliteHandle(workspace->database(), &reason);
    QVERIFY2(handle, qPrintable(reason));
    // The handle is the driver's own connection: a temporary table made
    // through it is visible to the driver's statements.
    cx::sqlite::Statement create(handle, u"CREATE TEMP TABLE through_handle(x)"_s);
    QVERIFY(create.exec());
    QCOMPARE(qtQuery(workspace->database())(u"SELECT count(*) FROM temp.through_handle"_s),
             std::optional<QString>(u"0"_s));

    QSqlDatabase closed = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"closed"_s);
    QVERIFY(!cx::sqliteHandle(closed, &reason));
    QVERIFY(!reason.isEmpty());
    closed = QSqlDatabase();
    QSqlDatabase::removeDatabase(u"closed"_s);
}

void TestUntrustedWorkspace::expectedSchemaComesFromTheMigrations()
{
    QVERIFY(cx::SchemaGuard::expected(0).isEmpty());
    const QList<cx::SchemaGuard::Object> &current = cx::SchemaGuard::expected(cx::currentSchemaVersion());
    QVERIFY(cx::SchemaGuard::expected(1).size() < current.size());
    QStringList names;
    for (const cx::SchemaGuard::Object &object : current) {
        // Connections disable both; a schema needing them must change that first.
        QVERIFY2(object.type == "table"_L1 || object.type == "index"_L1, qPrintable(object.name));
        names << object.name;
    }
    QVERIFY(names.contains(u"complaint"_s));
    QVERIFY(names.contains(u"agg_cell"_s));
    QVERIFY(names.contains(u"survey_response_month_product_city"_s));

    // A workspace as create() writes it matches at once.
    const QString path = m_dir.filePath(u"fresh.cxw"_s);
    QVERIFY(cx::test::makeWorkspaceFile(path, cx::currentSchemaVersion()));
    cx::sqlite::Database db;
    QVERIFY(db.open(path));
    QList<cx::SchemaGuard::Difference> differences;
    QString reason;
    QVERIFY2(cx::SchemaGuard::compare(db.handle(), cx::currentSchemaVersion(), &differences, &reason),
             qPrintable(reason));
    QVERIFY2(differences.isEmpty(), qPrintable(cx::SchemaGuard::describe(differences)));
    // The indexes the app builds in the background may be there or not.
    for (const cx::OnDemandIndex &index : cx::onDemandIndexes())
        QVERIFY2(db.exec(index.statement), qPrintable(db.errorString()));
    QVERIFY(cx::SchemaGuard::compare(db.handle(), cx::currentSchemaVersion(), &differences, &reason));
    QVERIFY2(differences.isEmpty(), qPrintable(cx::SchemaGuard::describe(differences)));
    // ... but not in another form.
    QVERIFY(db.exec(u"DROP INDEX complaint_browse"_s));
    QVERIFY(db.exec(u"CREATE INDEX complaint_browse ON complaint(month)"_s));
    QVERIFY(cx::SchemaGuard::compare(db.handle(), cx::currentSchemaVersion(), &differences, &reason));
    QCOMPARE(differences.size(), 1);
    QCOMPARE(differences.constFirst().kind, cx::SchemaGuard::Difference::Kind::Changed);
    QVERIFY(db.exec(u"DROP INDEX complaint_browse"_s));
    // ... and differs from the previous version's schema by what the last migration adds.
    QVERIFY(cx::SchemaGuard::compare(db.handle(), cx::currentSchemaVersion() - 1, &differences, &reason));
    QVERIFY(!differences.isEmpty());
    // New objects, new columns of existing tables (ALTER TABLE … ADD COLUMN),
    // or tables (with their automatic indexes) the migration drops, perhaps
    // to create them anew in another form.
    const QStringList last = cx::schemaMigrations().constLast().statements;
    const auto dropped = [&](const cx::SchemaGuard::Object &object) {
        const QString table = object.table.isEmpty() ? object.name : object.table;
        return last.contains(u"DROP TABLE "_s + table, Qt::CaseInsensitive);
    };
    for (const cx::SchemaGuard::Difference &d : std::as_const(differences))
        QVERIFY2(d.kind == cx::SchemaGuard::Difference::Kind::Unexpected
                     || (d.kind == cx::SchemaGuard::Difference::Kind::Changed
                         && ((!d.extraColumns.isEmpty() && d.missingColumns.isEmpty()) || dropped(d.expected)))
                     || (d.kind == cx::SchemaGuard::Difference::Kind::Missing && dropped(d.expected)),
                 qPrintable(cx::SchemaGuard::describe({d})));
}

void TestUntrustedWorkspace::normalizedSql_data()
{
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");
    QTest::addColumn<bool>("same");
    QTest::newRow("indentation") << u"CREATE TABLE t (\n    a TEXT,\n    b INTEGER\n)"_s
                                 << u"CREATE TABLE t(a TEXT, b INTEGER)"_s << true;
    QTest::newRow("tabs and runs") << u"CREATE\tINDEX  i ON t ( a )"_s << u"CREATE INDEX i ON t(a)"_s << true;
    QTest::newRow("another column") << u"CREATE TABLE t(a TEXT)"_s << u"CREATE TABLE t(a TEXT, b)"_s << false;
    QTest::newRow("words stay apart") << u"CREATE TABLE t(a TEXT)"_s << u"CREATE TABLE t(aTEXT)"_s << false;
    QTest::newRow("minus minus is not a comment") << u"CHECK (a - -1)"_s << u"CHECK (a--1)"_s << false;
    QTest::newRow("quoted text kept") << u"DEFAULT 'a  b'"_s << u"DEFAULT 'a b'"_s << false;
    QTest::newRow("comment") << u"CREATE TABLE t(a)"_s << u"CREATE TABLE t(a /* x */)"_s << false;
}

void TestUntrustedWorkspace::normalizedSql()
{
    QFETCH(QString, a);
    QFETCH(QString, b);
    QFETCH(bool, same);
    QCOMPARE(cx::SchemaGuard::normalizedSql(a) == cx::SchemaGuard::normalizedSql(b), same);
}

void TestUntrustedWorkspace::refusesAlteredSchema_data()
{
    QTest::addColumn<int>("version");
    QTest::addColumn<QStringList>("statements");
    QTest::addColumn<QString>("named");

    const int current = cx::currentSchemaVersion();
    QTest::newRow("trigger") << current
                             << QStringList{u"CREATE TRIGGER wipe AFTER INSERT ON complaint "
                                            "BEGIN DELETE FROM work_order; END"_s}
                             << u"wipe"_s;
    QTest::newRow("view shadowing a table")
        << current
        << QStringList{u"DROP TABLE journey_stage"_s,
                       u"CREATE VIEW journey_stage AS SELECT '使用' AS name, 0 AS position"_s}
        << u"journey_stage"_s;
    QTest::newRow("extra table") << current << QStringList{u"CREATE TABLE notes(text TEXT)"_s} << u"notes"_s;
    QTest::newRow("extra index") << current << QStringList{u"CREATE INDEX complaint_phone ON complaint(phone)"_s}
                                 << u"complaint_phone"_s;
    QTest::newRow("extra column") << current << QStringList{u"ALTER TABLE complaint ADD COLUMN leak TEXT"_s}
                                  << u"leak"_s;
    QTest::newRow("virtual table") << current << QStringList{u"CREATE VIRTUAL TABLE search USING fts5(content)"_s}
                                   << u"search"_s;
    QTest::newRow("missing index") << current << QStringList{u"DROP INDEX work_order_status"_s}
                                   << u"work_order_status"_s;
    // An older file is compared with its own version's schema, before any
    // backup or migration: no .bak appears either.
    QTest::newRow("older version with a trigger")
        << 1
        << QStringList{u"CREATE TRIGGER stamp AFTER UPDATE ON setting BEGIN UPDATE setting SET value = 'x'; END"_s}
        << u"stamp"_s;
    QTest::newRow("older version with a newer table")
        << 1 << QStringList{cx::schemaMigrations().at(1).statements.constFirst()} << u"agg_dim"_s;
}

void TestUntrustedWorkspace::refusesAlteredSchema()
{
    QFETCH(int, version);
    QFETCH(QStringList, statements);
    QFETCH(QString, named);

    const QString path = m_dir.filePath(u"altered-%1.cxw"_s.arg(QString::fromUtf8(QTest::currentDataTag())).replace(u' ', u'-'));
    QVERIFY(cx::test::makeWorkspaceFile(path, version));
    QString planted;
    QVERIFY2(cx::test::execUnprotected(path, statements, &planted), qPrintable(planted));
    const QByteArray before = cx::test::sha256Of(path);

    WorkspaceError error;
    QVERIFY(!Workspace::open(path, &error));
    QCOMPARE(error.code, WorkspaceError::Code::UnexpectedSchema);
    QVERIFY2(error.message.contains(QFileInfo(path).fileName()), qPrintable(error.message));
    QVERIFY2(error.message.contains(named), qPrintable(error.message));
    QCOMPARE(cx::test::sha256Of(path), before);
    QCOMPARE(cx::test::sidecarsOf(path), QStringList());
    QVERIFY(!QFile::exists(path + u".v%1.bak"_s.arg(version)));
}

void TestUntrustedWorkspace::refusesOversizedRow()
{
    const QString path = m_dir.filePath(u"oversized.cxw"_s);
    QVERIFY(cx::test::makeWorkspaceFile(path, cx::currentSchemaVersion()));
    QVERIFY(cx::test::execUnprotected(
        path, {u"INSERT INTO setting VALUES ('big', zeroblob(%1))"_s.arg(cx::ConnectionLimits::valueBytes + 1)}));
    const QByteArray before = cx::test::sha256Of(path);

    WorkspaceError error;
    QVERIFY(!Workspace::open(path, &error));
    QCOMPARE(error.code, WorkspaceError::Code::OversizedValue);
    QVERIFY2(error.message.contains(u"oversized.cxw"_s), qPrintable(error.message));
    QVERIFY2(error.message.contains(u"setting"_s), qPrintable(error.message));
    QCOMPARE(cx::test::sha256Of(path), before);
    QCOMPARE(cx::test::sidecarsOf(path), QStringList());

    // The wrapper's connections meet the same limit when they read the value.
    cx::sqlite::Database db;
    QVERIFY(db.open(path));
    cx::sqlite::Statement read = db.prepare(u"SELECT value FROM setting WHERE key = 'big'"_s);
    QVERIFY(!read.next());
    QVERIFY2(db.errorString().contains(u"too big"_s), qPrintable(db.errorString()));
}

void TestUntrustedWorkspace::refusesTruncatedFile_data()
{
    QTest::addColumn<int>("cut"); // bytes kept: negative counts from the end
    QTest::newRow("half") << 0;
    QTest::newRow("last page") << -4096;
    QTest::newRow("one byte") << -1;
}

void TestUntrustedWorkspace::refusesTruncatedFile()
{
    QFETCH(int, cut);
    const QString path = m_dir.filePath(u"truncated-%1.cxw"_s.arg(QString::fromUtf8(QTest::currentDataTag())).replace(u' ', u'-'));
    QVERIFY(cx::test::makeWorkspaceFile(path, cx::currentSchemaVersion()));
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadWrite));
        QVERIFY(file.size() > 16 * 4096);
        QVERIFY(file.resize(cut == 0 ? file.size() / 2 : file.size() + cut));
    }
    const QByteArray before = cx::test::sha256Of(path);

    WorkspaceError error;
    QVERIFY(!Workspace::open(path, &error));
    QCOMPARE(error.code, WorkspaceError::Code::Corrupt);
    QVERIFY2(error.message.contains(QFileInfo(path).fileName()), qPrintable(error.message));
    QVERIFY2(error.message.contains(u"incomplete"_s), qPrintable(error.message));
    QCOMPARE(cx::test::sha256Of(path), before);
    QCOMPARE(cx::test::sidecarsOf(path), QStringList());
}

void TestUntrustedWorkspace::refusesNegativeFormatNumber()
{
    // No migration list has a place for it: refused before any is looked up.
    const QString path = m_dir.filePath(u"negative.cxw"_s);
    QVERIFY(cx::test::makeWorkspaceFile(path, cx::currentSchemaVersion()));
    QVERIFY(cx::test::execUnprotected(path, {u"PRAGMA user_version = -1"_s}));
    const QByteArray before = cx::test::sha256Of(path);

    WorkspaceError error;
    QVERIFY(!Workspace::open(path, &error));
    QCOMPARE(error.code, WorkspaceError::Code::Corrupt);
    QVERIFY2(error.message.contains(u"-1"_s), qPrintable(error.message));
    QCOMPARE(cx::test::sha256Of(path), before);
    QCOMPARE(cx::test::sidecarsOf(path), QStringList());
}

void TestUntrustedWorkspace::refusesAlteredLogAndKeepsItAsItCame()
{
    // A workspace copied together with its -wal file while it was open, the
    // trigger only in the log: the check sees it, and neither file changes.
    const QString live = m_dir.filePath(u"live.cxw"_s);
    const QString path = m_dir.filePath(u"with-log.cxw"_s);
    QVERIFY(cx::test::makeWorkspaceFile(live, cx::currentSchemaVersion()));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"live"_s);
        db.setDatabaseName(live);
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(u"PRAGMA journal_mode = WAL"_s));
        QVERIFY(q.exec(u"PRAGMA wal_autocheckpoint = 0"_s));
        QVERIFY(q.exec(u"CREATE TRIGGER hidden AFTER INSERT ON setting BEGIN DELETE FROM complaint; END"_s));
        QVERIFY(QFile::copy(live, path));
        QVERIFY(QFile::copy(live + u"-wal"_s, path + u"-wal"_s));
        q.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(u"live"_s);
    QVERIFY(QFileInfo(path + u"-wal"_s).size() > 0);
    const QByteArray before = cx::test::sha256Of(path);
    const QByteArray logBefore = cx::test::sha256Of(path + u"-wal"_s);

    WorkspaceError error;
    QVERIFY(!Workspace::open(path, &error));
    QCOMPARE(error.code, WorkspaceError::Code::UnexpectedSchema);
    QVERIFY2(error.message.contains(u"hidden"_s), qPrintable(error.message));
    QCOMPARE(cx::test::sha256Of(path), before);
    QCOMPARE(cx::test::sha256Of(path + u"-wal"_s), logBefore);
    QCOMPARE(cx::test::sidecarsOf(path), QStringList{u"-wal"_s});
}

void TestUntrustedWorkspace::opensWhileAnotherConnectionHoldsALog()
{
    // A live -wal beside the file (another window has it open) is not
    // mistaken for a truncated file.
    const QString path = m_dir.filePath(u"shared.cxw"_s);
    WorkspaceError error;
    auto first = Workspace::create(path, &error);
    QVERIFY(first);
    QSqlQuery(first->database()).exec(u"INSERT INTO setting VALUES ('a', 'b')"_s);
    QVERIFY(!cx::test::sidecarsOf(path).isEmpty());
    auto second = Workspace::open(path, &error);
    QVERIFY2(second, qPrintable(error.message));
}

QTEST_GUILESS_MAIN(TestUntrustedWorkspace)
#include "tst_untrustedworkspace.moc"
