#pragma once

#include "analytics/alerts.h"
#include "workspace/filter.h"

#include <QMetaType>
#include <QString>

#include <optional>

namespace cx {

/// The desk's views that other views open.
enum class DeskView { Dashboard, Journey, Hotspots, Alerts, Service };

/// Where a click leads: a view, the filter it is to show (none: keep the
/// current one) and what to select in it.
struct ViewFocus
{
    DeskView view = DeskView::Dashboard;
    std::optional<AnalysisFilter> filter;
    QString stage;    ///< the journey stage to select and open
    QString category; ///< the hotspot category to select and open
};

} // namespace cx

Q_DECLARE_METATYPE(cx::ViewFocus)

namespace cx {

/// The view that explains an alert: the journey on its product, month and
/// region with its stage selected (a complaint alert: the hotspots with its
/// category), starting from the current filter.
ViewFocus focusForAlert(const Alert &alert, const AnalysisFilter &current);

} // namespace cx
