#pragma once

#include "analytics/utf8map.h"
#include "pipeline/sqlite.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QHash>
#include <QString>
#include <QtGlobal>

#include <array>
#include <vector>

namespace cx {

/// Kinds of agg_dim rows, the dictionary of the values the aggregate tables
/// refer to by id (written by aggregates.cpp, read by the cube).
enum DimensionKind {
    MonthDim = 1,
    ProductDim,
    ChannelDim,
    CategoryDim,
    StageDim,
    KeywordDim,
    CityDim,
    TagDim,
    DepartmentDim,
    DimensionKinds
};

/// Dimension values to agg_dim ids and region tuples to agg_region ids, for
/// a fold: reads the ids already given and inserts the values not seen
/// before. A missing value (NULL column) is stored as '', one value.
class DimensionIds
{
public:
    explicit DimensionIds(sqlite::Database &db);

    /// Whether the insert statements prepared.
    bool isValid() const { return m_insert.isValid() && m_insertRegion.isValid(); }
    /// The id of a value of `kind`; 0 after a failed insert (see failed()).
    qint32 id(int kind, const QString &value);
    /// The id of a region tuple; 0 after a failed insert (see failed()).
    qint32 region(const QString &province, const QString &city, const QString &county, const QString &grid);
    /// The same for values in UTF-8 (a column read without a copy): looked
    /// up without allocating once a value was seen.
    qint32 utf8Id(int kind, QByteArrayView utf8);
    qint32 utf8Region(QByteArrayView province, QByteArrayView city, QByteArrayView county, QByteArrayView grid);
    /// Whether an insert failed (the fold must not be kept).
    bool failed() const { return m_failed; }

    /// From here on, values not seen before get the ids their inserts
    /// would get (one above the highest) in memory, without a database
    /// call: for a fold on a thread beside the connection's. Call on the
    /// connection's thread; writeDeferred() inserts them there.
    bool deferInserts();
    /// Inserts the values given ids since deferInserts(), with those ids,
    /// and inserts at once again; false on a database error.
    bool writeDeferred();

private:
    struct Deferred
    {
        int kind = 0; // 0 for a region
        QString values[4];
        qint64 id = 0;
    };

    static void bindNotNull(sqlite::Statement &statement, int position, const QString &value);
    static QString regionKey(const QString &province, const QString &city, const QString &county, const QString &grid);

    sqlite::Database &m_db;
    std::array<QHash<QString, qint64>, DimensionKinds> m_ids;
    QHash<QString, qint64> m_regions;
    std::array<Utf8Map<qint32>, DimensionKinds> m_utf8Ids;
    Utf8Map<qint32> m_utf8Regions;
    QByteArray m_regionKey; // reused: province, city, county and grid joined by \x1f
    sqlite::Statement m_insert;
    sqlite::Statement m_insertRegion;
    bool m_failed = false;
    bool m_deferring = false;
    qint64 m_lastId = 0;       // while deferring: the highest agg_dim id given
    qint64 m_lastRegionId = 0; // and agg_region id
    std::vector<Deferred> m_deferred;
};

} // namespace cx
