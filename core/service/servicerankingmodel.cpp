#include "service/servicerankingmodel.h"

#include "service/deskformat.h"

#include <cmath>

namespace cx {

using namespace Qt::StringLiterals;

ServiceRankingModel::ServiceRankingModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void ServiceRankingModel::setQuality(const ServiceQuality &quality, ServiceGrouping grouping, ServiceMeasure measure)
{
    beginResetModel();
    m_quality = quality;
    m_grouping = grouping;
    m_measure = measure;
    m_rows = rankedGroups(m_quality, grouping, measure);
    endResetModel();
}

const ServiceGroup *ServiceRankingModel::group(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row) : nullptr;
}

int ServiceRankingModel::rowOf(const QString &name) const
{
    for (int row = 0; row < m_rows.size(); ++row)
        if (m_rows.at(row)->name == name)
            return row;
    return -1;
}

int ServiceRankingModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ServiceRankingModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

ServiceMeasure ServiceRankingModel::columnMeasure(int column) const
{
    switch (column) {
    case Complaints:
        return ServiceMeasure::Complaints;
    case FirstTime:
        return ServiceMeasure::FirstTimeRate;
    case Resolved:
        return ServiceMeasure::ResolvedRate;
    case Repeat:
        return ServiceMeasure::RepeatRate;
    case Escalation:
        return ServiceMeasure::EscalationRate;
    case Regulator:
        return ServiceMeasure::RegulatorPerMillion;
    case HoursMean:
        return ServiceMeasure::HoursMean;
    case HoursP90:
        return ServiceMeasure::HoursP90;
    case Overdue:
        return ServiceMeasure::OverdueRate;
    case Callback:
        return ServiceMeasure::CallbackSatisfiedRate;
    default:
        return m_measure;
    }
}

QString ServiceRankingModel::format(ServiceMeasure measure, double value, const QString &missing)
{
    if (!std::isfinite(value))
        return missing;
    if (measure == ServiceMeasure::Complaints)
        return DeskFormat::count(qint64(value));
    if (serviceIsRate(measure))
        return DeskFormat::percent(value);
    if (measure == ServiceMeasure::RegulatorPerMillion)
        return DeskFormat::number(value, 2);
    return tr("%1 h").arg(DeskFormat::number(value, 1));
}

QString ServiceRankingModel::groupingName(ServiceGrouping grouping)
{
    switch (grouping) {
    case ServiceGrouping::Department:
        return tr("Department");
    case ServiceGrouping::Channel:
        return tr("Channel");
    case ServiceGrouping::Area:
        break;
    }
    return tr("Region");
}

QString ServiceRankingModel::handlingSummary(const QString &name, const ServiceFigures &figures)
{
    QStringList parts;
    for (ServiceMeasure m : {ServiceMeasure::FirstTimeRate, ServiceMeasure::ResolvedRate, ServiceMeasure::RepeatRate,
                             ServiceMeasure::OverdueRate, ServiceMeasure::HoursP90, ServiceMeasure::CallbackSatisfiedRate})
        parts << tr("%1 %2 (n = %3)").arg(serviceMeasureName(m), format(m, figures.value(m), noData(m))).arg(figures.n(m));
    return tr("%1, %n complaint(s): %2", nullptr, int(figures.complaints)).arg(name, parts.join(u" · "_s));
}

QString ServiceRankingModel::definition(ServiceMeasure measure)
{
    switch (measure) {
    case ServiceMeasure::Complaints:
        return tr("Complaint work orders accepted in the month.");
    case ServiceMeasure::ResolvedRate:
        return tr("已解决 ÷ complaints with a handling result; 未解决, 解释安抚 and other results are not resolved.");
    case ServiceMeasure::PartialRate:
        return tr("部分解决 ÷ complaints with a handling result.");
    case ServiceMeasure::FirstTimeRate:
        return tr("Resolved and not a repeated complaint ÷ complaints with both a result and the repeated flag.");
    case ServiceMeasure::RepeatRate:
        return tr("Repeated complaints ÷ complaints with the repeated flag.");
    case ServiceMeasure::EscalationRate:
        return tr("Escalated complaints ÷ complaints with the escalation flag.");
    case ServiceMeasure::RegulatorPerMillion:
        return tr("Complaints through the regulator (工信部申诉) ÷ users × 1,000,000, users as for 万投比.");
    case ServiceMeasure::HoursMean:
        return tr("Mean handling hours of the complaints with hours.");
    case ServiceMeasure::HoursP90:
        return tr("90th percentile of the handling hours (nearest rank); exact for hours given to a tenth, "
                  "else at most 0.1 h high.");
    case ServiceMeasure::OverdueRate:
        return tr("Complaints handled in more hours than their category's limit (48 h unless set) ÷ complaints "
                  "with hours.");
    case ServiceMeasure::CallbackSatisfiedRate:
        break;
    }
    return tr("(满意 + 基本满意) ÷ callbacks with a rating; callbacks without a verdict are left out.");
}

QString ServiceRankingModel::noData(ServiceMeasure measure)
{
    switch (measure) {
    case ServiceMeasure::ResolvedRate:
    case ServiceMeasure::PartialRate:
        return tr("No handling result");
    case ServiceMeasure::FirstTimeRate:
        return tr("No result or repeat flag");
    case ServiceMeasure::RepeatRate:
        return tr("No repeat flag");
    case ServiceMeasure::EscalationRate:
        return tr("No escalation flag");
    case ServiceMeasure::RegulatorPerMillion:
        return DeskFormat::noSubscribers();
    case ServiceMeasure::HoursMean:
    case ServiceMeasure::HoursP90:
    case ServiceMeasure::OverdueRate:
        return tr("No handling hours");
    case ServiceMeasure::CallbackSatisfiedRate:
        return tr("No rated callback");
    case ServiceMeasure::Complaints:
        break;
    }
    return DeskFormat::noComplaintData();
}

QVariant ServiceRankingModel::data(const QModelIndex &index, int role) const
{
    const ServiceGroup *g = index.isValid() ? group(index.row()) : nullptr;
    if (!g)
        return {};
    const int column = index.column();
    const ServiceMeasure measure = columnMeasure(column);
    const double value = g->period.value(measure);
    const int last = m_quality.lastMonth;
    const double change = last >= 1 ? g->month(last).value(measure) - g->month(last - 1).value(measure) : kNaN;
    const bool better = serviceHigherIsBetter(measure) ? change > 0 : change < 0;
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case Rank:
            return index.row() + 1;
        case Group:
            return g->name.isEmpty() ? tr("(not filled)") : m_grouping == ServiceGrouping::Area ? DeskFormat::region(g->area) : g->name;
        case Measure: {
            const QString text = format(measure, value, noData(measure));
            const QString delta = serviceIsRate(measure) ? DeskFormat::delta(change, 1, true)
                                                         : DeskFormat::delta(change, measure == ServiceMeasure::RegulatorPerMillion ? 2 : 1);
            return delta.isEmpty() || !std::isfinite(value) ? text : text + u"  "_s + delta;
        }
        case N:
            return DeskFormat::count(g->period.n(measure));
        case Trend:
            return {};
        default:
            return format(measure, value, u"–"_s);
        }
    case Qt::ToolTipRole:
        if (column == Measure || column >= Complaints) {
            QString tip = tr("%1: %2 (n = %3)\n%4: %5, %6: %7")
                              .arg(serviceMeasureName(measure), format(measure, value, noData(measure)))
                              .arg(g->period.n(measure))
                              .arg(m_quality.months.value(last), format(measure, g->month(last).value(measure), noData(measure)),
                                   m_quality.months.value(last - 1),
                                   format(measure, g->month(last - 1).value(measure), noData(measure)));
            if (column == Measure && std::isfinite(change))
                tip += u'\n' + changeTest(measure, changeP(*g, measure));
            return tip;
        }
        if (column == Trend) {
            QStringList alerts;
            for (int m : g->alertMonths)
                alerts << m_quality.months.value(m);
            return alerts.isEmpty() ? tr("%1 by month").arg(serviceMeasureName(m_measure))
                                    : tr("%1 by month; significant changes for the worse in %2")
                                          .arg(serviceMeasureName(m_measure), alerts.join(u", "_s));
        }
        return {};
    case LightRole:
        if (column == Measure || column == FirstTime || column == Resolved || column == Repeat || column == Escalation
            || column == Regulator || column == Overdue || column == Callback)
            return int(serviceLight(m_quality.settings, measure, value));
        return {};
    case ValueRole:
        return value;
    case DeltaRole:
        return column == Measure ? QVariant(change) : QVariant();
    case BetterRole:
        return column == Measure ? QVariant(better) : QVariant();
    case SignificantRole: {
        if (column != Measure || !std::isfinite(change))
            return {};
        const double p = changeP(*g, measure);
        return std::isfinite(p) ? QVariant(p < m_quality.significanceLevel) : QVariant();
    }
    case SeriesRole:
        if (column == Trend) {
            QList<double> series;
            for (int m = 0; m <= last && m < g->months.size(); ++m)
                series << g->months.at(m).value(m_measure);
            return QVariant::fromValue(series);
        }
        return {};
    case MarkedRole:
        return column == Trend ? QVariant::fromValue(g->alertMonths) : QVariant();
    case Qt::TextAlignmentRole:
        if (column == Rank || column == N || column >= Complaints)
            return QVariant::fromValue(Qt::AlignVCenter | Qt::AlignRight);
        return {};
    default:
        return {};
    }
}

double ServiceRankingModel::changeP(const ServiceGroup &group, ServiceMeasure measure) const
{
    const int last = m_quality.lastMonth;
    return last >= 1 ? serviceChangeP(measure, group.month(last - 1), group.month(last)) : kNaN;
}

QString ServiceRankingModel::changeTest(ServiceMeasure measure, double p) const
{
    if (!std::isfinite(p))
        return measure == ServiceMeasure::HoursP90 ? tr("The change is not tested: a percentile has no test here.")
                                                   : tr("The change is not tested: a month has too few complaints.");
    DeskFormat::ChangeTest test = DeskFormat::ChangeTest::TwoProportionZ;
    if (measure == ServiceMeasure::Complaints || measure == ServiceMeasure::RegulatorPerMillion)
        test = DeskFormat::ChangeTest::ConditionalBinomial;
    else if (measure == ServiceMeasure::HoursMean)
        test = DeskFormat::ChangeTest::WelchT;
    return DeskFormat::changeTest(p, m_quality.significanceLevel, test);
}

QVariant ServiceRankingModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || (role != Qt::DisplayRole && role != Qt::ToolTipRole))
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::ToolTipRole && section >= Complaints)
        return definition(columnMeasure(section));
    switch (section) {
    case Rank:
        return tr("#");
    case Group:
        return groupingName(m_grouping);
    case Measure:
        return role == Qt::ToolTipRole ? tr("%1 over the period, its light against the target, and its change in the "
                                            "last month against the month before.\n%2")
                                             .arg(serviceMeasureName(m_measure), definition(m_measure))
                                       : serviceMeasureName(m_measure);
    case N:
        return role == Qt::ToolTipRole ? tr("The complaints whose field the measure needs is filled") : tr("n");
    case Trend:
        return tr("Trend");
    case Complaints:
        return tr("Complaints");
    case FirstTime:
        return tr("一次解决率");
    case Resolved:
        return tr("解决率");
    case Repeat:
        return tr("重复投诉率");
    case Escalation:
        return tr("升级率");
    case Regulator:
        return tr("工信部申诉/百万");
    case HoursMean:
        return tr("Mean hours");
    case HoursP90:
        return tr("p90 hours");
    case Overdue:
        return tr("超时率");
    case Callback:
        return tr("回访满意率");
    default:
        return {};
    }
}

} // namespace cx
