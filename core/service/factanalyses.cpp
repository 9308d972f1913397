#include "service/factanalyses.h"

#include "analytics/journey.h"
#include "settings/workspacesettings.h"

namespace cx {

bool FactAnalyses::has(FactKind kind) const
{
    switch (kind) {
    case FactKind::Attainment:
        return attainment.has_value();
    case FactKind::OpenWorkOrders:
        return openWorkOrders.has_value();
    case FactKind::Responsibility:
        return responsibility.has_value();
    case FactKind::ResponsibilityMatrix:
        return responsibilityMatrix.has_value();
    case FactKind::Drivers:
        return drivers.has_value();
    case FactKind::Lifecycle:
        return lifecycle.has_value();
    case FactKind::Funnel:
        return funnel.has_value();
    case FactKind::Kano:
        return kano.has_value();
    case FactKind::ResponsibilityGraph:
        return responsibilityGraph.has_value();
    case FactKind::ServiceByCity:
        return serviceByCity.has_value();
    }
    return false;
}

void FactAnalyses::take(FactKind kind, FactAnalyses &&other)
{
    switch (kind) {
    case FactKind::Attainment:
        attainment = std::move(other.attainment);
        break;
    case FactKind::OpenWorkOrders:
        openWorkOrders = std::move(other.openWorkOrders);
        break;
    case FactKind::Responsibility:
        responsibility = std::move(other.responsibility);
        break;
    case FactKind::ResponsibilityMatrix:
        responsibilityMatrix = std::move(other.responsibilityMatrix);
        break;
    case FactKind::Drivers:
        drivers = std::move(other.drivers);
        break;
    case FactKind::Lifecycle:
        lifecycle = std::move(other.lifecycle);
        break;
    case FactKind::Funnel:
        funnel = std::move(other.funnel);
        break;
    case FactKind::Kano:
        kano = std::move(other.kano);
        break;
    case FactKind::ResponsibilityGraph:
        responsibilityGraph = std::move(other.responsibilityGraph);
        break;
    case FactKind::ServiceByCity:
        serviceByCity = std::move(other.serviceByCity);
        break;
    }
}

FactAnalyses computeFact(FactKind kind, const QSqlDatabase &db, const AnalysisScope &scope)
{
    FactAnalyses result;
    switch (kind) {
    case FactKind::Attainment:
        result.attainment = indicatorAttainment(db, scope);
        break;
    case FactKind::OpenWorkOrders:
        result.openWorkOrders = openWorkOrdersByStage(db, scope);
        break;
    case FactKind::Responsibility:
        result.responsibility = responsibilityChains(db, scope);
        break;
    case FactKind::ResponsibilityMatrix:
        result.responsibilityMatrix = responsibilityMatrix(db, scope);
        break;
    case FactKind::Drivers:
        result.drivers = indicatorDrivers(db, scope);
        break;
    case FactKind::Lifecycle:
        result.lifecycle = productLifecycles(db, scope);
        break;
    case FactKind::Funnel:
        result.funnel = productFunnels(db, scope);
        break;
    case FactKind::Kano:
        result.kano = kanoFeatures(db, scope);
        break;
    case FactKind::ResponsibilityGraph:
        result.responsibilityGraph = responsibilityFacts(db, scope);
        break;
    case FactKind::ServiceByCity:
        result.serviceByCity =
            serviceQualityByCity(scope, AnalysisSettings::fromWorkspace(WorkspaceSettings(db)));
        break;
    }
    return result;
}

} // namespace cx
