#include "analytics/keywordfold.h"

#include "analytics/aggregatedimensions.h"
#include "analytics/aggregates.h"
#include "analytics/foldtables.h"
#include "analytics/tagcounts.h"
#include "pipeline/sqlite.h"
#include "text/keywordextractor.h"
#include "text/textlists.h"

#include <sqlite3.h>

#include <algorithm>
#include <cstdlib>
#include <limits>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace cx {

using namespace Qt::StringLiterals;

namespace {

// The columns KeywordFold::add() reads: these, in this order.
constexpr auto keywordColumns = "id, month, product, city, category1, category2, category3, content"_L1;

// Counts complaint texts as agg_keyword holds them, per category (finest
// level), month, product, city and keyword. Texts repeat, so each distinct
// text is split once, and texts are counted per key before their keywords
// are: a text has a dozen keywords, and most rows repeat a text of their key.
class KeywordFold
{
public:
    KeywordFold(DimensionIds &dims, const TextLists &lists)
        : m_dims(dims)
        , m_extractor(lists)
        , m_textsKeyword(dims.id(KeywordDim, QString()))
    {
    }

    /// Counts a row of keywordColumns; a `sign` of -1 takes a folded row's
    /// contribution out again. A complaint without a text has no keywords.
    void add(const sqlite::Statement &row, qint64 sign)
    {
        // Texts in UTF-8 as stored: ids are looked up by their bytes,
        // without a copy or SQLite converting each text to UTF-16.
        const auto text = [&](int column) { return row.columnUtf8View(column); };
        const QByteArrayView content = text(7);
        if (content.isEmpty())
            return;
        // Braced initialisers run in order: the views stay valid throughout.
        const Key<5> key{{m_dims.utf8Id(CategoryDim, firstNonEmpty(text(6), text(5), text(4))),
                          m_dims.utf8Id(MonthDim, text(1)), m_dims.utf8Id(ProductDim, text(2)),
                          m_dims.utf8Id(CityDim, text(3)), textIndex(content)}};
        m_textCounts[key] += sign;
    }

    /// Whether the counts held have grown to what a fold keeps in memory:
    /// write() them then. The keywords per text stay.
    bool isFull() const { return m_textCounts.size() >= 300000 || m_keywords.size() >= 300000; }

    /// Adds the counts to agg_keyword, emptying them: one row per category,
    /// month, product and city, its keywords' counts merged into the row's
    /// blob (those taken away as a blob of their own).
    bool write(sqlite::Database &db)
    {
        countKeywords();
        if (!registerTagCountFunctions(db.handle()))
            return false;
        sqlite::Statement insert = db.prepare(
            u"INSERT INTO agg_keyword(category, month, product, city, keywords) VALUES (?1, ?2, ?3, ?4, ?5) "
            "ON CONFLICT(category, month, product, city) DO UPDATE SET keywords = cx_tags_merge(keywords, "
            "excluded.keywords, ?6)"_s);
        const std::vector<FlatCounts<5, qint64>::Entry> counts = m_keywords.take();
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

private:
    // The index of a text's keyword ids (the '' keyword, which counts
    // texts, first) in m_texts, computed when new.
    qint32 textIndex(QByteArrayView utf8)
    {
        const auto keywordsOf = [&](const QString &text) {
            QList<qint32> keywords{m_textsKeyword};
            for (QStringView word : m_extractor.keywordViews(text))
                keywords << keywordId(word);
            return keywords;
        };
        return m_texts.index(utf8, keywordsOf, [&] { countKeywords(); });
    }

    // A keyword's dimension id, remembered by its UTF-16 text: the keywords
    // of distinct texts repeat, and a view is looked up without becoming a
    // string first.
    qint32 keywordId(QStringView word)
    {
        const std::u16string_view key(word.utf16(), std::size_t(word.size()));
        if (const auto it = m_keywordIds.find(key); it != m_keywordIds.end())
            return it->second;
        const qint32 id = m_dims.id(KeywordDim, word.toString());
        m_keywordIds.emplace(std::u16string(key), id);
        return id;
    }

    // The texts counted so far become counts of their keywords.
    void countKeywords()
    {
        for (const auto &[textKey, n] : m_textCounts.take()) {
            Key<5> key = textKey;
            for (qint32 word : m_texts.at(textKey.ids[4])) {
                key.ids[4] = word;
                m_keywords[key] += n;
            }
        }
    }

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

// Folds the keywords of at most `limit` complaints above keyword_rowid, up
// to complaint_rowid, and advances keyword_rowid past them; `done` tells
// whether none are left. False on an error or a stop.
bool foldChunk(sqlite::Database &db, KeywordFold &fold, const DimensionIds &dims, FoldTicker &ticker, qint64 limit,
               bool *done)
{
    const qint64 after = keywordRowid(db);
    const qint64 upTo = std::max(after, stateValue(db, u"complaint_rowid"_s));
    sqlite::Statement rows =
        db.prepare(u"SELECT %1 FROM complaint WHERE id > ?1 AND id <= ?2 ORDER BY id LIMIT ?3"_s.arg(keywordColumns));
    rows.bindInt(1, after);
    rows.bindInt(2, upTo);
    rows.bindInt(3, limit);
    qint64 count = 0;
    qint64 last = after;
    bool written = true;
    while (written && !ticker.stopped() && rows.next()) {
        last = rows.columnInt(0);
        ++count;
        fold.add(rows, 1);
        if (fold.isFull())
            written = fold.write(db) && ticker.report();
        ticker.advance();
    }
    if (!written || rows.failed() || dims.failed() || ticker.stopped())
        return false;
    *done = count < limit;
    return fold.write(db) && setStateValue(db, keywordRowidKey, *done ? upTo : last);
}

} // namespace

qint64 keywordRowid(sqlite::Database &db)
{
    return stateValue(db, keywordRowidKey, stateValue(db, u"complaint_rowid"_s));
}

bool keywordsBehind(sqlite::Database &db)
{
    return keywordRowid(db) < stateValue(db, u"complaint_rowid"_s);
}

bool foldKeywordRows(sqlite::Database &db, DimensionIds &dims, const TextLists &lists, FoldTicker &ticker)
{
    KeywordFold fold(dims, lists);
    bool done = false;
    return foldChunk(db, fold, dims, ticker, std::numeric_limits<qint64>::max(), &done);
}

bool moveKeywords(sqlite::Database &db, DimensionIds &dims, const TextLists &lists)
{
    const qint64 folded = keywordRowid(db);
    KeywordFold fold(dims, lists);
    const auto count = [&](const QString &sql, qint64 sign) {
        sqlite::Statement rows = db.prepare(sql.arg(keywordColumns, movedComplaints));
        rows.bindInt(1, folded);
        while (rows.next()) {
            fold.add(rows, sign);
            if (fold.isFull() && !fold.write(db))
                return false;
        }
        return !rows.failed();
    };
    return count(u"SELECT %1 FROM %2 WHERE id <= ?1"_s, -1)
        && count(u"SELECT %1 FROM complaint WHERE id <= ?1 AND id IN (SELECT id FROM %2)"_s, 1) && !dims.failed()
        && fold.write(db) && db.exec(u"DELETE FROM agg_keyword WHERE length(keywords) = 0"_s);
}

bool foldKeywords(sqlite::Database &db, QString *error, const FoldProgress &progress, qint64 chunkRows)
{
    FoldTicker ticker(&progress);
    const bool ownTransactions = sqlite3_get_autocommit(db.handle()) != 0;
    const qint64 limit = ownTransactions ? std::max<qint64>(chunkRows, 1) : std::numeric_limits<qint64>::max();
    std::optional<TextLists> lists;
    std::optional<DimensionIds> dims;
    std::optional<KeywordFold> fold;
    qint64 version = -1;
    bool counted = false;
    QString message; // of a failure that is not the database's
    enum class Chunk { Failed, Stopped, Folded, Done };
    const auto chunk = [&] {
        // Another connection may have written since the last chunk (dimension
        // values of an import, edited word lists): what is kept is read again.
        const qint64 now = scalar(db, u"PRAGMA data_version"_s);
        if (!fold || now != version) {
            fold.reset();
            dims.reset();
            lists = TextLists::read(db, &message);
            if (!lists)
                return Chunk::Failed;
            if (aggregateState(db, lists->fingerprint()) == AggregateState::Stale)
                return Chunk::Done;
            dims.emplace(db);
            if (!dims->isValid())
                return Chunk::Failed;
            fold.emplace(*dims, *lists);
            version = now;
        }
        if (!counted) {
            ticker.setTotal(std::max<qint64>(stateValue(db, u"complaint_rowid"_s) - keywordRowid(db), 0));
            counted = true;
            if (!ticker.report())
                return Chunk::Stopped;
        }
        bool done = false;
        if (!foldChunk(db, *fold, *dims, ticker, limit, &done))
            return ticker.stopped() ? Chunk::Stopped : Chunk::Failed;
        return done ? Chunk::Done : Chunk::Folded;
    };
    for (;;) {
        if (!db.exec(ownTransactions ? u"BEGIN IMMEDIATE"_s : u"SAVEPOINT cx_keywords"_s)) {
            if (error)
                *error = aggregateFailure(db);
            return false;
        }
        const Chunk result = chunk();
        if (result == Chunk::Failed || result == Chunk::Stopped) {
            if (error)
                *error = result == Chunk::Stopped ? QString() : message.isEmpty() ? aggregateFailure(db) : message;
            db.exec(ownTransactions ? u"ROLLBACK"_s : u"ROLLBACK TO cx_keywords; RELEASE cx_keywords"_s);
            return false;
        }
        if (!db.exec(ownTransactions ? u"COMMIT"_s : u"RELEASE cx_keywords"_s)) {
            if (error)
                *error = aggregateFailure(db);
            db.exec(ownTransactions ? u"ROLLBACK"_s : u"ROLLBACK TO cx_keywords; RELEASE cx_keywords"_s);
            return false;
        }
        if (result == Chunk::Done) {
            ticker.finish(); // all is committed: a stop asked for now has nothing left to stop
            return true;
        }
    }
}

} // namespace cx
