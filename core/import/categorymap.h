#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QString>
#include <QStringList>

namespace cx {

namespace sqlite {
class Database;
}

/// Where a complaint category belongs (a row of the workspace table `category_map`).
struct CategoryEntry
{
    QString stage;           ///< journey stage
    QString elementCode;     ///< perception element (QOE01..QOE08), may be empty
    QString experienceLevel; ///< 功能性 / 便利性 / 情感性, may be empty
    bool mapped = true;      ///< false: the category is not in the map (stage is unmappedStage())

    friend bool operator==(const CategoryEntry &, const CategoryEntry &) = default;
};

/// Complaint category → journey stage, perception element and experience
/// level. Defaults come from `:/defaults/category_map.json`; a workspace keeps
/// the user's edited map in its `category_map` table and passes it in.
class CategoryMap
{
    Q_DECLARE_TR_FUNCTIONS(cx::CategoryMap)

public:
    CategoryMap() = default;
    /// A map of the given entries (keys are category texts, any level).
    explicit CategoryMap(const QHash<QString, CategoryEntry> &entries);

    /// The built-in default map (parsed once).
    static const CategoryMap &defaults();
    /// The map a workspace keeps in its table `category_map` (empty when the
    /// user removed every row: then every complaint is unmapped). Importing
    /// and re-deriving complaints both read the map through this.
    static CategoryMap fromWorkspace(sqlite::Database &db);
    /// Parses the JSON format of `category_map.json`; on failure returns an
    /// empty map and sets `error` to a translated message naming `origin`.
    static CategoryMap fromJson(const QByteArray &json, const QString &origin, QString *error);

    /// The stage given to categories the map does not know: "未归类".
    static QString unmappedStage();

    /// The entry of the most specific category the map knows, trying the
    /// third, then second, then first level. Unknown → {unmappedStage(), "", "", mapped = false};
    /// the caller counts those and reports them so the user can extend the map.
    CategoryEntry lookup(QStringView category3, QStringView category2 = {}, QStringView category1 = {}) const;
    /// The key of entries() that lookup() takes for these categories; null when none.
    QString match(QStringView category3, QStringView category2 = {}, QStringView category1 = {}) const;
    bool contains(QStringView category) const;
    /// The key of entries() that `category` matches (same text after
    /// normalizeValue()); null when none.
    QString keyOf(QStringView category) const;

    /// Adds or replaces one category's entry.
    void insert(const QString &category, const CategoryEntry &entry);
    /// All entries, keyed by category as given.
    const QHash<QString, CategoryEntry> &entries() const { return m_entries; }
    bool isEmpty() const { return m_entries.isEmpty(); }

private:
    QHash<QString, CategoryEntry> m_entries;
    QHash<QString, QString> m_keys; // normalized category -> category as given
};

} // namespace cx
