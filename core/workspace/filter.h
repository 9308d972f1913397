#pragma once

#include <QMetaType>
#include <QString>
#include <QStringList>

namespace cx {

/// The four management levels every view can drill through.
enum class RegionLevel { Province, City, County, Grid };

/// What every analysis is restricted to: a period, products, a region at one
/// of the four levels, and a channel. Empty members mean "all".
struct AnalysisFilter
{
    QString fromMonth;    ///< "YYYY-MM", inclusive; empty: from the first month
    QString toMonth;      ///< "YYYY-MM", inclusive; empty: to the latest month
    QStringList products; ///< empty: all products
    RegionLevel regionLevel = RegionLevel::Province;
    QString region;       ///< name at regionLevel; empty at Province: the whole province
    QString channel;      ///< empty: all channels

    bool operator==(const AnalysisFilter &) const = default;

    /// The SQL column holding a region of the given level ("province", "city", ...).
    static QString regionColumn(RegionLevel level);
    /// The translated name of a level for messages ("地市" for City).
    static QString regionLevelLabel(RegionLevel level);
    /// The level below, or the same for Grid.
    static RegionLevel childLevel(RegionLevel level);
};

} // namespace cx

Q_DECLARE_METATYPE(cx::AnalysisFilter)
