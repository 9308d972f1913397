#pragma once

#include <QHash>
#include <QString>

#include <array>
#include <limits>

// The measures of closed-loop service quality and their targets (see servicequality.h).

namespace cx {

class WorkspaceSettings;

/// The measures of a service row.
enum class ServiceMeasure {
    Complaints,            ///< volume
    ResolvedRate,          ///< 解决率: 已解决 ÷ complaints with a result
    PartialRate,           ///< 部分解决 ÷ complaints with a result
    FirstTimeRate,         ///< 一次解决率: resolved and not repeated ÷ with a result and the repeated flag
    RepeatRate,            ///< 重复投诉率: repeated ÷ with the flag
    EscalationRate,        ///< 升级率: escalated ÷ with the flag
    RegulatorPerMillion,   ///< 工信部申诉 per million users (subscriber-months)
    HoursMean,             ///< mean handling hours
    HoursP90,              ///< 90th percentile of the handling hours
    OverdueRate,           ///< 超时率: hours above the limit ÷ with hours
    CallbackSatisfiedRate, ///< 回访满意率: (满意 + 基本满意) ÷ callbacks with a rating
};
inline constexpr int serviceMeasureCount = 11;

/// "complaints", "resolved_rate", … (the JSON keys).
QString serviceMeasureKey(ServiceMeasure measure);
/// The measure's translated name ("一次解决率 (first-time resolution)").
QString serviceMeasureName(ServiceMeasure measure);
/// Whether a higher value is better (false for repeats, escalations, regulator appeals, hours, overdue).
bool serviceHigherIsBetter(ServiceMeasure measure);
/// Whether the measure is a share in [0, 1].
bool serviceIsRate(ServiceMeasure measure);

/// Targets and limits of the service measures (workspace settings).
struct ServiceSettings
{
    double overdueHours = 48;                    ///< default overdue limit
    QHash<QString, double> overdueHoursByCategory; ///< per category (finest level), overriding it
    /// Target per measure (rates as shares in [0, 1]); NaN: no target, no light.
    std::array<double, serviceMeasureCount> targets = [] {
        std::array<double, serviceMeasureCount> none;
        none.fill(std::numeric_limits<double>::quiet_NaN());
        return none;
    }();
    double amberPoints = 0.05;       ///< a rate this far (share) past its target is amber, further red
    double regulatorAmberRatio = 1.2; ///< per-million figure up to target × this is amber, above red

    static ServiceSettings fromWorkspace(const WorkspaceSettings &settings);
};

} // namespace cx
