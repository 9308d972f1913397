#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QtGlobal>

#include <vector>

struct sqlite3;

namespace cx {

/// The complaints of a complaint cell with one pain-point tag (an agg_dim id
/// of kind TagDim; the '' tag counts the complaints no rule matched).
struct TagCount
{
    qint32 tag = 0;
    qint64 n = 0;
    bool operator==(const TagCount &) const = default;
};

/// The tag counts of a cell as agg_cell.tags holds them (and the keyword
/// counts of agg_keyword.keywords, keyword ids as tags): a canonical
/// blob of (tag, n) pairs, each an unsigned LEB128 varint, ascending by tag,
/// every n > 0. Equal counts give equal bytes, so that blobs can be compared
/// as they are. `counts` may be in any order and repeat a tag (they are
/// summed); tags whose sum is not positive are left out.
QByteArray encodeTagCounts(std::vector<TagCount> counts);
/// encodeTagCounts() of `counts` appended to `out`, sorting `counts` in place.
void appendTagCounts(QByteArray &out, std::vector<TagCount> &counts);

/// The pairs of a blob made by encodeTagCounts(), ascending by tag; false
/// (with `counts` emptied) when the bytes are no such blob.
bool decodeTagCounts(QByteArrayView blob, std::vector<TagCount> &counts);

/// Registers on a connection the SQL functions over tag-count blobs:
///   cx_tags_merge(tags, plus, minus): `tags` with the counts of blob `plus`
///       added and those of blob `minus` taken away (the fold's change of a
///       cell; counts reaching 0 leave the blob);
///   cx_tag_count(tags, tag): the n of one tag id in `tags`, 0 without it.
/// Both treat NULL as an empty blob. Registering again is a no-op (also
/// while statements run). False on a database error.
bool registerTagCountFunctions(sqlite3 *db);

} // namespace cx
