#include "workorders/workorderstore.h"

#include "import/defaultsfile.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>
#include <cmath>

namespace cx {

using namespace Qt::StringLiterals;

namespace {

// Columns read into a WorkOrder, in the order fromQuery() reads them.
const QString selectColumns = u"id, number, title, product, stage, touchpoint, province, city, county, grid, "
                              "symptom, severity, evidence, root_cause, experience_level, kano_class, strategy, "
                              "owner_department, owner, co_departments, created_by, created_at, due_date, status, "
                              "progress, metric, target_value, baseline_month, baseline_value, baseline_n, "
                              "baseline_variance, baseline_exposure, current_month, current_value, current_n, "
                              "current_p, effect, evaluated_at, updated_at, closed_at, deleted_at, version"_s;

QString text(const QSqlQuery &q, int column)
{
    return q.value(column).toString();
}

double real(const QSqlQuery &q, int column)
{
    const QVariant value = q.value(column);
    return value.isNull() ? kNaN : value.toDouble();
}

QDateTime timestamp(const QSqlQuery &q, int column)
{
    const QVariant value = q.value(column);
    return value.isNull() ? QDateTime() : QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
}

QString now()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

QVariant nullable(const QString &value)
{
    return value.isEmpty() ? QVariant() : QVariant(value);
}

QVariant nullable(double value)
{
    return std::isfinite(value) ? QVariant(value) : QVariant();
}

WorkOrder fromQuery(const QSqlQuery &q)
{
    WorkOrder order;
    int c = 0;
    order.id = q.value(c++).toLongLong();
    order.number = text(q, c++);
    order.title = text(q, c++);
    order.product = text(q, c++);
    order.stage = text(q, c++);
    order.touchpoint = text(q, c++);
    order.province = text(q, c++);
    order.city = text(q, c++);
    order.county = text(q, c++);
    order.grid = text(q, c++);
    order.symptom = text(q, c++);
    order.severity = text(q, c++);
    order.evidence = text(q, c++);
    order.rootCause = text(q, c++);
    order.experienceLevel = text(q, c++);
    order.kanoClass = text(q, c++);
    order.strategy = text(q, c++);
    order.ownerDepartment = text(q, c++);
    order.owner = text(q, c++);
    order.coDepartments = splitDepartments(text(q, c++));
    order.createdBy = text(q, c++);
    order.createdAt = timestamp(q, c++);
    order.dueDate = QDate::fromString(text(q, c++), Qt::ISODate);
    order.status = parseWorkOrderStatus(text(q, c++)).value_or(WorkOrderStatus::Draft);
    order.progress = text(q, c++);
    order.metric = text(q, c++);
    order.targetValue = real(q, c++);
    order.baseline.month = text(q, c++);
    order.baseline.value = real(q, c++);
    order.baseline.n = q.value(c++).toLongLong();
    order.baseline.variance = real(q, c++);
    order.baseline.exposure = real(q, c++);
    order.current.month = text(q, c++);
    order.current.value = real(q, c++);
    order.current.n = q.value(c++).toLongLong();
    order.currentP = real(q, c++);
    const QString effect = text(q, c++);
    order.effect = effect.isEmpty() ? std::nullopt : parseEffectCode(effect);
    order.evaluatedAt = timestamp(q, c++);
    order.updatedAt = timestamp(q, c++);
    order.closedAt = timestamp(q, c++);
    order.deletedAt = timestamp(q, c++);
    order.version = q.value(c++).toInt();
    return order;
}

// The fields a draft starts with, as creation history rows and insert values.
const QList<WorkOrderField> &createdFields()
{
    static const QList<WorkOrderField> fields = [] {
        QList<WorkOrderField> list;
        for (WorkOrderField field : allWorkOrderFields())
            if (field != WorkOrderField::Deleted)
                list << field;
        return list;
    }();
    return fields;
}

bool insertHistory(QSqlQuery &q, qint64 orderId, const QString &at, const WorkOrderActor &actor, const QString &field,
                   const QString &oldValue, const QString &newValue, const QString &reason, int version,
                   HistoryAction action)
{
    q.prepare(u"INSERT INTO work_order_history(work_order_id, at, who, field, old_value, new_value, reason, "
              "version, action, source) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
    for (const QVariant &value : {QVariant(orderId), QVariant(at), QVariant(actor.name), QVariant(field),
                                  nullable(oldValue), nullable(newValue), nullable(reason), QVariant(version),
                                  QVariant(historyActionCode(action)), QVariant(actor.source)})
        q.addBindValue(value);
    return q.exec();
}

QJsonObject defaultsObject()
{
    static const QJsonObject object = QJsonDocument::fromJson(readDefaultsFile(u"workorders.json"_s)).object();
    return object;
}

} // namespace

WorkOrderEdit WorkOrderEdit::of(const WorkOrder &order, QList<FieldChange> changes, QString reason)
{
    WorkOrderEdit edit;
    edit.orderId = order.id;
    edit.baseVersion = order.version;
    edit.changes = std::move(changes);
    edit.reason = std::move(reason);
    return edit;
}

QStringList defaultDepartments()
{
    QStringList departments;
    for (const QJsonValue &value : defaultsObject().value(u"departments"_s).toArray())
        departments << value.toString();
    return departments;
}

int defaultDueDays()
{
    return defaultsObject().value(u"dueDays"_s).toInt(30);
}

WorkOrderStore::WorkOrderStore(QSqlDatabase db)
    : m_db(std::move(db))
{
}

std::optional<WorkOrder> WorkOrderStore::load(qint64 id) const
{
    QSqlQuery q(m_db);
    q.prepare(u"SELECT %1 FROM work_order WHERE id = ?"_s.arg(selectColumns));
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return fromQuery(q);
}

std::optional<WorkOrder> WorkOrderStore::loadByNumber(const QString &number) const
{
    QSqlQuery q(m_db);
    q.prepare(u"SELECT %1 FROM work_order WHERE number = ? COLLATE NOCASE"_s.arg(selectColumns));
    q.addBindValue(number.trimmed());
    if (!q.exec() || !q.next())
        return std::nullopt;
    return fromQuery(q);
}

QList<WorkOrder> WorkOrderStore::list() const
{
    QList<WorkOrder> orders;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (q.exec(u"SELECT %1 FROM work_order WHERE deleted_at IS NULL ORDER BY number"_s.arg(selectColumns)))
        while (q.next())
            orders << fromQuery(q);
    return orders;
}

QList<WorkOrderHistoryEntry> WorkOrderStore::history(qint64 id) const
{
    QList<WorkOrderHistoryEntry> entries;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(u"SELECT id, at, who, field, old_value, new_value, reason, version, action, source "
              "FROM work_order_history WHERE work_order_id = ? ORDER BY id"_s);
    q.addBindValue(id);
    if (!q.exec())
        return entries;
    while (q.next()) {
        WorkOrderHistoryEntry entry;
        entry.id = q.value(0).toLongLong();
        entry.at = timestamp(q, 1);
        entry.who = text(q, 2);
        entry.field = text(q, 3);
        entry.oldValue = text(q, 4);
        entry.newValue = text(q, 5);
        entry.reason = text(q, 6);
        entry.version = q.value(7).toInt();
        entry.action = parseHistoryAction(text(q, 8)).value_or(HistoryAction::Edit);
        entry.source = text(q, 9);
        entries << entry;
    }
    return entries;
}

QList<qint64> WorkOrderStore::linkedComplaints(qint64 id) const
{
    QList<qint64> ids;
    QSqlQuery q(m_db);
    q.prepare(u"SELECT complaint_id FROM work_order_complaint WHERE work_order_id = ? ORDER BY complaint_id"_s);
    q.addBindValue(id);
    if (q.exec())
        while (q.next())
            ids << q.value(0).toLongLong();
    return ids;
}

bool WorkOrderStore::beginWrite(QString *error)
{
    // IMMEDIATE takes the write lock first (waiting out the busy timeout), so
    // that a second process never fails between reading a version and writing.
    QSqlQuery q(m_db);
    if (q.exec(u"BEGIN IMMEDIATE"_s))
        return true;
    if (error)
        *error = tr("The workspace is busy or cannot be written: %1").arg(q.lastError().text());
    return false;
}

bool WorkOrderStore::commitWrite(QString *error)
{
    QSqlQuery q(m_db);
    if (q.exec(u"COMMIT"_s))
        return true;
    if (error)
        *error = tr("The work orders could not be saved: %1").arg(q.lastError().text());
    rollbackWrite();
    return false;
}

void WorkOrderStore::rollbackWrite()
{
    QSqlQuery q(m_db);
    q.exec(u"ROLLBACK"_s);
}

QString WorkOrderStore::nextNumber(int year, QString *error)
{
    QSqlQuery q(m_db);
    // The sequence only grows, so a number stays taken even when its draft is deleted.
    q.prepare(u"INSERT INTO work_order_sequence(year, last) VALUES (?, 1) "
              "ON CONFLICT(year) DO UPDATE SET last = last + 1 RETURNING last"_s);
    q.addBindValue(year);
    if (!q.exec() || !q.next()) {
        *error = q.lastError().text();
        return {};
    }
    const qint64 last = q.value(0).toLongLong();
    q.finish();
    return u"WO-%1-%2"_s.arg(year, 4, 10, QLatin1Char('0')).arg(last, 4, 10, QLatin1Char('0'));
}

CreatedWorkOrder WorkOrderStore::create(const WorkOrder &draft, const WorkOrderActor &actor)
{
    CreatedWorkOrder created;
    if (draft.title.trimmed().isEmpty()) {
        created.error = tr("A work order needs a title.");
        return created;
    }
    QString error;
    if (!beginWrite(&error)) {
        created.error = error;
        return created;
    }
    const auto fail = [&](const QString &detail) {
        rollbackWrite();
        created = CreatedWorkOrder{0, QString(), tr("The work order could not be created: %1").arg(detail)};
        return created;
    };

    const QDateTime createdAt = QDateTime::currentDateTimeUtc();
    const QString at = createdAt.toString(Qt::ISODateWithMs);
    const QString number = nextNumber(createdAt.toLocalTime().date().year(), &error);
    if (number.isEmpty())
        return fail(error);

    WorkOrder order = draft;
    order.status = WorkOrderStatus::Draft;
    QStringList columns{u"number"_s, u"created_by"_s, u"created_at"_s, u"updated_at"_s, u"version"_s,
                        u"baseline_variance"_s, u"baseline_exposure"_s};
    QVariantList values{number, actor.name, at, at, 1, nullable(order.baseline.variance),
                        nullable(order.baseline.exposure)};
    for (WorkOrderField field : createdFields()) {
        columns << fieldColumn(field);
        values << (field == WorkOrderField::Status ? QVariant(statusCode(order.status)) : nullable(order.value(field)));
    }
    QSqlQuery q(m_db);
    q.prepare(u"INSERT INTO work_order(%1) VALUES (%2)"_s.arg(columns.join(u", "_s),
                                                               QStringList(columns.size(), u"?"_s).join(u", "_s)));
    for (const QVariant &value : std::as_const(values))
        q.addBindValue(value);
    if (!q.exec())
        return fail(q.lastError().text());
    const qint64 id = q.lastInsertId().toLongLong();

    if (!insertHistory(q, id, at, actor, u"number"_s, QString(), number, QString(), 1, HistoryAction::Create))
        return fail(q.lastError().text());
    for (WorkOrderField field : createdFields()) {
        const QString value = order.value(field);
        if (!value.isEmpty()
            && !insertHistory(q, id, at, actor, fieldColumn(field), QString(), value, QString(), 1,
                              HistoryAction::Create))
            return fail(q.lastError().text());
    }
    q.prepare(u"INSERT OR IGNORE INTO work_order_complaint(work_order_id, complaint_id) "
              "SELECT ?, id FROM complaint WHERE id = ?"_s);
    for (qint64 complaint : draft.complaintIds) {
        q.addBindValue(id);
        q.addBindValue(complaint);
        if (!q.exec())
            return fail(q.lastError().text());
    }
    if (!commitWrite(&error))
        return fail(error);
    created.id = id;
    created.number = number;
    return created;
}

EditOutcome WorkOrderStore::apply(const WorkOrderEdit &edit, const WorkOrderActor &actor)
{
    QString error;
    if (!beginWrite(&error))
        return {EditOutcome::Result::Failed, 0, error};
    EditOutcome outcome = applyInTransaction(edit, actor);
    if (outcome.result != EditOutcome::Result::Saved) {
        rollbackWrite();
        return outcome;
    }
    if (!commitWrite(&error))
        return {EditOutcome::Result::Failed, 0, error};
    return outcome;
}

EditOutcome WorkOrderStore::applyInTransaction(const WorkOrderEdit &edit, const WorkOrderActor &actor)
{
    using Result = EditOutcome::Result;
    const std::optional<WorkOrder> stored = load(edit.orderId);
    if (!stored)
        return {Result::Refused, 0, tr("The work order no longer exists in this workspace.")};
    if (stored->version != edit.baseVersion) {
        return {Result::Conflict, stored->version,
                tr("%1 was changed by %2; your change was not saved; the order has been reloaded.")
                    .arg(stored->number, changesSince(edit.orderId, edit.baseVersion))};
    }

    const bool reversal = edit.action == HistoryAction::Undo || edit.action == HistoryAction::Redo;
    WorkOrder updated = *stored;
    QList<FieldChange> changes;
    for (const FieldChange &change : edit.changes) {
        const QString before = updated.value(change.field);
        // Undo and redo put back exactly what this session changed, so the field must still hold it.
        if (reversal && before != change.oldValue)
            return {Result::Conflict, stored->version,
                    tr("%1: %2 has been changed since (it is now \"%3\"); it was not changed back.")
                        .arg(stored->number, fieldLabel(change.field), displayFieldValue(change.field, before))};
        if (!updated.setValue(change.field, change.newValue))
            return {Result::Refused, stored->version,
                    tr("%1: \"%2\" is not a valid %3.").arg(stored->number, change.newValue, fieldLabel(change.field))};
        const QString after = updated.value(change.field);
        if (after != before)
            changes << FieldChange{change.field, before, after};
    }
    if (changes.isEmpty())
        return {Result::Unchanged, stored->version, {}};

    const bool deletion = std::any_of(changes.begin(), changes.end(),
                                      [](const FieldChange &c) { return c.field == WorkOrderField::Deleted; });
    if (stored->deletedAt.isValid() && !deletion)
        return {Result::Refused, stored->version, tr("%1 has been deleted; restore it to edit it.").arg(stored->number)};
    if (deletion && updated.deletedAt.isValid() && stored->status != WorkOrderStatus::Draft)
        return {Result::Refused, stored->version,
                tr("%1 is %2: only drafts can be deleted.").arg(stored->number, statusLabel(stored->status))};
    if (updated.title.trimmed().isEmpty())
        return {Result::Refused, stored->version, tr("A work order needs a title.")};
    if (updated.status != stored->status && !reversal) {
        const QString refusal = transitionRefusal(stored->status, updated.status, edit.reason);
        if (!refusal.isEmpty())
            return {Result::Refused, stored->version, u"%1: %2"_s.arg(stored->number, refusal)};
    }

    const QString at = now();
    const int version = stored->version + 1;
    QStringList assignments;
    QVariantList values;
    for (const FieldChange &change : std::as_const(changes)) {
        assignments << fieldColumn(change.field) + u" = ?"_s;
        values << nullable(change.newValue);
    }
    if (updated.status != stored->status) {
        assignments << u"closed_at = ?"_s;
        values << (updated.status == WorkOrderStatus::Closed ? QVariant(at) : QVariant());
    }
    if (std::any_of(changes.begin(), changes.end(), [](const FieldChange &c) {
            return c.field == WorkOrderField::Metric || c.field == WorkOrderField::BaselineMonth;
        })) {
        // Another metric or baseline month: the derived statistics are recomputed.
        assignments << u"baseline_variance = NULL, baseline_exposure = NULL, current_month = NULL, "
                       "current_value = NULL, current_n = NULL, current_p = NULL, effect = NULL"_s;
    }
    assignments << u"updated_at = ?"_s << u"version = ?"_s;
    values << at << version;

    QSqlQuery q(m_db);
    q.prepare(u"UPDATE work_order SET %1 WHERE id = ? AND version = ?"_s.arg(assignments.join(u", "_s)));
    for (const QVariant &value : std::as_const(values))
        q.addBindValue(value);
    q.addBindValue(edit.orderId);
    q.addBindValue(edit.baseVersion);
    if (!q.exec())
        return {Result::Failed, stored->version, tr("%1 could not be saved: %2").arg(stored->number, q.lastError().text())};
    if (q.numRowsAffected() != 1)
        return {Result::Conflict, stored->version,
                tr("%1 was changed meanwhile; your change was not saved; the order has been reloaded.")
                    .arg(stored->number)};
    for (const FieldChange &change : std::as_const(changes)) {
        const HistoryAction action = change.field == WorkOrderField::Deleted && edit.action == HistoryAction::Edit
            ? (change.newValue.isEmpty() ? HistoryAction::Restore : HistoryAction::Delete)
            : edit.action;
        if (!insertHistory(q, edit.orderId, at, actor, fieldColumn(change.field), change.oldValue, change.newValue,
                           edit.reason, version, action))
            return {Result::Failed, stored->version,
                    tr("%1 could not be saved: %2").arg(stored->number, q.lastError().text())};
    }
    return {Result::Saved, version, {}};
}

QString WorkOrderStore::changesSince(qint64 id, int version) const
{
    QStringList edits;
    int current = -1;
    QString header;
    QStringList fields;
    const auto flush = [&] {
        if (current >= 0)
            edits << tr("%1 (%2)").arg(header, fields.join(u"; "_s));
    };
    for (const WorkOrderHistoryEntry &entry : history(id)) {
        if (entry.version <= version)
            continue;
        if (entry.version != current) {
            flush();
            current = entry.version;
            fields.clear();
            header = tr("%1 at %2").arg(entry.who, historyTimeText(entry.at));
        }
        fields << entry.describe();
    }
    flush();
    return edits.isEmpty() ? tr("someone else") : edits.join(tr(", then "));
}

bool WorkOrderStore::saveEvaluation(qint64 id, const MetricPoint &baseline, const EffectResult &effect)
{
    QSqlQuery q(m_db);
    q.prepare(u"UPDATE work_order SET baseline_variance = coalesce(baseline_variance, ?), "
              "baseline_exposure = coalesce(baseline_exposure, ?), current_month = ?, current_value = ?, "
              "current_n = ?, current_p = ?, effect = ?, evaluated_at = ? WHERE id = ?"_s);
    const bool hasCurrent = effect.current.hasData();
    for (const QVariant &value :
         {nullable(baseline.variance), nullable(baseline.exposure), nullable(effect.current.month),
          nullable(effect.current.value), hasCurrent ? QVariant(effect.current.n) : QVariant(), nullable(effect.p),
          QVariant(effectCode(effect.status)), QVariant(now()), QVariant(id)})
        q.addBindValue(value);
    return q.exec();
}

QStringList WorkOrderStore::departments() const
{
    QStringList departments = defaultDepartments();
    QSqlQuery q(m_db);
    if (q.exec(u"SELECT department FROM indicator WHERE coalesce(department, '') <> '' "
               "UNION SELECT owner_department FROM work_order WHERE coalesce(owner_department, '') <> ''"_s))
        while (q.next())
            departments << q.value(0).toString();
    std::sort(departments.begin(), departments.end());
    departments.erase(std::unique(departments.begin(), departments.end()), departments.end());
    return departments;
}

} // namespace cx
