#include "workorders/workorderstatuspanel.h"

#include "workorders/workordersession.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace cx {

using namespace Qt::StringLiterals;

WorkOrderStatusPanel::WorkOrderStatusPanel(QWidget *parent)
    : QWidget(parent)
    , m_number(new QLabel(this))
    , m_status(new QLabel(this))
    , m_actions(new QHBoxLayout)
    , m_delete(new QPushButton(this))
{
    m_askReason = [this](const QString &title, const QString &prompt) -> std::optional<QString> {
        bool ok = false;
        const QString reason = QInputDialog::getMultiLineText(this, title, prompt, QString(), &ok);
        return ok ? std::optional<QString>(reason) : std::nullopt;
    };
    QFont heading = m_number->font();
    heading.setPointSizeF(heading.pointSizeF() * 1.25);
    heading.setBold(true);
    m_number->setFont(heading);
    m_number->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_number->setWordWrap(true);
    m_status->setWordWrap(true);
    m_delete->setObjectName(u"deleteDraft"_s);
    connect(m_delete, &QPushButton::clicked, this, [this] {
        if (m_session && m_order)
            m_session->deleteDraft(m_order->id);
    });

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_number);
    layout->addWidget(m_status);
    m_actions->addStretch(1);
    m_actions->addWidget(m_delete);
    layout->addLayout(m_actions);
    showOrder(std::nullopt);
}

void WorkOrderStatusPanel::showOrder(const std::optional<WorkOrder> &order)
{
    m_order = order;
    rebuild();
}

void WorkOrderStatusPanel::rebuild()
{
    qDeleteAll(m_buttons);
    m_buttons.clear();
    m_delete->setText(tr("&Delete Draft"));
    m_delete->setToolTip(tr("A deleted draft keeps its number and history; Edit › Undo brings it back."));
    if (!m_order) {
        m_number->setText(tr("No work order selected"));
        m_status->setText(tr("Choose a work order in the list, or create one with New Work Order."));
        m_delete->hide();
        return;
    }
    m_number->setText(u"%1  %2"_s.arg(m_order->number, m_order->title));
    QString status = tr("Status: %1 (%2)").arg(statusLabel(m_order->status), statusChineseName(m_order->status));
    if (const int overdue = m_order->overdueDays(QDate::currentDate()); overdue > 0)
        status += u"  ·  "_s + overdueText(overdue);
    if (m_order->effect)
        status += u"  ·  "_s + tr("Effect: %1").arg(effectLabel(*m_order->effect));
    m_status->setText(status);
    m_delete->setVisible(m_order->status == WorkOrderStatus::Draft);
    int position = 0;
    for (WorkOrderStatus to : allowedTransitions(m_order->status)) {
        auto *button = new QPushButton(transitionActionLabel(m_order->status, to), this);
        button->setObjectName(u"to_"_s + statusCode(to));
        button->setToolTip(tr("%1 → %2").arg(statusLabel(m_order->status), statusLabel(to)));
        connect(button, &QPushButton::clicked, this, [this, to] { change(to); });
        m_actions->insertWidget(position++, button);
        m_buttons << button;
    }
}

void WorkOrderStatusPanel::change(WorkOrderStatus to)
{
    if (!m_session || !m_order)
        return;
    QString reason;
    if (transitionNeedsReason(m_order->status, to)) {
        const std::optional<QString> given =
            m_askReason(transitionActionLabel(m_order->status, to).remove(u'…'),
                        tr("Why does %1 go from %2 to %3? The reason is kept in its history.")
                            .arg(m_order->number, statusLabel(m_order->status), statusLabel(to)));
        if (!given)
            return;
        reason = given->trimmed();
    }
    m_session->changeStatus(m_order->id, to, reason);
}

void WorkOrderStatusPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        rebuild();
    QWidget::changeEvent(event);
}

} // namespace cx
