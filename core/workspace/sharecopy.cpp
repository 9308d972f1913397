#include "workspace/sharecopy.h"

#include "analytics/aggregates.h"
#include "pipeline/sqlite.h"
#include "workspace/hardening.h"
#include "workspace/schema.h"
#include "workspace/schemaguard.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

#include <sqlite3.h>

namespace cx {

using namespace Qt::StringLiterals;

namespace {

// Open bounds of the period, as month texts that sort before and after any.
QString fromBound(const ShareOptions &options)
{
    return options.fromMonth.isEmpty() ? u"0000-00"_s : options.fromMonth;
}

QString toBound(const ShareOptions &options)
{
    return options.toMonth.isEmpty() ? u"9999-99"_s : options.toMonth;
}

// Tables whose rows belong to a month: the period applies to them.
const QStringList &monthTables()
{
    static const QStringList tables{u"complaint"_s,    u"survey_response"_s, u"product_monthly"_s,
                                    u"subscribers"_s,  u"funnel_rate"_s,     u"indicator_value"_s};
    return tables;
}

// The import batches that still have a row in the period (?1..?2).
QString keptBatches()
{
    QStringList parts;
    for (const QString &table : monthTables())
        parts << u"SELECT batch_id FROM %1 WHERE batch_id IS NOT NULL AND month BETWEEN ?1 AND ?2"_s.arg(table);
    parts << u"SELECT batch_id FROM indicator WHERE batch_id IS NOT NULL"_s;
    return parts.join(u" UNION "_s);
}

// Answers that are free text rather than a score or a Kano choice.
const QString freeTextAnswers = u"answer IS NOT NULL AND question_id IN (SELECT id FROM survey_question WHERE kind "
                                "NOT IN ('overall', 'nps', 'stage', 'kano_functional', 'kano_dysfunctional'))"_s;

// Runs statements with the period bound to ?1 and ?2.
class Session
{
public:
    Session(sqlite::Database &db, const ShareOptions &options)
        : m_db(db)
        , m_from(fromBound(options))
        , m_to(toBound(options))
    {
    }

    qint64 count(const QString &sql)
    {
        sqlite::Statement q = prepare(sql);
        const qint64 value = q.next() ? q.columnInt(0) : 0;
        if (q.failed())
            m_ok = false;
        return value;
    }

    qint64 change(const QString &sql)
    {
        sqlite::Statement q = prepare(sql);
        if (!q.exec()) {
            m_ok = false;
            return 0;
        }
        return m_db.changes();
    }

    QStringList texts(const QString &sql)
    {
        QStringList values;
        sqlite::Statement q = prepare(sql);
        while (q.next())
            values << q.columnText(0);
        if (q.failed())
            m_ok = false;
        return values;
    }

    bool ok() const { return m_ok; }

private:
    sqlite::Statement prepare(const QString &sql)
    {
        sqlite::Statement q = m_db.prepare(sql);
        if (!q.isValid()) {
            m_ok = false;
            return q;
        }
        // Statements that do not mention ?1/?2 ignore the binding.
        if (sql.contains(u"?1"_s))
            q.bindText(1, m_from);
        if (sql.contains(u"?2"_s))
            q.bindText(2, m_to);
        return q;
    }

    sqlite::Database &m_db;
    QString m_from;
    QString m_to;
    bool m_ok = true;
};

bool countSummary(sqlite::Database &db, const ShareOptions &options, ShareSummary *summary)
{
    Session s(db, options);
    ShareSummary &out = *summary;
    out = ShareSummary{};
    out.months = s.texts(u"SELECT month FROM complaint UNION SELECT month FROM survey_response ORDER BY 1"_s);
    out.complaintsKept = s.count(u"SELECT count(*) FROM complaint WHERE month BETWEEN ?1 AND ?2"_s);
    out.complaintsRemoved = s.count(u"SELECT count(*) FROM complaint"_s) - out.complaintsKept;
    out.responsesKept = s.count(u"SELECT count(*) FROM survey_response WHERE month BETWEEN ?1 AND ?2"_s);
    out.responsesRemoved = s.count(u"SELECT count(*) FROM survey_response"_s) - out.responsesKept;
    for (const QString &table : monthTables().mid(2))
        out.monthlyRowsRemoved += s.count(u"SELECT count(*) FROM %1 WHERE month NOT BETWEEN ?1 AND ?2"_s.arg(table));
    out.workOrders = s.count(u"SELECT count(*) FROM work_order"_s);
    out.workOrderLinksRemoved = s.count(u"SELECT count(*) FROM work_order_complaint WHERE complaint_id IN "
                                        "(SELECT id FROM complaint WHERE month NOT BETWEEN ?1 AND ?2)"_s);
    if (options.dropPhones) {
        out.phonesRemoved =
            s.count(u"SELECT count(*) FROM complaint WHERE phone IS NOT NULL AND month BETWEEN ?1 AND ?2"_s)
            + s.count(u"SELECT count(*) FROM survey_response WHERE phone IS NOT NULL AND month BETWEEN ?1 AND ?2"_s);
    }
    if (options.dropText) {
        out.textsRemoved =
            s.count(u"SELECT count(*) FROM complaint WHERE content IS NOT NULL AND month BETWEEN ?1 AND ?2"_s)
            + s.count(u"SELECT count(*) FROM survey_response WHERE reason IS NOT NULL AND month BETWEEN ?1 AND ?2"_s)
            + s.count(u"SELECT count(*) FROM survey_answer WHERE "_s + freeTextAnswers
                      + u" AND response_id IN (SELECT id FROM survey_response WHERE month BETWEEN ?1 AND ?2)"_s);
    }
    const QString batchRemoved = options.hasPeriod() ? u"batch_id NOT IN ("_s + keptBatches() + u')' : u"0"_s;
    if (options.hasPeriod()) {
        out.batchesRemoved = s.count(u"SELECT count(*) FROM import_batch WHERE id NOT IN ("_s + keptBatches() + u')');
        out.rejectedRowsRemoved = s.count(u"SELECT count(*) FROM rejected_row WHERE "_s + batchRemoved);
    }
    if (options.dropPhones || options.dropText)
        out.rejectedTextsRemoved =
            s.count(u"SELECT count(*) FROM rejected_row WHERE raw IS NOT NULL AND NOT ("_s + batchRemoved + u')');
    return s.ok();
}

// Removes what the options leave out, in one transaction of the scratch
// copy. Foreign keys are off there (a cascade from a million complaints
// would scan the unindexed link tables once per row): the rows that depend
// on removed ones go explicitly, and foreignKeysHold() checks the result.
bool applyRemovals(sqlite::Database &db, const ShareOptions &options)
{
    Session s(db, options);
    if (options.hasPeriod()) {
        s.change(u"DELETE FROM work_order_complaint WHERE complaint_id IN "
                 "(SELECT id FROM complaint WHERE month NOT BETWEEN ?1 AND ?2)"_s);
        s.change(u"DELETE FROM survey_answer WHERE response_id IN "
                 "(SELECT id FROM survey_response WHERE month NOT BETWEEN ?1 AND ?2)"_s);
        for (const QString &table : monthTables())
            s.change(u"DELETE FROM %1 WHERE month NOT BETWEEN ?1 AND ?2"_s.arg(table));
        s.change(u"DELETE FROM rejected_row WHERE batch_id NOT IN ("_s + keptBatches() + u')');
        s.change(u"DELETE FROM import_batch WHERE id NOT IN ("_s + keptBatches() + u')');
    }
    if (options.dropPhones) {
        s.change(u"UPDATE complaint SET phone = NULL WHERE phone IS NOT NULL"_s);
        s.change(u"UPDATE survey_response SET phone = NULL WHERE phone IS NOT NULL"_s);
        // The key is time|phone|product; the row id keeps it unique instead.
        s.change(u"UPDATE survey_response SET response_key = printf('%s|#%d|%s', submitted_at, id, "
                 "coalesce(product, ''))"_s);
    }
    if (options.dropText) {
        s.change(u"UPDATE complaint SET content = NULL WHERE content IS NOT NULL"_s);
        s.change(u"UPDATE survey_response SET reason = NULL WHERE reason IS NOT NULL"_s);
        s.change(u"UPDATE survey_answer SET answer = NULL WHERE "_s + freeTextAnswers);
    }
    if (options.dropPhones || options.dropText)
        s.change(u"UPDATE rejected_row SET raw = NULL WHERE raw IS NOT NULL"_s);
    // The sender's folders are none of the recipient's business.
    s.change(u"UPDATE import_batch SET file_path = file_name"_s);
    return s.ok();
}

// Every reference still points at a row; the first table that breaks one otherwise.
bool foreignKeysHold(sqlite::Database &db, QString *brokenTable)
{
    sqlite::Statement check = db.prepare(u"PRAGMA foreign_key_check"_s);
    if (check.next()) {
        *brokenTable = check.columnText(0);
        return false;
    }
    return !check.failed();
}

void blankPhonesFunction(sqlite3_context *context, int, sqlite3_value **values)
{
    if (sqlite3_value_type(values[0]) != SQLITE_TEXT) {
        sqlite3_result_value(context, values[0]);
        return;
    }
    const auto *text = static_cast<const QChar *>(sqlite3_value_text16(values[0]));
    const QString before(text, sqlite3_value_bytes16(values[0]) / 2);
    const QString after = ShareCopy::blankPhones(before);
    if (after == before) {
        sqlite3_result_value(context, values[0]);
        return;
    }
    ++*static_cast<qint64 *>(sqlite3_user_data(context));
    sqlite3_result_text16(context, after.utf16(), int(after.size() * 2), SQLITE_TRANSIENT);
}

// Blanks phone numbers in every text column of every table but the
// aggregates (rebuilt afterwards); rows without a digit run that could start
// a mobile number are not touched.
bool blankPhonesInTexts(sqlite::Database &db, qint64 *blanked)
{
    if (sqlite3_create_function_v2(db.handle(), "cx_blank_phones", 1,
                                   SQLITE_UTF16 | SQLITE_DETERMINISTIC | SQLITE_DIRECTONLY, blanked,
                                   blankPhonesFunction, nullptr, nullptr, nullptr)
        != SQLITE_OK)
        return false;
    QList<std::pair<QString, QStringList>> tables;
    {
        sqlite::Statement q = db.prepare(
            u"SELECT m.name, c.name FROM sqlite_master m, pragma_table_xinfo(m.name) c WHERE m.type = 'table' "
            "AND m.name NOT LIKE 'agg\\_%' ESCAPE '\\' AND m.name NOT LIKE 'sqlite\\_%' ESCAPE '\\' "
            "AND upper(c.type) = 'TEXT' ORDER BY m.name, c.cid"_s);
        while (q.next()) {
            if (tables.isEmpty() || tables.constLast().first != q.columnText(0))
                tables.append({q.columnText(0), {}});
            tables.last().second << q.columnText(1);
        }
        if (q.failed())
            return false;
    }
    for (const auto &[table, columns] : std::as_const(tables)) {
        QStringList sets, tests;
        for (const QString &column : columns) {
            sets << u"\"%1\" = cx_blank_phones(\"%1\")"_s.arg(column);
            tests << u"\"%1\" GLOB '*1[3-9][0-9]*'"_s.arg(column);
        }
        if (!db.exec(u"UPDATE \"%1\" SET %2 WHERE %3"_s.arg(table, sets.join(u", "_s), tests.join(u" OR "_s))))
            return false;
    }
    return true;
}

// Reports progress and honours cancel from inside long statements.
class StepProgress
{
public:
    StepProgress(const ShareCopy::Progress &progress, const std::atomic_bool *cancel)
        : m_progress(progress)
        , m_cancel(cancel)
    {
        m_timer.start();
    }

    /// Starts a step spanning [from, to] permille; `growing`/`expectedBytes`
    /// (optional) let the file being written measure the step.
    void begin(int from, int to, const QString &step, const QString &growing = {}, qint64 expectedBytes = 0)
    {
        m_from = from;
        m_to = to;
        m_step = step;
        m_growing = growing;
        m_expected = expectedBytes;
        report(from);
    }

    void attach(sqlite::Database &db) { sqlite3_progress_handler(db.handle(), 20000, &StepProgress::onTick, this); }

    bool cancelled() const { return m_cancel && m_cancel->load(); }

private:
    static int onTick(void *self)
    {
        auto *p = static_cast<StepProgress *>(self);
        if (p->cancelled())
            return 1;
        if (p->m_timer.elapsed() >= 100) {
            p->m_timer.restart();
            int permille = p->m_from;
            if (!p->m_growing.isEmpty() && p->m_expected > 0) {
                const qint64 written = QFileInfo(p->m_growing).size();
                permille += int((p->m_to - p->m_from) * std::min<qint64>(written, p->m_expected) / p->m_expected);
            }
            p->report(permille);
        }
        return 0;
    }

    void report(int permille)
    {
        if (m_progress)
            m_progress(permille, m_step);
    }

    const ShareCopy::Progress &m_progress;
    const std::atomic_bool *m_cancel;
    QElapsedTimer m_timer;
    int m_from = 0;
    int m_to = 0;
    QString m_step;
    QString m_growing;
    qint64 m_expected = 0;
};

// VACUUM INTO attaches the new file for the statement's duration: the only
// attachment these connections ever make, allowed for just that.
bool vacuumInto(sqlite::Database &db, const QString &path)
{
    sqlite3_limit(db.handle(), SQLITE_LIMIT_ATTACHED, 1);
    sqlite::Statement vacuum = db.prepare(u"VACUUM INTO ?1"_s);
    vacuum.bindText(1, path);
    const bool ok = vacuum.exec();
    sqlite3_limit(db.handle(), SQLITE_LIMIT_ATTACHED, ConnectionLimits::attached);
    return ok;
}

bool matchesCurrentSchema(sqlite::Database &db)
{
    sqlite::Statement version = db.prepare(u"PRAGMA user_version"_s);
    if (!version.next() || version.columnInt(0) != currentSchemaVersion())
        return false;
    QList<SchemaGuard::Difference> differences;
    return SchemaGuard::compare(db.handle(), currentSchemaVersion(), &differences, nullptr) && differences.isEmpty();
}

void removeWithSideFiles(const QString &path)
{
    for (const char *suffix : {"", "-journal", "-wal", "-shm"})
        QFile::remove(path + QLatin1StringView(suffix));
}

} // namespace

QString ShareCopy::blankPhones(const QString &text)
{
    // Mainland mobiles, full or masked (138****1234), optionally with +86,
    // not inside a longer run of digits.
    static const QRegularExpression mobile(
        u"(?<![0-9])(?:\\+?86[- ]?)?1[3-9][0-9](?:[- ]?[0-9*]{4}){2}(?![0-9])"_s);
    QString blanked = text;
    for (const QRegularExpressionMatch &match : mobile.globalMatch(text))
        blanked.replace(match.capturedStart(), match.capturedLength(), QString(match.capturedLength(), u'*'));
    return blanked;
}

std::optional<ShareSummary> ShareCopy::plan(const QString &workspacePath, const ShareOptions &options,
                                            QString *error)
{
    sqlite::Database db;
    ShareSummary summary;
    if (!db.open(workspacePath) || !countSummary(db, options, &summary)) {
        if (error)
            *error = tr("Cannot read %1: %2").arg(QDir::toNativeSeparators(workspacePath), db.errorString());
        return std::nullopt;
    }
    return summary;
}

bool ShareCopy::write(const QString &workspacePath, const QString &copyPath, const ShareOptions &options,
                      bool replace, const Progress &progress, const std::atomic_bool *cancel, ShareSummary *summary,
                      QString *error)
{
    const QFileInfo source(workspacePath);
    const QFileInfo target(QFileInfo(copyPath).absoluteFilePath());
    const QString nativeCopy = QDir::toNativeSeparators(target.absoluteFilePath());
    const auto fail = [&](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    for (const char *suffix : {"", "-wal", "-shm", "-journal"}) {
        const QFileInfo own(source.absoluteFilePath() + QLatin1StringView(suffix));
        // QFileInfo equality also catches links and case-insensitive names, but only for existing files.
        if ((own.exists() && target.exists() && own == target) || own.absoluteFilePath() == target.absoluteFilePath())
            return fail(tr("%1 is the workspace itself; choose another name for the copy.").arg(nativeCopy));
    }
    if (target.exists() && !replace)
        return fail(tr("%1 already exists; choose another name for the copy or remove that file first.")
                        .arg(nativeCopy));
    if (!QFileInfo(target.absolutePath()).isDir())
        return fail(tr("The folder %1 does not exist.").arg(QDir::toNativeSeparators(target.absolutePath())));

    // Both side files are removed whatever happens; the copy only appears
    // (or replaces the old one) once it is complete and checked.
    const QString scratchPath = target.absoluteFilePath() + u".scratch"_s;
    const QString partialPath = target.absoluteFilePath() + u".partial"_s;
    struct Cleanup
    {
        QString scratch, partial;
        ~Cleanup()
        {
            removeWithSideFiles(scratch);
            removeWithSideFiles(partial);
        }
    } cleanup{scratchPath, partialPath};
    removeWithSideFiles(scratchPath);
    removeWithSideFiles(partialPath);

    StepProgress steps(progress, cancel);
    const auto failed = [&](const QString &what, sqlite::Database &db) {
        if (steps.cancelled())
            return fail(tr("Writing %1 was cancelled; no copy was made.").arg(nativeCopy));
        return fail(tr("Cannot write %1: %2 (%3).").arg(nativeCopy, what, db.errorString()));
    };

    sqlite::Database workspace;
    if (!workspace.open(source.absoluteFilePath()))
        return fail(tr("Cannot read %1: %2").arg(QDir::toNativeSeparators(workspacePath), workspace.errorString()));
    steps.attach(workspace);
    steps.begin(0, 300, tr("Taking a snapshot of the workspace"), scratchPath, source.size());
    if (!vacuumInto(workspace, scratchPath))
        return failed(tr("the workspace could not be read"), workspace);
    workspace = sqlite::Database();

    sqlite::Database scratch;
    if (!scratch.open(scratchPath))
        return failed(tr("the snapshot could not be opened"), scratch);
    steps.attach(scratch);
    if (!matchesCurrentSchema(scratch))
        return fail(tr("Cannot write %1: the workspace is not in this version's format; open it in CX Workbench "
                       "first.")
                        .arg(nativeCopy));
    steps.begin(300, 450, tr("Removing what the copy leaves out"));
    ShareSummary written;
    if (!scratch.exec(u"PRAGMA journal_mode = MEMORY; PRAGMA synchronous = OFF; PRAGMA foreign_keys = OFF; BEGIN"_s)
        || !countSummary(scratch, options, &written) || !applyRemovals(scratch, options))
        return failed(tr("the removals failed"), scratch);
    if (options.dropPhones && !blankPhonesInTexts(scratch, &written.textsWithPhonesBlanked))
        return failed(tr("phone numbers could not be removed from the texts"), scratch);
    steps.begin(450, 700, tr("Rebuilding the analysis tables"));
    QString aggregateError;
    if (!rebuildAggregates(scratch, &aggregateError))
        return failed(tr("the analysis tables could not be rebuilt"), scratch);
    QString broken;
    if (!foreignKeysHold(scratch, &broken))
        return fail(tr("Cannot write %1: rows of %2 would refer to rows the copy leaves out.").arg(nativeCopy, broken));
    if (!scratch.exec(u"COMMIT"_s))
        return failed(tr("the removals could not be saved"), scratch);

    steps.begin(700, 950, tr("Writing the copy"), partialPath, QFileInfo(scratchPath).size());
    if (!vacuumInto(scratch, partialPath))
        return failed(tr("the copy could not be written"), scratch);
    scratch = sqlite::Database();

    steps.begin(950, 1000, tr("Checking the copy"));
    {
        sqlite::Database check;
        sqlite::Statement quick = check.open(partialPath) ? check.prepare(u"PRAGMA quick_check(1)"_s)
                                                          : sqlite::Statement();
        if (!quick.next() || quick.columnText(0) != "ok"_L1 || !matchesCurrentSchema(check))
            return failed(tr("the copy did not pass its check"), check);
    }
    if (steps.cancelled())
        return fail(tr("Writing %1 was cancelled; no copy was made.").arg(nativeCopy));
    if (target.exists() && !QFile::remove(target.absoluteFilePath()))
        return fail(tr("Cannot replace %1: the file could not be removed.").arg(nativeCopy));
    if (!QFile::rename(partialPath, target.absoluteFilePath()))
        return fail(tr("Cannot write %1: the finished copy could not be moved there.").arg(nativeCopy));
    if (progress)
        progress(1000, tr("Done"));
    if (summary)
        *summary = written;
    return true;
}

} // namespace cx
