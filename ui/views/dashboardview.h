#pragma once

#include "views/analysisview.h"

class QLabel;
class QListWidget;
class QTabBar;
class QTableView;

namespace cx {

class HeadlineCard;
class HotspotModel;
class ProductStatusModel;

/// 总览: the traffic-light overview of the period's last month against the
/// month before: headline cards (complaints, responses, NPS, satisfaction),
/// the product × measure grid with lights, the significant alerts of the
/// period as sentences, and the TOP10 hotspots by volume, increase and
/// 万投比 with keywords and sparklines. Every item opens the view that
/// explains it.
class DashboardView : public AnalysisView
{
    Q_OBJECT

public:
    explicit DashboardView(AnalysisService &service, QWidget *parent = nullptr);

    QString title() const override;

    /// The texts of the alert list (for tests and the report).
    QStringList alertTexts() const;
    HotspotModel *hotspotModel() const { return m_hotspots; }
    ProductStatusModel *statusModel() const { return m_status; }
    QTabBar *hotspotTabs() const { return m_hotspotTabs; }

protected:
    void render() override;
    void retranslateView() override;
    QString missingNotice() const override;
    QString scopeDetail() const override;

private:
    void renderCards();
    void renderAlerts();
    void renderHotspots();
    void renderAttainment();
    void openProduct(int row);
    void openAlert(int row);
    void openHotspot(int row);

    HeadlineCard *m_complaints = nullptr;
    HeadlineCard *m_responses = nullptr;
    HeadlineCard *m_nps = nullptr;
    HeadlineCard *m_satisfaction = nullptr;
    QLabel *m_gridTitle = nullptr;
    QTableView *m_grid = nullptr;
    ProductStatusModel *m_status = nullptr;
    QLabel *m_alertsTitle = nullptr;
    QListWidget *m_alerts = nullptr;
    QLabel *m_hotspotsTitle = nullptr;
    QTabBar *m_hotspotTabs = nullptr;
    QTableView *m_hotspotTable = nullptr;
    HotspotModel *m_hotspots = nullptr;
};

} // namespace cx
