#include "demo/demotruth.h"

#include "demo/complaintstream.h"
#include "demo/surveywriter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <cmath>
#include <numeric>

using namespace Qt::StringLiterals;

namespace cx::demo {

namespace {

double round2(double value)
{
    return std::round(value * 100.0) / 100.0;
}

QString monthOf2024(int month)
{
    return u"2024-%1"_s.arg(month + 1, 2, 10, QChar(u'0'));
}

QJsonValue count(std::int64_t value)
{
    return QJsonValue(qint64(value));
}

QString str(const char16_t *text)
{
    return QString::fromUtf16(text);
}

QJsonArray topCategories(const ComplaintTally &tally)
{
    std::array<int, kCategoryCount> order{};
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(),
                     [&](int a, int b) { return tally.byCategory[a] > tally.byCategory[b]; });
    QJsonArray top;
    for (int i = 0; i < 10; ++i)
        top.append(QJsonArray{str(kCategories[order[i]].level3), count(tally.byCategory[order[i]])});
    return top;
}

QJsonObject lifecycle()
{
    static constexpr const char16_t *kLifecycle[]{u"A", u"B", u"C", u"D"};
    static constexpr const char16_t *kConsult[]{u"A", u"B", u"C"};
    QJsonObject products;
    for (const ProductDef &p : kProducts)
        products.insert(str(p.name), QJsonObject{{u"lifecycle"_s, str(kLifecycle[int(p.lifecycle)])},
                                                 {u"consult_cycle"_s, str(kConsult[int(p.consultCycle)])}});
    return products;
}

QJsonObject experienceGaps()
{
    static constexpr const char16_t *kRates[]{u"知晓率", u"认知率", u"认同率", u"认可率"};
    QJsonObject gaps;
    for (const ProductDef &p : kProducts)
        gaps.insert(str(p.name), u"%1->%2"_s.arg(str(kRates[p.funnelGap]), str(kRates[p.funnelGap + 1])));
    return gaps;
}

QJsonObject indicatorMisses()
{
    QJsonArray codes;
    for (const IndicatorDef &def : kIndicators)
        if (def.plantedMiss != 0.0)
            codes.append(str(def.code));
    return {{monthOf2024(kPlantedMonth), codes}};
}

} // namespace

QByteArray truthJson(const TruthInputs &in)
{
    QJsonObject truth;
    truth.insert(u"complaints_unique"_s, count(in.plan.total));

    QJsonObject byStage;
    for (int s = 0; s < kStageCount; ++s)
        byStage.insert(str(kStages[s]), count(in.complaints.byStage[s]));
    truth.insert(u"complaints_by_stage"_s, byStage);
    truth.insert(u"top_categories"_s, topCategories(in.complaints));

    const SurveyTally &survey = in.survey;
    truth.insert(u"survey_responses"_s, count(survey.responses));
    const double nps = survey.responses > 0
                           ? 100.0 * double(survey.promoters - survey.detractors) / double(survey.responses)
                           : 0.0;
    truth.insert(u"nps"_s, round2(nps));

    truth.insert(u"planted_complaint_spike"_s,
                 QJsonObject{{u"month"_s, monthOf2024(kPlantedMonth)},
                             {u"product"_s, str(kProducts[kPlantedProduct].name)},
                             {u"city"_s, str(kCities[kPlantedCity].name)},
                             {u"category"_s, str(kCategories[kPlantedCategory].level3)},
                             {u"count"_s, count(in.complaints.spikeCell)},
                             {u"previous_month_count"_s, count(in.complaints.spikeCellBefore)}});

    const auto mean = [](std::int64_t sum, std::int64_t n) { return n > 0 ? round2(double(sum) / double(n)) : 0.0; };
    truth.insert(u"planted_satisfaction_drop"_s,
                 QJsonObject{{u"month"_s, monthOf2024(kPlantedMonth)},
                             {u"product"_s, str(kProducts[kPlantedProduct].name)},
                             {u"stage"_s, str(kStages[kPlantedStage])},
                             {u"mean_before"_s, mean(survey.dropScoreSumBefore, survey.dropCountBefore)},
                             {u"mean_after"_s, mean(survey.dropScoreSumAfter, survey.dropCountAfter)},
                             {u"n_before"_s, count(survey.dropCountBefore)},
                             {u"n_after"_s, count(survey.dropCountAfter)}});

    QJsonObject kano;
    for (const KanoFeature &feature : kKanoFeatures)
        kano.insert(str(feature.name), str(kKanoClassLetters[feature.trueClass]));
    truth.insert(u"kano_true_class"_s, kano);
    truth.insert(u"lifecycle"_s, lifecycle());
    truth.insert(u"indicator_misses"_s, indicatorMisses());
    truth.insert(u"indicator_miss_city"_s, str(kCities[kPlantedCity].name));
    truth.insert(u"experience_gap"_s, experienceGaps());

    truth.insert(u"seed"_s, QString::number(in.options.seed));
    truth.insert(u"format"_s, DemoGenerator::formatName(in.options.format));
    QJsonObject files;
    for (const DemoFile &file : in.files)
        files.insert(file.fileName, QJsonValue(file.rows));
    truth.insert(u"files"_s, files);
    return QJsonDocument(truth).toJson(QJsonDocument::Indented);
}

} // namespace cx::demo
