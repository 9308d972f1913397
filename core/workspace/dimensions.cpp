#include "workspace/dimensions.h"

#include <QSqlQuery>

namespace cx {

using namespace Qt::StringLiterals;

bool FilterOptions::hasRegion(const RegionPath &region) const
{
    return region.isProvince() || childRegions(region.parent()).contains(region.name());
}

WorkspaceSummary WorkspaceSummary::read(const QSqlDatabase &db)
{
    WorkspaceSummary summary;
    QSqlQuery q(db);
    auto number = [&q](const QString &sql) -> qint64 {
        return q.exec(sql) && q.next() ? q.value(0).toLongLong() : 0;
    };
    summary.hasComplaints = number(u"SELECT EXISTS (SELECT 1 FROM complaint)"_s) != 0;
    summary.surveyResponses = number(u"SELECT count(*) FROM survey_response"_s);
    summary.productMonths = number(u"SELECT count(*) FROM product_monthly"_s);
    summary.indicators = number(u"SELECT count(*) FROM indicator"_s);
    summary.indicatorValues = number(u"SELECT count(*) FROM indicator_value"_s);
    return summary;
}

} // namespace cx
