#pragma once

#include "analytics/journey.h"

#include <QAbstractTableModel>

namespace cx {

/// Two journey matrices side by side (two months, or two regions): per
/// stage, satisfaction, 满意率, complaints and 万投比 of A, of B, and the
/// change from A to B (DeltaRole, BetterRole); a change that crosses a
/// light or exceeds the alert thresholds is flagged (MarkedRole true) so
/// the view can highlight it.
class JourneyComparisonModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Metric { Satisfaction, SatisfiedRate, Complaints, Per10k, MetricCount };
    enum Part { A, B, Change, PartCount };

    explicit JourneyComparisonModel(QObject *parent = nullptr);

    void setComparison(const JourneyMatrix &a, const QString &labelA, const JourneyMatrix &b, const QString &labelB,
                       const AnalysisSettings &settings);
    void clear();
    QString stageAt(int column) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    double value(const JourneyCell *cell, Metric metric) const;
    const JourneyCell *cellOf(const JourneyMatrix &matrix, const QString &stage) const;
    bool notable(Metric metric, double a, double b) const;

    JourneyMatrix m_a;
    JourneyMatrix m_b;
    QString m_labelA;
    QString m_labelB;
    QStringList m_stages;
    AnalysisSettings m_settings;
};

} // namespace cx
