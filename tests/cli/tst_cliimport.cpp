#include "testsupport.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace Qt::StringLiterals;

namespace {

using Run = cx::test::CliRun;
using cx::test::runCli;

// Counts read through a connection of our own, closed again at once.
QList<qint64> tableCounts(const QString &workspace, QString *integrity = nullptr)
{
    QList<qint64> counts;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"check"_s);
        db.setDatabaseName(workspace);
        if (db.open()) {
            QSqlQuery q(db);
            for (const QString &table : {u"complaint"_s, u"survey_response"_s, u"import_batch"_s, u"rejected_row"_s})
                counts << (q.exec(u"SELECT count(*) FROM "_s + table) && q.next() ? q.value(0).toLongLong() : -1);
            if (integrity && q.exec(u"PRAGMA integrity_check"_s) && q.next())
                *integrity = q.value(0).toString();
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(u"check"_s);
    return counts;
}

QJsonObject byFileName(const QJsonArray &reports, const QString &name)
{
    for (const QJsonValue &value : reports)
        if (value.toObject().value(u"file"_s).toString().endsWith(name))
            return value.toObject();
    return {};
}

} // namespace

class TestCliImport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sharedDataMatchesTruth();
    void fatalFileGivesExitTwoAndKeepsTheOthers();
    void usageErrors();
    void killedImportLeavesWorkspaceIntact();
};

void TestCliImport::sharedDataMatchesTruth()
{
    CX_REQUIRE_SHARED_DATA(data);
    QTemporaryDir dir;
    const QString workspace = dir.filePath(u"shared.cxw"_s);
    QStringList files;
    for (const QFileInfo &info : QDir(data).entryInfoList({u"*.csv"_s, u"*.xlsx"_s}, QDir::Files, QDir::Name))
        files << info.absoluteFilePath();
    QCOMPARE(files.size(), 7);

    const Run run = runCli(QStringList{u"import"_s, u"-w"_s, workspace, u"--json"_s} + files);
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const QJsonArray reports = QJsonDocument::fromJson(run.out).array();
    QCOMPARE(reports.size(), 7);

    QFile truthFile(data + u"/truth.json"_s);
    QVERIFY(truthFile.open(QIODevice::ReadOnly));
    const QJsonObject truth = QJsonDocument::fromJson(truthFile.readAll()).object();

    const QJsonObject h1 = byFileName(reports, u"complaints_2024H1_gbk.csv"_s);
    const QJsonObject h2 = byFileName(reports, u"complaints_2024H2_utf8bom.csv"_s);
    QCOMPARE(h1.value(u"kind"_s).toString(), u"complaints"_s);
    QCOMPARE(h1.value(u"encoding"_s).toString(), u"GB18030"_s);
    QCOMPARE(h2.value(u"encoding"_s).toString(), u"UTF-8"_s);
    QCOMPARE(h1.value(u"inserted"_s).toInteger() + h2.value(u"inserted"_s).toInteger(),
             truth.value(u"complaints_unique"_s).toInteger());
    QCOMPARE(h2.value(u"duplicates"_s).toInteger(), 500);
    QCOMPARE(h1.value(u"rejected"_s).toInteger() + h2.value(u"rejected"_s).toInteger(), 0);

    const QJsonObject survey = byFileName(reports, u"survey_2024.xlsx"_s);
    QCOMPARE(survey.value(u"kind"_s).toString(), u"survey"_s);
    QCOMPARE(survey.value(u"sheet"_s).toString(), u"问卷数据"_s);
    QCOMPARE(survey.value(u"inserted"_s).toInteger(), truth.value(u"survey_responses"_s).toInteger());
    QCOMPARE(byFileName(reports, u"product_monthly.csv"_s).value(u"kind"_s).toString(), u"product_monthly"_s);
    QCOMPARE(byFileName(reports, u"product_funnel.csv"_s).value(u"kind"_s).toString(), u"funnel"_s);
    QCOMPARE(byFileName(reports, u"indicator_tree.csv"_s).value(u"kind"_s).toString(), u"indicator_tree"_s);
    QCOMPARE(byFileName(reports, u"indicator_values.csv"_s).value(u"kind"_s).toString(), u"indicator_values"_s);

    // Complaints per journey stage, derived at import through the category map.
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"stages"_s);
        db.setDatabaseName(workspace);
        QVERIFY(db.open());
        QSqlQuery q(db);
        const QJsonObject byStage = truth.value(u"complaints_by_stage"_s).toObject();
        for (auto it = byStage.begin(); it != byStage.end(); ++it) {
            QVERIFY(q.exec(u"SELECT count(*) FROM complaint WHERE stage = '%1'"_s.arg(it.key())) && q.next());
            QCOMPARE(q.value(0).toLongLong(), it.value().toInteger());
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(u"stages"_s);

    // Importing everything again adds nothing.
    const QList<qint64> before = tableCounts(workspace);
    const Run again = runCli(QStringList{u"import"_s, u"-w"_s, workspace, u"--json"_s} + files);
    QCOMPARE(again.exitCode, 0);
    for (const QJsonValue &value : QJsonDocument::fromJson(again.out).array()) {
        QCOMPARE(value.toObject().value(u"inserted"_s).toInteger(), 0);
        QCOMPARE(value.toObject().value(u"replaced"_s).toInteger(), 0);
    }
    QCOMPARE(tableCounts(workspace), before);
}

void TestCliImport::fatalFileGivesExitTwoAndKeepsTheOthers()
{
    QTemporaryDir dir;
    const QString good = dir.filePath(u"good.csv"_s);
    const QString bad = dir.filePath(u"bad.csv"_s);
    QVERIFY(cx::test::writeFile(good, "产品名称,统计月份,用户数,新增用户数,流失用户数,咨询量,投诉量\n咪咕视频,2024-01,100,1,1,1,1\n"));
    QVERIFY(cx::test::writeFile(bad, "随便,什么\n1,2\n"));
    const QString workspace = dir.filePath(u"w.cxw"_s);
    const Run run = runCli({u"import"_s, u"-w"_s, workspace, good, bad});
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains("bad.csv"), run.err.constData());
    QVERIFY(run.out.contains("good.csv"));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"pm"_s);
        db.setDatabaseName(workspace);
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(u"SELECT count(*) FROM product_monthly"_s) && q.next());
        QCOMPARE(q.value(0).toInt(), 1);
        QVERIFY(q.exec(u"SELECT count(*) FROM import_batch"_s) && q.next());
        QCOMPARE(q.value(0).toInt(), 1);
        db.close();
    }
    QSqlDatabase::removeDatabase(u"pm"_s);
}

void TestCliImport::usageErrors()
{
    QTemporaryDir dir;
    Run run = runCli({u"import"_s, dir.filePath(u"x.csv"_s)});
    QCOMPARE(run.exitCode, 64);
    QVERIFY(run.err.contains("-w"));
    run = runCli({u"import"_s, u"-w"_s, dir.filePath(u"w.cxw"_s)});
    QCOMPARE(run.exitCode, 64);
    run = runCli({u"import"_s, u"-w"_s, dir.filePath(u"w.cxw"_s), u"--kind"_s, u"nonsense"_s, dir.filePath(u"x.csv"_s)});
    QCOMPARE(run.exitCode, 64);
    QVERIFY(run.err.contains("nonsense"));
    QVERIFY(!QFile::exists(dir.filePath(u"w.cxw"_s)));

    QVERIFY(cx::test::writeFile(dir.filePath(u"text.cxw"_s), "not a workspace"));
    run = runCli({u"import"_s, u"-w"_s, dir.filePath(u"text.cxw"_s), dir.filePath(u"x.csv"_s)});
    QCOMPARE(run.exitCode, 1);
    QVERIFY(run.err.contains("text.cxw"));
}

void TestCliImport::killedImportLeavesWorkspaceIntact()
{
    QTemporaryDir dir;
    const QString exports = dir.filePath(u"exports"_s);
    const Run demo = runCli({u"demo"_s, u"-o"_s, exports, u"--complaints"_s, u"400000"_s, u"--surveys"_s, u"100"_s,
                             u"--format"_s, u"utf8"_s});
    QVERIFY2(demo.exitCode == 0, demo.err.constData());
    const QString big = exports + u"/complaints_2024_utf8.csv"_s;
    QVERIFY(QFile::exists(big));

    // A first import gives the workspace content that must survive.
    const QString workspace = dir.filePath(u"kill.cxw"_s);
    QCOMPARE(runCli({u"import"_s, u"-w"_s, workspace, exports + u"/product_monthly.csv"_s}).exitCode, 0);
    const QList<qint64> before = tableCounts(workspace);
    QCOMPARE(before.value(2), 1);

    QProcess process;
    process.start(cx::test::cliPath(), {u"import"_s, u"-w"_s, workspace, big});
    QVERIFY(process.waitForStarted());
    // Kill once the import is well under way: the database (or its WAL) grows
    // as the page cache spills rows to disk.
    const qint64 startSize = QFileInfo(workspace).size() + QFileInfo(workspace + u"-wal"_s).size();
    QTRY_VERIFY_WITH_TIMEOUT(QFileInfo(workspace).size() + QFileInfo(workspace + u"-wal"_s).size()
                                 > startSize + 16 * 1024 * 1024,
                             60000);
    ::kill(pid_t(process.processId()), SIGKILL);
    QVERIFY(process.waitForFinished(10000));
    QCOMPARE(process.exitStatus(), QProcess::CrashExit);

    QString integrity;
    QCOMPARE(tableCounts(workspace, &integrity), before);
    QCOMPARE(integrity, u"ok"_s);
}

QTEST_GUILESS_MAIN(TestCliImport)
#include "tst_cliimport.moc"
