#pragma once

#include "analytics/servicequality.h"

#include <QAbstractTableModel>

namespace cx {

/// The service-quality ranking (服务质量排名): departments, channels or areas
/// best first by a chosen measure over the period, each with that measure's
/// light (shape and colour) and change against the month before (with its
/// two-sided test: SignificantRole, the tooltip), its n, a
/// sparkline of the measure over every month (alert months marked), and
/// the other measures. A value without data says so, never 0.
class ServiceRankingModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        Rank,
        Group,
        Measure,   ///< the chosen measure with its light and change
        N,         ///< the chosen measure's n
        Trend,     ///< sparkline (SeriesRole, MarkedRole)
        Complaints,
        FirstTime,
        Resolved,
        Repeat,
        Escalation,
        Regulator,
        HoursMean,
        HoursP90,
        Overdue,
        Callback,
        ColumnCount
    };

    explicit ServiceRankingModel(QObject *parent = nullptr);

    void setQuality(const ServiceQuality &quality, ServiceGrouping grouping, ServiceMeasure measure);
    ServiceGrouping grouping() const { return m_grouping; }
    ServiceMeasure measure() const { return m_measure; }
    const ServiceGroup *group(int row) const;
    /// The row of a group by name; -1 when absent.
    int rowOf(const QString &name) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// The measure a column shows (Complaints for Rank, Group and Trend: the chosen measure).
    ServiceMeasure columnMeasure(int column) const;
    /// A measure's value as the desk writes it ("51.3%", "16.2 h", "1.07"), or `missing` for NaN.
    static QString format(ServiceMeasure measure, double value, const QString &missing);
    /// What a grouping is called ("Department", "Channel", "Region").
    static QString groupingName(ServiceGrouping grouping);
    /// "网络部: 一次解决率 44.8% (n = 547) · 解决率 51.6% · …": a group's handling in one
    /// line for tooltips (the journey's department lane).
    static QString handlingSummary(const QString &name, const ServiceFigures &figures);
    /// How a measure is computed, in one translated sentence (the app's help).
    static QString definition(ServiceMeasure measure);
    /// Why a measure has no value in a scope (no result column, no callbacks …).
    static QString noData(ServiceMeasure measure);

private:
    /// The two-sided p of a group's change in the last month (serviceChangeP()).
    double changeP(const ServiceGroup &group, ServiceMeasure measure) const;
    /// "Change not significant (p = 0.412, two-proportion z-test)", or why it is not tested.
    QString changeTest(ServiceMeasure measure, double p) const;

    ServiceQuality m_quality;
    QList<const ServiceGroup *> m_rows;
    ServiceGrouping m_grouping = ServiceGrouping::Department;
    ServiceMeasure m_measure = ServiceMeasure::FirstTimeRate;
};

} // namespace cx
