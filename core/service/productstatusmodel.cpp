#include "service/productstatusmodel.h"

#include "service/deskformat.h"

#include <cmath>

namespace cx {

using namespace Qt::StringLiterals;

namespace {

// How one measure column reads its figure and writes it.
struct MeasureColumn
{
    MonthOverMonth ProductStatus::*figure;
    TrafficLight ProductStatus::*light;
    int decimals;
    bool percent;
    bool higherIsBetter;
};

MeasureColumn measureOf(int column)
{
    switch (column) {
    case ProductStatusModel::SatisfiedRate:
        return {&ProductStatus::satisfiedRate, &ProductStatus::satisfiedRateLight, 1, true, true};
    case ProductStatusModel::Nps:
        return {&ProductStatus::nps, &ProductStatus::npsLight, 1, false, true};
    case ProductStatusModel::Per10k:
        return {&ProductStatus::per10k, &ProductStatus::per10kLight, 3, false, false};
    default:
        return {&ProductStatus::satisfaction, &ProductStatus::satisfactionLight, 2, false, true};
    }
}

QString formatted(const MeasureColumn &measure, double value)
{
    return measure.percent ? DeskFormat::percent(value) : DeskFormat::number(value, measure.decimals);
}

} // namespace

AttainmentSummary AttainmentSummary::of(const QList<IndicatorAttainment> &attainment, const QString &month,
                                        const QString &previousMonth)
{
    AttainmentSummary summary;
    summary.month = month;
    bool keiMissed = false;
    for (const IndicatorAttainment &a : attainment) {
        if (a.month == month) {
            ++summary.measured;
            if (a.met) {
                ++summary.met;
            } else {
                keiMissed = keiMissed || a.layer == "kei"_L1;
                summary.missed << (a.city.isEmpty() ? u"%1 %2"_s.arg(a.code, a.name)
                                                    : u"%1 %2 · %3"_s.arg(a.code, a.name, a.city));
            }
        } else if (!previousMonth.isEmpty() && a.month == previousMonth) {
            ++summary.previousMeasured;
            summary.previousMet += a.met ? 1 : 0;
        }
    }
    if (summary.measured > 0)
        summary.light = summary.met == summary.measured ? TrafficLight::Green
            : keiMissed                                ? TrafficLight::Red
                                                       : TrafficLight::Amber;
    return summary;
}

ProductStatusModel::ProductStatusModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void ProductStatusModel::setStatus(const QList<ProductStatus> &rows, const QString &month, const QString &previousMonth,
                                   double significanceLevel)
{
    beginResetModel();
    m_rows = rows;
    m_month = month;
    m_previousMonth = previousMonth;
    m_significanceLevel = significanceLevel;
    endResetModel();
}

void ProductStatusModel::setAttainment(const std::optional<AttainmentSummary> &attainment)
{
    m_attainment = attainment;
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, Attainment), index(rowCount() - 1, Attainment));
}

int ProductStatusModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ProductStatusModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ProductStatusModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const ProductStatus &row = m_rows.at(index.row());
    if (index.column() == Product) {
        if (role == Qt::DisplayRole)
            return row.product.isEmpty() ? tr("All products") : row.product;
        if (role == Qt::ToolTipRole)
            return tr("%1 complaints in %2").arg(DeskFormat::number(row.complaints.value, 0, u"0"_s), m_month);
        return {};
    }
    if (index.column() == Attainment)
        return index.row() == 0 ? attainmentData(role) : QVariant();
    return cellData(row, index.column(), role);
}

QVariant ProductStatusModel::cellData(const ProductStatus &row, int column, int role) const
{
    const MeasureColumn measure = measureOf(column);
    const MonthOverMonth &figure = row.*measure.figure;
    const double change = figure.delta();
    const bool survey = column != Per10k;
    switch (role) {
    case Qt::DisplayRole: {
        if (!std::isfinite(figure.value))
            return survey ? DeskFormat::noSurveyData() : DeskFormat::noSubscribers();
        const QString delta = DeskFormat::delta(change, measure.decimals, measure.percent);
        return delta.isEmpty() ? formatted(measure, figure.value) : u"%1  %2"_s.arg(formatted(measure, figure.value), delta);
    }
    case Qt::ToolTipRole: {
        QStringList lines;
        const QString missing = survey ? DeskFormat::noSurveyData() : DeskFormat::noSubscribers();
        const QString now = std::isfinite(figure.value) ? formatted(measure, figure.value) : missing;
        const QString before = std::isfinite(figure.previous) ? formatted(measure, figure.previous) : missing;
        if (column == Satisfaction || column == SatisfiedRate) {
            lines << tr("%1: %2 (n = %3)").arg(m_month, now, DeskFormat::count(row.n));
            if (!m_previousMonth.isEmpty())
                lines << tr("%1: %2 (n = %3)").arg(m_previousMonth, before, DeskFormat::count(row.previousN));
        } else if (column == Nps) {
            lines << tr("%1: %2 (n = %3)").arg(m_month, now, DeskFormat::count(row.npsN));
            if (!m_previousMonth.isEmpty())
                lines << tr("%1: %2 (n = %3)").arg(m_previousMonth, before, DeskFormat::count(row.previousNpsN));
        } else {
            lines << tr("%1: %2 (%3 complaints)").arg(m_month, now, DeskFormat::number(row.complaints.value, 0, u"0"_s));
            if (!m_previousMonth.isEmpty())
                lines << tr("%1: %2 (%3 complaints)")
                             .arg(m_previousMonth, before, DeskFormat::number(row.complaints.previous, 0, u"0"_s));
        }
        if (std::isfinite(change))
            lines << changeTest(column, figure.pValue);
        return lines.join(u'\n');
    }
    case LightRole:
        return int(row.*measure.light);
    case ValueRole:
        return figure.value;
    case DeltaRole:
        return change;
    case BetterRole:
        return std::isfinite(change) && (measure.higherIsBetter ? change > 0 : change < 0);
    case SignificantRole:
        return std::isfinite(figure.pValue) ? QVariant(figure.pValue < m_significanceLevel) : QVariant();
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(Qt::AlignVCenter | Qt::AlignLeft);
    default:
        return {};
    }
}

QString ProductStatusModel::changeTest(int column, double pValue) const
{
    if (!std::isfinite(pValue))
        return tr("The change is not tested: a month has too few answers.");
    const auto test = column == Satisfaction   ? DeskFormat::ChangeTest::WelchT
                    : column == SatisfiedRate ? DeskFormat::ChangeTest::TwoProportionZ
                    : column == Nps           ? DeskFormat::ChangeTest::WelchTOfNps
                                              : DeskFormat::ChangeTest::ConditionalBinomial;
    return DeskFormat::changeTest(pValue, m_significanceLevel, test);
}

QVariant ProductStatusModel::attainmentData(int role) const
{
    if (!m_attainment) {
        if (role == Qt::DisplayRole)
            return tr("Loading…");
        return {};
    }
    const AttainmentSummary &a = *m_attainment;
    switch (role) {
    case Qt::DisplayRole:
        if (a.measured == 0)
            return tr("No indicator values");
        if (a.previousMeasured > 0)
            return u"%1/%2  %3"_s.arg(a.met).arg(a.measured).arg(DeskFormat::delta(a.met - a.previousMet, 0));
        return u"%1/%2"_s.arg(a.met).arg(a.measured);
    case Qt::ToolTipRole: {
        if (a.measured == 0)
            return tr("No indicator actuals for %1: import the indicator values to see attainment.").arg(a.month);
        QString text = tr("%1 of %2 indicator actuals met their target in %3.").arg(a.met).arg(a.measured).arg(a.month);
        if (!a.missed.isEmpty())
            text += u'\n' + tr("Missed: %1").arg(a.missed.mid(0, 12).join(u", "_s))
                + (a.missed.size() > 12 ? tr(" and %n more", nullptr, int(a.missed.size() - 12)) : QString());
        return text;
    }
    case LightRole:
        return int(a.light);
    case ValueRole:
        return a.measured > 0 ? double(a.met) / a.measured : kNaN;
    case DeltaRole:
        return a.previousMeasured > 0 ? double(a.met - a.previousMet) : kNaN;
    case BetterRole:
        return a.met > a.previousMet;
    default:
        return {};
    }
}

QVariant ProductStatusModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Product:
        return tr("Product");
    case Satisfaction:
        return tr("Satisfaction");
    case SatisfiedRate:
        return tr("满意率");
    case Nps:
        return tr("NPS");
    case Per10k:
        return tr("万投比");
    case Attainment:
        return tr("Indicators met");
    default:
        return {};
    }
}

} // namespace cx
