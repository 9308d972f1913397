#include "workorders/workorderhistory.h"

#include "workorders/workorder.h"
#include "workorders/workordertext.h"


namespace cx {

using namespace Qt::StringLiterals;

namespace {

const QString filePrefix = u"file:"_s;

const QList<CodedLabel<HistoryAction>> &actionTable()
{
    static const QList<CodedLabel<HistoryAction>> table{
        {HistoryAction::Create, u"create"_s, QT_TRANSLATE_NOOP("cx::WorkOrderText", "created")},
        {HistoryAction::Edit, u"edit"_s, QT_TRANSLATE_NOOP("cx::WorkOrderText", "edited")},
        {HistoryAction::Undo, u"undo"_s, QT_TRANSLATE_NOOP("cx::WorkOrderText", "undone")},
        {HistoryAction::Redo, u"redo"_s, QT_TRANSLATE_NOOP("cx::WorkOrderText", "redone")},
        {HistoryAction::Delete, u"delete"_s, QT_TRANSLATE_NOOP("cx::WorkOrderText", "deleted")},
        {HistoryAction::Restore, u"restore"_s, QT_TRANSLATE_NOOP("cx::WorkOrderText", "restored")},
    };
    return table;
}

} // namespace

WorkOrderActor WorkOrderActor::desktop(const QString &name)
{
    return {name, u"desktop"_s};
}

WorkOrderActor WorkOrderActor::commandLine(const QString &name)
{
    return {name, u"cli"_s};
}

WorkOrderActor WorkOrderActor::importedFile(const QString &name, const QString &fileName)
{
    return {name, filePrefix + fileName};
}

QString historySourceLabel(const QString &source)
{
    if (source == "desktop"_L1)
        return WorkOrderText::tr("Desktop");
    if (source == "cli"_L1)
        return WorkOrderText::tr("Command line");
    if (source.startsWith(filePrefix))
        return source.mid(filePrefix.size());
    return source;
}

QString historyActionCode(HistoryAction action)
{
    return codedLabel(actionTable(), action).code;
}

std::optional<HistoryAction> parseHistoryAction(const QString &code)
{
    return valueOfCode(actionTable(), code);
}

QString historyActionLabel(HistoryAction action)
{
    return codedLabel(actionTable(), action).translated();
}

QString WorkOrderHistoryEntry::fieldName() const
{
    if (field == "number"_L1)
        return WorkOrderText::tr("Number");
    const std::optional<WorkOrderField> known = fieldFromColumn(field);
    return known ? fieldLabel(*known) : field;
}

QString WorkOrderHistoryEntry::describe() const
{
    const std::optional<WorkOrderField> known = fieldFromColumn(field);
    const auto shown = [&](const QString &value) {
        return known ? displayFieldValue(*known, value) : value;
    };
    const QString none = WorkOrderText::tr("(empty)");
    if (action == HistoryAction::Create)
        return WorkOrderText::tr("%1: %2").arg(fieldName(), shown(newValue));
    if (known == WorkOrderField::Deleted)
        return newValue.isEmpty() ? WorkOrderText::tr("restored") : WorkOrderText::tr("deleted");
    return WorkOrderText::tr("%1 %2 → %3")
        .arg(fieldName(), oldValue.isEmpty() ? none : shown(oldValue), newValue.isEmpty() ? none : shown(newValue));
}

QString historyTimeText(const QDateTime &at, const QDateTime &now)
{
    const QDateTime local = at.toLocalTime();
    if (local.date() == now.toLocalTime().date())
        return local.toString(u"HH:mm"_s);
    return local.toString(u"yyyy-MM-dd HH:mm"_s);
}

} // namespace cx
