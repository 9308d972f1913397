#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QtGlobal>

#include <optional>
#include <utility>
#include <vector>

namespace cx {

namespace sqlite {
class Database;
}

/// complaint_tag holds the complaints of each pain-point tag (an agg_dim id
/// of kind TagDim) in blocks of consecutive complaint ids: one row per tag
/// and block (`block` = id >> taggedBlockBits) with the block's ids in a
/// blob. Blocks this large make a million complaints a few hundred rows,
/// and as an import's ids grow its writes are new blocks but the last.
inline constexpr int taggedBlockBits = 16;

/// The blob of block `block` holding `ids` (ascending, distinct, all of
/// that block): the first id's offset in the block, then each gap to the
/// next id less one, as unsigned LEB128 varints. A tag marks a few percent
/// of the complaints, so gaps mostly fit a byte, where a bitmap would take
/// 8 KB a block whatever its ids. Canonical: equal ids give equal bytes.
QByteArray encodeTaggedBlock(qint64 block, const std::vector<qint64> &ids);

/// Appends the ids of block `block`'s blob to `ids`, ascending; false (with
/// `ids` as it was) when the bytes are no blob of that block: empty, cut
/// off, not minimal, or an id past the block's end.
bool decodeTaggedBlock(qint64 block, QByteArrayView blob, std::vector<qint64> &ids);

/// A pain-point tag (agg_dim id) and a complaint id.
using TaggedComplaint = std::pair<qint32, qint64>;

/// Takes `removed` out of complaint_tag, then puts `added` in (a pair in
/// both stays), reading and writing only the blocks they fall in; a block
/// left empty is deleted. Both are sorted here and emptied on success.
/// False on a database error or a stored block that does not decode
/// (`unreadable` set then, when given).
bool updateTaggedComplaints(sqlite::Database &db, std::vector<TaggedComplaint> &added,
                            std::vector<TaggedComplaint> &removed, bool *unreadable = nullptr);

/// The complaints complaint_tag holds for `tag`, ascending; none on a
/// database error or a block that does not decode (`unreadable` set then,
/// when given).
std::optional<std::vector<qint64>> taggedComplaints(sqlite::Database &db, qint64 tag, bool *unreadable = nullptr);

} // namespace cx
