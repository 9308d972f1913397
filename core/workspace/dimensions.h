#pragma once

#include "workspace/filter.h"

#include <QHash>
#include <QSqlDatabase>
#include <QStringList>

namespace cx {

/// The values the filter bar offers, taken from a loaded analysis cube
/// (AnalyticsCube::filterOptions()), never from scans of the facts.
struct FilterOptions
{
    QStringList months;   ///< every month from the first to the last with complaints or survey responses, ascending
    QStringList products; ///< every product named in complaints, surveys or product figures, sorted
    QStringList channels; ///< complaint intake channels, sorted
    /// Sorted names of the regions one level below each region (key: the
    /// parent's RegionPath::names(), empty for the province). Rows without a
    /// lower level belong to their parent only and name no child.
    QHash<QStringList, QStringList> children;

    bool operator==(const FilterOptions &) const = default;

    /// The regions one level below `parent` (the cities for the province).
    QStringList childRegions(const RegionPath &parent) const { return children.value(parent.names()); }
    /// Whether `region` is a region of the data (the province always is).
    bool hasRegion(const RegionPath &region) const;
};

/// Row counts of a workspace, for the dashboard and the command line.
struct WorkspaceSummary
{
    qint64 complaints = 0;
    qint64 surveyResponses = 0;
    qint64 products = 0; ///< distinct products of complaints, surveys and product figures
    qint64 productMonths = 0;
    qint64 indicators = 0;
    qint64 indicatorValues = 0;
    qint64 workOrders = 0;
    qint64 importBatches = 0;
    QString firstMonth;
    QString lastMonth;

    static WorkspaceSummary read(const QSqlDatabase &db);
};

} // namespace cx
