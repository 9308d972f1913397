#include "views/headlinecard.h"

#include "palette.h"

#include <QKeyEvent>
#include <QLabel>
#include <QMouseEvent>
#include <QVBoxLayout>

namespace cx {

HeadlineCard::HeadlineCard(QWidget *parent)
    : QFrame(parent)
    , m_caption(new QLabel(this))
    , m_value(new QLabel(this))
    , m_change(new QLabel(this))
{
    setFrameShape(QFrame::StyledPanel);
    setFocusPolicy(Qt::StrongFocus);
    setCursor(Qt::PointingHandCursor);
    setMinimumWidth(150);
    QFont valueFont = m_value->font();
    valueFont.setPointSizeF(valueFont.pointSizeF() * 1.8);
    valueFont.setBold(true);
    m_value->setFont(valueFont);
    m_caption->setForegroundRole(QPalette::PlaceholderText);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 8, 12, 8);
    layout->setSpacing(2);
    layout->addWidget(m_caption);
    layout->addWidget(m_value);
    layout->addWidget(m_change);
}

void HeadlineCard::setCaption(const QString &caption)
{
    m_caption->setText(caption);
}

void HeadlineCard::setFigure(const QString &value, const QString &change, Tone tone, const QString &toolTip)
{
    m_value->setText(value);
    m_change->setText(change);
    QPalette colours = m_change->palette();
    colours.setColor(QPalette::WindowText, tone == Tone::Better  ? palette::better()
                                           : tone == Tone::Worse ? palette::worse()
                                                                 : palette::muted());
    m_change->setPalette(colours);
    setToolTip(toolTip);
}

QString HeadlineCard::value() const
{
    return m_value->text();
}

void HeadlineCard::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton && rect().contains(event->position().toPoint()))
        Q_EMIT clicked();
    QFrame::mouseReleaseEvent(event);
}

void HeadlineCard::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter || event->key() == Qt::Key_Space) {
        Q_EMIT clicked();
        return;
    }
    QFrame::keyPressEvent(event);
}

} // namespace cx
