#include "analytics/analysisscope.h"

#include "analytics/analyticscube.h"

#include <QHash>

#include <algorithm>

namespace cx {

using namespace Qt::StringLiterals;

AnalysisScope::AnalysisScope(std::shared_ptr<const AnalyticsCube> cube, const AnalysisFilter &filter)
    : m_cube(std::move(cube))
    , m_filter(filter)
{
    const AnalyticsCube &c = *m_cube;
    const QStringList &months = c.m_months;
    m_last = int(months.size()) - 1;
    const auto monthsBefore = [&](const QString &month, bool inclusive) {
        return int(std::count_if(months.begin(), months.end(),
                                 [&](const QString &m) { return inclusive ? m <= month : m < month; }));
    };
    if (!filter.fromMonth.isEmpty())
        m_first = monthsBefore(filter.fromMonth, false);
    if (!filter.toMonth.isEmpty())
        m_last = monthsBefore(filter.toMonth, true) - 1;

    m_productSlot.assign(std::size_t(c.m_products.size()), -1);
    for (int p = 0; p < c.m_products.size(); ++p) {
        if (filter.products.isEmpty() || filter.products.contains(c.m_products.at(p))) {
            m_productSlot[std::size_t(p)] = int(m_products.size());
            m_products << p;
        }
    }

    const QStringList path = filter.region.names();
    const qsizetype depth = path.size();
    m_areaLevel = depth == 0 ? RegionLevel::City : AnalysisFilter::childLevel(filter.region.level());
    const bool gridArea = depth == 3; // a grid is its own area
    m_areaOf.assign(c.m_regions.size(), -1);
    QHash<QString, int> areaIndex;
    std::vector<QString> areaNames(c.m_regions.size());
    for (std::size_t r = 0; r < c.m_regions.size(); ++r) {
        const QStringList &names = c.m_regions[r].names;
        if (names.size() < depth || names.mid(0, depth) != path)
            continue;
        m_regionKnown = true;
        areaNames[r] = gridArea ? names.constLast() : names.value(depth);
        if (!areaNames[r].isEmpty())
            areaIndex.insert(areaNames[r], 0);
        m_areaOf[r] = 0; // selected; its area is set below
    }
    m_regionKnown = m_regionKnown || depth == 0;
    QStringList sorted = areaIndex.keys();
    std::sort(sorted.begin(), sorted.end());
    for (const QString &name : std::as_const(sorted)) {
        areaIndex[name] = int(m_areas.size());
        m_areas << (gridArea ? filter.region : filter.region.child(name));
    }
    const int parentOnly = int(m_areas.size());
    for (std::size_t r = 0; r < c.m_regions.size(); ++r)
        if (m_areaOf[r] == 0)
            m_areaOf[r] = areaNames[r].isEmpty() ? parentOnly : areaIndex.value(areaNames[r]);

    if (!filter.channel.isEmpty()) {
        m_channel = int(c.m_channels.indexOf(filter.channel));
        m_channelKnown = m_channel >= 0;
    }
}

SqlConditions AnalysisScope::conditions(const QString &alias, unsigned parts) const
{
    SqlConditions c;
    const auto add = [&](const QString &condition, const QVariant &value) {
        c.sql += u" AND "_s + alias + u'.' + condition;
        c.bindings << value;
    };
    if ((parts & ScopeFromMonth) && !m_filter.fromMonth.isEmpty())
        add(u"month >= ?"_s, m_filter.fromMonth);
    if ((parts & ScopeToMonth) && !m_filter.toMonth.isEmpty())
        add(u"month <= ?"_s, m_filter.toMonth);
    if ((parts & ScopeProducts) && !m_filter.products.isEmpty()) {
        c.sql += u" AND "_s + alias + u".product IN ("_s + QStringList(m_filter.products.size(), u"?"_s).join(u',')
                 + u')';
        for (const QString &product : m_filter.products)
            c.bindings << product;
    }
    if (parts & ScopeRegion) {
        if (!m_regionKnown)
            c.sql += u" AND 0"_s;
        const QStringList path = m_filter.region.names();
        for (qsizetype level = 0; level < path.size() && m_regionKnown; ++level)
            add(AnalysisFilter::regionColumn(RegionLevel(level + 1)) + u" = ?"_s, path.at(level));
    }
    if ((parts & ScopeChannel) && !m_filter.channel.isEmpty())
        add(u"channel = ?"_s, m_filter.channel);
    return c;
}

std::optional<SqlConditions> AnalysisScope::indicatorValueConditions(const QString &alias) const
{
    if (!m_regionKnown)
        return std::nullopt;
    SqlConditions c = conditions(alias, ScopePeriod);
    if (!m_filter.region.isProvince()) {
        c.sql += u" AND "_s + alias + u".city = ?"_s;
        c.bindings << m_filter.region.city;
    }
    return c;
}

} // namespace cx
