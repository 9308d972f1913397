#include "analytics/complaintcounter.h"

#include "analytics/aggregatedimensions.h"
#include "analytics/foldprogress.h"
#include "pipeline/sqlite.h"
#include "text/textlists.h"

#include <utility>

namespace cx {

using namespace Qt::StringLiterals;

ComplaintFields complaintFields(const sqlite::Statement &row, int first)
{
    // The texts in UTF-8 as stored: ids are looked up by their bytes,
    // without a copy or SQLite converting each text to UTF-16.
    const auto text = [&](int column) { return row.columnUtf8View(first + column); };
    const auto number = [&](int column) {
        return row.columnIsNull(first + column) ? std::nullopt : std::optional<qint64>(row.columnInt(first + column));
    };
    ComplaintFields f;
    f.month = text(0);
    f.product = text(1);
    f.province = text(2);
    f.city = text(3);
    f.county = text(4);
    f.grid = text(5);
    f.channel = text(6);
    f.category1 = text(7);
    f.category2 = text(8);
    f.category3 = text(9);
    f.stage = text(10);
    f.content = text(11);
    f.elementCode = text(12);
    f.department = text(13);
    f.result = text(14);
    if (!row.columnIsNull(first + 15))
        f.hours = row.columnDouble(first + 15);
    f.repeated = number(16);
    f.escalated = number(17);
    f.callbackRating = text(18);
    return f;
}

ComplaintCounter::ComplaintCounter(DimensionIds &dims, const TextLists &lists)
    : m_dims(dims)
    , m_tagger(lists.tagRules())
{
    // isFull() at the latest one row past the limits, a few tags each.
    m_cells.reserve(std::size_t(maxCells), std::size_t(2 * maxCells + 64));
    m_untagged = dims.id(TagDim, QString());
    for (const QString &tag : m_tagger.tags())
        m_tagIds << dims.id(TagDim, tag);
}

void ComplaintCounter::add(const ComplaintFields &row, qint64 sign)
{
    const qint32 month = m_dims.utf8Id(MonthDim, row.month);
    const qint32 product = m_dims.utf8Id(ProductDim, row.product);
    const qint32 region = m_dims.utf8Region(row.province, row.city, row.county, row.grid);
    const qint32 category = m_dims.utf8Id(CategoryDim, firstNonEmpty(row.category3, row.category2, row.category1));
    const qint32 stage = m_dims.utf8Id(StageDim, row.stage);
    const CellKey cell{{month, product, region, m_dims.utf8Id(ChannelDim, row.channel), category, stage,
                        m_dims.utf8Id(DepartmentDim, row.department)}};
    m_elements.add(category, stage, row.elementCode, sign);
    const std::size_t cellIndex = m_cells.add(cell, row, sign);

    m_lastText = -1;
    if (row.content.isEmpty()) {
        m_cells.addTag(cellIndex, m_untagged, sign);
        return;
    }
    const qint32 index = textIndex(row.content);
    m_lastText = index;
    for (qint32 tag : m_texts.at(index))
        m_cells.addTag(cellIndex, tag, sign);
}

void ComplaintCounter::addComplaintTags(qint64 complaintId, qint64 sign)
{
    if (m_lastText < 0)
        return;
    for (qint32 tag : m_texts.at(m_lastText))
        if (tag != m_untagged)
            (sign > 0 ? m_taggedComplaints : m_untaggedComplaints).push_back({tag, complaintId});
}

bool ComplaintCounter::isFull() const
{
    return m_cells.size() >= maxCells || m_cells.tagCounts() >= 2 * maxCells
        || m_taggedComplaints.size() >= std::size_t(10 * maxCells);
}

ComplaintCounter::Counts ComplaintCounter::takeCounts()
{
    Counts counts;
    counts.m_cells = m_cells.takeSorted();
    counts.m_elements = std::exchange(m_elements, ElementFold());
    counts.m_taggedComplaints = std::exchange(m_taggedComplaints, {});
    counts.m_untaggedComplaints = std::exchange(m_untaggedComplaints, {});
    return counts;
}

// complaint_tag gets the tags complaints lost (rows changed in place) and
// those they have, merged into the blocks of ids they fall in.
bool ComplaintCounter::Counts::write(sqlite::Database &db, FoldTicker *ticker)
{
    // Largest first: each table's counts are freed once written.
    return m_cells.write(db, ticker) && updateTaggedComplaints(db, m_taggedComplaints, m_untaggedComplaints)
        && m_elements.write(db);
}

// The index of a text's tag ids (the '' tag when none matched) in
// m_texts, computed when new.
qint32 ComplaintCounter::textIndex(QByteArrayView utf8)
{
    const auto tagsOf = [&](const QString &text) {
        QList<qint32> tags;
        for (int tag : m_tagger.tag(text))
            tags << m_tagIds.at(tag);
        if (tags.isEmpty())
            tags << m_untagged;
        return tags;
    };
    return m_texts.index(utf8, tagsOf, [] {});
}

} // namespace cx
