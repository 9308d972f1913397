#include "workspace/categorymapchange.h"

#include "analytics/aggregates.h"
#include "analytics/elementaggregates.h"
#include "import/categorymap.h"
#include "import/textnormalize.h"
#include "pipeline/sqlite.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QHash>
#include <QSet>

#include <sqlite3.h>

#include <algorithm>

namespace cx {

using namespace Qt::StringLiterals;

namespace {

// Complaints are re-derived in rowid ranges of this size, with progress between them.
constexpr qint64 kChunk = 50000;

// The translation context of this file's messages.
struct Messages
{
    Q_DECLARE_TR_FUNCTIONS(cx::JourneyChange)
};

QString quoted(const QString &text)
{
    return u"“%1”"_s.arg(text);
}

QString databaseFailure(sqlite::Database &db)
{
    const char *file = sqlite3_db_filename(db.handle(), "main");
    return Messages::tr("Cannot change the journey stages or the category map of %1: %2. Close other programs using the "
              "workspace and try again.")
        .arg(QDir::toNativeSeparators(QString::fromUtf8(file ? file : "")), db.errorString());
}

qint64 scalar(sqlite::Database &db, const QString &sql, const QString &bound = {})
{
    sqlite::Statement q = db.prepare(sql);
    if (!bound.isNull())
        q.bindText(1, bound);
    return q.next() ? q.columnInt(0) : 0;
}

// The state the category rows are in after `change`, keyed by normalizeValue(category).
QHash<QString, CategoryMapping> mappingsAfter(const JourneyChange &change, const QList<CategoryMapping> &mappings)
{
    QHash<QString, CategoryMapping> rows;
    for (CategoryMapping row : mappings) {
        for (const auto &[from, to] : change.renamedStages) {
            if (row.stage == from)
                row.stage = to;
        }
        rows.insert(normalizeValue(row.category), row);
    }
    for (const CategoryDelta &delta : change.categories) {
        rows.remove(normalizeValue(delta.category));
        if (delta.after)
            rows.insert(normalizeValue(delta.after->category), *delta.after);
    }
    return rows;
}

// Stages the change drops (not renamed): what still refers to them.
QString removedStageInUse(sqlite::Database &db, const JourneyChange &change)
{
    for (const QString &stage : change.stagesBefore) {
        const bool renamed = std::any_of(change.renamedStages.begin(), change.renamedStages.end(),
                                         [&](const auto &rename) { return rename.first == stage; });
        if (change.stagesAfter.contains(stage) || renamed)
            continue;
        const qint64 questions = scalar(db, u"SELECT count(*) FROM survey_question WHERE stage = ?1"_s, stage);
        const qint64 orders = scalar(db, u"SELECT count(*) FROM work_order WHERE stage = ?1"_s, stage);
        if (questions > 0 || orders > 0)
            return Messages::tr("The journey stage %1 cannot be removed: %2 and %3 refer to it. Rename it instead.")
                .arg(quoted(stage), Messages::tr("%n survey question(s)", nullptr, int(questions)),
                     Messages::tr("%n work order(s)", nullptr, int(orders)));
    }
    return {};
}

bool applyStages(sqlite::Database &db, const JourneyChange &change)
{
    for (const auto &[from, to] : change.renamedStages) {
        for (const char *table : {"category_map", "survey_question", "work_order"}) {
            sqlite::Statement q =
                db.prepare(u"UPDATE %1 SET stage = ?1 WHERE stage = ?2"_s.arg(QLatin1StringView(table)));
            q.bindText(1, to);
            q.bindText(2, from);
            if (!q.exec())
                return false;
        }
    }
    if (!db.exec(u"DELETE FROM journey_stage"_s))
        return false;
    sqlite::Statement insert = db.prepare(u"INSERT INTO journey_stage(name, position) VALUES (?1, ?2)"_s);
    for (int i = 0; i < change.stagesAfter.size(); ++i) {
        insert.bindText(1, change.stagesAfter.at(i));
        insert.bindInt(2, i);
        if (!insert.exec())
            return false;
    }
    return true;
}

bool applyCategories(sqlite::Database &db, const JourneyChange &change, JourneyChangeReport &report)
{
    sqlite::Statement current =
        db.prepare(u"SELECT stage, element_code, experience_level FROM category_map WHERE category = ?1"_s);
    sqlite::Statement upsert = db.prepare(
        u"INSERT INTO category_map(category, stage, element_code, experience_level) VALUES (?1, ?2, ?3, ?4) "
        "ON CONFLICT(category) DO UPDATE SET stage = excluded.stage, element_code = excluded.element_code, "
        "experience_level = excluded.experience_level"_s);
    sqlite::Statement remove = db.prepare(u"DELETE FROM category_map WHERE category = ?1"_s);
    for (const CategoryDelta &delta : change.categories) {
        current.bindText(1, delta.category);
        std::optional<CategoryMapping> existing;
        if (current.next())
            existing = CategoryMapping{delta.category, current.columnText(0), current.columnText(1),
                                       current.columnText(2)};
        current.reset();
        if (!delta.after) {
            remove.bindText(1, delta.category);
            if (!remove.exec())
                return false;
            report.categoriesRemoved += existing.has_value();
            continue;
        }
        const CategoryMapping &row = *delta.after;
        upsert.bindText(1, row.category);
        upsert.bindText(2, row.stage);
        upsert.bindTextOrNull(3, row.elementCode);
        upsert.bindTextOrNull(4, row.experienceLevel);
        if (!upsert.exec())
            return false;
        if (!existing)
            ++report.categoriesAdded;
        else if (!(*existing == row))
            ++report.categoriesChanged;
    }
    return true;
}

// Every complaint's stage, element and level from the map now in the table.
bool rederiveComplaints(sqlite::Database &db, const std::function<void(int)> &progress, JourneyChangeReport &report)
{
    const CategoryMap map = CategoryMap::fromWorkspace(db);
    const QList<CategoryCombination> combinations = complaintCategoryCombinations(db);
    if (progress)
        progress(100);
    if (!db.exec(u"DROP TABLE IF EXISTS temp.cx_placement; CREATE TEMP TABLE cx_placement ("
                 "c1 TEXT NOT NULL, c2 TEXT NOT NULL, c3 TEXT NOT NULL, stage TEXT NOT NULL, element_code TEXT, "
                 "experience_level TEXT, PRIMARY KEY (c1, c2, c3)) WITHOUT ROWID"_s))
        return false;
    sqlite::Statement insert =
        db.prepare(u"INSERT OR IGNORE INTO temp.cx_placement VALUES (?1, ?2, ?3, ?4, ?5, ?6)"_s);
    QSet<QString> restaged;
    for (const CategoryCombination &c : combinations) {
        const CategoryEntry entry = map.lookup(c.category3, c.category2, c.category1);
        if (entry.stage != c.stage)
            restaged.insert(c.finest());
        insert.bindText(1, c.category1);
        insert.bindText(2, c.category2);
        insert.bindText(3, c.category3);
        insert.bindText(4, entry.stage);
        insert.bindTextOrNull(5, entry.elementCode);
        insert.bindTextOrNull(6, entry.experienceLevel);
        if (!insert.exec())
            return false;
    }

    // Two passes per chunk: rows that move stage (counted for the aggregates),
    // then rows that keep it but change element or level.
    const QString match = u"FROM temp.cx_placement p WHERE complaint.id BETWEEN ?1 AND ?2 "
                          "AND p.c1 = coalesce(complaint.category1, '') AND p.c2 = coalesce(complaint.category2, '') "
                          "AND p.c3 = coalesce(complaint.category3, '') AND "_s;
    sqlite::Statement restage = db.prepare(
        u"UPDATE complaint SET stage = p.stage, element_code = p.element_code, experience_level = p.experience_level "_s
        + match + u"complaint.stage IS NOT p.stage"_s);
    sqlite::Statement relabel = db.prepare(
        u"UPDATE complaint SET element_code = p.element_code, experience_level = p.experience_level "_s + match
        + u"(complaint.element_code IS NOT p.element_code OR complaint.experience_level IS NOT p.experience_level)"_s);
    if (!restage.isValid() || !relabel.isValid())
        return false;
    const qint64 first = scalar(db, u"SELECT coalesce(min(id), 0) FROM complaint"_s);
    const qint64 last = scalar(db, u"SELECT coalesce(max(id), -1) FROM complaint"_s);
    for (qint64 from = first; from <= last; from += kChunk) {
        for (sqlite::Statement *update : {&restage, &relabel}) {
            update->bindInt(1, from);
            update->bindInt(2, from + kChunk - 1);
            if (!update->exec())
                return false;
            (update == &restage ? report.complaintsRestaged : report.complaintsRederived) += db.changes();
            update->reset();
        }
        if (progress)
            progress(100 + int(800 * (from + kChunk - first) / std::max<qint64>(1, last - first + 1)));
    }
    report.complaintsRederived += report.complaintsRestaged;
    report.restagedCategories = QStringList(restaged.begin(), restaged.end());
    report.restagedCategories.sort();
    return db.exec(u"DROP TABLE temp.cx_placement"_s);
}

} // namespace

JourneyChange JourneyChange::inverted() const
{
    JourneyChange inverse;
    for (auto it = categories.crbegin(); it != categories.crend(); ++it)
        inverse.categories.append(CategoryDelta{it->category, it->after, it->before});
    inverse.stagesBefore = stagesAfter;
    inverse.stagesAfter = stagesBefore;
    for (auto it = renamedStages.crbegin(); it != renamedStages.crend(); ++it)
        inverse.renamedStages.append({it->second, it->first});
    return inverse;
}

QString CategoryCombination::finest() const
{
    return !category3.isEmpty() ? category3 : !category2.isEmpty() ? category2 : category1;
}

const QStringList &experienceLevels()
{
    static const QStringList levels{u"功能性"_s, u"便利性"_s, u"情感性"_s};
    return levels;
}

QStringList workspaceStages(sqlite::Database &db)
{
    QStringList stages;
    sqlite::Statement q = db.prepare(u"SELECT name FROM journey_stage ORDER BY position"_s);
    while (q.next())
        stages << q.columnText(0);
    return stages;
}

QList<CategoryMapping> workspaceCategoryMappings(sqlite::Database &db)
{
    QList<CategoryMapping> rows;
    sqlite::Statement q = db.prepare(
        u"SELECT category, stage, coalesce(element_code, ''), coalesce(experience_level, '') FROM category_map "
        "ORDER BY category"_s);
    while (q.next())
        rows.append({q.columnText(0), q.columnText(1), q.columnText(2), q.columnText(3)});
    return rows;
}

QList<CategoryCombination> complaintCategoryCombinations(sqlite::Database &db)
{
    QList<CategoryCombination> combinations;
    sqlite::Statement q = db.prepare(
        u"SELECT coalesce(category1, ''), coalesce(category2, ''), coalesce(category3, ''), stage, count(*) "
        "FROM complaint GROUP BY 1, 2, 3, 4"_s);
    while (q.next())
        combinations.append({q.columnText(0), q.columnText(1), q.columnText(2), q.columnText(3), q.columnInt(4)});
    return combinations;
}

QString validateJourneyChange(const JourneyChange &change, const QStringList &stages,
                              const QList<CategoryMapping> &mappings)
{
    const QStringList after = change.changesStages() ? change.stagesAfter : stages;
    QSet<QString> names;
    for (const QString &stage : after) {
        if (trimmedView(stage).isEmpty())
            return Messages::tr("A journey stage needs a name.");
        if (normalizeValue(stage) == normalizeValue(CategoryMap::unmappedStage()))
            return Messages::tr("%1 is where complaints of unmapped categories go; choose another name for a journey stage.")
                .arg(quoted(CategoryMap::unmappedStage()));
        if (names.contains(normalizeValue(stage)))
            return Messages::tr("There is already a journey stage %1.").arg(quoted(stage));
        names.insert(normalizeValue(stage));
    }
    QSet<QString> added;
    for (const CategoryDelta &delta : change.categories) {
        if (!delta.after)
            continue;
        const QString key = normalizeValue(delta.after->category);
        if (key.isEmpty())
            return Messages::tr("A category needs a name.");
        if (added.contains(key))
            return Messages::tr("The category %1 is listed twice.").arg(quoted(delta.after->category));
        added.insert(key);
    }
    const QHash<QString, CategoryMapping> rows = mappingsAfter(change, mappings);
    for (const CategoryMapping &row : rows) {
        if (!after.contains(row.stage))
            return Messages::tr("The category %1 is mapped to %2, which is not a journey stage.")
                .arg(quoted(row.category), quoted(row.stage));
        if (!row.experienceLevel.isEmpty() && !experienceLevels().contains(row.experienceLevel))
            return Messages::tr("The category %1 has the experience level %2; use %3 or none.")
                .arg(quoted(row.category), quoted(row.experienceLevel), experienceLevels().join(u", "_s));
    }
    // A new category spelled like an existing one (" 网速慢" and "网速慢") would be a second row.
    for (const CategoryDelta &delta : change.categories) {
        if (!delta.after || delta.before)
            continue;
        const auto same = std::find_if(mappings.begin(), mappings.end(), [&](const CategoryMapping &m) {
            return normalizeValue(m.category) == normalizeValue(delta.after->category)
                   && m.category != delta.after->category;
        });
        if (same == mappings.end())
            continue;
        const auto removes = [&](const CategoryDelta &d) { return d.category == same->category && !d.after; };
        const bool removed = std::any_of(change.categories.begin(), change.categories.end(), removes);
        if (!removed)
            return Messages::tr("The category %1 is already in the map as %2.")
                .arg(quoted(delta.after->category), quoted(same->category));
    }
    return {};
}

JourneyChangeReport applyJourneyChange(sqlite::Database &db, const JourneyChange &change,
                                       const std::function<void(int permille)> &progress)
{
    QElapsedTimer timer;
    timer.start();
    JourneyChangeReport report;
    const QString invalid = validateJourneyChange(change, workspaceStages(db), workspaceCategoryMappings(db));
    if (!invalid.isEmpty()) {
        report.error = invalid;
        return report;
    }
    // IMMEDIATE: the write lock first, so that a concurrent import waits rather than fails.
    if (!db.exec(u"BEGIN IMMEDIATE"_s)) {
        report.error = databaseFailure(db);
        return report;
    }
    QString error;
    bool ok = true;
    if (change.changesStages()) {
        error = removedStageInUse(db, change);
        ok = error.isEmpty() && applyStages(db, change);
    }
    ok = ok && applyCategories(db, change, report) && rederiveComplaints(db, progress, report);
    if (ok && report.complaintsRestaged > 0)
        ok = recountComplaintAggregates(db, report.restagedCategories, &error);
    // Elements changed in place without a stage change: the owners' counts follow.
    if (ok && report.complaintsRederived > report.complaintsRestaged)
        ok = recountElementAggregates(db, &error);
    if (ok)
        ok = db.exec(u"COMMIT"_s);
    if (!ok) {
        if (error.isEmpty())
            error = databaseFailure(db);
        db.exec(u"ROLLBACK"_s);
        report = JourneyChangeReport{};
        report.error = error;
        return report;
    }
    if (progress)
        progress(1000);
    report.ok = true;
    report.seconds = double(timer.nsecsElapsed()) / 1e9;
    return report;
}

JourneyChangeReport applyJourneyChange(const QString &path, const JourneyChange &change,
                                       const std::function<void(int permille)> &progress)
{
    sqlite::Database db;
    if (!db.open(path)) {
        JourneyChangeReport report;
        report.error = Messages::tr("Cannot open %1: %2").arg(QDir::toNativeSeparators(path), db.errorString());
        return report;
    }
    return applyJourneyChange(db, change, progress);
}

} // namespace cx
