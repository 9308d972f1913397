#pragma once

#include "analytics/foldprogress.h"

#include <QLatin1StringView>
#include <QString>
#include <QtGlobal>

// The keywords of complaint texts (agg_keyword: category × month × product
// × city → the complaints mentioning each keyword, as a blob of the tag
// counts' format, tagcounts.h) are folded by the import when its texts
// repeat (ComplaintImportFold), otherwise in a step of their own after it:
// segmenting texts that rarely repeat costs more than the rest of the fold.
// agg_state's keyword_rowid is the highest complaint id whose keywords
// agg_keyword holds; complaint_rowid the highest whose cells and tags
// agg_cell holds, never below it. A rebuild folds both at once.

namespace cx {

class DimensionIds;
class TextLists;

namespace sqlite {
class Database;
}

/// agg_state key of the highest complaint id whose keywords are folded.
inline constexpr auto keywordRowidKey = QLatin1StringView("keyword_rowid");

/// The highest complaint id whose keywords agg_keyword holds. A workspace
/// folded before keywords had their own step has none recorded: its
/// keywords were folded with the cells, up to complaint_rowid.
qint64 keywordRowid(sqlite::Database &db);

/// Whether complaints whose cells are folded still lack their keywords
/// (foldKeywords() is due). O(1).
bool keywordsBehind(sqlite::Database &db);

/// Complaints foldKeywords() commits at a time when it runs in its own
/// transactions.
inline constexpr qint64 keywordChunkRows = 100000;

/// Folds the keywords of the complaints above keyword_rowid, up to
/// complaint_rowid, into agg_keyword, reporting to `progress` (complaints
/// folded of those to fold). Reads only the columns it needs. Outside a
/// transaction it commits every `chunkRows` complaints with keyword_rowid
/// advanced: a stop (`progress` returning false), an interrupted statement
/// or a database error loses only the chunk under way, and the next call
/// resumes after the last committed one. Inside the caller's transaction it
/// runs in a savepoint and leaves the commit to the caller. Other
/// connections may write between its chunks (it reads the dimension ids
/// again when they did). Stale aggregates are left alone: their rebuild
/// folds the keywords. False with a translated message on a database error,
/// and with an empty one when `progress` stopped it.
bool foldKeywords(sqlite::Database &db, QString *error, const FoldProgress &progress = {},
                  qint64 chunkRows = keywordChunkRows);

/// For the folds of aggregates.cpp, in their transaction: the keywords of
/// every complaint above keyword_rowid up to complaint_rowid, at once
/// (a rebuild), counted on `ticker`.
bool foldKeywordRows(sqlite::Database &db, DimensionIds &dims, const TextLists &lists, FoldTicker &ticker);

/// For an import's fold, in its transaction: the complaints it changed in
/// place whose keywords are folded (id ≤ keyword_rowid) move their keyword
/// counts, their kept old values out and their current ones in. Those above
/// keyword_rowid are left to foldKeywords(), which reads them as they are.
bool moveKeywords(sqlite::Database &db, DimensionIds &dims, const TextLists &lists);

} // namespace cx
