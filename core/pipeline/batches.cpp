#include "pipeline/batches.h"

#include <QFileInfo>

namespace cx {

using namespace Qt::StringLiterals;

namespace {

struct BatchTable
{
    const char16_t *table;
    qint64 BatchRows::*count;
};

// Every table whose rows carry the batch they came from. Indicators are
// ON DELETE SET NULL in the schema (a tree outlives its values), so they are
// deleted here explicitly, like everything else.
constexpr BatchTable batchTables[] = {
    {u"complaint", &BatchRows::complaints},
    {u"survey_response", &BatchRows::surveyResponses},
    {u"product_monthly", &BatchRows::productMonthly},
    {u"subscribers", &BatchRows::subscribers},
    {u"funnel_rate", &BatchRows::funnelRates},
    {u"indicator", &BatchRows::indicators},
    {u"indicator_value", &BatchRows::indicatorValues},
    {u"rejected_row", &BatchRows::rejected},
};

} // namespace

Batches::Batches(const QString &workspacePath)
    : m_path(workspacePath)
{
}

bool Batches::open(QString *error)
{
    if (m_db.isOpen())
        return true;
    if (m_db.open(m_path))
        return true;
    *error = tr("Cannot open the workspace %1: %2").arg(QFileInfo(m_path).fileName(), m_db.errorString());
    return false;
}

bool Batches::count(qint64 batchId, BatchRows *rows, QString *error)
{
    const auto fail = [&] {
        *error = tr("Cannot read the import batches of %1: %2. Check that the workspace is not damaged "
                    "(it may need to be restored from a backup).")
                     .arg(QFileInfo(m_path).fileName(), m_db.errorString());
        return false;
    };
    sqlite::Statement exists = m_db.prepare(u"SELECT 1 FROM import_batch WHERE id = ?1"_s);
    if (!exists.isValid())
        return fail();
    exists.bindInt(1, batchId);
    if (!exists.next()) {
        *error = tr("The import batch %1 is no longer in the workspace %2; it may have been deleted already.")
                     .arg(batchId)
                     .arg(QFileInfo(m_path).fileName());
        return false;
    }

    *rows = {};
    for (const BatchTable &table : batchTables) {
        sqlite::Statement q =
            m_db.prepare(u"SELECT count(*) FROM %1 WHERE batch_id = ?1"_s.arg(QStringView(table.table)));
        if (!q.isValid())
            return fail();
        q.bindInt(1, batchId);
        if (!q.next())
            return fail();
        rows->*table.count = q.columnInt(0);
    }
    sqlite::Statement linked = m_db.prepare(
        u"SELECT count(DISTINCT work_order_id) FROM work_order_complaint "
        "WHERE complaint_id IN (SELECT id FROM complaint WHERE batch_id = ?1)"_s);
    if (!linked.isValid())
        return fail();
    linked.bindInt(1, batchId);
    if (!linked.next())
        return fail();
    rows->linkedWorkOrders = linked.columnInt(0);
    return true;
}

bool Batches::countRows(qint64 batchId, BatchRows *rows, QString *error)
{
    return open(error) && count(batchId, rows, error);
}

bool Batches::deleteBatch(qint64 batchId, BatchRows *deleted, QString *error)
{
    if (!open(error))
        return false;
    if (!m_db.exec(u"BEGIN IMMEDIATE"_s)) {
        *error = tr("Cannot delete the import batch: the workspace %1 is busy or read-only (%2). Close other "
                    "programs using it and try again.")
                     .arg(QFileInfo(m_path).fileName(), m_db.errorString());
        return false;
    }
    BatchRows rows;
    if (!count(batchId, &rows, error)) {
        m_db.exec(u"ROLLBACK"_s);
        return false;
    }

    // Children first, so the result does not depend on foreign keys being on.
    QStringList statements{
        u"DELETE FROM survey_answer WHERE response_id IN (SELECT id FROM survey_response WHERE batch_id = ?1)"_s,
        u"DELETE FROM work_order_complaint WHERE complaint_id IN (SELECT id FROM complaint WHERE batch_id = ?1)"_s,
    };
    for (const BatchTable &table : batchTables)
        statements << u"DELETE FROM %1 WHERE batch_id = ?1"_s.arg(QStringView(table.table));
    statements << u"DELETE FROM import_note WHERE batch_id = ?1"_s << u"DELETE FROM import_batch WHERE id = ?1"_s;

    const auto fail = [&] {
        *error = tr("Cannot delete the import batch %1 from %2: %3. Nothing was deleted.")
                     .arg(batchId)
                     .arg(QFileInfo(m_path).fileName(), m_db.errorString());
        m_db.exec(u"ROLLBACK"_s);
        return false;
    };
    for (const QString &sql : std::as_const(statements)) {
        sqlite::Statement q = m_db.prepare(sql);
        if (!q.isValid())
            return fail();
        q.bindInt(1, batchId);
        if (!q.exec())
            return fail();
    }
    if (!m_db.exec(u"COMMIT"_s))
        return fail();
    if (deleted)
        *deleted = rows;
    return true;
}

} // namespace cx
