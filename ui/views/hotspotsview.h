#pragma once

#include "service/hotspotmodel.h"
#include "views/analysisview.h"

class QLabel;
class QSpinBox;
class QTabBar;
class QTableView;

namespace cx {

class Chart;
class DetailPanel;

/// 热点: the TOP-N complaint categories or pain-point tags (N from 10 to
/// 50) by volume, by increase over the previous month and by 万投比, as a
/// bar chart and a table with keywords (a tag: its categories) and each
/// one's trend; clicking one opens its trend over every month and its
/// complaints.
class HotspotsView : public AnalysisView
{
    Q_OBJECT

public:
    explicit HotspotsView(AnalysisService &service, QWidget *parent = nullptr);

    QString title() const override;
    void applyFocus(const ViewFocus &focus) override;
    void focusSearch() override;
    bool closeDetail() override;

    void setRanking(HotspotRanking ranking);
    /// Ranks categories or pain-point tags.
    void setAxis(HotspotAxis axis);
    void setCount(int count);
    /// Opens the detail of a category.
    void openCategory(const QString &category);
    /// Opens the detail of a pain-point tag.
    void openTag(const QString &tag);
    HotspotModel *model() const { return m_model; }
    Chart *chart() const { return m_chart; }
    DetailPanel *detail() const { return m_detail; }

protected:
    void render() override;
    void retranslateView() override;
    QString missingNotice() const override;

private:
    HotspotRanking ranking() const;
    HotspotAxis axis() const;
    void open(HotspotAxis axis, const QString &name);
    void renderChart();
    void renderDetail();

    QLabel *m_countLabel = nullptr;
    QSpinBox *m_count = nullptr;
    QTabBar *m_axisTabs = nullptr;
    QTabBar *m_tabs = nullptr;
    QLabel *m_note = nullptr;
    Chart *m_chart = nullptr;
    QTableView *m_table = nullptr;
    HotspotModel *m_model = nullptr;
    DetailPanel *m_detail = nullptr;
    QString m_opened;            ///< the category or tag whose detail is open
    HotspotAxis m_openedAxis = HotspotAxis::Category;
};

} // namespace cx
