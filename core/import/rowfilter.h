#pragma once

#include <QStringList>

namespace cx {

/// What a row below the header is.
enum class RowKind {
    Data,      ///< a record to import (it may still be rejected for bad values)
    Blank,     ///< every cell empty: skipped
    Footer,    ///< a total (合计, 总计, 小计, 共计, Total, Subtotal) or a note
               ///< (注：, 制表人, 数据来源 …) in its first cells: skipped
    NearEmpty, ///< one non-empty cell in a row of three or more columns
};

/// Classifies a row read below the header. `columnCount` is the header's
/// width. Blank and Footer rows count as skipped, not as data. A NearEmpty row
/// is skipped when no data row follows it (trailing remarks under a table);
/// between data rows it is a broken record, to be rejected with its line.
RowKind classifyRow(const QStringList &row, int columnCount);

} // namespace cx
