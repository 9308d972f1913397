#include "workorderfixture.h"

#include "workorders/workorderstore.h"
#include "workspace/schema.h"

#include <QSqlQuery>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace cx;

namespace {

WorkOrderEdit statusEdit(const WorkOrder &order, WorkOrderStatus to, const QString &reason = {})
{
    return WorkOrderEdit::of(order, {FieldChange{WorkOrderField::Status, {}, statusCode(to)}}, reason);
}


QString thisYear()
{
    return QString::number(QDate::currentDate().year());
}

} // namespace

class TestWorkOrderStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void numbersAreNeverReused();
    void sequenceContinuesAfterMigration();
    void createWritesHistoryOfEveryField();
    void historyRowsForEachEdit();
    void forbiddenTransitionChangesNothing();
    void onlyDraftsAreDeleted();
    void conflictBetweenTwoConnections();
    void invalidValuesAreRefused();
};

void TestWorkOrderStore::numbersAreNeverReused()
{
    test::WorkOrderWorkspace fixture;
    QVERIFY2(fixture.error().isEmpty(), qPrintable(fixture.error()));
    WorkOrderStore store(fixture.workspace().database());
    const WorkOrderActor actor = WorkOrderActor::desktop(u"李明"_s);

    const CreatedWorkOrder first = store.create(test::sampleDraft(), actor);
    const CreatedWorkOrder second = store.create(test::sampleDraft(u"第二张"_s), actor);
    QVERIFY2(first.ok(), qPrintable(first.error));
    QCOMPARE(first.number, u"WO-%1-0001"_s.arg(thisYear()));
    QCOMPARE(second.number, u"WO-%1-0002"_s.arg(thisYear()));

    // Deleting the last draft keeps its number taken.
    const WorkOrder last = *store.load(second.id);
    const EditOutcome deleted = store.apply(
        WorkOrderEdit::of(last, {FieldChange{WorkOrderField::Deleted, {}, QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)}}),
        actor);
    QVERIFY2(deleted.ok(), qPrintable(deleted.message));
    QCOMPARE(store.list().size(), 1);
    const CreatedWorkOrder third = store.create(test::sampleDraft(u"第三张"_s), actor);
    QCOMPARE(third.number, u"WO-%1-0003"_s.arg(thisYear()));
    // The deleted draft keeps its history, the deletion included.
    const QList<WorkOrderHistoryEntry> history = store.history(second.id);
    QVERIFY(!history.isEmpty());
    QCOMPARE(history.constLast().action, HistoryAction::Delete);
    QCOMPARE(store.loadByNumber(u"wo-%1-0002"_s.arg(thisYear()))->id, second.id);

    QVERIFY(!store.create(WorkOrder(), actor).ok());
}

void TestWorkOrderStore::sequenceContinuesAfterMigration()
{
    // A workspace of format 2 that already holds a numbered order (written
    // by the migrations themselves, then opened by this build).
    QTemporaryDir dir;
    const QString path = dir.filePath(u"old.cxw"_s);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"old"_s);
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery q(db);
        for (const Migration &migration : schemaMigrations())
            if (migration.version <= 2)
                for (const QString &statement : migration.statements)
                    QVERIFY2(q.exec(statement), qPrintable(statement));
        QVERIFY(q.exec(u"PRAGMA application_id = %1"_s.arg(workspaceApplicationId)));
        QVERIFY(q.exec(u"PRAGMA user_version = 2"_s));
        QVERIFY(q.exec(u"INSERT INTO work_order(number, title, created_by, created_at, updated_at) "
                       "VALUES ('WO-%1-0007', '旧工单', '王芳', '2024-05-01T08:00:00Z', '2024-05-01T08:00:00Z')"_s
                           .arg(thisYear())));
        db.close();
    }
    QSqlDatabase::removeDatabase(u"old"_s);

    WorkspaceError error;
    auto workspace = Workspace::open(path, &error);
    QVERIFY2(workspace, qPrintable(error.message));
    WorkOrderStore store(workspace->database());
    const CreatedWorkOrder created = store.create(test::sampleDraft(), WorkOrderActor::desktop(u"李明"_s));
    QCOMPARE(created.number, u"WO-%1-0008"_s.arg(thisYear()));
    QCOMPARE(store.loadByNumber(u"WO-%1-0007"_s.arg(thisYear()))->version, 1);
}

void TestWorkOrderStore::createWritesHistoryOfEveryField()
{
    test::WorkOrderWorkspace fixture;
    WorkOrderStore store(fixture.workspace().database());
    WorkOrder draft = test::sampleDraft();
    draft.coDepartments = {u"网络部"_s, u"客服中心"_s};
    draft.metric = u"satisfaction:使用"_s;
    draft.targetValue = 8.2;
    const CreatedWorkOrder created = store.create(draft, WorkOrderActor::commandLine(u"王芳"_s));
    QVERIFY(created.ok());

    const WorkOrder order = *store.load(created.id);
    QCOMPARE(order.status, WorkOrderStatus::Draft);
    QCOMPARE(order.createdBy, u"王芳"_s);
    QCOMPARE(order.coDepartments, (QStringList{u"网络部"_s, u"客服中心"_s}));
    QCOMPARE(order.targetValue, 8.2);
    QCOMPARE(order.dueDate, QDate(2024, 10, 31));

    // Replaying the history gives the order back.
    WorkOrder replayed;
    for (const WorkOrderHistoryEntry &entry : store.history(created.id)) {
        QCOMPARE(entry.action, HistoryAction::Create);
        QCOMPARE(entry.source, u"cli"_s);
        QCOMPARE(entry.who, u"王芳"_s);
        if (const std::optional<WorkOrderField> field = fieldFromColumn(entry.field))
            QVERIFY(replayed.setValue(*field, entry.newValue));
    }
    for (WorkOrderField field : allWorkOrderFields())
        QCOMPARE(replayed.value(field), order.value(field));
}

void TestWorkOrderStore::historyRowsForEachEdit()
{
    test::WorkOrderWorkspace fixture;
    WorkOrderStore store(fixture.workspace().database());
    const WorkOrderActor actor = WorkOrderActor::desktop(u"李明"_s);
    const qint64 id = store.create(test::sampleDraft(), actor).id;
    const int created = int(store.history(id).size());

    WorkOrder order = *store.load(id);
    EditOutcome outcome = store.apply(
        WorkOrderEdit::of(order, {FieldChange{WorkOrderField::Owner, {}, u"张三"_s},
                                          FieldChange{WorkOrderField::DueDate, {}, u"2024-11-15"_s}}),
        actor);
    QVERIFY2(outcome.result == EditOutcome::Result::Saved, qPrintable(outcome.message));
    QCOMPARE(outcome.version, 2);

    order = *store.load(id);
    outcome = store.apply(statusEdit(order, WorkOrderStatus::Dispatched), actor);
    QVERIFY(outcome.ok());
    order = *store.load(id);
    outcome = store.apply(statusEdit(order, WorkOrderStatus::Returned, u"不属于本部门"_s),
                          WorkOrderActor::importedFile(u"王芳"_s, u"工单_网络部.xlsx"_s));
    QVERIFY(outcome.ok());

    // An edit that changes nothing writes nothing.
    order = *store.load(id);
    QCOMPARE(store.apply(WorkOrderEdit::of(order, {FieldChange{WorkOrderField::Owner, {}, u"张三"_s}}), actor)
                 .result,
             EditOutcome::Result::Unchanged);

    const QList<WorkOrderHistoryEntry> history = store.history(id).mid(created);
    QCOMPARE(history.size(), 4);
    QCOMPARE(history.at(0).field, u"owner"_s);
    QCOMPARE(history.at(0).oldValue, QString());
    QCOMPARE(history.at(0).newValue, u"张三"_s);
    QCOMPARE(history.at(0).version, 2);
    QCOMPARE(history.at(1).field, u"due_date"_s);
    QCOMPARE(history.at(1).oldValue, u"2024-10-31"_s);
    QCOMPARE(history.at(1).newValue, u"2024-11-15"_s);
    QCOMPARE(history.at(1).version, 2);
    QCOMPARE(history.at(2).field, u"status"_s);
    QCOMPARE(history.at(2).newValue, u"dispatched"_s);
    QCOMPARE(history.at(2).source, u"desktop"_s);
    QCOMPARE(history.at(3).oldValue, u"dispatched"_s);
    QCOMPARE(history.at(3).newValue, u"returned"_s);
    QCOMPARE(history.at(3).reason, u"不属于本部门"_s);
    QCOMPARE(history.at(3).who, u"王芳"_s);
    QCOMPARE(history.at(3).source, u"file:工单_网络部.xlsx"_s);
    QCOMPARE(historySourceLabel(history.at(3).source), u"工单_网络部.xlsx"_s);
    for (const WorkOrderHistoryEntry &entry : history)
        QVERIFY(entry.at.isValid() && entry.at.secsTo(QDateTime::currentDateTimeUtc()) < 60);
    QCOMPARE(store.load(id)->version, 4);
}

void TestWorkOrderStore::forbiddenTransitionChangesNothing()
{
    test::WorkOrderWorkspace fixture;
    WorkOrderStore store(fixture.workspace().database());
    const WorkOrderActor actor = WorkOrderActor::desktop(u"李明"_s);
    const qint64 id = store.create(test::sampleDraft(), actor).id;
    const WorkOrder before = *store.load(id);
    const int rows = int(store.history(id).size());

    const EditOutcome closed = store.apply(statusEdit(before, WorkOrderStatus::Closed), actor);
    QCOMPARE(closed.result, EditOutcome::Result::Refused);
    QVERIFY2(closed.message.contains(u"Draft"_s) && closed.message.contains(u"Closed"_s), qPrintable(closed.message));
    // A status and another field in one edit: the refusal keeps the other field too.
    WorkOrderEdit both = statusEdit(before, WorkOrderStatus::PendingVerification);
    both.changes << FieldChange{WorkOrderField::Owner, {}, u"张三"_s};
    QCOMPARE(store.apply(both, actor).result, EditOutcome::Result::Refused);

    const WorkOrder after = *store.load(id);
    QCOMPARE(after.version, before.version);
    QCOMPARE(after.owner, QString());
    QCOMPARE(after.status, WorkOrderStatus::Draft);
    QCOMPARE(store.history(id).size(), rows);
}

void TestWorkOrderStore::onlyDraftsAreDeleted()
{
    test::WorkOrderWorkspace fixture;
    WorkOrderStore store(fixture.workspace().database());
    const WorkOrderActor actor = WorkOrderActor::desktop(u"李明"_s);
    const qint64 id = store.create(test::sampleDraft(), actor).id;
    QVERIFY(store.apply(statusEdit(*store.load(id), WorkOrderStatus::Dispatched), actor).ok());
    const WorkOrder dispatched = *store.load(id);
    const EditOutcome deletion = store.apply(
        WorkOrderEdit::of(dispatched, {FieldChange{WorkOrderField::Deleted, {}, u"2024-09-01T08:00:00.000Z"_s}}),
        actor);
    QCOMPARE(deletion.result, EditOutcome::Result::Refused);
    QVERIFY2(deletion.message.contains(u"Dispatched"_s), qPrintable(deletion.message));
    QCOMPARE(store.list().size(), 1);
}

void TestWorkOrderStore::conflictBetweenTwoConnections()
{
    test::WorkOrderWorkspace fixture;
    WorkOrderStore mine(fixture.workspace().database());
    const WorkOrderActor me = WorkOrderActor::desktop(u"王芳"_s);
    const qint64 id = mine.create(test::sampleDraft(), me).id;
    for (WorkOrderStatus status : {WorkOrderStatus::Dispatched, WorkOrderStatus::InProgress})
        QVERIFY(mine.apply(statusEdit(*mine.load(id), status), me).ok());
    const WorkOrder seen = *mine.load(id);

    // Another analyst on another connection to the same file moves it on.
    WorkspaceError error;
    auto other = Workspace::open(fixture.path(), &error);
    QVERIFY2(other, qPrintable(error.message));
    WorkOrderStore theirs(other->database());
    const EditOutcome moved =
        theirs.apply(statusEdit(*theirs.load(id), WorkOrderStatus::PendingVerification), WorkOrderActor::desktop(u"李明"_s));
    QVERIFY(moved.ok());

    // My edit, based on what I saw, is refused and says who changed what.
    const EditOutcome mineOutcome =
        mine.apply(WorkOrderEdit::of(seen, {FieldChange{WorkOrderField::Owner, {}, u"张三"_s}}), me);
    QCOMPARE(mineOutcome.result, EditOutcome::Result::Conflict);
    QVERIFY2(mineOutcome.message.contains(seen.number), qPrintable(mineOutcome.message));
    QVERIFY2(mineOutcome.message.contains(u"李明"_s), qPrintable(mineOutcome.message));
    QVERIFY2(mineOutcome.message.contains(u"Status In progress → Pending verification"_s), qPrintable(mineOutcome.message));
    QVERIFY2(mineOutcome.message.contains(u"not saved"_s), qPrintable(mineOutcome.message));
    QVERIFY2(mineOutcome.message.contains(u"reloaded"_s), qPrintable(mineOutcome.message));
    const WorkOrder now = *mine.load(id);
    QCOMPARE(now.owner, QString());
    QCOMPARE(now.status, WorkOrderStatus::PendingVerification);
    QCOMPARE(now.version, seen.version + 1);

    // Based on the reloaded version, the same edit goes through.
    QVERIFY(mine.apply(WorkOrderEdit::of(now, {FieldChange{WorkOrderField::Owner, {}, u"张三"_s}}), me).ok());
}

void TestWorkOrderStore::invalidValuesAreRefused()
{
    test::WorkOrderWorkspace fixture;
    WorkOrderStore store(fixture.workspace().database());
    const WorkOrderActor actor = WorkOrderActor::desktop(u"李明"_s);
    const qint64 id = store.create(test::sampleDraft(), actor).id;
    const WorkOrder order = *store.load(id);
    for (const FieldChange &change : {FieldChange{WorkOrderField::DueDate, {}, u"2024-13-40"_s},
                                      FieldChange{WorkOrderField::TargetValue, {}, u"八点五"_s},
                                      FieldChange{WorkOrderField::Metric, {}, u"happiness:使用"_s},
                                      FieldChange{WorkOrderField::Title, {}, u"  "_s}}) {
        const EditOutcome outcome = store.apply(WorkOrderEdit::of(order, {change}), actor);
        QCOMPARE(outcome.result, EditOutcome::Result::Refused);
        QVERIFY(!outcome.message.isEmpty());
    }
    QCOMPARE(store.load(id)->version, order.version);
}

QTEST_GUILESS_MAIN(TestWorkOrderStore)
#include "tst_workorderstore.moc"
