#include "workspace/filter.h"

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
