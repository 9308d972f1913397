#pragma once

#include "demo/dayschedule.h"
#include "demo/demodata.h"
#include "demo/demorandom.h"
#include "demo/encodedtext.h"
#include "demo/xlsxbook.h"

#include <QString>
#include <QStringList>

#include <array>
#include <cstdint>
#include <vector>

namespace cx::demo {

class DemoWorld;

/// What the generated responses hold, for demo_truth.json.
struct SurveyTally
{
    std::int64_t responses = 0;
    std::int64_t promoters = 0;   ///< recommendation 9-10
    std::int64_t detractors = 0;  ///< recommendation 0-6
    std::int64_t dropScoreSumBefore = 0; ///< planted product's 使用 scores, month before the drop
    std::int64_t dropCountBefore = 0;
    std::int64_t dropScoreSumAfter = 0;  ///< ... and in the planted month
    std::int64_t dropCountAfter = 0;
    std::array<std::array<std::int64_t, KanoClassCount>, kKanoFeatures.size()> kano{};
};

/// Writes the satisfaction survey export: an XLSX file with a notes sheet
/// "说明" and the data sheet "问卷数据" (merged title row, header, one row
/// per response with a real Excel date), in constant memory.
class SurveyWriter
{
public:
    /// Plans the responses: per month as the days, per product as the square
    /// root of its users that month (so they follow the users curves without
    /// leaving small products with a handful of answers).
    SurveyWriter(const DemoWorld &world, std::int64_t responses, std::uint64_t seed);

    bool open(const QString &path);
    /// Generates and writes the next response.
    bool writeNext();
    bool finish() { return m_book.close(); }
    void cancel() { m_book.cancel(); }
    QString errorString() const { return m_book.errorString(); }
    const SurveyTally &tally() const { return m_tally; }

    /// Largest response count one sheet can hold below its title and header.
    static constexpr std::int64_t kMaxResponses = 1'048'574;

    /// The data sheet's header.
    static QStringList header();

private:
    void plan(const DemoWorld &world);
    void writeNotes();
    void string(int column, const std::string &utf8);
    void number(int column, double value);

    std::int64_t m_total;
    DemoRandom m_rng;
    XlsxBook m_book;
    lxw_worksheet *m_sheet = nullptr;
    SurveyTally m_tally;
    std::int64_t m_written = 0;
    std::string m_scratch;
    std::string m_secondsUnit;

    std::array<std::array<std::int64_t, kProductCount>, kYearMonths> m_productMonth{};
    std::array<std::int64_t, kDaysIn2024> m_dayCount{};
    std::array<std::int64_t, kProductCount> m_productLeft{};
    DaySchedule m_schedule{m_dayCount};
    std::vector<std::uint64_t> m_cityCumulative;
    std::array<std::vector<std::pair<int, int>>, KanoClassCount> m_kanoCells;
    std::vector<std::string> m_products, m_cities, m_sources, m_answers;
};

} // namespace cx::demo
