#include "analytics/aggregates.h"

#include "analytics/aggregatedimensions.h"
#include "analytics/complaintcounter.h"
#include "analytics/complaintimportfold.h"
#include "analytics/elementaggregates.h"
#include "analytics/foldtables.h"
#include "analytics/keywordfold.h"
#include "analytics/serviceaggregates.h"
#include "analytics/tagcounts.h"
#include "pipeline/sqlite.h"
#include "text/painpointtagger.h"
#include "text/textlists.h"

#include <QHash>
#include <QSet>
#include <QStringList>

#include <sqlite3.h>

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdlib>
#include <optional>
#include <vector>

namespace cx {

using namespace Qt::StringLiterals;

namespace {

// agg_state key of the fingerprint of the word lists the aggregates were folded with.
const QString kTextListsKey = u"text_lists"_s;

// Where an import keeps the folded values of the responses it changes in
// place, as movedComplaints those of complaints.
constexpr auto movedResponses = "temp.cx_moved_response"_L1;
constexpr auto movedAnswers = "temp.cx_moved_answer"_L1;

// Folds the complaints not folded yet (rowid above the fold state's), and
// those an import changed in place: their kept old values out, their
// current ones in. A moved row also moves from its old batch's count to its
// new batch's, and its keywords when they were folded (moveKeywords()).
bool foldComplaints(sqlite::Database &db, DimensionIds &dims, const TextLists &lists, FoldTicker &ticker)
{
    const qint64 after = stateValue(db, u"complaint_rowid"_s);
    const QString columns = u"id, batch_id, %1"_s.arg(QLatin1StringView(complaintFieldColumns));
    ComplaintCounter counter(dims, lists);
    QHash<qint64, qint64> perBatch;
    bool written = true;
    const auto fold = [&](const QString &sql, qint64 sign) {
        sqlite::Statement rows = db.prepare(sql);
        rows.bindInt(1, after);
        qint64 count = 0;
        while (written && !ticker.stopped() && rows.next()) {
            perBatch[rows.columnInt(1)] += sign;
            ++count;
            counter.add(complaintFields(rows, 2), sign);
            counter.addComplaintTags(rows.columnInt(0), sign);
            if (counter.isFull())
                written = counter.write(db) && ticker.report();
            ticker.advance();
        }
        return count;
    };
    qint64 moved = 0;
    if (tableExists(db, movedComplaints)) {
        moved = fold(u"SELECT %1 FROM %2 WHERE id <= ?1"_s.arg(columns, movedComplaints), -1);
        fold(u"SELECT %1 FROM complaint WHERE id <= ?1 AND id IN (SELECT id FROM %2)"_s.arg(columns, movedComplaints),
             1);
    }
    const qint64 folded = fold(u"SELECT %1 FROM complaint WHERE id > ?1 ORDER BY id"_s.arg(columns), 1);
    if (dims.failed() || !written || ticker.stopped())
        return false;
    if (folded == 0 && moved == 0)
        return true;
    const qint64 lastId = folded == 0 ? after : scalar(db, u"SELECT max(id) FROM complaint"_s);
    return counter.write(db) && recordBatches(db, perBatch, u"complaints"_s)
        && (moved == 0
            || (removeEmptyCells(db, {u"agg_element"_s})
                && moveKeywords(db, dims, lists)))
        && setStateValue(db, u"complaint_rowid"_s, lastId)
        && setStateValue(db, u"complaints"_s, stateValue(db, u"complaints"_s) + folded);
}

// agg_cell and agg_element (the tables that hold the stage) counted again,
// for the given categories (finest level), from the complaints folded so
// far; keywords, surveys and the fold state stay. A category's cells come
// only from complaints whose finest category it is.
bool recountComplaints(sqlite::Database &db, const QStringList &categories, const TextLists &lists)
{
    DimensionIds dims(db);
    if (!dims.isValid()
        || !db.exec(u"DROP TABLE IF EXISTS temp.cx_recount; "
                    "CREATE TEMP TABLE cx_recount (value TEXT PRIMARY KEY) WITHOUT ROWID"_s))
        return false;
    sqlite::Statement insert = db.prepare(u"INSERT OR IGNORE INTO temp.cx_recount VALUES (?1)"_s);
    for (const QString &category : categories) {
        insert.bindText(1, category);
        if (!insert.exec())
            return false;
    }
    std::vector<qint32> categoryIds;
    sqlite::Statement ids = db.prepare(
        u"SELECT d.id FROM agg_dim d JOIN temp.cx_recount r ON r.value = d.value WHERE d.kind = ?1"_s);
    ids.bindInt(1, CategoryDim);
    while (ids.next())
        categoryIds.push_back(qint32(ids.columnInt(0)));
    sqlite::Statement removeElements = db.prepare(
        u"DELETE FROM agg_element WHERE category IN (SELECT d.id FROM agg_dim d JOIN temp.cx_recount r "
        "ON r.value = d.value WHERE d.kind = ?1)"_s);
    removeElements.bindInt(1, CategoryDim);
    if (ids.failed() || !removeCategoryCells(db, categoryIds) || !removeElements.exec())
        return false;
    sqlite::Statement rows = db.prepare(
        u"SELECT %1 FROM complaint WHERE id <= ?1 AND coalesce(nullif(category3, ''), nullif(category2, ''), "
        "coalesce(category1, '')) IN (SELECT value FROM temp.cx_recount)"_s.arg(QLatin1StringView(complaintFieldColumns)));
    rows.bindInt(1, stateValue(db, u"complaint_rowid"_s));
    ComplaintCounter counter(dims, lists);
    while (rows.next())
        counter.add(complaintFields(rows, 0));
    if (dims.failed() || !counter.write(db))
        return false;
    // A renamed stage leaves its old name behind; the analyses list every stage value.
    QSet<qint32> stages;
    if (!forEachStoredCell(db, [&stages](const StoredCell &cell) {
            stages.insert(cell.key.ids[5]);
            return true;
        }))
        return false;
    std::vector<qint64> unused;
    sqlite::Statement stageIds = db.prepare(u"SELECT id FROM agg_dim WHERE kind = ?1"_s);
    stageIds.bindInt(1, StageDim);
    while (stageIds.next())
        if (!stages.contains(qint32(stageIds.columnInt(0))))
            unused.push_back(stageIds.columnInt(0));
    if (stageIds.failed())
        return false;
    sqlite::Statement removeStage = db.prepare(u"DELETE FROM agg_dim WHERE id = ?1"_s);
    for (const qint64 id : unused) {
        removeStage.bindInt(1, id);
        if (!removeStage.exec())
            return false;
    }
    return db.exec(u"DROP TABLE temp.cx_recount"_s);
}

// Σ, Σ², n and a histogram of ⌈score⌉: with it the share of scores ≥ t is
// exact for any whole threshold t, since x ≥ t ⟺ ⌈x⌉ ≥ t.
struct ScoreStats
{
    qint64 n = 0;
    double total = 0;
    double totalSquares = 0;
    std::array<qint64, 11> histogram{};

    void add(double score, qint64 sign)
    {
        n += sign;
        total += double(sign) * score;
        totalSquares += double(sign) * score * score;
        histogram[std::size_t(std::clamp(int(std::ceil(score)), 0, 10))] += sign;
    }
};

// Measures of agg_survey besides question ids.
constexpr qint32 OverallMeasure = 0;
constexpr qint32 NpsMeasure = -1;
constexpr qint32 ResponsesMeasure = -2;

// Folds the responses not folded yet and, like foldComplaints(), those an
// import changed in place (with their answers as they were and as they are).
bool foldSurveys(sqlite::Database &db, DimensionIds &dims, FoldTicker &ticker)
{
    const qint64 after = stateValue(db, u"response_rowid"_s);
    QHash<Key<4>, ScoreStats> stats; // month, product, region, measure
    QHash<qint64, qint64> perBatch;
    const auto fold = [&](const QString &responseSql, const QString &answerSql, qint64 sign) {
        sqlite::Statement responses = db.prepare(responseSql);
        responses.bindInt(1, after);
        QHash<qint64, Key<4>> cellOf; // response id -> its cell (measure left 0)
        while (!ticker.stopped() && responses.next()) {
            ticker.advance();
            perBatch[responses.columnInt(1)] += sign;
            const auto text = [&](int column) { return responses.columnUtf8View(column); };
            const Key<4> cell{{dims.utf8Id(MonthDim, text(2)), dims.utf8Id(ProductDim, text(3)),
                               dims.utf8Region(text(4), text(5), text(6), text(7)), 0}};
            cellOf.insert(responses.columnInt(0), cell);
            const auto add = [&](qint32 measure, double score) {
                Key<4> key = cell;
                key.ids[3] = measure;
                stats[key].add(score, sign);
            };
            add(ResponsesMeasure, 0);
            if (!responses.columnIsNull(8))
                add(OverallMeasure, responses.columnDouble(8));
            if (!responses.columnIsNull(9))
                add(NpsMeasure, responses.columnDouble(9));
        }
        if (cellOf.isEmpty())
            return qint64(0);
        sqlite::Statement answers = db.prepare(answerSql);
        answers.bindInt(1, after);
        while (answers.next()) {
            auto cell = cellOf.constFind(answers.columnInt(0));
            if (cell == cellOf.constEnd())
                continue;
            Key<4> key = *cell;
            key.ids[3] = qint32(answers.columnInt(1));
            stats[key].add(answers.columnDouble(2), sign);
        }
        return qint64(cellOf.size());
    };
    static const auto responseColumns = "id, batch_id, month, product, province, city, county, grid, overall, nps"_L1;
    // Scores of the questions on journey stages, of responses picked by `where`.
    const auto answersOf = [](QLatin1StringView table, const QString &where) {
        return u"SELECT a.response_id, a.question_id, a.score FROM %1 a JOIN survey_question q ON q.id = a.question_id "
               "WHERE %2 AND a.score IS NOT NULL AND q.kind = 'stage'"_s.arg(table, where);
    };
    qint64 moved = 0;
    if (tableExists(db, movedResponses)) {
        moved = fold(u"SELECT %1 FROM %2 WHERE id <= ?1"_s.arg(responseColumns, movedResponses),
                     answersOf(movedAnswers, u"a.response_id <= ?1"_s), -1);
        const QString current = u"IN (SELECT id FROM %1)"_s.arg(movedResponses);
        fold(u"SELECT %1 FROM survey_response WHERE id <= ?1 AND id %2"_s.arg(responseColumns, current),
             answersOf("survey_answer"_L1, u"a.response_id <= ?1 AND a.response_id "_s + current), 1);
    }
    const qint64 folded = fold(u"SELECT %1 FROM survey_response WHERE id > ?1 ORDER BY id"_s.arg(responseColumns),
                               answersOf("survey_answer"_L1, u"a.response_id > ?1"_s), 1);
    if (dims.failed() || ticker.stopped())
        return false;
    if (folded == 0 && moved == 0)
        return true;
    const qint64 lastId = folded == 0 ? after : scalar(db, u"SELECT max(id) FROM survey_response"_s);

    QStringList histogramColumns, histogramPlaceholders, histogramUpdates;
    for (int i = 0; i <= 10; ++i) {
        histogramColumns << u"h%1"_s.arg(i);
        histogramPlaceholders << u"?%1"_s.arg(i + 8);
        histogramUpdates << u"h%1 = h%1 + excluded.h%1"_s.arg(i);
    }
    sqlite::Statement insert = db.prepare(
        u"INSERT INTO agg_survey(month, product, region, measure, n, total, total_sq, %1) "
        "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, %2) ON CONFLICT(month, product, region, measure) DO UPDATE SET "
        "n = n + excluded.n, total = total + excluded.total, total_sq = total_sq + excluded.total_sq, %3"_s.arg(
            histogramColumns.join(u", "_s), histogramPlaceholders.join(u", "_s), histogramUpdates.join(u", "_s)));
    for (auto it = stats.begin(); it != stats.end(); ++it) {
        for (int i = 0; i < 4; ++i)
            insert.bindInt(i + 1, it.key().ids[std::size_t(i)]);
        insert.bindInt(5, it->n);
        insert.bindDouble(6, it->total);
        insert.bindDouble(7, it->totalSquares);
        for (int i = 0; i <= 10; ++i)
            insert.bindInt(8 + i, it->histogram[std::size_t(i)]);
        if (!insert.exec())
            return false;
    }
    return recordBatches(db, perBatch, u"responses"_s) && (moved == 0 || removeEmptyCells(db, {u"agg_survey"_s}))
        && setStateValue(db, u"response_rowid"_s, lastId)
        && setStateValue(db, u"responses"_s, stateValue(db, u"responses"_s) + folded);
}

// The rows foldNewRows() goes through: those above the fold state's row ids
// (rowids of a batch are contiguous) and twice each row an import changed in place.
qint64 rowsToFold(sqlite::Database &db)
{
    qint64 rows = scalar(db, u"SELECT coalesce(max(id), 0) FROM complaint"_s) - stateValue(db, u"complaint_rowid"_s)
        + scalar(db, u"SELECT coalesce(max(id), 0) FROM survey_response"_s) - stateValue(db, u"response_rowid"_s);
    for (const QLatin1StringView moved : {movedComplaints, movedResponses})
        if (tableExists(db, moved))
            rows += 2 * scalar(db, u"SELECT count(*) FROM %1"_s.arg(moved));
    return std::max<qint64>(rows, 0);
}

// Folds the rows foldNewRows() goes through and, with `keywords` (a
// rebuild), the keywords of every complaint besides. The complaints an
// import counted as it inserted them (`imported`) are written first: the
// fold goes on from the last of them.
bool foldNewRows(sqlite::Database &db, const TextLists &lists, FoldTicker &ticker, bool keywords,
                 ComplaintImportFold *imported = nullptr)
{
    const qint64 keywordRows =
        keywords ? scalar(db, u"SELECT coalesce(max(id), 0) FROM complaint"_s) - keywordRowid(db) : 0;
    ticker.setTotal(rowsToFold(db) + std::max<qint64>(keywordRows, 0));
    // keyword_rowid recorded before complaint_rowid moves: a workspace
    // folded before it existed has its keywords up to complaint_rowid.
    if (!ticker.report() || !setStateValue(db, keywordRowidKey, keywordRowid(db))
        || (imported && !imported->write(db, ticker)))
        return false;
    DimensionIds dims(db);
    return dims.isValid() && foldComplaints(db, dims, lists, ticker) && foldSurveys(db, dims, ticker)
        && (!keywords || foldKeywordRows(db, dims, lists, ticker))
        && setStateValue(db, kTextListsKey, lists.fingerprint()) && ticker.finish();
}

bool clearAggregates(sqlite::Database &db)
{
    return db.exec(u"DELETE FROM agg_cell; DELETE FROM agg_survey; DELETE FROM agg_keyword; DELETE FROM complaint_tag; "
                   "DELETE FROM agg_element; DELETE FROM agg_batch; DELETE FROM agg_state; DELETE FROM agg_dim; DELETE FROM agg_region;"_s);
}

} // namespace

AggregateState aggregateState(sqlite::Database &db)
{
    const std::optional<TextLists> lists = TextLists::read(db, nullptr);
    return aggregateState(db, lists ? lists->fingerprint() : 0);
}

AggregateState aggregateState(sqlite::Database &db, qint64 textListsFingerprint)
{
    const qint64 complaints = scalar(db, u"SELECT coalesce(sum(complaints), 0) FROM agg_batch"_s);
    const qint64 responses = scalar(db, u"SELECT coalesce(sum(responses), 0) FROM agg_batch"_s);
    const qint64 foldedComplaints = stateValue(db, u"complaints"_s);
    const qint64 foldedResponses = stateValue(db, u"responses"_s);
    if (complaints != foldedComplaints || responses != foldedResponses)
        return AggregateState::Stale;
    // Keywords and tags folded with other word lists (or before lists were
    // recorded) must be folded again; with nothing folded yet, nothing is stale.
    if ((foldedComplaints > 0 || foldedResponses > 0) && stateValue(db, kTextListsKey) != textListsFingerprint)
        return AggregateState::Stale;
    if (scalar(db, u"SELECT coalesce(max(id), 0) FROM complaint"_s) > stateValue(db, u"complaint_rowid"_s)
        || scalar(db, u"SELECT coalesce(max(id), 0) FROM survey_response"_s) > stateValue(db, u"response_rowid"_s))
        return AggregateState::Behind;
    return AggregateState::Current;
}

namespace {

// updateAggregates() reporting to `ticker`, with the complaints an import
// counted (dropped when the aggregates are rebuilt); a stop leaves `error` empty.
bool update(sqlite::Database &db, QString *error, FoldTicker &ticker, ComplaintImportFold *imported = nullptr)
{
    const std::optional<TextLists> lists = TextLists::read(db, error);
    if (!lists)
        return false;
    const bool updated = inSavepoint(db, error, [&] {
        if (aggregateState(db, lists->fingerprint()) == AggregateState::Stale)
            return clearAggregates(db) && foldNewRows(db, *lists, ticker, true);
        return foldNewRows(db, *lists, ticker, false, imported);
    });
    if (!updated && ticker.stopped() && error)
        error->clear();
    return updated;
}

} // namespace

bool updateAggregates(sqlite::Database &db, qint64 batchId, QString *error)
{
    Q_UNUSED(batchId) // every unfolded row is folded, the batch's included
    FoldTicker ticker;
    return update(db, error, ticker);
}

bool recountComplaintAggregates(sqlite::Database &db, const QStringList &categories, QString *error)
{
    const std::optional<TextLists> lists = TextLists::read(db, error);
    if (!lists)
        return false;
    return inSavepoint(db, error, [&] {
        if (aggregateState(db, lists->fingerprint()) == AggregateState::Stale)
            return true; // the next analysis rebuilds them anyway
        return recountComplaints(db, categories, *lists);
    });
}

bool rebuildAggregates(sqlite::Database &db, QString *error)
{
    const std::optional<TextLists> lists = TextLists::read(db, error);
    if (!lists)
        return false;
    FoldTicker ticker;
    return inSavepoint(db, error, [&] { return clearAggregates(db) && foldNewRows(db, *lists, ticker, true); });
}

bool markAggregatesStale(sqlite::Database &db)
{
    // aggregateState() compares these totals with agg_batch: -1 never matches.
    return db.exec(u"UPDATE agg_state SET value = -1 WHERE key IN ('complaints', 'responses')"_s);
}

bool beginImportFold(sqlite::Database &db)
{
    if (aggregateState(db) != AggregateState::Current)
        return false;
    const qint64 responses = stateValue(db, u"response_rowid"_s);
    // Only rows already folded need their old values: newer responses are
    // folded by rowid as they are at the end. Complaints the import inserts
    // may be counted as they were inserted (ComplaintImportFold): the first
    // change of any complaint keeps its values, and the fold takes those
    // of the rows it counted out (the others are above the fold state).
    return db.exec(uR"(
        CREATE TEMP TABLE cx_moved_complaint AS SELECT * FROM main.complaint WHERE 0;
        CREATE UNIQUE INDEX temp.cx_moved_complaint_id ON cx_moved_complaint(id);
        CREATE TEMP TRIGGER cx_move_complaint BEFORE UPDATE ON main.complaint
        WHEN NOT EXISTS (SELECT 1 FROM temp.cx_moved_complaint WHERE id = old.id)
        BEGIN
            INSERT INTO cx_moved_complaint SELECT * FROM main.complaint WHERE id = old.id;
        END;
        CREATE TEMP TABLE cx_moved_response AS SELECT * FROM main.survey_response WHERE 0;
        CREATE UNIQUE INDEX temp.cx_moved_response_id ON cx_moved_response(id);
        CREATE TEMP TABLE cx_moved_answer AS SELECT * FROM main.survey_answer WHERE 0;
        CREATE TEMP TRIGGER cx_move_response BEFORE UPDATE ON main.survey_response
        WHEN old.id <= %1 AND NOT EXISTS (SELECT 1 FROM temp.cx_moved_response WHERE id = old.id)
        BEGIN
            INSERT INTO cx_moved_response SELECT * FROM main.survey_response WHERE id = old.id;
            INSERT INTO cx_moved_answer SELECT * FROM main.survey_answer WHERE response_id = old.id;
        END;)"_s.arg(responses));
}

bool finishImportFold(sqlite::Database &db, QString *error, const FoldProgress &progress,
                      ComplaintImportFold *imported)
{
    FoldTicker ticker(&progress);
    const bool folded = update(db, error, ticker, imported);
    const bool dropped = db.exec(uR"(
        DROP TRIGGER IF EXISTS temp.cx_move_complaint; DROP TRIGGER IF EXISTS temp.cx_move_response;
        DROP TABLE IF EXISTS temp.cx_moved_complaint; DROP TABLE IF EXISTS temp.cx_moved_response;
        DROP TABLE IF EXISTS temp.cx_moved_answer;)"_s);
    if (folded && !dropped && error)
        *error = aggregateFailure(db);
    return folded && dropped;
}

bool ensureAggregates(sqlite::Database &db, QString *error)
{
    const std::optional<TextLists> lists = TextLists::read(db, error);
    if (!lists)
        return false;
    if (aggregateState(db, lists->fingerprint()) != AggregateState::Current) {
        const bool ownTransaction = sqlite3_get_autocommit(db.handle()) != 0;
        // IMMEDIATE: take the write lock before reading, so that a concurrent
        // import waits instead of failing the upgrade from a read lock.
        if (ownTransaction && !db.exec(u"BEGIN IMMEDIATE"_s)) {
            if (error)
                *error = aggregateFailure(db);
            return false;
        }
        if (!updateAggregates(db, 0, error)) {
            if (ownTransaction)
                db.exec(u"ROLLBACK"_s);
            return false;
        }
        if (ownTransaction && !db.exec(u"COMMIT"_s)) {
            if (error)
                *error = aggregateFailure(db);
            db.exec(u"ROLLBACK"_s);
            return false;
        }
    }
    return !keywordsBehind(db) || foldKeywords(db, error);
}

} // namespace cx
