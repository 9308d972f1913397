#pragma once

#include "workspace/filter.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QVariantList>

#include <memory>
#include <optional>
#include <vector>

namespace cx {

class AnalyticsCube;

/// Which members of a filter apply to a fact table (bit flags).
enum ScopePart : unsigned {
    ScopeFromMonth = 1u, ///< month ≥ fromMonth
    ScopeToMonth = 2u,   ///< month ≤ toMonth
    ScopePeriod = ScopeFromMonth | ScopeToMonth,
    ScopeProducts = 4u,  ///< product in products
    ScopeRegion = 8u,    ///< city, county and grid along the region's path
    ScopeChannel = 16u,  ///< channel equals channel
    ScopeAll = 31u,
    /// Survey responses: the filter's channel names complaint channels
    /// (10086热线, 营业厅, 工信部申诉 …); a survey's source (短信, 二维码 …) is
    /// another list, so the channel never restricts survey answers.
    ScopeSurvey = ScopePeriod | ScopeProducts | ScopeRegion,
};

/// SQL conditions with their positional bindings.
struct SqlConditions
{
    QString sql;           ///< " AND …" for every applied filter member; empty when none applies
    QVariantList bindings; ///< values for the `?` in sql, in order
};

/// An AnalysisFilter resolved once against a cube's dimensions: the one
/// meaning of a filter that the cube slice, the analyses reading facts with
/// SQL (responsibility, drivers, products, Kano, work orders) and the filter
/// bar share.
///
/// - Period: the months from fromMonth to toMonth, inclusive; an empty end is
///   open. In the cube it is clipped to the cube's months.
/// - Products: by name; none named means all.
/// - Region: by path (RegionPath). A row lies in the region when its city,
///   county and grid agree with the path as far as the path goes; a row
///   without the lower level belongs to its parent only (a response without
///   a county is in its city, in none of the city's counties). A path that
///   no complaint or survey response lies in selects nothing, in the cube and
///   in SQL alike. The areas are the regions one level below (the cities of
///   the province, the counties of a city, the grids of a county; a grid is
///   its own area), sorted by name.
/// - Channel: restricts complaints only (see ScopeSurvey).
/// - Indicator actuals are kept per city ('' for the province): the region
///   selects its city's actuals, the province all of them.
class AnalysisScope
{
public:
    /// A null scope selecting nothing; assign one from AnalyticsCube::scope().
    AnalysisScope() = default;
    /// Resolves `filter` against `cube` (which the scope keeps alive).
    AnalysisScope(std::shared_ptr<const AnalyticsCube> cube, const AnalysisFilter &filter);

    bool isNull() const { return !m_cube; }
    const AnalyticsCube &cube() const { return *m_cube; }
    const std::shared_ptr<const AnalyticsCube> &cubePointer() const { return m_cube; }
    const AnalysisFilter &filter() const { return m_filter; }

    /// The period as indices into cube().months(), clipped to them;
    /// firstMonth() > lastMonth() when the period holds no month of the cube.
    int firstMonth() const { return m_first; }
    int lastMonth() const { return m_last; }
    bool hasPeriod() const { return m_first <= m_last; }

    /// The selected products as indices into cube().products(), in cube order.
    const QList<int> &products() const { return m_products; }
    /// Position of a cube product in products(); -1 when not selected.
    int productSlot(int cubeProduct) const { return m_productSlot[std::size_t(cubeProduct)]; }

    /// Whether the filter's region is the province or holds complaints or responses.
    bool regionKnown() const { return m_regionKnown; }
    RegionLevel areaLevel() const { return m_areaLevel; }
    /// The regions one level below the filter's (see the class comment).
    const QList<RegionPath> &areas() const { return m_areas; }
    /// Where a cube region falls: its index in areas(), areas().size() for a
    /// region of the filter's without the lower level (its parent's only), -1
    /// outside the filter's region.
    int areaOf(int cubeRegion) const { return m_areaOf[std::size_t(cubeRegion)]; }

    /// The cube channel the complaints must have; -1 for any. With a channel
    /// the cube does not know, channelKnown() is false and no complaint is selected.
    int channel() const { return m_channel; }
    bool channelKnown() const { return m_channelKnown; }

    /// Conditions selecting the rows of a fact table (complaint,
    /// survey_response, work_order; product_monthly and funnel_rate for
    /// period and products) under `alias` within the given members of the
    /// filter: `alias.month >= ?`, `alias.product IN (…)`, `alias.city = ?
    /// AND alias.county = ? …` along the path, `alias.channel = ?`. An
    /// unknown region selects nothing (" AND 0").
    SqlConditions conditions(const QString &alias, unsigned parts = ScopeAll) const;

    /// Conditions selecting the indicator_value rows (under `alias`) of the
    /// period and, below the province, of the region's city (a county or
    /// grid uses its city's actuals); std::nullopt for an unknown region.
    std::optional<SqlConditions> indicatorValueConditions(const QString &alias) const;

private:
    std::shared_ptr<const AnalyticsCube> m_cube;
    AnalysisFilter m_filter;
    int m_first = 0;
    int m_last = -1;
    QList<int> m_products;
    std::vector<int> m_productSlot;
    bool m_regionKnown = false;
    RegionLevel m_areaLevel = RegionLevel::City;
    QList<RegionPath> m_areas;
    std::vector<int> m_areaOf;
    int m_channel = -1;
    bool m_channelKnown = true;
};

} // namespace cx
