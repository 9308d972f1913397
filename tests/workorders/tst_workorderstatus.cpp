#include "workorders/workorderstatus.h"

#include <QTest>

using namespace Qt::StringLiterals;
using cx::WorkOrderStatus;

Q_DECLARE_METATYPE(cx::WorkOrderStatus)

class TestWorkOrderStatus : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void transitions_data();
    void transitions();
    void refusalNamesBothStatuses();
    void names_data();
    void names();
    void codesAreStable();
};

// The documented table: every pair not listed here is forbidden.
void TestWorkOrderStatus::transitions_data()
{
    QTest::addColumn<WorkOrderStatus>("from");
    QTest::addColumn<WorkOrderStatus>("to");
    QTest::addColumn<bool>("allowed");
    QTest::addColumn<bool>("needsReason");

    using S = WorkOrderStatus;
    const QList<std::tuple<S, S, bool>> allowed{
        {S::Draft, S::Dispatched, false},
        {S::Dispatched, S::InProgress, false},
        {S::Dispatched, S::Returned, true},
        {S::InProgress, S::PendingVerification, false},
        {S::InProgress, S::Returned, true},
        {S::PendingVerification, S::Closed, false},
        {S::PendingVerification, S::InProgress, true},
        {S::Returned, S::Dispatched, false},
        {S::Returned, S::Closed, true},
        {S::Closed, S::Reopened, true},
        {S::Reopened, S::InProgress, false},
    };
    for (S from : cx::allWorkOrderStatuses()) {
        for (S to : cx::allWorkOrderStatuses()) {
            bool isAllowed = false;
            bool reason = false;
            for (const auto &[f, t, r] : allowed)
                if (f == from && t == to) {
                    isAllowed = true;
                    reason = r;
                }
            const QByteArray name = (cx::statusCode(from) + u" -> "_s + cx::statusCode(to)).toUtf8();
            QTest::newRow(name.constData()) << from << to << isAllowed << reason;
        }
    }
}

void TestWorkOrderStatus::transitions()
{
    QFETCH(WorkOrderStatus, from);
    QFETCH(WorkOrderStatus, to);
    QFETCH(bool, allowed);
    QFETCH(bool, needsReason);

    QCOMPARE(cx::isTransitionAllowed(from, to), allowed);
    QCOMPARE(cx::allowedTransitions(from).contains(to), allowed);
    QCOMPARE(cx::transitionNeedsReason(from, to), needsReason);
    if (!allowed) {
        QVERIFY(!cx::transitionRefusal(from, to, u"because"_s).isEmpty());
    } else if (needsReason) {
        QVERIFY(!cx::transitionRefusal(from, to, QString()).isEmpty());
        QVERIFY(!cx::transitionRefusal(from, to, u"  "_s).isEmpty());
        QVERIFY(cx::transitionRefusal(from, to, u"部门无此职责"_s).isEmpty());
    } else {
        QVERIFY(cx::transitionRefusal(from, to, QString()).isEmpty());
    }
}

void TestWorkOrderStatus::refusalNamesBothStatuses()
{
    const QString message = cx::transitionRefusal(WorkOrderStatus::Draft, WorkOrderStatus::Closed, QString());
    QVERIFY2(message.contains(u"Draft"_s) && message.contains(u"Closed"_s), qPrintable(message));
    // It also says where the order can go.
    QVERIFY2(message.contains(u"Dispatched"_s), qPrintable(message));
    const QString reason = cx::transitionRefusal(WorkOrderStatus::Closed, WorkOrderStatus::Reopened, QString());
    QVERIFY2(reason.contains(u"Closed"_s) && reason.contains(u"Reopened"_s) && reason.contains(u"reason"_s),
             qPrintable(reason));
}

void TestWorkOrderStatus::names_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<WorkOrderStatus>("status");
    QTest::newRow("chinese draft") << u"草稿"_s << WorkOrderStatus::Draft;
    QTest::newRow("chinese dispatched") << u"已派发"_s << WorkOrderStatus::Dispatched;
    QTest::newRow("chinese in progress") << u" 处理中 "_s << WorkOrderStatus::InProgress;
    QTest::newRow("chinese pending") << u"待验证"_s << WorkOrderStatus::PendingVerification;
    QTest::newRow("chinese closed") << u"已关闭"_s << WorkOrderStatus::Closed;
    QTest::newRow("chinese returned") << u"退回"_s << WorkOrderStatus::Returned;
    QTest::newRow("chinese reopened") << u"重开"_s << WorkOrderStatus::Reopened;
    QTest::newRow("code") << u"pending_verification"_s << WorkOrderStatus::PendingVerification;
    QTest::newRow("english") << u"In progress"_s << WorkOrderStatus::InProgress;
    QTest::newRow("english hyphen") << u"in-progress"_s << WorkOrderStatus::InProgress;
    QTest::newRow("english case") << u"CLOSED"_s << WorkOrderStatus::Closed;
}

void TestWorkOrderStatus::names()
{
    QFETCH(QString, text);
    QFETCH(WorkOrderStatus, status);
    QCOMPARE(cx::parseWorkOrderStatus(text), std::optional<WorkOrderStatus>(status));
}

void TestWorkOrderStatus::codesAreStable()
{
    QStringList codes;
    QStringList chinese;
    for (WorkOrderStatus status : cx::allWorkOrderStatuses()) {
        codes << cx::statusCode(status);
        chinese << cx::statusChineseName(status);
        QCOMPARE(cx::parseWorkOrderStatus(cx::statusCode(status)), std::optional<WorkOrderStatus>(status));
    }
    QCOMPARE(codes, (QStringList{u"draft"_s, u"dispatched"_s, u"in_progress"_s, u"pending_verification"_s,
                                 u"closed"_s, u"returned"_s, u"reopened"_s}));
    QCOMPARE(chinese, (QStringList{u"草稿"_s, u"已派发"_s, u"处理中"_s, u"待验证"_s, u"已关闭"_s, u"退回"_s, u"重开"_s}));
    QVERIFY(!cx::parseWorkOrderStatus(u"完成了"_s));
    QVERIFY(!cx::parseWorkOrderStatus(QString()));
}

QTEST_GUILESS_MAIN(TestWorkOrderStatus)
#include "tst_workorderstatus.moc"
