#pragma once

#include "analytics/utf8map.h"
#include "pipeline/sqlite.h"

#include <QHash>
#include <QLatin1StringView>
#include <QString>
#include <QStringList>
#include <QtGlobal>

#include <algorithm>
#include <array>
#include <cstddef>
#include <utility>
#include <vector>

// What the folds of aggregates.cpp and keywordfold.cpp share: the fold
// state in agg_state, counts keyed by dimension ids and their ordered
// insert, the kept values of rows an import changes in place, and the
// savepoint a fold runs in.

namespace cx {

/// The first column of the first row of `sql`, 0 without a row.
qint64 scalar(sqlite::Database &db, const QString &sql);
/// An agg_state value; `absent` when the key has none.
qint64 stateValue(sqlite::Database &db, const QString &key, qint64 absent = 0);
/// Sets an agg_state value.
bool setStateValue(sqlite::Database &db, const QString &key, qint64 value);

/// Adds the rows folded per import batch (batch id → rows) to agg_batch's `column`.
bool recordBatches(sqlite::Database &db, const QHash<qint64, qint64> &counts, const QString &column);

/// The translated message of a failed fold, naming the workspace file.
QString aggregateFailure(sqlite::Database &db);

/// Where an import keeps the folded values of the complaints it changes in
/// place (see beginImportFold()); absent outside such an import.
inline constexpr auto movedComplaints = QLatin1StringView("temp.cx_moved_complaint");

/// Whether a temporary table (`temp.name`) exists.
bool tableExists(sqlite::Database &db, QLatin1StringView table);

/// Removes the cells that hold 0 after a row moved out of them: the tables
/// hold no empty cells.
bool removeEmptyCells(sqlite::Database &db, const QStringList &tables);

/// The first of three texts that is not empty.
inline QByteArrayView firstNonEmpty(QByteArrayView a, QByteArrayView b, QByteArrayView c)
{
    return !a.isEmpty() ? a : !b.isEmpty() ? b : c;
}

/// A key of N dimension ids.
template<std::size_t N>
struct Key
{
    std::array<qint32, N> ids{};

    // Id by id: std::array's == calls memcmp(), a library call per probe
    // of a hash table, and its < goes through a three-way comparison.
    friend bool operator==(const Key &a, const Key &b)
    {
        bool equal = true;
        for (std::size_t i = 0; i < N; ++i)
            equal &= a.ids[i] == b.ids[i];
        return equal;
    }
    friend bool operator<(const Key &a, const Key &b)
    {
        for (std::size_t i = 0; i < N; ++i)
            if (a.ids[i] != b.ids[i])
                return a.ids[i] < b.ids[i];
        return false;
    }
};

template<std::size_t N>
size_t qHash(const Key<N> &key, size_t seed = 0)
{
    return qHashRange(key.ids.begin(), key.ids.end(), seed);
}

/// Values keyed by N dimension ids in one open-addressing table: a fold
/// looks up a key per complaint row several times, and a node map's
/// allocation and pointer chase per entry were most of the counting. The
/// entries are a dense array, so that take() hands them over for sorting
/// without a copy.
template<std::size_t N, typename Value>
class FlatCounts
{
public:
    using Entry = std::pair<Key<N>, Value>;

    /// The value of `key`, value-initialised when new.
    Value &operator[](const Key<N> &key) { return m_entries[indexOf(key)].second; }
    /// The index of `key`'s entry, added value-initialised when new: the
    /// entries keep their indexes until take().
    std::size_t indexOf(const Key<N> &key)
    {
        if (m_entries.capacity() == 0)
            m_entries.reserve(m_reserve);
        if (2 * (m_entries.size() + 1) > m_slots.size())
            grow();
        const std::size_t mask = m_slots.size() - 1;
        for (std::size_t slot = hash(key) & mask;; slot = (slot + 1) & mask) {
            const qint32 at = m_slots[slot];
            if (at < 0) {
                m_slots[slot] = qint32(m_entries.size());
                m_entries.emplace_back(key, Value{});
                return m_entries.size() - 1;
            }
            if (m_entries[std::size_t(at)].first == key)
                return std::size_t(at);
        }
    }
    qsizetype size() const { return qsizetype(m_entries.size()); }
    /// Makes room for `entries` whenever the table fills from empty, so that
    /// a table emptied and filled again up to a known size never holds the
    /// old and the doubled array at once.
    void reserve(std::size_t entries) { m_reserve = entries; }
    /// The value of entry `index` (indexOf()).
    Value &valueAt(std::size_t index) { return m_entries[index].second; }
    /// The entries in key order, emptying the table.
    std::vector<Entry> take()
    {
        std::vector<Entry> entries = takeByIndex();
        std::sort(entries.begin(), entries.end(), [](const Entry &a, const Entry &b) { return a.first < b.first; });
        return entries;
    }
    /// The entries by index, emptying the table.
    std::vector<Entry> takeByIndex()
    {
        std::vector<Entry> entries = std::move(m_entries);
        m_entries = {};
        m_slots = {};
        return entries;
    }

private:
    static std::size_t hash(const Key<N> &key)
    {
        quint64 h = 0;
        for (const qint32 id : key.ids)
            h = (h ^ quint32(id)) * 0x9e3779b97f4a7c15ULL;
        return std::size_t(h ^ (h >> 29));
    }
    void grow()
    {
        m_slots.assign(std::max<std::size_t>(64, 2 * m_slots.size()), -1);
        const std::size_t mask = m_slots.size() - 1;
        for (std::size_t i = 0; i < m_entries.size(); ++i) {
            std::size_t slot = hash(m_entries[i].first) & mask;
            while (m_slots[slot] >= 0)
                slot = (slot + 1) & mask;
            m_slots[slot] = qint32(i);
        }
    }

    std::vector<Entry> m_entries;
    std::vector<qint32> m_slots; ///< index into m_entries, -1 for a free slot
    std::size_t m_reserve = 0;
};

/// Adds counts keyed by N dimension ids to a table (`insert` binds the ids,
/// then n), emptying `counts`. Rows go in key order, which is the order of
/// the table's primary key: appending to the b-tree instead of inserting all
/// over it is what keeps a fold of a million complaints fast.
template<std::size_t N>
bool insertCounts(sqlite::Statement &insert, QHash<Key<N>, qint64> &counts)
{
    std::vector<std::pair<Key<N>, qint64>> rows;
    rows.reserve(std::size_t(counts.size()));
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        rows.emplace_back(it.key(), it.value());
    counts = {};
    std::sort(rows.begin(), rows.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
    for (const auto &[key, n] : rows) {
        if (n == 0) // a row moved out and back into the same cell
            continue;
        for (std::size_t i = 0; i < N; ++i)
            insert.bindInt(int(i) + 1, key.ids[i]);
        insert.bindInt(int(N) + 1, n);
        if (!insert.exec())
            return false;
    }
    return true;
}

/// What a fold derives from a complaint text (its tags, its keywords),
/// computed once per distinct text: texts repeat. Texts are looked up by
/// their UTF-8 bytes as stored. Memory is bounded on free-text exports: past
/// 200,000 texts the cache starts over.
template<typename Features>
class TextCache
{
public:
    /// The index of a text's features (valid until the cache starts over),
    /// `compute(QString)` giving them when the text is new. `beforeClear()`
    /// runs before the cache starts over, while the old indexes still hold.
    template<typename Compute, typename BeforeClear>
    qint32 index(QByteArrayView utf8, Compute compute, BeforeClear beforeClear)
    {
        if (const qint32 *known = m_index.find(utf8))
            return *known;
        if (m_features.size() >= 200000) {
            beforeClear();
            m_features.clear();
            m_index.clear();
        }
        m_features.push_back(compute(QString::fromUtf8(utf8)));
        return m_index.insert(utf8, qint32(m_features.size() - 1));
    }
    const Features &at(qint32 index) const { return m_features[std::size_t(index)]; }
    /// Distinct texts held.
    qsizetype size() const { return qsizetype(m_features.size()); }

private:
    std::vector<Features> m_features;
    Utf8Map<qint32> m_index; ///< UTF-8 text -> index into m_features
};

/// Runs `work` in a savepoint: inside the caller's transaction, or as its
/// own. On failure it is rolled back and `error` says why.
template<typename Work>
bool inSavepoint(sqlite::Database &db, QString *error, Work work)
{
    using namespace Qt::StringLiterals;
    if (!db.exec(u"SAVEPOINT cx_aggregates"_s)) {
        if (error)
            *error = aggregateFailure(db);
        return false;
    }
    if (!work()) {
        if (error)
            *error = aggregateFailure(db);
        db.exec(u"ROLLBACK TO cx_aggregates; RELEASE cx_aggregates"_s);
        return false;
    }
    if (!db.exec(u"RELEASE cx_aggregates"_s)) {
        if (error)
            *error = aggregateFailure(db);
        return false;
    }
    return true;
}

} // namespace cx
