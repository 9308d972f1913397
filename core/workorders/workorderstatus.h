#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace cx {

/// Where an improvement work order (改进工单) stands. Stored as a stable code
/// (statusCode()), shown translated (statusLabel()), and named on the command
/// line and in spreadsheets by the Chinese names of DESIGN.md.
enum class WorkOrderStatus {
    Draft,               ///< 草稿: being written by the analyst
    Dispatched,          ///< 已派发: sent to the owning department
    InProgress,          ///< 处理中: the department works on it
    PendingVerification, ///< 待验证: the department reports it done; the analyst checks the effect
    Closed,              ///< 已关闭
    Returned,            ///< 退回: the department sent it back to the creator
    Reopened,            ///< 重开: a closed order that came back
};

/// Every status in the order of the closed loop.
const QList<WorkOrderStatus> &allWorkOrderStatuses();

/// "draft", "dispatched", "in_progress", "pending_verification", "closed", "returned", "reopened".
QString statusCode(WorkOrderStatus status);
/// 草稿, 已派发, 处理中, 待验证, 已关闭, 退回, 重开 (what DESIGN.md, the spreadsheets and the CLI use).
QString statusChineseName(WorkOrderStatus status);
/// "Draft", "Dispatched", "In progress", "Pending verification", "Closed", "Returned", "Reopened".
QString statusEnglishName(WorkOrderStatus status);
/// The name in the interface language.
QString statusLabel(WorkOrderStatus status);

/// A status from its code, Chinese or English name (case and spaces,
/// hyphens and underscores ignored for the English ones); empty when unknown.
std::optional<WorkOrderStatus> parseWorkOrderStatus(const QString &text);
/// The names parseWorkOrderStatus() accepts, for messages: "草稿/draft, 已派发/dispatched, …".
QString workOrderStatusChoices();

/// The transition table of the closed loop:
///
/// | from     | to                                   |
/// |----------|--------------------------------------|
/// | 草稿     | 已派发                               |
/// | 已派发   | 处理中, 退回*                        |
/// | 处理中   | 待验证, 退回*                        |
/// | 待验证   | 已关闭, 处理中* (verification failed)|
/// | 退回     | 已派发 (revised), 已关闭* (withdrawn)|
/// | 已关闭   | 重开*                                |
/// | 重开     | 处理中                               |
///
/// (* a reason is required.) Undo and redo of the session's own edits
/// restore the status the order had and are not bound by the table.
QList<WorkOrderStatus> allowedTransitions(WorkOrderStatus from);
bool isTransitionAllowed(WorkOrderStatus from, WorkOrderStatus to);
/// Whether moving from `from` to `to` needs a reason (退回, 重开, a failed
/// verification, withdrawing a returned order).
bool transitionNeedsReason(WorkOrderStatus from, WorkOrderStatus to);

/// Why a status change is refused, naming both statuses; empty when it is
/// allowed (a needed reason missing is refused too).
QString transitionRefusal(WorkOrderStatus from, WorkOrderStatus to, const QString &reason);

/// The action that leads to `to` from `from`, for buttons and menus: "Dispatch", "Return…", "Reopen…".
QString transitionActionLabel(WorkOrderStatus from, WorkOrderStatus to);

} // namespace cx
