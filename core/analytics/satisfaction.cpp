#include "analytics/satisfaction.h"

#include "analytics/factscope.h"

#include <QJsonArray>

#include <cmath>

namespace cx {

using namespace Qt::StringLiterals;

namespace {

// Figures of the months first…last, one product or all (-1), one area or all (-1).
SatisfactionFigures figures(const CubeSlice &slice, const AnalysisSettings &settings, int first, int last,
                            int product, int area)
{
    SatisfactionFigures result;
    ScoreSums overall;
    ScoreSums nps;
    for (int m = first; m <= last; ++m) {
        overall.add(slice.scoreTotal(m, OverallMeasure, product, area));
        nps.add(slice.scoreTotal(m, NpsMeasure, product, area));
        if (slice.hasComplaints(m))
            result.complaints = result.complaints.value_or(0) + slice.complaintTotal(m, product, area);
    }
    result.n = qint64(overall.n);
    result.mean = overall.mean();
    result.satisfiedRate = overall.rateAtLeast(settings.satisfiedScore);
    NpsHistogram histogram{};
    for (std::size_t i = 0; i < histogram.size(); ++i)
        histogram[i] = qint64(nps.histogram[i]);
    const NpsResult score = netPromoterScore(histogram);
    result.npsN = score.n;
    result.nps = score.nps;
    return result;
}

// 万投比 of one month over the products whose subscribers are known; NaN without complaint data.
double monthPer10k(const CubeSlice &slice, int month)
{
    double complaints = 0;
    double subscribers = 0;
    for (int p = 0; p < slice.productCount() && slice.hasComplaints(month); ++p) {
        const double users = slice.subscribers(month, p);
        if (std::isfinite(users) && users > 0) {
            subscribers += users;
            complaints += double(slice.complaintTotal(month, p));
        }
    }
    return subscribers > 0 ? complaints / subscribers * 10000.0 : kNaN;
}

bool hasData(const SatisfactionFigures &f)
{
    return f.n > 0 || f.npsN > 0 || f.complaints.value_or(0) > 0;
}

QJsonObject toJson(const SatisfactionFigures &f)
{
    return QJsonObject{
        {u"label"_s, f.label},
        {u"n"_s, f.n},
        {u"satisfaction"_s, jsonNumber(f.mean)},
        {u"satisfied_rate"_s, jsonNumber(f.satisfiedRate)},
        {u"nps_n"_s, f.npsN},
        {u"nps"_s, jsonNumber(f.nps)},
        {u"complaints"_s, jsonCount(f.complaints)},
        {u"per10k"_s, jsonNumber(f.per10k)},
    };
}

QJsonArray toJson(const QList<SatisfactionFigures> &list, bool areas = false)
{
    QJsonArray array;
    for (const SatisfactionFigures &f : list) {
        QJsonObject object = toJson(f);
        if (areas)
            object.insert(u"region"_s, regionToJson(f.region));
        array.append(object);
    }
    return array;
}

} // namespace

SatisfactionOverview satisfactionOverview(const CubeSlice &slice, const AnalysisSettings &settings)
{
    SatisfactionOverview overview;
    const int first = slice.firstMonth();
    const int last = slice.lastMonth();
    overview.total = figures(slice, settings, first, last, -1, -1);
    overview.total.per10k = slice.per10k();
    for (int p = 0; p < slice.productCount(); ++p) {
        SatisfactionFigures f = figures(slice, settings, first, last, p, -1);
        f.label = slice.productName(p);
        f.per10k = slice.per10k({}, p);
        if (hasData(f))
            overview.byProduct << f;
    }
    overview.areaLevel = slice.areaLevel();
    for (int a = 0; a < slice.areaCount(); ++a) {
        SatisfactionFigures f = figures(slice, settings, first, last, -1, a);
        f.label = slice.areaName(a);
        f.region = slice.areaPath(a);
        if (hasData(f))
            overview.byArea << f;
    }
    for (int m = first; m <= last; ++m) {
        SatisfactionFigures f = figures(slice, settings, m, m, -1, -1);
        f.label = slice.month(m);
        f.per10k = monthPer10k(slice, m);
        overview.byMonth << f;
    }
    return overview;
}

QJsonObject satisfactionToJson(const SatisfactionOverview &overview)
{
    return QJsonObject{
        {u"total"_s, toJson(overview.total)},
        {u"by_product"_s, toJson(overview.byProduct)},
        {u"by_area"_s, toJson(overview.byArea, true)},
        {u"area_level"_s, AnalysisFilter::regionColumn(overview.areaLevel)},
        {u"by_month"_s, toJson(overview.byMonth)},
    };
}

} // namespace cx
