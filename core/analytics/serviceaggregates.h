#pragma once

#include "analytics/complaintfields.h"
#include "analytics/foldtables.h"
#include "analytics/tagcounts.h"
#include "analytics/utf8map.h"

#include <QByteArray>
#include <QHash>
#include <QString>
#include <QtGlobal>

#include <array>
#include <cstdint>
#include <functional>
#include <optional>
#include <span>
#include <utility>
#include <vector>

// The complaint cells of agg_cell (schema version 10; agg_complaint and
// agg_service before): per month × product × region × channel × category ×
// stage × department, the complaints, how they were handled (since version
// 6) with their hours histogram (a column since version 7), and their
// pain-point tag counts (since version 8). Since version 12 a row of agg_cell
// is a block: the cells of one month and product in one blob. The complaint
// cube is these cells summed over departments. aggregates.cpp owns the fold;
// this file holds what a complaint row adds to its cell and how the cells
// are stored and read.

namespace cx {

class FoldTicker;

namespace sqlite {
class Database;
}

/// The outcome a complaint's 处理结果 text names.
enum class ServiceResult {
    Unknown,    ///< empty: not counted in any result rate
    Resolved,   ///< 已解决 (and texts naming a resolution, 已处理解决 …)
    Partial,    ///< 部分解决
    Unresolved, ///< 未解决, 无法解决, and every other filled text (解释安抚 …): not resolved
};

/// Reads a 处理结果 text: containing 部分 → Partial; 未解决, 无法解决, 不能解决
/// or 没有解决 → Unresolved; otherwise containing 解决 → Resolved; any other
/// filled text (解释安抚, 已解释, 转派 …) → Unresolved, since the complaint
/// was not solved; empty → Unknown.
ServiceResult serviceResult(QStringView text);

/// The customer's verdict on the callback (回访满意度).
enum class CallbackRating {
    None,         ///< empty: no callback
    Unrated,      ///< a callback without a verdict (未回访, 无法联系, 拒绝评价 …): left out of the rate
    Satisfied,    ///< 满意, 非常满意
    Basic,        ///< 基本满意 (counts as satisfied in 回访满意率)
    Dissatisfied, ///< 不满意, 一般 and the other verdicts
};

/// Reads a 回访满意度 text: 非常满意 / 满意 → Satisfied, 基本满意 → Basic,
/// 不满意 / 非常不满意 / 一般 → Dissatisfied; texts saying there was no
/// verdict (containing 未, 无, 拒, 失败 or 不接 without 满意) → Unrated; any
/// other filled text → Dissatisfied; empty → None.
CallbackRating callbackRating(QStringView text);

/// Whether an intake channel is the regulator's appeal channel (工信部申诉):
/// its name contains 工信部, 申诉受理中心 or 通信管理局.
bool isRegulatorChannel(QStringView channel);

/// Handling hours as agg_cell.hours bins them: ⌈hours × 10⌉ (FP noise of
/// a decimal tenth ignored), so that "more than L hours" is exact for any
/// limit L in tenths, and a percentile read from the bins is exact for hours
/// given to a tenth and at most 0.1 h above the true value otherwise.
/// Negative hours have no bin (-1).
qint64 hoursTenths(double hours);

/// A cell's handling hours: (tenths, complaints) by ascending tenths, none with 0 complaints.
using HoursHistogram = std::vector<std::pair<qint64, qint64>>;

/// agg_cell.hours: the histogram as LEB128 varints, per bin its tenths
/// above the previous bin's (the first bin's as they are) and its complaints
/// zigzag-coded (a fold's contribution may take complaints out); empty
/// without hours. Canonical: equal histograms are equal bytes.
QByteArray encodeHours(const HoursHistogram &histogram);
/// Appends the bins of encodeHours() bytes to `histogram`; false (with
/// `histogram` as it was) for bytes encodeHours() cannot have written.
bool decodeHours(QByteArrayView bytes, HoursHistogram &histogram);
/// The bin-wise sum of two histograms; bins that reach 0 complaints are left out.
HoursHistogram mergeHours(const HoursHistogram &a, const HoursHistogram &b);

/// Counts of one agg_cell cell.
struct ServiceCounts
{
    qint64 complaints = 0;
    qint64 resultN = 0; ///< with a result
    qint64 resolved = 0;
    qint64 partial = 0;
    qint64 firstN = 0;  ///< with a result and the repeated flag
    qint64 firstTime = 0; ///< resolved and not repeated
    qint64 repeatN = 0; ///< with the repeated flag
    qint64 repeated = 0;
    qint64 escalationN = 0;
    qint64 escalated = 0;
    qint64 hoursN = 0;  ///< with handling hours ≥ 0
    double hoursTotal = 0;
    qint64 callbackN = 0;     ///< with a callback (rated or not)
    qint64 callbackRated = 0; ///< with a verdict
    qint64 callbackSatisfied = 0; ///< 满意 + 基本满意
    qint64 callbackBasic = 0;     ///< 基本满意

    void add(const ServiceCounts &other);
};

/// agg_cell.counts: the counts of a cell but its complaints and hours total
/// (resultN … callbackBasic, in ServiceCounts' order) as zigzag LEB128
/// varints, so that loading a cell decodes one column instead of fourteen.
/// Canonical: equal counts are equal bytes.
QByteArray encodeServiceCounts(const ServiceCounts &counts);
/// Reads encodeServiceCounts() bytes into `counts` (its complaints and
/// hours total left as they are); false for other bytes.
bool decodeServiceCounts(QByteArrayView bytes, ServiceCounts &counts);

/// Dimension ids of a cell of agg_cell: month, product, region, channel,
/// category, stage, department.
using CellKey = Key<7>;

/// One cell of agg_cell: its key, counts (complaints and hours total
/// included), hours histogram and pain-point tag counts.
struct StoredCell
{
    CellKey key;
    ServiceCounts counts;
    HoursHistogram hours;
    std::vector<TagCount> tags;
};

/// Writes the blob of one agg_cell block (agg_cell.cells): per cell, in
/// ascending key order, its key after the month and product (the block's
/// columns) as the number of ids it shares with the previous cell's, the
/// first differing id's step above the previous one's minus 1 (the first
/// cell's first id as it is) and the ids after it, then its complaints
/// (zigzag, never 0), the encodeServiceCounts() bytes, the hours total
/// (8 bytes, little-endian IEEE), the encodeHours() bytes and the
/// encodeTagCounts() bytes of its tags, each blob after its length. All
/// numbers but the hours total are LEB128 varints. Canonical: equal cells
/// are equal bytes.
class CellBlockWriter
{
public:
    /// Appends a cell whose key follows the previous cell's, its hours
    /// bins ascending (none with 0 complaints); its tags in any order, as
    /// encodeTagCounts() takes them (repeated tags summed, those not
    /// positive left out).
    void append(const StoredCell &cell);
    /// Appends a cell of `key` (following the previous cell's) whose parts
    /// after the key are `encoded`, as CellBlockReader::encodedParts() gives
    /// them: a cell a merge leaves as it was is copied, not encoded again.
    void appendEncoded(const CellKey &key, QByteArrayView encoded);
    /// The block's bytes, starting a new block.
    QByteArray take();

private:
    void appendKey(const CellKey &key);

    QByteArray m_bytes;
    QByteArray m_scratch;
    std::vector<TagCount> m_tags; ///< a cell's tags sorted, kept between cells
    CellKey m_previous;
};

/// Reads the cells of an agg_cell block as CellBlockWriter wrote them.
/// Workspaces are untrusted: bytes it cannot have written end the reading.
class CellBlockReader
{
public:
    /// Reads `block`, whose cells have the given month and product (the
    /// bytes must outlive the reader).
    CellBlockReader(QByteArrayView block, qint32 month, qint32 product);
    /// The next cell into `cell` (its vectors reused); false at the end of
    /// the block or at bytes a writer cannot have written (failed()).
    bool next(StoredCell &cell);
    bool failed() const { return m_failed; }
    /// The bytes of the cell next() read last after its key: its
    /// complaints, counts, hours total, hours and tags as stored.
    QByteArrayView encodedParts() const { return m_block.sliced(m_partsAt, m_at - m_partsAt); }

private:
    QByteArrayView m_block;
    qsizetype m_at = 0;
    qsizetype m_partsAt = 0; ///< where the parts of the cell read last begin
    CellKey m_previous;
    bool m_first = true;
    bool m_failed = false;
};

/// The block of `block`'s cells with `deltas` added (a fold's change, in
/// key order, all of the block's month and product): counts, hours and tags
/// of equal keys summed, cells left with no complaints dropped, tags and
/// hours bins left at 0 dropped. False when `block` does not decode.
bool mergeCellBlock(QByteArrayView block, qint32 month, qint32 product, std::span<const StoredCell> deltas,
                    QByteArray &merged);

/// Calls `visit` with each cell of agg_cell in key order until it returns
/// false. False on a database error, on a block that does not decode (then
/// `*undecodable` is set, when given) or when `visit` stopped.
bool forEachStoredCell(sqlite::Database &db, const std::function<bool(const StoredCell &)> &visit,
                       bool *undecodable = nullptr);

/// Removes the cells whose category is one of `categories` (agg_dim ids)
/// from every block, and the blocks left empty.
bool removeCategoryCells(sqlite::Database &db, const std::vector<qint32> &categories);

/// Accumulates complaint rows by cell and writes them into agg_cell (adding
/// to the cells already there): their complaints, service counts, hours
/// histogram and pain-point tag counts.
class CellFold
{
public:
    /// Adds one complaint of `key` from the service fields of `row`; the
    /// department is read by the caller into the key. A `sign` of -1 takes
    /// a folded complaint's contribution out again. Returns the cell's
    /// index for addTag(), valid until write().
    std::size_t add(const CellKey &key, const ComplaintFields &row, qint64 sign = 1);
    /// Adds `sign` complaints with pain-point tag `tag` (an agg_dim id) to
    /// cell `cell` (as add() returned it).
    void addTag(std::size_t cell, qint32 tag, qint64 sign);
    /// Adds the accumulated counts to agg_cell, emptying them (a long fold
    /// writes in steps to bound its memory): each block touched is read,
    /// merged with them (mergeCellBlock()) and written once. Each cell
    /// written advances `ticker` (when given) by its complaints; a stop of
    /// the ticker ends the write with false.
    bool write(sqlite::Database &db, FoldTicker *ticker = nullptr);
    /// Hands the counts over, sorted for write(), to a fold of their own and
    /// goes on from none: they can be written on one thread while counting
    /// goes on on another.
    CellFold takeSorted();
    /// Cells held.
    qsizetype size() const { return m_cells.size(); }
    /// Tag counts held.
    qsizetype tagCounts() const { return m_tags.size(); }
    /// Makes room for the cells and tag counts written at most at a time.
    void reserve(std::size_t cells, std::size_t tagCounts)
    {
        m_cells.reserve(cells);
        m_tags.reserve(tagCounts);
    }

private:
    // The counts in the order write() stores them.
    struct Sorted
    {
        std::vector<FlatCounts<7, ServiceCounts>::Entry> cells; ///< by index
        std::vector<std::pair<CellKey, quint32>> order;         ///< the cells' keys ascending, with their index
        std::vector<FlatCounts<2, qint64>::Entry> hours;        ///< by cell index and tenths
        std::vector<FlatCounts<2, qint64>::Entry> tags;         ///< by cell index and tag
    };

    void sort();

    // Hours bins and tags are keyed by the index of their cell, not by its
    // seven ids: two ids hash and compare faster, in a table a third the size.
    FlatCounts<7, ServiceCounts> m_cells;
    FlatCounts<2, qint64> m_hours; ///< cell index, tenths → complaints
    FlatCounts<2, qint64> m_tags;  ///< cell index, tag → complaints
    std::optional<Sorted> m_sorted; ///< by sort(), for write()
    // Texts read once: exports repeat a handful of results and verdicts.
    Utf8Map<ServiceResult> m_results;
    Utf8Map<CallbackRating> m_ratings;
};


} // namespace cx
