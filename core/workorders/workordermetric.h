#pragma once

#include "analytics/statistics.h"

#include <QList>
#include <QString>

#include <cmath>
#include <optional>

namespace cx {

/// What a work order's effect is measured on.
enum class MetricKind {
    Satisfaction,  ///< mean score of a stage question (or the overall question); Welch's t-test
    SatisfiedRate, ///< 满意率 of the same scores; two-proportion z-test
    Complaints,    ///< complaints of a category (or of a stage); conditional binomial test of two Poisson rates
    Per10k,        ///< 万投比 of the same complaints; the same test with subscribers as exposures
    Indicator,     ///< monthly actual of a KEI/KOI; compared with its target, no sample to test
};

/// A work order's metric, written `kind:subject` on the command line and in
/// the workspace: `satisfaction:使用`, `satisfaction:` (overall question),
/// `satisfied_rate:使用`, `complaints:播放卡顿`, `per10k:播放卡顿`,
/// `indicator:KEI03`. A complaint subject is a third-level category, or a
/// journey stage when no category has that name.
struct MetricSpec
{
    MetricKind kind = MetricKind::Satisfaction;
    QString subject;

    bool operator==(const MetricSpec &) const = default;

    /// `kind:subject`.
    QString toString() const;
    /// Parses `kind:subject`; empty with a translated reason (naming the
    /// accepted kinds) when the text is not a metric.
    static std::optional<MetricSpec> parse(const QString &text, QString *error = nullptr);
    /// "使用 · satisfaction", translated.
    QString label() const;
    /// +1 when higher is better (satisfaction, 满意率), −1 when lower is
    /// (complaints, 万投比); an indicator's direction comes from the indicator
    /// tree, so this returns 0 for it.
    int fixedDirection() const;
    /// Whether values are shown as percentages (满意率 in [0, 1]).
    bool isRate() const { return kind == MetricKind::SatisfiedRate; }
};

/// "satisfaction", "satisfied_rate", "complaints", "per10k", "indicator".
QString metricKindCode(MetricKind kind);
/// A value of the metric as shown: "7.62", "71.3%", "1,042", "0.127".
QString formatMetricValue(MetricKind kind, double value);

/// One month of a metric in a work order's scope, with what the tests need.
struct MetricPoint
{
    QString month;         ///< "YYYY-MM"; empty for no point
    double value = kNaN;   ///< mean, 满意率 in [0, 1], count, 万投比 or actual
    qint64 n = 0;          ///< scores (satisfaction, 满意率) or complaints (complaints, 万投比); 0 for indicators
    double variance = kNaN;  ///< of the scores (satisfaction)
    double exposure = kNaN;  ///< subscribers of the month (complaints, 万投比); NaN when unknown

    bool hasData() const { return !month.isEmpty() && std::isfinite(value); }
};

/// The result of comparing a work order's metric after the order with its baseline.
enum class EffectStatus {
    AwaitingData, ///< 待数据: no baseline, or no month after the baseline month has data yet
    Achieved,     ///< 达成: the target is met and the improvement is significant
    NotAchieved,  ///< 未达成
};

/// "awaiting_data", "achieved", "not_achieved".
QString effectCode(EffectStatus status);
std::optional<EffectStatus> parseEffectCode(const QString &code);
/// 待数据 / 达成 / 未达成, translated ("awaiting data", "achieved", "not achieved").
QString effectLabel(EffectStatus status);

/// How a work order's metric moved since its baseline.
struct EffectResult
{
    EffectStatus status = EffectStatus::AwaitingData;
    MetricPoint current;      ///< the latest month after the baseline month with data
    double p = kNaN;          ///< one-sided p of the improvement (NaN for indicators or when untestable)
    bool testable = false;    ///< whether a test could be run (samples large enough, exposures known)
    bool significant = false; ///< p < α
    bool targetMet = false;   ///< current meets the target in the metric's direction
    /// "7.9 ≥ target 7.8, p = 0.003 (n = 212/230)", translated.
    QString explanation;
};

/// Compares the latest month of `series` after `baseline.month` with the
/// baseline: Welch's t (satisfaction), the two-proportion z-test (满意率),
/// the conditional binomial test of two Poisson counts with subscribers as
/// exposures (complaints — equal exposures when unknown — and 万投比, which
/// needs them), one-sided in the improving `direction` (+1 higher is better,
/// −1 lower). Achieved when the target is met (direction-aware) and, where a
/// test can be run, the improvement is significant at `alpha`; without a
/// target, when the improvement is significant (indicators: when the actual
/// improved). Awaiting data without a baseline value or a later month.
EffectResult evaluateEffect(const MetricSpec &metric, int direction, const MetricPoint &baseline,
                            const QList<MetricPoint> &series, double target, double alpha);

/// Whether `value` meets `target` in `direction` (+1: value ≥ target, −1: value ≤ target).
bool meetsTarget(double value, double target, int direction);

} // namespace cx
