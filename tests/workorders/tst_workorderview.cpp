#include "workorderfixture.h"

#include "settings/preferences.h"
#include "views/workorderview.h"
#include "workorders/effectchartwidget.h"
#include "workorders/workordereditor.h"
#include "workorders/workorderlistmodel.h"
#include "workorders/workordersession.h"
#include "workorders/workorderstatuspanel.h"

#include <QKeyEvent>
#include <QLineEdit>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QUndoStack>

using namespace Qt::StringLiterals;
using namespace cx;

namespace {

// Types text as a keyboard with an input method would (QTest::keyClicks takes ASCII only).
void type(QWidget *widget, const QString &text)
{
    for (const QChar c : text) {
        QKeyEvent press(QEvent::KeyPress, Qt::Key_unknown, Qt::NoModifier, QString(c));
        QCoreApplication::sendEvent(widget, &press);
        QKeyEvent release(QEvent::KeyRelease, Qt::Key_unknown, Qt::NoModifier, QString(c));
        QCoreApplication::sendEvent(widget, &release);
    }
}

} // namespace

class TestWorkOrderView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void listFiltersAndSearch();
    void editsAreSavedAndUndone();
    void statusButtonsOfferAllowedTransitions();
    void conflictWithAnotherConnectionReloads();
    void draftFromFindingGetsItsBaseline();
    void exportAndImportUpdates();

private:
    void waitIdle();
    qint64 add(WorkOrder draft, const QList<WorkOrderStatus> &statuses = {});

    QTemporaryDir m_dir;
    std::unique_ptr<test::WorkOrderWorkspace> m_fixture;
    std::unique_ptr<Preferences> m_preferences;
    std::unique_ptr<WorkOrderView> m_view;
};

void TestWorkOrderView::init()
{
    m_fixture = std::make_unique<test::WorkOrderWorkspace>();
    QVERIFY2(m_fixture->error().isEmpty(), qPrintable(m_fixture->error()));
    m_preferences = std::make_unique<Preferences>(m_dir.filePath(u"prefs.ini"_s));
    m_preferences->setAnalystName(u"王芳"_s);
    m_view = std::make_unique<WorkOrderView>(*m_preferences);
    m_view->resize(1400, 860);
    m_view->show();
}

void TestWorkOrderView::cleanup()
{
    QCoreApplication::processEvents(); // widgets a layout shows later
    if (m_view && qEnvironmentVariableIsSet("CX_GRAB_DIR"))
        m_view->grab().save(QDir(qEnvironmentVariable("CX_GRAB_DIR"))
                                .filePath(u"workorderview-%1.png"_s.arg(QString::fromLatin1(QTest::currentTestFunction()))));
    if (m_view)
        m_view->setWorkspace(nullptr);
    m_view.reset();
    m_fixture.reset();
}

void TestWorkOrderView::waitIdle()
{
    QTRY_VERIFY_WITH_TIMEOUT(!m_view->isBusy(), 30000);
    QCoreApplication::processEvents();
}

qint64 TestWorkOrderView::add(WorkOrder draft, const QList<WorkOrderStatus> &statuses)
{
    WorkOrderStore store(m_fixture->workspace().database());
    const WorkOrderActor actor = WorkOrderActor::desktop(u"王芳"_s);
    const qint64 id = store.create(draft, actor).id;
    test::advance(store, id, statuses, actor);
    return id;
}

void TestWorkOrderView::listFiltersAndSearch()
{
    WorkOrder late = test::sampleDraft(u"播放卡顿投诉上升"_s);
    late.dueDate = QDate::currentDate().addDays(-3);
    add(late, {WorkOrderStatus::Dispatched});
    WorkOrder billing = test::sampleDraft(u"扣费异议"_s);
    billing.ownerDepartment = u"计费中心"_s;
    add(billing);
    m_view->setWorkspace(&m_fixture->workspace());
    waitIdle();
    QCOMPARE(m_view->filterModel()->rowCount(), 2);

    // Overdue in words, not only in colour.
    const WorkOrderListModel *model = m_view->listModel();
    bool found = false;
    for (int row = 0; row < model->rowCount(); ++row)
        if (model->order(row).title == u"播放卡顿投诉上升"_s) {
            const QString text = model->index(row, WorkOrderListModel::Overdue).data().toString();
            found = text.startsWith(u"3 day"_s) && text.contains(u"overdue"_s);
        }
    QVERIFY(found);

    // Ctrl+F goes to the search box; typing filters the list.
    m_view->table()->setFocus();
    QTest::keyClick(m_view->table(), Qt::Key_F, Qt::ControlModifier);
    auto *search = m_view->findChild<QLineEdit *>(u"search"_s);
    QTRY_VERIFY(search->hasFocus());
    type(search, u"扣费"_s);
    QCOMPARE(m_view->filterModel()->rowCount(), 1);
    search->clear();
    QCOMPARE(m_view->filterModel()->rowCount(), 2);
}

void TestWorkOrderView::editsAreSavedAndUndone()
{
    const qint64 id = add(test::sampleDraft(u"卡顿"_s));
    m_view->setWorkspace(&m_fixture->workspace());
    waitIdle();
    m_view->selectOrder(id);
    QCOMPARE(m_view->currentOrderId(), id);

    auto *title = qobject_cast<QLineEdit *>(m_view->editor()->fieldWidget(WorkOrderField::Title));
    QVERIFY(title && title->isEnabled());
    title->setFocus();
    title->end(false);
    type(title, u"严重"_s);
    WorkOrderStore store(m_fixture->workspace().database());
    // Saved after a pause in typing, without pressing anything.
    QTRY_COMPARE_WITH_TIMEOUT(store.load(id)->title, u"卡顿严重"_s, 5000);
    QTest::keyClick(title, Qt::Key_Return);
    QCOMPARE(store.history(id).constLast().who, u"王芳"_s);
    QCOMPARE(store.history(id).constLast().source, u"desktop"_s);

    auto *owner = qobject_cast<QLineEdit *>(m_view->editor()->fieldWidget(WorkOrderField::Owner));
    owner->setFocus();
    type(owner, u"张三"_s);
    QTest::keyClick(owner, Qt::Key_Tab); // leaving the field saves at once
    QCOMPARE(store.load(id)->owner, u"张三"_s);

    QUndoStack *stack = m_fixture->workspace().undoStack();
    m_view->table()->setFocus();
    stack->undo();
    QCOMPARE(store.load(id)->owner, QString());
    QCOMPARE(owner->text(), QString()); // the editor shows the undone value
    stack->undo();
    QCOMPARE(store.load(id)->title, u"卡顿"_s);
    QCOMPARE(title->text(), u"卡顿"_s);
    QCOMPARE(store.history(id).constLast().action, HistoryAction::Undo);
    stack->redo();
    QCOMPARE(title->text(), u"卡顿严重"_s);
    QCOMPARE(m_view->listModel()->order(m_view->listModel()->rowOf(id)).title, u"卡顿严重"_s);
}

void TestWorkOrderView::statusButtonsOfferAllowedTransitions()
{
    const qint64 id = add(test::sampleDraft());
    m_view->setWorkspace(&m_fixture->workspace());
    waitIdle();
    m_view->selectOrder(id);
    WorkOrderStatusPanel *panel = m_view->statusPanel();
    const auto names = [&] {
        QStringList list;
        for (QPushButton *button : panel->transitionButtons())
            list << button->objectName();
        return list;
    };
    QCOMPARE(names(), QStringList{u"to_dispatched"_s});
    panel->transitionButtons().constFirst()->click();
    WorkOrderStore store(m_fixture->workspace().database());
    QCOMPARE(store.load(id)->status, WorkOrderStatus::Dispatched);
    QCOMPARE(names(), (QStringList{u"to_in_progress"_s, u"to_returned"_s}));

    // Returning needs a reason: cancelling the question changes nothing.
    panel->setReasonProvider([](const QString &, const QString &) { return std::nullopt; });
    panel->transitionButtons().at(1)->click();
    QCOMPARE(store.load(id)->status, WorkOrderStatus::Dispatched);
    panel->setReasonProvider([](const QString &, const QString &prompt) {
        return prompt.contains(u"Returned"_s) ? std::optional<QString>(u"非本部门职责"_s) : std::nullopt;
    });
    panel->transitionButtons().at(1)->click();
    QCOMPARE(store.load(id)->status, WorkOrderStatus::Returned);
    QCOMPARE(store.history(id).constLast().reason, u"非本部门职责"_s);
    QCOMPARE(names(), (QStringList{u"to_dispatched"_s, u"to_closed"_s}));
    QCOMPARE(m_view->listModel()->index(m_view->listModel()->rowOf(id), WorkOrderListModel::Status).data().toString(),
             u"Returned"_s);
}

void TestWorkOrderView::conflictWithAnotherConnectionReloads()
{
    const qint64 id = add(test::sampleDraft());
    m_view->setWorkspace(&m_fixture->workspace());
    waitIdle();
    m_view->selectOrder(id);
    QVERIFY(test::editElsewhere(m_fixture->path(), id, {FieldChange{WorkOrderField::Owner, {}, u"李明"_s}},
                                WorkOrderActor::commandLine(u"李明"_s)));
    auto *owner = qobject_cast<QLineEdit *>(m_view->editor()->fieldWidget(WorkOrderField::Owner));
    owner->setFocus();
    type(owner, u"张三"_s);
    QTest::keyClick(owner, Qt::Key_Return);
    QVERIFY2(m_view->bannerText().contains(u"李明"_s) && m_view->bannerText().contains(u"not saved"_s),
             qPrintable(m_view->bannerText()));
    // Reloaded: the editor shows what the other analyst saved.
    QCOMPARE(owner->text(), u"李明"_s);
    QCOMPARE(WorkOrderStore(m_fixture->workspace().database()).load(id)->owner, u"李明"_s);
}

void TestWorkOrderView::draftFromFindingGetsItsBaseline()
{
    QCOMPARE(m_fixture->import(m_fixture->writeSurvey(u"survey.csv"_s, {{u"2024-07"_s, 90, 8}, {u"2024-08"_s, 90, 6}})),
             QString());
    m_view->setWorkspace(&m_fixture->workspace());
    waitIdle();
    WorkOrder draft = test::sampleDraft(u"使用环节满意度下降"_s);
    draft.metric = u"satisfaction:使用"_s;
    draft.baseline.month = u"2024-08"_s;
    draft.targetValue = 8.0;
    m_view->createFromDraft(draft);
    waitIdle();
    const qint64 id = m_view->currentOrderId();
    QVERIFY(id > 0);
    const WorkOrder order = WorkOrderStore(m_fixture->workspace().database()).load(id).value();
    QCOMPARE(order.baseline.month, u"2024-08"_s);
    QCOMPARE(order.baseline.n, qint64(90));
    QVERIFY(std::abs(order.baseline.value - 6.0) < 0.5);
    QTRY_VERIFY_WITH_TIMEOUT(!m_view->findChild<EffectChartWidget *>()->data().series.isEmpty(), 10000);

    // A blank order, then a metric typed into it: its baseline is read before it is saved.
    m_view->newWorkOrder();
    waitIdle();
    const qint64 blank = m_view->currentOrderId();
    QVERIFY(blank != id);
    auto *metric = qobject_cast<QLineEdit *>(m_view->editor()->fieldWidget(WorkOrderField::Metric));
    metric->setFocus();
    type(metric, u"satisfaction:使用"_s);
    QTest::keyClick(metric, Qt::Key_Return);
    waitIdle();
    const WorkOrder withMetric = WorkOrderStore(m_fixture->workspace().database()).load(blank).value();
    QCOMPARE(withMetric.metric, u"satisfaction:使用"_s);
    QCOMPARE(withMetric.baseline.month, u"2024-08"_s);
    // Wrong metrics are refused with a message, not saved.
    metric->selectAll();
    QTest::keyClicks(metric, u"happiness"_s);
    QTest::keyClick(metric, Qt::Key_Return);
    QVERIFY(m_view->bannerText().contains(u"happiness"_s));
}

void TestWorkOrderView::exportAndImportUpdates()
{
    const qint64 id = add(test::sampleDraft(), {WorkOrderStatus::Dispatched});
    m_view->setWorkspace(&m_fixture->workspace());
    waitIdle();
    QSignalSpy exported(m_view.get(), &WorkOrderView::exportFinished);
    for (const QString &name : {u"orders.xlsx"_s, u"orders.csv"_s, u"orders.pdf"_s}) {
        m_view->exportTo(m_fixture->filePath(name));
        QTRY_COMPARE_WITH_TIMEOUT(exported.count(), 1, 20000);
        QCOMPARE(exported.takeFirst().at(1).toString(), QString());
        QVERIFY(QFile::exists(m_fixture->filePath(name)));
    }

    QProcess python;
    python.start(u"/usr/bin/python3"_s, {u"-c"_s, uR"(
import sys, openpyxl
wb = openpyxl.load_workbook(sys.argv[1]); ws = wb.worksheets[0]
col = {c.value: c.column for c in ws[1]}
ws.cell(2, col['Status']).value = '处理中'; ws.cell(2, col['Progress']).value = '已定位'
wb.save(sys.argv[1])
)"_s,
                                         m_fixture->filePath(u"orders.xlsx"_s)});
    QVERIFY(python.waitForFinished(60000));
    QCOMPARE(python.exitCode(), 0);

    QSignalSpy imported(m_view.get(), &WorkOrderView::importFinished);
    int planned = -1;
    m_view->setImportConfirmation([&](const WorkOrderUpdatePlan &plan) {
        planned = int(plan.updates.size());
        return true;
    });
    m_view->importUpdatesFrom(m_fixture->filePath(u"orders.xlsx"_s));
    QTRY_COMPARE_WITH_TIMEOUT(imported.count(), 1, 20000);
    QCOMPARE(planned, 1);
    waitIdle();
    const WorkOrder order = WorkOrderStore(m_fixture->workspace().database()).load(id).value();
    QCOMPARE(order.status, WorkOrderStatus::InProgress);
    QCOMPARE(order.progress, u"已定位"_s);
    QCOMPARE(m_view->listModel()->order(m_view->listModel()->rowOf(id)).status, WorkOrderStatus::InProgress);
    // The next edit in the view is based on the imported version.
    WorkOrderSession *session = WorkOrderSession::forWorkspace(m_fixture->workspace());
    QVERIFY(session->setField(id, WorkOrderField::Owner, u"张三"_s));
}

QTEST_MAIN(TestWorkOrderView)
#include "tst_workorderview.moc"
