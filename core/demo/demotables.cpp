#include "demo/demotables.h"

#include "demo/complaintstream.h"
#include "demo/csvoutput.h"
#include "demo/demorandom.h"
#include "demo/demoworld.h"

#include <QStringList>

#include <cmath>

using namespace Qt::StringLiterals;

namespace cx::demo {

namespace {

QString monthLabel(int historyMonth)
{
    return u"%1-%2"_s.arg(2023 + historyMonth / 12).arg(historyMonth % 12 + 1, 2, 10, QChar(u'0'));
}

template<typename WriteRows>
TableResult writeTable(const QString &path, CsvOutput::Dialect dialect, const QStringList &header,
                       WriteRows writeRows)
{
    TableResult result;
    CsvOutput out;
    if (!out.open(path, dialect)) {
        result.error = out.errorString();
        return result;
    }
    for (const QString &name : header)
        out.field(name);
    out.endRow();
    result.rows = writeRows(out);
    result.ok = out.commit();
    if (!result.ok)
        result.error = out.errorString();
    return result;
}

} // namespace

TableResult writeProductMonthly(const QString &path, const DemoWorld &world, const ComplaintPlan &plan)
{
    // 2023 complaints follow the same rate per weight as the planned 2024 rows.
    std::int64_t weight2024 = 0;
    for (int p = 0; p < kProductCount; ++p)
        for (int m = 0; m < kYearMonths; ++m)
            weight2024 += world.complaintWeight(p, kFirstYearMonth + m);
    const double perWeight = weight2024 > 0 ? double(plan.total - plan.spikeExtra) / double(weight2024) : 0.0;

    const QStringList header{u"产品名称"_s, u"统计月份"_s, u"用户数"_s, u"新增用户数"_s,
                             u"流失用户数"_s, u"咨询量"_s, u"投诉量"_s};
    return writeTable(path, {true, true}, header, [&](CsvOutput &out) {
        std::int64_t rows = 0;
        for (int p = 0; p < kProductCount; ++p) {
            for (int t = 0; t < kHistoryMonths; ++t) {
                std::int64_t complaints = 0;
                if (t >= kFirstYearMonth) {
                    complaints = plan.productMonth[p][t - kFirstYearMonth];
                } else {
                    const double noise =
                        double(mix64(std::uint64_t(world.users(p, t)) * 31 + std::uint64_t(t)) >> 11) * 0x1.0p-53;
                    complaints = std::llround(double(world.complaintWeight(p, t)) * perWeight
                                              * (0.95 + 0.1 * noise));
                }
                out.field(QStringView(kProducts[p].name));
                out.field(monthLabel(t));
                out.number(world.users(p, t));
                out.number(world.newUsers(p, t));
                out.number(world.churnedUsers(p, t));
                out.number(world.consultations(p, t));
                out.number(complaints);
                out.endRow();
                ++rows;
            }
        }
        return rows;
    });
}

TableResult writeProductFunnel(const QString &path, const DemoWorld &world)
{
    const QStringList header{u"产品名称"_s, u"统计月份"_s, u"知晓率"_s, u"认知率"_s, u"认同率"_s, u"认可率"_s};
    return writeTable(path, {false, false}, header, [&](CsvOutput &out) {
        std::int64_t rows = 0;
        for (int p = 0; p < kProductCount; ++p) {
            for (int m = 0; m < kYearMonths; ++m) {
                out.field(QStringView(kProducts[p].name));
                out.field(monthLabel(kFirstYearMonth + m));
                for (double rate : world.funnel(p, m))
                    out.fixed(rate, 1);
                out.endRow();
                ++rows;
            }
        }
        return rows;
    });
}

TableResult writeIndicatorTree(const QString &path)
{
    const QStringList header{u"指标编码"_s, u"指标名称"_s, u"指标层级"_s, u"上级指标编码"_s,
                             u"责任部门"_s, u"单位"_s, u"目标值"_s, u"指标方向"_s};
    return writeTable(path, {false, true}, header, [&](CsvOutput &out) {
        std::int64_t rows = 0;
        for (const IndicatorDef &def : kIndicators) {
            out.field(QStringView(def.code));
            out.field(QStringView(def.name));
            switch (def.level) {
            case IndicatorLevel::Element: out.field(u"感知要素"); break;
            case IndicatorLevel::Kei: out.field(u"感知指标"); break;
            case IndicatorLevel::Koi: out.field(u"运营指标"); break;
            }
            out.field(QStringView(def.parent));
            out.field(QStringView(kDepartments[std::size_t(def.department)]));
            out.field(QStringView(def.unit));
            if (def.level == IndicatorLevel::Element)
                out.empty();
            else
                out.fixed(def.target, std::max(def.decimals, 1));
            out.field(def.higherIsBetter ? u"越高越好" : u"越低越好");
            out.endRow();
            ++rows;
        }
        return rows;
    });
}

TableResult writeIndicatorValues(const QString &path, const DemoWorld &world)
{
    const QStringList header{u"指标编码"_s, u"统计月份"_s, u"地市"_s, u"实际值"_s};
    return writeTable(path, {false, false}, header, [&](CsvOutput &out) {
        std::int64_t rows = 0;
        for (std::size_t i = 0; i < kIndicators.size(); ++i) {
            const IndicatorDef &def = kIndicators[i];
            if (def.level == IndicatorLevel::Element)
                continue;
            for (int m = 0; m < kYearMonths; ++m) {
                for (int c = 0; c < kCityCount; ++c) {
                    out.field(QStringView(def.code));
                    out.field(monthLabel(kFirstYearMonth + m));
                    out.field(QStringView(kCities[c].name));
                    out.fixed(world.indicatorValue(int(i), m, c), def.decimals);
                    out.endRow();
                    ++rows;
                }
            }
        }
        return rows;
    });
}

} // namespace cx::demo
