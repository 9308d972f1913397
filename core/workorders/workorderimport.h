#pragma once

#include "workorders/workorderstore.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <functional>

namespace cx {

/// A row of an updates file that changes nothing, and why.
struct UpdateRowIssue
{
    qint64 line = 0; ///< the sheet's row number
    QString number;  ///< the order's number as written
    QString reason;  ///< translated

    /// "工单_网络部.xlsx, line 7 (WO-2024-0003): …".
    QString message(const QString &fileName) const;
};

/// One row's changes to one order.
struct PlannedUpdate
{
    qint64 line = 0;
    qint64 orderId = 0;
    QString number;
    int fileVersion = 0; ///< the version the department saw (0 when the sheet has no version column)
    QList<FieldChange> changes;
    QString reason;
};

/// What an updates file would change: read and checked, nothing written.
struct WorkOrderUpdatePlan
{
    QString file;
    qint64 rowsRead = 0;  ///< data rows below the header
    qint64 unchanged = 0; ///< rows equal to the stored order
    qint64 skipped = 0;   ///< blank rows
    QList<PlannedUpdate> updates;
    QList<UpdateRowIssue> refused;
    QString error; ///< translated; the file could not be read at all

    bool failed() const { return !error.isEmpty(); }
};

/// What applying the plan did.
struct WorkOrderUpdateResult
{
    qint64 applied = 0;           ///< orders changed
    QList<UpdateRowIssue> refused; ///< the plan's and those refused while applying
    bool cancelled = false;       ///< nothing was written
    QString error;                ///< translated; nothing was written
};

/// Takes back a work-order workbook that a department edited (in Excel,
/// LibreOffice or WPS) and saved: status, owner department, owner, progress
/// and due date are updated by number, with the reason column for status
/// changes that need one. Read with the project's XlsxReader; the header
/// row is found by the columns it names (translated, English or Chinese
/// headers), the sheet by the one holding them.
class WorkOrderUpdateImport
{
    Q_DECLARE_TR_FUNCTIONS(cx::WorkOrderUpdateImport)

public:
    /// Reads and checks the file against the stored orders: unknown
    /// numbers, unknown statuses, forbidden transitions, missing reasons,
    /// unreadable dates and rows that changed a field someone changed in
    /// the workspace after the export are refused per row (each changes
    /// nothing); the rest are planned.
    static WorkOrderUpdatePlan plan(const QString &file, const WorkOrderStore &store);

    /// Applies a plan in one transaction, each change recorded in the
    /// history under `analyst` with the file's name as source, the checks
    /// repeated against the orders as they are now. `progress(done, total)`
    /// returning false cancels: then nothing is written.
    static WorkOrderUpdateResult apply(const WorkOrderUpdatePlan &plan, WorkOrderStore &store, const QString &analyst,
                                       const std::function<bool(qint64 done, qint64 total)> &progress = {});
};

} // namespace cx
