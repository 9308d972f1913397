#include "workorders/workordereditor.h"

#include "workorders/workordersession.h"

#include <QComboBox>
#include <QDateEdit>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QTimer>

#include <cmath>

namespace cx {

using namespace Qt::StringLiterals;

namespace {

// Long enough to save a word, not every keystroke; short enough that a crash loses little.
constexpr int typingPauseMs = 700;

const QDate noDate(2000, 1, 1);

} // namespace

WorkOrderEditor::WorkOrderEditor(QWidget *parent)
    : QWidget(parent)
    , m_form(new QFormLayout(this))
    , m_pause(new QTimer(this))
{
    m_pause->setSingleShot(true);
    m_pause->setInterval(typingPauseMs);
    connect(m_pause, &QTimer::timeout, this, [this] {
        if (m_pending)
            commit(*m_pending, true);
    });
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_form->setRowWrapPolicy(QFormLayout::DontWrapRows);

    using F = WorkOrderField;
    addLine(F::Title);
    addLine(F::Product);
    addLine(F::Stage);
    addLine(F::Touchpoint);
    addLine(F::City);
    addLine(F::County);
    addLine(F::Grid);
    addText(F::Symptom, 3);
    addText(F::Severity, 2);
    addText(F::RootCause, 2);
    addCombo(F::ExperienceLevel, {QString(), u"功能性"_s, u"便利性"_s, u"情感性"_s});
    addCombo(F::KanoClass, {QString(), u"M"_s, u"O"_s, u"A"_s, u"I"_s, u"R"_s, u"Q"_s});
    addText(F::Strategy, 3);
    m_department = addCombo(F::OwnerDepartment, {});
    m_department->setEditable(true);
    addLine(F::Owner);
    addLine(F::CoDepartments);

    m_due = new QDateEdit(this);
    m_due->setCalendarPopup(true);
    m_due->setDisplayFormat(u"yyyy-MM-dd"_s);
    m_due->setMinimumDate(noDate);
    m_due->setObjectName(fieldColumn(F::DueDate));
    connect(m_due, &QDateEdit::editingFinished, this, [this] { commit(WorkOrderField::DueDate, false); });
    m_widgets.insert(F::DueDate, m_due);
    m_labels.insert(F::DueDate, new QLabel(this));
    m_form->addRow(m_labels.value(F::DueDate), m_due);

    addText(F::Progress, 3);
    QLineEdit *metric = addLine(F::Metric);
    metric->setPlaceholderText(u"satisfaction:使用 · complaints:播放卡顿 · indicator:KEI03"_s);
    addLine(F::TargetValue);

    for (QComboBox *combo : {qobject_cast<QComboBox *>(m_widgets.value(F::ExperienceLevel)),
                             qobject_cast<QComboBox *>(m_widgets.value(F::KanoClass))})
        combo->setItemText(0, QString());
    retranslate();
    showOrder(std::nullopt);
}

QLineEdit *WorkOrderEditor::addLine(WorkOrderField field)
{
    auto *edit = new QLineEdit(this);
    edit->setObjectName(fieldColumn(field));
    connect(edit, &QLineEdit::textEdited, this, [this, field] { typed(field); });
    connect(edit, &QLineEdit::editingFinished, this, [this, field] {
        if (m_pending == field)
            commit(field, true);
        if (m_session)
            m_session->endTyping();
    });
    m_widgets.insert(field, edit);
    m_labels.insert(field, new QLabel(this));
    m_form->addRow(m_labels.value(field), edit);
    return edit;
}

QPlainTextEdit *WorkOrderEditor::addText(WorkOrderField field, int lines)
{
    auto *edit = new QPlainTextEdit(this);
    edit->setObjectName(fieldColumn(field));
    edit->setTabChangesFocus(true);
    edit->setFixedHeight(edit->fontMetrics().lineSpacing() * lines + 12);
    edit->installEventFilter(this);
    connect(edit, &QPlainTextEdit::textChanged, this, [this, field] {
        if (!m_loading)
            typed(field);
    });
    m_widgets.insert(field, edit);
    m_labels.insert(field, new QLabel(this));
    m_form->addRow(m_labels.value(field), edit);
    return edit;
}

QComboBox *WorkOrderEditor::addCombo(WorkOrderField field, const QStringList &items)
{
    auto *combo = new QComboBox(this);
    combo->setObjectName(fieldColumn(field));
    combo->addItems(items);
    connect(combo, &QComboBox::activated, this, [this, field] { commit(field, false); });
    m_widgets.insert(field, combo);
    m_labels.insert(field, new QLabel(this));
    m_form->addRow(m_labels.value(field), combo);
    return combo;
}

void WorkOrderEditor::setSession(WorkOrderSession *session)
{
    flush();
    m_session = session;
    if (!session)
        showOrder(std::nullopt);
}

void WorkOrderEditor::setDepartments(const QStringList &departments)
{
    const QString current = m_department->currentText();
    m_loading = true;
    m_department->clear();
    m_department->addItem(QString());
    m_department->addItems(departments);
    m_department->setCurrentText(current);
    m_loading = false;
}

bool WorkOrderEditor::eventFilter(QObject *watched, QEvent *event)
{
    // A text box that loses focus saves at once and ends its typing run.
    if (event->type() == QEvent::FocusOut)
        for (auto it = m_widgets.cbegin(); it != m_widgets.cend(); ++it)
            if (it.value() == watched) {
                if (m_pending == it.key())
                    commit(it.key(), true);
                if (m_session)
                    m_session->endTyping();
            }
    return QWidget::eventFilter(watched, event);
}

QString WorkOrderEditor::widgetText(WorkOrderField field) const
{
    QWidget *widget = m_widgets.value(field);
    if (auto *line = qobject_cast<QLineEdit *>(widget))
        return line->text().trimmed();
    if (auto *text = qobject_cast<QPlainTextEdit *>(widget))
        return text->toPlainText().trimmed();
    if (auto *combo = qobject_cast<QComboBox *>(widget))
        return combo->currentText().trimmed();
    if (widget == m_due)
        return m_due->date() == noDate ? QString() : m_due->date().toString(Qt::ISODate);
    return {};
}

void WorkOrderEditor::setWidgetText(WorkOrderField field, const QString &text)
{
    QWidget *widget = m_widgets.value(field);
    if (auto *line = qobject_cast<QLineEdit *>(widget)) {
        if (line->text() != text)
            line->setText(text);
    } else if (auto *plain = qobject_cast<QPlainTextEdit *>(widget)) {
        if (plain->toPlainText() != text)
            plain->setPlainText(text);
    } else if (auto *combo = qobject_cast<QComboBox *>(widget)) {
        combo->setCurrentText(text);
    } else if (widget == m_due) {
        const QDate date = QDate::fromString(text, Qt::ISODate);
        m_due->setDate(date.isValid() ? date : noDate);
    }
}

void WorkOrderEditor::showOrder(const std::optional<WorkOrder> &order)
{
    if (order && m_order && order->id != m_order->id)
        flush();
    m_order = order;
    m_loading = true;
    for (auto it = m_widgets.cbegin(); it != m_widgets.cend(); ++it) {
        const WorkOrderField field = it.key();
        // What the user is typing stays; everything else shows the stored order.
        if (order && m_pending == field && it.value()->hasFocus())
            continue;
        QString text = order ? order->value(field) : QString();
        if (field == WorkOrderField::TargetValue && order && std::isfinite(order->targetValue))
            text = QString::number(order->targetValue, 'g', 6);
        setWidgetText(field, text);
        it.value()->setEnabled(order && m_session && !order->deletedAt.isValid());
    }
    m_loading = false;
}

void WorkOrderEditor::typed(WorkOrderField field)
{
    if (m_loading || !m_order)
        return;
    if (m_pending && *m_pending != field)
        commit(*m_pending, true);
    m_pending = field;
    m_pause->start();
}

void WorkOrderEditor::flush()
{
    if (m_pending)
        commit(*m_pending, true);
}

void WorkOrderEditor::commit(WorkOrderField field, bool typing)
{
    if (m_pending == field) {
        m_pending.reset();
        m_pause->stop();
    }
    if (m_loading || !m_order || !m_session)
        return;
    QString text = widgetText(field);
    if (text == m_order->value(field))
        return;
    if (field == WorkOrderField::TargetValue && !text.isEmpty()) {
        bool ok = false;
        const double value = QLocale().toDouble(text, &ok);
        const double plain = ok ? value : text.toDouble(&ok);
        if (!ok) {
            Q_EMIT invalidInput(tr("The target must be a number, e.g. 8.2 or 0.75; \"%1\" was not saved.").arg(text));
            return;
        }
        text = QString::number(plain, 'g', 15);
    }
    if (field == WorkOrderField::Metric) {
        QString error;
        if (!text.isEmpty() && !MetricSpec::parse(text, &error)) {
            Q_EMIT invalidInput(error);
            return;
        }
        Q_EMIT metricEdited(m_order->id, text.isEmpty() ? QString() : MetricSpec::parse(text)->toString());
        return;
    }
    m_session->setField(m_order->id, field, text, typing);
}

void WorkOrderEditor::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void WorkOrderEditor::retranslate()
{
    for (auto it = m_labels.cbegin(); it != m_labels.cend(); ++it)
        it.value()->setText(fieldLabel(it.key()));
    m_due->setSpecialValueText(tr("no due date"));
    m_widgets.value(WorkOrderField::Symptom)->setToolTip(tr("What customers experience (表现)."));
    m_widgets.value(WorkOrderField::CoDepartments)->setToolTip(tr("Departments that help, separated by 、 or commas."));
    m_widgets.value(WorkOrderField::Metric)
        ->setToolTip(tr("What the effect is measured on: satisfaction:STAGE, satisfied_rate:STAGE, "
                        "complaints:CATEGORY, per10k:CATEGORY or indicator:CODE. Its baseline is the value in the "
                        "latest month with data."));
}

} // namespace cx
