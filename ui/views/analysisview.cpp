#include "views/analysisview.h"

#include "service/analysisservice.h"
#include "service/deskformat.h"
#include "views/noticebar.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QShortcut>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace cx {

using namespace Qt::StringLiterals;

AnalysisView::AnalysisView(AnalysisService &service, QWidget *parent)
    : WorkspaceView(parent)
    , m_service(service)
    , m_title(new QLabel(this))
    , m_scope(new QLabel(this))
    , m_busy(new QLabel(this))
    , m_pages(new QStackedWidget(this))
    , m_statePage(new QWidget(this))
    , m_stateText(new QLabel(m_statePage))
    , m_stateAction(new QPushButton(m_statePage))
    , m_notice(new NoticeBar(this))
{
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.35);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_scope->setTextFormat(Qt::PlainText);
    m_scope->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_busy->setForegroundRole(QPalette::PlaceholderText);
    m_stateText->setWordWrap(true);
    m_stateText->setTextFormat(Qt::PlainText);
    m_stateText->setAlignment(Qt::AlignCenter);

    auto *stateLayout = new QVBoxLayout(m_statePage);
    stateLayout->setContentsMargins(80, 0, 80, 0);
    stateLayout->addStretch();
    stateLayout->addWidget(m_stateText);
    stateLayout->addSpacing(12);
    stateLayout->addWidget(m_stateAction, 0, Qt::AlignHCenter);
    stateLayout->addStretch(3);
    m_pages->addWidget(m_statePage);

    auto *heading = new QHBoxLayout;
    heading->addWidget(m_title);
    heading->addSpacing(16);
    heading->addWidget(m_scope, 1);
    heading->addWidget(m_busy);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 8, 12, 8);
    layout->setSpacing(6);
    layout->addLayout(heading);
    layout->addWidget(m_notice);
    layout->addWidget(m_pages, 1);

    connect(m_stateAction, &QPushButton::clicked, this, [this] {
        switch (m_action) {
        case StateAction::Import:
            Q_EMIT importRequested();
            break;
        case StateAction::Cancel:
            m_service.cancelLoading();
            break;
        case StateAction::Retry:
            m_service.reload();
            break;
        case StateAction::None:
            break;
        }
    });
    connect(m_notice, &NoticeBar::actionTriggered, this, &AnalysisView::importRequested);
    connect(&m_service, &AnalysisService::resultReady, this, &AnalysisView::update);
    connect(&m_service, &AnalysisService::statusChanged, this, &AnalysisView::update);
    connect(&m_service, &AnalysisService::busyChanged, this, &AnalysisView::updateHeading);
}

void AnalysisView::closeDetailOnEscape()
{
    auto *escape = new QShortcut(QKeySequence(Qt::Key_Escape), this, nullptr, nullptr, Qt::WidgetWithChildrenShortcut);
    connect(escape, &QShortcut::activated, this, &AnalysisView::closeDetail);
}

void AnalysisView::requestOnFilterChange(const QList<FactKind> &kinds)
{
    connect(&m_service, &AnalysisService::filterChanged, this, [this, kinds] {
        if (isVisible())
            for (FactKind kind : kinds)
                m_service.request(kind);
    });
}

void AnalysisView::setContent(QWidget *content)
{
    m_content = content;
    m_pages->addWidget(content);
}

std::shared_ptr<const DeskAnalysis> AnalysisView::result() const
{
    return m_service.result();
}

bool AnalysisView::isUpToDate() const
{
    return !m_dirty && m_rendered == m_service.result() && m_service.isCurrent()
        && (!needsHistory() || m_service.isComplete());
}

QString AnalysisView::stateMessage() const
{
    return m_pages->currentWidget() == m_statePage ? m_stateText->text() : QString();
}

QString AnalysisView::stateAction() const
{
    return m_pages->currentWidget() == m_statePage && m_action != StateAction::None ? m_stateAction->text() : QString();
}

QString AnalysisView::noticeText() const
{
    return m_notice->text();
}

void AnalysisView::applyFocus(const ViewFocus &)
{
}

void AnalysisView::refresh()
{
    update();
}

void AnalysisView::retranslate()
{
    retranslateView();
    m_dirty = true;
    update();
}

void AnalysisView::showEvent(QShowEvent *event)
{
    WorkspaceView::showEvent(event);
    if (m_dirty || m_rendered != m_service.result())
        update();
}

void AnalysisView::update()
{
    if (!isVisible()) {
        m_dirty = true;
        return;
    }
    m_dirty = false;
    m_rendered = m_service.result();
    if (showState()) {
        m_notice->showNotice(missingNotice(), missingNotice().isEmpty() ? QString() : tr("Import…"));
        render();
    } else {
        m_notice->showNotice({});
    }
    updateHeading();
    reportShown();
}

bool AnalysisView::isResultShown() const
{
    return isUpToDate() && (m_pages->currentWidget() != m_content || isContentShown());
}

void AnalysisView::reportShown()
{
    if (isResultShown())
        Q_EMIT resultShown();
}

bool AnalysisView::showState()
{
    QString text;
    m_action = StateAction::None;
    const std::shared_ptr<const DeskAnalysis> analysis = m_service.result();
    switch (m_service.status()) {
    case AnalysisService::Status::NoWorkspace:
        text = tr("No workspace open. Create a workspace with File › New Workspace, or open one with File › Open "
                  "Workspace; then import complaint, survey and product exports.");
        break;
    case AnalysisService::Status::Loading:
        text = tr("%1\nThe window stays usable meanwhile; the status bar shows the progress.")
                   .arg(m_service.statusMessage());
        m_action = StateAction::Cancel;
        break;
    case AnalysisService::Status::Failed:
        text = tr("The workspace could not be analysed: %1").arg(m_service.statusMessage());
        m_action = StateAction::Retry;
        break;
    case AnalysisService::Status::Cancelled:
        text = tr("Preparing the analysis was cancelled, so there is nothing to show yet.");
        m_action = StateAction::Retry;
        break;
    case AnalysisService::Status::Ready:
        if (!analysis) {
            text = tr("Computing the analysis…");
        } else if (!m_service.summary().hasComplaints && m_service.summary().surveyResponses == 0) {
            text = tr("This workspace holds no complaints or survey responses yet. Import complaint work orders and "
                      "satisfaction survey exports (CSV or Excel) to see where customers hurt.");
            m_action = StateAction::Import;
        } else if (analysis->complaints == 0 && analysis->responses == 0) {
            text = tr("No complaints or survey responses for %1. Choose other products, another region or another "
                      "channel in the filter bar.")
                       .arg(DeskFormat::scope(analysis->filter, {}, {}).section(u" · "_s, 0, -2));
        } else if (!analysis->hasPeriod()) {
            text = tr("No data in the period chosen (%1 – %2). The data runs from %3 to %4: choose a period in "
                      "the filter bar.")
                       .arg(analysis->filter.fromMonth, analysis->filter.toMonth, analysis->months.value(0),
                            analysis->months.value(analysis->months.size() - 1));
        }
        break;
    }
    if (text.isEmpty() && m_content) {
        m_pages->setCurrentWidget(m_content);
        return true;
    }
    m_stateText->setText(text);
    switch (m_action) {
    case StateAction::Import:
        m_stateAction->setText(tr("Import…"));
        break;
    case StateAction::Cancel:
        m_stateAction->setText(tr("Cancel"));
        break;
    case StateAction::Retry:
        m_stateAction->setText(tr("Prepare the Analysis"));
        break;
    case StateAction::None:
        break;
    }
    m_stateAction->setVisible(m_action != StateAction::None);
    m_pages->setCurrentWidget(m_statePage);
    return false;
}

QStringList AnalysisView::missingData(MissingParts parts) const
{
    QStringList lines;
    const WorkspaceSummary &summary = m_service.summary();
    const std::shared_ptr<const DeskAnalysis> analysis = m_service.result();
    if ((parts & StaleKeywords) && m_service.isRecomputingText())
        lines << tr("Keywords and pain-point tags are being recomputed with the edited word lists: those shown are "
                    "of the lists before.");
    if ((parts & MissingSurveys) && summary.surveyResponses == 0)
        lines << tr("No survey responses in this workspace: satisfaction, 满意率 and NPS need a satisfaction survey "
                    "export.");
    if ((parts & MissingComplaints) && !summary.hasComplaints)
        lines << tr("No complaints in this workspace: complaint counts, 万投比 and hotspots need complaint work orders.");
    if ((parts & MissingSubscribers) && summary.hasComplaints && summary.productMonths == 0)
        lines << tr("No product monthly figures: 万投比 needs the subscribers (users) of each product and month.");
    if ((parts & MissingPreviousMonth) && analysis && analysis->hasPeriod() && analysis->previousMonth.isEmpty())
        lines << tr("Only one month of data (%1): changes against the previous month need the month before as well.")
                     .arg(analysis->month);
    return lines;
}

void AnalysisView::updateHeading()
{
    m_title->setText(title());
    const std::shared_ptr<const DeskAnalysis> analysis = m_service.result();
    QString scope;
    if (analysis && analysis->hasPeriod()) {
        scope = DeskFormat::scope(analysis->filter, analysis->period.journey.fromMonth, analysis->period.journey.toMonth);
        if (const QString detail = scopeDetail(); !detail.isEmpty())
            scope += u" · "_s + detail;
    }
    m_scope->setText(scope);
    const bool updating = m_service.status() == AnalysisService::Status::Ready
        && (m_service.isComputing() || !m_service.isCurrent() || (needsHistory() && !m_service.isComplete()));
    m_busy->setText(updating ? tr("Updating…") : QString());
}

} // namespace cx
