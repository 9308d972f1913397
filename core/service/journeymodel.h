#pragma once

#include "service/deskanalysis.h"
#include "service/stageowners.h"

#include <QAbstractTableModel>

#include <memory>
#include <optional>

namespace cx {

/// The journey map (用户体验地图) as a table: one column per stage in journey
/// order, one row per lane: satisfaction (mean with its change and light),
/// 满意率, answers, the emotion curve (ValueRole: the mean; LightRole: the
/// stage's light; drawn as a line across the stages), complaints, 万投比,
/// the top complaint categories, the top pain-point tags (a complaint may
/// have several), perception elements, owning departments and open work
/// orders. A stage without survey answers says "No survey data", never 0.
class JourneyModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Lane { Satisfaction, SatisfiedRate, Answers, Emotion, Complaints, Per10k, PainPoints, PainPointTags, Elements,
                Departments, WorkOrders, LaneCount };

    explicit JourneyModel(QObject *parent = nullptr);

    void setAnalysis(std::shared_ptr<const DeskAnalysis> analysis);
    void setOwners(const QHash<QString, StageOwners> &owners);
    /// Open work orders per stage; none: still being read.
    void setOpenWorkOrders(const std::optional<QHash<QString, int>> &counts);

    /// The stage of a column; empty when out of range.
    QString stageAt(int column) const;
    int columnOf(const QString &stage) const;
    /// The translated name of a lane.
    static QString laneName(Lane lane);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVariant display(const JourneyCell &cell, int lane) const;
    QVariant toolTip(const JourneyCell &cell, int lane) const;
    const StageChange *change(const QString &stage) const;

    std::shared_ptr<const DeskAnalysis> m_analysis;
    QHash<QString, StageOwners> m_owners;
    std::optional<QHash<QString, int>> m_workOrders;
};

} // namespace cx
