#include "analytics/drivers.h"

#include "analytics/factscope.h"

#include <QHash>
#include <QJsonObject>

#include <algorithm>
#include <cmath>
#include <vector>

namespace cx {

using namespace Qt::StringLiterals;

namespace {

QString cityMonth(const QString &city, const QString &month)
{
    return city + u'\x1f' + month;
}

/// Mean overall score per city-month, and per month over all cities under city ''.
QHash<QString, double> meanSatisfaction(const QSqlDatabase &db, const AnalysisScope &scope)
{
    const SqlConditions c = scope.conditions(u"r"_s, ScopeSurvey);
    QSqlQuery q = runQuery(db,
                           u"SELECT r.city, r.month, sum(r.overall), count(r.overall) FROM survey_response r "
                           "WHERE r.overall IS NOT NULL"_s + c.sql + u" GROUP BY r.city, r.month"_s,
                           c.bindings);
    QHash<QString, double> means;
    QHash<QString, std::pair<double, qint64>> province;
    while (q.next()) {
        const double sum = q.value(2).toDouble();
        const qint64 n = q.value(3).toLongLong();
        means.insert(cityMonth(q.value(0).toString(), q.value(1).toString()), sum / double(n));
        auto &total = province[q.value(1).toString()];
        total.first += sum;
        total.second += n;
    }
    for (auto it = province.cbegin(); it != province.cend(); ++it)
        means.insert(cityMonth(QString(), it.key()), it->first / double(it->second));
    return means;
}

/// One indicator's actuals paired with satisfaction.
struct Pairs
{
    IndicatorDriver driver;
    std::vector<double> cityValues, citySatisfaction;
    std::vector<double> provinceValues, provinceSatisfaction;
    QList<DriverPair> cityPairs, provincePairs;
};

double magnitude(const CorrelationResult &c)
{
    return c.valid ? std::abs(c.r) : -1.0;
}

} // namespace

QList<IndicatorDriver> indicatorDrivers(const QSqlDatabase &db, const AnalysisScope &scope)
{
    const QHash<QString, double> satisfaction = meanSatisfaction(db, scope);

    const std::optional<SqlConditions> c = scope.indicatorValueConditions(u"v"_s);
    if (!c)
        return {};
    QSqlQuery q = runQuery(db,
                           u"SELECT v.code, i.name, i.layer, i.department, v.city, v.month, v.value "
                           "FROM indicator_value v LEFT JOIN indicator i ON i.code = v.code WHERE 1"_s
                               + c->sql + u" ORDER BY v.code, v.month, v.city"_s,
                           c->bindings);
    std::vector<Pairs> indicators;
    while (q.next()) {
        const QString code = q.value(0).toString();
        if (indicators.empty() || indicators.back().driver.code != code) {
            Pairs p;
            p.driver.code = code;
            p.driver.name = q.value(1).toString();
            p.driver.layer = q.value(2).toString();
            p.driver.department = q.value(3).toString();
            indicators.push_back(std::move(p));
        }
        const QString city = q.value(4).toString();
        const auto score = satisfaction.constFind(cityMonth(city, q.value(5).toString()));
        if (score == satisfaction.constEnd())
            continue;
        Pairs &p = indicators.back();
        const double actual = q.value(6).toDouble();
        (city.isEmpty() ? p.provinceValues : p.cityValues).push_back(actual);
        (city.isEmpty() ? p.provinceSatisfaction : p.citySatisfaction).push_back(*score);
        (city.isEmpty() ? p.provincePairs : p.cityPairs).append({city, q.value(5).toString(), actual, *score});
    }

    QList<IndicatorDriver> drivers;
    for (Pairs &p : indicators) {
        const bool byCity = !p.cityValues.empty();
        const std::vector<double> &x = byCity ? p.cityValues : p.provinceValues;
        const std::vector<double> &y = byCity ? p.citySatisfaction : p.provinceSatisfaction;
        p.driver.n = qint64(x.size());
        p.driver.pearson = pearson(x, y);
        p.driver.spearman = spearman(x, y);
        p.driver.pairs = byCity ? std::move(p.cityPairs) : std::move(p.provincePairs);
        drivers << p.driver;
    }
    std::stable_sort(drivers.begin(), drivers.end(), [](const IndicatorDriver &a, const IndicatorDriver &b) {
        if (magnitude(a.spearman) != magnitude(b.spearman))
            return magnitude(a.spearman) > magnitude(b.spearman);
        if (magnitude(a.pearson) != magnitude(b.pearson))
            return magnitude(a.pearson) > magnitude(b.pearson);
        return a.code < b.code;
    });
    return drivers;
}

QJsonArray driversToJson(const QList<IndicatorDriver> &drivers)
{
    QJsonArray array;
    for (const IndicatorDriver &d : drivers) {
        array.append(QJsonObject{
            {u"indicator"_s, d.code},
            {u"name"_s, d.name},
            {u"layer"_s, d.layer},
            {u"department"_s, d.department},
            {u"r_pearson"_s, jsonNumber(d.pearson.r)},
            {u"r_spearman"_s, jsonNumber(d.spearman.r)},
            {u"p"_s, jsonNumber(d.spearman.p)},
            {u"p_pearson"_s, jsonNumber(d.pearson.p)},
            {u"n"_s, d.n},
        });
    }
    return array;
}

} // namespace cx
