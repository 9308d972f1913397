#include "analytics/keywordfold.h"

#include "analytics/aggregatedimensions.h"
#include "analytics/aggregates.h"
#include "analytics/foldtables.h"
#include "analytics/keywordcounter.h"
#include "pipeline/sqlite.h"
#include "text/textlists.h"

#include <sqlite3.h>

#include <algorithm>
#include <limits>
#include <optional>

namespace cx {

using namespace Qt::StringLiterals;

namespace {

// Folds the keywords of at most `limit` complaints above keyword_rowid, up
// to complaint_rowid, and advances keyword_rowid past them; `done` tells
// whether none are left. False on an error or a stop.
bool foldChunk(sqlite::Database &db, KeywordCounter &fold, const DimensionIds &dims, FoldTicker &ticker, qint64 limit,
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
    KeywordCounter fold(dims, lists);
    bool done = false;
    return foldChunk(db, fold, dims, ticker, std::numeric_limits<qint64>::max(), &done);
}

bool moveKeywords(sqlite::Database &db, DimensionIds &dims, const TextLists &lists)
{
    const qint64 folded = keywordRowid(db);
    KeywordCounter fold(dims, lists);
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
    std::optional<KeywordCounter> fold;
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
