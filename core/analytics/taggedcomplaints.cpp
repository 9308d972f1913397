#include "analytics/taggedcomplaints.h"

#include "analytics/varint.h"
#include "pipeline/sqlite.h"

#include <algorithm>
#include <iterator>
#include <limits>

namespace cx {

using namespace Qt::StringLiterals;

namespace {

constexpr qint64 blockSize = qint64(1) << taggedBlockBits;

qint64 blockOf(qint64 id)
{
    return id >> taggedBlockBits;
}

// The blocks ids can fall in: the first id of each is a qint64.
bool isBlock(qint64 block)
{
    return block >= blockOf(std::numeric_limits<qint64>::min()) && block <= blockOf(std::numeric_limits<qint64>::max());
}

} // namespace

QByteArray encodeTaggedBlock(qint64 block, const std::vector<qint64> &ids)
{
    QByteArray bytes;
    bytes.reserve(qsizetype(ids.size()) + 4);
    // Each varint is the distance from the lowest id the next may be.
    qint64 next = 0;
    for (const qint64 id : ids) {
        const qint64 offset = id - block * blockSize;
        varint::append(bytes, quint64(offset - next));
        next = offset + 1;
    }
    return bytes;
}

bool decodeTaggedBlock(qint64 block, QByteArrayView blob, std::vector<qint64> &ids)
{
    if (blob.isEmpty() || !isBlock(block))
        return false;
    const std::size_t kept = ids.size();
    const qint64 first = block * blockSize;
    qint64 next = 0; // offsets in the block stay below blockSize: at most that many ids a blob
    for (qsizetype at = 0; at < blob.size();) {
        quint64 gap = 0;
        if (!varint::read(blob, at, gap) || gap >= quint64(blockSize - next)) {
            ids.resize(kept);
            return false;
        }
        next += qint64(gap);
        ids.push_back(first + next);
        ++next;
    }
    return true;
}

bool updateTaggedComplaints(sqlite::Database &db, std::vector<TaggedComplaint> &added,
                            std::vector<TaggedComplaint> &removed, bool *unreadable)
{
    std::sort(added.begin(), added.end());
    added.erase(std::unique(added.begin(), added.end()), added.end());
    std::sort(removed.begin(), removed.end());
    sqlite::Statement read = db.prepare(u"SELECT ids FROM complaint_tag WHERE tag = ?1 AND block = ?2"_s);
    sqlite::Statement write = db.prepare(u"INSERT OR REPLACE INTO complaint_tag(tag, block, ids) VALUES (?1, ?2, ?3)"_s);
    sqlite::Statement erase = db.prepare(u"DELETE FROM complaint_tag WHERE tag = ?1 AND block = ?2"_s);
    using Key = std::pair<qint32, qint64>; // tag, block
    const auto keyOf = [](const TaggedComplaint &pair) { return Key{pair.first, blockOf(pair.second)}; };
    // Moves `from` past the pairs of `key`, collecting their ids.
    const auto take = [&](std::vector<TaggedComplaint>::const_iterator &from, const std::vector<TaggedComplaint> &pairs,
                          const Key &key, std::vector<qint64> &ids) {
        ids.clear();
        for (; from != pairs.cend() && keyOf(*from) == key; ++from)
            ids.push_back(from->second);
    };
    std::vector<qint64> stored;
    std::vector<qint64> removedIds;
    std::vector<qint64> addedIds;
    std::vector<qint64> kept;
    std::vector<qint64> merged;
    auto plus = added.cbegin();
    auto minus = removed.cbegin();
    while (plus != added.cend() || minus != removed.cend()) {
        Key key = plus != added.cend() ? keyOf(*plus) : keyOf(*minus);
        if (plus != added.cend() && minus != removed.cend())
            key = std::min(key, keyOf(*minus));
        const auto [tag, block] = key;
        take(plus, added, key, addedIds);
        take(minus, removed, key, removedIds);

        stored.clear();
        read.bindInt(1, tag);
        read.bindInt(2, block);
        const bool found = read.next();
        if (read.failed())
            return false;
        if (found && !decodeTaggedBlock(block, read.columnBlob(0), stored)) {
            if (unreadable)
                *unreadable = true;
            return false;
        }
        read.reset();

        kept.clear();
        merged.clear();
        std::set_difference(stored.begin(), stored.end(), removedIds.begin(), removedIds.end(), std::back_inserter(kept));
        std::set_union(kept.begin(), kept.end(), addedIds.begin(), addedIds.end(), std::back_inserter(merged));
        if (merged.empty()) {
            if (found) {
                erase.bindInt(1, tag);
                erase.bindInt(2, block);
                if (!erase.exec())
                    return false;
            }
        } else if (merged != stored) {
            write.bindInt(1, tag);
            write.bindInt(2, block);
            write.bindBlob(3, encodeTaggedBlock(block, merged));
            if (!write.exec())
                return false;
        }
    }
    added = {};
    removed = {};
    return true;
}

std::optional<std::vector<qint64>> taggedComplaints(sqlite::Database &db, qint64 tag, bool *unreadable)
{
    sqlite::Statement q = db.prepare(u"SELECT block, ids FROM complaint_tag WHERE tag = ?1 ORDER BY block"_s);
    q.bindInt(1, tag);
    std::vector<qint64> ids;
    while (q.next()) {
        // Blocks ascend, so do their ids: blocks read as the same (1 and 1.5) are no list.
        const std::size_t before = ids.size();
        if (!decodeTaggedBlock(q.columnInt(0), q.columnBlob(1), ids)
            || (before > 0 && ids[before] <= ids[before - 1])) {
            if (unreadable)
                *unreadable = true;
            return std::nullopt;
        }
    }
    if (q.failed())
        return std::nullopt;
    return ids;
}

} // namespace cx
