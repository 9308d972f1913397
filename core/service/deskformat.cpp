#include "service/deskformat.h"

#include <QLocale>

#include <cmath>

namespace cx {

using namespace Qt::StringLiterals;

QString DeskFormat::number(double value, int decimals, const QString &missing)
{
    return std::isfinite(value) ? QLocale().toString(value, 'f', decimals) : missing;
}

QString DeskFormat::count(qint64 value)
{
    return QLocale().toString(value);
}

DeskFormat::CountScale DeskFormat::countScale(double peak)
{
    const double magnitude = std::isfinite(peak) ? std::abs(peak) : 0;
    CountScale scale;
    if (QLocale().language() == QLocale::Chinese) {
        scale = {1e4, u"万"_s, u"万"_s};
        scale.decimals = magnitude >= 1e5 ? 0 : 1;
    } else if (magnitude >= 1e6) {
        scale = {1e6, u"M"_s, tr("millions")};
        scale.decimals = magnitude >= 1e8 ? 0 : 1;
    } else if (magnitude >= 1e3) {
        scale = {1e3, u"k"_s, tr("thousands")};
        scale.decimals = magnitude >= 1e5 ? 0 : 1;
    }
    return scale;
}

QString DeskFormat::largeCount(double value, const QString &missing)
{
    if (!std::isfinite(value))
        return missing;
    const CountScale scale = countScale(value);
    return QLocale().toString(value / scale.divisor, 'f', scale.decimals) + scale.suffix;
}

QString DeskFormat::percent(double share, const QString &missing)
{
    return std::isfinite(share) ? QLocale().toString(share * 100.0, 'f', 1) + u'%' : missing;
}

QString DeskFormat::delta(double change, int decimals, bool points)
{
    if (!std::isfinite(change))
        return {};
    const double shown = points ? change * 100.0 : change;
    const double rounded = std::round(shown * std::pow(10.0, decimals));
    const QString magnitude = QLocale().toString(std::abs(shown), 'f', decimals);
    const QString text = rounded > 0 ? u"↑"_s + magnitude : rounded < 0 ? u"↓"_s + magnitude : u"±"_s + magnitude;
    return points ? tr("%1 pt").arg(text) : text;
}

QString DeskFormat::count(const std::optional<qint64> &value, const QString &missing)
{
    return value ? count(*value) : missing;
}

QString DeskFormat::countChange(double value, double previous)
{
    if (!std::isfinite(value) || !std::isfinite(previous))
        return {};
    const double change = value - previous;
    const QString sign = change > 0 ? u"+"_s : change < 0 ? u"−"_s : u"±"_s;
    QString text = sign + QLocale().toString(qint64(std::abs(change)));
    if (previous > 0)
        text += u" (%1%2%)"_s.arg(sign, QLocale().toString(std::abs(change) / previous * 100.0, 'f', 0));
    return text;
}

QString DeskFormat::changeTest(double p, double alpha, ChangeTest test)
{
    QString name;
    switch (test) {
    case ChangeTest::WelchT:
        name = tr("Welch t-test");
        break;
    case ChangeTest::WelchTOfNps:
        name = tr("Welch t-test of the promoter/detractor score");
        break;
    case ChangeTest::TwoProportionZ:
        name = tr("two-proportion z-test");
        break;
    case ChangeTest::ConditionalBinomial:
        name = tr("conditional binomial test of the complaint counts per subscriber");
        break;
    }
    return (p < alpha ? tr("Change significant (%1, %2)") : tr("Change not significant (%1, %2)")).arg(pValue(p), name);
}

QString DeskFormat::pValue(double p)
{
    if (!std::isfinite(p))
        return {};
    if (p < 0.001)
        return u"p < 0.001"_s;
    return u"p = "_s + QLocale().toString(p, 'f', 3);
}

QString DeskFormat::noSurveyData()
{
    return tr("No survey data", "无调研数据");
}

QString DeskFormat::noComplaintData()
{
    return tr("No complaints", "无投诉数据");
}

QString DeskFormat::noSubscribers()
{
    return tr("No subscriber figures", "无用户数");
}

QString DeskFormat::metricName(AlertMetric metric)
{
    switch (metric) {
    case AlertMetric::Satisfaction:
        return tr("Satisfaction");
    case AlertMetric::SatisfiedRate:
        return tr("满意率");
    case AlertMetric::Complaints:
        return tr("Complaints");
    }
    return {};
}

QStringList DeskFormat::monthLabels(const QStringList &months, QString *axisTitle)
{
    const QString year = months.value(0).left(4);
    const bool oneYear = std::all_of(months.cbegin(), months.cend(), [&](const QString &m) { return m.startsWith(year); });
    if (axisTitle)
        *axisTitle = oneYear ? year : QString();
    QStringList labels;
    for (const QString &month : months)
        labels << (oneYear ? month.mid(5) : month.mid(2));
    return labels;
}

QString DeskFormat::region(const RegionPath &region)
{
    return region.isProvince() ? tr("Whole province") : region.names().join(u" › "_s);
}

QString DeskFormat::scope(const AnalysisFilter &filter, const QString &from, const QString &to)
{
    const QString products = filter.products.isEmpty() ? tr("All products") : filter.products.join(u"、"_s);
    QString period;
    if (!from.isEmpty())
        period = from == to ? from : u"%1 – %2"_s.arg(from, to);
    else
        period = tr("no data in the period");
    QStringList parts{products, region(filter.region), period};
    if (!filter.channel.isEmpty())
        parts.insert(2, filter.channel);
    return parts.join(u" · "_s);
}

} // namespace cx
