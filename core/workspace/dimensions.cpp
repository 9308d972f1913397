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
    auto count = [&q](const QString &table) -> qint64 {
        return q.exec(u"SELECT count(*) FROM %1"_s.arg(table)) && q.next() ? q.value(0).toLongLong() : 0;
    };
    summary.complaints = count(u"complaint"_s);
    summary.surveyResponses = count(u"survey_response"_s);
    summary.productMonths = count(u"product_monthly"_s);
    summary.indicators = count(u"indicator"_s);
    summary.indicatorValues = count(u"indicator_value"_s);
    summary.workOrders = count(u"work_order"_s);
    summary.importBatches = count(u"import_batch"_s);
    if (q.exec(u"SELECT count(*) FROM (SELECT product FROM complaint WHERE product <> '' "
               "UNION SELECT product FROM survey_response WHERE product <> '' "
               "UNION SELECT product FROM product_monthly)"_s)
        && q.next())
        summary.products = q.value(0).toLongLong();
    if (q.exec(u"SELECT min(m), max(m) FROM (SELECT min(month) AS m FROM complaint UNION ALL "
               "SELECT max(month) FROM complaint UNION ALL SELECT min(month) FROM survey_response UNION ALL "
               "SELECT max(month) FROM survey_response)"_s)
        && q.next()) {
        summary.firstMonth = q.value(0).toString();
        summary.lastMonth = q.value(1).toString();
    }
    return summary;
}

} // namespace cx
