#pragma once

#include "analytics/servicequality.h"

#include <QCoreApplication>
#include <QString>

namespace cx {

/// What a department node of the responsibility map says of the department's
/// handling of its complaints (闭环服务质量) in the map's month and city:
/// volume, 解决率, 一次解决率, 重复投诉率, 升级率, p90 hours, 超时率 and
/// 回访满意率, each with its n and, where it has a target, its light (shape
/// in the light's colour); "no data" where a measure cannot be computed.
class DepartmentHandling
{
    Q_DECLARE_TR_FUNCTIONS(cx::DepartmentHandling)

public:
    /// The node's tooltip `base` (plain text) followed by the handling, as
    /// rich text. `quality` is the service quality of the map's city (null:
    /// the city is outside the filter's region), `place` its name.
    static QString toolTip(const QString &base, const ServiceQuality *quality, const QString &department,
                           const QString &month, const QString &place);
};

} // namespace cx
