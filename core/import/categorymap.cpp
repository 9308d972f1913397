#include "import/categorymap.h"

#include "import/defaultsfile.h"
#include "import/textnormalize.h"
#include "pipeline/sqlite.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QtGlobal>

namespace cx {

using namespace Qt::StringLiterals;

CategoryMap::CategoryMap(const QHash<QString, CategoryEntry> &entries)
{
    for (auto it = entries.cbegin(); it != entries.cend(); ++it)
        insert(it.key(), it.value());
}

const CategoryMap &CategoryMap::defaults()
{
    static const CategoryMap map = [] {
        const QString file = u"category_map.json"_s;
        QString error;
        const CategoryMap loaded = fromJson(readDefaultsFile(file), defaultsPath(file), &error);
        // The file is compiled in; failing to read it is a build defect.
        if (loaded.isEmpty())
            qWarning("%s", qUtf8Printable(error));
        return loaded;
    }();
    return map;
}

CategoryMap CategoryMap::fromWorkspace(sqlite::Database &db)
{
    CategoryMap map;
    sqlite::Statement q = db.prepare(u"SELECT category, stage, element_code, experience_level FROM category_map"_s);
    while (q.next())
        map.insert(q.columnText(0), CategoryEntry{q.columnText(1), q.columnText(2), q.columnText(3), true});
    return map;
}

CategoryMap CategoryMap::fromJson(const QByteArray &json, const QString &origin, QString *error)
{
    auto fail = [&](const QString &reason) {
        if (error)
            *error = tr("Category map %1: %2. Correct the file or restore the default category map.")
                         .arg(origin, reason);
        return CategoryMap();
    };
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return fail(tr("line %1: %2")
                        .arg(json.left(parseError.offset).count('\n') + 1)
                        .arg(parseError.errorString()));
    const QJsonObject categories = document.object().value("categories"_L1).toObject();
    if (categories.isEmpty())
        return fail(tr("\"categories\" is missing or empty"));

    CategoryMap map;
    for (auto it = categories.begin(); it != categories.end(); ++it) {
        const QJsonObject object = it.value().toObject();
        const CategoryEntry entry{object.value("stage"_L1).toString(), object.value("element_code"_L1).toString(),
                                  object.value("experience_level"_L1).toString(), true};
        if (entry.stage.isEmpty())
            return fail(tr("the category \"%1\" has no \"stage\"").arg(it.key()));
        map.insert(it.key(), entry);
    }
    return map;
}

QString CategoryMap::unmappedStage()
{
    return u"未归类"_s;
}

void CategoryMap::insert(const QString &category, const CategoryEntry &entry)
{
    const QString key = normalizeValue(category);
    if (const QString previous = m_keys.value(key); !previous.isNull())
        m_entries.remove(previous);
    m_keys.insert(key, category);
    m_entries.insert(category, entry);
}

bool CategoryMap::contains(QStringView category) const
{
    return m_keys.contains(normalizeValue(category));
}

QString CategoryMap::keyOf(QStringView category) const
{
    return m_keys.value(normalizeValue(category));
}

QString CategoryMap::match(QStringView category3, QStringView category2, QStringView category1) const
{
    for (QStringView category : {category3, category2, category1}) {
        if (trimmedView(category).isEmpty())
            continue;
        const auto key = m_keys.constFind(normalizeValue(category));
        if (key != m_keys.cend())
            return key.value();
    }
    return {};
}

CategoryEntry CategoryMap::lookup(QStringView category3, QStringView category2, QStringView category1) const
{
    const QString key = match(category3, category2, category1);
    if (key.isNull())
        return {unmappedStage(), {}, {}, false};
    return m_entries.value(key);
}

} // namespace cx
