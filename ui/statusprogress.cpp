#include "statusprogress.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QToolButton>

namespace cx {

StatusProgress::StatusProgress(QWidget *parent)
    : QWidget(parent)
    , m_text(new QLabel(this))
    , m_bar(new QProgressBar(this))
    , m_cancel(new QToolButton(this))
{
    m_bar->setMaximumWidth(160);
    m_bar->setTextVisible(false);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_text);
    layout->addWidget(m_bar);
    layout->addWidget(m_cancel);
    connect(m_cancel, &QToolButton::clicked, this, &StatusProgress::cancelRequested);
    m_cancel->setText(tr("Cancel"));
    hide();
}

void StatusProgress::showProgress(int permille, const QString &text)
{
    m_text->setText(text);
    if (permille < 0) {
        m_bar->setRange(0, 0);
    } else {
        m_bar->setRange(0, 1000);
        m_bar->setValue(permille);
    }
    show();
}

void StatusProgress::finish()
{
    hide();
    m_text->clear();
}

QString StatusProgress::text() const
{
    return isHidden() ? QString() : m_text->text();
}

void StatusProgress::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        m_cancel->setText(tr("Cancel"));
    QWidget::changeEvent(event);
}

} // namespace cx
