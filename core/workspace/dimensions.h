#pragma once

#include "workspace/filter.h"

#include <QSqlDatabase>
#include <QStringList>

namespace cx {

/// The values the filter bar offers, read from a workspace's facts.
class Dimensions
{
public:
    explicit Dimensions(QSqlDatabase db);

    /// Every month with complaints or survey responses, ascending ("YYYY-MM").
    QStringList months() const;
    /// Every product named in complaints, surveys or product figures, sorted.
    QStringList products() const;
    /// The regions one level below `parent` (at `parentLevel`); for Province
    /// with an empty parent, the cities.
    QStringList childRegions(RegionLevel parentLevel, const QString &parent) const;

private:
    QStringList strings(const QString &sql, const QStringList &bindings = {}) const;

    QSqlDatabase m_db;
};

/// Row counts of a workspace, for the dashboard and the command line.
struct WorkspaceSummary
{
    qint64 complaints = 0;
    qint64 surveyResponses = 0;
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
