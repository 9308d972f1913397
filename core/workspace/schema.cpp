#include "workspace/schema.h"

namespace cx {

using namespace Qt::StringLiterals;

namespace {

// Version 1: everything DESIGN.md describes. Months are stored as 'YYYY-MM'
// text and timestamps as ISO 8601 text so that plain SQL can group and sort
// them; regions are kept at all four management levels on every fact row.
QStringList version1()
{
    return {
        uR"(CREATE TABLE setting (
            key   TEXT PRIMARY KEY,
            value TEXT NOT NULL
        ))"_s,

        uR"(CREATE TABLE import_batch (
            id          INTEGER PRIMARY KEY,
            file_path   TEXT NOT NULL,
            file_name   TEXT NOT NULL,
            file_sha256 TEXT NOT NULL,
            kind        TEXT NOT NULL,
            encoding    TEXT,
            sheet       TEXT,
            header_row  INTEGER,
            imported_at TEXT NOT NULL,
            rows_read   INTEGER NOT NULL DEFAULT 0,
            inserted    INTEGER NOT NULL DEFAULT 0,
            duplicates  INTEGER NOT NULL DEFAULT 0,
            skipped     INTEGER NOT NULL DEFAULT 0,
            rejected    INTEGER NOT NULL DEFAULT 0
        ))"_s,

        uR"(CREATE TABLE rejected_row (
            id       INTEGER PRIMARY KEY,
            batch_id INTEGER NOT NULL REFERENCES import_batch(id) ON DELETE CASCADE,
            line     INTEGER NOT NULL,
            reason   TEXT NOT NULL,
            raw      TEXT
        ))"_s,
        u"CREATE INDEX rejected_row_batch ON rejected_row(batch_id, line)"_s,

        uR"(CREATE TABLE mapping_profile (
            name    TEXT PRIMARY KEY,
            kind    TEXT NOT NULL,
            mapping TEXT NOT NULL,
            saved_at TEXT NOT NULL
        ))"_s,

        // Journey stages in display order; configurable per workspace.
        uR"(CREATE TABLE journey_stage (
            name     TEXT PRIMARY KEY,
            position INTEGER NOT NULL UNIQUE
        ))"_s,

        // Complaint category (third level) -> stage, perception element, experience level.
        uR"(CREATE TABLE category_map (
            category         TEXT PRIMARY KEY,
            stage            TEXT NOT NULL,
            element_code     TEXT,
            experience_level TEXT
        ))"_s,

        uR"(CREATE TABLE complaint (
            id               INTEGER PRIMARY KEY,
            batch_id         INTEGER NOT NULL REFERENCES import_batch(id) ON DELETE CASCADE,
            order_no         TEXT NOT NULL UNIQUE,
            accepted_at      TEXT NOT NULL,
            month            TEXT NOT NULL,
            archived_at      TEXT,
            channel          TEXT,
            phone            TEXT,
            customer_level   TEXT,
            province         TEXT,
            city             TEXT,
            county           TEXT,
            grid             TEXT,
            product          TEXT,
            category1        TEXT,
            category2        TEXT,
            category3        TEXT,
            content          TEXT,
            department       TEXT,
            result           TEXT,
            duration_hours   REAL,
            repeated         INTEGER,
            escalated        INTEGER,
            callback_rating  TEXT,
            stage            TEXT NOT NULL,
            element_code     TEXT,
            experience_level TEXT
        ))"_s,
        // No secondary index on the big fact table: each one costs a
        // million-row import more than a second, and analyses read the
        // aggregates, which follow the table by rowid.

        // A question as it appeared in a survey export, with what it measures.
        // kind: overall, nps, stage, kano_functional, kano_dysfunctional, text, other.
        uR"(CREATE TABLE survey_question (
            id      INTEGER PRIMARY KEY,
            text    TEXT NOT NULL UNIQUE,
            kind    TEXT NOT NULL,
            stage   TEXT,
            feature TEXT
        ))"_s,

        uR"(CREATE TABLE survey_response (
            id           INTEGER PRIMARY KEY,
            batch_id     INTEGER NOT NULL REFERENCES import_batch(id) ON DELETE CASCADE,
            response_key TEXT NOT NULL UNIQUE,
            submitted_at TEXT NOT NULL,
            month        TEXT NOT NULL,
            channel      TEXT,
            phone        TEXT,
            province     TEXT,
            city         TEXT,
            county       TEXT,
            grid         TEXT,
            product      TEXT,
            overall      REAL,
            nps          REAL,
            reason       TEXT
        ))"_s,
        u"CREATE INDEX survey_response_month_product_city ON survey_response(month, product, city)"_s,

        uR"(CREATE TABLE survey_answer (
            response_id INTEGER NOT NULL REFERENCES survey_response(id) ON DELETE CASCADE,
            question_id INTEGER NOT NULL REFERENCES survey_question(id),
            score       REAL,
            answer      TEXT,
            PRIMARY KEY (response_id, question_id)
        ) WITHOUT ROWID)"_s,
        u"CREATE INDEX survey_answer_question ON survey_answer(question_id)"_s,

        uR"(CREATE TABLE product_monthly (
            product       TEXT NOT NULL,
            month         TEXT NOT NULL,
            users         INTEGER,
            new_users     INTEGER,
            churned_users INTEGER,
            consultations INTEGER,
            complaints    INTEGER,
            batch_id      INTEGER REFERENCES import_batch(id) ON DELETE CASCADE,
            PRIMARY KEY (product, month)
        ) WITHOUT ROWID)"_s,

        // Subscribers per city (and product, '' for all) for 万投比 below product level.
        uR"(CREATE TABLE subscribers (
            month    TEXT NOT NULL,
            city     TEXT NOT NULL,
            product  TEXT NOT NULL DEFAULT '',
            users    INTEGER NOT NULL,
            batch_id INTEGER REFERENCES import_batch(id) ON DELETE CASCADE,
            PRIMARY KEY (month, city, product)
        ) WITHOUT ROWID)"_s,

        // Experience funnel rates in percent.
        uR"(CREATE TABLE funnel_rate (
            product    TEXT NOT NULL,
            month      TEXT NOT NULL,
            awareness  REAL,
            cognition  REAL,
            acceptance REAL,
            approval   REAL,
            batch_id   INTEGER REFERENCES import_batch(id) ON DELETE CASCADE,
            PRIMARY KEY (product, month)
        ) WITHOUT ROWID)"_s,

        // Perception elements (QoE), KEIs and KOIs; direction +1 higher is better, -1 lower.
        uR"(CREATE TABLE indicator (
            code        TEXT PRIMARY KEY,
            name        TEXT NOT NULL,
            layer       TEXT NOT NULL CHECK (layer IN ('element', 'kei', 'koi')),
            parent_code TEXT,
            department  TEXT,
            unit        TEXT,
            target      REAL,
            direction   INTEGER NOT NULL DEFAULT 1 CHECK (direction IN (1, -1)),
            batch_id    INTEGER REFERENCES import_batch(id) ON DELETE SET NULL
        ))"_s,
        u"CREATE INDEX indicator_parent ON indicator(parent_code)"_s,

        // city '' holds the province-wide figure.
        uR"(CREATE TABLE indicator_value (
            code     TEXT NOT NULL,
            month    TEXT NOT NULL,
            city     TEXT NOT NULL DEFAULT '',
            value    REAL NOT NULL,
            batch_id INTEGER REFERENCES import_batch(id) ON DELETE CASCADE,
            PRIMARY KEY (code, month, city)
        ) WITHOUT ROWID)"_s,
        u"CREATE INDEX indicator_value_month ON indicator_value(month, city)"_s,

        uR"(CREATE TABLE work_order (
            id                INTEGER PRIMARY KEY,
            number            TEXT NOT NULL UNIQUE,
            title             TEXT NOT NULL,
            product           TEXT,
            stage             TEXT,
            touchpoint        TEXT,
            province          TEXT,
            city              TEXT,
            county            TEXT,
            grid              TEXT,
            symptom           TEXT,
            severity          TEXT,
            evidence          TEXT,
            root_cause        TEXT,
            experience_level  TEXT,
            kano_class        TEXT,
            strategy          TEXT,
            owner_department  TEXT,
            owner             TEXT,
            co_departments    TEXT,
            created_by        TEXT NOT NULL,
            created_at        TEXT NOT NULL,
            due_date          TEXT,
            status            TEXT NOT NULL DEFAULT 'draft',
            metric            TEXT,
            baseline_value    REAL,
            target_value      REAL,
            current_value     REAL,
            updated_at        TEXT NOT NULL
        ))"_s,
        u"CREATE INDEX work_order_status ON work_order(status, due_date)"_s,

        uR"(CREATE TABLE work_order_history (
            id            INTEGER PRIMARY KEY,
            work_order_id INTEGER NOT NULL REFERENCES work_order(id) ON DELETE CASCADE,
            at            TEXT NOT NULL,
            who           TEXT NOT NULL,
            field         TEXT NOT NULL,
            old_value     TEXT,
            new_value     TEXT,
            reason        TEXT
        ))"_s,
        u"CREATE INDEX work_order_history_order ON work_order_history(work_order_id, at)"_s,

        uR"(CREATE TABLE work_order_complaint (
            work_order_id INTEGER NOT NULL REFERENCES work_order(id) ON DELETE CASCADE,
            complaint_id  INTEGER NOT NULL REFERENCES complaint(id) ON DELETE CASCADE,
            PRIMARY KEY (work_order_id, complaint_id)
        ) WITHOUT ROWID)"_s,
    };
}

// Version 2 (analytics, issue 4): aggregates of the two big fact tables that
// the analysis engine loads instead of the facts themselves. They are a cache
// that follows the facts: an import folds its rows in as it commits, and
// cx::ensureAggregates() folds by rowid what older versions left (or
// rebuilds after a deleted batch) before the next analysis. Dimension values are stored once in
// agg_dim / agg_region and referenced by id.
QStringList version2()
{
    return {
        // kind: 1 month, 2 product, 3 channel, 4 category, 5 stage, 6 keyword, 7 city.
        uR"(CREATE TABLE agg_dim (
            id    INTEGER PRIMARY KEY,
            kind  INTEGER NOT NULL,
            value TEXT NOT NULL,
            UNIQUE (kind, value)
        ))"_s,
        uR"(CREATE TABLE agg_region (
            id       INTEGER PRIMARY KEY,
            province TEXT NOT NULL,
            city     TEXT NOT NULL,
            county   TEXT NOT NULL,
            grid     TEXT NOT NULL,
            UNIQUE (province, city, county, grid)
        ))"_s,
        // Complaint counts; category is the finest category level present.
        uR"(CREATE TABLE agg_complaint (
            month    INTEGER NOT NULL,
            product  INTEGER NOT NULL,
            region   INTEGER NOT NULL,
            channel  INTEGER NOT NULL,
            category INTEGER NOT NULL,
            stage    INTEGER NOT NULL,
            n        INTEGER NOT NULL,
            PRIMARY KEY (month, product, region, channel, category, stage)
        ) WITHOUT ROWID)"_s,
        // Survey scores per measure: question id of a scored question, or
        // 0 overall, -1 NPS, -2 responses. h0..h10 count ceil(score).
        uR"(CREATE TABLE agg_survey (
            month    INTEGER NOT NULL,
            product  INTEGER NOT NULL,
            region   INTEGER NOT NULL,
            measure  INTEGER NOT NULL,
            n        INTEGER NOT NULL,
            total    REAL NOT NULL,
            total_sq REAL NOT NULL,
            h0 INTEGER NOT NULL, h1 INTEGER NOT NULL, h2 INTEGER NOT NULL, h3 INTEGER NOT NULL,
            h4 INTEGER NOT NULL, h5 INTEGER NOT NULL, h6 INTEGER NOT NULL, h7 INTEGER NOT NULL,
            h8 INTEGER NOT NULL, h9 INTEGER NOT NULL, h10 INTEGER NOT NULL,
            PRIMARY KEY (month, product, region, measure)
        ) WITHOUT ROWID)"_s,
        // Complaints mentioning a keyword, per category, month, product and city.
        uR"(CREATE TABLE agg_keyword (
            category INTEGER NOT NULL,
            month    INTEGER NOT NULL,
            product  INTEGER NOT NULL,
            city     INTEGER NOT NULL,
            keyword  INTEGER NOT NULL,
            n        INTEGER NOT NULL,
            PRIMARY KEY (category, month, product, city, keyword)
        ) WITHOUT ROWID)"_s,
        // The import batches folded into the aggregates; deleting a batch
        // deletes its row, which tells the engine to rebuild.
        uR"(CREATE TABLE agg_batch (
            batch_id   INTEGER PRIMARY KEY REFERENCES import_batch(id) ON DELETE CASCADE,
            complaints INTEGER NOT NULL DEFAULT 0,
            responses  INTEGER NOT NULL DEFAULT 0
        ))"_s,
        uR"(CREATE TABLE agg_state (
            key   TEXT PRIMARY KEY,
            value INTEGER NOT NULL
        ))"_s,
    };
}

// Version 3: every import row accounted for. A batch counts the rows that
// updated stored ones; what an import guessed, repaired or decided is kept
// as notes with the batch; complaints and responses remember the line they
// were read from (for notes such as "the key of line 12 repeats on line 40").
// file_sha256 keeps its name but holds the whole content's fingerprint
// ("xxh3-128:…", see FileFingerprint).
QStringList version3()
{
    return {
        u"ALTER TABLE import_batch ADD COLUMN updated INTEGER NOT NULL DEFAULT 0"_s,
        uR"(CREATE TABLE import_note (
            id       INTEGER PRIMARY KEY,
            batch_id INTEGER NOT NULL REFERENCES import_batch(id) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            code     TEXT NOT NULL,
            message  TEXT NOT NULL,
            count    INTEGER NOT NULL DEFAULT 0,
            lines    TEXT
        ))"_s,
        u"CREATE INDEX import_note_batch ON import_note(batch_id, position)"_s,
        u"ALTER TABLE complaint ADD COLUMN line INTEGER"_s,
        u"ALTER TABLE survey_response ADD COLUMN line INTEGER"_s,
    };
}

// Version 4: improvement work orders as a closed loop. Every edit bumps
// work_order.version (optimistic concurrency between processes) and writes
// history rows carrying that version and where the edit came from; numbers
// come from a per-year sequence so that none is ever reused. The effect
// columns are derived from the data (recomputed, never edited); deleted_at
// marks a discarded draft, which keeps its number and history.
QStringList version4()
{
    return {
        u"ALTER TABLE work_order ADD COLUMN version INTEGER NOT NULL DEFAULT 1"_s,
        u"ALTER TABLE work_order ADD COLUMN progress TEXT"_s,
        u"ALTER TABLE work_order ADD COLUMN closed_at TEXT"_s,
        u"ALTER TABLE work_order ADD COLUMN deleted_at TEXT"_s,
        u"ALTER TABLE work_order ADD COLUMN baseline_month TEXT"_s,
        u"ALTER TABLE work_order ADD COLUMN baseline_n INTEGER"_s,
        // Welch's t needs the baseline's variance, the count tests its exposure (subscribers).
        u"ALTER TABLE work_order ADD COLUMN baseline_variance REAL"_s,
        u"ALTER TABLE work_order ADD COLUMN baseline_exposure REAL"_s,
        u"ALTER TABLE work_order ADD COLUMN current_month TEXT"_s,
        u"ALTER TABLE work_order ADD COLUMN current_n INTEGER"_s,
        u"ALTER TABLE work_order ADD COLUMN current_p REAL"_s,
        // 'achieved', 'not_achieved' or 'awaiting_data'.
        u"ALTER TABLE work_order ADD COLUMN effect TEXT"_s,
        u"ALTER TABLE work_order ADD COLUMN evaluated_at TEXT"_s,
        // The order's version after the edit (rows of one edit share it);
        // action: create, edit, undo, redo, delete, restore; source: desktop,
        // cli, or file:NAME of an imported spreadsheet.
        u"ALTER TABLE work_order_history ADD COLUMN version INTEGER NOT NULL DEFAULT 1"_s,
        u"ALTER TABLE work_order_history ADD COLUMN action TEXT NOT NULL DEFAULT 'edit'"_s,
        u"ALTER TABLE work_order_history ADD COLUMN source TEXT NOT NULL DEFAULT 'desktop'"_s,
        uR"(CREATE TABLE work_order_sequence (
            year INTEGER PRIMARY KEY,
            last INTEGER NOT NULL
        ))"_s,
        uR"(INSERT INTO work_order_sequence(year, last)
            SELECT CAST(substr(number, 4, 4) AS INTEGER), max(CAST(substr(number, 9) AS INTEGER))
            FROM work_order WHERE number GLOB 'WO-[0-9][0-9][0-9][0-9]-[0-9]*' GROUP BY 1)"_s,
    };
}

// Version 5: complaint text analysis. The workspace's own copies of the word
// lists (telecom terms, stop words, pain-point tag rules; a missing row means
// the built-in default), and the pain-point tags folded like categories. The
// fingerprint of the lists the aggregates were folded with is kept in
// agg_state ('text_lists'): other lists make them stale. In agg_keyword the
// keyword '' counts the complaints that have a text at all (the documents of
// the keywords' TF-IDF). Existing aggregates have no fingerprint and are
// rebuilt at the next analysis.
QStringList version5()
{
    return {
        uR"(CREATE TABLE text_list (
            name       TEXT PRIMARY KEY,
            content    TEXT NOT NULL,
            changed_at TEXT NOT NULL
        ))"_s,
        // kind 8 of agg_dim: a tag ('' for complaints no tag matched).
        uR"(CREATE TABLE agg_tag (
            month    INTEGER NOT NULL,
            product  INTEGER NOT NULL,
            region   INTEGER NOT NULL,
            channel  INTEGER NOT NULL,
            category INTEGER NOT NULL,
            stage    INTEGER NOT NULL,
            tag      INTEGER NOT NULL,
            n        INTEGER NOT NULL,
            PRIMARY KEY (month, product, region, channel, category, stage, tag)
        ) WITHOUT ROWID)"_s,
    };
}

// Version 6: closed-loop service quality. How complaints were handled, per
// month × product × region × channel × category × stage × department, folded
// beside agg_complaint: result classes, first-time resolution, repeats,
// escalations, handling hours (sum, and a histogram of ⌈hours × 10⌉ in its
// own table, so that a p90 and the share over any limit in tenths of an hour
// are exact for hours given to a tenth) and callback ratings. Every count
// has its own denominator: the complaints whose field is filled. Clearing
// agg_state makes the aggregates stale, so that the first analysis rebuilds
// them all with these tables filled.
QStringList version6()
{
    return {
        uR"(CREATE TABLE agg_service (
            month          INTEGER NOT NULL,
            product        INTEGER NOT NULL,
            region         INTEGER NOT NULL,
            channel        INTEGER NOT NULL,
            category       INTEGER NOT NULL,
            stage          INTEGER NOT NULL,
            department     INTEGER NOT NULL,
            n              INTEGER NOT NULL,
            result_n       INTEGER NOT NULL,
            resolved       INTEGER NOT NULL,
            partial        INTEGER NOT NULL,
            first_n        INTEGER NOT NULL,
            first_time     INTEGER NOT NULL,
            repeat_n       INTEGER NOT NULL,
            repeated       INTEGER NOT NULL,
            escalation_n   INTEGER NOT NULL,
            escalated      INTEGER NOT NULL,
            hours_n        INTEGER NOT NULL,
            hours_total    REAL NOT NULL,
            callback_n     INTEGER NOT NULL,
            callback_rated INTEGER NOT NULL,
            callback_satisfied INTEGER NOT NULL,
            callback_basic INTEGER NOT NULL,
            PRIMARY KEY (month, product, region, channel, category, stage, department)
        ) WITHOUT ROWID)"_s,
        uR"(CREATE TABLE agg_service_hours (
            month      INTEGER NOT NULL,
            product    INTEGER NOT NULL,
            region     INTEGER NOT NULL,
            channel    INTEGER NOT NULL,
            category   INTEGER NOT NULL,
            stage      INTEGER NOT NULL,
            department INTEGER NOT NULL,
            tenths     INTEGER NOT NULL,
            n          INTEGER NOT NULL,
            PRIMARY KEY (month, product, region, channel, category, stage, department, tenths)
        ) WITHOUT ROWID)"_s,
        u"DELETE FROM agg_state"_s,
    };
}

// Version 7: a service cell's hours histogram moves from agg_service_hours
// (a row per cell and tenth of an hour, about one per complaint) into a
// column of its agg_service row (encodeHours() in serviceaggregates.h: the
// bins as varints, canonical, so equal histograms are equal bytes). Clearing
// agg_state makes the first analysis rebuild the aggregates with it filled.
QStringList version7()
{
    return {
        u"DROP TABLE agg_service_hours"_s,
        u"ALTER TABLE agg_service ADD COLUMN hours BLOB NOT NULL DEFAULT x''"_s,
        u"DELETE FROM agg_state"_s,
    };
}

// Version 8: pain-point tags kept compactly. A cell's tag counts are a blob
// column of agg_complaint (sorted varint (tag id, n) pairs, see
// analytics/tagcounts.h) instead of one agg_tag row per cell and tag, and
// complaint_tag lists the tagged complaints by tag (agg_dim id), so that a
// complaint table filtered by a tag reads an index range. Both are folded
// with the aggregates and stale with them: clearing agg_state makes the
// first analysis rebuild them.
QStringList version8()
{
    return {
        u"DROP TABLE agg_tag"_s,
        u"ALTER TABLE agg_complaint ADD COLUMN tags BLOB NOT NULL DEFAULT x''"_s,
        uR"(CREATE TABLE complaint_tag (
            tag          INTEGER NOT NULL,
            complaint_id INTEGER NOT NULL,
            PRIMARY KEY (tag, complaint_id)
        ) WITHOUT ROWID)"_s,
        u"DELETE FROM agg_state"_s,
    };
}

// Version 9: complaints per finest category, journey stage and perception
// element (analytics/elementaggregates.h), folded with agg_complaint, so that
// the responsibility matrix learns who owns a category-stage's complaints
// from a few hundred rows instead of a pass over the facts. Clearing
// agg_state makes the first analysis rebuild the aggregates with it filled.
QStringList version9()
{
    return {
        uR"(CREATE TABLE agg_element (
            category INTEGER NOT NULL,
            stage    INTEGER NOT NULL,
            element  TEXT NOT NULL,
            n        INTEGER NOT NULL,
            PRIMARY KEY (category, stage, element)
        ) WITHOUT ROWID)"_s,
        u"DELETE FROM agg_state"_s,
    };
}

// Version 10: one cell table. agg_complaint and agg_service had the same key
// but for the department (agg_service's) and about as many rows as there
// are complaints: agg_cell holds both, the complaint counts being its cells
// summed over departments, so that a fold writes each cell once and the cube
// loads it once. The service counts are one blob (encodeServiceCounts() in
// analytics/serviceaggregates.h) instead of fourteen columns. Clearing
// agg_state makes the first analysis rebuild the aggregates into it.
QStringList version10()
{
    return {
        u"DROP TABLE agg_complaint"_s,
        u"DROP TABLE agg_service"_s,
        uR"(CREATE TABLE agg_cell (
            month       INTEGER NOT NULL,
            product     INTEGER NOT NULL,
            region      INTEGER NOT NULL,
            channel     INTEGER NOT NULL,
            category    INTEGER NOT NULL,
            stage       INTEGER NOT NULL,
            department  INTEGER NOT NULL,
            n           INTEGER NOT NULL,
            counts      BLOB NOT NULL,
            hours_total REAL NOT NULL,
            hours       BLOB NOT NULL,
            tags        BLOB NOT NULL,
            PRIMARY KEY (month, product, region, channel, category, stage, department)
        ) WITHOUT ROWID)"_s,
        u"DELETE FROM agg_state"_s,
    };
}

// Version 11: one agg_keyword row per category, month, product and city,
// its keywords' counts a blob of (keyword id, n) pairs in the format of the
// cells' tag counts (encodeTagCounts() in analytics/tagcounts.h): a dozen
// keywords a text made agg_keyword about half as long as the complaint
// table, and its rows were most of the keyword step's writes. Setting
// keyword_rowid to 0 makes the next analysis fold every complaint's
// keywords again, and nothing else (a rebuild clears agg_state anyway).
QStringList version11()
{
    return {
        u"DROP TABLE agg_keyword"_s,
        uR"(CREATE TABLE agg_keyword (
            category INTEGER NOT NULL,
            month    INTEGER NOT NULL,
            product  INTEGER NOT NULL,
            city     INTEGER NOT NULL,
            keywords BLOB NOT NULL,
            PRIMARY KEY (category, month, product, city)
        ) WITHOUT ROWID)"_s,
        u"INSERT OR REPLACE INTO agg_state(key, value) VALUES ('keyword_rowid', 0)"_s,
    };
}

// Version 12: one agg_cell row per month and product, its cells one blob
// (CellBlockWriter in analytics/serviceaggregates.h). A million complaints
// made some 800,000 cells, and a row each was most of an import's writes
// and of the cube's load; a fold now rewrites the blocks it touches. A
// table of large rows keeps its rowid. Clearing agg_state makes the first
// analysis rebuild the aggregates into it.
QStringList version12()
{
    return {
        u"DROP TABLE agg_cell"_s,
        uR"(CREATE TABLE agg_cell (
            month   INTEGER NOT NULL,
            product INTEGER NOT NULL,
            cells   BLOB NOT NULL,
            PRIMARY KEY (month, product)
        ))"_s,
        u"DELETE FROM agg_state"_s,
    };
}

// Version 13: complaint_tag packed, a row per pain-point tag and block of
// 65,536 complaint ids with the block's tagged ids in a blob
// (analytics/taggedcomplaints.h) instead of a row per tagged complaint and
// tag: a million complaints made 1.1 million rows, written one by one at
// import. A rowid table, as blobs of kilobytes do not suit WITHOUT ROWID.
// Clearing agg_state makes the first analysis rebuild it.
QStringList version13()
{
    return {
        u"DROP TABLE complaint_tag"_s,
        uR"(CREATE TABLE complaint_tag (
            tag   INTEGER NOT NULL,
            block INTEGER NOT NULL,
            ids   BLOB NOT NULL,
            PRIMARY KEY (tag, block)
        ))"_s,
        u"DELETE FROM agg_state"_s,
    };
}

} // namespace

const QList<Migration> &schemaMigrations()
{
    static const QList<Migration> migrations{
        {1, version1()},
        {2, version2()},
        {3, version3()},
        {4, version4()},
        {5, version5()},
        {6, version6()},
        {7, version7()},
        {8, version8()},
        {9, version9()},
        {10, version10()},
        {11, version11()},
        {12, version12()},
        {13, version13()},
    };
    return migrations;
}

int currentSchemaVersion()
{
    return schemaMigrations().constLast().version;
}

const OnDemandIndex &complaintBrowseIndex()
{
    // Every column the browsing conditions and sort keys read, so that
    // browsing is answered from the index alone.
    static const OnDemandIndex index{
        u"complaint_browse_department"_s,
        u"CREATE INDEX IF NOT EXISTS complaint_browse_department ON complaint(month, stage, product, province, city, "
        "county, grid, channel, category3, category2, category1, accepted_at, department, element_code)"_s};
    return index;
}

const OnDemandIndex &previousComplaintBrowseIndex()
{
    static const OnDemandIndex index{
        u"complaint_browse"_s,
        u"CREATE INDEX IF NOT EXISTS complaint_browse ON complaint(month, stage, product, province, city, county, "
        "grid, channel, category3, category2, category1, accepted_at)"_s};
    return index;
}

QList<OnDemandIndex> onDemandIndexes()
{
    return {complaintBrowseIndex(), previousComplaintBrowseIndex()};
}

} // namespace cx
