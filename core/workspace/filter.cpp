#include "workspace/filter.h"

#include <QCoreApplication>

namespace cx {

using namespace Qt::StringLiterals;

QString AnalysisFilter::regionColumn(RegionLevel level)
{
    switch (level) {
    case RegionLevel::Province:
        return u"province"_s;
    case RegionLevel::City:
        return u"city"_s;
    case RegionLevel::County:
        return u"county"_s;
    case RegionLevel::Grid:
        return u"grid"_s;
    }
    return u"province"_s;
}

QString AnalysisFilter::regionLevelLabel(RegionLevel level)
{
    switch (level) {
    case RegionLevel::Province:
        return QCoreApplication::translate("cx::AnalysisFilter", "province");
    case RegionLevel::City:
        return QCoreApplication::translate("cx::AnalysisFilter", "city");
    case RegionLevel::County:
        return QCoreApplication::translate("cx::AnalysisFilter", "county");
    case RegionLevel::Grid:
        return QCoreApplication::translate("cx::AnalysisFilter", "grid");
    }
    return {};
}

RegionLevel AnalysisFilter::childLevel(RegionLevel level)
{
    switch (level) {
    case RegionLevel::Province:
        return RegionLevel::City;
    case RegionLevel::City:
        return RegionLevel::County;
    case RegionLevel::County:
    case RegionLevel::Grid:
        return RegionLevel::Grid;
    }
    return RegionLevel::Grid;
}

} // namespace cx
