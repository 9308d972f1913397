#pragma once

#include "demo/demogenerator.h"

#include <QByteArray>

namespace cx::demo {

struct ComplaintPlan;
struct ComplaintTally;
struct SurveyTally;

/// What demo_truth.json is made of.
struct TruthInputs
{
    const DemoOptions &options;
    const ComplaintPlan &plan;
    const ComplaintTally &complaints;
    const SurveyTally &survey;
    const QList<DemoFile> &files;
};

/// demo_truth.json: the same keys as the sample exports' truth.json
/// (complaints_unique, complaints_by_stage, top_categories, survey_responses,
/// nps, planted_complaint_spike, planted_satisfaction_drop, kano_true_class,
/// lifecycle, indicator_misses, experience_gap), with a few extra details
/// (realised counts and means of the planted patterns, the files written).
QByteArray truthJson(const TruthInputs &inputs);

} // namespace cx::demo
