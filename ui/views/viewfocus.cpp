#include "views/viewfocus.h"

namespace cx {

ViewFocus focusForAlert(const Alert &alert, const AnalysisFilter &current)
{
    AnalysisFilter filter = current;
    filter.fromMonth = filter.toMonth = alert.month;
    if (!alert.product.isEmpty())
        filter.products = {alert.product};
    if (!alert.region.isProvince())
        filter.region = alert.region;
    ViewFocus focus;
    focus.filter = filter;
    focus.stage = alert.stage;
    if (alert.metric == AlertMetric::Complaints) {
        focus.view = DeskView::Hotspots;
        focus.category = alert.category;
    } else {
        focus.view = DeskView::Journey;
    }
    return focus;
}

} // namespace cx
