#pragma once

#include <QMetaType>
#include <QString>
#include <QStringList>

#include <utility>

namespace cx {

/// The four management levels every view can drill through.
enum class RegionLevel { Province, City, County, Grid };

/// A region of a workspace's province, identified by its path: county and
/// grid names repeat across cities (城区, 开发区, 网格01), so a county is only
/// known with its city, a grid with its county. The path ends at the first
/// empty name; the empty path is the whole province. Rows without a lower
/// level (a survey without a county column) belong to their parent only:
/// they count in the city, but in none of its counties.
struct RegionPath
{
    RegionPath() = default;
    explicit RegionPath(QString cityName, QString countyName = {}, QString gridName = {})
        : city(std::move(cityName))
        , county(std::move(countyName))
        , grid(std::move(gridName))
    {
    }

    QString city;
    QString county;
    QString grid;

    bool operator==(const RegionPath &) const = default;

    /// Province for the empty path, else the level of its last name.
    RegionLevel level() const;
    bool isProvince() const { return city.isEmpty(); }
    /// The names from the city down, as far as the path goes.
    QStringList names() const;
    /// The last name; empty for the province.
    QString name() const;
    /// The region one level up (the province for a city).
    RegionPath parent() const;
    /// The region `name` one level below this one (this one for a grid).
    RegionPath child(const QString &name) const;
    /// Whether `other` is this region or lies in it.
    bool contains(const RegionPath &other) const;
    /// "深圳/南山区/网格01"; empty for the province.
    QString text() const;
    /// The path of names from the city down (extra names are ignored).
    static RegionPath fromNames(const QStringList &names);
};

/// What every analysis is restricted to: a period, products, a region at one
/// of the four levels, and a channel. Empty members mean "all". What each
/// member selects in which data is decided in one place, AnalysisScope.
struct AnalysisFilter
{
    QString fromMonth;    ///< "YYYY-MM", inclusive; empty: from the first month
    QString toMonth;      ///< "YYYY-MM", inclusive; empty: to the latest month
    QStringList products; ///< empty: all products
    RegionPath region;    ///< empty: the whole province
    QString channel;      ///< complaint intake channel; empty: all channels

    bool operator==(const AnalysisFilter &) const = default;

    RegionLevel regionLevel() const { return region.level(); }

    /// The SQL column holding a region of the given level ("province", "city", ...).
    static QString regionColumn(RegionLevel level);
    /// The translated name of a level for messages ("地市" for City).
    static QString regionLevelLabel(RegionLevel level);
    /// The level below, or the same for Grid.
    static RegionLevel childLevel(RegionLevel level);
};

} // namespace cx

Q_DECLARE_METATYPE(cx::RegionPath)
Q_DECLARE_METATYPE(cx::AnalysisFilter)
