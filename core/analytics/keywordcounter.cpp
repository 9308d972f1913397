#include "analytics/keywordcounter.h"

#include "analytics/aggregatedimensions.h"
#include "analytics/tagcounts.h"
#include "pipeline/sqlite.h"
#include "text/textlists.h"

#include <algorithm>
#include <cstdlib>
#include <vector>

namespace cx {

using namespace Qt::StringLiterals;

KeywordCounter::KeywordCounter(DimensionIds &dims, const TextLists &lists)
    : m_dims(dims)
    , m_extractor(lists)
    , m_textsKeyword(dims.id(KeywordDim, QString()))
{
}

void KeywordCounter::add(const sqlite::Statement &row, qint64 sign)
{
    // Texts in UTF-8 as stored: ids are looked up by their bytes, without a
    // copy or SQLite converting each text to UTF-16.
    const auto text = [&](int column) { return row.columnUtf8View(column); };
    add(firstNonEmpty(text(6), text(5), text(4)), text(1), text(2), text(3), text(7), sign);
}

void KeywordCounter::add(const ComplaintFields &row)
{
    add(firstNonEmpty(row.category3, row.category2, row.category1), row.month, row.product, row.city, row.content, 1);
}

void KeywordCounter::add(QByteArrayView category, QByteArrayView month, QByteArrayView product, QByteArrayView city,
                         QByteArrayView content, qint64 sign)
{
    if (content.isEmpty())
        return;
    // Braced initialisers run in order: the views stay valid throughout.
    const Key<5> key{{m_dims.utf8Id(CategoryDim, category), m_dims.utf8Id(MonthDim, month),
                      m_dims.utf8Id(ProductDim, product), m_dims.utf8Id(CityDim, city), textIndex(content)}};
    m_textCounts[key] += sign;
}

KeywordCounter::Counts KeywordCounter::takeCounts()
{
    countKeywords();
    return m_keywords.take();
}

bool KeywordCounter::write(sqlite::Database &db, const Counts &counts)
{
    if (!registerTagCountFunctions(db.handle()))
        return false;
    sqlite::Statement insert = db.prepare(
        u"INSERT INTO agg_keyword(category, month, product, city, keywords) VALUES (?1, ?2, ?3, ?4, ?5) "
        "ON CONFLICT(category, month, product, city) DO UPDATE SET keywords = cx_tags_merge(keywords, "
        "excluded.keywords, ?6)"_s);
    std::vector<TagCount> added;
    std::vector<TagCount> removed;
    for (auto row = counts.cbegin(); row != counts.cend();) {
        const auto sameRow = [&](const auto &entry) {
            return std::equal(entry.first.ids.cbegin(), entry.first.ids.cbegin() + 4, row->first.ids.cbegin());
        };
        added.clear();
        removed.clear();
        auto next = row;
        for (; next != counts.cend() && sameRow(*next); ++next)
            if (next->second != 0) // 0: a row moved out and back into the same cell
                (next->second > 0 ? added : removed).push_back({next->first.ids[4], std::abs(next->second)});
        for (int i = 0; i < 4; ++i)
            insert.bindInt(i + 1, row->first.ids[std::size_t(i)]);
        insert.bindBlob(5, encodeTagCounts(added));
        insert.bindBlob(6, encodeTagCounts(removed));
        if (!insert.exec())
            return false;
        row = next;
    }
    return true;
}

// The index of a text's keyword ids (the '' keyword, which counts texts,
// first) in m_texts, computed when new.
qint32 KeywordCounter::textIndex(QByteArrayView utf8)
{
    const auto keywordsOf = [&](const QString &text) {
        QList<qint32> keywords{m_textsKeyword};
        for (QStringView word : m_extractor.keywordViews(text))
            keywords << keywordId(word);
        return keywords;
    };
    return m_texts.index(utf8, keywordsOf, [&] { countKeywords(); });
}

// A keyword's dimension id, remembered by its UTF-16 text: the keywords of
// distinct texts repeat, and a view is looked up without becoming a string first.
qint32 KeywordCounter::keywordId(QStringView word)
{
    const std::u16string_view key(word.utf16(), std::size_t(word.size()));
    if (const auto it = m_keywordIds.find(key); it != m_keywordIds.end())
        return it->second;
    const qint32 id = m_dims.id(KeywordDim, word.toString());
    m_keywordIds.emplace(std::u16string(key), id);
    return id;
}

// The texts counted so far become counts of their keywords.
void KeywordCounter::countKeywords()
{
    for (const auto &[textKey, n] : m_textCounts.take()) {
        Key<5> key = textKey;
        for (qint32 word : m_texts.at(textKey.ids[4])) {
            key.ids[4] = word;
            m_keywords[key] += n;
        }
    }
}

} // namespace cx
