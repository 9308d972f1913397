#pragma once

#include "analytics/analysisscope.h"
#include "analytics/drivers.h"
#include "analytics/productanalysis.h"
#include "analytics/responsibilitygraph.h"
#include "analytics/servicequality.h"

#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <atomic>
#include <optional>

namespace cx {

/// The analyses that read the facts rather than the cube. Each is computed
/// on demand, per view, on a worker connection (AnalysisService::request()),
/// and kept for the current filter.
enum class FactKind {
    Attainment,           ///< indicator attainment of the period's last month and the month before
    OpenWorkOrders,       ///< improvement work orders not closed, per journey stage
    Responsibility,       ///< responsibility chains
    ResponsibilityMatrix, ///< stage × department matrix
    Drivers,              ///< indicator drivers of satisfaction
    Lifecycle,            ///< product lifecycle and consultation curves
    Funnel,               ///< experience funnel
    Kano,                 ///< Kano classes
    ResponsibilityGraph,  ///< indicator tree and every actual of the period (responsibility map)
    ServiceByCity,        ///< the departments' handling per city (serviceQualityByCity(); the map's tooltips)
};

inline constexpr int factKindCount = int(FactKind::ServiceByCity) + 1;

/// Results of the fact analyses for one filter; a kind not computed (yet)
/// is empty.
struct FactAnalyses
{
    std::optional<QList<IndicatorAttainment>> attainment;
    std::optional<QHash<QString, int>> openWorkOrders;
    std::optional<QList<ResponsibilityChain>> responsibility;
    std::optional<cx::ResponsibilityMatrix> responsibilityMatrix;
    std::optional<QList<IndicatorDriver>> drivers;
    std::optional<QList<ProductLifecycle>> lifecycle;
    std::optional<QList<ProductFunnel>> funnel;
    std::optional<QList<KanoFeature>> kano;
    std::optional<ResponsibilityFacts> responsibilityGraph;
    std::optional<QHash<QString, ServiceQuality>> serviceByCity;

    bool has(FactKind kind) const;
    /// Moves `kind` over from `other`.
    void take(FactKind kind, FactAnalyses &&other);
};

/// Computes one kind for `scope` from the workspace behind `db` (a
/// connection of the calling thread); the result holds only that kind.
/// Attainment reads the scope's period as given: the caller narrows it to
/// the months it wants.
FactAnalyses computeFact(FactKind kind, const QSqlDatabase &db, const AnalysisScope &scope);

/// Whether `kind` is computed from the cube alone, reading no table: it
/// needs no connection to the workspace (computeCubeFact()).
bool isCubeFact(FactKind kind);

/// Computes a kind for which isCubeFact() holds, with the workspace's
/// analysis settings; the result holds only that kind. Once `*stop` is set
/// (a job left behind) it stops early and the result holds nothing.
FactAnalyses computeCubeFact(FactKind kind, const AnalysisScope &scope, const AnalysisSettings &settings,
                             const std::atomic_bool *stop = nullptr);

} // namespace cx
