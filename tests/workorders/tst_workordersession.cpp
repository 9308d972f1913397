#include "workorderfixture.h"

#include "workorders/workorderhistorymodel.h"
#include "workorders/workorderlistmodel.h"
#include "workorders/workordersession.h"
#include "workspace/logcheckpointer.h"

#include <QAbstractItemModelTester>
#include <QFileInfo>
#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>

using namespace Qt::StringLiterals;
using namespace cx;

class TestWorkOrderSession : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void typingMergesIntoOneUndoStep();
    void undoAndRedoWriteHistory();
    void undoCreateDeletesAndRedoRestores();
    void statusChangeNeedsAllowedTransitionAndReason();
    void conflictWithAnotherConnectionReloads();
    void undoAfterAnotherChangeIsRefused();
    void editsElsewhereAreNewsOwnEditsAreNot();
    void listModelFiltersAndSorts();
    void historyModel();

private:
    std::unique_ptr<test::WorkOrderWorkspace> m_fixture;
    WorkOrderSession *m_session = nullptr;
    QUndoStack *m_stack = nullptr;
};

void TestWorkOrderSession::init()
{
    m_fixture = std::make_unique<test::WorkOrderWorkspace>();
    QVERIFY2(m_fixture->error().isEmpty(), qPrintable(m_fixture->error()));
    m_session = WorkOrderSession::forWorkspace(m_fixture->workspace());
    m_session->setActor(WorkOrderActor::desktop(u"王芳"_s));
    m_stack = m_fixture->workspace().undoStack();
    QCOMPARE(WorkOrderSession::forWorkspace(m_fixture->workspace()), m_session);
}

void TestWorkOrderSession::cleanup()
{
    m_fixture.reset();
    m_session = nullptr;
    m_stack = nullptr;
}

void TestWorkOrderSession::typingMergesIntoOneUndoStep()
{
    const qint64 id = m_session->create(test::sampleDraft(u"卡顿"_s));
    QVERIFY(id > 0);
    QCOMPARE(m_stack->count(), 1);

    // Typing "卡顿严重" into the title, saved after each pause.
    m_session->endTyping();
    for (const QString &text : {u"卡顿严"_s, u"卡顿严重"_s, u"卡顿严重!"_s})
        QVERIFY(m_session->setField(id, WorkOrderField::Title, text, true));
    QCOMPARE(m_stack->count(), 2);
    QCOMPARE(m_session->store().load(id)->title, u"卡顿严重!"_s);
    // Every pause was saved: three history rows of the title.
    const auto titleRows = [&] {
        int rows = 0;
        for (const WorkOrderHistoryEntry &entry : m_session->store().history(id))
            rows += entry.field == "title"_L1 && entry.action == HistoryAction::Edit;
        return rows;
    };
    QCOMPARE(titleRows(), 3);

    // Another field is another step; a new typing run in the title as well.
    QVERIFY(m_session->setField(id, WorkOrderField::Owner, u"张三"_s, true));
    QCOMPARE(m_stack->count(), 3);
    m_session->endTyping();
    QVERIFY(m_session->setField(id, WorkOrderField::Title, u"卡顿严重"_s, true));
    QCOMPARE(m_stack->count(), 4);

    m_stack->undo(); // the second typing run
    QCOMPARE(m_session->store().load(id)->title, u"卡顿严重!"_s);
    m_stack->undo(); // the owner
    QCOMPARE(m_session->store().load(id)->owner, QString());
    m_stack->undo(); // the whole first run at once
    QCOMPARE(m_session->store().load(id)->title, u"卡顿"_s);
    m_stack->redo();
    QCOMPARE(m_session->store().load(id)->title, u"卡顿严重!"_s);

    // Typing back to where a run started leaves nothing to undo.
    m_session->endTyping();
    const int steps = m_stack->count();
    QVERIFY(m_session->setField(id, WorkOrderField::Symptom, u"晚高峰播放卡顿X"_s, true));
    QVERIFY(m_session->setField(id, WorkOrderField::Symptom, u"晚高峰播放卡顿"_s, true));
    QCOMPARE(m_stack->count(), steps - 2); // the redoable steps were dropped by the new edit, the run merged away
}

void TestWorkOrderSession::undoAndRedoWriteHistory()
{
    const qint64 id = m_session->create(test::sampleDraft());
    QVERIFY(m_session->setField(id, WorkOrderField::Owner, u"张三"_s));
    m_stack->undo();
    m_stack->redo();
    QList<WorkOrderHistoryEntry> history = m_session->store().history(id);
    QCOMPARE(history.at(history.size() - 3).action, HistoryAction::Edit);
    QCOMPARE(history.at(history.size() - 2).action, HistoryAction::Undo);
    QCOMPARE(history.at(history.size() - 2).oldValue, u"张三"_s);
    QCOMPARE(history.at(history.size() - 2).newValue, QString());
    QCOMPARE(history.constLast().action, HistoryAction::Redo);
    QCOMPARE(history.constLast().newValue, u"张三"_s);
    QCOMPARE(history.constLast().who, u"王芳"_s);
    QCOMPARE(history.constLast().source, u"desktop"_s);
    QCOMPARE(m_session->store().load(id)->version, 4);
}

void TestWorkOrderSession::undoCreateDeletesAndRedoRestores()
{
    const qint64 id = m_session->create(test::sampleDraft());
    const QString number = m_session->store().load(id)->number;
    m_stack->undo();
    QVERIFY(m_session->store().list().isEmpty());
    QVERIFY(m_session->store().load(id)->deletedAt.isValid());
    m_stack->redo();
    QCOMPARE(m_session->store().list().size(), 1);
    QCOMPARE(m_session->store().list().constFirst().number, number);
    QVERIFY(m_session->deleteDraft(id));
    QVERIFY(m_session->store().list().isEmpty());
    m_stack->undo();
    QCOMPARE(m_session->store().list().size(), 1);
    const QList<WorkOrderHistoryEntry> history = m_session->store().history(id);
    QCOMPARE(history.constLast().action, HistoryAction::Undo);
    QCOMPARE(history.at(history.size() - 2).action, HistoryAction::Delete);
}

void TestWorkOrderSession::statusChangeNeedsAllowedTransitionAndReason()
{
    QSignalSpy failed(m_session, &WorkOrderSession::failed);
    const qint64 id = m_session->create(test::sampleDraft());
    const int steps = m_stack->count();
    QVERIFY(!m_session->changeStatus(id, WorkOrderStatus::Closed, {}));
    QCOMPARE(failed.count(), 1);
    QVERIFY(failed.at(0).at(1).toString().contains(u"Closed"_s));
    QCOMPARE(m_stack->count(), steps);

    QVERIFY(m_session->changeStatus(id, WorkOrderStatus::Dispatched, {}));
    QVERIFY(!m_session->changeStatus(id, WorkOrderStatus::Returned, {}));
    QVERIFY(m_session->changeStatus(id, WorkOrderStatus::Returned, u"不属于本部门"_s));
    QCOMPARE(m_session->store().load(id)->status, WorkOrderStatus::Returned);
    // Undo puts back the status it had, outside the table (退回 → 已派发 → 草稿).
    m_stack->undo();
    m_stack->undo();
    QCOMPARE(m_session->store().load(id)->status, WorkOrderStatus::Draft);
    QCOMPARE(m_session->store().history(id).constLast().action, HistoryAction::Undo);
}

void TestWorkOrderSession::conflictWithAnotherConnectionReloads()
{
    const qint64 id = m_session->create(test::sampleDraft());
    QVERIFY(m_session->setField(id, WorkOrderField::Owner, u"张三"_s));
    QVERIFY(test::editElsewhere(m_fixture->path(), id, {FieldChange{WorkOrderField::Status, {}, u"dispatched"_s}},
                                WorkOrderActor::commandLine(u"李明"_s)));
    QSignalSpy conflicts(m_session, &WorkOrderSession::conflict);
    const int steps = m_stack->count();
    QVERIFY(!m_session->setField(id, WorkOrderField::Owner, u"赵六"_s));
    QCOMPARE(conflicts.count(), 1);
    const QString message = conflicts.at(0).at(1).toString();
    QVERIFY2(message.contains(u"李明"_s) && message.contains(u"Status Draft → Dispatched"_s), qPrintable(message));
    QCOMPARE(m_stack->count(), steps); // the refused edit is no undo step
    QCOMPARE(m_session->store().load(id)->owner, u"张三"_s);
    // The session now knows the new version: the next edit is saved.
    QCOMPARE(m_session->knownVersion(id), m_session->store().load(id)->version);
    QVERIFY(m_session->setField(id, WorkOrderField::Owner, u"赵六"_s));
}

void TestWorkOrderSession::undoAfterAnotherChangeIsRefused()
{
    const qint64 id = m_session->create(test::sampleDraft());
    QVERIFY(m_session->setField(id, WorkOrderField::Owner, u"张三"_s));
    QVERIFY(test::editElsewhere(m_fixture->path(), id, {FieldChange{WorkOrderField::Owner, {}, u"李明"_s}},
                                WorkOrderActor::commandLine(u"李明"_s)));
    QSignalSpy conflicts(m_session, &WorkOrderSession::conflict);
    const int steps = m_stack->count();
    m_stack->undo();
    QCOMPARE(conflicts.count(), 1);
    QCOMPARE(m_session->store().load(id)->owner, u"李明"_s);
    QCOMPARE(m_stack->count(), steps - 1); // the step that could not be undone is gone
}

void TestWorkOrderSession::editsElsewhereAreNewsOwnEditsAreNot()
{
    // The views hear of work orders that cxwb-cli changes while the app
    // holds the workspace; the app's own edits are not news from elsewhere.
    Workspace &workspace = m_fixture->workspace();
    auto *checkpointer = workspace.findChild<LogCheckpointer *>();
    QVERIFY(checkpointer);
    QSignalSpy checkpointed(checkpointer, &LogCheckpointer::checkpointed);
    QSignalSpy elsewhere(&workspace, &Workspace::changedElsewhere);
    const QString log = m_fixture->path() + u"-wal"_s;
    // Each own write on its own: the log copied back, emptied, and looked at.
    const auto lookedAtAfter = [&](const auto &write) {
        const qsizetype before = checkpointed.size();
        write();
        return QTest::qWaitFor([&] { return checkpointed.size() > before && QFileInfo(log).size() == 0; }, 30000)
            && (QTest::qWait(3 * LogCheckpointer::quietMs), true);
    };
    qint64 id = 0;
    QVERIFY(lookedAtAfter([&] { id = m_session->create(test::sampleDraft()); }));
    QVERIFY(lookedAtAfter([&] { QVERIFY(m_session->setField(id, WorkOrderField::Owner, u"张三"_s)); }));
    QVERIFY(lookedAtAfter([&] { m_stack->undo(); }));
    QCOMPARE(m_session->store().load(id)->owner, QString());
    QCOMPARE(elsewhere.size(), 0);

    QSignalSpy dataChanged(&workspace, &Workspace::dataChanged);
    QVERIFY(test::editElsewhere(m_fixture->path(), id, {FieldChange{WorkOrderField::Owner, {}, u"李明"_s}},
                                WorkOrderActor::commandLine(u"李明"_s)));
    QTRY_COMPARE_WITH_TIMEOUT(elsewhere.size(), 1, 30000);
    QCOMPARE(dataChanged.size(), 1);
}

void TestWorkOrderSession::listModelFiltersAndSorts()
{
    WorkOrderListModel list;
    WorkOrderFilterModel filter;
    filter.setSourceModel(&list);
    QAbstractItemModelTester listTester(&list, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester filterTester(&filter, QAbstractItemModelTester::FailureReportingMode::QtTest);

    WorkOrder a = test::sampleDraft(u"播放卡顿"_s);
    a.dueDate = QDate(2024, 9, 27);
    WorkOrder b = test::sampleDraft(u"扣费异议"_s);
    b.ownerDepartment = u"计费中心"_s;
    b.stage = u"缴费"_s;
    b.dueDate = QDate(2024, 10, 15);
    const qint64 ida = m_session->create(a);
    const qint64 idb = m_session->create(b);
    QVERIFY(m_session->changeStatus(ida, WorkOrderStatus::Dispatched, {}));
    list.setToday(QDate(2024, 9, 30));
    list.setOrders(m_session->store().list());
    QCOMPARE(list.rowCount(), 2);

    const int rowA = list.rowOf(ida);
    // In words, not only in colour ("3 days overdue", "逾期 3 天" with the catalogues).
    const QString overdue = list.index(rowA, WorkOrderListModel::Overdue).data().toString();
    QVERIFY2(overdue.startsWith(u"3 day"_s) && overdue.endsWith(u"overdue"_s), qPrintable(overdue));
    QVERIFY(list.index(rowA, WorkOrderListModel::Title).data(Qt::BackgroundRole).isValid());
    QCOMPARE(list.index(rowA, WorkOrderListModel::Overdue).data(int(WorkOrderListModel::Role::OverdueDays)).toInt(), 3);
    // A draft is not overdue: it has not been sent yet.
    QCOMPARE(list.index(list.rowOf(idb), WorkOrderListModel::Overdue).data().toString(), QString());
    QCOMPARE(list.index(rowA, WorkOrderListModel::Status).data().toString(), u"Dispatched"_s);

    filter.setOverdueOnly(true);
    QCOMPARE(filter.rowCount(), 1);
    filter.setOverdueOnly(false);
    filter.setDepartment(u"计费中心"_s);
    QCOMPARE(filter.rowCount(), 1);
    QCOMPARE(filter.index(0, WorkOrderListModel::Title).data().toString(), u"扣费异议"_s);
    filter.setDepartment({});
    filter.setStatuses({WorkOrderStatus::Dispatched});
    QCOMPARE(filter.rowCount(), 1);
    filter.setStatuses({});
    filter.setSearchText(u"wo-"_s);
    QCOMPARE(filter.rowCount(), 2);
    filter.setSearchText(u"扣费"_s);
    QCOMPARE(filter.rowCount(), 1);
    filter.setSearchText({});
    filter.setStage(u"缴费"_s);
    QCOMPARE(filter.rowCount(), 1);
    filter.setStage({});

    filter.sort(WorkOrderListModel::Due, Qt::DescendingOrder);
    QCOMPARE(filter.index(0, WorkOrderListModel::Title).data().toString(), u"扣费异议"_s);
    filter.sort(WorkOrderListModel::Due, Qt::AscendingOrder);
    QCOMPARE(filter.index(0, WorkOrderListModel::Title).data().toString(), u"播放卡顿"_s);

    // Single-row updates and removal of a deleted draft.
    WorkOrder changed = *m_session->store().load(idb);
    changed.title = u"扣费异议（复核）"_s;
    list.updateOrder(changed);
    QCOMPARE(list.index(list.rowOf(idb), WorkOrderListModel::Title).data().toString(), u"扣费异议（复核）"_s);
    QVERIFY(m_session->deleteDraft(idb));
    list.updateOrder(*m_session->store().load(idb));
    QCOMPARE(list.rowCount(), 1);
}

void TestWorkOrderSession::historyModel()
{
    const qint64 id = m_session->create(test::sampleDraft());
    QVERIFY(m_session->changeStatus(id, WorkOrderStatus::Dispatched, {}));
    WorkOrderHistoryModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setEntries(m_session->store().history(id));
    QVERIFY(model.rowCount() > 2);
    // Newest first.
    QCOMPARE(model.index(0, WorkOrderHistoryModel::Change).data().toString(), u"Status Draft → Dispatched"_s);
    QCOMPARE(model.index(0, WorkOrderHistoryModel::Who).data().toString(), u"王芳"_s);
    QCOMPARE(model.index(0, WorkOrderHistoryModel::Source).data().toString(), u"Desktop"_s);
    QCOMPARE(model.index(0, WorkOrderHistoryModel::Action).data().toString(), u"edited"_s);
}

QTEST_GUILESS_MAIN(TestWorkOrderSession)
#include "tst_workordersession.moc"
