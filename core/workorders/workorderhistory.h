#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace cx {

/// Who changes a work order, and from where.
struct WorkOrderActor
{
    QString name;   ///< the analyst (Preferences::analystName())
    QString source; ///< "desktop", "cli", or "file:NAME" for an imported spreadsheet

    static WorkOrderActor desktop(const QString &name);
    static WorkOrderActor commandLine(const QString &name);
    static WorkOrderActor importedFile(const QString &name, const QString &fileName);
};

/// "Desktop", "Command line" or the file's name.
QString historySourceLabel(const QString &source);

/// What kind of change a history row records.
enum class HistoryAction { Create, Edit, Undo, Redo, Delete, Restore };

/// "create", "edit", "undo", "redo", "delete", "restore".
QString historyActionCode(HistoryAction action);
std::optional<HistoryAction> parseHistoryAction(const QString &code);
QString historyActionLabel(HistoryAction action);

/// One row of `work_order_history`: one field of one edit.
struct WorkOrderHistoryEntry
{
    qint64 id = 0;
    QDateTime at; ///< UTC
    QString who;
    QString field; ///< the column (fieldColumn()), or "number" for the creation row
    QString oldValue;
    QString newValue;
    QString reason;
    int version = 0; ///< the order's version after the edit
    HistoryAction action = HistoryAction::Edit;
    QString source;

    /// "Status 处理中 → 待验证", "Owner: 张三" (values as displayFieldValue()).
    QString describe() const;
    /// The field's translated name.
    QString fieldName() const;
};

/// "14:03" today, else "2024-09-03 14:03", in local time.
QString historyTimeText(const QDateTime &at, const QDateTime &now = QDateTime::currentDateTime());

} // namespace cx
