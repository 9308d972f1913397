#include "workorders/workorder.h"

#include "workorders/workordertext.h"

#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QRegularExpression>

#include <algorithm>
#include <cmath>

namespace cx {

using namespace Qt::StringLiterals;

namespace {

const QList<CodedLabel<WorkOrderField>> &fieldTable()
{
    using F = WorkOrderField;
    static const QList<CodedLabel<WorkOrderField>> table{
        {F::Title, u"title"_s, QT_TRANSLATE_NOOP("cx::WorkOrderText", "Title")},
        {F::Product, u"product"_s, QT_TRANSLATE_NOOP("cx::WorkOrderText", "Product")},
        {F::Stage, u"stage"_s, QT_TRANSLATE_NOOP("cx::WorkOrderText", "Journey stage")},
        {F::Touchpoint, u"touchpoint"_s, QT_TRANSLATE_NOOP("cx::WorkOrderText", "Touchpoint")},
        {F::Province, u"province"_s, QT_TRANSLATE_NOOP("cx::WorkOrderText", "Province")},
        {F::City, u"city"_s, QT_TRANSLATE_NOOP("cx::WorkOrderText", "City")},
        {F::County, u"county"_s, QT_TRANSLATE_NOOP("cx::WorkOrderText", "County")},
        {F::Grid, u"grid"_s, QT_TRANSLATE_NOOP("cx::WorkOrderText", "Grid")},
        {F::Symptom, u"symptom"_s, QT_TRANSLATE_NOOP("cx::WorkOrderText", "Symptom")},
        {F::Severity, u"severity"_s, QT_TRANSLATE_NOOP("cx::WorkOrderText", "Severity")},
        {F::Evidence, u"evidence"_s, QT_TRANSLATE_NOOP("cx::WorkOrderText", "Evidence")},
        {F::RootCause, u"root_cause"_s, QT_TRANSLATE_NOOP("cx::WorkOrderText", "Root cause")},
        {F::ExperienceLevel, u"experience_level"_s, QT_TRANSLATE_NOOP("cx::WorkOrderText", "Experience level")},
        {F::KanoClass, u"kano_class"_s, QT_TRANSLATE_NOOP("cx::WorkOrderText", "Kano class")},
        {F::Strategy, u"strategy"_s, QT_TRANSLATE_NOOP("cx::WorkOrderText", "Strategy")},
        {F::OwnerDepartment, u"owner_department"_s, QT_TRANSLATE_NOOP("cx::WorkOrderText", "Owner department")},
        {F::Owner, u"owner"_s, QT_TRANSLATE_NOOP("cx::WorkOrderText", "Owner")},
        {F::CoDepartments, u"co_departments"_s, QT_TRANSLATE_NOOP("cx::WorkOrderText", "Co-departments")},
        {F::DueDate, u"due_date"_s, QT_TRANSLATE_NOOP("cx::WorkOrderText", "Due date")},
        {F::Status, u"status"_s, QT_TRANSLATE_NOOP("cx::WorkOrderText", "Status")},
        {F::Progress, u"progress"_s, QT_TRANSLATE_NOOP("cx::WorkOrderText", "Progress")},
        {F::Metric, u"metric"_s, QT_TRANSLATE_NOOP("cx::WorkOrderText", "Metric")},
        {F::TargetValue, u"target_value"_s, QT_TRANSLATE_NOOP("cx::WorkOrderText", "Target")},
        {F::BaselineMonth, u"baseline_month"_s, QT_TRANSLATE_NOOP("cx::WorkOrderText", "Baseline month")},
        {F::BaselineValue, u"baseline_value"_s, QT_TRANSLATE_NOOP("cx::WorkOrderText", "Baseline")},
        {F::BaselineN, u"baseline_n"_s, QT_TRANSLATE_NOOP("cx::WorkOrderText", "Baseline n")},
        {F::Deleted, u"deleted_at"_s, QT_TRANSLATE_NOOP("cx::WorkOrderText", "Deleted")},
    };
    return table;
}

QString numberText(double value)
{
    return std::isfinite(value) ? QString::number(value, 'g', 15) : QString();
}

bool parseNumber(const QString &text, double *value)
{
    if (text.isEmpty()) {
        *value = kNaN;
        return true;
    }
    bool ok = false;
    const double parsed = text.toDouble(&ok);
    if (!ok || !std::isfinite(parsed))
        return false;
    *value = parsed;
    return true;
}

QString timestampText(const QDateTime &at)
{
    return at.isValid() ? at.toUTC().toString(Qt::ISODateWithMs) : QString();
}

} // namespace

const QList<WorkOrderField> &allWorkOrderFields()
{
    static const QList<WorkOrderField> fields = [] {
        QList<WorkOrderField> list;
        for (const CodedLabel<WorkOrderField> &info : fieldTable())
            list << info.value;
        return list;
    }();
    return fields;
}

QString fieldColumn(WorkOrderField field)
{
    return codedLabel(fieldTable(), field).code;
}

std::optional<WorkOrderField> fieldFromColumn(const QString &column)
{
    return valueOfCode(fieldTable(), column);
}

QString fieldLabel(WorkOrderField field)
{
    return codedLabel(fieldTable(), field).translated();
}

QString WorkOrder::value(WorkOrderField field) const
{
    using F = WorkOrderField;
    switch (field) {
    case F::Title: return title;
    case F::Product: return product;
    case F::Stage: return stage;
    case F::Touchpoint: return touchpoint;
    case F::Province: return province;
    case F::City: return city;
    case F::County: return county;
    case F::Grid: return grid;
    case F::Symptom: return symptom;
    case F::Severity: return severity;
    case F::Evidence: return evidence;
    case F::RootCause: return rootCause;
    case F::ExperienceLevel: return experienceLevel;
    case F::KanoClass: return kanoClass;
    case F::Strategy: return strategy;
    case F::OwnerDepartment: return ownerDepartment;
    case F::Owner: return owner;
    case F::CoDepartments: return coDepartments.join(u"、"_s);
    case F::DueDate: return dueDate.isValid() ? dueDate.toString(Qt::ISODate) : QString();
    case F::Status: return statusCode(status);
    case F::Progress: return progress;
    case F::Metric: return metric;
    case F::TargetValue: return numberText(targetValue);
    case F::BaselineMonth: return baseline.month;
    case F::BaselineValue: return numberText(baseline.value);
    case F::BaselineN: return baseline.n > 0 ? QString::number(baseline.n) : QString();
    case F::Deleted: return timestampText(deletedAt);
    }
    return {};
}

bool WorkOrder::setValue(WorkOrderField field, const QString &text)
{
    using F = WorkOrderField;
    switch (field) {
    case F::Title: title = text; return true;
    case F::Product: product = text; return true;
    case F::Stage: stage = text; return true;
    case F::Touchpoint: touchpoint = text; return true;
    case F::Province: province = text; return true;
    case F::City: city = text; return true;
    case F::County: county = text; return true;
    case F::Grid: grid = text; return true;
    case F::Symptom: symptom = text; return true;
    case F::Severity: severity = text; return true;
    case F::Evidence: evidence = text; return true;
    case F::RootCause: rootCause = text; return true;
    case F::ExperienceLevel: experienceLevel = text; return true;
    case F::KanoClass: kanoClass = text; return true;
    case F::Strategy: strategy = text; return true;
    case F::OwnerDepartment: ownerDepartment = text; return true;
    case F::Owner: owner = text; return true;
    case F::CoDepartments: coDepartments = splitDepartments(text); return true;
    case F::DueDate: {
        const QDate date = QDate::fromString(text, Qt::ISODate);
        if (!text.isEmpty() && !date.isValid())
            return false;
        dueDate = date;
        return true;
    }
    case F::Status: {
        const std::optional<WorkOrderStatus> parsed = parseWorkOrderStatus(text);
        if (!parsed)
            return false;
        status = *parsed;
        return true;
    }
    case F::Progress: progress = text; return true;
    case F::Metric:
        if (!text.isEmpty() && !MetricSpec::parse(text))
            return false;
        metric = text;
        return true;
    case F::TargetValue: return parseNumber(text, &targetValue);
    case F::BaselineMonth:
        if (!text.isEmpty() && !QRegularExpression(u"^\\d{4}-\\d{2}$"_s).match(text).hasMatch())
            return false;
        baseline.month = text;
        return true;
    case F::BaselineValue: return parseNumber(text, &baseline.value);
    case F::BaselineN: {
        bool ok = text.isEmpty();
        const qint64 n = text.isEmpty() ? 0 : text.toLongLong(&ok);
        if (!ok || n < 0)
            return false;
        baseline.n = n;
        return true;
    }
    case F::Deleted: {
        const QDateTime at = QDateTime::fromString(text, Qt::ISODateWithMs);
        if (!text.isEmpty() && !at.isValid())
            return false;
        deletedAt = at;
        return true;
    }
    }
    return false;
}

int WorkOrder::overdueDays(const QDate &today) const
{
    if (!dueDate.isValid() || status == WorkOrderStatus::Draft || status == WorkOrderStatus::Closed)
        return 0;
    return int(std::max<qint64>(0, dueDate.daysTo(today)));
}

QString WorkOrder::regionText() const
{
    QStringList parts;
    for (const QString &part : {city, county, grid})
        if (!part.isEmpty())
            parts << part;
    return parts.join(u" · "_s);
}

QString displayFieldValue(WorkOrderField field, const QString &text)
{
    if (text.isEmpty())
        return {};
    switch (field) {
    case WorkOrderField::Status:
        if (const std::optional<WorkOrderStatus> status = parseWorkOrderStatus(text))
            return statusLabel(*status);
        break;
    case WorkOrderField::DueDate:
        if (const QDate date = QDate::fromString(text, Qt::ISODate); date.isValid())
            return QLocale().toString(date, QLocale::ShortFormat);
        break;
    case WorkOrderField::KanoClass:
        return kanoClassLabel(text);
    case WorkOrderField::Metric:
        if (const std::optional<MetricSpec> spec = MetricSpec::parse(text))
            return spec->label();
        break;
    case WorkOrderField::Deleted:
        if (const QDateTime at = QDateTime::fromString(text, Qt::ISODateWithMs); at.isValid())
            return QLocale().toString(at.toLocalTime(), QLocale::ShortFormat);
        break;
    default:
        break;
    }
    return text;
}

QString evidenceSummary(const QString &evidence)
{
    if (evidence.trimmed().isEmpty())
        return {};
    const QJsonDocument document = QJsonDocument::fromJson(evidence.toUtf8());
    if (!document.isObject())
        return evidence;
    const QJsonObject object = document.object();
    static const QHash<QString, const char *> kinds{
        {u"alert"_s, QT_TRANSLATE_NOOP("cx::WorkOrderText", "Alert")},
        {u"hotspot"_s, QT_TRANSLATE_NOOP("cx::WorkOrderText", "Hotspot")},
        {u"journey"_s, QT_TRANSLATE_NOOP("cx::WorkOrderText", "Journey map")},
        {u"responsibility"_s, QT_TRANSLATE_NOOP("cx::WorkOrderText", "Responsibility chain")},
        {u"kano"_s, QT_TRANSLATE_NOOP("cx::WorkOrderText", "Kano")},
        {u"funnel"_s, QT_TRANSLATE_NOOP("cx::WorkOrderText", "Experience funnel")},
    };
    const QString kind = object.value(u"kind"_s).toString();
    const QString kindLabel = kinds.contains(kind) ? WorkOrderText::tr(kinds.value(kind)) : kind;
    QString detail = object.value(u"description"_s).toString();
    if (detail.isEmpty()) {
        QStringList parts;
        for (auto it = object.constBegin(); it != object.constEnd() && parts.size() < 8; ++it) {
            if (it.key() == "kind"_L1 || it.key() == "filter"_L1 || it->isObject() || it->isNull())
                continue;
            const QString value = it->isArray() ? it->toVariant().toStringList().join(u"、"_s)
                : it->isDouble()                ? QString::number(it->toDouble(), 'g', 4)
                : it->isBool()                  ? (it->toBool() ? u"✓"_s : u"✗"_s)
                                                : it->toString();
            if (!value.isEmpty())
                parts << u"%1 %2"_s.arg(it.key(), value);
        }
        detail = parts.join(u", "_s);
    }
    return kindLabel.isEmpty() ? detail : u"%1: %2"_s.arg(kindLabel, detail);
}

QString overdueText(int days)
{
    return days > 0 ? WorkOrderText::tr("%n day(s) overdue", nullptr, days) : QString();
}

QStringList splitDepartments(const QString &text)
{
    static const QRegularExpression separators(u"[、,，;；]"_s);
    QStringList departments;
    for (const QString &part : text.split(separators, Qt::SkipEmptyParts))
        if (const QString name = part.trimmed(); !name.isEmpty() && !departments.contains(name))
            departments << name;
    return departments;
}

QString kanoClassLabel(const QString &letter)
{
    static const QHash<QString, QString> names{
        {u"A"_s, u"魅力"_s}, {u"O"_s, u"期望"_s}, {u"M"_s, u"基础"_s},
        {u"I"_s, u"无差别"_s}, {u"R"_s, u"反向"_s}, {u"Q"_s, u"可疑"_s},
    };
    const auto it = names.constFind(letter.trimmed().toUpper());
    return it == names.constEnd() ? letter : u"%1 %2"_s.arg(letter.trimmed().toUpper(), *it);
}

QString experienceLevelForKano(const QString &letter)
{
    const QString upper = letter.trimmed().toUpper();
    if (upper == "M"_L1)
        return u"功能性"_s;
    if (upper == "O"_L1)
        return u"便利性"_s;
    if (upper == "A"_L1)
        return u"情感性"_s;
    return {};
}

} // namespace cx
