#pragma once

#include "views/analysisview.h"

class QLabel;
class QTableView;

namespace cx {

class DriversModel;
class ScatterChart;
struct ChartData;
struct IndicatorDriver;

/// KCI → KQI → KPI drivers: the indicators ranked by how strongly their
/// actuals go with satisfaction across city-months (Spearman's ρ and
/// Pearson's r, each with n and p; insignificant ones greyed, the threshold
/// in the legend), beside the scatter of the selected indicator's
/// city-months with its least-squares line and r².
class DriversView : public AnalysisView
{
    Q_OBJECT

public:
    explicit DriversView(AnalysisService &service, QWidget *parent = nullptr);

    QString title() const override;

    DriversModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    ScatterChart *chart() const { return m_chart; }
    /// Selects an indicator (by code) and shows its scatter; false when it is not ranked.
    bool selectIndicator(const QString &code);
    /// The code of the indicator whose scatter is shown; empty for none.
    QString selectedCode() const;

    /// The scatter of a driver's city-months (x = actual, y = mean overall
    /// satisfaction) with its fitted line; the largest deviations labelled.
    static ChartData scatter(const IndicatorDriver &driver);

protected:
    void render() override;
    void retranslateView() override;
    QString missingNotice() const override;

private:
    void renderDrivers();
    void showScatter();

    QLabel *m_legend = nullptr;
    QTableView *m_table = nullptr;
    DriversModel *m_model = nullptr;
    ScatterChart *m_chart = nullptr;
};

} // namespace cx
