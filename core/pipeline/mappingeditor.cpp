#include "pipeline/mappingeditor.h"

#include "import/textnormalize.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

#include <functional>

namespace cx {

using namespace Qt::StringLiterals;

namespace {

// MappingProfile can add a synonym but neither drop one nor gain a field;
// its JSON form can do both and is what a saved profile is anyway.
MappingProfile editedFields(const MappingProfile &profile, const std::function<void(QJsonArray &)> &edit)
{
    QJsonObject root = QJsonDocument::fromJson(profile.toJson()).object();
    QJsonArray fields = root.value("fields"_L1).toArray();
    edit(fields);
    root.insert("fields"_L1, fields);
    QString error;
    const MappingProfile result = MappingProfile::fromJson(QJsonDocument(root).toJson(), profile.name(), &error);
    return result.isValid() ? result : profile;
}

MappingProfile withoutHeader(const MappingProfile &profile, const QString &header)
{
    const QString key = normalizeHeader(header);
    return editedFields(profile, [&key](QJsonArray &fields) {
        for (qsizetype i = 0; i < fields.size(); ++i) {
            QJsonObject field = fields.at(i).toObject();
            QJsonArray kept;
            for (const QJsonValue &synonym : field.value("synonyms"_L1).toArray())
                if (normalizeHeader(synonym.toString()) != key)
                    kept.append(synonym);
            field.insert("synonyms"_L1, kept);
            fields.replace(i, field);
        }
    });
}

MappingProfile withNotImportedField(const MappingProfile &profile)
{
    if (profile.field(MappingEditor::notImportedField()))
        return profile;
    return editedFields(profile, [](QJsonArray &fields) {
        fields.append(QJsonObject{{"name"_L1, MappingEditor::notImportedField()},
                                  {"type"_L1, u"text"_s},
                                  {"stored"_L1, false},
                                  {"synonyms"_L1, QJsonArray()}});
    });
}

} // namespace

QString MappingEditor::notImportedField()
{
    return u"not_imported"_s;
}

QStringList MappingEditor::choosableFields(const MappingProfile &profile)
{
    QStringList names;
    for (const FieldSpec &field : profile.fields())
        if (field.name != notImportedField())
            names << field.name;
    return names;
}

MappingProfile MappingEditor::assignColumn(const MappingProfile &profile, const HeaderDetection &detection, int column,
                                           const QString &field)
{
    const QString header = detection.headers.value(column).trimmed();
    if (header.isEmpty())
        return profile;
    if (field.isEmpty())
        return withoutHeader(profile, header);

    MappingProfile result = profile;
    if (field != notImportedField()) {
        if (!profile.field(field))
            return profile;
        const int previous = detection.column(field);
        if (previous >= 0 && previous != column)
            result = assignColumn(result, detection, previous, notImportedField());
    } else {
        result = withNotImportedField(result);
    }
    result.addSynonym(field, header);
    return result;
}

bool MappingEditor::profileExists(const QSqlDatabase &db, const QString &name)
{
    QSqlQuery q(db);
    q.prepare(u"SELECT 1 FROM mapping_profile WHERE name = ?"_s);
    q.addBindValue(name);
    return q.exec() && q.next();
}

bool MappingEditor::saveProfile(const QSqlDatabase &db, const QString &name, const MappingProfile &profile,
                                QString *error)
{
    MappingProfile named = profile;
    named.setName(name.trimmed());
    if (named.name().isEmpty() || !named.isValid()) {
        *error = tr("A mapping profile needs a name and a kind of file. Enter a name and try again.");
        return false;
    }
    QSqlQuery q(db);
    q.prepare(u"INSERT OR REPLACE INTO mapping_profile(name, kind, mapping, saved_at) VALUES (?, ?, ?, ?)"_s);
    q.addBindValue(named.name());
    q.addBindValue(named.kind());
    q.addBindValue(QString::fromUtf8(named.toJson()));
    q.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    if (!q.exec()) {
        *error = tr("Cannot save the mapping profile \"%1\" in the workspace: %2. Check that the workspace "
                    "file is writable.")
                     .arg(named.name(), q.lastError().text());
        return false;
    }
    return true;
}

} // namespace cx
