#include "analytics/elementaggregates.h"

#include "analytics/aggregatedimensions.h"
#include "analytics/aggregates.h"
#include "analytics/foldtables.h"
#include "pipeline/sqlite.h"

#include <algorithm>
#include <tuple>

namespace cx {

using namespace Qt::StringLiterals;

namespace {

bool recountElements(sqlite::Database &db)
{
    DimensionIds dims(db);
    if (!dims.isValid() || !db.exec(u"DELETE FROM agg_element"_s))
        return false;
    sqlite::Statement rows = db.prepare(
        u"SELECT coalesce(nullif(category3, ''), nullif(category2, ''), coalesce(category1, '')), stage, "
        "coalesce(element_code, '') FROM complaint WHERE id <= (SELECT value FROM agg_state WHERE key = 'complaint_rowid')"_s);
    ElementFold fold;
    while (rows.next())
        fold.add(dims.utf8Id(CategoryDim, rows.columnUtf8View(0)), dims.utf8Id(StageDim, rows.columnUtf8View(1)),
                 rows.columnUtf8View(2));
    return !rows.failed() && !dims.failed() && fold.write(db);
}

} // namespace

void ElementFold::add(qint32 category, qint32 stage, QByteArrayView element, qint64 sign)
{
    // Exports repeat a few dozen element codes: look them up without a copy.
    const qint32 *known = m_elementIndex.find(element);
    if (!known) {
        known = &m_elementIndex.insert(element, qint32(m_elements.size()));
        m_elements.push_back(element.toByteArray());
    }
    m_counts[Key<3>{{category, stage, *known}}] += sign;
}

bool ElementFold::write(sqlite::Database &db)
{
    std::vector<std::tuple<qint32, qint32, QByteArrayView, qint64>> rows;
    for (const auto &[key, n] : m_counts.take())
        if (n != 0) // a row moved out and back into the same cell
            rows.emplace_back(key.ids[0], key.ids[1], m_elements[std::size_t(key.ids[2])], n);
    // In primary-key order: appending to the b-tree.
    std::sort(rows.begin(), rows.end());
    sqlite::Statement insert = db.prepare(
        u"INSERT INTO agg_element(category, stage, element, n) VALUES (?1, ?2, ?3, ?4) "
        "ON CONFLICT(category, stage, element) DO UPDATE SET n = n + excluded.n"_s);
    for (const auto &[category, stage, element, n] : rows) {
        insert.bindInt(1, category);
        insert.bindInt(2, stage);
        // '' rather than NULL for complaints without an element.
        insert.bindUtf8Static(3, element.isEmpty() ? "" : element.data(), int(element.size()));
        insert.bindInt(4, n);
        if (!insert.exec())
            return false;
    }
    return true;
}

bool recountElementAggregates(sqlite::Database &db, QString *error)
{
    if (aggregateState(db) == AggregateState::Stale)
        return true; // the next analysis rebuilds them anyway
    return inSavepoint(db, error, [&] { return recountElements(db); });
}

} // namespace cx
