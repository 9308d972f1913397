#pragma once

#include "analytics/alerts.h"
#include "workspace/filter.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace cx {

/// Item data roles the desk's models share, read by the views' delegates
/// (values are never colour alone: the light's shape comes with it).
enum DeskRole {
    LightRole = Qt::UserRole + 100, ///< int(TrafficLight) of the cell, absent when the cell has none
    ValueRole,                      ///< double: the cell's figure (NaN: no data)
    DeltaRole,                      ///< double: its change against the month before (NaN: unknown)
    BetterRole,                     ///< bool: whether the change is for the better
    SeriesRole,                     ///< QList<double>: a monthly series for a sparkline (NaN: no data)
    MarkedRole,                     ///< QList<int>: indices into the series to mark (alert months)
    /// bool: whether the change is significant (p below the workspace's α);
    /// absent when it was not tested. Only a significant change is coloured.
    SignificantRole,
};

/// How the desk writes figures: fixed decimals, changes with an arrow, a
/// figure that cannot be computed as a sentence saying why (never 0).
class DeskFormat
{
    Q_DECLARE_TR_FUNCTIONS(cx::DeskFormat)

public:
    /// "7.65", or `missing` for NaN.
    static QString number(double value, int decimals, const QString &missing = {});
    /// "1,234".
    static QString count(qint64 value);
    /// The scale large counts (users, consultations) are written at: 万
    /// (10,000) in Chinese, as the analysts read them; millions or thousands
    /// in other languages.
    struct CountScale
    {
        double divisor = 1;
        QString suffix;   ///< after a scaled number: "万", "M", "k" (empty when unscaled)
        QString unit;     ///< in an axis title: "万", "millions", "thousands" (empty when unscaled)
        int decimals = 0; ///< of the scaled numbers up to the scale's peak
    };
    /// The scale of counts up to `peak` in the UI's language.
    static CountScale countScale(double peak);
    /// "1,022万" in Chinese, "10.2M" in English: `value` at its own scale; `missing` for NaN.
    static QString largeCount(double value, const QString &missing = {});
    /// "1,234", or `missing` for a count that is unknown (no data that month).
    static QString count(const std::optional<qint64> &value, const QString &missing);
    /// 0.713 as "71.3%", or `missing` for NaN.
    static QString percent(double share, const QString &missing = {});
    /// "↑0.12", "↓1.80", "±0.00"; empty for NaN. Percentage points with `points`.
    static QString delta(double change, int decimals, bool points = false);
    /// A count's change as "+124 (+35%)"; the percentage is left out when the base is 0.
    static QString countChange(double value, double previous);
    /// "p < 0.001" or "p = 0.012"; empty for NaN.
    static QString pValue(double p);
    /// The tests a change is judged by.
    enum class ChangeTest {
        WelchT,               ///< a mean: Welch's t
        WelchTOfNps,          ///< NPS: Welch's t of the promoter/detractor score
        TwoProportionZ,       ///< a rate: the pooled two-proportion z-test
        ConditionalBinomial,  ///< a count per subscriber: the conditional binomial test
    };
    /// "Change significant (p = 0.012, two-proportion z-test)" or "Change not significant (…)" at level `alpha`.
    static QString changeTest(double p, double alpha, ChangeTest test);

    /// "No survey data" (无调研数据): a survey figure of a scope without answers.
    static QString noSurveyData();
    /// "No complaints" (无投诉数据): a complaint figure of a scope without complaints.
    static QString noComplaintData();
    /// "No subscriber figures": 万投比 where no subscriber figures are known.
    static QString noSubscribers();
    /// What a metric is called (Satisfaction, 满意率, Complaints).
    static QString metricName(AlertMetric metric);

    /// Months as a chart's axis labels: "01" … "12" with the year as
    /// `axisTitle` when they share one, else "24-01" with an empty title.
    static QStringList monthLabels(const QStringList &months, QString *axisTitle);
    /// "深圳 › 南山区", or "Whole province".
    static QString region(const RegionPath &region);
    /// "咪咕视频 · 深圳 · 2024-01 – 2024-08": products (or all), region and
    /// the period analysed (`from`/`to` as resolved against the data).
    static QString scope(const AnalysisFilter &filter, const QString &from, const QString &to);
};

} // namespace cx
