#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace cx {

/// How the text of a cell is to be read (see ValueParser::convert).
enum class FieldType {
    Text,
    DateTime, ///< stored as "yyyy-MM-dd HH:mm:ss"
    Date,     ///< stored as "yyyy-MM-dd"
    Month,    ///< stored as "yyyy-MM"
    Integer,
    Number,
    Percent,  ///< in percent points: "12.5%" and "12.5" both give 12.5
    Boolean,
    Phone,    ///< masked unless the workspace keeps full numbers
    Enum,     ///< one of the field's canonical values
};

/// The JSON name of a field type ("datetime", "percent" ...).
QString fieldTypeName(FieldType type);

/// One canonical field of a kind of import: what its column is called in the
/// workspace schema and which header texts mean it.
struct FieldSpec
{
    QString name;              ///< canonical name; the schema column where there is one
    FieldType type = FieldType::Text;
    bool required = false;     ///< a file without this column cannot be imported as this kind
    bool key = false;          ///< part of a row's identity (duplicate detection)
    bool stored = true;        ///< false: recognised (so not "unmapped") but has no schema column
    QStringList synonyms;      ///< header texts that mean this field, most usual first
    /// Enum fields: canonical value and the spellings that mean it.
    QList<std::pair<QString, QStringList>> enumValues;

    /// Canonical enum value for a cell text, or a null string when it is none of them.
    QString enumValue(QStringView raw) const;

private:
    friend class MappingProfile;
    QHash<QString, QString> m_enumIndex; // normalizeValue(spelling) -> canonical
};

/// What to do with columns that match no field of a profile.
enum class ExtraColumns {
    Ignore,          ///< reported as unmapped and not imported
    SurveyQuestions, ///< each one is a survey question (see SurveyQuestionClassifier)
};

/// A mapping profile: the canonical fields of one kind of import
/// (complaints, survey, product_monthly, funnel, indicator_tree,
/// indicator_values) with the header synonyms that identify them.
///
/// Built-in profiles are compiled in as `:/defaults/mapping/<kind>.json`;
/// profiles the user saved from the import wizard are the same JSON, kept in
/// the workspace table `mapping_profile`, and loaded with fromJson().
class MappingProfile
{
    Q_DECLARE_TR_FUNCTIONS(cx::MappingProfile)

public:
    MappingProfile() = default;

    /// The kinds with a built-in profile, in a stable order.
    static QStringList builtInKinds();
    /// All built-in profiles (parsed once, then shared).
    static const QList<MappingProfile> &builtInProfiles();
    /// The built-in profile of `kind`; an invalid profile when there is none.
    static MappingProfile builtIn(QStringView kind);

    /// Parses a profile from JSON. On failure returns an invalid profile and
    /// sets `error` to a translated message naming `origin` (a file or
    /// profile name), the line and the reason.
    static MappingProfile fromJson(const QByteArray &json, const QString &origin, QString *error);
    /// The profile as JSON, in the format fromJson() reads.
    QByteArray toJson() const;

    bool isValid() const { return !m_kind.isEmpty(); }
    QString kind() const { return m_kind; }
    /// The user's name for a saved profile; empty for a built-in one.
    QString name() const { return m_name; }
    void setName(const QString &name) { m_name = name; }
    /// The workspace table rows of this kind go to.
    QString table() const { return m_table; }
    ExtraColumns extraColumns() const { return m_extraColumns; }

    const QList<FieldSpec> &fields() const { return m_fields; }
    /// Index into fields() of the field called `name`, or -1.
    int fieldIndex(QStringView name) const;
    /// The field called `name`, or nullptr.
    const FieldSpec *field(QStringView name) const;
    /// Names of the required fields.
    QStringList requiredFields() const;
    /// Groups of fields of which at least one must be present (e.g. a
    /// monthly-figures file needs at least one figure).
    const QList<QStringList> &requireAnyOf() const { return m_requireAnyOf; }

    /// How well a header names a field.
    struct HeaderMatch
    {
        int field = -1;      ///< index into fields(), -1 when none
        double quality = 0;  ///< 1 for a synonym, less for a header that merely contains one
    };
    /// The field a column header means, by synonym after normalizeHeader():
    /// an exact synonym first, else the synonym the header contains that
    /// covers most of it.
    HeaderMatch matchHeader(QStringView header) const;

    /// Adds `header` as the first synonym of `field` (a correction the user
    /// made in the import wizard), taking it away from any other field.
    /// Returns false when there is no such field.
    bool addSynonym(QStringView field, const QString &header);

    /// Translated display name of a kind ("Complaint work orders" ...).
    static QString kindLabel(QStringView kind);
    /// Translated display name of a canonical field ("Accepted at" ...).
    static QString fieldLabel(QStringView field);

private:
    void rebuildIndex();

    QString m_kind;
    QString m_name;
    QString m_table;
    ExtraColumns m_extraColumns = ExtraColumns::Ignore;
    QList<FieldSpec> m_fields;
    QList<QStringList> m_requireAnyOf;

    QHash<QString, int> m_exact;                    // normalized synonym -> field
    QList<std::pair<QString, int>> m_containable;   // synonyms long enough to look for inside a header
};

} // namespace cx
