#include "settings/workspacesettings.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

#include <array>
#include <limits>

namespace cx {

using namespace Qt::StringLiterals;

namespace {

struct Declaration
{
    QLatin1StringView key;
    QMetaType::Type type;
    double minimum;
    double maximum;
};

// The one place a workspace setting is declared.
constexpr std::array declarations{
    Declaration{"satisfaction.satisfiedScore"_L1, QMetaType::Int, 1, 10},
    Declaration{"satisfaction.target"_L1, QMetaType::Double, 0, 10},
    Declaration{"satisfaction.rateTargetPercent"_L1, QMetaType::Double, 0, 100},
    Declaration{"nps.target"_L1, QMetaType::Double, -100, 100},
    Declaration{"complaints.per10kTarget"_L1, QMetaType::Double, 0, 10000},
    Declaration{"alerts.minScoreDrop"_L1, QMetaType::Double, 0, 10},
    Declaration{"alerts.minRateDropPoints"_L1, QMetaType::Double, 0, 100},
    Declaration{"alerts.minCountIncreasePercent"_L1, QMetaType::Double, 0, 10000},
    Declaration{"alerts.significanceLevel"_L1, QMetaType::Double, 0.0001, 0.5},
    Declaration{"lights.amberMargin"_L1, QMetaType::Double, 0, 10},
    Declaration{"lights.per10kAmberRatio"_L1, QMetaType::Double, 1, 100},
    Declaration{"lights.rateAmberPoints"_L1, QMetaType::Double, 0, 100},
    Declaration{"lights.npsAmberPoints"_L1, QMetaType::Double, 0, 200},
    Declaration{"service.overdueHours"_L1, QMetaType::Double, 0.1, 10000},
    // Category → hours; a JSON object in the table.
    Declaration{"service.overdueHoursByCategory"_L1, QMetaType::QVariantMap, 0.1, 10000},
    Declaration{"service.resolvedRateTargetPercent"_L1, QMetaType::Double, 0, 100},
    Declaration{"service.firstTimeRateTargetPercent"_L1, QMetaType::Double, 0, 100},
    Declaration{"service.repeatRateTargetPercent"_L1, QMetaType::Double, 0, 100},
    Declaration{"service.escalationRateTargetPercent"_L1, QMetaType::Double, 0, 100},
    Declaration{"service.overdueRateTargetPercent"_L1, QMetaType::Double, 0, 100},
    Declaration{"service.callbackSatisfiedRateTargetPercent"_L1, QMetaType::Double, 0, 100},
    Declaration{"service.regulatorPerMillionTarget"_L1, QMetaType::Double, 0, 1000000},
    Declaration{"lights.serviceAmberPoints"_L1, QMetaType::Double, 0, 100},
    Declaration{"privacy.keepFullPhoneNumbers"_L1, QMetaType::Bool, 0, 1},
    Declaration{"import.timeZone"_L1, QMetaType::QString, 0, 0}, // an IANA id; empty: the system's
};

const Declaration *find(const QString &key)
{
    for (const Declaration &declaration : declarations)
        if (declaration.key == key)
            return &declaration;
    return nullptr;
}

const QJsonObject &defaults()
{
    static const QJsonObject object = [] {
        QFile file(u":/defaults/settings.json"_s);
        file.open(QIODevice::ReadOnly);
        return QJsonDocument::fromJson(file.readAll()).object();
    }();
    return object;
}

// A map of numbers in the declared range, from a map or its JSON text; invalid otherwise.
QVariant validatedMap(const Declaration &declaration, const QVariant &value)
{
    QVariantMap map;
    if (value.metaType().id() == QMetaType::QVariantMap) {
        map = value.toMap();
    } else if (value.metaType().id() == QMetaType::QJsonObject) {
        map = value.toJsonObject().toVariantMap();
    } else {
        const QJsonDocument document = QJsonDocument::fromJson(value.toString().toUtf8());
        if (!document.isObject())
            return {};
        map = document.object().toVariantMap();
    }
    for (auto it = map.begin(); it != map.end(); ++it) {
        bool ok = false;
        const double number = it.value().toDouble(&ok);
        if (!ok || number < declaration.minimum || number > declaration.maximum)
            return {};
        it.value() = number;
    }
    return map;
}

// The value converted to the declared type, or an invalid QVariant.
QVariant validated(const Declaration &declaration, const QVariant &value)
{
    if (declaration.type == QMetaType::QVariantMap)
        return value.isValid() ? validatedMap(declaration, value) : QVariant();
    QVariant converted = value;
    if (!converted.isValid() || !converted.convert(QMetaType(declaration.type)))
        return {};
    if (declaration.type == QMetaType::QString) { // the text settings are time zone ids
        const QString id = converted.toString();
        return id.isEmpty() || QTimeZone(id.toUtf8()).isValid() ? converted : QVariant();
    }
    if (declaration.type != QMetaType::Bool) {
        const double number = converted.toDouble();
        if (number < declaration.minimum || number > declaration.maximum)
            return {};
    }
    return converted;
}

} // namespace

WorkspaceSettings::WorkspaceSettings(QSqlDatabase db)
    : m_db(std::move(db))
{
}

QStringList WorkspaceSettings::keys()
{
    QStringList result;
    for (const Declaration &declaration : declarations)
        result << QString(declaration.key);
    return result;
}

QVariant WorkspaceSettings::defaultValue(const QString &key) const
{
    const Declaration *declaration = find(key);
    return declaration ? validated(*declaration, defaults().value(key).toVariant()) : QVariant();
}

QVariant WorkspaceSettings::value(const QString &key) const
{
    const Declaration *declaration = find(key);
    if (!declaration)
        return {};
    QSqlQuery q(m_db);
    q.prepare(u"SELECT value FROM setting WHERE key = ?"_s);
    q.addBindValue(key);
    if (q.exec() && q.next()) {
        const QVariant stored = validated(*declaration, q.value(0));
        if (stored.isValid())
            return stored;
    }
    return defaultValue(key);
}

bool WorkspaceSettings::setValue(const QString &key, const QVariant &value)
{
    const Declaration *declaration = find(key);
    if (!declaration)
        return false;
    const QVariant checked = validated(*declaration, value);
    if (!checked.isValid())
        return false;
    QSqlQuery q(m_db);
    q.prepare(u"INSERT INTO setting(key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value"_s);
    q.addBindValue(key);
    q.addBindValue(declaration->type == QMetaType::QVariantMap
                       ? QString::fromUtf8(QJsonDocument(QJsonObject::fromVariantMap(checked.toMap())).toJson(QJsonDocument::Compact))
                       : checked.toString());
    return q.exec();
}

int WorkspaceSettings::satisfiedScore() const { return value(u"satisfaction.satisfiedScore"_s).toInt(); }
double WorkspaceSettings::satisfactionTarget() const { return value(u"satisfaction.target"_s).toDouble(); }
double WorkspaceSettings::per10kTarget() const { return value(u"complaints.per10kTarget"_s).toDouble(); }
double WorkspaceSettings::alertMinScoreDrop() const { return value(u"alerts.minScoreDrop"_s).toDouble(); }
double WorkspaceSettings::alertMinRateDropPoints() const { return value(u"alerts.minRateDropPoints"_s).toDouble(); }
double WorkspaceSettings::alertMinCountIncreasePercent() const
{
    return value(u"alerts.minCountIncreasePercent"_s).toDouble();
}
double WorkspaceSettings::significanceLevel() const { return value(u"alerts.significanceLevel"_s).toDouble(); }
double WorkspaceSettings::amberMargin() const { return value(u"lights.amberMargin"_s).toDouble(); }
double WorkspaceSettings::per10kAmberRatio() const { return value(u"lights.per10kAmberRatio"_s).toDouble(); }
double WorkspaceSettings::satisfiedRateTargetPercent() const { return value(u"satisfaction.rateTargetPercent"_s).toDouble(); }
double WorkspaceSettings::satisfiedRateAmberPoints() const { return value(u"lights.rateAmberPoints"_s).toDouble(); }
double WorkspaceSettings::npsTarget() const { return value(u"nps.target"_s).toDouble(); }
double WorkspaceSettings::npsAmberPoints() const { return value(u"lights.npsAmberPoints"_s).toDouble(); }
bool WorkspaceSettings::keepFullPhoneNumbers() const { return value(u"privacy.keepFullPhoneNumbers"_s).toBool(); }
QTimeZone WorkspaceSettings::importTimeZone() const
{
    const QString id = value(u"import.timeZone"_s).toString();
    return id.isEmpty() ? QTimeZone::systemTimeZone() : QTimeZone(id.toUtf8());
}

double WorkspaceSettings::overdueHours() const { return value(u"service.overdueHours"_s).toDouble(); }
QHash<QString, double> WorkspaceSettings::overdueHoursByCategory() const
{
    QHash<QString, double> hours;
    const QVariantMap map = value(u"service.overdueHoursByCategory"_s).toMap();
    for (auto it = map.begin(); it != map.end(); ++it)
        hours.insert(it.key(), it.value().toDouble());
    return hours;
}
double WorkspaceSettings::serviceTargetPercent(const QString &measure) const
{
    const QVariant target = value(u"service.%1TargetPercent"_s.arg(measure));
    return target.isValid() ? target.toDouble() : std::numeric_limits<double>::quiet_NaN();
}
double WorkspaceSettings::regulatorPerMillionTarget() const
{
    return value(u"service.regulatorPerMillionTarget"_s).toDouble();
}
double WorkspaceSettings::serviceAmberPoints() const { return value(u"lights.serviceAmberPoints"_s).toDouble(); }

} // namespace cx
