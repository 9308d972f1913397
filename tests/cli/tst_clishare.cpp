// cxwb-cli share: options, exit codes and what the copy holds.
#include "testsupport.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

using Run = cx::test::CliRun;
using cx::test::runCli;

// One value read through a plain connection of the test's own.
qint64 scalar(const QString &path, const QString &sql)
{
    qint64 value = -1;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"check"_s);
        db.setDatabaseName(path);
        if (db.open()) {
            QSqlQuery q(db);
            if (q.exec(sql) && q.next())
                value = q.value(0).toLongLong();
            q.finish();
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(u"check"_s);
    return value;
}

} // namespace

class TestCliShare : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void usageErrors_data();
    void usageErrors();
    void writesCopyWithoutPhonesByDefault();
    void dropsTextAndMonths();
    void keepsPhonesWhenAsked();
    void failures_data();
    void failures();

private:
    QTemporaryDir m_dir;
    QString m_workspace;
};

void TestCliShare::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_workspace = m_dir.filePath(u"team.cxw"_s);
    const Run imported = runCli({u"import"_s, u"-w"_s, m_workspace,
                                 QFINDTESTDATA("../workspace/data/share_complaints.csv")});
    QVERIFY2(imported.exitCode == 0, imported.err.constData());
    QCOMPARE(scalar(m_workspace, u"SELECT count(*) FROM complaint"_s), qint64(6));
}

void TestCliShare::usageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    const QString ws = u"team.cxw"_s;
    QTest::newRow("no workspace") << QStringList{u"-o"_s, u"x.cxw"_s} << u"-w"_s;
    QTest::newRow("no copy") << QStringList{u"-w"_s, ws} << u"-o"_s;
    QTest::newRow("both phone options")
        << QStringList{u"-w"_s, ws, u"-o"_s, u"x.cxw"_s, u"--drop-phones"_s, u"--keep-phones"_s} << u"--keep-phones"_s;
    QTest::newRow("bad month") << QStringList{u"-w"_s, ws, u"-o"_s, u"x.cxw"_s, u"--months"_s, u"2024-13"_s}
                               << u"2024-13"_s;
    QTest::newRow("bad range") << QStringList{u"-w"_s, ws, u"-o"_s, u"x.cxw"_s, u"--months"_s, u"2024-05-2024-08"_s}
                               << u"2024-05-2024-08"_s;
    QTest::newRow("reversed") << QStringList{u"-w"_s, ws, u"-o"_s, u"x.cxw"_s, u"--months"_s, u"2024-08..2024-05"_s}
                              << u"2024-08"_s;
    QTest::newRow("copy is the workspace") << QStringList{u"-w"_s, ws, u"-o"_s, ws} << u"another file"_s;
    QTest::newRow("unknown option") << QStringList{u"-w"_s, ws, u"-o"_s, u"x.cxw"_s, u"--drop-all"_s} << u"drop-all"_s;
    QTest::newRow("stray argument") << QStringList{u"-w"_s, ws, u"-o"_s, u"x.cxw"_s, u"extra"_s} << u"extra"_s;
}

void TestCliShare::usageErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    for (QString &argument : arguments)
        if (argument.endsWith(u".cxw"_s))
            argument = m_dir.filePath(argument);
    const Run run = runCli(QStringList{u"share"_s} + arguments);
    QCOMPARE(run.exitCode, 64);
    QVERIFY2(QString::fromUtf8(run.err).contains(message), run.err.constData());
    QVERIFY(!QFile::exists(m_dir.filePath(u"x.cxw"_s)));
}

void TestCliShare::writesCopyWithoutPhonesByDefault()
{
    const QString copy = m_dir.filePath(u"plain.cxw"_s);
    const Run run = runCli({u"share"_s, u"-w"_s, m_workspace, u"-o"_s, copy});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QVERIFY2(run.out.contains("6"), run.out.constData());
    QCOMPARE(scalar(copy, u"SELECT count(*) FROM complaint"_s), qint64(6));
    QCOMPARE(scalar(copy, u"SELECT count(*) FROM complaint WHERE phone IS NOT NULL"_s), qint64(0));
    QCOMPARE(scalar(copy, u"SELECT count(*) FROM complaint WHERE content IS NOT NULL"_s), qint64(6));
    QCOMPARE(scalar(m_workspace, u"SELECT count(*) FROM complaint WHERE phone IS NOT NULL"_s), qint64(6));
}

void TestCliShare::dropsTextAndMonths()
{
    const QString copy = m_dir.filePath(u"april.cxw"_s);
    const Run run = runCli({u"share"_s, u"-w"_s, m_workspace, u"-o"_s, copy, u"--drop-text"_s, u"--drop-phones"_s,
                            u"--months"_s, u"2024-04..2024-04"_s, u"--json"_s});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const QJsonObject summary = QJsonDocument::fromJson(run.out).object();
    QCOMPARE(summary.value(u"complaints"_s).toInteger(), 2);
    QCOMPARE(summary.value(u"complaints_removed"_s).toInteger(), 4);
    QCOMPARE(summary.value(u"texts_removed"_s).toInteger(), 2);
    QCOMPARE(summary.value(u"phones_removed"_s).toInteger(), 2);
    QCOMPARE(summary.value(u"from"_s).toString(), u"2024-04"_s);
    QCOMPARE(scalar(copy, u"SELECT count(*) FROM complaint WHERE content IS NOT NULL OR phone IS NOT NULL"_s),
             qint64(0));

    // One month, and open-ended periods.
    for (const QString &months : {u"2024-05"_s, u"2024-04.."_s, u"..2024-03"_s}) {
        const QString other = m_dir.filePath(u"period-%1.cxw"_s.arg(QString(months).replace(u'.', u'_')));
        const Run period = runCli({u"share"_s, u"-w"_s, m_workspace, u"-o"_s, other, u"--months"_s, months});
        QVERIFY2(period.exitCode == 0, period.err.constData());
        QCOMPARE(scalar(other, u"SELECT count(*) FROM complaint"_s), months == "2024-04.."_L1 ? qint64(4) : qint64(2));
    }
}

void TestCliShare::keepsPhonesWhenAsked()
{
    const QString copy = m_dir.filePath(u"phones.cxw"_s);
    const Run run = runCli({u"share"_s, u"-w"_s, m_workspace, u"-o"_s, copy, u"--keep-phones"_s});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QCOMPARE(scalar(copy, u"SELECT count(*) FROM complaint WHERE phone IS NOT NULL"_s), qint64(6));
}

void TestCliShare::failures_data()
{
    QTest::addColumn<QString>("workspace");
    QTest::addColumn<QString>("copy");
    QTest::addColumn<QString>("message");
    QTest::newRow("no such workspace") << u"missing.cxw"_s << u"out.cxw"_s << u"missing.cxw"_s;
    QTest::newRow("copy exists") << u"team.cxw"_s << u"taken.cxw"_s << u"already exists"_s;
    QTest::newRow("altered workspace") << u"altered.cxw"_s << u"out.cxw"_s << u"wipe"_s;
    QTest::newRow("no such folder") << u"team.cxw"_s << u"nowhere/out.cxw"_s << u"nowhere"_s;
}

void TestCliShare::failures()
{
    QFETCH(QString, workspace);
    QFETCH(QString, copy);
    QFETCH(QString, message);
    QVERIFY(cx::test::writeFile(m_dir.filePath(u"taken.cxw"_s), "keep me"));
    if (workspace == "altered.cxw"_L1 && !QFile::exists(m_dir.filePath(workspace))) {
        QVERIFY(QFile::copy(m_workspace, m_dir.filePath(workspace)));
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"plant"_s);
        db.setDatabaseName(m_dir.filePath(workspace));
        QVERIFY(db.open());
        QVERIFY(QSqlQuery(db).exec(u"CREATE TRIGGER wipe AFTER INSERT ON complaint BEGIN DELETE FROM setting; END"_s));
        db.close();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(u"plant"_s);
    }
    const Run run = runCli({u"share"_s, u"-w"_s, m_dir.filePath(workspace), u"-o"_s, m_dir.filePath(copy)});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(QString::fromUtf8(run.err).contains(message), run.err.constData());
    QVERIFY(!QFile::exists(m_dir.filePath(u"out.cxw"_s)));
    QFile taken(m_dir.filePath(u"taken.cxw"_s));
    QVERIFY(taken.open(QIODevice::ReadOnly));
    QCOMPARE(taken.readAll(), QByteArray("keep me"));
}

QTEST_GUILESS_MAIN(TestCliShare)
#include "tst_clishare.moc"
