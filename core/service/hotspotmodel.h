#pragma once

#include "analytics/hotspots.h"
#include "service/deskanalysis.h"

#include <QAbstractTableModel>
#include <QHash>

namespace cx {

/// Which TOP list of hotspots.
enum class HotspotRanking { Volume, Increase, Per10k };

/// What hotspots rank: complaint categories or pain-point tags.
enum class HotspotAxis { Category, Tag };

/// A TOP list of hotspot categories or pain-point tags: rank, category or
/// tag, stage, complaints, 增量 (with its percentage), 万投比, keywords (for
/// a tag: the categories its complaints were filed under), and the trend of
/// the last months (SeriesRole; as text, the counts) up to the period's
/// last month. A tag's stage lists every stage its complaints fall in. The
/// increase carries its significance (SignificantRole, the test in its tooltip).
class HotspotModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Rank, Category, Stage, Complaints, Increase, Per10k, Keywords, Trend, ColumnCount };

    /// Months of a trend.
    static constexpr int trendMonths = 6;

    explicit HotspotModel(QObject *parent = nullptr);

    /// `trends`: complaints per month (index into `months`) per category or tag;
    /// `lastMonth`: the period's last month in `months`. Without a month
    /// before it the increase column says so.
    void setHotspots(const QList<Hotspot> &hotspots, const QHash<QString, QList<qint64>> &trends,
                     const QStringList &months, int lastMonth, bool per10kEstimated,
                     HotspotAxis axis = HotspotAxis::Category);
    HotspotAxis axis() const { return m_axis; }
    /// At most `count` rows (TOP-N).
    void setLimit(int count);
    /// Keywords shown per row (all of them in the tooltip).
    void setKeywordLimit(int count);
    /// An increase is significant (SignificantRole) when its p is below `level`.
    void setSignificanceLevel(double level);
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
    /// before, no subscriber figures, no tagged complaint).
    static QString emptyReason(HotspotRanking ranking, const DeskAnalysis &analysis,
                               HotspotAxis axis = HotspotAxis::Category);
    /// The list of `analysis` a ranking and axis show.
    static const QList<Hotspot> &list(const DeskAnalysis &analysis, HotspotRanking ranking, HotspotAxis axis);
    /// That tags overlap, and how many complaints of the period have none.
    static QString tagOverlapNote(const DeskAnalysis &analysis);

private:
    static QString namedCountLines(const QList<NamedCount> &counts);

    QList<Hotspot> m_hotspots;
    QHash<QString, QList<qint64>> m_trends;
    QStringList m_months;
    int m_lastMonth = -1;
    int m_limit = 10;
    int m_keywordLimit = 5;
    double m_significanceLevel = 0.05;
    bool m_per10kEstimated = false;
    HotspotAxis m_axis = HotspotAxis::Category;
};

} // namespace cx
