#include "import/mappingprofile.h"

#include "import/defaultsfile.h"
#include "import/textnormalize.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtGlobal>

#include <array>

namespace cx {

using namespace Qt::StringLiterals;

namespace {

constexpr std::array typeNames{
    std::pair{FieldType::Text, "text"},         std::pair{FieldType::DateTime, "datetime"},
    std::pair{FieldType::Date, "date"},         std::pair{FieldType::Month, "month"},
    std::pair{FieldType::Integer, "integer"},   std::pair{FieldType::Number, "number"},
    std::pair{FieldType::Percent, "percent"},   std::pair{FieldType::Boolean, "boolean"},
    std::pair{FieldType::Phone, "phone"},       std::pair{FieldType::Enum, "enum"},
};

bool fieldTypeFromName(QStringView name, FieldType *type)
{
    for (const auto &[value, text] : typeNames) {
        if (name == QLatin1StringView(text)) {
            *type = value;
            return true;
        }
    }
    return false;
}

// A synonym this short ("市", "ID") would be found inside unrelated headers.
bool isContainable(const QString &key)
{
    bool cjk = false;
    for (QChar c : key)
        cjk = cjk || c.unicode() >= 0x2E80;
    return cjk ? key.size() >= 2 : key.size() >= 4;
}

int lineOf(const QByteArray &json, int offset)
{
    return int(json.left(offset).count('\n')) + 1;
}

QStringList toStringList(const QJsonValue &value)
{
    QStringList list;
    for (const QJsonValue &item : value.toArray())
        list << item.toString();
    return list;
}

QJsonArray toJsonArray(const QStringList &list)
{
    QJsonArray array;
    for (const QString &item : list)
        array.append(item);
    return array;
}

bool parseField(const QJsonObject &object, FieldSpec *field, QString *reason)
{
    field->name = object.value("name"_L1).toString();
    if (field->name.isEmpty()) {
        *reason = MappingProfile::tr("a field has no \"name\"");
        return false;
    }
    const QString typeName = object.value("type"_L1).toString(u"text"_s);
    if (!fieldTypeFromName(typeName, &field->type)) {
        *reason = MappingProfile::tr("field \"%1\" has the unknown type \"%2\"").arg(field->name, typeName);
        return false;
    }
    field->required = object.value("required"_L1).toBool(false);
    field->key = object.value("key"_L1).toBool(false);
    field->stored = object.value("stored"_L1).toBool(true);
    field->synonyms = toStringList(object.value("synonyms"_L1));
    const QJsonObject values = object.value("values"_L1).toObject();
    for (auto it = values.begin(); it != values.end(); ++it)
        field->enumValues.append({it.key(), toStringList(it.value())});
    if (field->type == FieldType::Enum && field->enumValues.isEmpty()) {
        *reason = MappingProfile::tr("enum field \"%1\" lists no \"values\"").arg(field->name);
        return false;
    }
    return true;
}

// The translation of a QT_TRANSLATE_NOOP label; the key itself when it has none.
QString translatedLabel(const QHash<QString, const char *> &labels, QStringView key)
{
    const char *label = labels.value(key.toString());
    return label ? MappingProfile::tr(label) : key.toString();
}

} // namespace

QString fieldTypeName(FieldType type)
{
    for (const auto &[value, text] : typeNames)
        if (value == type)
            return QString::fromLatin1(text);
    return {};
}

QString FieldSpec::enumValue(QStringView raw) const
{
    return m_enumIndex.value(normalizeValue(raw));
}

QStringList MappingProfile::builtInKinds()
{
    return {u"complaints"_s, u"survey"_s, u"product_monthly"_s, u"funnel"_s, u"indicator_tree"_s,
            u"indicator_values"_s};
}

const QList<MappingProfile> &MappingProfile::builtInProfiles()
{
    static const QList<MappingProfile> profiles = [] {
        QList<MappingProfile> loaded;
        for (const QString &kind : builtInKinds()) {
            const QString file = u"mapping/%1.json"_s.arg(kind);
            QString error;
            const MappingProfile profile = fromJson(readDefaultsFile(file), defaultsPath(file), &error);
            // A broken built-in profile is a build defect; the other kinds stay usable.
            if (profile.isValid())
                loaded.append(profile);
            else
                qWarning("%s", qUtf8Printable(error));
        }
        return loaded;
    }();
    return profiles;
}

MappingProfile MappingProfile::builtIn(QStringView kind)
{
    for (const MappingProfile &profile : builtInProfiles())
        if (profile.kind() == kind)
            return profile;
    return {};
}

MappingProfile MappingProfile::fromJson(const QByteArray &json, const QString &origin, QString *error)
{
    auto fail = [&](const QString &reason, int line) {
        if (error) {
            *error = line > 0
                ? MappingProfile::tr("Mapping profile %1, line %2: %3. Correct the profile or delete it and map the columns again.")
                      .arg(origin)
                      .arg(line)
                      .arg(reason)
                : MappingProfile::tr("Mapping profile %1: %2. Correct the profile or delete it and map the columns again.")
                      .arg(origin, reason);
        }
        return MappingProfile();
    };

    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return fail(parseError.errorString(), lineOf(json, parseError.offset));
    if (!document.isObject())
        return fail(MappingProfile::tr("the file is not a JSON object"), 0);

    const QJsonObject root = document.object();
    MappingProfile profile;
    profile.m_kind = root.value("kind"_L1).toString();
    if (profile.m_kind.isEmpty())
        return fail(MappingProfile::tr("\"kind\" is missing"), 0);
    profile.m_name = root.value("name"_L1).toString();
    profile.m_table = root.value("table"_L1).toString();
    const QString extra = root.value("extra_columns"_L1).toString(u"ignore"_s);
    if (extra == "survey_questions"_L1)
        profile.m_extraColumns = ExtraColumns::SurveyQuestions;
    else if (extra != "ignore"_L1)
        return fail(MappingProfile::tr("\"extra_columns\" must be \"ignore\" or \"survey_questions\", not \"%1\"").arg(extra), 0);

    for (const QJsonValue &value : root.value("fields"_L1).toArray()) {
        FieldSpec field;
        QString reason;
        if (!parseField(value.toObject(), &field, &reason))
            return fail(reason, 0);
        if (profile.fieldIndex(field.name) >= 0)
            return fail(MappingProfile::tr("the field \"%1\" is listed twice").arg(field.name), 0);
        profile.m_fields.append(field);
    }
    if (profile.m_fields.isEmpty())
        return fail(MappingProfile::tr("\"fields\" lists no field"), 0);

    for (const QJsonValue &group : root.value("require_any"_L1).toArray()) {
        const QStringList names = toStringList(group);
        for (const QString &name : names)
            if (profile.fieldIndex(name) < 0)
                return fail(MappingProfile::tr("\"require_any\" names the unknown field \"%1\"").arg(name), 0);
        profile.m_requireAnyOf.append(names);
    }
    profile.rebuildIndex();
    return profile;
}

QByteArray MappingProfile::toJson() const
{
    QJsonArray fields;
    for (const FieldSpec &field : m_fields) {
        QJsonObject object{{"name"_L1, field.name}, {"type"_L1, fieldTypeName(field.type)},
                           {"synonyms"_L1, toJsonArray(field.synonyms)}};
        if (field.required)
            object.insert("required"_L1, true);
        if (field.key)
            object.insert("key"_L1, true);
        if (!field.stored)
            object.insert("stored"_L1, false);
        if (!field.enumValues.isEmpty()) {
            QJsonObject values;
            for (const auto &[canonical, spellings] : field.enumValues)
                values.insert(canonical, toJsonArray(spellings));
            object.insert("values"_L1, values);
        }
        fields.append(object);
    }
    QJsonObject root{{"kind"_L1, m_kind},
                     {"table"_L1, m_table},
                     {"version"_L1, 1},
                     {"extra_columns"_L1,
                      m_extraColumns == ExtraColumns::SurveyQuestions ? u"survey_questions"_s : u"ignore"_s},
                     {"fields"_L1, fields}};
    if (!m_name.isEmpty())
        root.insert("name"_L1, m_name);
    if (!m_requireAnyOf.isEmpty()) {
        QJsonArray groups;
        for (const QStringList &group : m_requireAnyOf)
            groups.append(toJsonArray(group));
        root.insert("require_any"_L1, groups);
    }
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

int MappingProfile::fieldIndex(QStringView name) const
{
    for (qsizetype i = 0; i < m_fields.size(); ++i)
        if (m_fields.at(i).name == name)
            return int(i);
    return -1;
}

const FieldSpec *MappingProfile::field(QStringView name) const
{
    const int index = fieldIndex(name);
    return index < 0 ? nullptr : &m_fields.at(index);
}

QStringList MappingProfile::requiredFields() const
{
    QStringList names;
    for (const FieldSpec &field : m_fields)
        if (field.required)
            names << field.name;
    return names;
}

MappingProfile::HeaderMatch MappingProfile::matchHeader(QStringView header) const
{
    const QString key = normalizeHeader(header);
    if (key.isEmpty())
        return {};
    if (const auto it = m_exact.constFind(key); it != m_exact.cend())
        return {it.value(), 1.0};

    // A header with extra words ("受理时间(系统)", "投诉工单流水号码"): the
    // synonym covering the largest part of it wins.
    HeaderMatch best;
    for (const auto &[synonym, field] : m_containable) {
        if (synonym.size() >= key.size() || !key.contains(synonym))
            continue;
        const double quality = 0.5 + 0.4 * double(synonym.size()) / double(key.size());
        if (quality > best.quality)
            best = {field, quality};
    }
    return best;
}

bool MappingProfile::addSynonym(QStringView fieldName, const QString &header)
{
    const int target = fieldIndex(fieldName);
    if (target < 0)
        return false;
    const QString key = normalizeHeader(header);
    for (FieldSpec &field : m_fields)
        field.synonyms.removeIf([&](const QString &synonym) { return normalizeHeader(synonym) == key; });
    m_fields[target].synonyms.prepend(header);
    rebuildIndex();
    return true;
}

void MappingProfile::rebuildIndex()
{
    m_exact.clear();
    m_containable.clear();
    for (qsizetype i = 0; i < m_fields.size(); ++i) {
        FieldSpec &field = m_fields[i];
        QStringList keys{normalizeHeader(field.name)};
        for (const QString &synonym : std::as_const(field.synonyms))
            keys << normalizeHeader(synonym);
        for (const QString &key : std::as_const(keys)) {
            // The first field to claim a synonym keeps it, as listed.
            if (key.isEmpty() || m_exact.contains(key))
                continue;
            m_exact.insert(key, int(i));
            if (isContainable(key))
                m_containable.append({key, int(i)});
        }
        field.m_enumIndex.clear();
        for (const auto &[canonical, spellings] : std::as_const(field.enumValues)) {
            field.m_enumIndex.insert(normalizeValue(canonical), canonical);
            for (const QString &spelling : spellings)
                field.m_enumIndex.insert(normalizeValue(spelling), canonical);
        }
    }
}

QString MappingProfile::kindLabel(QStringView kind)
{
    static const QHash<QString, const char *> labels{
        {u"complaints"_s, QT_TRANSLATE_NOOP("cx::MappingProfile", "Complaint work orders")},
        {u"survey"_s, QT_TRANSLATE_NOOP("cx::MappingProfile", "Satisfaction survey")},
        {u"product_monthly"_s, QT_TRANSLATE_NOOP("cx::MappingProfile", "Product monthly figures")},
        {u"funnel"_s, QT_TRANSLATE_NOOP("cx::MappingProfile", "Experience funnel rates")},
        {u"indicator_tree"_s, QT_TRANSLATE_NOOP("cx::MappingProfile", "Indicator system")},
        {u"indicator_values"_s, QT_TRANSLATE_NOOP("cx::MappingProfile", "Indicator actuals")},
    };
    return translatedLabel(labels, kind);
}

QString MappingProfile::fieldLabel(QStringView field)
{
    static const QHash<QString, const char *> labels{
        {u"order_no"_s, QT_TRANSLATE_NOOP("cx::MappingProfile", "Work order number")},
        {u"accepted_at"_s, QT_TRANSLATE_NOOP("cx::MappingProfile", "Accepted at")},
        {u"archived_at"_s, QT_TRANSLATE_NOOP("cx::MappingProfile", "Archived at")},
        {u"channel"_s, QT_TRANSLATE_NOOP("cx::MappingProfile", "Channel")},
        {u"phone"_s, QT_TRANSLATE_NOOP("cx::MappingProfile", "Phone number")},
        {u"customer_level"_s, QT_TRANSLATE_NOOP("cx::MappingProfile", "Customer level")},
        {u"province"_s, QT_TRANSLATE_NOOP("cx::MappingProfile", "Province")},
        {u"city"_s, QT_TRANSLATE_NOOP("cx::MappingProfile", "City")},
        {u"county"_s, QT_TRANSLATE_NOOP("cx::MappingProfile", "County")},
        {u"grid"_s, QT_TRANSLATE_NOOP("cx::MappingProfile", "Grid")},
        {u"product"_s, QT_TRANSLATE_NOOP("cx::MappingProfile", "Product")},
        {u"category1"_s, QT_TRANSLATE_NOOP("cx::MappingProfile", "Category, level 1")},
        {u"category2"_s, QT_TRANSLATE_NOOP("cx::MappingProfile", "Category, level 2")},
        {u"category3"_s, QT_TRANSLATE_NOOP("cx::MappingProfile", "Category, level 3")},
        {u"content"_s, QT_TRANSLATE_NOOP("cx::MappingProfile", "Complaint text")},
        {u"department"_s, QT_TRANSLATE_NOOP("cx::MappingProfile", "Department")},
        {u"result"_s, QT_TRANSLATE_NOOP("cx::MappingProfile", "Result")},
        {u"duration_hours"_s, QT_TRANSLATE_NOOP("cx::MappingProfile", "Handling time (hours)")},
        {u"repeated"_s, QT_TRANSLATE_NOOP("cx::MappingProfile", "Repeated complaint")},
        {u"escalated"_s, QT_TRANSLATE_NOOP("cx::MappingProfile", "Escalated complaint")},
        {u"callback_rating"_s, QT_TRANSLATE_NOOP("cx::MappingProfile", "Callback rating")},
        {u"response_key"_s, QT_TRANSLATE_NOOP("cx::MappingProfile", "Response number")},
        {u"submitted_at"_s, QT_TRANSLATE_NOOP("cx::MappingProfile", "Submitted at")},
        {u"duration"_s, QT_TRANSLATE_NOOP("cx::MappingProfile", "Time taken")},
        {u"source_detail"_s, QT_TRANSLATE_NOOP("cx::MappingProfile", "Source details")},
        {u"ip"_s, QT_TRANSLATE_NOOP("cx::MappingProfile", "IP address")},
        {u"month"_s, QT_TRANSLATE_NOOP("cx::MappingProfile", "Month")},
        {u"users"_s, QT_TRANSLATE_NOOP("cx::MappingProfile", "Users")},
        {u"new_users"_s, QT_TRANSLATE_NOOP("cx::MappingProfile", "New users")},
        {u"churned_users"_s, QT_TRANSLATE_NOOP("cx::MappingProfile", "Churned users")},
        {u"consultations"_s, QT_TRANSLATE_NOOP("cx::MappingProfile", "Consultations")},
        {u"complaints"_s, QT_TRANSLATE_NOOP("cx::MappingProfile", "Complaints")},
        {u"awareness"_s, QT_TRANSLATE_NOOP("cx::MappingProfile", "Awareness rate")},
        {u"cognition"_s, QT_TRANSLATE_NOOP("cx::MappingProfile", "Cognition rate")},
        {u"acceptance"_s, QT_TRANSLATE_NOOP("cx::MappingProfile", "Acceptance rate")},
        {u"approval"_s, QT_TRANSLATE_NOOP("cx::MappingProfile", "Approval rate")},
        {u"code"_s, QT_TRANSLATE_NOOP("cx::MappingProfile", "Indicator code")},
        {u"name"_s, QT_TRANSLATE_NOOP("cx::MappingProfile", "Indicator name")},
        {u"layer"_s, QT_TRANSLATE_NOOP("cx::MappingProfile", "Layer")},
        {u"parent_code"_s, QT_TRANSLATE_NOOP("cx::MappingProfile", "Parent indicator code")},
        {u"unit"_s, QT_TRANSLATE_NOOP("cx::MappingProfile", "Unit")},
        {u"target"_s, QT_TRANSLATE_NOOP("cx::MappingProfile", "Target")},
        {u"direction"_s, QT_TRANSLATE_NOOP("cx::MappingProfile", "Direction")},
        {u"value"_s, QT_TRANSLATE_NOOP("cx::MappingProfile", "Actual value")},
    };
    return translatedLabel(labels, field);
}

} // namespace cx
