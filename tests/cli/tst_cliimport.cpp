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
    void nothingImportedGivesExitOne();
    void jsonPerSheet();
    void textPerSheet();
    void secondImportWaitsForTheFirst();
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
    QCOMPARE(survey.value(u"sheets"_s).toArray().first().toObject().value(u"sheet"_s).toString(), u"问卷数据"_s);
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
        QCOMPARE(value.toObject().value(u"updated"_s).toInteger(), 0);
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

void TestCliImport::nothingImportedGivesExitOne()
{
    QTemporaryDir dir;
    const QString bad = dir.filePath(u"bad.csv"_s);
    QVERIFY(cx::test::writeFile(bad, "随便,什么\n1,2\n"));
    const QString workspace = dir.filePath(u"w.cxw"_s);
    Run run = runCli({u"import"_s, u"-w"_s, workspace, bad});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains("bad.csv"), run.err.constData());
    run = runCli({u"import"_s, u"-w"_s, workspace, bad, dir.filePath(u"absent.csv"_s)});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains("absent.csv"), run.err.constData());
    // Messages name files by name, not by path.
    QVERIFY2(!run.err.contains(QDir::toNativeSeparators(dir.path()).toUtf8()), run.err.constData());
    QCOMPARE(tableCounts(workspace).value(2), 0);
}

void TestCliImport::jsonPerSheet()
{
    QTemporaryDir dir;
    const QString book = QFINDTESTDATA("../pipeline/data/complaints_by_month.xlsx");
    const QString csv = QFINDTESTDATA("../pipeline/data/same_number_different_complaints.csv");
    const Run run = runCli({u"import"_s, u"-w"_s, dir.filePath(u"w.cxw"_s), u"--json"_s, book, csv});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const QJsonArray reports = QJsonDocument::fromJson(run.out).array();
    QCOMPARE(reports.size(), 2);
    const QStringList counts{u"rows_read"_s, u"inserted"_s, u"updated"_s, u"duplicates"_s, u"skipped"_s,
                             u"rejected"_s};
    for (const QJsonValue &value : reports) {
        const QJsonObject report = value.toObject();
        for (const QString &key : counts + QStringList{u"file"_s, u"kind"_s, u"notes"_s, u"sheets"_s,
                                                       u"sheets_not_imported"_s, u"failed"_s, u"error"_s})
            QVERIFY2(report.contains(key), qPrintable(key));
        qint64 sum[6] = {};
        for (const QJsonValue &sheetValue : report.value(u"sheets"_s).toArray()) {
            const QJsonObject sheet = sheetValue.toObject();
            for (const QString &key : counts + QStringList{u"sheet"_s, u"header_row"_s, u"notes"_s, u"errors"_s})
                QVERIFY2(sheet.contains(key), qPrintable(key));
            for (int i = 0; i < 6; ++i)
                sum[i] += sheet.value(counts.at(i)).toInteger();
            // Every row accounted for, sheet by sheet.
            QCOMPARE(sheet.value(u"rows_read"_s).toInteger(),
                     sheet.value(u"inserted"_s).toInteger() + sheet.value(u"updated"_s).toInteger()
                         + sheet.value(u"duplicates"_s).toInteger() + sheet.value(u"skipped"_s).toInteger()
                         + sheet.value(u"rejected"_s).toInteger());
        }
        for (int i = 0; i < 6; ++i)
            QCOMPARE(report.value(counts.at(i)).toInteger(), sum[i]);
    }

    const QJsonObject workbook = byFileName(reports, u"complaints_by_month.xlsx"_s);
    const QJsonArray sheets = workbook.value(u"sheets"_s).toArray();
    QCOMPARE(sheets.size(), 3);
    QCOMPARE(sheets.at(0).toObject().value(u"sheet"_s).toString(), u"1月"_s);
    QCOMPARE(sheets.at(1).toObject().value(u"updated"_s).toInteger(), 1);
    QCOMPARE(workbook.value(u"sheets_not_imported"_s).toArray().size(), 4);
    QCOMPARE(workbook.value(u"sheets_not_imported"_s).toArray().at(1).toObject().value(u"sheet"_s).toString(),
             u"空白"_s);

    const QJsonObject text = byFileName(reports, u"same_number_different_complaints.csv"_s);
    QVERIFY(text.value(u"sheets"_s).toArray().at(0).toObject().value(u"sheet"_s).isNull());
    QCOMPARE(text.value(u"updated"_s).toInteger(), 2);
    bool named = false;
    for (const QJsonValue &note : text.value(u"notes"_s).toArray()) {
        const QJsonObject object = note.toObject();
        for (const QString &key : {u"code"_s, u"message"_s, u"count"_s, u"lines"_s})
            QVERIFY2(object.contains(key), qPrintable(key));
        if (object.value(u"code"_s).toString() == "key_repeated_in_file"_L1) {
            named = object.value(u"message"_s).toString().contains(u"GD9001"_s);
            QCOMPARE(object.value(u"lines"_s).toArray(), (QJsonArray{4, 6}));
        }
    }
    QVERIFY(named);
}

void TestCliImport::textPerSheet()
{
    QTemporaryDir dir;
    const QString book = QFINDTESTDATA("../pipeline/data/complaints_by_month.xlsx");
    const Run run = runCli({u"import"_s, u"-w"_s, dir.filePath(u"w.cxw"_s), book});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const QString out = QString::fromUtf8(run.out);
    for (const QString &part : {u"sheet 1月 (header row 2):"_s, u"sheet 2月 (header row 1):"_s,
                                u"rows read: 3   inserted: 2   updated: 1   duplicates: 0   skipped: 0   rejected: 0"_s,
                                u"sheet 空白 not imported: empty"_s, u"all sheets:"_s,
                                u"rows read: 12   inserted: 9   updated: 1   duplicates: 0   skipped: 2   rejected: 0"_s})
        QVERIFY2(out.contains(part), qPrintable(out));
}

void TestCliImport::secondImportWaitsForTheFirst()
{
    QTemporaryDir dir;
    QByteArray bytes = "工单流水号,受理时间,受理渠道,归属地市,区县,业务名称,投诉三级分类,投诉内容\n";
    for (int i = 0; i < 300000; ++i)
        bytes += "GD" + QByteArray::number(1000000 + i) + ",2024-07-01 10:00:00,10086热线,深圳,南山区,咪咕视频,网速慢,"
                 "晚上网速很慢，打开网页要等很久\n";
    const QString big = dir.filePath(u"big.csv"_s);
    const QString small = dir.filePath(u"small.csv"_s);
    QVERIFY(cx::test::writeFile(big, bytes));
    QVERIFY(cx::test::writeFile(small, "产品名称,统计月份,用户数\n咪咕视频,2024-01,100\n"));
    const QString workspace = dir.filePath(u"w.cxw"_s);
    QCOMPARE(runCli({u"import"_s, u"-w"_s, workspace, small}).exitCode, 0);

    QProcess first;
    first.start(cx::test::cliPath(), {u"import"_s, u"-w"_s, workspace, big});
    QVERIFY(first.waitForStarted());
    QTRY_VERIFY_WITH_TIMEOUT(QFileInfo::exists(workspace + u".lock"_s), 30000);

    // Not waiting: says plainly that another import runs, and changes nothing.
    const Run impatient = runCli({u"import"_s, u"-w"_s, workspace, u"--wait"_s, u"0"_s, small});
    QCOMPARE(impatient.exitCode, 1);
    QVERIFY2(impatient.err.contains("another import into this workspace is running; waiting"),
             impatient.err.constData());
    QVERIFY2(impatient.err.contains("Another import into w.cxw is running"), impatient.err.constData());
    QVERIFY2(!impatient.err.contains("locked"), impatient.err.constData());

    // Waiting: imports once the first is done.
    const Run patient = runCli({u"import"_s, u"-w"_s, workspace, u"--json"_s, small});
    QVERIFY2(patient.exitCode == 0, patient.err.constData());
    QVERIFY(first.waitForFinished(120000));
    QCOMPARE(first.exitCode(), 0);
    QCOMPARE(tableCounts(workspace).value(0), 300000);
    QVERIFY(!QFileInfo::exists(workspace + u".lock"_s));
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
    run = runCli({u"import"_s, u"-w"_s, dir.filePath(u"w.cxw"_s), u"--wait"_s, u"soon"_s, dir.filePath(u"x.csv"_s)});
    QCOMPARE(run.exitCode, 64);
    QVERIFY(run.err.contains("soon"));
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
