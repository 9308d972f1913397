#include "service/productmodels.h"

#include "service/deskformat.h"

#include <QColor>

#include <algorithm>
#include <cmath>

namespace cx {

using namespace Qt::StringLiterals;

QString ProductFormat::lifecycleType(LifecycleType type)
{
    switch (type) {
    case LifecycleType::Mature:
        return tr("A mature (成熟)");
    case LifecycleType::Growth:
        return tr("B growth (成长)");
    case LifecycleType::Decline:
        return tr("C decline (衰退)");
    case LifecycleType::Renewal:
        return tr("D renewal (新生)");
    }
    return {};
}

QString ProductFormat::phase(LifecyclePhase phase)
{
    switch (phase) {
    case LifecyclePhase::Introduction:
        return tr("introduction (导入)");
    case LifecyclePhase::Growth:
        return tr("growth (成长)");
    case LifecyclePhase::Maturity:
        return tr("maturity (成熟)");
    case LifecyclePhase::Decline:
        return tr("decline (衰退)");
    }
    return {};
}

QString ProductFormat::consultationType(ConsultationType type)
{
    switch (type) {
    case ConsultationType::Gradual:
        return tr("A gradual");
    case ConsultationType::Sharp:
        return tr("B sharp");
    case ConsultationType::Sustained:
        return tr("C stays high");
    }
    return {};
}

QString ProductFormat::zone(CampaignZone zone)
{
    switch (zone) {
    case CampaignZone::Attention:
        return tr("zone A: attention grows");
    case CampaignZone::Conversion:
        return tr("zone B: users still come");
    case CampaignZone::Spent:
        return tr("zone C: effect spent");
    case CampaignZone::None:
        break;
    }
    return {};
}

QString ProductFormat::direction(Direction direction)
{
    switch (direction) {
    case Direction::Falling:
        return tr("falling");
    case Direction::Level:
        return tr("level");
    case Direction::Rising:
        return tr("rising");
    }
    return {};
}

QString ProductFormat::lifecycleSummary(const ProductLifecycle &product)
{
    if (!product.lifecycle.valid)
        return tr("no curve type: %n month(s) of users, 6 needed", nullptr, int(product.users.size()));
    return tr("%1 (confidence %2)").arg(lifecycleType(product.lifecycle.type), DeskFormat::number(product.lifecycle.confidence, 2));
}

QString ProductFormat::consultationSummary(const ProductLifecycle &product)
{
    const ConsultationResult &c = product.consultation;
    if (!c.valid)
        return tr("no consultation type: consultations missing or constant");
    return tr("consultation %1 (wave %2 months, height %3×)")
        .arg(consultationType(c.type), DeskFormat::number(c.waveWidth, 1),
             std::isfinite(c.waveHeight) ? DeskFormat::number(c.waveHeight, 1) : u"∞"_s);
}

LifecycleModel::LifecycleModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void LifecycleModel::setProducts(QList<ProductLifecycle> products)
{
    const auto lastUsers = [](const ProductLifecycle &p) { return p.users.empty() ? 0.0 : p.users.back(); };
    std::stable_sort(products.begin(), products.end(), [&](const ProductLifecycle &a, const ProductLifecycle &b) {
        const int ta = a.lifecycle.valid ? int(a.lifecycle.type) : 4;
        const int tb = b.lifecycle.valid ? int(b.lifecycle.type) : 4;
        if (ta != tb)
            return ta < tb;
        return lastUsers(a) > lastUsers(b);
    });
    beginResetModel();
    m_products = std::move(products);
    endResetModel();
}

const ProductLifecycle *LifecycleModel::product(int row) const
{
    return row >= 0 && row < m_products.size() ? &m_products.at(row) : nullptr;
}

int LifecycleModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_products.size());
}

int LifecycleModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant LifecycleModel::data(const QModelIndex &index, int role) const
{
    const ProductLifecycle *p = index.isValid() ? product(index.row()) : nullptr;
    if (!p)
        return {};
    if (role == Qt::TextAlignmentRole && index.column() != Product && index.column() != Type && index.column() != Phase
        && index.column() != Consultation)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    const QString none = tr("no data");
    switch (Column(index.column())) {
    case Product:
        return p->product;
    case Type:
        return p->lifecycle.valid ? ProductFormat::lifecycleType(p->lifecycle.type) : none;
    case Confidence:
        return p->lifecycle.valid ? DeskFormat::number(p->lifecycle.confidence, 2) : none;
    case Phase:
        return p->phase ? ProductFormat::phase(*p->phase) : none;
    case Consultation:
        return p->consultation.valid ? ProductFormat::consultationType(p->consultation.type) : none;
    case WaveWidth:
        return p->consultation.valid ? tr("%1 months").arg(DeskFormat::number(p->consultation.waveWidth, 1)) : none;
    case WaveHeight:
        return p->consultation.valid && std::isfinite(p->consultation.waveHeight)
            ? DeskFormat::number(p->consultation.waveHeight, 1) + u'×'
            : none;
    case RatioTrend:
        return p->ratio.valid ? ProductFormat::direction(p->ratio.trend) : none;
    case ColumnCount:
        break;
    }
    return {};
}

QVariant LifecycleModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Product:
        return tr("Product");
    case Type:
        return tr("Users curve");
    case Confidence:
        return tr("Confidence");
    case Phase:
        return tr("Phase now");
    case Consultation:
        return tr("Consultation cycle");
    case WaveWidth:
        return tr("Wave width");
    case WaveHeight:
        return tr("Wave height");
    case RatioTrend:
        return tr("Consultations ÷ users");
    case ColumnCount:
        break;
    }
    return {};
}

KanoModel::KanoModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void KanoModel::setFeatures(const QList<KanoFeature> &features)
{
    beginResetModel();
    m_features = features;
    endResetModel();
}

const KanoFeature *KanoModel::feature(int row) const
{
    return row >= 0 && row < m_features.size() ? &m_features.at(row) : nullptr;
}

int KanoModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_features.size());
}

int KanoModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString KanoModel::strategy(const KanoFeature &feature)
{
    if (feature.kanoClass == KanoClass::Reverse)
        return tr("do not build (不做)");
    if (!feature.strategy.isEmpty())
        return feature.strategy;
    if (!feature.kanoClass)
        return tr("no answers");
    return tr("by phase: filter one product");
}

QVariant KanoModel::data(const QModelIndex &index, int role) const
{
    const KanoFeature *f = index.isValid() ? feature(index.row()) : nullptr;
    if (!f)
        return {};
    const int column = index.column();
    if (role == Qt::TextAlignmentRole && column >= A && column <= Worse)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole && column == Strategy)
        return strategy(*f);
    if (role == Qt::ForegroundRole && f->kanoClass == KanoClass::Reverse && (column == Class || column == Strategy))
        return QColor(0xd5, 0x5e, 0x00);
    if (role != Qt::DisplayRole)
        return {};
    if (column >= A && column <= Q)
        return DeskFormat::count(f->tally.counts[std::size_t(column - A)]);
    switch (Column(column)) {
    case Feature:
        return f->feature;
    case Class:
        return f->kanoClass ? kanoClassLetter(*f->kanoClass) + u' ' + kanoClassName(*f->kanoClass) : tr("no answers");
    case N:
        return DeskFormat::count(f->tally.total());
    case Better:
        return DeskFormat::number(f->tally.better(), 2, tr("no data"));
    case Worse:
        return DeskFormat::number(f->tally.worse(), 2, tr("no data"));
    case Strategy:
        return strategy(*f);
    default:
        break;
    }
    return {};
}

QVariant KanoModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Feature:
        return tr("Feature");
    case Class:
        return tr("Class");
    case A:
        return u"A"_s;
    case O:
        return u"O"_s;
    case M:
        return u"M"_s;
    case I:
        return u"I"_s;
    case R:
        return u"R"_s;
    case Q:
        return u"Q"_s;
    case N:
        return tr("n");
    case Better:
        return tr("Better");
    case Worse:
        return tr("Worse");
    case Strategy:
        return tr("Strategy");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace cx
