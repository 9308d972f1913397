#pragma once

#include "workorders/workorder.h"
#include "workorders/workordersession.h"

#include <QPointer>
#include <QWidget>

#include <functional>
#include <optional>

class QHBoxLayout;
class QLabel;
class QPushButton;

namespace cx {


/// The head of the selected order: number, title, status and how overdue it
/// is, in words, and one button per transition the table allows from its
/// status (asking for the reason where one is needed), plus Delete for a draft.
class WorkOrderStatusPanel : public QWidget
{
    Q_OBJECT

public:
    /// Asks for a reason (title, prompt); empty optional when the user cancels.
    using ReasonProvider = std::function<std::optional<QString>(const QString &title, const QString &prompt)>;

    explicit WorkOrderStatusPanel(QWidget *parent = nullptr);

    void setSession(WorkOrderSession *session) { m_session = session; }
    void showOrder(const std::optional<WorkOrder> &order);
    /// Replaces the reason dialog (tests, scripted use).
    void setReasonProvider(ReasonProvider provider) { m_askReason = std::move(provider); }

    /// The transition buttons shown, in table order.
    const QList<QPushButton *> &transitionButtons() const { return m_buttons; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void change(WorkOrderStatus to);
    void rebuild();

    QPointer<WorkOrderSession> m_session;
    std::optional<WorkOrder> m_order;
    ReasonProvider m_askReason;
    QLabel *m_number = nullptr;
    QLabel *m_status = nullptr;
    QHBoxLayout *m_actions = nullptr;
    QList<QPushButton *> m_buttons;
    QPushButton *m_delete = nullptr;
};

} // namespace cx
