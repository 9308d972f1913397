#include "analytics/factscope.h"

#include <QDate>
#include <QSqlError>

#include <cmath>

namespace cx {

using namespace Qt::StringLiterals;

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

QString shiftMonth(const QString &month, int months)
{
    const QDate date = QDate::fromString(month + u"-01"_s, u"yyyy-MM-dd"_s);
    return date.isValid() ? date.addMonths(months).toString(u"yyyy-MM"_s) : QString();
}

QJsonValue jsonNumber(double value)
{
    return std::isfinite(value) ? QJsonValue(value) : QJsonValue(QJsonValue::Null);
}

QJsonValue jsonCount(const std::optional<qint64> &count)
{
    return count ? QJsonValue(*count) : QJsonValue(QJsonValue::Null);
}

QJsonArray regionToJson(const RegionPath &region)
{
    return QJsonArray::fromStringList(region.names());
}

} // namespace cx
