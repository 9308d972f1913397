#include "service/funnelmodel.h"

#include "service/deskformat.h"
#include "service/productmodels.h"

#include <QFont>

#include <algorithm>
#include <cmath>

namespace cx {

using namespace Qt::StringLiterals;

QString FunnelFormat::gap(const ExperienceGap &gap)
{
    if (!gap.valid)
        return tr("no data");
    return tr("%1 → %2 −%3 pp").arg(funnelRateName(gap.from), funnelRateName(gap.to), DeskFormat::number(gap.drop, 1));
}

QString FunnelFormat::step(FunnelStage from)
{
    switch (from) {
    case FunnelStage::Awareness:
        return tr("make the awareness effective: those who heard of it do not learn what it is");
    case FunnelStage::Understanding:
        return tr("turn understanding into first use: those who know it do not take it up");
    case FunnelStage::Approval:
    case FunnelStage::Endorsement:
        break;
    }
    return tr("use and reuse: users do not stay with it");
}

QString FunnelFormat::priority(LifecyclePhase phase)
{
    switch (phase) {
    case LifecyclePhase::Introduction:
        return tr("effective awareness first");
    case LifecyclePhase::Growth:
        return tr("convert awareness into use while it grows");
    case LifecyclePhase::Maturity:
        return tr("use and reuse first");
    case LifecyclePhase::Decline:
        break;
    }
    return tr("keep its users (reuse)");
}

QString FunnelFormat::focus(const ExperienceGap &gap, std::optional<LifecyclePhase> phase)
{
    if (!gap.valid)
        return {};
    if (!phase)
        return step(gap.from);
    return tr("%1; in its %2 phase: %3").arg(step(gap.from), ProductFormat::phase(*phase), priority(*phase));
}

QString FunnelFormat::briefFocus(const ExperienceGap &gap, std::optional<LifecyclePhase> phase)
{
    if (!gap.valid)
        return {};
    return phase ? priority(*phase) : step(gap.from);
}

FunnelModel::FunnelModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void FunnelModel::setFunnels(QList<ProductFunnel> funnels, QHash<QString, LifecyclePhase> phases)
{
    std::stable_sort(funnels.begin(), funnels.end(), [](const ProductFunnel &a, const ProductFunnel &b) {
        const double da = a.averageGap.valid ? a.averageGap.drop : -qInf();
        const double db = b.averageGap.valid ? b.averageGap.drop : -qInf();
        return da != db ? da > db : a.product < b.product;
    });
    beginResetModel();
    m_funnels = std::move(funnels);
    m_phases = std::move(phases);
    endResetModel();
}

const ProductFunnel *FunnelModel::funnel(int row) const
{
    return row >= 0 && row < m_funnels.size() ? &m_funnels.at(row) : nullptr;
}

int FunnelModel::row(const QString &product) const
{
    for (int i = 0; i < m_funnels.size(); ++i)
        if (m_funnels.at(i).product == product)
            return i;
    return -1;
}

std::optional<LifecyclePhase> FunnelModel::phase(const QString &product) const
{
    const auto it = m_phases.constFind(product);
    return it == m_phases.constEnd() ? std::nullopt : std::optional<LifecyclePhase>(*it);
}

QString FunnelModel::focus(int row) const
{
    const ProductFunnel *f = funnel(row);
    return f ? FunnelFormat::focus(f->averageGap, phase(f->product)) : QString();
}

int FunnelModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_funnels.size());
}

int FunnelModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant FunnelModel::data(const QModelIndex &index, int role) const
{
    const ProductFunnel *f = index.isValid() ? funnel(index.row()) : nullptr;
    if (!f)
        return {};
    const int column = index.column();
    const bool rate = column >= Awareness && column <= Endorsement;
    const auto stage = FunnelStage(column - Awareness);
    if (role == Qt::TextAlignmentRole && (rate || column == Drop || column == Months))
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::FontRole && rate && f->averageGap.valid && (stage == f->averageGap.from || stage == f->averageGap.to)) {
        QFont bold;
        bold.setBold(true);
        return bold;
    }
    if (role == ValueRole) {
        if (rate)
            return f->average.at(std::size_t(stage));
        if (column == Drop)
            return f->averageGap.valid ? f->averageGap.drop : kNaN;
        return {};
    }
    if (role == Qt::ToolTipRole && column == Focus)
        return focus(index.row());
    if (role != Qt::DisplayRole)
        return {};
    const QString none = tr("no data");
    switch (Column(column)) {
    case Product:
        return f->product;
    case Phase:
        if (const std::optional<LifecyclePhase> p = phase(f->product))
            return ProductFormat::phase(*p);
        return none;
    case Awareness:
    case Understanding:
    case Approval:
    case Endorsement: {
        const double value = f->average.at(std::size_t(stage));
        return std::isfinite(value) ? DeskFormat::number(value, 1) + u'%' : none;
    }
    case Gap:
        return f->averageGap.valid ? f->averageGap.label().replace(u"->"_s, u" → "_s) : none;
    case Drop:
        return f->averageGap.valid ? tr("−%1 pp").arg(DeskFormat::number(f->averageGap.drop, 1)) : none;
    case Months:
        return qlonglong(std::count_if(f->months.cbegin(), f->months.cend(), [](const FunnelMonth &m) {
            return std::any_of(m.rates.cbegin(), m.rates.cend(), [](double r) { return std::isfinite(r); });
        }));
    case Focus: {
        const QString text = FunnelFormat::briefFocus(f->averageGap, phase(f->product));
        return text.isEmpty() ? none : text;
    }
    case ColumnCount:
        break;
    }
    return {};
}

QVariant FunnelModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || (role != Qt::DisplayRole && role != Qt::ToolTipRole))
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::ToolTipRole) {
        if (section == Months)
            return tr("Months with funnel rates in the period: the n of the average (the rates are imported percentages, "
                      "without a sample size)");
        if (section == Drop)
            return tr("The experience gap: the largest drop between consecutive rates, in percentage points");
        if (section == Focus)
            return tr("What the product's lifecycle phase puts first; a cell's tooltip says what the gap means");
        return {};
    }
    switch (Column(section)) {
    case Product:
        return tr("Product");
    case Phase:
        return tr("Phase");
    case Awareness:
    case Understanding:
    case Approval:
    case Endorsement:
        return funnelRateName(FunnelStage(section - Awareness));
    case Gap:
        return tr("体验鸿沟 gap");
    case Drop:
        return tr("Drop");
    case Months:
        return tr("Months (n)");
    case Focus:
        return tr("Focus");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace cx
