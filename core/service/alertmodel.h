#pragma once

#include "service/deskanalysis.h"

#include <QAbstractTableModel>

#include <optional>

namespace cx {

/// Significant changes (alerts) with their metric, scope, before → after,
/// size, raw and adjusted p, sample sizes and the series of their scope
/// (SeriesRole, with the alert's month in MarkedRole), optionally narrowed
/// to one metric and one stage. Rows keep the order given (most significant first).
class AlertModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Metric, Product, Stage, Category, Region, Month, Change, Size, PValue, PRaw, Sizes, Series, ColumnCount };

    explicit AlertModel(QObject *parent = nullptr);

    void setAlerts(const QList<AlertSeries> &alerts, const QStringList &months);
    /// Only alerts of `metric` (none: every metric) and of `stage` (empty: every stage).
    void setNarrowing(std::optional<AlertMetric> metric, const QString &stage);
    const AlertSeries *alert(int row) const;
    /// The months of the series, oldest first.
    const QStringList &months() const { return m_months; }
    /// Alerts before narrowing.
    qsizetype totalCount() const { return m_alerts.size(); }

    /// "8.12 → 6.31", "62.0% → 48.5%", "120 → 245".
    static QString beforeAfter(const Alert &alert);
    /// The size of the change: "−1.81", "−13.5 pt", "+125 (+104%)".
    static QString size(const Alert &alert);
    /// The stage of an alert, or "Overall" for the overall question.
    static QString stageText(const Alert &alert);
    /// "咪咕视频 · 使用 · 深圳 · 2024-08": what changed where and when.
    static QString scopeText(const Alert &alert);
    /// The alert's region, or "Whole province".
    static QString regionText(const Alert &alert);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    void narrow();

    QList<AlertSeries> m_alerts;
    QStringList m_months;
    std::optional<AlertMetric> m_metric;
    QString m_stage;
    QList<int> m_rows; ///< indices into m_alerts after narrowing
};

} // namespace cx
