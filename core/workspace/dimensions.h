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

/// What a workspace holds, for the notices of the views that lack some
/// kind of data. Read after every load, so it never scans the complaints:
/// whether there are any is all a view asks of them.
struct WorkspaceSummary
{
    bool hasComplaints = false;
    qint64 surveyResponses = 0;
    qint64 productMonths = 0;
    qint64 indicators = 0;
    qint64 indicatorValues = 0;

    static WorkspaceSummary read(const QSqlDatabase &db);
};

} // namespace cx
