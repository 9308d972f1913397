#pragma once

#include "analytics/complaintfields.h"
#include "analytics/foldtables.h"
#include "text/keywordextractor.h"

#include <QByteArrayView>
#include <QLatin1StringView>
#include <QList>
#include <QStringView>
#include <QtGlobal>

#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace cx {

class DimensionIds;
class TextLists;

namespace sqlite {
class Database;
class Statement;
} // namespace sqlite

/// The columns KeywordCounter::add(const sqlite::Statement &) reads: these, in this order.
inline constexpr auto keywordColumns = QLatin1StringView("id, month, product, city, category1, category2, category3, content");

/// Counts complaint texts as agg_keyword holds them, per category (finest
/// level), month, product, city and keyword. Texts repeat, so each distinct
/// text is split once, and texts are counted per key before their keywords
/// are: a text has a dozen keywords, and most rows repeat a text of their key.
class KeywordCounter
{
public:
    KeywordCounter(DimensionIds &dims, const TextLists &lists);

    /// Counts a row of keywordColumns; a `sign` of -1 takes a folded row's
    /// contribution out again. A complaint without a text has no keywords.
    void add(const sqlite::Statement &row, qint64 sign);
    /// The same for a complaint's fields, as an import holds them.
    void add(const ComplaintFields &row);

    /// Whether the counts held have grown to what a fold keeps in memory:
    /// write() them then. The keywords per text stay.
    bool isFull() const { return m_textCounts.size() >= 300000 || m_keywords.size() >= 300000; }

    /// Distinct texts split since the cache of keywords per text last started over.
    qsizetype distinctTexts() const { return m_texts.size(); }

    /// Counts taken out of a counter (takeCounts()), in key order.
    using Counts = std::vector<FlatCounts<5, qint64>::Entry>;

    /// Adds the counts to agg_keyword, emptying them: one row per category,
    /// month, product and city, its keywords' counts merged into the row's
    /// blob (those taken away as a blob of their own).
    bool write(sqlite::Database &db) { return write(db, takeCounts()); }
    /// Takes the counts out for write(db, counts) and goes on counting from
    /// none; the keywords per text stay.
    Counts takeCounts();
    /// Adds counts taken out of a counter to agg_keyword, as write() does.
    static bool write(sqlite::Database &db, const Counts &counts);

private:
    void add(QByteArrayView category, QByteArrayView month, QByteArrayView product, QByteArrayView city,
             QByteArrayView content, qint64 sign);
    qint32 textIndex(QByteArrayView utf8);
    qint32 keywordId(QStringView word);
    void countKeywords();

    DimensionIds &m_dims;
    KeywordExtractor m_extractor;
    qint32 m_textsKeyword = 0;
    TextCache<QList<qint32>> m_texts; ///< keyword ids per distinct text
    struct WordHash
    {
        using is_transparent = void;
        std::size_t operator()(std::u16string_view word) const { return std::hash<std::u16string_view>()(word); }
    };
    std::unordered_map<std::u16string, qint32, WordHash, std::equal_to<>> m_keywordIds;
    FlatCounts<5, qint64> m_textCounts; ///< category, month, product, city, text (into m_texts)
    FlatCounts<5, qint64> m_keywords;   ///< category, month, product, city, keyword
};

} // namespace cx
