#include "workspace/filter.h"

#include <QCoreApplication>

#include <algorithm>

namespace cx {

using namespace Qt::StringLiterals;

RegionLevel RegionPath::level() const
{
    if (city.isEmpty())
        return RegionLevel::Province;
    if (county.isEmpty())
        return RegionLevel::City;
    return grid.isEmpty() ? RegionLevel::County : RegionLevel::Grid;
}

QStringList RegionPath::names() const
{
    QStringList result;
    for (const QString *part : {&city, &county, &grid}) {
        if (part->isEmpty())
            break;
        result << *part;
    }
    return result;
}

QString RegionPath::name() const
{
    const QStringList parts = names();
    return parts.isEmpty() ? QString() : parts.constLast();
}

RegionPath RegionPath::parent() const
{
    QStringList parts = names();
    if (!parts.isEmpty())
        parts.removeLast();
    return fromNames(parts);
}

RegionPath RegionPath::child(const QString &name) const
{
    QStringList parts = names();
    if (parts.size() < 3)
        parts << name;
    return fromNames(parts);
}

bool RegionPath::contains(const RegionPath &other) const
{
    const QStringList mine = names();
    const QStringList theirs = other.names();
    return theirs.size() >= mine.size() && theirs.mid(0, mine.size()) == mine;
}

QString RegionPath::text() const
{
    return names().join(u'/');
}

RegionPath RegionPath::fromNames(const QStringList &names)
{
    RegionPath path;
    QString *parts[3] = {&path.city, &path.county, &path.grid};
    for (qsizetype i = 0; i < std::min<qsizetype>(names.size(), 3); ++i) {
        if (names.at(i).isEmpty())
            break;
        *parts[i] = names.at(i);
    }
    return path;
}

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
