#include "analytics/factscope.h"

#include <QDate>
#include <QSqlError>

#include <cmath>

namespace cx {

using namespace Qt::StringLiterals;

SqlConditions filterConditions(const AnalysisFilter &filter, const QString &alias, unsigned parts)
{
    SqlConditions c;
    const auto add = [&](const QString &condition, const QVariant &value) {
        c.sql += u" AND "_s + alias + u'.' + condition;
        c.bindings << value;
    };
    if (parts & ScopePeriod) {
        if (!filter.fromMonth.isEmpty())
            add(u"month >= ?"_s, filter.fromMonth);
        if (!filter.toMonth.isEmpty())
            add(u"month <= ?"_s, filter.toMonth);
    }
    if ((parts & ScopeProducts) && !filter.products.isEmpty()) {
        QStringList marks;
        for (const QString &product : filter.products) {
            marks << u"?"_s;
            c.bindings << product;
        }
        c.sql += u" AND "_s + alias + u".product IN ("_s + marks.join(u',') + u')';
    }
    if ((parts & ScopeRegion) && !filter.region.isEmpty())
        add(AnalysisFilter::regionColumn(filter.regionLevel) + u" = ?"_s, filter.region);
    if ((parts & ScopeChannel) && !filter.channel.isEmpty())
        add(u"channel = ?"_s, filter.channel);
    return c;
}

QSqlQuery runQuery(const QSqlDatabase &db, const QString &sql, const QVariantList &bindings)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.prepare(sql)) {
        qWarning("cx analytics: cannot prepare a query: %s", qPrintable(q.lastError().text()));
        return q;
    }
    for (const QVariant &value : bindings)
        q.addBindValue(value);
    if (!q.exec())
        qWarning("cx analytics: query failed: %s", qPrintable(q.lastError().text()));
    return q;
}

std::optional<QStringList> indicatorCities(const QSqlDatabase &db, const AnalysisFilter &filter)
{
    if (filter.regionLevel == RegionLevel::Province || filter.region.isEmpty())
        return std::nullopt;
    if (filter.regionLevel == RegionLevel::City)
        return QStringList{filter.region};
    const QString column = AnalysisFilter::regionColumn(filter.regionLevel);
    QSqlQuery q = runQuery(db,
                           u"SELECT city FROM complaint WHERE %1 = ? AND city <> '' GROUP BY city "
                           "UNION SELECT city FROM survey_response WHERE %1 = ? AND city <> '' GROUP BY city"_s
                               .arg(column),
                           {filter.region, filter.region});
    QStringList cities;
    while (q.next())
        cities << q.value(0).toString();
    return cities;
}

std::optional<SqlConditions> indicatorValueConditions(const QSqlDatabase &db, const AnalysisFilter &filter,
                                                      const QString &alias)
{
    SqlConditions c = filterConditions(filter, alias, ScopePeriod);
    if (const std::optional<QStringList> cities = indicatorCities(db, filter)) {
        if (cities->isEmpty())
            return std::nullopt;
        c.sql += u" AND "_s + alias + u".city IN ("_s + QStringList(cities->size(), u"?"_s).join(u',') + u')';
        for (const QString &city : *cities)
            c.bindings << city;
    }
    return c;
}

QString shiftMonth(const QString &month, int months)
{
    const QDate date = QDate::fromString(month + u"-01"_s, u"yyyy-MM-dd"_s);
    return date.isValid() ? date.addMonths(months).toString(u"yyyy-MM"_s) : QString();
}

QJsonValue jsonNumber(double value)
{
    return std::isfinite(value) ? QJsonValue(value) : QJsonValue(QJsonValue::Null);
}

} // namespace cx
