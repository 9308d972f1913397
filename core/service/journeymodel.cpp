#include "service/journeymodel.h"

#include "service/deskformat.h"
#include "service/servicerankingmodel.h"

#include <cmath>

namespace cx {

using namespace Qt::StringLiterals;

JourneyModel::JourneyModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void JourneyModel::setAnalysis(std::shared_ptr<const DeskAnalysis> analysis)
{
    const bool sameStages = m_analysis && analysis && m_analysis->period.journey.cells.size() == analysis->period.journey.cells.size();
    if (sameStages) {
        m_analysis = std::move(analysis);
        Q_EMIT dataChanged(index(0, 0), index(LaneCount - 1, columnCount() - 1));
        Q_EMIT headerDataChanged(Qt::Horizontal, 0, columnCount() - 1);
        return;
    }
    beginResetModel();
    m_analysis = std::move(analysis);
    endResetModel();
}

void JourneyModel::setOwners(const QHash<QString, StageOwners> &owners)
{
    m_owners = owners;
    if (columnCount() > 0)
        Q_EMIT dataChanged(index(Elements, 0), index(Departments, columnCount() - 1));
}

void JourneyModel::setOpenWorkOrders(const std::optional<QHash<QString, int>> &counts)
{
    m_workOrders = counts;
    if (columnCount() > 0)
        Q_EMIT dataChanged(index(WorkOrders, 0), index(WorkOrders, columnCount() - 1));
}

QString JourneyModel::stageAt(int column) const
{
    if (!m_analysis || column < 0 || column >= m_analysis->period.journey.cells.size())
        return {};
    return m_analysis->period.journey.cells.at(column).stage;
}

int JourneyModel::columnOf(const QString &stage) const
{
    for (int c = 0; c < columnCount(); ++c)
        if (stageAt(c) == stage)
            return c;
    return -1;
}

QString JourneyModel::laneName(Lane lane)
{
    switch (lane) {
    case Satisfaction:
        return tr("Satisfaction");
    case SatisfiedRate:
        return tr("满意率");
    case Answers:
        return tr("Answers (n)");
    case Emotion:
        return tr("Emotion curve");
    case Complaints:
        return tr("Complaints");
    case Per10k:
        return tr("万投比");
    case PainPoints:
        return tr("Top categories");
    case PainPointTags:
        return tr("Pain-point tags");
    case Elements:
        return tr("Perception elements");
    case Departments:
        return tr("Departments");
    case WorkOrders:
        return tr("Open 工单");
    case LaneCount:
        break;
    }
    return {};
}

int JourneyModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_analysis ? 0 : LaneCount;
}

int JourneyModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_analysis ? 0 : int(m_analysis->period.journey.cells.size());
}

const StageChange *JourneyModel::change(const QString &stage) const
{
    for (const StageChange &c : m_analysis->stageChanges)
        if (c.stage == stage)
            return &c;
    return nullptr;
}

QVariant JourneyModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || !m_analysis || index.column() >= columnCount() || index.row() >= LaneCount)
        return {};
    const JourneyCell &cell = m_analysis->period.journey.cells.at(index.column());
    const AnalysisSettings &settings = m_analysis->settings.analysis;
    switch (role) {
    case Qt::DisplayRole:
        return display(cell, index.row());
    case Qt::ToolTipRole:
        return toolTip(cell, index.row());
    case LightRole:
        if (index.row() == Satisfaction && std::isfinite(cell.satisfaction))
            return int(trafficLight(cell.satisfaction, kNaN, settings));
        if (index.row() == Per10k && std::isfinite(cell.per10k))
            return int(trafficLight(kNaN, cell.per10k, settings));
        if (index.row() == Emotion)
            return int(cell.light);
        return {};
    case ValueRole:
        switch (index.row()) {
        case Satisfaction:
        case Emotion:
            return cell.satisfaction;
        case SatisfiedRate:
            return cell.satisfiedRate;
        case Complaints:
            return countValue(cell.complaints);
        case Per10k:
            return cell.per10k;
        default:
            return {};
        }
    case DeltaRole:
        if (index.row() == Satisfaction)
            return cell.satisfactionDelta;
        if (index.row() == Complaints)
            return countValue(cell.complaintsLastMonth) - countValue(cell.complaintsPreviousMonth);
        return {};
    case BetterRole:
        if (index.row() == Satisfaction)
            return cell.satisfactionDelta > 0;
        if (index.row() == Complaints)
            return cell.complaintsLastMonth && cell.complaintsPreviousMonth
                && *cell.complaintsLastMonth < *cell.complaintsPreviousMonth;
        return {};
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(Qt::AlignTop | Qt::AlignLeft);
    default:
        return {};
    }
}

QVariant JourneyModel::display(const JourneyCell &cell, int lane) const
{
    switch (lane) {
    case Satisfaction: {
        if (!std::isfinite(cell.satisfaction))
            return DeskFormat::noSurveyData();
        const QString delta = DeskFormat::delta(cell.satisfactionDelta, 2);
        return delta.isEmpty() ? DeskFormat::number(cell.satisfaction, 2)
                               : u"%1  %2"_s.arg(DeskFormat::number(cell.satisfaction, 2), delta);
    }
    case SatisfiedRate:
        return DeskFormat::percent(cell.satisfiedRate, DeskFormat::noSurveyData());
    case Answers:
        return cell.n > 0 ? DeskFormat::count(cell.n) : u"—"_s;
    case Emotion:
        return DeskFormat::number(cell.satisfaction, 2, QString());
    case Complaints: {
        if (m_analysis->complaints == 0)
            return DeskFormat::noComplaintData();
        const QString change =
            DeskFormat::countChange(countValue(cell.complaintsLastMonth), countValue(cell.complaintsPreviousMonth));
        return m_analysis->previousMonth.isEmpty() || change.isEmpty()
            ? DeskFormat::count(cell.complaints, DeskFormat::noComplaintData())
            : tr("%1\n%2: %3", "period total, then the displayed month's change")
                  .arg(DeskFormat::count(cell.complaints, DeskFormat::noComplaintData()), m_analysis->month, change);
    }
    case Per10k:
        if (!std::isfinite(cell.per10k))
            return m_analysis->complaints == 0 ? DeskFormat::noComplaintData() : DeskFormat::noSubscribers();
        return DeskFormat::number(cell.per10k, 3)
            + (m_analysis->period.journey.per10kEstimated ? tr(" (est.)") : QString());
    case PainPoints: {
        QStringList lines;
        for (const CategoryCount &c : cell.topCategories)
            lines << u"%1 %2"_s.arg(c.category, DeskFormat::count(c.complaints));
        return lines.isEmpty() ? u"—"_s : lines.join(u'\n');
    }
    case PainPointTags: {
        QStringList lines;
        for (const NamedCount &t : m_analysis->stageTags.value(cell.stage))
            lines << u"%1 %2"_s.arg(t.name, DeskFormat::count(t.complaints));
        return lines.isEmpty() ? u"—"_s : lines.join(u'\n');
    }
    case Elements: {
        const QStringList elements = m_owners.value(cell.stage).elements;
        return elements.isEmpty() ? u"—"_s : elements.join(u'\n');
    }
    case Departments: {
        const QStringList departments = m_owners.value(cell.stage).departments;
        return departments.isEmpty() ? u"—"_s : departments.join(u'\n');
    }
    case WorkOrders:
        if (!m_workOrders)
            return tr("Loading…");
        return DeskFormat::count(m_workOrders->value(cell.stage));
    }
    return {};
}

QVariant JourneyModel::toolTip(const JourneyCell &cell, int lane) const
{
    const DeskAnalysis &a = *m_analysis;
    switch (lane) {
    case Satisfaction:
    case SatisfiedRate:
    case Answers:
    case Emotion: {
        if (cell.n == 0)
            return tr("%1: no survey answers for this stage in %2. Import a survey export with a question on the "
                      "stage to see its satisfaction.")
                .arg(cell.stage, DeskFormat::scope(a.filter, a.period.journey.fromMonth, a.period.journey.toMonth));
        QStringList lines{tr("%1: mean %2, 满意率 %3 (n = %4) over the period")
                              .arg(cell.stage, DeskFormat::number(cell.satisfaction, 2),
                                   DeskFormat::percent(cell.satisfiedRate), DeskFormat::count(cell.n))};
        if (const StageChange *c = change(cell.stage); c && !a.previousMonth.isEmpty()) {
            lines << tr("%1: %2 (n = %3); %4: %5 (n = %6)")
                         .arg(a.month, DeskFormat::number(c->current, 2, DeskFormat::noSurveyData()),
                              DeskFormat::count(c->currentN), a.previousMonth,
                              DeskFormat::number(c->previous, 2, DeskFormat::noSurveyData()),
                              DeskFormat::count(c->previousN));
            if (std::isfinite(c->pValue))
                lines << tr("Change %1, %2 (Welch t-test)").arg(DeskFormat::delta(c->current - c->previous, 2),
                                                                DeskFormat::pValue(c->pValue));
        }
        return lines.join(u'\n');
    }
    case Complaints:
        return tr("%1 complaints in the period; %2 in %3, %4 in %5")
            .arg(DeskFormat::count(cell.complaints, DeskFormat::noComplaintData()),
                 DeskFormat::count(cell.complaintsLastMonth, DeskFormat::noComplaintData()), a.month,
                 DeskFormat::count(cell.complaintsPreviousMonth, DeskFormat::noComplaintData()), a.previousMonth);
    case Per10k:
        return a.period.journey.per10kEstimated
            ? tr("Complaints per 10,000 subscribers; estimated below city level (subscribers shared out by survey responses).")
            : tr("Complaints per 10,000 subscribers over the period.");
    case PainPoints: {
        QStringList lines;
        for (const CategoryCount &c : cell.topCategories) {
            QStringList words;
            for (const Hotspot &h : a.period.hotspots.byVolume)
                if (h.category == c.category)
                    for (const KeywordCount &k : h.keywords)
                        words << k.keyword;
            lines << (words.isEmpty() ? c.category : u"%1: %2"_s.arg(c.category, words.join(u", "_s)));
        }
        return lines.join(u'\n');
    }
    case PainPointTags: {
        QStringList lines;
        for (const NamedCount &t : a.stageTags.value(cell.stage))
            lines << tr("%1: %n complaints", nullptr, int(t.complaints)).arg(t.name);
        if (lines.isEmpty())
            return tr("No complaint of the stage matched a pain-point tag rule.");
        lines << tr("A complaint may carry several tags: the counts overlap.");
        return lines.join(u'\n');
    }
    case WorkOrders:
        return tr("Improvement work orders of the stage that are not closed.");
    case Departments: {
        QStringList lines;
        for (const QString &department : m_owners.value(cell.stage).departments) {
            const ServiceGroup *group = a.service.find(ServiceGrouping::Department, department);
            lines << (group ? ServiceRankingModel::handlingSummary(department, group->period)
                            : tr("%1: no complaints handled in the period").arg(department));
        }
        return lines.join(u'\n');
    }
    default:
        return {};
    }
}

QVariant JourneyModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (orientation == Qt::Horizontal)
        return stageAt(section);
    return section >= 0 && section < LaneCount ? laneName(Lane(section)) : QVariant();
}

} // namespace cx
