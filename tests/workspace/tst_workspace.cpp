#include "testsupport.h"
#include "workspacefiles.h"
#include "workspace/schema.h"
#include "workspace/workspace.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace Qt::StringLiterals;
using cx::Workspace;
using cx::WorkspaceError;

namespace {

using cx::test::sha256Of;
using cx::test::sidecarsOf;

// A closed workspace of the current version, for tests to alter.
QString makeWorkspaceFile(const QTemporaryDir &dir, const QString &name)
{
    const QString path = dir.filePath(name);
    return cx::test::makeWorkspaceFile(path, cx::currentSchemaVersion()) ? path : QString();
}

// A connection of another process, in WAL mode, never checkpointing: what
// it commits stays in the -wal file.
QSqlDatabase openElsewhere(const QString &name, const QString &path)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
    db.setDatabaseName(path);
    QSqlQuery q(db);
    if (!db.open() || !q.exec(u"PRAGMA journal_mode = WAL"_s) || !q.exec(u"PRAGMA wal_autocheckpoint = 0"_s))
        db.close();
    return db;
}

} // namespace

class TestWorkspace : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void createsSchemaWithPragmas();
    void reopenKeepsData();
    void createRefusesExistingFile();
    void refusesBadFiles_data();
    void refusesBadFiles();
    void refusesCorruptFile();
    void refusesNewerVersion();
    void refusesReadOnlyFile();
    void refusesReadOnlyFolderOnCreate();
    void migratesOlderVersionWithBackup();
    void foreignKeysCascade();
    void secondConnectionSeesData();
    void opensWorkspaceOpenElsewhere();
};

void TestWorkspace::createsSchemaWithPragmas()
{
    QTemporaryDir dir;
    WorkspaceError error;
    auto workspace = Workspace::create(dir.filePath(u"new.cxw"_s), &error);
    QVERIFY2(workspace, qPrintable(error.message));
    QCOMPARE(workspace->schemaVersion(), cx::currentSchemaVersion());
    QCOMPARE(workspace->displayName(), u"new"_s);

    QSqlQuery q(workspace->database());
    QVERIFY(q.exec(u"PRAGMA journal_mode"_s) && q.next());
    QCOMPARE(q.value(0).toString(), u"wal"_s);
    QVERIFY(q.exec(u"PRAGMA foreign_keys"_s) && q.next());
    QCOMPARE(q.value(0).toInt(), 1);
    QVERIFY(q.exec(u"PRAGMA busy_timeout"_s) && q.next());
    QVERIFY(q.value(0).toInt() >= 5000);
    QVERIFY(q.exec(u"PRAGMA application_id"_s) && q.next());
    QCOMPARE(q.value(0).toInt(), cx::workspaceApplicationId);
    QVERIFY(q.exec(u"PRAGMA page_size"_s) && q.next());
    QCOMPARE(q.value(0).toInt(), 16384);

    const QStringList tables{u"setting"_s, u"import_batch"_s, u"rejected_row"_s, u"mapping_profile"_s,
                             u"journey_stage"_s, u"category_map"_s, u"complaint"_s, u"survey_question"_s,
                             u"survey_response"_s, u"survey_answer"_s, u"product_monthly"_s, u"subscribers"_s,
                             u"funnel_rate"_s, u"indicator"_s, u"indicator_value"_s, u"work_order"_s,
                             u"work_order_history"_s, u"work_order_complaint"_s};
    for (const QString &table : tables) {
        QVERIFY(q.exec(u"SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = '%1'"_s.arg(table)));
        QVERIFY(q.next());
        QVERIFY2(q.value(0).toInt() == 1, qPrintable(table));
    }
    QCOMPARE(workspace->integrityCheck(), u"ok"_s);
}

void TestWorkspace::reopenKeepsData()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"data.cxw"_s);
    {
        WorkspaceError error;
        auto workspace = Workspace::create(path, &error);
        QVERIFY(workspace);
        QSqlQuery q(workspace->database());
        QVERIFY(q.exec(u"INSERT INTO setting(key, value) VALUES ('probe', '42')"_s));
    }
    WorkspaceError error;
    auto workspace = Workspace::open(path, &error);
    QVERIFY2(workspace, qPrintable(error.message));
    QSqlQuery q(workspace->database());
    QVERIFY(q.exec(u"SELECT value FROM setting WHERE key = 'probe'"_s) && q.next());
    QCOMPARE(q.value(0).toString(), u"42"_s);
}

void TestWorkspace::createRefusesExistingFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"exists.cxw"_s);
    QVERIFY(cx::test::writeFile(path, "keep me"));
    WorkspaceError error;
    QVERIFY(!Workspace::create(path, &error));
    QCOMPARE(error.code, WorkspaceError::Code::AlreadyExists);
    QVERIFY(error.message.contains(u"exists.cxw"_s));
    QCOMPARE(sha256Of(path), QCryptographicHash::hash("keep me", QCryptographicHash::Sha256));
}

void TestWorkspace::refusesBadFiles_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<int>("expected");

    QTest::newRow("text file") << QByteArray("工单流水号,受理时间\nGD1,2024-01-01\n")
                               << int(WorkspaceError::Code::NotSqlite);
    QTest::newRow("empty file") << QByteArray() << int(WorkspaceError::Code::NotSqlite);
    QTest::newRow("zip file") << QByteArray("PK\x03\x04\x14\x00\x00\x00", 8) << int(WorkspaceError::Code::NotSqlite);

    // A genuine SQLite database that some other program wrote.
    QTemporaryDir scratch;
    const QString other = scratch.filePath(u"other.db"_s);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"other"_s);
        db.setDatabaseName(other);
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(u"CREATE TABLE t(x)"_s));
        db.close();
    }
    QSqlDatabase::removeDatabase(u"other"_s);
    QFile file(other);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QTest::newRow("foreign sqlite database") << file.readAll() << int(WorkspaceError::Code::NotWorkspace);
}

void TestWorkspace::refusesBadFiles()
{
    QFETCH(QByteArray, content);
    QFETCH(int, expected);

    QTemporaryDir dir;
    const QString path = dir.filePath(u"bad.cxw"_s);
    QVERIFY(cx::test::writeFile(path, content));
    const QByteArray before = sha256Of(path);

    WorkspaceError error;
    QVERIFY(!Workspace::open(path, &error));
    QCOMPARE(int(error.code), expected);
    QVERIFY2(error.message.contains(u"bad.cxw"_s), qPrintable(error.message));
    QCOMPARE(sha256Of(path), before);
    QCOMPARE(sidecarsOf(path), QStringList());
}

void TestWorkspace::refusesCorruptFile()
{
    QTemporaryDir dir;
    const QString path = makeWorkspaceFile(dir, u"corrupt.cxw"_s);
    QVERIFY(!path.isEmpty());

    // Overwrite the second page (a schema b-tree page) with garbage; the
    // header says how large a page is (big-endian, at offset 16).
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadWrite));
        const QByteArray header = file.read(100);
        QCOMPARE(header.size(), 100);
        const int pageSize = (uchar(header.at(16)) << 8) | uchar(header.at(17));
        QVERIFY(pageSize >= 512);
        QVERIFY(file.size() > 2 * pageSize);
        QVERIFY(file.seek(pageSize));
        QVERIFY(file.write(QByteArray(pageSize, '\xAB')) == pageSize);
    }
    const QByteArray before = sha256Of(path);

    WorkspaceError error;
    QVERIFY(!Workspace::open(path, &error));
    QCOMPARE(error.code, WorkspaceError::Code::Corrupt);
    QVERIFY2(error.message.contains(u"corrupt.cxw"_s), qPrintable(error.message));
    QCOMPARE(sha256Of(path), before);
}

void TestWorkspace::refusesNewerVersion()
{
    QTemporaryDir dir;
    const QString path = makeWorkspaceFile(dir, u"future.cxw"_s);
    QVERIFY(!path.isEmpty());
    QVERIFY(cx::test::execUnprotected(path, {u"PRAGMA user_version = %1"_s.arg(cx::currentSchemaVersion() + 1)}));
    const QByteArray before = sha256Of(path);

    WorkspaceError error;
    QVERIFY(!Workspace::open(path, &error));
    QCOMPARE(error.code, WorkspaceError::Code::NewerVersion);
    QVERIFY2(error.message.contains(u"future.cxw"_s), qPrintable(error.message));
    QVERIFY(error.message.contains(QString::number(cx::currentSchemaVersion() + 1)));
    QCOMPARE(sha256Of(path), before);
    QCOMPARE(sidecarsOf(path), QStringList());
}

void TestWorkspace::refusesReadOnlyFile()
{
    QTemporaryDir dir;
    const QString path = makeWorkspaceFile(dir, u"readonly.cxw"_s);
    QVERIFY(!path.isEmpty());
    QVERIFY(QFile::setPermissions(path, QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther));
    const QByteArray before = sha256Of(path);

    WorkspaceError error;
    QVERIFY(!Workspace::open(path, &error));
    QCOMPARE(error.code, WorkspaceError::Code::ReadOnly);
    QVERIFY2(error.message.contains(u"readonly.cxw"_s), qPrintable(error.message));
    QCOMPARE(sha256Of(path), before);
    QCOMPARE(sidecarsOf(path), QStringList());
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
}

void TestWorkspace::refusesReadOnlyFolderOnCreate()
{
    QTemporaryDir dir;
    const QString folder = dir.filePath(u"locked"_s);
    QVERIFY(QDir().mkpath(folder));
    QVERIFY(QFile::setPermissions(folder, QFile::ReadOwner | QFile::ExeOwner));

    WorkspaceError error;
    const QString path = folder + u"/new.cxw"_s;
    QVERIFY(!Workspace::create(path, &error));
    QCOMPARE(error.code, WorkspaceError::Code::ReadOnly);
    QVERIFY(error.message.contains(u"new.cxw"_s));
    QVERIFY(!QFile::exists(path));
    QFile::setPermissions(folder, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
}

void TestWorkspace::migratesOlderVersionWithBackup()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"old.cxw"_s);
    // A workspace as version 1 of the format left it, with a setting of its
    // own: opening migrates it forward and keeps a backup copy.
    QVERIFY(cx::test::makeWorkspaceFile(path, 1));
    QVERIFY(cx::test::execUnprotected(path, {u"INSERT INTO setting VALUES ('probe', 'kept')"_s}));
    const QByteArray before = sha256Of(path);

    WorkspaceError error;
    auto workspace = Workspace::open(path, &error);
    QVERIFY2(workspace, qPrintable(error.message));
    QCOMPARE(workspace->schemaVersion(), cx::currentSchemaVersion());
    QCOMPARE(sha256Of(path + u".v1.bak"_s), before);
    QSqlQuery q(workspace->database());
    QVERIFY(q.exec(u"SELECT value FROM setting WHERE key = 'probe'"_s) && q.next());
    QCOMPARE(q.value(0).toString(), u"kept"_s);
    QVERIFY(q.exec(u"SELECT count(*) FROM agg_cell"_s) && q.next());
}

void TestWorkspace::foreignKeysCascade()
{
    QTemporaryDir dir;
    WorkspaceError error;
    auto workspace = Workspace::create(dir.filePath(u"fk.cxw"_s), &error);
    QVERIFY(workspace);
    QSqlQuery q(workspace->database());
    QVERIFY(q.exec(u"INSERT INTO import_batch(id, file_path, file_name, file_sha256, kind, imported_at) "
                   "VALUES (1, '/x.csv', 'x.csv', 'h', 'complaints', '2024-01-01T00:00:00')"_s));
    QVERIFY(q.exec(u"INSERT INTO rejected_row(batch_id, line, reason) VALUES (1, 7, 'bad date')"_s));
    QVERIFY2(!q.exec(u"INSERT INTO rejected_row(batch_id, line, reason) VALUES (99, 1, 'orphan')"_s),
             "a row pointing at a missing batch must be refused");
    QVERIFY(q.exec(u"DELETE FROM import_batch WHERE id = 1"_s));
    QVERIFY(q.exec(u"SELECT count(*) FROM rejected_row"_s) && q.next());
    QCOMPARE(q.value(0).toInt(), 0);
}

void TestWorkspace::secondConnectionSeesData()
{
    QTemporaryDir dir;
    WorkspaceError error;
    auto workspace = Workspace::create(dir.filePath(u"conn.cxw"_s), &error);
    QVERIFY(workspace);
    QSqlQuery(workspace->database()).exec(u"INSERT INTO setting VALUES ('a', 'b')"_s);
    {
        QSqlDatabase second = workspace->openConnection(u"second"_s);
        QVERIFY(second.isOpen());
        QSqlQuery q(second);
        QVERIFY(q.exec(u"SELECT value FROM setting WHERE key = 'a'"_s) && q.next());
        QCOMPARE(q.value(0).toString(), u"b"_s);
        QVERIFY(q.exec(u"PRAGMA foreign_keys"_s) && q.next());
        QCOMPARE(q.value(0).toInt(), 1);
        second.close();
    }
    QSqlDatabase::removeDatabase(u"second"_s);
    QVERIFY(workspace->undoStack());
}

// A fresh workspace still open in another process has its schema, header
// fields included, in the -wal file only: opening it must read through SQLite.
void TestWorkspace::opensWorkspaceOpenElsewhere()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"fresh.cxw"_s);
    {
        QSqlDatabase elsewhere = openElsewhere(u"elsewhere"_s, path);
        QVERIFY(elsewhere.isOpen());
        QSqlQuery q(elsewhere);
        QVERIFY(elsewhere.transaction());
        QStringList statements{u"PRAGMA application_id = %1"_s.arg(cx::workspaceApplicationId)};
        for (const cx::Migration &migration : cx::schemaMigrations())
            statements << migration.statements;
        statements << u"PRAGMA user_version = %1"_s.arg(cx::currentSchemaVersion())
                   << u"INSERT INTO setting VALUES ('a', 'b')"_s;
        for (const QString &statement : std::as_const(statements))
            QVERIFY2(q.exec(statement), qPrintable(q.lastError().text()));
        QVERIFY(elsewhere.commit());

        QVERIFY(QFileInfo(path + u"-wal"_s).size() > 0);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY2(file.read(100).mid(68, 4) == QByteArray(4, 0), "the file's own header must not name the workspace");
        file.close();

        WorkspaceError error;
        auto workspace = Workspace::open(path, &error);
        QVERIFY2(workspace, qPrintable(error.message));
        QSqlQuery read(workspace->database());
        QVERIFY(read.exec(u"SELECT value FROM setting WHERE key = 'a'"_s) && read.next());
        QCOMPARE(read.value(0).toString(), u"b"_s);
        elsewhere.close();
    }
    QSqlDatabase::removeDatabase(u"elsewhere"_s);

    // A foreign database in the same state is still refused, by what SQLite reads.
    const QString foreign = dir.filePath(u"foreign.cxw"_s);
    {
        QSqlDatabase other = openElsewhere(u"foreign"_s, foreign);
        QVERIFY(other.isOpen());
        QSqlQuery q(other);
        QVERIFY(q.exec(u"CREATE TABLE t(x)"_s));
        QVERIFY(QFileInfo(foreign + u"-wal"_s).size() > 0);
        WorkspaceError error;
        QVERIFY(!Workspace::open(foreign, &error));
        QCOMPARE(error.code, WorkspaceError::Code::NotWorkspace);
        other.close();
    }
    QSqlDatabase::removeDatabase(u"foreign"_s);
}

QTEST_GUILESS_MAIN(TestWorkspace)
#include "tst_workspace.moc"
