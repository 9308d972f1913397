#include "views/dashboardview.h"

#include "workspace/dimensions.h"
#include "workspace/workspace.h"

#include <QFrame>
#include <QGridLayout>
#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

namespace cx {

using namespace Qt::StringLiterals;

DashboardView::DashboardView(QWidget *parent)
    : WorkspaceView(parent)
    , m_heading(new QLabel(this))
    , m_subtitle(new QLabel(this))
{
    QFont headingFont = m_heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.6);
    headingFont.setBold(true);
    m_heading->setFont(headingFont);
    m_subtitle->setWordWrap(true);

    auto *grid = new QGridLayout;
    grid->setSpacing(16);
    m_complaints = addCard(grid, 0);
    m_responses = addCard(grid, 1);
    m_period = addCard(grid, 2);
    m_products = addCard(grid, 3);
    m_indicators = addCard(grid, 4);
    m_workOrders = addCard(grid, 5);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(32, 24, 32, 24);
    layout->addWidget(m_heading);
    layout->addWidget(m_subtitle);
    layout->addSpacing(16);
    layout->addLayout(grid);
    layout->addStretch();
    retranslate();
}

DashboardView::Card DashboardView::addCard(QGridLayout *grid, int index)
{
    auto *frame = new QFrame(this);
    frame->setFrameShape(QFrame::StyledPanel);
    frame->setMinimumSize(200, 96);
    Card card{new QLabel(frame), new QLabel(frame)};
    QFont valueFont = card.value->font();
    valueFont.setPointSizeF(valueFont.pointSizeF() * 2.0);
    valueFont.setBold(true);
    card.value->setFont(valueFont);
    card.caption->setForegroundRole(QPalette::PlaceholderText);
    auto *layout = new QVBoxLayout(frame);
    layout->addWidget(card.value);
    layout->addWidget(card.caption);
    grid->addWidget(frame, index / 3, index % 3);
    return card;
}

QString DashboardView::title() const
{
    return tr("Dashboard");
}

void DashboardView::retranslate()
{
    m_complaints.caption->setText(tr("Complaint work orders"));
    m_responses.caption->setText(tr("Survey responses"));
    m_period.caption->setText(tr("Period covered"));
    m_products.caption->setText(tr("Products"));
    m_indicators.caption->setText(tr("Indicators (values)"));
    m_workOrders.caption->setText(tr("Improvement work orders"));
    refresh();
}

void DashboardView::refresh()
{
    const QLocale locale;
    if (!workspace()) {
        m_heading->setText(tr("No workspace open"));
        m_subtitle->setText(tr("Create a workspace with File › New, or open one with File › Open, "
                               "then import complaint, survey and product exports."));
        for (Card *card : {&m_complaints, &m_responses, &m_period, &m_products, &m_indicators, &m_workOrders})
            card->value->setText(u"–"_s);
        return;
    }
    const WorkspaceSummary summary = WorkspaceSummary::read(workspace()->database());
    m_heading->setText(workspace()->displayName());
    m_subtitle->setText(tr("%n import(s) in this workspace.", nullptr, int(summary.importBatches)));
    m_complaints.value->setText(locale.toString(summary.complaints));
    m_responses.value->setText(locale.toString(summary.surveyResponses));
    m_period.value->setText(summary.firstMonth.isEmpty() ? u"–"_s
                                                         : u"%1 – %2"_s.arg(summary.firstMonth, summary.lastMonth));
    m_products.value->setText(locale.toString(summary.products));
    m_indicators.value->setText(u"%1 (%2)"_s.arg(locale.toString(summary.indicators),
                                                 locale.toString(summary.indicatorValues)));
    m_workOrders.value->setText(locale.toString(summary.workOrders));
}

} // namespace cx
