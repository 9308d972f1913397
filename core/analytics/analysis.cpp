#include "analytics/analysis.h"

#include "analytics/factscope.h"
#include "settings/workspacesettings.h"

#include <QJsonArray>

namespace cx {

using namespace Qt::StringLiterals;

CubeAnalysis analyzeCube(const AnalyticsCube &cube, const AnalysisFilter &filter, const AnalysisSettings &settings,
                         const AnalysisOptions &options, const QHash<QString, int> &openWorkOrders)
{
    return analyzeCube(cube.scope(filter), settings, options, openWorkOrders);
}

CubeAnalysis analyzeCube(const AnalysisScope &scope, const AnalysisSettings &settings, const AnalysisOptions &options,
                         const QHash<QString, int> &openWorkOrders)
{
    const CubeSlice slice = scope.cube().slice(scope);
    CubeAnalysis result;
    result.journey = journeyMatrix(slice, settings, openWorkOrders);
    result.satisfaction = satisfactionOverview(slice, settings);
    result.hotspots = hotspots(slice, options.hotspotCount, options.keywordCount);
    result.tagHotspots = tagHotspots(slice, options.hotspotCount);
    result.alerts = detectAlerts(slice, settings, options.alertPeriod, &result.alertTests);
    result.service = serviceQuality(slice, settings,
                                    options.alertPeriod == AlertPeriod::WholeHistory ? ServiceChangePeriod::WholeHistory
                                                                                     : ServiceChangePeriod::FilterPeriod);
    return result;
}

std::optional<Analysis> analyzeWorkspace(const QSqlDatabase &db, const AnalysisFilter &filter,
                                         const AnalysisOptions &options, QString *error)
{
    const std::shared_ptr<const AnalyticsCube> cube = AnalyticsCube::load(db, error);
    if (!cube)
        return std::nullopt;
    return analyzeWorkspace(db, *cube, filter, options);
}

Analysis analyzeWorkspace(const QSqlDatabase &db, const AnalyticsCube &cube, const AnalysisFilter &filter,
                          const AnalysisOptions &options)
{
    Analysis analysis;
    analysis.filter = filter;
    const AnalysisScope scope = cube.scope(filter);
    const AnalysisSettings settings = AnalysisSettings::fromWorkspace(WorkspaceSettings(db));
    analysis.cube = analyzeCube(scope, settings, options, openWorkOrdersByStage(db, scope));
    analysis.fromMonth = analysis.cube.journey.fromMonth;
    analysis.toMonth = analysis.cube.journey.toMonth;
    analysis.responsibility = responsibilityChains(db, scope);
    analysis.responsibilityMatrix = responsibilityMatrix(db, scope);
    analysis.drivers = indicatorDrivers(db, scope);
    analysis.lifecycle = productLifecycles(db, scope);
    analysis.funnel = productFunnels(db, scope);
    analysis.kano = kanoFeatures(db, scope);
    return analysis;
}

QJsonObject Analysis::toJson() const
{
    const auto orNull = [](const QString &text) { return text.isEmpty() ? QJsonValue() : QJsonValue(text); };
    return QJsonObject{
        {u"period"_s, QJsonObject{{u"from"_s, orNull(fromMonth)},
                                  {u"to"_s, orNull(toMonth)},
                                  {u"previous"_s, orNull(cube.journey.previousMonth)}}},
        {u"filter"_s, QJsonObject{{u"products"_s, QJsonArray::fromStringList(filter.products)},
                                  {u"region_level"_s, AnalysisFilter::regionColumn(filter.regionLevel())},
                                  {u"region"_s, regionToJson(filter.region)},
                                  {u"channel"_s, filter.channel}}},
        {u"per10k_basis"_s, QJsonObject{{u"basis"_s, u"subscriber_months"_s},
                                        {u"description"_s, u"complaints per 10,000 subscriber-months: the average "
                                                           "monthly 万投比 of the period, weighted by subscribers"_s},
                                        {u"months"_s, QJsonArray::fromStringList(cube.journey.per10kMonths)},
                                        {u"estimated"_s, cube.journey.per10kEstimated}}},
        {u"nps"_s, jsonNumber(cube.satisfaction.total.nps)},
        {u"nps_n"_s, cube.satisfaction.total.npsN},
        {u"satisfaction"_s, satisfactionToJson(cube.satisfaction)},
        {u"journey"_s, journeyToJson(cube.journey)},
        {u"hotspots"_s, hotspotsToJson(cube.hotspots.byIncrease)},
        {u"hotspots_by_volume"_s, hotspotsToJson(cube.hotspots.byVolume)},
        {u"hotspots_by_per10k"_s, hotspotsToJson(cube.hotspots.byPer10k)},
        {u"tag_hotspots"_s, hotspotsToJson(cube.tagHotspots.byIncrease)},
        {u"tag_hotspots_by_volume"_s, hotspotsToJson(cube.tagHotspots.byVolume)},
        {u"tag_hotspots_by_per10k"_s, hotspotsToJson(cube.tagHotspots.byPer10k)},
        {u"untagged_complaints"_s, jsonCount(cube.tagHotspots.untagged)},
        {u"alerts"_s, alertsToJson(cube.alerts)},
        {u"alert_tests"_s, cube.alertTests},
        {u"responsibility"_s, responsibilityToJson(responsibility)},
        {u"responsibility_matrix"_s, responsibilityMatrixToJson(responsibilityMatrix)},
        {u"lifecycle"_s, lifecycleToJson(lifecycle)},
        {u"funnel"_s, funnelToJson(funnel)},
        {u"kano"_s, kanoToJson(kano)},
        {u"drivers"_s, driversToJson(drivers)},
        {u"service"_s, serviceToJson(cube.service, ServiceGrouping::Department)},
        {u"service_by_channel"_s, serviceToJson(cube.service, ServiceGrouping::Channel)},
        {u"service_by_region"_s, serviceToJson(cube.service, ServiceGrouping::Area)},
        {u"service_total"_s, serviceTotalToJson(cube.service)},
        {u"service_ranking"_s,
         serviceRankingToJson(cube.service, ServiceGrouping::Department, ServiceMeasure::FirstTimeRate)},
        {u"service_changes"_s, serviceChangesToJson(cube.service.changes)},
        {u"service_tests"_s, cube.service.tests},
    };
}

} // namespace cx
