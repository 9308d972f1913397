#include "workorders/workorderstatus.h"

#include "workorders/workordertext.h"

#include <QHash>

namespace cx {

using namespace Qt::StringLiterals;

namespace {

struct StatusInfo
{
    WorkOrderStatus status;
    QString code;
    QString chinese;
    const char *english;
};

const QList<StatusInfo> &statusTable()
{
    static const QList<StatusInfo> table{
        {WorkOrderStatus::Draft, u"draft"_s, u"草稿"_s, QT_TRANSLATE_NOOP("cx::WorkOrderText", "Draft")},
        {WorkOrderStatus::Dispatched, u"dispatched"_s, u"已派发"_s, QT_TRANSLATE_NOOP("cx::WorkOrderText", "Dispatched")},
        {WorkOrderStatus::InProgress, u"in_progress"_s, u"处理中"_s, QT_TRANSLATE_NOOP("cx::WorkOrderText", "In progress")},
        {WorkOrderStatus::PendingVerification, u"pending_verification"_s, u"待验证"_s,
         QT_TRANSLATE_NOOP("cx::WorkOrderText", "Pending verification")},
        {WorkOrderStatus::Closed, u"closed"_s, u"已关闭"_s, QT_TRANSLATE_NOOP("cx::WorkOrderText", "Closed")},
        {WorkOrderStatus::Returned, u"returned"_s, u"退回"_s, QT_TRANSLATE_NOOP("cx::WorkOrderText", "Returned")},
        {WorkOrderStatus::Reopened, u"reopened"_s, u"重开"_s, QT_TRANSLATE_NOOP("cx::WorkOrderText", "Reopened")},
    };
    return table;
}

const StatusInfo &info(WorkOrderStatus status)
{
    return statusTable().at(int(status));
}

// "In progress", "in-progress", "IN_PROGRESS" and "inprogress" are one name.
QString squeezed(const QString &text)
{
    QString key = text.trimmed().toLower();
    key.remove(u' ');
    key.remove(u'-');
    key.remove(u'_');
    return key;
}

struct Transition
{
    WorkOrderStatus from;
    WorkOrderStatus to;
    bool needsReason;
    const char *action;
};

const QList<Transition> &transitionTable()
{
    using S = WorkOrderStatus;
    static const QList<Transition> table{
        {S::Draft, S::Dispatched, false, QT_TRANSLATE_NOOP("cx::WorkOrderText", "Dispatch")},
        {S::Dispatched, S::InProgress, false, QT_TRANSLATE_NOOP("cx::WorkOrderText", "Start work")},
        {S::Dispatched, S::Returned, true, QT_TRANSLATE_NOOP("cx::WorkOrderText", "Return to creator…")},
        {S::InProgress, S::PendingVerification, false, QT_TRANSLATE_NOOP("cx::WorkOrderText", "Report done")},
        {S::InProgress, S::Returned, true, QT_TRANSLATE_NOOP("cx::WorkOrderText", "Return to creator…")},
        {S::PendingVerification, S::Closed, false, QT_TRANSLATE_NOOP("cx::WorkOrderText", "Verify and close")},
        {S::PendingVerification, S::InProgress, true,
         QT_TRANSLATE_NOOP("cx::WorkOrderText", "Verification failed…")},
        {S::Returned, S::Dispatched, false, QT_TRANSLATE_NOOP("cx::WorkOrderText", "Dispatch again")},
        {S::Returned, S::Closed, true, QT_TRANSLATE_NOOP("cx::WorkOrderText", "Withdraw…")},
        {S::Closed, S::Reopened, true, QT_TRANSLATE_NOOP("cx::WorkOrderText", "Reopen…")},
        {S::Reopened, S::InProgress, false, QT_TRANSLATE_NOOP("cx::WorkOrderText", "Resume work")},
    };
    return table;
}

const Transition *findTransition(WorkOrderStatus from, WorkOrderStatus to)
{
    for (const Transition &transition : transitionTable())
        if (transition.from == from && transition.to == to)
            return &transition;
    return nullptr;
}

} // namespace

const QList<WorkOrderStatus> &allWorkOrderStatuses()
{
    static const QList<WorkOrderStatus> statuses = [] {
        QList<WorkOrderStatus> list;
        for (const StatusInfo &status : statusTable())
            list << status.status;
        return list;
    }();
    return statuses;
}

QString statusCode(WorkOrderStatus status)
{
    return info(status).code;
}

QString statusChineseName(WorkOrderStatus status)
{
    return info(status).chinese;
}

QString statusEnglishName(WorkOrderStatus status)
{
    return QString::fromLatin1(info(status).english);
}

QString statusLabel(WorkOrderStatus status)
{
    return WorkOrderText::tr(info(status).english);
}

std::optional<WorkOrderStatus> parseWorkOrderStatus(const QString &text)
{
    static const QHash<QString, WorkOrderStatus> names = [] {
        QHash<QString, WorkOrderStatus> map;
        for (const StatusInfo &status : statusTable()) {
            map.insert(squeezed(status.code), status.status);
            map.insert(status.chinese, status.status);
            map.insert(squeezed(QString::fromLatin1(status.english)), status.status);
        }
        // Names departments write as often as the short ones.
        map.insert(u"已退回"_s, WorkOrderStatus::Returned);
        map.insert(u"已重开"_s, WorkOrderStatus::Reopened);
        map.insert(u"关闭"_s, WorkOrderStatus::Closed);
        map.insert(u"派发"_s, WorkOrderStatus::Dispatched);
        return map;
    }();
    const QString trimmed = text.trimmed();
    if (const auto it = names.constFind(trimmed); it != names.constEnd())
        return *it;
    if (const auto it = names.constFind(squeezed(trimmed)); it != names.constEnd())
        return *it;
    return std::nullopt;
}

QString workOrderStatusChoices()
{
    QStringList choices;
    for (const StatusInfo &status : statusTable())
        choices << u"%1/%2"_s.arg(status.chinese, status.code);
    return choices.join(u", "_s);
}

QList<WorkOrderStatus> allowedTransitions(WorkOrderStatus from)
{
    QList<WorkOrderStatus> targets;
    for (const Transition &transition : transitionTable())
        if (transition.from == from)
            targets << transition.to;
    return targets;
}

bool isTransitionAllowed(WorkOrderStatus from, WorkOrderStatus to)
{
    return findTransition(from, to) != nullptr;
}

bool transitionNeedsReason(WorkOrderStatus from, WorkOrderStatus to)
{
    const Transition *transition = findTransition(from, to);
    return transition && transition->needsReason;
}

QString transitionRefusal(WorkOrderStatus from, WorkOrderStatus to, const QString &reason)
{
    if (from == to)
        return WorkOrderText::tr("The work order is already %1.").arg(statusLabel(to));
    const Transition *transition = findTransition(from, to);
    if (!transition) {
        QStringList allowed;
        for (WorkOrderStatus target : allowedTransitions(from))
            allowed << statusLabel(target);
        return WorkOrderText::tr("A work order cannot go from %1 to %2 (from %1 it can go to: %3).")
            .arg(statusLabel(from), statusLabel(to),
                 allowed.isEmpty() ? WorkOrderText::tr("nowhere") : allowed.join(WorkOrderText::tr(", ")));
    }
    if (transition->needsReason && reason.trimmed().isEmpty())
        return WorkOrderText::tr("Going from %1 to %2 needs a reason.").arg(statusLabel(from), statusLabel(to));
    return {};
}

QString transitionActionLabel(WorkOrderStatus from, WorkOrderStatus to)
{
    const Transition *transition = findTransition(from, to);
    return transition ? WorkOrderText::tr(transition->action) : statusLabel(to);
}

} // namespace cx
