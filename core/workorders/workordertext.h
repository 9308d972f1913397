#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace cx {

/// The translation context of the work-order texts that belong to no class
/// of their own (statuses, fields, metrics, effects): WorkOrderText::tr().
class WorkOrderText
{
    Q_DECLARE_TR_FUNCTIONS(cx::WorkOrderText)
};

/// One value of an enum with its stable code (stored, printed in JSON) and
/// its label (a QT_TRANSLATE_NOOP text of WorkOrderText).
template<typename Enum>
struct CodedLabel
{
    Enum value;
    QString code;
    const char *label;

    QString translated() const { return WorkOrderText::tr(label); }
};

/// The entry of `value` in a table that lists every value in enum order.
template<typename Enum>
const CodedLabel<Enum> &codedLabel(const QList<CodedLabel<Enum>> &table, Enum value)
{
    return table.at(int(value));
}

/// The value whose code is `code`; empty when none is.
template<typename Enum>
std::optional<Enum> valueOfCode(const QList<CodedLabel<Enum>> &table, const QString &code)
{
    for (const CodedLabel<Enum> &entry : table)
        if (entry.code == code)
            return entry.value;
    return std::nullopt;
}

} // namespace cx
