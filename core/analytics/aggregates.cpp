#include "analytics/aggregates.h"

#include "analytics/keywords.h"
#include "pipeline/sqlite.h"

#include <QCoreApplication>
#include <QDir>
#include <QHash>
#include <QStringList>

#include <sqlite3.h>

#include <algorithm>
#include <array>
#include <cmath>

namespace cx {

using namespace Qt::StringLiterals;

namespace {

// Kinds of agg_dim rows.
enum DimensionKind { MonthDim = 1, ProductDim, ChannelDim, CategoryDim, StageDim, KeywordDim, CityDim, DimensionKinds };

QString tr(const char *text)
{
    return QCoreApplication::translate("cx::Aggregates", text);
}

QString failure(sqlite::Database &db)
{
    const char *file = sqlite3_db_filename(db.handle(), "main");
    return tr("Cannot update the analysis tables of the workspace %1: %2. Close other programs using the "
              "workspace and try again.")
        .arg(QDir::toNativeSeparators(QString::fromUtf8(file ? file : "")), db.errorString());
}

qint64 scalar(sqlite::Database &db, const QString &sql)
{
    sqlite::Statement q = db.prepare(sql);
    return q.next() ? q.columnInt(0) : 0;
}

qint64 stateValue(sqlite::Database &db, const QString &key)
{
    sqlite::Statement q = db.prepare(u"SELECT value FROM agg_state WHERE key = ?1"_s);
    q.bindText(1, key);
    return q.next() ? q.columnInt(0) : 0;
}

bool setStateValue(sqlite::Database &db, const QString &key, qint64 value)
{
    sqlite::Statement q = db.prepare(
        u"INSERT INTO agg_state(key, value) VALUES (?1, ?2) ON CONFLICT(key) DO UPDATE SET value = excluded.value"_s);
    q.bindText(1, key);
    q.bindInt(2, value);
    return q.exec();
}

// Dimension values to ids, inserting the values not seen before.
class DimensionIds
{
public:
    explicit DimensionIds(sqlite::Database &db)
        : m_db(db)
        , m_insert(db.prepare(u"INSERT INTO agg_dim(kind, value) VALUES (?1, ?2)"_s))
        , m_insertRegion(db.prepare(u"INSERT INTO agg_region(province, city, county, grid) VALUES (?1, ?2, ?3, ?4)"_s))
    {
        sqlite::Statement dims = db.prepare(u"SELECT kind, value, id FROM agg_dim"_s);
        while (dims.next()) {
            const qint64 kind = dims.columnInt(0);
            if (kind > 0 && kind < DimensionKinds)
                m_ids[kind].insert(dims.columnText(1), dims.columnInt(2));
        }
        sqlite::Statement regions = db.prepare(u"SELECT province, city, county, grid, id FROM agg_region"_s);
        while (regions.next())
            m_regions.insert(regionKey(regions.columnText(0), regions.columnText(1), regions.columnText(2),
                                       regions.columnText(3)),
                             regions.columnInt(4));
    }

    bool isValid() const { return m_insert.isValid() && m_insertRegion.isValid(); }

    qint32 id(int kind, const QString &value)
    {
        auto it = m_ids[kind].constFind(value);
        if (it != m_ids[kind].constEnd())
            return qint32(*it);
        m_insert.bindInt(1, kind);
        bindNotNull(m_insert, 2, value);
        if (!m_insert.exec()) {
            m_failed = true;
            return 0;
        }
        const qint64 id = m_db.lastInsertRowId();
        m_ids[kind].insert(value, id);
        return qint32(id);
    }

    qint32 region(const QString &province, const QString &city, const QString &county, const QString &grid)
    {
        const QString key = regionKey(province, city, county, grid);
        auto it = m_regions.constFind(key);
        if (it != m_regions.constEnd())
            return qint32(*it);
        bindNotNull(m_insertRegion, 1, province);
        bindNotNull(m_insertRegion, 2, city);
        bindNotNull(m_insertRegion, 3, county);
        bindNotNull(m_insertRegion, 4, grid);
        if (!m_insertRegion.exec()) {
            m_failed = true;
            return 0;
        }
        const qint64 id = m_db.lastInsertRowId();
        m_regions.insert(key, id);
        return qint32(id);
    }

    bool failed() const { return m_failed; }

private:
    // A missing value (NULL column) is stored as '' so that it is one dimension value.
    static void bindNotNull(sqlite::Statement &statement, int position, const QString &value)
    {
        static const char16_t empty[] = u"";
        statement.bindText(position, value.isEmpty() ? QStringView(empty, 0) : QStringView(value));
    }

    static QString regionKey(const QString &province, const QString &city, const QString &county, const QString &grid)
    {
        return province + u'\x1f' + city + u'\x1f' + county + u'\x1f' + grid;
    }

    sqlite::Database &m_db;
    std::array<QHash<QString, qint64>, DimensionKinds> m_ids;
    QHash<QString, qint64> m_regions;
    sqlite::Statement m_insert;
    sqlite::Statement m_insertRegion;
    bool m_failed = false;
};

template<std::size_t N>
struct Key
{
    std::array<qint32, N> ids{};
    bool operator==(const Key &) const = default;
};

template<std::size_t N>
size_t qHash(const Key<N> &key, size_t seed = 0)
{
    return qHashRange(key.ids.begin(), key.ids.end(), seed);
}

// The per-batch row counts folded in this run.
bool recordBatches(sqlite::Database &db, const QHash<qint64, qint64> &counts, const QString &column)
{
    sqlite::Statement q = db.prepare(u"INSERT INTO agg_batch(batch_id, %1) VALUES (?1, ?2) "
                                     "ON CONFLICT(batch_id) DO UPDATE SET %1 = %1 + excluded.%1"_s.arg(column));
    for (auto it = counts.begin(); it != counts.end(); ++it) {
        q.bindInt(1, it.key());
        q.bindInt(2, it.value());
        if (!q.exec())
            return false;
    }
    return true;
}

QString firstNonEmpty(const QString &a, const QString &b, const QString &c)
{
    return !a.isEmpty() ? a : !b.isEmpty() ? b : c;
}

using ComplaintCounts = QHash<Key<6>, qint64>; // month, product, region, channel, category, stage

// The columns complaintCell() reads, from column `first` on.
constexpr auto complaintCellColumns = "month, product, province, city, county, grid, channel, category1, category2, "
                                      "category3, stage";

struct ComplaintCell
{
    Key<6> key;
    qint32 month = 0, product = 0, category = 0;
    QString city;
};

ComplaintCell complaintCell(const sqlite::Statement &rows, int first, DimensionIds &dims)
{
    ComplaintCell cell;
    cell.month = dims.id(MonthDim, rows.columnText(first));
    cell.product = dims.id(ProductDim, rows.columnText(first + 1));
    cell.city = rows.columnText(first + 3);
    const qint32 region =
        dims.region(rows.columnText(first + 2), cell.city, rows.columnText(first + 4), rows.columnText(first + 5));
    cell.category = dims.id(CategoryDim, firstNonEmpty(rows.columnText(first + 9), rows.columnText(first + 8),
                                                       rows.columnText(first + 7)));
    cell.key = Key<6>{{cell.month, cell.product, region, dims.id(ChannelDim, rows.columnText(first + 6)),
                       cell.category, dims.id(StageDim, rows.columnText(first + 10))}};
    return cell;
}

bool insertComplaintCounts(sqlite::Database &db, const ComplaintCounts &counts)
{
    sqlite::Statement insert = db.prepare(
        u"INSERT INTO agg_complaint(month, product, region, channel, category, stage, n) "
        "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7) "
        "ON CONFLICT(month, product, region, channel, category, stage) DO UPDATE SET n = n + excluded.n"_s);
    for (auto it = counts.begin(); it != counts.end(); ++it) {
        for (int i = 0; i < 6; ++i)
            insert.bindInt(i + 1, it.key().ids[std::size_t(i)]);
        insert.bindInt(7, it.value());
        if (!insert.exec())
            return false;
    }
    return true;
}

bool foldComplaints(sqlite::Database &db, DimensionIds &dims)
{
    const qint64 after = stateValue(db, u"complaint_rowid"_s);
    sqlite::Statement rows = db.prepare(u"SELECT id, batch_id, %1, content FROM complaint WHERE id > ?1 ORDER BY id"_s
                                            .arg(QLatin1StringView(complaintCellColumns)));
    rows.bindInt(1, after);

    ComplaintCounts counts;
    QHash<Key<5>, qint64> keywords; // category, month, product, city, keyword
    QHash<qint64, qint64> perBatch;
    QHash<QString, QList<qint32>> textKeywords; // complaint texts repeat; split each once
    KeywordExtractor extractor;
    qint64 lastId = after;
    qint64 folded = 0;
    while (rows.next()) {
        lastId = rows.columnInt(0);
        ++perBatch[rows.columnInt(1)];
        ++folded;
        const ComplaintCell cell = complaintCell(rows, 2, dims);
        ++counts[cell.key];

        const QString content = rows.columnText(13);
        if (content.isEmpty())
            continue;
        auto cached = textKeywords.constFind(content);
        if (cached == textKeywords.constEnd()) {
            QList<qint32> ids;
            for (const QString &word : extractor.keywords(content))
                ids << dims.id(KeywordDim, word);
            if (textKeywords.size() > 200000) // bound the memory on free-text exports
                textKeywords.clear();
            cached = textKeywords.insert(content, ids);
        }
        const qint32 cityId = dims.id(CityDim, cell.city);
        for (qint32 word : *cached)
            ++keywords[Key<5>{{cell.category, cell.month, cell.product, cityId, word}}];
    }
    if (dims.failed())
        return false;
    if (folded == 0)
        return true;

    if (!insertComplaintCounts(db, counts))
        return false;
    sqlite::Statement insertKeyword = db.prepare(
        u"INSERT INTO agg_keyword(category, month, product, city, keyword, n) VALUES (?1, ?2, ?3, ?4, ?5, ?6) "
        "ON CONFLICT(category, month, product, city, keyword) DO UPDATE SET n = n + excluded.n"_s);
    for (auto it = keywords.begin(); it != keywords.end(); ++it) {
        for (int i = 0; i < 5; ++i)
            insertKeyword.bindInt(i + 1, it.key().ids[std::size_t(i)]);
        insertKeyword.bindInt(6, it.value());
        if (!insertKeyword.exec())
            return false;
    }
    return recordBatches(db, perBatch, u"complaints"_s) && setStateValue(db, u"complaint_rowid"_s, lastId)
        && setStateValue(db, u"complaints"_s, stateValue(db, u"complaints"_s) + folded);
}

// agg_complaint counted again, for the given categories (finest level), from
// the complaints folded so far; keywords, surveys and the fold state stay.
// A category's cells come only from complaints whose finest category it is.
bool recountComplaints(sqlite::Database &db, const QStringList &categories)
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
    sqlite::Statement remove = db.prepare(
        u"DELETE FROM agg_complaint WHERE category IN (SELECT d.id FROM agg_dim d JOIN temp.cx_recount r "
        "ON r.value = d.value WHERE d.kind = ?1)"_s);
    remove.bindInt(1, CategoryDim);
    if (!remove.exec())
        return false;
    sqlite::Statement rows = db.prepare(
        u"SELECT %1 FROM complaint WHERE id <= ?1 AND coalesce(nullif(category3, ''), nullif(category2, ''), "
        "coalesce(category1, '')) IN (SELECT value FROM temp.cx_recount)"_s.arg(
            QLatin1StringView(complaintCellColumns)));
    rows.bindInt(1, stateValue(db, u"complaint_rowid"_s));
    ComplaintCounts counts;
    while (rows.next())
        ++counts[complaintCell(rows, 0, dims).key];
    // A renamed stage leaves its old name behind; the analyses list every stage value.
    return !dims.failed() && insertComplaintCounts(db, counts)
        && db.exec(u"DELETE FROM agg_dim WHERE kind = %1 AND id NOT IN (SELECT stage FROM agg_complaint); "
                   "DROP TABLE temp.cx_recount"_s.arg(int(StageDim)));
}

// Σ, Σ², n and a histogram of ⌈score⌉: with it the share of scores ≥ t is
// exact for any whole threshold t, since x ≥ t ⟺ ⌈x⌉ ≥ t.
struct ScoreStats
{
    qint64 n = 0;
    double total = 0;
    double totalSquares = 0;
    std::array<qint64, 11> histogram{};

    void add(double score)
    {
        ++n;
        total += score;
        totalSquares += score * score;
        ++histogram[std::size_t(std::clamp(int(std::ceil(score)), 0, 10))];
    }
};

// Measures of agg_survey besides question ids.
constexpr qint32 OverallMeasure = 0;
constexpr qint32 NpsMeasure = -1;
constexpr qint32 ResponsesMeasure = -2;

bool foldSurveys(sqlite::Database &db, DimensionIds &dims)
{
    const qint64 after = stateValue(db, u"response_rowid"_s);
    sqlite::Statement responses = db.prepare(
        u"SELECT id, batch_id, month, product, province, city, county, grid, overall, nps "
        "FROM survey_response WHERE id > ?1 ORDER BY id"_s);
    responses.bindInt(1, after);

    QHash<Key<4>, ScoreStats> stats; // month, product, region, measure
    QHash<qint64, Key<4>> cellOf;    // response id -> its cell (measure left 0)
    QHash<qint64, qint64> perBatch;
    qint64 lastId = after;
    qint64 folded = 0;
    while (responses.next()) {
        const qint64 id = responses.columnInt(0);
        lastId = id;
        ++folded;
        ++perBatch[responses.columnInt(1)];
        const Key<4> cell{{dims.id(MonthDim, responses.columnText(2)), dims.id(ProductDim, responses.columnText(3)),
                           dims.region(responses.columnText(4), responses.columnText(5), responses.columnText(6),
                                       responses.columnText(7)),
                           0}};
        cellOf.insert(id, cell);
        const auto add = [&](qint32 measure, double score) {
            Key<4> key = cell;
            key.ids[3] = measure;
            stats[key].add(score);
        };
        add(ResponsesMeasure, 0);
        if (!responses.columnIsNull(8))
            add(OverallMeasure, responses.columnDouble(8));
        if (!responses.columnIsNull(9))
            add(NpsMeasure, responses.columnDouble(9));
    }
    if (dims.failed())
        return false;
    if (folded == 0)
        return true;

    sqlite::Statement answers = db.prepare(
        u"SELECT a.response_id, a.question_id, a.score FROM survey_answer a "
        "JOIN survey_question q ON q.id = a.question_id "
        "WHERE a.response_id > ?1 AND a.score IS NOT NULL AND q.kind = 'stage'"_s);
    answers.bindInt(1, after);
    while (answers.next()) {
        auto cell = cellOf.constFind(answers.columnInt(0));
        if (cell == cellOf.constEnd())
            continue;
        Key<4> key = *cell;
        key.ids[3] = qint32(answers.columnInt(1));
        stats[key].add(answers.columnDouble(2));
    }

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
    return recordBatches(db, perBatch, u"responses"_s) && setStateValue(db, u"response_rowid"_s, lastId)
        && setStateValue(db, u"responses"_s, stateValue(db, u"responses"_s) + folded);
}

bool foldNewRows(sqlite::Database &db)
{
    DimensionIds dims(db);
    return dims.isValid() && foldComplaints(db, dims) && foldSurveys(db, dims);
}

bool clearAggregates(sqlite::Database &db)
{
    return db.exec(u"DELETE FROM agg_complaint; DELETE FROM agg_survey; DELETE FROM agg_keyword; "
                   "DELETE FROM agg_batch; DELETE FROM agg_state; DELETE FROM agg_dim; DELETE FROM agg_region;"_s);
}

// Runs `work` in a savepoint: inside the caller's transaction, or as its own.
template<typename Work>
bool inSavepoint(sqlite::Database &db, QString *error, Work work)
{
    if (!db.exec(u"SAVEPOINT cx_aggregates"_s)) {
        if (error)
            *error = failure(db);
        return false;
    }
    if (!work()) {
        if (error)
            *error = failure(db);
        db.exec(u"ROLLBACK TO cx_aggregates; RELEASE cx_aggregates"_s);
        return false;
    }
    if (!db.exec(u"RELEASE cx_aggregates"_s)) {
        if (error)
            *error = failure(db);
        return false;
    }
    return true;
}

} // namespace

AggregateState aggregateState(sqlite::Database &db)
{
    const qint64 complaints = scalar(db, u"SELECT coalesce(sum(complaints), 0) FROM agg_batch"_s);
    const qint64 responses = scalar(db, u"SELECT coalesce(sum(responses), 0) FROM agg_batch"_s);
    if (complaints != stateValue(db, u"complaints"_s) || responses != stateValue(db, u"responses"_s))
        return AggregateState::Stale;
    if (scalar(db, u"SELECT coalesce(max(id), 0) FROM complaint"_s) > stateValue(db, u"complaint_rowid"_s)
        || scalar(db, u"SELECT coalesce(max(id), 0) FROM survey_response"_s) > stateValue(db, u"response_rowid"_s))
        return AggregateState::Behind;
    return AggregateState::Current;
}

bool updateAggregates(sqlite::Database &db, qint64 batchId, QString *error)
{
    Q_UNUSED(batchId) // every unfolded row is folded, the batch's included
    return inSavepoint(db, error, [&] {
        if (aggregateState(db) == AggregateState::Stale)
            return clearAggregates(db) && foldNewRows(db);
        return foldNewRows(db);
    });
}

bool recountComplaintAggregates(sqlite::Database &db, const QStringList &categories, QString *error)
{
    return inSavepoint(db, error, [&] {
        if (aggregateState(db) == AggregateState::Stale)
            return true; // the next analysis rebuilds them anyway
        return recountComplaints(db, categories);
    });
}

bool rebuildAggregates(sqlite::Database &db, QString *error)
{
    return inSavepoint(db, error, [&] { return clearAggregates(db) && foldNewRows(db); });
}

bool ensureAggregates(sqlite::Database &db, QString *error)
{
    if (aggregateState(db) == AggregateState::Current)
        return true;
    const bool ownTransaction = sqlite3_get_autocommit(db.handle()) != 0;
    // IMMEDIATE: take the write lock before reading, so that a concurrent
    // import waits instead of failing the upgrade from a read lock.
    if (ownTransaction && !db.exec(u"BEGIN IMMEDIATE"_s)) {
        if (error)
            *error = failure(db);
        return false;
    }
    if (!updateAggregates(db, 0, error)) {
        if (ownTransaction)
            db.exec(u"ROLLBACK"_s);
        return false;
    }
    if (ownTransaction && !db.exec(u"COMMIT"_s)) {
        if (error)
            *error = failure(db);
        db.exec(u"ROLLBACK"_s);
        return false;
    }
    return true;
}

} // namespace cx
