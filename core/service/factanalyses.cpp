#include "service/factanalyses.h"

#include "analytics/cubeslice.h"
#include "analytics/journey.h"
#include "settings/workspacesettings.h"

#include <QMutex>
#include <QMutexLocker>

#include <memory>

namespace cx {

namespace {

// What the fact analyses keep of one cube: the complaints' owners and the
// Kano answers depend only on the workspace's data, and a new cube is loaded
// whenever those change.
class CubeCache
{
public:
    std::shared_ptr<const ComplaintOwners> owners(const QSqlDatabase &db, const AnalysisScope &scope)
    {
        QMutexLocker lock(&m_mutex);
        forgetOtherCube(scope);
        if (!m_owners)
            m_owners = std::make_shared<const ComplaintOwners>(complaintOwners(db, scope.cube().slice(scope)));
        return m_owners;
    }

    std::shared_ptr<const KanoAnswers> kanoAnswers(const QSqlDatabase &db, const AnalysisScope &scope)
    {
        QMutexLocker lock(&m_mutex);
        forgetOtherCube(scope);
        if (!m_kano)
            m_kano = std::make_shared<const KanoAnswers>(KanoAnswers::read(db));
        return m_kano;
    }

private:
    void forgetOtherCube(const AnalysisScope &scope)
    {
        const std::shared_ptr<const AnalyticsCube> &cube = scope.cubePointer();
        if (!m_cube.owner_before(cube) && !cube.owner_before(m_cube) && !m_cube.expired())
            return;
        m_cube = cube;
        m_owners.reset();
        m_kano.reset();
    }

    QMutex m_mutex;
    std::weak_ptr<const AnalyticsCube> m_cube;
    std::shared_ptr<const ComplaintOwners> m_owners;
    std::shared_ptr<const KanoAnswers> m_kano;
};

CubeCache &cubeCache()
{
    static CubeCache cache;
    return cache;
}

} // namespace

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
        result.responsibilityMatrix = responsibilityMatrix(db, scope, *cubeCache().owners(db, scope));
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
        result.kano = kanoFeatures(db, scope, *cubeCache().kanoAnswers(db, scope));
        break;
    case FactKind::ResponsibilityGraph:
        result.responsibilityGraph = responsibilityFacts(db, scope);
        break;
    case FactKind::ServiceByCity:
        return computeCubeFact(kind, scope, AnalysisSettings::fromWorkspace(WorkspaceSettings(db)));
    }
    return result;
}

bool isCubeFact(FactKind kind)
{
    return kind == FactKind::ServiceByCity;
}

FactAnalyses computeCubeFact(FactKind kind, const AnalysisScope &scope, const AnalysisSettings &settings,
                             const std::atomic_bool *stop)
{
    FactAnalyses result;
    if (kind == FactKind::ServiceByCity) {
        QHash<QString, ServiceQuality> byCity = serviceQualityByCity(scope, settings, stop);
        if (!stop || !stop->load(std::memory_order_relaxed))
            result.serviceByCity = std::move(byCity);
    }
    return result;
}

} // namespace cx
