#include "workspace/dimensions.h"

#include <QSqlQuery>

namespace cx {

using namespace Qt::StringLiterals;

Dimensions::Dimensions(QSqlDatabase db)
    : m_db(std::move(db))
{
}

QStringList Dimensions::strings(const QString &sql, const QStringList &bindings) const
{
    QStringList result;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(sql);
    for (const QString &value : bindings)
        q.addBindValue(value);
    if (q.exec())
        while (q.next())
            result << q.value(0).toString();
    return result;
}

QStringList Dimensions::months() const
{
    return strings(u"SELECT month FROM complaint GROUP BY month "
                   "UNION SELECT month FROM survey_response GROUP BY month ORDER BY 1"_s);
}

QStringList Dimensions::products() const
{
    return strings(u"SELECT product FROM complaint WHERE product <> '' GROUP BY product "
                   "UNION SELECT product FROM survey_response WHERE product <> '' GROUP BY product "
                   "UNION SELECT product FROM product_monthly GROUP BY product ORDER BY 1"_s);
}

QStringList Dimensions::childRegions(RegionLevel parentLevel, const QString &parent) const
{
    const QString child = AnalysisFilter::regionColumn(AnalysisFilter::childLevel(parentLevel));
    if (parentLevel == RegionLevel::Province)
        return strings(u"SELECT %1 FROM complaint WHERE %1 <> '' GROUP BY %1 "
                       "UNION SELECT %1 FROM survey_response WHERE %1 <> '' GROUP BY %1 ORDER BY 1"_s.arg(child));
    if (parentLevel == RegionLevel::Grid)
        return {};
    const QString column = AnalysisFilter::regionColumn(parentLevel);
    return strings(u"SELECT %1 FROM complaint WHERE %2 = ? AND %1 <> '' GROUP BY %1 ORDER BY 1"_s.arg(child, column),
                   {parent});
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
