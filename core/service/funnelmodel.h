#pragma once

#include "analytics/productanalysis.h"

#include <QAbstractTableModel>
#include <QCoreApplication>
#include <QHash>

#include <optional>

namespace cx {

/// How the funnel view names an experience gap and the focus it calls for.
class FunnelFormat
{
    Q_DECLARE_TR_FUNCTIONS(cx::FunnelFormat)

public:
    /// "认同率 → 认可率 −27.1 pp", or "no data" when a rate is missing.
    static QString gap(const ExperienceGap &gap);
    /// What the product should work on (DESIGN.md): the step of the gap
    /// (effective awareness, understanding, first use, reuse), and, when its
    /// lifecycle phase is known, what that phase puts first (导入期: effective
    /// awareness; 成熟期: use and reuse). Empty without a valid gap.
    static QString focus(const ExperienceGap &gap, std::optional<LifecyclePhase> phase);
    /// The focus in a few words, for a table column beside the phase and the
    /// gap: what the phase puts first ("use and reuse first"), or the step of
    /// the gap when the phase is unknown. Empty without a valid gap.
    static QString briefFocus(const ExperienceGap &gap, std::optional<LifecyclePhase> phase);

private:
    static QString step(FunnelStage from);
    static QString priority(LifecyclePhase phase);
};

/// The products' experience funnels, one row per product: its lifecycle
/// phase, the four rates averaged over the period, the experience gap with
/// its drop, the months with rates (the n of the average) and the focus.
/// Sorted by the gap's drop, largest first; products without a gap last.
class FunnelModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Product, Phase, Awareness, Understanding, Approval, Endorsement, Gap, Drop, Months, Focus, ColumnCount };

    explicit FunnelModel(QObject *parent = nullptr);

    /// `phases`: the lifecycle phase of each product's last month, where known.
    void setFunnels(QList<ProductFunnel> funnels, QHash<QString, LifecyclePhase> phases);
    const ProductFunnel *funnel(int row) const;
    const QList<ProductFunnel> &funnels() const { return m_funnels; }
    /// The row of a product; −1 when it has none.
    int row(const QString &product) const;
    std::optional<LifecyclePhase> phase(const QString &product) const;
    /// The focus of a row's product (FunnelFormat::focus()).
    QString focus(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    /// DisplayRole text ("no data" where a rate is missing, never 0);
    /// ValueRole the figure of the rate and drop columns; the two rates of
    /// the gap bold.
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<ProductFunnel> m_funnels;
    QHash<QString, LifecyclePhase> m_phases;
};

} // namespace cx
