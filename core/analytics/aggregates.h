#pragma once

#include "analytics/foldprogress.h"

#include <QString>
#include <QStringList>
#include <QtGlobal>

// Pre-aggregation of the two big fact tables (complaint, survey_response with
// survey_answer) into the agg_* tables of schema versions 2, 5, 8 and 9, so that the
// analysis engine reads a few hundred thousand narrow rows instead of the
// facts with their texts. The aggregates hold, per dimension ids:
//   agg_cell       month × product × region (grid-level tuple) × channel × category × stage × department
//                  → count, how they were handled (see serviceaggregates.h), and per pain-point tag
//                  its complaints (tags: a blob, see analytics/tagcounts.h; tag '': complaints no tag
//                  rule matched); one row per month and product, its cells a blob (CellBlockWriter)
//   agg_survey     month × product × region × measure → n, Σx, Σx², histogram of ⌈x⌉ (0..10)
//                  (measure: a scored question's id, or 0 overall, -1 NPS, -2 responses)
//   agg_keyword    category × month × product × city × keyword → complaints mentioning it
//                  (keyword '': complaints with a text; "a b": two adjacent words)
//   complaint_tag  pain-point tag × block of complaint ids → the block's complaints with the tag
//                  (a blob, see analytics/taggedcomplaints.h; untagged ones are left out)
//   agg_element    category × stage × perception element (code) → count (see elementaggregates.h)
// Keywords and tags come from the workspace's word lists (TextLists).
// Keywords are folded by the import when the texts repeat, otherwise in a
// step of their own after it (keywordfold.h, complaintimportfold.h).
// agg_batch lists the import batches folded in; agg_state holds the highest
// fact row ids and row totals folded and the fingerprint of the word lists,
// which is how staleness is detected.

namespace cx {

class ComplaintImportFold;

namespace sqlite {
class Database;
}

/// How the aggregates of a workspace relate to its facts.
enum class AggregateState {
    Current, ///< every complaint and survey row is folded in exactly once (keywords: see keywordsBehind())
    Behind,  ///< newer rows exist that are not folded in yet (updateAggregates)
    Stale,   ///< a folded batch was deleted since (rebuildAggregates)
};

/// Checks the aggregates against the facts in O(1) queries (highest row ids
/// and per-batch totals) and against the word lists (a list edited since the
/// fold makes them stale). Edits that do not go through batches (deleting
/// single complaints, re-applying an edited category map to stored rows, or
/// reclassifying survey questions) are not detected: call
/// rebuildAggregates() after them (recountComplaintAggregates() after a map edit).
AggregateState aggregateState(sqlite::Database &db);
/// The same against word lists of this fingerprint (TextLists::fingerprint()).
AggregateState aggregateState(sqlite::Database &db, qint64 textListsFingerprint);

/// Folds the rows imported since the last fold into the aggregates: those of
/// `batchId` (the batch just imported; a batch's rows are contiguous in
/// rowid) and of any earlier batch that was never folded. When the
/// aggregates are stale it rebuilds them instead. Runs inside the caller's
/// transaction when there is one (a savepoint otherwise). Imports fold
/// their rows themselves (finishImportFold()); ensureAggregates() calls this
/// for workspaces written otherwise (older versions, deleted batches). False with a translated message on a database error.
bool updateAggregates(sqlite::Database &db, qint64 batchId, QString *error);

/// Counts agg_cell (with its tag counts) and agg_element again
/// for `categories` (finest level present, as they key them) from the
/// complaints already folded in, after their journey stages were re-derived
/// from an edited category map. Only these hold the stage, and a category's cells come only from its own
/// complaints: keywords, survey scores and the other categories are kept,
/// which makes this many times faster than rebuildAggregates(). A
/// no-op when the aggregates are stale (they are rebuilt before the next
/// analysis). Runs inside the caller's transaction when there is one.
bool recountComplaintAggregates(sqlite::Database &db, const QStringList &categories, QString *error);

/// Empties the aggregates and folds every complaint and survey row again, keywords included.
bool rebuildAggregates(sqlite::Database &db, QString *error);

/// Marks the aggregates stale, so that the next ensureAggregates() rebuilds
/// them: for changes to stored fact rows that folding by rowid cannot see
/// (an import that updated complaints or responses in place). A no-op when
/// nothing was folded yet. False on a database error.
bool markAggregatesStale(sqlite::Database &db);

/// Lets an import fold its own rows into the aggregates in its transaction
/// (finishImportFold()), so that the workspace is analysable the moment the
/// import commits. Call inside the import's transaction before its first
/// row. Only when the aggregates are current: from here on, complaints and
/// survey responses changed in place keep their folded values (temporary
/// triggers copy them, with a response's answers, before the first change),
/// so that the fold takes exactly their old contribution out and the new
/// one in. False when the aggregates are behind or stale (the import then
/// leaves them to ensureAggregates(), as older versions did) or on a
/// database error.
bool beginImportFold(sqlite::Database &db);

/// Folds what the import wrote since beginImportFold(): the new rows and the
/// rows changed in place, reporting to `progress`. The complaints
/// `imported` counted as the import inserted them are written, not read
/// back (the progress then goes by the complaints of the cells written). Keywords are moved only
/// for changed rows whose keywords were folded; those of the other rows are
/// left to foldKeywords() (keywordfold.h). Drops the triggers and
/// kept values. Runs in the import's transaction: a rolled-back import
/// leaves the aggregates as they were. False with a translated message on a
/// database error, and with an empty one when `progress` stopped it.
bool finishImportFold(sqlite::Database &db, QString *error, const FoldProgress &progress = {},
                      ComplaintImportFold *imported = nullptr);

/// Brings the aggregates up to date if they are behind or stale (in its own
/// transaction when none is open), then folds the keywords still due
/// (foldKeywords(): in chunks of their own transactions when none is open);
/// a no-op when both are current.
bool ensureAggregates(sqlite::Database &db, QString *error);

} // namespace cx
