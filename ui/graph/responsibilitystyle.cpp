#include "graph/responsibilitystyle.h"

#include "palette.h"
#include "service/deskformat.h"
#include "service/responsibilitymodels.h"

#include <cmath>

namespace cx {

using namespace Qt::StringLiterals;

TrafficLight ResponsibilityStyle::light(const IndicatorAttainment &a)
{
    if (!std::isfinite(a.value))
        return TrafficLight::None;
    if (a.met)
        return TrafficLight::Green;
    return std::isfinite(a.relativeGap) && std::abs(a.relativeGap) <= nearMiss ? TrafficLight::Amber : TrafficLight::Red;
}

TrafficLight ResponsibilityStyle::light(const ResponsibilityGraph &graph, int node)
{
    const ResponsibilityNode &n = graph.nodes.at(node);
    switch (n.layer) {
    case ResponsibilityLayer::Kei:
    case ResponsibilityLayer::Koi:
        return n.attainment ? light(*n.attainment) : TrafficLight::None;
    case ResponsibilityLayer::Element: {
        TrafficLight worst = TrafficLight::None;
        for (const ResponsibilityEdge &e : graph.edges)
            if (e.from == node && graph.nodes.at(e.to).layer == ResponsibilityLayer::Kei)
                worst = std::max(worst, light(graph, e.to));
        return worst;
    }
    case ResponsibilityLayer::Department: {
        bool measured = false;
        for (const ResponsibilityNode &other : graph.nodes)
            measured = measured || (other.layer != ResponsibilityLayer::Department && other.department == n.code && other.attainment);
        return n.missedOwned > 0 ? TrafficLight::Red : measured ? TrafficLight::Green : TrafficLight::None;
    }
    }
    return TrafficLight::None;
}

GraphNodeStyle ResponsibilityStyle::style(const ResponsibilityGraph &graph, int node)
{
    const ResponsibilityNode &n = graph.nodes.at(node);
    GraphNodeStyle s;
    s.light = light(graph, node);
    s.highlighted = n.chainRank >= 0;
    const QString chain = n.chainRank >= 0 ? tr("On root-cause chain %1.").arg(n.chainRank + 1) : QString();
    switch (n.layer) {
    case ResponsibilityLayer::Element: {
        int missed = 0;
        for (const ResponsibilityEdge &e : graph.edges)
            if (e.from == node && graph.nodes.at(e.to).missed())
                ++missed;
        s.lines = QStringList{n.code + u' ' + n.name, missed > 0 ? tr("%n KEI(s) missed", nullptr, missed) : tr("owner %1").arg(n.department)};
        s.toolTip = tr("Perception element %1 %2, owned by %3.").arg(n.code, n.name, n.department);
        break;
    }
    case ResponsibilityLayer::Kei:
    case ResponsibilityLayer::Koi:
        s.lines = QStringList{n.code + u' ' + n.name,
                              n.attainment ? tr("%1 (target %2)").arg(ResponsibilityFormat::value(n.attainment->value, n.attainment->unit),
                                                                        ResponsibilityFormat::target(*n.attainment))
                                           : tr("no actual this month")};
        s.toolTip = n.attainment ? ResponsibilityFormat::attainment(*n.attainment) + u'\n'
                + (n.attainment->met ? tr("Met.") : tr("Missed by %1.").arg(ResponsibilityFormat::value(std::abs(n.attainment->gap), n.attainment->unit)))
                                 : tr("%1 %2 has no actual for %3 in %4.").arg(n.code, n.name, graph.month, ResponsibilityFormat::city(graph.city));
        s.toolTip += u'\n' + tr("Owner: %1").arg(n.department);
        break;
    case ResponsibilityLayer::Department:
        s.lines = QStringList{n.name, n.missedOwned > 0 ? tr("%n indicator(s) missed", nullptr, n.missedOwned) : tr("nothing missed")};
        s.toolTip = tr("Department %1: click for what it owns and missed.").arg(n.name);
        break;
    }
    if (!chain.isEmpty())
        s.toolTip += u'\n' + chain;
    return s;
}

LayoutRequest ResponsibilityStyle::request(const ResponsibilityGraph &graph, const QList<GraphNodeStyle> &styles, const QFont &font)
{
    LayoutRequest request;
    for (int i = 0; i < graph.nodes.size(); ++i)
        request.nodes.append({GraphNodeItem::sizeFor(styles.value(i).lines, font), int(graph.nodes.at(i).layer)});
    for (const ResponsibilityEdge &e : graph.edges)
        request.edges.append({e.from, e.to});
    request.leftToRight = true;
    return request;
}

QString ResponsibilityStyle::legend()
{
    return tr("%1 met · %2 missed by up to %3 · %4 missed by more · %5 no actual · bold: root-cause chain")
        .arg(palette::lightSymbol(TrafficLight::Green), palette::lightSymbol(TrafficLight::Amber),
             DeskFormat::percent(nearMiss), palette::lightSymbol(TrafficLight::Red), palette::lightSymbol(TrafficLight::None));
}

QString ResponsibilityStyle::layerName(ResponsibilityLayer layer)
{
    switch (layer) {
    case ResponsibilityLayer::Element:
        return tr("Perception elements (QoE)");
    case ResponsibilityLayer::Kei:
        return tr("Customer indicators (KEI)");
    case ResponsibilityLayer::Koi:
        return tr("Operational indicators (KOI)");
    case ResponsibilityLayer::Department:
        return tr("Departments");
    }
    return {};
}

} // namespace cx
