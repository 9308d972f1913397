#include "demo/surveywriter.h"

#include "demo/csvoutput.h"
#include "demo/democalendar.h"
#include "demo/demoworld.h"

#include <QStringList>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace cx::demo {

namespace {

constexpr int kFirstQuestionColumn = 7;                       // H: overall satisfaction
constexpr int kFirstStageColumn = kFirstQuestionColumn + 2;   // J: 了解
constexpr int kFirstKanoColumn = kFirstStageColumn + kSurveyStageCount;
constexpr int kReasonColumn = kFirstKanoColumn + 2 * int(kKanoFeatures.size());
constexpr int kLastColumn = kReasonColumn;

int clampScore(double value, int lo, int hi)
{
    return std::clamp(int(std::floor(value + 0.5)), lo, hi);
}

} // namespace

QStringList SurveyWriter::header()
{
    QStringList names{u"序号"_s, u"提交答卷时间"_s, u"所用时间"_s, u"来源"_s, u"手机号码"_s, u"地市"_s, u"产品"_s,
                      u"1、您对本产品的整体满意度打几分？(1-10分)"_s,
                      u"2、您向亲友推荐本产品的可能性有多大？(0-10分)"_s};
    int question = 3;
    for (int s = 0; s < kSurveyStageCount; ++s)
        names << u"%1、您对“%2”环节的满意度(1-10分)"_s.arg(question++).arg(QStringView(kStages[s]));
    for (const KanoFeature &feature : kKanoFeatures) {
        names << u"%1、如果提供“%2”，您的感受是？"_s.arg(question++).arg(QStringView(feature.name));
        names << u"%1、如果不提供“%2”，您的感受是？"_s.arg(question++).arg(QStringView(feature.name));
    }
    names << u"%1、您不满意的主要原因是？"_s.arg(question);
    return names;
}

SurveyWriter::SurveyWriter(const DemoWorld &world, std::int64_t responses, std::uint64_t seed)
    : m_total(responses)
    , m_rng(mix64(seed ^ 0x5355525645ULL))
{
    std::vector<std::uint64_t> cityWeights;
    for (const CityDef &city : kCities) {
        cityWeights.push_back(city.weight);
        m_cities.push_back(QStringView(city.name).toUtf8().toStdString());
    }
    m_cityCumulative = cumulativeWeights(cityWeights);
    for (int f = 0; f < 5; ++f)
        for (int d = 0; d < 5; ++d)
            m_kanoCells[kKanoTable[f][d]].emplace_back(f, d);
    for (const ProductDef &product : kProducts)
        m_products.push_back(QStringView(product.name).toUtf8().toStdString());
    for (const char16_t *source : kSurveySources)
        m_sources.push_back(QStringView(source).toUtf8().toStdString());
    m_secondsUnit = QStringView(u"秒").toUtf8().toStdString();
    for (const char16_t *answer : kKanoAnswers)
        m_answers.push_back(QStringView(answer).toUtf8().toStdString());
    plan(world);
}

void SurveyWriter::plan(const DemoWorld &world)
{
    std::vector<std::int64_t> monthWeights;
    for (int m = 0; m < kYearMonths; ++m)
        monthWeights.push_back(daysInMonth2024(m));
    const std::vector<std::int64_t> months = allocateProportionally(m_total, monthWeights);

    // The planted product is surveyed more in the two months around the drop
    // (about 200 answers each for 6,000 responses), so the drop is significant.
    const std::int64_t focused = m_total / 30;
    for (int m = 0; m < kYearMonths; ++m) {
        std::vector<std::int64_t> weights;
        for (int p = 0; p < kProductCount; ++p) // sqrt is exactly rounded, so the same everywhere
            weights.push_back(std::llround(std::sqrt(double(world.users(p, kFirstYearMonth + m)))));
        std::int64_t count = months[std::size_t(m)];
        const bool focus = m == kPlantedMonth || m == kPlantedMonth - 1;
        if (focus) {
            const std::int64_t n = std::min(focused, count);
            m_productMonth[m][kPlantedProduct] = n;
            count -= n;
            weights[kPlantedProduct] = 0;
        }
        const std::vector<std::int64_t> parts = allocateProportionally(count, weights);
        for (int p = 0; p < kProductCount; ++p)
            m_productMonth[m][p] += parts[std::size_t(p)];

        const int first = firstDayOfMonth2024(m);
        const std::vector<std::int64_t> days =
            allocateProportionally(months[std::size_t(m)], std::vector<std::int64_t>(std::size_t(daysInMonth2024(m)), 1));
        for (int d = 0; d < daysInMonth2024(m); ++d)
            m_dayCount[std::size_t(first + d)] = days[std::size_t(d)];
    }
}

void SurveyWriter::writeNotes()
{
    lxw_worksheet *notes = m_book.addSheet(u"说明"_s);
    worksheet_set_column(notes, 0, 0, 90, nullptr);
    const QStringList lines{
        u"2024年客户满意度调查 数据说明"_s,
        u"调查对象：近三个月使用过所列业务的广东客户"_s,
        u"调查渠道：短信链接、微信、二维码、掌厅弹窗"_s,
        u"评分说明：满意度1-10分（10分为非常满意）；推荐意愿0-10分"_s,
        u"第9-24题为卡诺模型成对问题：提供/不提供某项功能时的感受"_s,
        u"有效问卷：%1份；手机号码已脱敏"_s.arg(m_total),
        u"导出时间：2025-01-06 09:30:00"_s,
    };
    for (int row = 0; row < lines.size(); ++row)
        m_book.check(worksheet_write_string(notes, lxw_row_t(row), 0, lines[row].toUtf8().constData(),
                                            row == 0 ? m_book.headerFormat() : nullptr));
}

bool SurveyWriter::open(const QString &path)
{
    if (!m_book.open(path))
        return false;
    writeNotes();
    m_sheet = m_book.addSheet(u"问卷数据"_s);
    worksheet_set_column(m_sheet, 1, 1, 20, nullptr);
    const QByteArray title = u"2024年客户满意度调查问卷数据（有效问卷%1份）"_s.arg(m_total).toUtf8();
    m_book.check(worksheet_merge_range(m_sheet, 0, 0, 0, kLastColumn, title.constData(), m_book.titleFormat()));
    const QStringList names = header();
    for (int c = 0; c < names.size(); ++c)
        m_book.check(worksheet_write_string(m_sheet, 1, lxw_col_t(c), names[c].toUtf8().constData(),
                                            m_book.headerFormat()));
    return !m_book.failed();
}

void SurveyWriter::string(int column, const std::string &utf8)
{
    const auto row = lxw_row_t(m_written + 2);
    m_book.check(worksheet_write_string(m_sheet, row, lxw_col_t(column), utf8.c_str(), nullptr));
}

void SurveyWriter::number(int column, double value)
{
    const auto row = lxw_row_t(m_written + 2);
    m_book.check(worksheet_write_number(m_sheet, row, lxw_col_t(column), value, nullptr));
}

bool SurveyWriter::writeNext()
{
    if (m_schedule.advance(m_rng))
        m_productLeft = m_productMonth[std::size_t(m_schedule.month())];
    const int month = m_schedule.month();
    const std::int32_t second = m_schedule.second();
    const int product = drawFromRemaining(m_rng, m_productLeft);
    const int city = int(m_rng.cumulative(m_cityCumulative));
    const auto row = lxw_row_t(m_written + 2);

    number(0, double(m_written + 1));
    const double serial = double(kExcelSerial2024 + m_schedule.day()) + double(second) / 86400.0;
    m_book.check(worksheet_write_number(m_sheet, row, 1, serial, m_book.dateFormat()));
    m_scratch.clear();
    appendNumber(m_scratch, 60 + std::int64_t(m_rng.below(480)) + (m_rng.chancePerMille(80) ? std::int64_t(m_rng.below(1500)) : 0));
    m_scratch.append(m_secondsUnit);
    string(2, m_scratch);
    string(3, m_sources[m_rng.below(m_sources.size())]);
    m_scratch.clear();
    appendNumber(m_scratch, kPhonePrefixes[m_rng.below(kPhonePrefixes.size())]);
    m_scratch.append("****");
    appendPadded(m_scratch, std::int64_t(m_rng.below(10000)), 4);
    string(4, m_scratch);
    string(5, m_cities[std::size_t(city)]);
    string(6, m_products[std::size_t(product)]);

    // One latent satisfaction per respondent; stages scatter around it.
    const double latent = kProducts[product].satisfaction + 0.3 * kCities[city].quality / 100.0 + 1.1 * m_rng.normal();
    std::array<int, kSurveyStageCount> stages{};
    int stageSum = 0;
    for (int s = 0; s < kSurveyStageCount; ++s) {
        double mean = latent + kStageSatisfactionOffset[s];
        const bool planted = product == kPlantedProduct && s == kPlantedStage;
        if (planted && month == kPlantedMonth)
            mean -= kDropShift;
        stages[s] = clampScore(mean + 0.75 * m_rng.normal(), 1, 10);
        stageSum += stages[s];
        if (planted && month == kPlantedMonth) {
            m_tally.dropScoreSumAfter += stages[s];
            ++m_tally.dropCountAfter;
        } else if (planted && month == kPlantedMonth - 1) {
            m_tally.dropScoreSumBefore += stages[s];
            ++m_tally.dropCountBefore;
        }
    }
    const int overall = clampScore(double(stageSum) / kSurveyStageCount + 0.5 * m_rng.normal(), 1, 10);
    const int recommend = clampScore(overall - 0.15 + 1.2 * m_rng.normal(), 0, 10);
    m_tally.promoters += recommend >= 9;
    m_tally.detractors += recommend <= 6;
    number(kFirstQuestionColumn, overall);
    number(kFirstQuestionColumn + 1, recommend);
    for (int s = 0; s < kSurveyStageCount; ++s)
        number(kFirstStageColumn + s, stages[s]);

    for (std::size_t f = 0; f < kKanoFeatures.size(); ++f) {
        const auto kanoClass = m_rng.weighted(kKanoFeatures[f].mixPercent);
        const auto &cells = m_kanoCells[kanoClass];
        const auto [functional, dysfunctional] = cells[m_rng.below(cells.size())];
        ++m_tally.kano[f][kanoClass];
        string(kFirstKanoColumn + 2 * int(f), m_answers[std::size_t(functional)]);
        string(kFirstKanoColumn + 2 * int(f) + 1, m_answers[std::size_t(dysfunctional)]);
    }

    const int lowest = *std::min_element(stages.begin(), stages.end());
    if ((lowest <= 5 || overall <= 6) && m_rng.chancePerMille(750)) {
        // The reason names one of the worst-rated stages.
        std::vector<int> worst;
        for (int s = 0; s < kSurveyStageCount; ++s)
            if (stages[s] == lowest)
                worst.push_back(s);
        const int stage = worst[m_rng.below(worst.size())];
        const bool drop = product == kPlantedProduct && month == kPlantedMonth && stage == kPlantedStage;
        const char16_t *reason = drop && m_rng.chancePerMille(500) ? u"最近看直播老是卡顿缓冲"
                                                                   : dissatisfactionReason(stage, product, m_rng.next());
        string(kReasonColumn, QStringView(reason).toUtf8().toStdString());
    }

    ++m_tally.responses;
    ++m_written;
    return !m_book.failed();
}

} // namespace cx::demo
