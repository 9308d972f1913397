#include "workorders/workordermetric.h"

#include "workorders/workordertext.h"

#include <QLocale>

#include <cmath>

namespace cx {

using namespace Qt::StringLiterals;

namespace {

const QList<CodedLabel<MetricKind>> &kinds()
{
    static const QList<CodedLabel<MetricKind>> table{
        {MetricKind::Satisfaction, u"satisfaction"_s, QT_TRANSLATE_NOOP("cx::WorkOrderText", "satisfaction")},
        {MetricKind::SatisfiedRate, u"satisfied_rate"_s, QT_TRANSLATE_NOOP("cx::WorkOrderText", "满意率")},
        {MetricKind::Complaints, u"complaints"_s, QT_TRANSLATE_NOOP("cx::WorkOrderText", "complaints")},
        {MetricKind::Per10k, u"per10k"_s, QT_TRANSLATE_NOOP("cx::WorkOrderText", "万投比")},
        {MetricKind::Indicator, u"indicator"_s, QT_TRANSLATE_NOOP("cx::WorkOrderText", "indicator actual")},
    };
    return table;
}

QString formatP(double p)
{
    if (!std::isfinite(p))
        return {};
    return p < 0.001 ? u"p < 0.001"_s : u"p = %1"_s.arg(p, 0, 'f', 3);
}

// The one-sided test of an improvement of `current` over `baseline`; NaN when it cannot be run.
double improvementP(MetricKind kind, int direction, const MetricPoint &baseline, const MetricPoint &current)
{
    const bool higherBetter = direction > 0;
    switch (kind) {
    case MetricKind::Satisfaction: {
        const WelchTTestResult t = welchTTest(SampleSummary{baseline.n, baseline.value, baseline.variance},
                                              SampleSummary{current.n, current.value, current.variance});
        return t.valid ? (higherBetter ? t.pRise : t.pDrop) : kNaN;
    }
    case MetricKind::SatisfiedRate: {
        const ProportionTestResult z =
            twoProportionZTest(qint64(std::llround(baseline.value * double(baseline.n))), baseline.n,
                               qint64(std::llround(current.value * double(current.n))), current.n);
        return z.valid ? (higherBetter ? z.pRise : z.pDrop) : kNaN;
    }
    case MetricKind::Complaints:
    case MetricKind::Per10k: {
        double before = baseline.exposure;
        double after = current.exposure;
        if (!(before > 0 && after > 0 && std::isfinite(before) && std::isfinite(after))) {
            if (kind == MetricKind::Per10k)
                return kNaN;
            before = after = 1.0; // subscribers unknown: the counts themselves
        }
        const CountTestResult test = comparePoissonRates(baseline.n, before, current.n, after);
        return test.valid ? (higherBetter ? test.pRise : test.pDrop) : kNaN;
    }
    case MetricKind::Indicator:
        break;
    }
    return kNaN;
}

} // namespace

QString metricKindCode(MetricKind kind)
{
    return codedLabel(kinds(), kind).code;
}

QString MetricSpec::toString() const
{
    return metricKindCode(kind) + u':' + subject;
}

std::optional<MetricSpec> MetricSpec::parse(const QString &text, QString *error)
{
    const QString trimmed = text.trimmed();
    qsizetype colon = trimmed.indexOf(u':');
    if (colon < 0)
        colon = trimmed.indexOf(u'：'); // a full-width colon typed with a Chinese input method
    const QString code = (colon < 0 ? trimmed : trimmed.left(colon)).trimmed().toLower();
    const QString subject = colon < 0 ? QString() : trimmed.mid(colon + 1).trimmed();
    if (const std::optional<MetricKind> kind = valueOfCode(kinds(), code)) {
        const bool needsSubject = *kind != MetricKind::Satisfaction && *kind != MetricKind::SatisfiedRate;
        if (needsSubject && subject.isEmpty()) {
            if (error)
                *error = WorkOrderText::tr("The metric \"%1\" needs a subject after the colon, e.g. %2:播放卡顿 "
                                           "or indicator:KEI03.")
                             .arg(trimmed, code);
            return std::nullopt;
        }
        return MetricSpec{*kind, subject};
    }
    if (error) {
        QStringList codes;
        for (const CodedLabel<MetricKind> &info : kinds())
            codes << info.code;
        *error = WorkOrderText::tr("\"%1\" is not a metric. Write KIND:SUBJECT with KIND one of %2, e.g. "
                                   "satisfaction:使用, complaints:播放卡顿 or indicator:KEI03.")
                     .arg(trimmed, codes.join(u", "_s));
    }
    return std::nullopt;
}

QString MetricSpec::label() const
{
    const QString kindLabel = codedLabel(kinds(), kind).translated();
    if (subject.isEmpty())
        return kind == MetricKind::Satisfaction || kind == MetricKind::SatisfiedRate
            ? WorkOrderText::tr("overall %1").arg(kindLabel)
            : kindLabel;
    return u"%1 · %2"_s.arg(subject, kindLabel);
}

int MetricSpec::fixedDirection() const
{
    switch (kind) {
    case MetricKind::Satisfaction:
    case MetricKind::SatisfiedRate:
        return 1;
    case MetricKind::Complaints:
    case MetricKind::Per10k:
        return -1;
    case MetricKind::Indicator:
        break;
    }
    return 0;
}

QString formatMetricValue(MetricKind kind, double value)
{
    if (!std::isfinite(value))
        return {};
    const QLocale locale;
    switch (kind) {
    case MetricKind::Satisfaction:
        return locale.toString(value, 'f', 2);
    case MetricKind::SatisfiedRate:
        return locale.toString(value * 100.0, 'f', 1) + u'%';
    case MetricKind::Complaints:
        return locale.toString(qint64(std::llround(value)));
    case MetricKind::Per10k:
        return locale.toString(value, 'f', 3);
    case MetricKind::Indicator:
        break;
    }
    return locale.toString(value, 'g', 6);
}

namespace {

const QList<CodedLabel<EffectStatus>> &effects()
{
    static const QList<CodedLabel<EffectStatus>> table{
        {EffectStatus::AwaitingData, u"awaiting_data"_s, QT_TRANSLATE_NOOP("cx::WorkOrderText", "awaiting data")},
        {EffectStatus::Achieved, u"achieved"_s, QT_TRANSLATE_NOOP("cx::WorkOrderText", "achieved")},
        {EffectStatus::NotAchieved, u"not_achieved"_s, QT_TRANSLATE_NOOP("cx::WorkOrderText", "not achieved")},
    };
    return table;
}

} // namespace

QString effectCode(EffectStatus status)
{
    return codedLabel(effects(), status).code;
}

std::optional<EffectStatus> parseEffectCode(const QString &code)
{
    return valueOfCode(effects(), code);
}

QString effectLabel(EffectStatus status)
{
    return codedLabel(effects(), status).translated();
}

bool meetsTarget(double value, double target, int direction)
{
    if (!std::isfinite(value) || !std::isfinite(target))
        return false;
    return direction < 0 ? value <= target : value >= target;
}

EffectResult evaluateEffect(const MetricSpec &metric, int direction, const MetricPoint &baseline,
                            const QList<MetricPoint> &series, double target, double alpha)
{
    EffectResult result;
    if (!baseline.hasData()) {
        result.explanation = WorkOrderText::tr("No baseline yet: the metric has no data in the scope.");
        return result;
    }
    for (const MetricPoint &point : series)
        if (point.hasData() && point.month > baseline.month)
            result.current = point;
    if (!result.current.hasData()) {
        result.explanation = WorkOrderText::tr("No data after the baseline month %1 yet.").arg(baseline.month);
        return result;
    }
    const int sense = direction < 0 ? -1 : 1;
    const MetricPoint &current = result.current;
    result.p = improvementP(metric.kind, sense, baseline, current);
    result.testable = std::isfinite(result.p);
    result.significant = result.testable && result.p < alpha;
    const bool hasTarget = std::isfinite(target);
    result.targetMet = hasTarget && meetsTarget(current.value, target, sense);
    const bool improved = (current.value - baseline.value) * sense > 0;

    bool achieved = false;
    if (hasTarget)
        achieved = result.targetMet && (!result.testable || result.significant);
    else
        achieved = result.testable ? result.significant : improved;
    result.status = achieved ? EffectStatus::Achieved : EffectStatus::NotAchieved;

    QStringList parts;
    const QString value = formatMetricValue(metric.kind, current.value);
    if (hasTarget)
        parts << WorkOrderText::tr("%1 %2 target %3")
                     .arg(value, result.targetMet ? (sense > 0 ? u"≥"_s : u"≤"_s) : (sense > 0 ? u"<"_s : u">"_s),
                          formatMetricValue(metric.kind, target));
    else
        parts << WorkOrderText::tr("%1 (baseline %2, no target)")
                     .arg(value, formatMetricValue(metric.kind, baseline.value));
    if (result.testable) {
        parts << formatP(result.p);
        if (hasTarget && result.targetMet && !result.significant)
            parts << WorkOrderText::tr("the change is not significant");
    } else if (metric.kind != MetricKind::Indicator) {
        parts << WorkOrderText::tr("not testable");
    }
    if (metric.kind != MetricKind::Indicator)
        parts << u"n = %1/%2"_s.arg(baseline.n).arg(current.n);
    result.explanation = u"%1: %2"_s.arg(current.month, parts.join(u", "_s));
    return result;
}

} // namespace cx
