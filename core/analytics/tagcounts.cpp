#include "analytics/tagcounts.h"
#include "analytics/varint.h"

#include <sqlite3.h>

#include <algorithm>
#include <limits>

namespace cx {

namespace {

QByteArrayView blobOf(sqlite3_value *value)
{
    if (sqlite3_value_type(value) == SQLITE_NULL)
        return {};
    const void *bytes = sqlite3_value_blob(value);
    return QByteArrayView(static_cast<const char *>(bytes), sqlite3_value_bytes(value));
}

// Decodes an argument into `counts`, negated when `sign` is -1; false for bytes that are no blob.
bool appendArgument(sqlite3_value *value, qint64 sign, std::vector<TagCount> &counts, std::vector<TagCount> &scratch)
{
    if (!decodeTagCounts(blobOf(value), scratch))
        return false;
    for (const TagCount &count : scratch)
        counts.push_back({count.tag, sign * count.n});
    return true;
}

void mergeFunction(sqlite3_context *context, int, sqlite3_value **arguments)
{
    std::vector<TagCount> counts;
    std::vector<TagCount> scratch;
    if (!appendArgument(arguments[0], 1, counts, scratch) || !appendArgument(arguments[1], 1, counts, scratch)
        || !appendArgument(arguments[2], -1, counts, scratch)) {
        sqlite3_result_error(context, "cx_tags_merge: not a tag-count blob", -1);
        return;
    }
    const QByteArray blob = encodeTagCounts(std::move(counts));
    sqlite3_result_blob(context, blob.constData(), int(blob.size()), SQLITE_TRANSIENT);
}

void countFunction(sqlite3_context *context, int, sqlite3_value **arguments)
{
    std::vector<TagCount> counts;
    if (!decodeTagCounts(blobOf(arguments[0]), counts)) {
        sqlite3_result_error(context, "cx_tag_count: not a tag-count blob", -1);
        return;
    }
    const qint64 tag = sqlite3_value_int64(arguments[1]);
    const auto it = std::find_if(counts.begin(), counts.end(), [&](const TagCount &c) { return c.tag == tag; });
    sqlite3_result_int64(context, it != counts.end() ? it->n : 0);
}

} // namespace

QByteArray encodeTagCounts(std::vector<TagCount> counts)
{
    QByteArray out;
    appendTagCounts(out, counts);
    return out;
}

void appendTagCounts(QByteArray &out, std::vector<TagCount> &counts)
{
    std::sort(counts.begin(), counts.end(), [](const TagCount &a, const TagCount &b) { return a.tag < b.tag; });
    for (std::size_t i = 0; i < counts.size();) {
        const qint32 tag = counts[i].tag;
        qint64 n = 0;
        for (; i < counts.size() && counts[i].tag == tag; ++i)
            n += counts[i].n;
        if (n > 0 && tag >= 0) {
            varint::append(out, quint64(tag));
            varint::append(out, quint64(n));
        }
    }
}

bool decodeTagCounts(QByteArrayView blob, std::vector<TagCount> &counts)
{
    counts.clear();
    qsizetype at = 0;
    while (at < blob.size()) {
        quint64 tag = 0;
        quint64 n = 0;
        if (!varint::read(blob, at, tag) || !varint::read(blob, at, n) || tag > quint64(std::numeric_limits<qint32>::max())
            || n == 0 || n > quint64(std::numeric_limits<qint64>::max())
            || (!counts.empty() && qint64(tag) <= counts.back().tag)) {
            counts.clear();
            return false;
        }
        counts.push_back({qint32(tag), qint64(n)});
    }
    return true;
}

bool registerTagCountFunctions(sqlite3 *db)
{
    // Registered already: defining a function again fails while a statement
    // runs (a fold writes its counts in steps while it reads the complaints).
    sqlite3_stmt *probe = nullptr;
    const bool registered =
        sqlite3_prepare_v2(db, "SELECT cx_tags_merge(NULL, NULL, NULL), cx_tag_count(NULL, 0)", -1, &probe, nullptr)
        == SQLITE_OK;
    sqlite3_finalize(probe);
    if (registered)
        return true;
    constexpr int flags = SQLITE_UTF8 | SQLITE_DETERMINISTIC | SQLITE_INNOCUOUS;
    return sqlite3_create_function(db, "cx_tags_merge", 3, flags, nullptr, mergeFunction, nullptr, nullptr)
               == SQLITE_OK
           && sqlite3_create_function(db, "cx_tag_count", 2, flags, nullptr, countFunction, nullptr, nullptr)
                  == SQLITE_OK;
}

} // namespace cx
