#include "views/detailpanel.h"

#include "charts/chart.h"
#include "complaints/complainttable.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QSplitter>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>

namespace cx {

DetailPanel::DetailPanel(AnalysisService &service, QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_close(new QToolButton(this))
    , m_chart(Chart::create(this))
    , m_complaints(new ComplaintTable(service, this))
{
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_close->setAutoRaise(true);
    m_close->setIcon(style()->standardIcon(QStyle::SP_TitleBarCloseButton));
    auto *heading = new QHBoxLayout;
    heading->addWidget(m_title, 1);
    heading->addWidget(m_close);
    auto *split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(m_chart);
    split->addWidget(m_complaints);
    split->setStretchFactor(0, 2);
    split->setStretchFactor(1, 3);
    m_chart->setMinimumWidth(420);
    split->setChildrenCollapsible(false);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 4, 0, 0);
    layout->addLayout(heading);
    layout->addWidget(split, 1);
    connect(m_close, &QToolButton::clicked, this, [this] {
        hide();
        Q_EMIT closed();
    });
    retranslate();
}

void DetailPanel::showDetail(const QString &title, const ChartData &trend, const ComplaintSelection &complaints)
{
    m_title->setText(title);
    m_chart->setData(trend);
    m_complaints->setSelection(complaints);
    show();
}

QString DetailPanel::title() const
{
    return m_title->text();
}

void DetailPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void DetailPanel::retranslate()
{
    m_close->setToolTip(tr("Close (Esc)"));
    m_chart->setEmptyText(tr("No data to chart for this selection."));
}

} // namespace cx
