#include "graph/departmenthandling.h"

#include "palette.h"
#include "service/servicerankingmodel.h"

#include <array>

namespace cx {

using namespace Qt::StringLiterals;

namespace {

constexpr std::array handlingMeasures{ServiceMeasure::ResolvedRate,   ServiceMeasure::FirstTimeRate,
                                      ServiceMeasure::RepeatRate,     ServiceMeasure::EscalationRate,
                                      ServiceMeasure::HoursP90,       ServiceMeasure::OverdueRate,
                                      ServiceMeasure::CallbackSatisfiedRate};

QString html(const QString &text)
{
    return text.toHtmlEscaped().replace(u'\n', u"<br>"_s);
}

} // namespace

QString DepartmentHandling::toolTip(const QString &base, const ServiceQuality *quality, const QString &department,
                                    const QString &month, const QString &place)
{
    QStringList lines{html(base)};
    const QString title = tr("Handling of its complaints, %1 · %2").arg(place, month);
    if (!quality) {
        lines << html(tr("%1: the city is outside the filter's region.").arg(title));
        return lines.join(u"<br>"_s);
    }
    lines << u"<b>%1</b>"_s.arg(html(title));
    const ServiceGroup *group = quality->find(ServiceGrouping::Department, department);
    const qsizetype index = quality->months.indexOf(month);
    const ServiceFigures *figures = group && index >= 0 ? &group->month(int(index)) : nullptr;
    if (!figures || !figures->known || figures->complaints == 0) {
        lines << html(tr("No complaints handled by %1 (no data).").arg(department));
        return lines.join(u"<br>"_s);
    }
    lines << html(tr("Complaints: %1").arg(ServiceRankingModel::format(ServiceMeasure::Complaints,
                                                                       figures->value(ServiceMeasure::Complaints),
                                                                       tr("no data"))));
    for (ServiceMeasure m : handlingMeasures) {
        const double value = figures->value(m);
        const TrafficLight light = serviceLight(quality->settings, m, value);
        const QString symbol = light == TrafficLight::None
            ? QString()
            : u"<span style=\"color:%1\">%2</span> "_s.arg(palette::lightColor(light).name(), palette::lightSymbol(light));
        lines << symbol
                + html(tr("%1: %2 (n = %3)")
                           .arg(serviceMeasureName(m), ServiceRankingModel::format(m, value, tr("no data")))
                           .arg(figures->n(m)));
    }
    return lines.join(u"<br>"_s);
}

} // namespace cx
