#pragma once

#include "analytics/complaintfields.h"
#include "analytics/elementaggregates.h"
#include "analytics/foldtables.h"
#include "analytics/serviceaggregates.h"
#include "analytics/taggedcomplaints.h"
#include "text/painpointtagger.h"

#include <QList>

#include <vector>

namespace cx {

class DimensionIds;
class FoldTicker;
class TextLists;

/// Counts complaint rows as agg_cell (with its tag counts), complaint_tag
/// and agg_element hold them: per cell (with department), per cell and
/// pain-point tag, per tagged complaint, and per category, stage and
/// element. Tags come from the workspace's word lists; complaint texts
/// repeat, so each distinct text is tagged once. Keywords have a fold of
/// their own (keywordfold.h).
class ComplaintCounter
{
public:
    /// Counts taken out of a counter (takeCounts()), to be added to the tables.
    class Counts
    {
    public:
        /// As ComplaintCounter::write().
        bool write(sqlite::Database &db, FoldTicker *ticker = nullptr);

    private:
        friend class ComplaintCounter;
        CellFold m_cells;
        ElementFold m_elements;
        std::vector<TaggedComplaint> m_taggedComplaints;
        std::vector<TaggedComplaint> m_untaggedComplaints;
    };

    ComplaintCounter(DimensionIds &dims, const TextLists &lists);

    /// Counts a complaint; a `sign` of -1 takes a folded row's contribution out again.
    void add(const ComplaintFields &row, qint64 sign = 1);
    /// Records the tags of the row add() counted last as complaint
    /// `complaintId`'s (complaint_tag): a `sign` of -1 takes them away again.
    void addComplaintTags(qint64 complaintId, qint64 sign);
    /// Whether the counts held have grown to what a fold keeps in memory
    /// (about 100 MB): write() them then. The tags per text stay.
    bool isFull() const;
    /// Adds the counts to the tables, emptying them; the cells written
    /// advance `ticker` (when given) by their complaints, and its stop ends the write.
    bool write(sqlite::Database &db, FoldTicker *ticker = nullptr) { return takeCounts().write(db, ticker); }
    /// Takes the counts out, sorted for writing, and goes on counting from
    /// none (see CellFold::takeSorted()); the tags per text stay.
    Counts takeCounts();

    /// The cells held at most before write() (tag counts twice as many).
    static constexpr qsizetype maxCells = 150000;

private:
    qint32 textIndex(QByteArrayView utf8);

    DimensionIds &m_dims;
    PainPointTagger m_tagger;
    qint32 m_untagged = 0;
    QList<qint32> m_tagIds;
    TextCache<QList<qint32>> m_texts; ///< tag ids per distinct text
    qint32 m_lastText = -1;        // the text of the row add() counted last (into m_texts), -1 for none
    std::vector<TaggedComplaint> m_taggedComplaints;   // to complaint_tag
    std::vector<TaggedComplaint> m_untaggedComplaints; // out of complaint_tag
    CellFold m_cells;
    ElementFold m_elements;
};

} // namespace cx
