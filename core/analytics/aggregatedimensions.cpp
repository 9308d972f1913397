#include "analytics/aggregatedimensions.h"

namespace cx {

using namespace Qt::StringLiterals;

DimensionIds::DimensionIds(sqlite::Database &db)
    : m_db(db)
    , m_insert(db.prepare(u"INSERT INTO agg_dim(kind, value) VALUES (?1, ?2)"_s))
    , m_insertRegion(db.prepare(u"INSERT INTO agg_region(province, city, county, grid) VALUES (?1, ?2, ?3, ?4)"_s))
{
    sqlite::Statement dims = db.prepare(u"SELECT kind, value, id FROM agg_dim"_s);
    while (dims.next()) {
        const qint64 kind = dims.columnInt(0);
        if (kind > 0 && kind < DimensionKinds)
            m_ids[std::size_t(kind)].insert(dims.columnText(1), dims.columnInt(2));
    }
    sqlite::Statement regions = db.prepare(u"SELECT province, city, county, grid, id FROM agg_region"_s);
    while (regions.next())
        m_regions.insert(regionKey(regions.columnText(0), regions.columnText(1), regions.columnText(2),
                                   regions.columnText(3)),
                         regions.columnInt(4));
}

qint32 DimensionIds::id(int kind, const QString &value)
{
    auto &ids = m_ids[std::size_t(kind)];
    auto it = ids.constFind(value);
    if (it != ids.constEnd())
        return qint32(*it);
    if (m_deferring) {
        m_deferred.push_back({kind, {value}, ++m_lastId});
        ids.insert(value, m_lastId);
        return qint32(m_lastId);
    }
    m_insert.bindInt(1, kind);
    bindNotNull(m_insert, 2, value);
    if (!m_insert.exec()) {
        m_failed = true;
        return 0;
    }
    const qint64 id = m_db.lastInsertRowId();
    ids.insert(value, id);
    return qint32(id);
}

qint32 DimensionIds::region(const QString &province, const QString &city, const QString &county, const QString &grid)
{
    const QString key = regionKey(province, city, county, grid);
    auto it = m_regions.constFind(key);
    if (it != m_regions.constEnd())
        return qint32(*it);
    if (m_deferring) {
        m_deferred.push_back({0, {province, city, county, grid}, ++m_lastRegionId});
        m_regions.insert(key, m_lastRegionId);
        return qint32(m_lastRegionId);
    }
    bindNotNull(m_insertRegion, 1, province);
    bindNotNull(m_insertRegion, 2, city);
    bindNotNull(m_insertRegion, 3, county);
    bindNotNull(m_insertRegion, 4, grid);
    if (!m_insertRegion.exec()) {
        m_failed = true;
        return 0;
    }
    const qint64 id = m_db.lastInsertRowId();
    m_regions.insert(key, id);
    return qint32(id);
}

qint32 DimensionIds::utf8Id(int kind, QByteArrayView utf8)
{
    auto &ids = m_utf8Ids[std::size_t(kind)];
    if (const qint32 *known = ids.find(utf8))
        return *known;
    const qint32 value = id(kind, QString::fromUtf8(utf8));
    if (!m_failed)
        ids.insert(utf8, value);
    return value;
}

qint32 DimensionIds::utf8Region(QByteArrayView province, QByteArrayView city, QByteArrayView county, QByteArrayView grid)
{
    m_regionKey.clear();
    m_regionKey.append(province).append('\x1f').append(city).append('\x1f').append(county).append('\x1f').append(grid);
    if (const qint32 *known = m_utf8Regions.find(m_regionKey))
        return *known;
    const qint32 value = region(QString::fromUtf8(province), QString::fromUtf8(city), QString::fromUtf8(county),
                                QString::fromUtf8(grid));
    if (!m_failed)
        m_utf8Regions.insert(m_regionKey, value);
    return value;
}

bool DimensionIds::deferInserts()
{
    sqlite::Statement last = m_db.prepare(
        u"SELECT (SELECT coalesce(max(id), 0) FROM agg_dim), (SELECT coalesce(max(id), 0) FROM agg_region)"_s);
    if (!last.next())
        return false;
    m_lastId = last.columnInt(0);
    m_lastRegionId = last.columnInt(1);
    m_deferring = true;
    return true;
}

bool DimensionIds::writeDeferred()
{
    m_deferring = false;
    sqlite::Statement dim = m_db.prepare(u"INSERT INTO agg_dim(id, kind, value) VALUES (?1, ?2, ?3)"_s);
    sqlite::Statement region =
        m_db.prepare(u"INSERT INTO agg_region(id, province, city, county, grid) VALUES (?1, ?2, ?3, ?4, ?5)"_s);
    for (const Deferred &value : m_deferred) {
        sqlite::Statement &insert = value.kind == 0 ? region : dim;
        insert.bindInt(1, value.id);
        if (value.kind != 0)
            insert.bindInt(2, value.kind);
        for (int i = 0; i < (value.kind == 0 ? 4 : 1); ++i)
            bindNotNull(insert, value.kind == 0 ? 2 + i : 3, value.values[i]);
        if (!insert.exec())
            return false;
    }
    m_deferred = {};
    return true;
}

void DimensionIds::bindNotNull(sqlite::Statement &statement, int position, const QString &value)
{
    static const char16_t empty[] = u"";
    statement.bindText(position, value.isEmpty() ? QStringView(empty, 0) : QStringView(value));
}

QString DimensionIds::regionKey(const QString &province, const QString &city, const QString &county,
                                const QString &grid)
{
    return province + u'\x1f' + city + u'\x1f' + county + u'\x1f' + grid;
}

} // namespace cx
