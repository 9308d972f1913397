#include "service/journeycomparisonmodel.h"

#include "service/deskformat.h"

#include <cmath>

namespace cx {

using namespace Qt::StringLiterals;

namespace {

QString metricName(int metric)
{
    switch (metric) {
    case JourneyComparisonModel::Satisfaction:
        return JourneyComparisonModel::tr("Satisfaction");
    case JourneyComparisonModel::SatisfiedRate:
        return JourneyComparisonModel::tr("满意率");
    case JourneyComparisonModel::Complaints:
        return JourneyComparisonModel::tr("Complaints");
    default:
        return JourneyComparisonModel::tr("万投比");
    }
}

} // namespace

JourneyComparisonModel::JourneyComparisonModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void JourneyComparisonModel::setComparison(const JourneyMatrix &a, const QString &labelA, const JourneyMatrix &b,
                                           const QString &labelB, const AnalysisSettings &settings)
{
    beginResetModel();
    m_a = a;
    m_b = b;
    m_labelA = labelA;
    m_labelB = labelB;
    m_settings = settings;
    m_stages.clear();
    for (const JourneyMatrix *matrix : {&m_a, &m_b})
        for (const JourneyCell &cell : matrix->cells)
            if (!m_stages.contains(cell.stage))
                m_stages << cell.stage;
    endResetModel();
}

void JourneyComparisonModel::clear()
{
    beginResetModel();
    m_a = {};
    m_b = {};
    m_stages.clear();
    endResetModel();
}

QString JourneyComparisonModel::stageAt(int column) const
{
    return m_stages.value(column);
}

int JourneyComparisonModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || m_stages.isEmpty() ? 0 : int(MetricCount) * int(PartCount);
}

int JourneyComparisonModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_stages.size());
}

const JourneyCell *JourneyComparisonModel::cellOf(const JourneyMatrix &matrix, const QString &stage) const
{
    for (const JourneyCell &cell : matrix.cells)
        if (cell.stage == stage)
            return &cell;
    return nullptr;
}

double JourneyComparisonModel::value(const JourneyCell *cell, Metric metric) const
{
    if (!cell)
        return kNaN;
    switch (metric) {
    case Satisfaction:
        return cell->satisfaction;
    case SatisfiedRate:
        return cell->satisfiedRate;
    case Complaints:
        return countValue(cell->complaints);
    default:
        return cell->per10k;
    }
}

bool JourneyComparisonModel::notable(Metric metric, double a, double b) const
{
    if (!std::isfinite(a) || !std::isfinite(b))
        return false;
    switch (metric) {
    case Satisfaction:
        return std::abs(b - a) >= m_settings.alertMinScoreDrop
            || trafficLight(a, kNaN, m_settings) != trafficLight(b, kNaN, m_settings);
    case SatisfiedRate:
        return std::abs(b - a) * 100.0 >= m_settings.alertMinRateDropPoints;
    case Complaints:
        return a > 0 && std::abs(b - a) / a * 100.0 >= m_settings.alertMinCountIncreasePercent;
    default:
        return trafficLight(kNaN, a, m_settings) != trafficLight(kNaN, b, m_settings);
    }
}

QVariant JourneyComparisonModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount() || index.column() >= columnCount())
        return {};
    const auto metric = Metric(index.row() / PartCount);
    const auto part = Part(index.row() % PartCount);
    const QString stage = m_stages.at(index.column());
    const double a = value(cellOf(m_a, stage), metric);
    const double b = value(cellOf(m_b, stage), metric);
    const bool survey = metric == Satisfaction || metric == SatisfiedRate;
    const auto text = [&](double v) {
        switch (metric) {
        case Satisfaction:
            return DeskFormat::number(v, 2, DeskFormat::noSurveyData());
        case SatisfiedRate:
            return DeskFormat::percent(v, DeskFormat::noSurveyData());
        case Complaints:
            return DeskFormat::number(v, 0, DeskFormat::noComplaintData());
        default:
            return DeskFormat::number(v, 3, DeskFormat::noSubscribers());
        }
    };
    const bool higherIsBetter = survey;
    switch (role) {
    case Qt::DisplayRole:
        if (part == A)
            return text(a);
        if (part == B)
            return text(b);
        if (!std::isfinite(a) || !std::isfinite(b))
            return u"—"_s;
        if (metric == Complaints)
            return DeskFormat::countChange(b, a);
        return DeskFormat::delta(b - a, metric == Per10k ? 3 : metric == SatisfiedRate ? 1 : 2, metric == SatisfiedRate);
    case LightRole:
        if (part == Change)
            return {};
        if (metric == Satisfaction && std::isfinite(part == A ? a : b))
            return int(trafficLight(part == A ? a : b, kNaN, m_settings));
        if (metric == Per10k && std::isfinite(part == A ? a : b))
            return int(trafficLight(kNaN, part == A ? a : b, m_settings));
        return {};
    case ValueRole:
        return part == A ? a : part == B ? b : b - a;
    case DeltaRole:
        return b - a;
    case BetterRole:
        return std::isfinite(b - a) && (higherIsBetter ? b > a : b < a);
    case MarkedRole:
        return part == Change && notable(metric, a, b);
    case Qt::ToolTipRole:
        return tr("%1 · %2: %3 %4, %5 %6").arg(stage, metricName(metric), m_labelA, text(a), m_labelB, text(b));
    default:
        return {};
    }
}

QVariant JourneyComparisonModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (orientation == Qt::Horizontal)
        return m_stages.value(section);
    if (section < 0 || section >= int(MetricCount) * int(PartCount))
        return {};
    const QString metric = metricName(section / PartCount);
    switch (Part(section % PartCount)) {
    case A:
        return u"%1 · %2"_s.arg(metric, m_labelA);
    case B:
        return u"%1 · %2"_s.arg(metric, m_labelB);
    default:
        return tr("%1 · change").arg(metric);
    }
}

} // namespace cx
