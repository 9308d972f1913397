#pragma once

#include "workorders/workorderevaluation.h"
#include "workorders/workorderstore.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace cx {

/// The columns of the work-order sheet (XLSX and CSV) that owning
/// departments edit and send back. The editable ones are what an import
/// reads: status, owner department, owner, progress, due date and the
/// reason for a status change; the version column tells the import which
/// state the department saw.
enum class ExportColumn {
    Number,
    Title,
    Status,
    OwnerDepartment,
    Owner,
    Progress,
    DueDate,
    Reason,
    Product,
    Stage,
    Touchpoint,
    Region,
    Symptom,
    Severity,
    RootCause,
    Strategy,
    CoDepartments,
    Metric,
    Baseline,
    Current,
    Target,
    Effect,
    CreatedBy,
    CreatedAt,
    UpdatedAt,
    Version,
    LastChanges,
};

/// What kind of value a column holds in a spreadsheet.
enum class ExportValueKind { Text, Date, DateTime, Number, Integer };

struct ExportColumnInfo
{
    ExportColumn column;
    const char *header; ///< English source text; written translated
    QString chineseHeader; ///< the Chinese name, always recognised on import
    ExportValueKind kind;
    bool editable; ///< unlocked in the sheet and read back by the import
};

/// Every column in sheet order.
const QList<ExportColumnInfo> &exportColumns();
const ExportColumnInfo &exportColumn(ExportColumn column);
/// The header as written (the interface language).
QString exportHeader(ExportColumn column);
/// The column a header names (the translated, English or Chinese header; case and spaces ignored).
std::optional<ExportColumn> exportColumnForHeader(const QString &header);

/// One cell of an order: text, or a number/date with its text form.
struct ExportCell
{
    QString text;           ///< what a CSV holds (dates ISO, numbers in C locale)
    double number = kNaN;   ///< Number and Integer columns
    QDateTime dateTime;     ///< DateTime columns, local time
    QDate date;             ///< Date columns
    QString numberFormat;   ///< Excel number format of a Number cell ("0.00", "0.0%" ...)
};

/// The orders to export with what the sheets and PDF cards show of them.
struct WorkOrderExport
{
    QList<WorkOrder> orders;
    QHash<qint64, QList<WorkOrderHistoryEntry>> history;
    QHash<qint64, WorkOrderEvaluation> evaluations; ///< the metric's series for the PDF charts (may be empty)
    QStringList departments;                        ///< for the sheet's drop-down list

    /// The orders `ids` (all live orders when empty) with their history.
    static WorkOrderExport read(const WorkOrderStore &store, const QList<qint64> &ids = {});
    /// The cell of `order` in `column`.
    ExportCell cell(const WorkOrder &order, ExportColumn column) const;
};

/// The order as `cxwb-cli workorder list/show --json` prints it: number,
/// title, status (code), status_name (Chinese), department, owner, due,
/// product, stage, city, county, grid, metric, baseline, baseline_month,
/// baseline_n, current, current_month, current_n, target, effect (code or
/// null), p, overdue_days, version, ... (null where nothing is known); with
/// `history`, the history as an array of {at, who, action, field, old,
/// new, reason, source, version}.
QJsonObject workOrderToJson(const WorkOrder &order, const QList<WorkOrderHistoryEntry> *history = nullptr);

/// Writes the file the extension names (.xlsx, .csv, .pdf); false with a
/// translated error naming the file.
bool writeWorkOrderExport(const QString &path, const WorkOrderExport &data, QString *error);

} // namespace cx
