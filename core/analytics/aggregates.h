#pragma once

#include <QString>
#include <QStringList>
#include <QtGlobal>

// Pre-aggregation of the two big fact tables (complaint, survey_response with
// survey_answer) into the agg_* tables of schema version 2, so that the
// analysis engine reads a few hundred thousand narrow rows instead of the
// facts with their texts. The aggregates hold, per dimension ids:
//   agg_complaint  month × product × region (grid-level tuple) × channel × category × stage → count
//   agg_survey     month × product × region × measure → n, Σx, Σx², histogram of ⌈x⌉ (0..10)
//                  (measure: a scored question's id, or 0 overall, -1 NPS, -2 responses)
//   agg_keyword    category × month × product × city × keyword → complaints mentioning it
// agg_batch lists the import batches folded in; agg_state holds the highest
// fact row ids and row totals folded, which is how staleness is detected.

namespace cx {

namespace sqlite {
class Database;
}

/// How the aggregates of a workspace relate to its facts.
enum class AggregateState {
    Current, ///< every complaint and survey row is folded in exactly once
    Behind,  ///< newer rows exist that are not folded in yet (updateAggregates)
    Stale,   ///< a folded batch was deleted since (rebuildAggregates)
};

/// Checks the aggregates against the facts in O(1) queries (highest row ids
/// and per-batch totals). Edits that do not go through batches (deleting
/// single complaints, re-applying an edited category map to stored rows, or
/// reclassifying survey questions) are not detected: call
/// rebuildAggregates() after them (recountComplaintAggregates() after a map edit).
AggregateState aggregateState(sqlite::Database &db);

/// Folds the rows imported since the last fold into the aggregates: those of
/// `batchId` (the batch just imported; a batch's rows are contiguous in
/// rowid) and of any earlier batch that was never folded. When the
/// aggregates are stale it rebuilds them instead. Runs inside the caller's
/// transaction when there is one (a savepoint otherwise). Imports only load
/// facts; ensureAggregates() calls this before an analysis needs the
/// aggregates. False with a translated message on a database error.
bool updateAggregates(sqlite::Database &db, qint64 batchId, QString *error);

/// Counts agg_complaint again for `categories` (finest level present, as
/// agg_complaint keys them) from the complaints already folded in, after
/// their journey stages were re-derived from an edited category map. Only
/// agg_complaint holds the stage, and a category's cells come only from its
/// own complaints: keywords, survey scores and the other categories are
/// kept, which makes this many times faster than rebuildAggregates(). A
/// no-op when the aggregates are stale (they are rebuilt before the next
/// analysis). Runs inside the caller's transaction when there is one.
bool recountComplaintAggregates(sqlite::Database &db, const QStringList &categories, QString *error);

/// Empties the aggregates and folds every complaint and survey row again.
bool rebuildAggregates(sqlite::Database &db, QString *error);

/// Brings the aggregates up to date if they are behind or stale (in its own
/// transaction when none is open); a no-op when they are current.
bool ensureAggregates(sqlite::Database &db, QString *error);

} // namespace cx
