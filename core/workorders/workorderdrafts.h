#pragma once

#include "analytics/alerts.h"
#include "analytics/hotspots.h"
#include "analytics/journey.h"
#include "analytics/productanalysis.h"
#include "analytics/responsibility.h"
#include "analytics/servicequality.h"
#include "workorders/workorder.h"

#include <QDate>
#include <QHash>
#include <QSqlDatabase>

// One problem, one strategy (一个问题一个策略): an improvement work order
// prefilled from the finding an analyst acts on. Each function takes the
// analysis result the views show and the filter it was found under, and
// returns a draft (no number yet) with the scene, the symptom, the
// quantified severity and its evidence (a JSON object with the finding's
// numbers), the owner department, the metric with its baseline (the value
// in the month the finding is about) and a target. Nothing is written; the
// caller creates the order (WorkOrderStore::create(), or WorkOrderSession).

namespace cx {

/// What the drafts need besides the finding, read once from a workspace.
struct DraftContext
{
    AnalysisFilter filter;      ///< the filter the finding was found under
    AnalysisSettings settings;  ///< targets (satisfaction) of the workspace
    /// Owner department of each complaint category: the owner of the
    /// category's perception element in the indicator tree.
    QHash<QString, QString> departmentByCategory;
    /// The department owning most of a stage's categories (ties by name).
    QHash<QString, QString> departmentByStage;
    /// 功能性 / 便利性 / 情感性 of each category (category map).
    QHash<QString, QString> experienceByCategory;
    QDate today = QDate::currentDate();
    int dueDays = 30; ///< a new order is due this many days from today

    static DraftContext fromWorkspace(const QSqlDatabase &db, const AnalysisFilter &filter);
};

/// A significant drop (or complaint spike): metric and baseline of the
/// alert's month (the value after the drop, its n), target the level before it.
WorkOrder draftFromAlert(const Alert &alert, const DraftContext &context);

/// A hotspot category: complaints of the category, baseline its last month's
/// count, target the previous month's when it rose.
WorkOrder draftFromHotspot(const Hotspot &hotspot, const Hotspots &hotspots, const DraftContext &context);

/// A journey cell: the stage's satisfaction (or, without survey data, its
/// complaints) in the period's last month, target the workspace's
/// satisfaction target.
WorkOrder draftFromJourneyCell(const JourneyCell &cell, const JourneyMatrix &matrix, const DraftContext &context);

/// A responsibility chain: the missed indicator (the KOI, else the KEI) as
/// the metric with its actual as baseline and its target, the chain's
/// department as owner and the KOI as root cause.
WorkOrder draftFromResponsibilityChain(const ResponsibilityChain &chain, const DraftContext &context);

/// A Kano feature: its class, experience level and strategy; the overall
/// satisfaction of the filter's product as metric (baseline month: the
/// filter's last month, filled in from the data on creation).
WorkOrder draftFromKanoFeature(const KanoFeature &feature, const DraftContext &context);

/// A product's experience gap (体验鸿沟) over the period: the product as the
/// scene, the drop between the two rates as severity with every month's gap
/// as evidence, `focus` (what the gap and the product's lifecycle phase call
/// for) as strategy. No metric: funnel rates are not a sample the effect
/// tests can compare; the effect is read on the funnel of later months.
WorkOrder draftFromFunnelGap(const ProductFunnel &funnel, const QString &focus, const DraftContext &context);

/// A significant change of a service measure for the worse (a department
/// whose 一次解决率 dropped): the department (or, for a channel or region, the
/// filter's scene) as owner, the change with its test as severity and
/// evidence, baseline the value after it (its month and n), target the
/// level before the change. No metric: the effect is
/// read on the service measures of later months.
WorkOrder draftFromServiceChange(const ServiceChange &change, const DraftContext &context);

} // namespace cx
