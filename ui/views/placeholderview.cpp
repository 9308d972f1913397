#include "views/placeholderview.h"

#include <QLabel>
#include <QVBoxLayout>

namespace cx {

PlaceholderView::PlaceholderView(std::function<QString()> title, std::function<QString()> description, QWidget *parent)
    : WorkspaceView(parent)
    , m_title(std::move(title))
    , m_description(std::move(description))
    , m_heading(new QLabel(this))
    , m_text(new QLabel(this))
{
    QFont headingFont = m_heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.6);
    headingFont.setBold(true);
    m_heading->setFont(headingFont);
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::PlainText);
    m_text->setMaximumWidth(720);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(32, 24, 32, 24);
    layout->addWidget(m_heading);
    layout->addSpacing(12);
    layout->addWidget(m_text);
    layout->addStretch();
    retranslate();
}

QString PlaceholderView::title() const
{
    return m_title();
}

void PlaceholderView::retranslate()
{
    m_heading->setText(m_title());
    m_text->setText(m_description());
}

} // namespace cx
