#pragma once

#include <QHash>
#include <QSqlDatabase>
#include <QString>
#include <QTimeZone>
#include <QVariant>

namespace cx {

/// Settings that travel with a workspace (thresholds, targets, privacy),
/// stored in its `setting` table. Each is declared once in
/// workspacesettings.cpp with its type and valid range; defaults come from
/// `:/defaults/settings.json`. A missing or invalid stored value reads as the
/// default.
class WorkspaceSettings
{
public:
    explicit WorkspaceSettings(QSqlDatabase db);

    /// A score at or above this counts as satisfied (满意率).
    int satisfiedScore() const;
    /// Mean satisfaction target for the traffic lights.
    double satisfactionTarget() const;
    /// 万投比 target for the traffic lights.
    double per10kTarget() const;
    /// Smallest drop in mean score that can raise an alert.
    double alertMinScoreDrop() const;
    /// Smallest drop in a rate, in percentage points, that can raise an alert.
    double alertMinRateDropPoints() const;
    /// Smallest complaint increase, in percent, that can raise an alert.
    double alertMinCountIncreasePercent() const;
    /// Significance level α of the alert tests.
    double significanceLevel() const;
    /// How far below target satisfaction stays amber before turning red.
    double amberMargin() const;
    /// 万投比 above target up to this ratio is amber, beyond it red.
    double per10kAmberRatio() const;
    /// 满意率 target of the traffic lights, in percent.
    double satisfiedRateTargetPercent() const;
    /// Percentage points below the 满意率 target that stay amber before red.
    double satisfiedRateAmberPoints() const;
    /// NPS target of the traffic lights, in points.
    double npsTarget() const;
    /// NPS points below target that stay amber before red.
    double npsAmberPoints() const;
    /// Handling hours above which a complaint is overdue (超时), default 48.
    double overdueHours() const;
    /// The overdue limit of particular complaint categories (finest level), overriding overdueHours().
    QHash<QString, double> overdueHoursByCategory() const;
    /// Target in percent of a service rate: `measure` is one of resolvedRate,
    /// firstTimeRate, repeatRate, escalationRate, overdueRate,
    /// callbackSatisfiedRate (NaN for another name).
    double serviceTargetPercent(const QString &measure) const;
    /// Target of 工信部申诉 per million users (lower is better).
    double regulatorPerMillionTarget() const;
    /// Percentage points past a service rate's target that stay amber before red.
    double serviceAmberPoints() const;
    /// Whether imports keep full phone numbers instead of masking them.
    bool keepFullPhoneNumbers() const;
    /// The zone imports convert times written with `Z` or a UTC offset to
    /// (setting import.timeZone, an IANA id such as Asia/Shanghai); empty,
    /// the default, means the system's zone. Times without an offset are
    /// stored as written.
    QTimeZone importTimeZone() const;

    /// Stores a value after checking it against the declaration; false (and
    /// nothing written) for an unknown key or an out-of-range value.
    bool setValue(const QString &key, const QVariant &value);
    /// The stored value, or the default.
    QVariant value(const QString &key) const;
    QVariant defaultValue(const QString &key) const;

    /// Every declared key, in declaration order.
    static QStringList keys();

private:
    QSqlDatabase m_db;
};

} // namespace cx
