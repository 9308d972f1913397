#pragma once

#include "service/factanalyses.h"
#include "views/viewfocus.h"
#include "views/workspaceview.h"

#include <memory>

class QLabel;
class QPushButton;
class QStackedWidget;

namespace cx {

class AnalysisService;
class NoticeBar;
struct DeskAnalysis;

/// Base of the views that render the analysis service's results: a heading
/// with the scope shown (products · region · period) and whether it is being
/// updated, and a page saying what is missing (no workspace, nothing
/// imported, the analysis being prepared, no data in the period) with the
/// action that fixes it, instead of an empty chart. Views render only while
/// visible; a hidden view renders when it is shown.
class AnalysisView : public WorkspaceView
{
    Q_OBJECT

public:
    AnalysisView(AnalysisService &service, QWidget *parent = nullptr);

    /// Selects what a navigation asked for (a stage, a category).
    virtual void applyFocus(const ViewFocus &focus);
    /// Puts the keyboard focus in the view's search field, if it has one.
    virtual void focusSearch() { }
    /// Closes the view's detail panel; false when none was open.
    virtual bool closeDetail() { return false; }
    /// Whether the view shows the result of the current filter.
    bool isUpToDate() const;
    /// Whether the view shows all of the current filter's result: up to date
    /// and, when it shows content rather than a state page, its content drawn
    /// (isContentShown()). What a grab waits for.
    bool isResultShown() const;
    /// The sentence shown instead of the content (empty while the content is shown).
    QString stateMessage() const;
    /// The button offered with it ("Import…", "Cancel"); empty for none.
    QString stateAction() const;
    /// The notice above the content saying what part of the data is missing; empty for none.
    QString noticeText() const;

Q_SIGNALS:
    /// isResultShown() became true.
    void resultShown();
    void navigateRequested(const cx::ViewFocus &focus);
    void importRequested();

protected:
    AnalysisService &service() const { return m_service; }
    /// The result shown; null when none.
    std::shared_ptr<const DeskAnalysis> result() const;
    /// The page shown when there is a result; called once by the subclass.
    void setContent(QWidget *content);
    /// Esc anywhere in the view calls closeDetail(), for views with a detail page.
    void closeDetailOnEscape();
    /// Asks for the view's fact analyses as soon as the filter changes, while
    /// the view is visible: they are computed beside the desk's analysis
    /// rather than after it.
    void requestOnFilterChange(const QList<FactKind> &kinds);
    /// Whether the content shows all of result(): its fact analyses computed and drawn.
    virtual bool isContentShown() const { return true; }
    /// Emits resultShown() when isResultShown(): called when the last part the view owes is drawn.
    void reportShown();
    /// A notice above the content (what part of the data is missing).
    NoticeBar *notice() const { return m_notice; }
    /// Draws result(); called when a result arrives or the language changes, while visible.
    virtual void render() = 0;
    /// What the view cannot show for want of data (no survey data for the
    /// journey's satisfaction, no complaints for the hotspots); empty when nothing.
    virtual QString missingNotice() const { return {}; }
    /// Parts of the data a view may lack.
    enum MissingPart {
        MissingSurveys = 1,
        MissingComplaints = 2,
        MissingSubscribers = 4,
        MissingPreviousMonth = 8,
        StaleKeywords = 16, ///< keywords and tags being recomputed after the word lists were edited
    };
    using MissingParts = int;
    /// A sentence for each of `parts` the workspace lacks, saying what to import.
    QStringList missingData(MissingParts parts) const;
    /// Extra text after the scope in the heading (e.g. the month compared).
    virtual QString scopeDetail() const { return {}; }
    /// Whether the view shows the alerts of the whole history, which arrive
    /// after the rest of a result (AnalysisService::isComplete()).
    virtual bool needsHistory() const { return false; }

    void refresh() override;
    void retranslate() override;
    /// Texts of the subclass; called by retranslate() before render().
    virtual void retranslateView() { }
    void showEvent(QShowEvent *event) override;

private:
    void update();
    /// Shows the page for the service's state; true when there is a result to render.
    bool showState();
    void updateHeading();

    AnalysisService &m_service;
    QLabel *m_title = nullptr;
    QLabel *m_scope = nullptr;
    QLabel *m_busy = nullptr;
    QStackedWidget *m_pages = nullptr;
    QWidget *m_statePage = nullptr;
    QLabel *m_stateText = nullptr;
    QPushButton *m_stateAction = nullptr;
    NoticeBar *m_notice = nullptr;
    QWidget *m_content = nullptr;
    std::shared_ptr<const DeskAnalysis> m_rendered;
    bool m_dirty = true;
    enum class StateAction { None, Import, Cancel, Retry } m_action = StateAction::None;
};

} // namespace cx
