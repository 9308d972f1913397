#pragma once

#include <QStringList>

namespace cx {

/// The default journey stages in display order (了解 → 订购 → 开通 → 使用 →
/// 缴费 → 咨询投诉 → 续订退订), read once from
/// `:/defaults/journey_stages.json`. A workspace may configure its own
/// (table `journey_stage`); pass those wherever stages are a parameter.
QStringList defaultJourneyStages();

} // namespace cx
