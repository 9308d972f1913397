#pragma once

#include "service/jobtracker.h"
#include "views/analysisview.h"

class QComboBox;
class QLabel;
class QSplitter;
class QTableView;

namespace cx {

class DetailPanel;
class EmotionDelegate;
class JourneyComparisonModel;
class JourneyModel;

/// 用户体验地图: the stages as columns in journey order and the lanes of
/// JourneyModel as rows (satisfaction with its light, 满意率, n, the
/// emotion curve, complaints, 万投比, pain points, perception elements,
/// departments, open work orders). Clicking a stage opens its detail: the
/// trend over every month with the alert months marked, and its complaints.
/// Comparison mode puts two months or two regions side by side.
class JourneyView : public AnalysisView
{
    Q_OBJECT

public:
    explicit JourneyView(AnalysisService &service, QWidget *parent = nullptr);
    ~JourneyView() override;

    QString title() const override;
    void applyFocus(const ViewFocus &focus) override;
    void focusSearch() override;
    bool closeDetail() override;

    /// Opens the detail panel of a stage.
    void openStage(const QString &stage);
    QString openStageName() const { return m_stage; }
    JourneyModel *model() const { return m_model; }
    JourneyComparisonModel *comparisonModel() const { return m_comparison; }
    QTableView *table() const { return m_table; }
    DetailPanel *detail() const { return m_detail; }
    /// Compares two months (`regions` false) or two regions of the scope, by index into the choices.
    void compare(bool regions, int a, int b);
    void stopComparing();

protected:
    void render() override;
    void retranslateView() override;
    QString missingNotice() const override;

private:
    void renderDetail();
    void updateCompareChoices();
    void startComparison();
    AnalysisFilter comparedFilter(int choice) const;

    JourneyModel *m_model = nullptr;
    JourneyComparisonModel *m_comparison = nullptr;
    QTableView *m_table = nullptr;
    EmotionDelegate *m_emotion = nullptr;
    QLabel *m_compareLabel = nullptr;
    QComboBox *m_compareMode = nullptr;
    QComboBox *m_compareA = nullptr;
    QComboBox *m_compareB = nullptr;
    QLabel *m_compareArrow = nullptr;
    QLabel *m_compareStatus = nullptr;
    QSplitter *m_splitter = nullptr;
    DetailPanel *m_detail = nullptr;
    QString m_stage;
    JobTracker m_compareJobs;
};

} // namespace cx
