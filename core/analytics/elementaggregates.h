#pragma once

#include "analytics/foldtables.h"
#include "analytics/utf8map.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QtGlobal>

#include <vector>

// Complaints per finest category, journey stage and perception element
// (complaint.element_code), folded into agg_element (schema version 9)
// beside agg_cell and kept exact by the same paths (import fold with
// rows changed in place, rebuild, recount after a category-map edit). It is
// what tells the responsibility matrix who owns a category-stage's
// complaints without a pass over the facts; the element's owner department
// is joined from `indicator` when it is read, since an indicator import
// changes owners without a fold.

namespace cx {

namespace sqlite {
class Database;
}

/// Accumulates complaints by (category id, stage id, element code) and adds
/// them to agg_element.
class ElementFold
{
public:
    /// Counts one complaint; `element` is its element_code in UTF-8 ('' for
    /// none). A `sign` of -1 takes a folded complaint out again.
    void add(qint32 category, qint32 stage, QByteArrayView element, qint64 sign = 1);
    /// Adds the counts to agg_element, emptying them.
    bool write(sqlite::Database &db);

private:
    Utf8Map<qint32> m_elementIndex; ///< element code → index into m_elements
    std::vector<QByteArray> m_elements;
    FlatCounts<3, qint64> m_counts; ///< category, stage, element index → complaints
};

/// Counts agg_element again from the complaints folded so far, after their
/// elements were re-derived in place from an edited category map (a stage
/// change recounts its categories with recountComplaintAggregates()). A
/// no-op when the aggregates are stale. In a savepoint, so inside the
/// caller's transaction when there is one. False with a translated message
/// on a database error.
bool recountElementAggregates(sqlite::Database &db, QString *error);

} // namespace cx
