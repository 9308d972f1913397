#pragma once

#include "analytics/productanalysis.h"

#include <QAbstractTableModel>
#include <QCoreApplication>

namespace cx {

/// How the product views name curve types, phases and zones (translated,
/// with the Chinese domain term the analysts use).
class ProductFormat
{
    Q_DECLARE_TR_FUNCTIONS(cx::ProductFormat)

public:
    /// "B 成长" / "B Growth (成长)".
    static QString lifecycleType(LifecycleType type);
    /// "成长期" / "Growth (成长)".
    static QString phase(LifecyclePhase phase);
    /// "A gradual", "B sharp", "C sustained".
    static QString consultationType(ConsultationType type);
    /// "A attention", "B conversion", "C spent".
    static QString zone(CampaignZone zone);
    /// "falling", "level", "rising".
    static QString direction(Direction direction);
    /// "B 成长 (confidence 0.92)", or why there is no type.
    static QString lifecycleSummary(const ProductLifecycle &product);
    /// "consultation A gradual (wave 4.0 months, height 2.1×)", or why there is none.
    static QString consultationSummary(const ProductLifecycle &product);
};

/// The products' curve types, one row per product: the users-curve type and
/// confidence, the phase of the last month, the consultation type with wave
/// width and height, and the trend of consultations ÷ users.
class LifecycleModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Product, Type, Confidence, Phase, Consultation, WaveWidth, WaveHeight, RatioTrend, ColumnCount };

    explicit LifecycleModel(QObject *parent = nullptr);

    /// Sorted by type (A, B, C, D, then products without one), then by the
    /// users of the last month, largest first.
    void setProducts(QList<ProductLifecycle> products);
    const ProductLifecycle *product(int row) const;
    const QList<ProductLifecycle> &products() const { return m_products; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<ProductLifecycle> m_products;
};

/// The Kano table: feature, class, the A/O/M/I/R/Q counts, n, Better, Worse
/// and the strategy, in priority order (M first; R flagged not to build).
class KanoModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Feature, Class, A, O, M, I, R, Q, N, Better, Worse, Strategy, ColumnCount };

    explicit KanoModel(QObject *parent = nullptr);

    void setFeatures(const QList<KanoFeature> &features);
    const KanoFeature *feature(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// The strategy cell: the phase's strategy, "do not build" for R, or
    /// what is needed for one (a single product in the filter).
    static QString strategy(const KanoFeature &feature);

private:
    QList<KanoFeature> m_features;
};

} // namespace cx
