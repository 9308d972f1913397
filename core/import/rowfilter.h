#pragma once

#include <QStringList>

namespace cx {

class TableRow;

/// What a row below the header is.
enum class RowKind {
    Data,      ///< a record to import (it may still be rejected for bad values)
    Blank,     ///< every cell empty: skipped
    Footer,    ///< a total (合计, 总计, 小计, 共计, Total, Subtotal) or a note
               ///< (注：, 制表人, 数据来源 …) in its first cells: skipped
    NearEmpty, ///< one non-empty cell in a row of three or more columns
    Title,     ///< a row above the header (classifyRow() never says so): skipped
};

/// Classifies a row read below the header. `columnCount` is the header's
/// width. A total marker in the first two non-empty cells makes a Footer
/// whatever the other cells hold (`合计,8216,…` is no record). Blank and
/// Footer rows count as skipped, not as data. A NearEmpty row is skipped
/// when no data row follows it (trailing remarks under a table); between
/// data rows it is a broken record, to be rejected with its line.
RowKind classifyRow(const QStringList &row, int columnCount);
/// The same for a row as read, without copying its cells.
RowKind classifyRow(const TableRow &row, int columnCount);
/// Whether a total marker is in the row's first two non-empty cells (the
/// Footer test that does not depend on the other cells). Looks at those two
/// cells only: cheap enough for every row of an import.
bool isTotalRow(const TableRow &row);

} // namespace cx
