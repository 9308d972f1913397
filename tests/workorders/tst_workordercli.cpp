#include "workorderfixture.h"

#include "testsupport.h"
#include "workorders/workordersession.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>

#include <csignal>

using namespace Qt::StringLiterals;
using namespace cx;

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

// Each child process gets its own preferences (the analyst's name) in `configHome`.
QProcessEnvironment environment(const QString &configHome)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"XDG_CONFIG_HOME"_s, configHome);
    env.insert(u"LC_ALL"_s, u"C.UTF-8"_s);
    return env;
}

Run cli(const QString &configHome, const QStringList &arguments)
{
    QProcess process;
    process.setProcessEnvironment(environment(configHome));
    process.start(test::cliPath(), arguments);
    Run run;
    if (!process.waitForFinished(120000))
        return run;
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

// An order rebuilt from nothing but its history.
WorkOrder replay(const QList<WorkOrderHistoryEntry> &history)
{
    WorkOrder order;
    for (const WorkOrderHistoryEntry &entry : history) {
        if (const std::optional<WorkOrderField> field = fieldFromColumn(entry.field))
            order.setValue(*field, entry.newValue);
        order.version = entry.version;
    }
    return order;
}

} // namespace

class TestWorkOrderCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void usageAndRefusals();
    void createListShow();
    void conflictWithAnotherProcess();
    void killedMidSaveKeepsTheLastCommittedState();
    void exportAndImportBack();

private:
    QTemporaryDir m_config;
};

void TestWorkOrderCli::initTestCase()
{
    QVERIFY(test::writeFile(m_config.filePath(u"CX Workbench/cxwb.conf"_s),
                            u"[workorders]\nanalystName=李明\n"_s.toUtf8()));
}

void TestWorkOrderCli::usageAndRefusals()
{
    test::WorkOrderWorkspace fixture;
    const QString config = m_config.path();
    QCOMPARE(cli(config, {u"workorder"_s}).exitCode, 64);
    QCOMPARE(cli(config, {u"workorder"_s, u"frobnicate"_s, u"-w"_s, fixture.path()}).exitCode, 64);
    QCOMPARE(cli(config, {u"workorder"_s, u"list"_s}).exitCode, 64);
    QCOMPARE(cli(config, {u"workorder"_s, u"create"_s, u"-w"_s, fixture.path(), u"--department"_s, u"产品部"_s}).exitCode, 64);
    const Run badMetric = cli(config, {u"workorder"_s, u"create"_s, u"-w"_s, fixture.path(), u"--title"_s, u"x"_s,
                                       u"--department"_s, u"产品部"_s, u"--metric"_s, u"happiness:使用"_s});
    QCOMPARE(badMetric.exitCode, 64);
    QVERIFY2(badMetric.err.contains(u"satisfaction"_s), qPrintable(badMetric.err));
    const Run help = cli(config, {u"workorder"_s, u"--help"_s});
    QCOMPARE(help.exitCode, 0);
    QVERIFY(help.out.contains(u"complaints:播放卡顿"_s) && help.out.contains(u"indicator:KEI03"_s));

    const Run created = cli(config, {u"workorder"_s, u"create"_s, u"-w"_s, fixture.path(), u"--title"_s, u"播放卡顿"_s,
                                     u"--department"_s, u"网络部"_s});
    QCOMPARE(created.exitCode, 0);
    const QString number = created.out.trimmed();
    const Run closed = cli(config, {u"workorder"_s, u"update"_s, number, u"-w"_s, fixture.path(), u"--status"_s, u"已关闭"_s});
    QCOMPARE(closed.exitCode, 2);
    QVERIFY2(closed.err.contains(u"Draft"_s) && closed.err.contains(u"Closed"_s), qPrintable(closed.err));
    QCOMPARE(cli(config, {u"workorder"_s, u"update"_s, number, u"-w"_s, fixture.path(), u"--status"_s, u"完成"_s}).exitCode,
             64);
    QCOMPARE(cli(config, {u"workorder"_s, u"update"_s, u"WO-1999-0001"_s, u"-w"_s, fixture.path(), u"--owner"_s, u"x"_s})
                 .exitCode,
             2);
    QCOMPARE(cli(config, {u"workorder"_s, u"update"_s, number, u"-w"_s, fixture.path(), u"--status"_s, u"dispatched"_s})
                 .exitCode,
             0);
    const Run returned = cli(config, {u"workorder"_s, u"update"_s, number, u"-w"_s, fixture.path(), u"--status"_s, u"退回"_s});
    QCOMPARE(returned.exitCode, 2);
    QVERIFY2(returned.err.contains(u"reason"_s), qPrintable(returned.err));
    QCOMPARE(cli(config, {u"workorder"_s, u"update"_s, number, u"-w"_s, fixture.path(), u"--status"_s, u"退回"_s,
                          u"--reason"_s, u"不属于本部门"_s})
                 .exitCode,
             0);
}

void TestWorkOrderCli::createListShow()
{
    test::WorkOrderWorkspace fixture;
    QCOMPARE(fixture.import(fixture.writeSurvey(u"survey.csv"_s, {{u"2024-07"_s, 80, 8}, {u"2024-08"_s, 80, 6}})), QString());
    fixture.close(); // the command-line tool is the only writer here
    const QString config = m_config.path();
    const Run created = cli(config, {u"workorder"_s, u"create"_s, u"-w"_s, fixture.path(), u"--title"_s,
                                     u"使用环节满意度下降"_s, u"--department"_s, u"产品部"_s, u"--product"_s, u"咪咕视频"_s,
                                     u"--stage"_s, u"使用"_s, u"--city"_s, u"深圳"_s, u"--metric"_s,
                                     u"satisfaction:使用"_s, u"--target"_s, u"8"_s, u"--due"_s, u"2024-10-31"_s});
    QVERIFY2(created.exitCode == 0, qPrintable(created.err));
    const QString number = created.out.trimmed();
    QVERIFY(number.startsWith(u"WO-"_s));

    const Run list = cli(config, {u"workorder"_s, u"list"_s, u"-w"_s, fixture.path(), u"--json"_s});
    QCOMPARE(list.exitCode, 0);
    const QJsonArray orders = QJsonDocument::fromJson(list.out.toUtf8()).array();
    QCOMPARE(orders.size(), 1);
    const QJsonObject order = orders.at(0).toObject();
    for (const QString &key : {u"number"_s, u"title"_s, u"status"_s, u"department"_s, u"due"_s, u"product"_s,
                               u"stage"_s, u"baseline"_s, u"current"_s, u"target"_s, u"effect"_s})
        QVERIFY2(order.contains(key), qPrintable(key));
    QCOMPARE(order.value(u"number"_s).toString(), number);
    QCOMPARE(order.value(u"status"_s).toString(), u"draft"_s);
    QCOMPARE(order.value(u"status_name"_s).toString(), u"草稿"_s);
    QCOMPARE(order.value(u"due"_s).toString(), u"2024-10-31"_s);
    QCOMPARE(order.value(u"baseline_month"_s).toString(), u"2024-08"_s);
    QVERIFY(std::abs(order.value(u"baseline"_s).toDouble() - 6.0) < 0.5);
    QVERIFY(order.value(u"current"_s).isNull()); // nothing after August yet
    QCOMPARE(order.value(u"effect"_s).toString(), u"awaiting_data"_s);
    QCOMPARE(order.value(u"target"_s).toDouble(), 8.0);

    QCOMPARE(cli(config, {u"workorder"_s, u"list"_s, u"-w"_s, fixture.path(), u"--status"_s, u"处理中"_s, u"--json"_s})
                 .out.trimmed(),
             u"[\n]"_s);
    const Run show = cli(config, {u"workorder"_s, u"show"_s, number, u"-w"_s, fixture.path(), u"--json"_s});
    const QJsonObject shown = QJsonDocument::fromJson(show.out.toUtf8()).object();
    const QJsonArray history = shown.value(u"history"_s).toArray();
    QVERIFY(history.size() > 5);
    QCOMPARE(history.at(0).toObject().value(u"who"_s).toString(), u"李明"_s);
    QCOMPARE(history.at(0).toObject().value(u"source"_s).toString(), u"cli"_s);
    const Run text = cli(config, {u"workorder"_s, u"show"_s, number, u"-w"_s, fixture.path()});
    QVERIFY2(text.out.contains(u"草稿"_s) && text.out.contains(u"李明"_s), qPrintable(text.out));
}

void TestWorkOrderCli::conflictWithAnotherProcess()
{
    test::WorkOrderWorkspace fixture;
    WorkOrderSession *session = WorkOrderSession::forWorkspace(fixture.workspace());
    session->setActor(WorkOrderActor::desktop(u"王芳"_s));
    const qint64 id = session->create(test::sampleDraft());
    QVERIFY(session->changeStatus(id, WorkOrderStatus::Dispatched, {}));
    const QString number = session->store().load(id)->number;

    // Another analyst moves the order on from the command line, in another process.
    const Run moved = cli(m_config.path(), {u"workorder"_s, u"update"_s, number, u"-w"_s, fixture.path(), u"--status"_s,
                                            u"处理中"_s});
    QVERIFY2(moved.exitCode == 0, qPrintable(moved.err));

    QSignalSpy conflicts(session, &WorkOrderSession::conflict);
    QVERIFY(!session->setField(id, WorkOrderField::Owner, u"张三"_s));
    QCOMPARE(conflicts.count(), 1);
    const QString message = conflicts.at(0).at(1).toString();
    QVERIFY2(message.contains(number) && message.contains(u"李明"_s)
                 && message.contains(u"Status Dispatched → In progress"_s) && message.contains(u"not saved"_s),
             qPrintable(message));
    const WorkOrder now = session->store().load(id).value();
    QCOMPARE(now.status, WorkOrderStatus::InProgress);
    QCOMPARE(now.owner, QString());
    QCOMPARE(session->store().history(id).constLast().source, u"cli"_s);
    // Reloaded: the next edit is based on the new version and saved.
    QVERIFY(session->setField(id, WorkOrderField::Owner, u"张三"_s));
}

// After a kill, the workspace is sound and the order is what its history says.
void checkAfterKill(test::WorkOrderWorkspace &fixture, const QString &number, int *version)
{
    QVERIFY2(fixture.reopen(), qPrintable(fixture.error()));
    QCOMPARE(fixture.workspace().integrityCheck(), u"ok"_s);
    {
        const WorkOrderStore store(fixture.workspace().database());
        const WorkOrder order = store.loadByNumber(number).value();
        const WorkOrder rebuilt = replay(store.history(order.id));
        for (WorkOrderField field : allWorkOrderFields())
            QCOMPARE(order.value(field), rebuilt.value(field));
        QCOMPARE(order.version, rebuilt.version);
        *version = order.version;
    }
    fixture.close();
}

void TestWorkOrderCli::killedMidSaveKeepsTheLastCommittedState()
{
    test::WorkOrderWorkspace fixture;
    QString number;
    {
        WorkOrderStore store(fixture.workspace().database());
        number = store.create(test::sampleDraft(), WorkOrderActor::desktop(u"王芳"_s)).number;
    }
    fixture.close();
    QRandomGenerator random(20241001u);
    int version = 1;

    // A process editing in a loop, killed at random moments: most fall inside a save.
    for (int i = 0; i < 20; ++i) {
        QProcess process;
        process.start(QStringLiteral(CX_EDITLOOP_PATH), {fixture.path(), number});
        QVERIFY(process.waitForReadyRead(30000));
        QThread::msleep(random.bounded(20, 200));
        QCOMPARE(process.state(), QProcess::Running);
        ::kill(pid_t(process.processId()), SIGKILL);
        QVERIFY(process.waitForFinished(30000));
        QCOMPARE(process.exitStatus(), QProcess::CrashExit);
        checkAfterKill(fixture, number, &version);
        if (QTest::currentTestFailed())
            return;
    }
    qInfo("edit loop: 20 processes killed, %d edits saved", version - 1);
    QVERIFY2(version > 20, "the loops saved edits before they were killed");

    // The command line itself, killed anywhere from start-up to exit.
    QElapsedTimer clock;
    clock.start();
    QCOMPARE(cli(m_config.path(), {u"workorder"_s, u"update"_s, number, u"-w"_s, fixture.path(), u"--note"_s, u"计时"_s})
                 .exitCode,
             0);
    const int duration = int(clock.elapsed());
    int killed = 0;
    for (int i = 0; i < 15; ++i) {
        QProcess process;
        process.setProcessEnvironment(environment(m_config.path()));
        process.start(test::cliPath(), {u"workorder"_s, u"update"_s, number, u"-w"_s, fixture.path(), u"--note"_s,
                                        u"命令行 %1"_s.arg(i), u"--owner"_s, u"负责人 %1"_s.arg(i)});
        QVERIFY(process.waitForStarted());
        QThread::msleep(random.bounded(duration / 5, duration + duration / 5 + 1));
        if (process.state() == QProcess::Running) {
            ::kill(pid_t(process.processId()), SIGKILL);
            ++killed;
        }
        QVERIFY(process.waitForFinished(60000));
        checkAfterKill(fixture, number, &version);
        if (QTest::currentTestFailed())
            return;
    }
    qInfo("command line: %d of 15 processes killed (a run takes %d ms)", killed, duration);
    QVERIFY(killed >= 3);
}

void TestWorkOrderCli::exportAndImportBack()
{
    test::WorkOrderWorkspace fixture;
    {
        WorkOrderStore store(fixture.workspace().database());
        store.create(test::sampleDraft(u"营销短信过多"_s), WorkOrderActor::desktop(u"王芳"_s));
    }
    fixture.close();
    const QString config = m_config.path();
    for (const QString &name : {u"orders.xlsx"_s, u"orders.csv"_s, u"orders.pdf"_s}) {
        const Run exported = cli(config, {u"workorder"_s, u"export"_s, u"-w"_s, fixture.path(), u"-o"_s,
                                          fixture.filePath(name)});
        QVERIFY2(exported.exitCode == 0, qPrintable(exported.err));
        QVERIFY(QFileInfo(fixture.filePath(name)).size() > 200);
    }
    QCOMPARE(cli(config, {u"workorder"_s, u"export"_s, u"-w"_s, fixture.path(), u"-o"_s, fixture.filePath(u"x.doc"_s)})
                 .exitCode,
             1);

    QProcess python;
    python.start(u"/usr/bin/python3"_s,
                 {u"-c"_s, uR"(
import sys, openpyxl
wb = openpyxl.load_workbook(sys.argv[1]); ws = wb.worksheets[0]
col = {c.value: c.column for c in ws[1]}
ws.cell(2, col['Status']).value = '已派发'; ws.cell(2, col['Owner']).value = '张三'
ws.cell(3, col['Number']).value = 'WO-1999-0042'; ws.cell(3, col['Status']).value = '处理中'
wb.save(sys.argv[1])
)"_s,
                  fixture.filePath(u"orders.xlsx"_s)});
    QVERIFY(python.waitForFinished(60000));
    QCOMPARE(python.exitCode(), 0);
    const Run imported = cli(config, {u"workorder"_s, u"import"_s, fixture.filePath(u"orders.xlsx"_s), u"-w"_s,
                                      fixture.path()});
    QCOMPARE(imported.exitCode, 2);
    QVERIFY2(imported.err.contains(u"orders.xlsx, line 3 (WO-1999-0042)"_s), qPrintable(imported.err));
    QVERIFY2(imported.out.contains(u"orders updated 1"_s), qPrintable(imported.out));
    QVERIFY(fixture.reopen());
    const WorkOrder order = WorkOrderStore(fixture.workspace().database()).list().constFirst();
    QCOMPARE(order.status, WorkOrderStatus::Dispatched);
    QCOMPARE(order.owner, u"张三"_s);
}

QTEST_GUILESS_MAIN(TestWorkOrderCli)
#include "tst_workordercli.moc"
