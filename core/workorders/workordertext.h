#pragma once

#include <QCoreApplication>

namespace cx {

/// The translation context of the work-order texts that belong to no class
/// of their own (statuses, fields, metrics, effects): WorkOrderText::tr().
class WorkOrderText
{
    Q_DECLARE_TR_FUNCTIONS(cx::WorkOrderText)
};

} // namespace cx
