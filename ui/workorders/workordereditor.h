#pragma once

#include "workorders/workorder.h"
#include "workorders/workorderhistory.h"
#include "workorders/workordersession.h"

#include <QHash>
#include <QPointer>
#include <QWidget>

#include <functional>
#include <optional>

class QComboBox;
class QDateEdit;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QTimer;

namespace cx {


/// The fields of one work order, each saved as soon as it is edited:
/// lines and texts after a short pause in typing and when they lose focus
/// (consecutive saves of one field merge into one undo step while typing),
/// lists and dates when chosen. Every DESIGN.md field is here; the status
/// changes through WorkOrderStatusPanel, the metric through metricEdited()
/// (its baseline is read from the data first).
class WorkOrderEditor : public QWidget
{
    Q_OBJECT

public:
    explicit WorkOrderEditor(QWidget *parent = nullptr);

    /// The session edits are saved through; null disables the editor.
    void setSession(WorkOrderSession *session);
    void setDepartments(const QStringList &departments);
    /// Shows an order (none: an empty, disabled form). A field the user is
    /// typing in keeps its text.
    void showOrder(const std::optional<WorkOrder> &order);
    qint64 orderId() const { return m_order ? m_order->id : 0; }

    /// Saves what is still waiting for the end of a typing pause.
    void flush();

    /// The widget editing a field (for tests), null for fields without one.
    QWidget *fieldWidget(WorkOrderField field) const { return m_widgets.value(field); }

Q_SIGNALS:
    /// The metric text was changed (validated): the view records its baseline and saves both.
    void metricEdited(qint64 orderId, const QString &metric);
    /// A text that could not be saved as typed (a target that is no number ...).
    void invalidInput(const QString &message);

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QLineEdit *addLine(WorkOrderField field);
    QPlainTextEdit *addText(WorkOrderField field, int lines);
    QComboBox *addCombo(WorkOrderField field, const QStringList &items);
    void retranslate();
    QString widgetText(WorkOrderField field) const;
    void setWidgetText(WorkOrderField field, const QString &text);
    void typed(WorkOrderField field);
    void commit(WorkOrderField field, bool typing);

    QPointer<WorkOrderSession> m_session;
    std::optional<WorkOrder> m_order;
    QFormLayout *m_form = nullptr;
    QHash<WorkOrderField, QWidget *> m_widgets;
    QHash<WorkOrderField, QLabel *> m_labels;
    QDateEdit *m_due = nullptr;
    QComboBox *m_department = nullptr;
    QTimer *m_pause = nullptr;
    std::optional<WorkOrderField> m_pending; ///< typed, not yet saved
    bool m_loading = false;
};

} // namespace cx
