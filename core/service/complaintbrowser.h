#pragma once

#include "workspace/filter.h"

#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

#include <atomic>
#include <memory>
#include <vector>

namespace cx {

class AnalysisScope;
namespace sqlite {
class Database;
}

/// Which complaint work orders a complaint table lists: those within a
/// filter, optionally narrowed to a journey stage, a category (the finest
/// level filed: 三级, else 二级, else 一级) and an owning department (the
/// owner of the complaint's perception element, else its handling
/// department, as in the responsibility matrix), to those a pain-point tag
/// rule of the workspace's word lists gives `tag` (as the aggregates count
/// tags), and to those whose text or work-order number contains `search`.
struct ComplaintSelection
{
    AnalysisFilter filter;
    QString stage;
    QString category;
    QString department;
    QString tag;
    QString search;

    bool operator==(const ComplaintSelection &) const = default;
};

/// The columns of a complaint table, in display order.
enum class ComplaintColumn { AcceptedAt, OrderNo, Channel, City, County, Product, Category, Stage, Content, Department, Result, Phone };
inline constexpr int complaintColumnCount = int(ComplaintColumn::Phone) + 1;

/// Whether a complaint table can be sorted by a column (time, category, city, channel).
bool isSortableComplaintColumn(ComplaintColumn column);

/// One complaint work order as a complaint table shows it; the phone number
/// is masked whatever the workspace keeps.
struct ComplaintRow
{
    qint64 id = 0;
    QString orderNo;
    QString acceptedAt;
    QString channel;
    QString city;
    QString county;
    QString grid;
    QString product;
    QString category;
    QString stage;
    QString content;
    QString department;
    QString result;
    QString phone;
};

/// The complaints of a selection with the keys of one sort column, held by
/// the model between sorts (reversing the order needs no SQL).
class ComplaintKeys
{
public:
    qsizetype size() const { return qsizetype(m_rows.size()); }
    /// The column the keys sort by: AcceptedAt, Category, City or Channel.
    ComplaintColumn column() const { return m_column; }
    /// Complaint ids ordered by column() in `order`; ties, and every row
    /// of a time sort, by time (newest first for descending).
    QList<qint64> sorted(Qt::SortOrder order) const;

private:
    friend class ComplaintBrowser;
    struct Key
    {
        qint64 id;
        qint64 time;  ///< YYYYMMDDhhmmss
        qint32 rank;  ///< of the column's text in collation order; 0 for a time sort
    };
    ComplaintColumn m_column = ComplaintColumn::AcceptedAt;
    std::vector<Key> m_rows;
};

/// Reads complaint work orders for complaint tables, on a worker connection
/// (the functions are called on the worker thread; nothing is shared).
///
/// Browsing reads one covering index, `complaint_browse_department`, built in the
/// background after data arrive rather than at import: maintaining it costs
/// an import about 0.1 ms a row (100,000 rows into a million: 14.6 s instead
/// of 4.9 s), and the import must stay as fast as `sqlite3 .import`. So a
/// complaint import drops it (dropBrowseIndex()) and the analysis service
/// builds it again once the new rows are analysed. Without the index the
/// same queries scan the table.
class ComplaintBrowser
{
public:
    static bool hasBrowseIndex(sqlite::Database &db);
    /// Creates the browse index if it is missing; false when it could not be
    /// (or the statement was interrupted).
    static bool createBrowseIndex(sqlite::Database &db);
    /// Drops the browse index if it exists (before a complaint import); false on a database error.
    static bool dropBrowseIndex(sqlite::Database &db);

    /// The complaints of a selection with the keys of sort column `column`
    /// (see isSortableComplaintColumn(); others sort by time), its filter
    /// resolved as `scope` (the same filter resolved against the loaded
    /// cube). Only the id, the time and that column are read, from the
    /// browse index. `cancelled` (may be null) stops the scan early with an
    /// empty result. Null on a database error.
    ///
    /// A tag's complaints are read from complaint_tag, which the aggregate
    /// fold keeps, when the aggregates are current (null when its blocks do
    /// not decode). Otherwise (new rows not
    /// folded yet, word lists edited since) its rule is applied to the
    /// texts of the selection's other conditions: when every phrase of the
    /// rule is written without Latin letters, digits or signs (that
    /// full-width or letter case could vary), only texts containing one of
    /// them (SQL instr()) are read and tagged; otherwise every text of the
    /// selection is. A tag no rule gives selects nothing.
    static std::shared_ptr<const ComplaintKeys> select(sqlite::Database &db, const AnalysisScope &scope,
                                                       const ComplaintSelection &selection, ComplaintColumn column,
                                                       const std::atomic_bool *cancelled = nullptr);
    /// The rows of `ids`, in that order (ids no longer present are left out).
    static QList<ComplaintRow> rows(sqlite::Database &db, const QList<qint64> &ids);
};

} // namespace cx

Q_DECLARE_METATYPE(cx::ComplaintSelection)
