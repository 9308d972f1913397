#pragma once

#include "analytics/kano.h"
#include "analytics/lifecycle.h"
#include "analytics/analysisscope.h"

#include <QHash>
#include <QJsonArray>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <array>
#include <optional>
#include <vector>

// Where each product stands (DESIGN.md): its lifecycle and consultation
// curves from the monthly product figures, its experience funnel, and the
// Kano classes of the features its survey asks about. Thin layers over the
// primitives of lifecycle.h and kano.h that read the workspace.
//
// Scope: product figures and funnel rates are province-wide, so only the
// filter's period and products apply to them; the Kano answers follow the
// whole filter.

namespace cx {

/// A product's lifecycle and consultation curves.
struct ProductLifecycle
{
    QString product;
    /// The months used, oldest first: the whole history up to the filter's
    /// end month (a curve's shape needs its history, so the filter's start
    /// month does not cut it). Months without a users figure are left out.
    QStringList months;
    std::vector<double> users;
    std::vector<double> consultations; ///< NaN where the figure is missing
    LifecycleResult lifecycle;         ///< invalid with fewer than 6 months
    ConsultationResult consultation;   ///< invalid when a month lacks consultations
    ConsultationRatioResult ratio;
    std::vector<CampaignZone> zones;   ///< per month; empty unless both curves are valid
    /// Phase of the last month (the filter's end month, or the latest month
    /// with figures before it); empty when the users curve is invalid.
    std::optional<LifecyclePhase> phase;
};

/// Lifecycle of every product in product_monthly (or of the filter's
/// products), sorted by product name.
QList<ProductLifecycle> productLifecycles(const QSqlDatabase &db, const AnalysisScope &scope);

/// Whether two results hold the same products with the same monthly figures
/// (and so the same curves, which follow from them alone).
bool sameFigures(const QList<ProductLifecycle> &a, const QList<ProductLifecycle> &b);

/// "introduction", "growth", "maturity", "decline": the phase as a JSON id.
QString lifecyclePhaseId(LifecyclePhase phase);

/// The `lifecycle` array of `cxwb-cli analyze --json`: product, curve_type
/// (A–D), consult_cycle_type (A–C), confidence (of the users curve), phase
/// (of the last month), wave_width, wave_height, ratio_trend ("falling",
/// "level", "rising"), plus consult_confidence, favourable_trend, ratio_slope,
/// ratio_p, and per month: months, phases, zones (A/B/C, '-' for none).
/// Values that could not be computed are null.
QJsonArray lifecycleToJson(const QList<ProductLifecycle> &lifecycles);

/// One month of a product's experience funnel.
struct FunnelMonth
{
    QString month;
    FunnelRates rates{}; ///< percent, NaN where missing
    ExperienceGap gap;
};

/// A product's funnel over the filter's period.
struct ProductFunnel
{
    QString product;
    QList<FunnelMonth> months; ///< oldest first
    FunnelRates average{};     ///< averageFunnel() of the months
    ExperienceGap averageGap;  ///< the experience gap of the period average
};

/// Funnel of every product with rates in the filter's period (or of the
/// filter's products), sorted by product name.
QList<ProductFunnel> productFunnels(const QSqlDatabase &db, const AnalysisScope &scope);

/// The `funnel` array of `cxwb-cli analyze --json`: per product, one object
/// per month {product, month, awareness, cognition, acceptance, approval,
/// gap_from, gap_to, gap_drop, average: false}, then one for the period
/// average with month "" and average: true (and months: their count).
/// gap_from/gap_to are the rate names 知晓率, 认知率, 认同率, 认可率.
QJsonArray funnelToJson(const QList<ProductFunnel> &funnels);

/// Kano result of one feature.
struct KanoFeature
{
    QString feature;
    KanoTally tally;
    std::optional<KanoClass> kanoClass; ///< tally.dominant()
    /// When the filter names exactly one product: that product's lifecycle
    /// phase and the strategy for the class in it (kanoStrategy()).
    std::optional<LifecyclePhase> phase;
    QString strategy;
};

/// The paired Kano answers of every survey response of a workspace, counted
/// per month, product, city, county, grid, feature and pair of answers: the
/// functional and dysfunctional answers of the same response to the
/// questions of the same feature. One pass over the survey answers; it
/// depends only on the workspace's data, so callers keep it per cube and
/// every filter then only sums it.
class KanoAnswers
{
public:
    static KanoAnswers read(const QSqlDatabase &db);

private:
    friend QList<KanoFeature> kanoFeatures(const QSqlDatabase &db, const AnalysisScope &scope, const KanoAnswers &answers);
    struct Cell
    {
        std::array<int, 6> keys{}; ///< month, product, city, county, grid, feature (into m_values)
        qint64 order = 0;          ///< the feature's first functional question id
        std::optional<KanoAnswer> functional;
        std::optional<KanoAnswer> dysfunctional;
        qint64 n = 0;
    };
    int intern(const QString &value);

    QStringList m_values;
    QHash<QString, int> m_index;
    std::vector<Cell> m_cells;
};

/// Kano classes of every feature asked in the surveys within the filter
/// (period, products and region; the channel names complaint channels): the
/// paired answers of KanoAnswers evaluated with the standard table
/// (KanoTally). A response missing either answer is not counted; an answer
/// that cannot be read counts as unreadable. Sorted by kanoPriority() of the
/// class (M first), then in survey order.
QList<KanoFeature> kanoFeatures(const QSqlDatabase &db, const AnalysisScope &scope, const KanoAnswers &answers);

/// The same, reading the answers first.
QList<KanoFeature> kanoFeatures(const QSqlDatabase &db, const AnalysisScope &scope);

/// The `kano` array of `cxwb-cli analyze --json`: feature, class (one letter,
/// null when nothing was counted), better, worse, counts {A, O, M, I, R, Q},
/// plus n, unreadable, priority, and phase/strategy (null unless one product
/// is filtered).
QJsonArray kanoToJson(const QList<KanoFeature> &features);

} // namespace cx
