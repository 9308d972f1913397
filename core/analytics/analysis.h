#pragma once

#include "analytics/alerts.h"
#include "analytics/cubeslice.h"
#include "analytics/drivers.h"
#include "analytics/hotspots.h"
#include "analytics/journey.h"
#include "analytics/productanalysis.h"
#include "analytics/responsibility.h"
#include "analytics/satisfaction.h"
#include "analytics/servicequality.h"

#include <QJsonObject>
#include <QSqlDatabase>

#include <optional>

namespace cx {

/// How much an analysis computes.
struct AnalysisOptions
{
    int hotspotCount = 10; ///< length of each TOP list
    int keywordCount = 5;  ///< keywords per hotspot
    AlertPeriod alertPeriod = AlertPeriod::FilterPeriod;
};

/// What a filter change recomputes from the in-memory cube: the journey
/// matrix, satisfaction and NPS (total, by product, area and month), the
/// hotspots by category and by pain-point tag, the alerts and the service
/// quality (its changes tested over the same period as the alerts).
struct CubeAnalysis
{
    JourneyMatrix journey;
    SatisfactionOverview satisfaction; ///< satisfaction.total.nps is the filter's NPS
    Hotspots hotspots;
    Hotspots tagHotspots;
    QList<Alert> alerts;
    qint64 alertTests = 0; ///< the tests the alerts' Benjamini–Hochberg adjustment ran over
    ServiceQuality service; ///< how the complaints were handled, by department, channel and area
};

/// One slice of the cube and everything computed from it; `openWorkOrders`
/// per stage (openWorkOrdersByStage()) fills the journey's work-order column.
CubeAnalysis analyzeCube(const AnalysisScope &scope, const AnalysisSettings &settings,
                         const AnalysisOptions &options = {}, const QHash<QString, int> &openWorkOrders = {});
/// analyzeCube() of the filter resolved against the cube.
CubeAnalysis analyzeCube(const AnalyticsCube &cube, const AnalysisFilter &filter, const AnalysisSettings &settings,
                         const AnalysisOptions &options = {}, const QHash<QString, int> &openWorkOrders = {});

/// Every analysis of DESIGN.md for one filter: the cube analyses plus the
/// responsibility chains, drivers, lifecycle, funnel and Kano read from the
/// workspace, all of one AnalysisScope.
struct Analysis
{
    AnalysisFilter filter;
    QString fromMonth; ///< the period analysed, resolved against the data
    QString toMonth;
    CubeAnalysis cube;
    QList<ResponsibilityChain> responsibility;
    ResponsibilityMatrix responsibilityMatrix;
    QList<IndicatorDriver> drivers;
    QList<ProductLifecycle> lifecycle;
    QList<ProductFunnel> funnel;
    QList<KanoFeature> kano;

    /// The object `cxwb-cli analyze --json` prints: nps, journey, hotspots
    /// (by increase), alerts, responsibility, lifecycle, funnel, kano,
    /// drivers, plus period, filter, satisfaction, hotspots_by_volume,
    /// hotspots_by_per10k, tag_hotspots (by increase), tag_hotspots_by_volume,
    /// tag_hotspots_by_per10k, untagged_complaints, alert_tests (the size of
    /// the alerts' test family), per10k_basis (what every per10k means:
    /// {basis: "subscriber_months", description, months: those counted,
    /// estimated: below city level the subscribers are estimated}),
    /// responsibility_matrix, and the service quality: service (by
    /// department), service_by_channel, service_by_region, service_total (the
    /// whole scope, per month), service_ranking (departments by 一次解决率 over
    /// the period), service_changes and service_tests.
    QJsonObject toJson() const;
};

/// Analyses a workspace (the file of `db`) for a filter, loading its cube.
/// Empty with a translated message when the workspace cannot be read.
std::optional<Analysis> analyzeWorkspace(const QSqlDatabase &db, const AnalysisFilter &filter,
                                         const AnalysisOptions &options, QString *error);

/// The same with an already loaded cube (reload it after data changes).
Analysis analyzeWorkspace(const QSqlDatabase &db, const AnalyticsCube &cube, const AnalysisFilter &filter,
                          const AnalysisOptions &options = {});

} // namespace cx
