#pragma once

#include "analytics/hotspots.h"
#include "service/deskanalysis.h"

#include <QAbstractTableModel>
#include <QHash>

namespace cx {

/// Which TOP list of hotspots.
enum class HotspotRanking { Volume, Increase, Per10k };

/// A TOP list of hotspot categories: rank, category, stage, complaints,
/// 增量 (with its percentage), 万投比, keywords, and the trend of the last
/// months (SeriesRole; as text, the counts) up to the period's last month.
class HotspotModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Rank, Category, Stage, Complaints, Increase, Per10k, Keywords, Trend, ColumnCount };

    /// Months of a trend.
    static constexpr int trendMonths = 6;

    explicit HotspotModel(QObject *parent = nullptr);

    /// `trends`: complaints per month (index into `months`) per category;
    /// `lastMonth`: the period's last month in `months`. Without a month
    /// before it the increase column says so.
    void setHotspots(const QList<Hotspot> &hotspots, const QHash<QString, QList<qint64>> &trends,
                     const QStringList &months, int lastMonth, bool per10kEstimated);
    /// At most `count` rows (TOP-N).
    void setLimit(int count);
    /// Keywords shown per row (all of them in the tooltip).
    void setKeywordLimit(int count);
    const Hotspot *hotspot(int row) const;
    /// The months of the trend column, oldest first.
    QStringList trendLabels() const;
    /// The full trend of a row (trendMonths values).
    QList<double> trend(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// "Complaints", "增量" or "万投比": what a ranking orders by.
    static QString rankingName(HotspotRanking ranking);
    /// Why a ranking of `analysis` lists nothing (no complaints, no month
    /// before, no subscriber figures).
    static QString emptyReason(HotspotRanking ranking, const DeskAnalysis &analysis);

private:
    QList<Hotspot> m_hotspots;
    QHash<QString, QList<qint64>> m_trends;
    QStringList m_months;
    int m_lastMonth = -1;
    int m_limit = 10;
    int m_keywordLimit = 5;
    bool m_per10kEstimated = false;
};

} // namespace cx
