#include "workorderfixture.h"

#include "testsupport.h"
#include "workorders/workordercsv.h"
#include "workorders/workorderexport.h"
#include "workorders/workorderimport.h"
#include "workorders/workorderstore.h"

#include <QFile>
#include <QProcess>
#include <QSqlQuery>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace cx;

namespace {

const QString python = u"/usr/bin/python3"_s;

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

// Runs a Python script (openpyxl and csv are real spreadsheet libraries, not ours).
Run runPython(const QString &dir, const QString &script, const QStringList &arguments)
{
    const QString path = dir + u"/script.py"_s;
    test::writeFile(path, script.toUtf8());
    QProcess process;
    process.start(python, QStringList{path} + arguments);
    Run run;
    if (!process.waitForFinished(60000))
        return run;
    run.exitCode = process.exitCode();
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

Run runTool(const QString &tool, const QStringList &arguments)
{
    QProcess process;
    process.start(tool, arguments);
    Run run;
    if (!process.waitForFinished(60000))
        return run;
    run.exitCode = process.exitCode();
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    return run;
}


// Four orders: dispatched, a draft, one in progress and another draft.
struct Orders
{
    qint64 dispatched = 0;
    qint64 draft = 0;
    qint64 inProgress = 0;
    qint64 secondDraft = 0;
};

Orders makeOrders(WorkOrderStore &store)
{
    const WorkOrderActor actor = WorkOrderActor::desktop(u"王芳"_s);
    Orders orders;
    WorkOrder first = test::sampleDraft(u"咪咕视频晚高峰播放卡顿"_s);
    first.metric = u"satisfaction:使用"_s;
    first.baseline = MetricPoint{u"2024-08"_s, 6.31, 198, 2.1, kNaN};
    first.targetValue = 8.0;
    first.severity = u"满意度 8.1 → 6.3 (−1.8, p < 0.001, n = 212/198)"_s;
    orders.dispatched = store.create(first, actor).id;
    store.apply(WorkOrderEdit::of(*store.load(orders.dispatched), {FieldChange{WorkOrderField::Status, {}, u"dispatched"_s}}), actor);
    WorkOrder second = test::sampleDraft(u"=HYPERLINK(\"http://evil.example\",\"点我\")"_s);
    second.ownerDepartment = u"计费中心"_s;
    second.progress = u"+86 138 0000 0000, \"已回访\"\n第二行"_s;
    orders.draft = store.create(second, actor).id;
    WorkOrder third = test::sampleDraft(u"扣费异议"_s);
    orders.inProgress = store.create(third, actor).id;
    for (const QString &status : {u"dispatched"_s, u"in_progress"_s})
        store.apply(WorkOrderEdit::of(*store.load(orders.inProgress), {FieldChange{WorkOrderField::Status, {}, status}}), actor);
    orders.secondDraft = store.create(test::sampleDraft(u"营销短信过多"_s), actor).id;
    return orders;
}

// Writes the orders `ids` (all when empty) of `store` to `path`; an error or empty.
QString exportTo(const WorkOrderStore &store, const QString &path, const QList<qint64> &ids = {})
{
    QString error;
    return writeWorkOrderExport(path, WorkOrderExport::read(store, ids), &error) ? QString() : error;
}

} // namespace

class TestWorkOrderExport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void neutralizeFormula_data();
    void neutralizeFormula();
    void csvIsReadBackByPython();
    void xlsxStructure();
    void roundTripThroughOpenpyxl();
    void cancelledImportChangesNothing();
    void libreOfficeWorkbook();
    void pdfEmbedsChineseFont();
};

void TestWorkOrderExport::initTestCase()
{
    if (!QFile::exists(python))
        QSKIP("/usr/bin/python3 with openpyxl is needed (packaging/install-deps.sh installs python3-openpyxl)");
}

void TestWorkOrderExport::neutralizeFormula_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    QTest::newRow("equals") << u"=1+2"_s << u"'=1+2"_s;
    QTest::newRow("plus") << u"+86 138"_s << u"'+86 138"_s;
    QTest::newRow("minus") << u"-2+3"_s << u"'-2+3"_s;
    QTest::newRow("at") << u"@SUM(A1)"_s << u"'@SUM(A1)"_s;
    QTest::newRow("tab") << u"\t=1"_s << u"'\t=1"_s;
    QTest::newRow("carriage return") << u"\r=1"_s << u"'\r=1"_s;
    QTest::newRow("plain") << u"播放卡顿"_s << u"播放卡顿"_s;
    QTest::newRow("inside") << u"a=b"_s << u"a=b"_s;
    QTest::newRow("empty") << QString() << QString();
}

void TestWorkOrderExport::neutralizeFormula()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    QCOMPARE(cx::neutralizeFormula(text), expected);
}

void TestWorkOrderExport::csvIsReadBackByPython()
{
    test::WorkOrderWorkspace fixture;
    WorkOrderStore store(fixture.workspace().database());
    const Orders orders = makeOrders(store);
    const QString path = fixture.filePath(u"orders.csv"_s);
    QCOMPARE(exportTo(store, path), QString());
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.read(3) == "\xEF\xBB\xBF");

    const QString script = uR"(
import csv, json, sys
with open(sys.argv[1], encoding='utf-8-sig', newline='') as f:
    rows = list(csv.reader(f))
print(json.dumps(rows, ensure_ascii=False))
)"_s;
    const Run run = runPython(fixture.filePath(QString()), script, {path});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    const QString number = store.load(orders.draft)->number;
    QVERIFY2(run.out.contains(u"\"'=HYPERLINK(\\\"http://evil.example\\\",\\\"点我\\\")\""_s), qPrintable(run.out));
    // The progress note keeps its comma, quotes and line break, neutralised for its leading +.
    QVERIFY2(run.out.contains(u"\"'+86 138 0000 0000, \\\"已回访\\\"\\n第二行\""_s), qPrintable(run.out));
    QVERIFY(run.out.contains(number));
    QVERIFY(run.out.contains(u"\"2024-10-31\""_s));
    QVERIFY(run.out.contains(u"\"6.31\""_s)); // numbers of our own are not prefixed
}

void TestWorkOrderExport::xlsxStructure()
{
    test::WorkOrderWorkspace fixture;
    WorkOrderStore store(fixture.workspace().database());
    makeOrders(store);
    const QString path = fixture.filePath(u"orders.xlsx"_s);
    QCOMPARE(exportTo(store, path), QString());

    const QString script = uR"(
import sys, datetime, openpyxl
wb = openpyxl.load_workbook(sys.argv[1])
problems = []
def check(ok, what):
    if not ok: problems.append(what)
check(len(wb.sheetnames) == 3, 'three sheets: %s' % wb.sheetnames)
orders, history, lists = (wb[name] for name in wb.sheetnames)
check(lists.sheet_state == 'hidden', 'the list sheet is hidden')
check(orders.freeze_panes == 'B2', 'header row and number column frozen: %s' % orders.freeze_panes)
check(orders.auto_filter.ref == 'A1:AA5', 'auto-filter over the table: %s' % orders.auto_filter.ref)
header = [c.value for c in orders[1]]
col = {name: i + 1 for i, name in enumerate(header)}
check(orders.cell(1, 1).font.b, 'bold header')
check(orders.cell(1, 1).fill.fgColor.rgb.endswith('2F5597'), 'styled header')
names = {d.name: d.attr_text for d in wb.defined_names.definedName}
check(names.get('StatusList') == 'Lists!$A$1:$A$7', 'StatusList: %s' % names)
check('DepartmentList' in names, 'DepartmentList')
statuses = [lists.cell(r, 1).value for r in range(1, 8)]
check(statuses == ['草稿', '已派发', '处理中', '待验证', '已关闭', '退回', '重开'], 'statuses %s' % statuses)
departments = [lists.cell(r, 2).value for r in range(1, lists.max_row + 1) if lists.cell(r, 2).value]
check('计费中心' in departments and '产品部' in departments, 'departments %s' % departments)
rules = {dv.formula1: str(dv.sqref) for dv in orders.data_validations.dataValidation}
check(rules.get('StatusList') == 'C2:C5', 'status drop-down %s' % rules)
check(rules.get('DepartmentList') == 'D2:D5', 'department drop-down %s' % rules)
check(orders.protection.sheet, 'sheet protected')
check(not orders.protection.autoFilter and not orders.protection.sort, 'filtering and sorting allowed')
check(orders.cell(2, col['Number']).protection.locked, 'number locked')
check(orders.cell(2, col['Latest changes']).protection.locked, 'history column locked')
for name in ['Status', 'Owner department', 'Owner', 'Progress', 'Due date', 'Reason for the status change']:
    check(not orders.cell(2, col[name]).protection.locked, name + ' editable')
due = orders.cell(2, col['Due date'])
check(isinstance(due.value, datetime.datetime) and due.value.date() == datetime.date(2024, 10, 31), 'due date %r' % due.value)
check(due.number_format == 'yyyy-mm-dd', 'date format ' + due.number_format)
created = orders.cell(2, col['Created at'])
check(isinstance(created.value, datetime.datetime) and created.number_format == 'yyyy-mm-dd hh:mm', 'created at')
check(orders.cell(2, col['Baseline']).value == 6.31 and orders.cell(2, col['Baseline']).number_format == '0.00', 'baseline number')
check(orders.cell(2, col['Status']).value == '已派发', 'status as its Chinese name')
check(orders.column_dimensions['B'].width >= 24, 'title column fits CJK text: %s' % orders.column_dimensions['B'].width)
check(history.protection.sheet, 'history protected')
check(history.max_row > 10 and history.cell(1, 1).value == 'Number', 'history rows %d' % history.max_row)
check(isinstance(history.cell(2, 2).value, datetime.datetime), 'history time is a date')
print('\n'.join(problems) if problems else 'OK')
)"_s;
    const Run run = runPython(fixture.filePath(QString()), script, {path});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QCOMPARE(run.out.trimmed(), u"OK"_s);
}

void TestWorkOrderExport::roundTripThroughOpenpyxl()
{
    test::WorkOrderWorkspace fixture;
    WorkOrderStore store(fixture.workspace().database());
    const Orders orders = makeOrders(store);
    const QString exported = fixture.filePath(u"工单.xlsx"_s);
    QCOMPARE(exportTo(store, exported), QString());

    // After the export, the analyst changes the owner of the order in progress.
    const WorkOrderActor me = WorkOrderActor::desktop(u"王芳"_s);
    QVERIFY(store.apply(WorkOrderEdit::of(*store.load(orders.inProgress), {FieldChange{WorkOrderField::Owner, {}, u"赵六"_s}}), me).ok());

    // The department edits the file as Excel would, with openpyxl.
    const QString edited = fixture.filePath(u"工单_网络部回复.xlsx"_s);
    const QString script = uR"(
import sys, datetime, openpyxl
wb = openpyxl.load_workbook(sys.argv[1])
ws = wb.worksheets[0]
col = {c.value: c.column for c in ws[1]}
def put(row, name, value): ws.cell(row, col[name]).value = value
# row 2: dispatched -> in progress, with owner, progress and a new due date
put(2, 'Status', '处理中'); put(2, 'Owner', '李四'); put(2, 'Progress', '已扩容CDN节点')
put(2, 'Due date', datetime.datetime(2024, 11, 30))
# row 3: a draft cannot be closed
put(3, 'Status', '已关闭')
# row 4: in progress -> returned with a reason, but the owner they type clashes with the analyst's later change
put(4, 'Status', '退回'); put(4, 'Reason for the status change', '非本部门职责'); put(4, 'Owner', '孙七')
# row 5, a new row: a number this workspace does not have (the sheet's own row 5 moves to 6)
ws.insert_rows(5)
ws.cell(5, col['Number']).value = 'WO-1999-0001'; put(5, 'Status', '处理中')
# row 6: a due date nobody can read
put(6, 'Due date', '下周五')
# row 7: the first order once more
ws.cell(7, col['Number']).value = ws.cell(2, col['Number']).value; put(7, 'Owner', '钱九')
wb.save(sys.argv[2])
)"_s;
    const Run run = runPython(fixture.filePath(QString()), script, {exported, edited});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));

    const WorkOrderUpdatePlan plan = WorkOrderUpdateImport::plan(edited, store);
    QVERIFY2(!plan.failed(), qPrintable(plan.error));
    QCOMPARE(plan.rowsRead, 6);
    QCOMPARE(plan.updates.size(), 1);
    QCOMPARE(plan.refused.size(), 5);
    const auto refusal = [&](qint64 line) {
        for (const UpdateRowIssue &issue : plan.refused)
            if (issue.line == line)
                return issue.reason;
        return QString();
    };
    QVERIFY2(refusal(3).contains(u"Draft"_s) && refusal(3).contains(u"Closed"_s), qPrintable(refusal(3)));
    QVERIFY2(refusal(4).contains(u"赵六"_s) && refusal(4).contains(u"王芳"_s), qPrintable(refusal(4)));
    QVERIFY2(refusal(5).contains(u"WO-1999-0001"_s), qPrintable(refusal(5)));
    QVERIFY2(refusal(6).contains(u"下周五"_s), qPrintable(refusal(6)));
    QVERIFY2(refusal(7).contains(u"twice"_s), qPrintable(refusal(7)));
    const QString message = plan.refused.constFirst().message(u"工单_网络部回复.xlsx"_s);
    QVERIFY2(message.contains(u"工单_网络部回复.xlsx"_s) && message.contains(u"line 3"_s), qPrintable(message));

    const WorkOrder beforeDraft = *store.load(orders.draft);
    const WorkOrderUpdateResult result = WorkOrderUpdateImport::apply(plan, store, u"王芳"_s);
    QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
    QCOMPARE(result.applied, 1);
    const WorkOrder updated = *store.load(orders.dispatched);
    QCOMPARE(updated.status, WorkOrderStatus::InProgress);
    QCOMPARE(updated.owner, u"李四"_s);
    QCOMPARE(updated.progress, u"已扩容CDN节点"_s);
    QCOMPARE(updated.dueDate, QDate(2024, 11, 30));
    const QList<WorkOrderHistoryEntry> history = store.history(orders.dispatched);
    QCOMPARE(history.constLast().source, u"file:工单_网络部回复.xlsx"_s);
    QCOMPARE(history.constLast().who, u"王芳"_s);
    // Refused rows changed nothing.
    QCOMPARE(store.load(orders.draft)->version, beforeDraft.version);
    QCOMPARE(store.load(orders.inProgress)->status, WorkOrderStatus::InProgress);
    QCOMPARE(store.load(orders.inProgress)->owner, u"赵六"_s);

    // Importing the same file again changes nothing more.
    const WorkOrderUpdatePlan again = WorkOrderUpdateImport::plan(edited, store);
    QVERIFY(again.updates.isEmpty());
}

void TestWorkOrderExport::cancelledImportChangesNothing()
{
    test::WorkOrderWorkspace fixture;
    WorkOrderStore store(fixture.workspace().database());
    const Orders orders = makeOrders(store);
    const QString exported = fixture.filePath(u"orders.xlsx"_s);
    QCOMPARE(exportTo(store, exported), QString());
    const QString edited = fixture.filePath(u"edited.xlsx"_s);
    const Run run = runPython(fixture.filePath(QString()), uR"(
import sys, openpyxl
wb = openpyxl.load_workbook(sys.argv[1])
ws = wb.worksheets[0]
col = {c.value: c.column for c in ws[1]}
for row in range(2, ws.max_row + 1):
    ws.cell(row, col['Owner']).value = '周八'
wb.save(sys.argv[2])
)"_s,
                              {exported, edited});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    const WorkOrderUpdatePlan plan = WorkOrderUpdateImport::plan(edited, store);
    QCOMPARE(plan.updates.size(), 4);
    const WorkOrderUpdateResult cancelled =
        WorkOrderUpdateImport::apply(plan, store, u"王芳"_s, [](qint64 done, qint64) { return done < 2; });
    QVERIFY(cancelled.cancelled);
    QCOMPARE(cancelled.applied, 0);
    for (qint64 id : {orders.dispatched, orders.draft, orders.inProgress})
        QCOMPARE(store.load(id)->owner, QString());
    const WorkOrderUpdateResult applied = WorkOrderUpdateImport::apply(plan, store, u"王芳"_s);
    QCOMPARE(applied.applied, 4);
    for (qint64 id : {orders.dispatched, orders.draft, orders.inProgress})
        QCOMPARE(store.load(id)->owner, u"周八"_s);
}

// data/workorders_libreoffice.xlsx: this export, edited with openpyxl (order 1 to 处理中 with an owner,
// progress and a later due date; order 2, a draft, to 已关闭), then opened and saved by LibreOffice
// Calc 7.4 (soffice --convert-to xlsx), which rewrites every part of the workbook its own way.
void TestWorkOrderExport::libreOfficeWorkbook()
{
    const QString file = QFINDTESTDATA("data/workorders_libreoffice.xlsx");
    QVERIFY(!file.isEmpty());
    test::WorkOrderWorkspace fixture;
    WorkOrderStore store(fixture.workspace().database());
    const WorkOrderActor actor = WorkOrderActor::commandLine(u"analyst"_s);
    const qint64 first = store.create(test::sampleDraft(u"咪咕视频晚高峰播放卡顿"_s), actor).id;
    const qint64 second = store.create(test::sampleDraft(u"扣费异议"_s), actor).id;
    QSqlQuery q(fixture.workspace().database());
    QVERIFY(q.exec(u"UPDATE work_order SET number = 'WO-2024-000' || id"_s));
    QVERIFY(store.apply(WorkOrderEdit::of(*store.load(first), {FieldChange{WorkOrderField::Status, {}, u"dispatched"_s}}), actor).ok());

    const WorkOrderUpdatePlan plan = WorkOrderUpdateImport::plan(file, store);
    QVERIFY2(!plan.failed(), qPrintable(plan.error));
    QCOMPARE(plan.rowsRead, 2);
    QCOMPARE(plan.updates.size(), 1);
    QCOMPARE(plan.refused.size(), 1);
    QCOMPARE(plan.refused.constFirst().line, 3);
    QVERIFY(plan.refused.constFirst().reason.contains(u"Closed"_s));
    QCOMPARE(WorkOrderUpdateImport::apply(plan, store, u"王芳"_s).applied, 1);
    const WorkOrder order = *store.load(first);
    QCOMPARE(order.status, WorkOrderStatus::InProgress);
    QCOMPARE(order.owner, u"李四"_s);
    QCOMPARE(order.progress, u"已扩容CDN节点，观察一周"_s);
    QCOMPARE(order.dueDate, QDate(2024, 11, 30));
    QCOMPARE(store.load(second)->status, WorkOrderStatus::Draft);
}

void TestWorkOrderExport::pdfEmbedsChineseFont()
{
    test::WorkOrderWorkspace fixture;
    WorkOrderStore store(fixture.workspace().database());
    const Orders orders = makeOrders(store);
    const QString path = fixture.filePath(u"orders.pdf"_s);
    QCOMPARE(exportTo(store, path, {orders.dispatched, orders.inProgress}), QString());

    const Run fonts = runTool(u"pdffonts"_s, {path});
    if (fonts.exitCode < 0)
        QSKIP("pdffonts (poppler-utils) is not installed");
    QVERIFY2(fonts.out.contains(u"WenQuanYiMicroHei"_s), qPrintable(fonts.out));
    for (const QString &line : fonts.out.split(u'\n'))
        if (line.contains(u"WenQuanYi"_s))
            QVERIFY2(line.contains(u" yes "_s), qPrintable(line)); // embedded
    const Run text = runTool(u"pdftotext"_s, {path, u"-"_s});
    // Chinese copies out as the characters themselves (no Kangxi radicals).
    QVERIFY2(text.out.contains(u"咪咕视频晚高峰播放卡顿"_s), qPrintable(text.out));
    QVERIFY(text.out.contains(u"扣费异议"_s));
    QVERIFY(text.out.contains(store.load(orders.dispatched)->number));
    QVERIFY(!text.out.contains(QChar(0x2F00))); // ⼀, the first Kangxi radical
    const Run info = runTool(u"pdfinfo"_s, {path});
    QVERIFY2(info.out.contains(u"Pages:           2"_s), qPrintable(info.out));
    QVERIFY2(info.out.contains(u"(A4)"_s), qPrintable(info.out));
}

QTEST_MAIN(TestWorkOrderExport)
#include "tst_workorderexport.moc"
