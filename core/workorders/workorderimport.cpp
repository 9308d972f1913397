#include "workorders/workorderimport.h"

#include "import/valueparser.h"
#include "io/xlsxreader.h"
#include "workorders/workorderexport.h"

#include <QFileInfo>
#include <QHash>
#include <QSet>

#include <memory>

namespace cx {

using namespace Qt::StringLiterals;

namespace {

// The editable columns an updates file must name at least one of, besides the number.
const QList<ExportColumn> readColumns{ExportColumn::Status, ExportColumn::OwnerDepartment, ExportColumn::Owner,
                                      ExportColumn::Progress, ExportColumn::DueDate};

QHash<ExportColumn, int> headerColumns(const QStringList &cells)
{
    QHash<ExportColumn, int> columns;
    for (int i = 0; i < cells.size(); ++i)
        if (const std::optional<ExportColumn> column = exportColumnForHeader(cells.at(i)); column && !columns.contains(*column))
            columns.insert(*column, i);
    return columns;
}

bool isHeader(const QHash<ExportColumn, int> &columns)
{
    if (!columns.contains(ExportColumn::Number))
        return false;
    for (ExportColumn column : readColumns)
        if (columns.contains(column))
            return true;
    return false;
}

// A cell our CSV export neutralised ('=…) reads back as it was typed.
QString cellText(const TableRow &row, int column)
{
    if (column < 0)
        return {};
    QString text = row.cellString(column).trimmed();
    if (text.size() > 1 && text.front() == u'\'' && QStringView(u"=+-@\t\r").contains(text.at(1)))
        text.remove(0, 1);
    return text;
}

// Fields changed in the workspace after `version`, with what changed them.
QHash<WorkOrderField, QString> changedSince(const WorkOrderStore &store, qint64 id, int version)
{
    QHash<WorkOrderField, QString> changed;
    for (const WorkOrderHistoryEntry &entry : store.history(id))
        if (entry.version > version)
            if (const std::optional<WorkOrderField> field = fieldFromColumn(entry.field))
                changed.insert(*field, WorkOrderUpdateImport::tr("%1 at %2: %3")
                                           .arg(entry.who, historyTimeText(entry.at), entry.describe()));
    return changed;
}

// Why applying `update` over the changes made since the department's export would lose one; empty when it would not.
QString overlapRefusal(const WorkOrderStore &store, const PlannedUpdate &update, const WorkOrder &order)
{
    if (update.fileVersion <= 0 || order.version <= update.fileVersion)
        return {};
    const QHash<WorkOrderField, QString> changed = changedSince(store, order.id, update.fileVersion);
    for (const FieldChange &change : update.changes)
        if (changed.contains(change.field))
            return WorkOrderUpdateImport::tr("%1 was changed in the workspace after this file was exported (%2); "
                                             "this row was not applied. Export the order again and redo the change.")
                .arg(fieldLabel(change.field), changed.value(change.field));
    return {};
}

std::unique_ptr<TableReader> openUpdates(const QString &file, QString *error, QHash<ExportColumn, int> *columns,
                                         qint64 *headerLine)
{
    const QString name = QFileInfo(file).fileName();
    std::unique_ptr<TableReader> reader;
    if (QFileInfo(file).suffix().compare(u"csv"_s, Qt::CaseInsensitive) == 0) {
        reader = createTableReader(file);
        if (!reader->open()) {
            *error = reader->errorString();
            return nullptr;
        }
    } else {
        auto xlsx = std::make_unique<XlsxReader>(file);
        if (!xlsx->open()) {
            *error = xlsx->errorString();
            return nullptr;
        }
        // The sheet whose first rows hold the work-order header.
        int sheet = -1;
        const QList<QList<QStringList>> previews = xlsx->previewAll(20);
        for (int i = 0; i < previews.size() && sheet < 0; ++i)
            for (const QStringList &cells : previews.at(i))
                if (isHeader(headerColumns(cells))) {
                    sheet = i;
                    break;
                }
        if (sheet < 0) {
            *error = WorkOrderUpdateImport::tr("%1 holds no work-order sheet: no sheet has a header with the "
                                               "number column (编号) and a status, owner, progress or due-date column.")
                         .arg(name);
            return nullptr;
        }
        xlsx->selectSheet(sheet);
        reader = std::move(xlsx);
    }
    TableRow row;
    while (reader->readRow(row)) {
        *columns = headerColumns(row.toStringList());
        if (isHeader(*columns)) {
            *headerLine = row.line();
            return reader;
        }
    }
    *error = reader->hasError() ? reader->errorString()
                                : WorkOrderUpdateImport::tr("%1 has no header row with the number column (编号) and a "
                                                            "status, owner, progress or due-date column.")
                                      .arg(name);
    return nullptr;
}

} // namespace

QString UpdateRowIssue::message(const QString &fileName) const
{
    return number.isEmpty() ? WorkOrderUpdateImport::tr("%1, line %2: %3").arg(fileName).arg(line).arg(reason)
                            : WorkOrderUpdateImport::tr("%1, line %2 (%3): %4").arg(fileName).arg(line).arg(number, reason);
}

WorkOrderUpdatePlan WorkOrderUpdateImport::plan(const QString &file, const WorkOrderStore &store)
{
    WorkOrderUpdatePlan plan;
    plan.file = file;
    QHash<ExportColumn, int> columns;
    qint64 headerLine = 0;
    const std::unique_ptr<TableReader> reader = openUpdates(file, &plan.error, &columns, &headerLine);
    if (!reader)
        return plan;
    const auto column = [&](ExportColumn c) { return columns.value(c, -1); };

    QSet<QString> seen;
    TableRow row;
    while (reader->readRow(row)) {
        ++plan.rowsRead;
        if (row.isBlank()) {
            ++plan.skipped;
            continue;
        }
        const QString number = cellText(row, column(ExportColumn::Number));
        const auto refuse = [&](const QString &reason) { plan.refused << UpdateRowIssue{row.line(), number, reason}; };
        if (number.isEmpty()) {
            refuse(tr("the row has no work-order number."));
            continue;
        }
        const std::optional<WorkOrder> order = store.loadByNumber(number);
        if (!order || order->deletedAt.isValid()) {
            refuse(tr("%1 is not a work order of this workspace.").arg(number));
            continue;
        }
        if (seen.contains(order->number)) {
            refuse(tr("%1 appears twice in the file; only its first row is read.").arg(order->number));
            continue;
        }
        seen.insert(order->number);

        PlannedUpdate update;
        update.line = row.line();
        update.orderId = order->id;
        update.number = order->number;
        update.fileVersion = int(ValueParser::parseInteger(cellText(row, column(ExportColumn::Version))).value_or(0));
        update.reason = cellText(row, column(ExportColumn::Reason));
        QString refusal;
        const auto change = [&](WorkOrderField field, const QString &value) {
            if (order->value(field) != value)
                update.changes << FieldChange{field, order->value(field), value};
        };
        if (column(ExportColumn::Status) >= 0) {
            const QString text = cellText(row, column(ExportColumn::Status));
            const std::optional<WorkOrderStatus> status = parseWorkOrderStatus(text);
            if (!status) {
                refusal = tr("the status \"%1\" is not one of %2.").arg(text, workOrderStatusChoices());
            } else if (*status != order->status) {
                refusal = transitionRefusal(order->status, *status, update.reason);
                change(WorkOrderField::Status, statusCode(*status));
            }
        }
        for (const auto &[exportColumn, field] : {std::pair{ExportColumn::OwnerDepartment, WorkOrderField::OwnerDepartment},
                                                   std::pair{ExportColumn::Owner, WorkOrderField::Owner},
                                                   std::pair{ExportColumn::Progress, WorkOrderField::Progress}})
            if (column(exportColumn) >= 0)
                change(field, cellText(row, column(exportColumn)));
        if (column(ExportColumn::DueDate) >= 0 && refusal.isEmpty()) {
            const QString text = cellText(row, column(ExportColumn::DueDate));
            const DateTimeParts date = ValueParser::parseDateTime(text);
            if (!text.isEmpty() && !date.isValid())
                refusal = tr("the due date \"%1\" is not a date (write it as 2024-10-31).").arg(text);
            else
                change(WorkOrderField::DueDate, text.isEmpty() ? QString() : date.toIsoDate());
        }
        if (refusal.isEmpty())
            refusal = overlapRefusal(store, update, *order);
        if (!refusal.isEmpty()) {
            refuse(refusal);
            continue;
        }
        if (update.changes.isEmpty())
            ++plan.unchanged;
        else
            plan.updates << update;
    }
    if (reader->hasError())
        plan.error = reader->errorString();
    return plan;
}

WorkOrderUpdateResult WorkOrderUpdateImport::apply(const WorkOrderUpdatePlan &plan, WorkOrderStore &store,
                                                   const QString &analyst,
                                                   const std::function<bool(qint64, qint64)> &progress)
{
    WorkOrderUpdateResult result;
    result.refused = plan.refused;
    if (plan.failed()) {
        result.error = plan.error;
        return result;
    }
    const QString fileName = QFileInfo(plan.file).fileName();
    const WorkOrderActor actor = WorkOrderActor::importedFile(analyst, fileName);
    if (!store.beginWrite(&result.error))
        return result;
    const qint64 total = plan.updates.size();
    for (qint64 i = 0; i < total; ++i) {
        if (progress && !progress(i, total)) {
            store.rollbackWrite();
            return WorkOrderUpdateResult{0, plan.refused, true, {}};
        }
        const PlannedUpdate &update = plan.updates.at(i);
        const std::optional<WorkOrder> order = store.load(update.orderId);
        QString refusal = order ? overlapRefusal(store, update, *order) : tr("the work order no longer exists.");
        if (refusal.isEmpty()) {
            const EditOutcome outcome =
                store.applyInTransaction(WorkOrderEdit::of(*order, update.changes, update.reason), actor);
            if (outcome.result == EditOutcome::Result::Failed) {
                store.rollbackWrite();
                return WorkOrderUpdateResult{0, plan.refused, false, outcome.message};
            }
            if (outcome.result == EditOutcome::Result::Saved)
                ++result.applied;
            refusal = outcome.ok() ? QString() : outcome.message;
        }
        if (!refusal.isEmpty())
            result.refused << UpdateRowIssue{update.line, update.number, refusal};
    }
    if (progress && !progress(total, total)) {
        store.rollbackWrite();
        return WorkOrderUpdateResult{0, plan.refused, true, {}};
    }
    if (!store.commitWrite(&result.error))
        result.applied = 0;
    return result;
}

} // namespace cx
