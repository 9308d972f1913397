#pragma once

#include "io/biffstream.h"

#include <QList>
#include <QString>

namespace cx {

class TableRow;

/// How BiffReader reads the frames its reader process sends (see
/// io/biffstream.h). Nothing in them is trusted: every count, length and
/// row index is checked against the frame and the request it answers, so
/// that any bytes give "damaged", never a crash, a huge allocation or a
/// request that makes no progress.
class BiffStreamParser
{
public:
    /// The Workbook frame.
    struct Workbook
    {
        bool date1904 = false;
        /// The sheets' names; a null string where the workbook gives none.
        QList<QString> sheetNames;
    };

    /// The Failure frame.
    struct Failure
    {
        biffstream::Failure reason = biffstream::Failure::Damaged;
        qint32 status = 0; ///< FreeXL's status code
    };

    /// What a row's cells had besides values (they were left empty).
    struct CellProblems
    {
        bool missingSharedString = false;
        qint32 unreadableStatus = 0; ///< FreeXL's status for the first unreadable cell; 0 when none
    };

    enum class Result { Row, End, Damaged };

    /// The type of @p frame; 0 for an empty one.
    static quint8 frameType(QByteArrayView frame);
    /// False unless @p frame is a complete Workbook frame.
    static bool parseWorkbook(QByteArrayView frame, Workbook *workbook);
    /// False unless @p frame is a complete Failure frame.
    static bool parseFailure(QByteArrayView frame, Failure *failure);

    /// Starts reading a Rows frame that answers a request for rows of
    /// @p sheet from @p firstRow, at most @p maxRows of them. False when it
    /// is not such a frame.
    bool beginRows(const QByteArray &frame, quint16 sheet, quint32 firstRow, quint32 maxRows);
    /// The sheet's row count, from the frame begun.
    quint32 sheetRows() const { return m_sheetRows; }
    /// The row to ask for next; sheetRows() when the sheet has been read.
    quint32 nextRow() const { return m_nextRow; }
    /// The 0-based index of the row readRow() reads next, without reading
    /// it; End when the frame has no more rows.
    Result peekRow(quint32 *rowIndex);
    /// The next row of the frame: its cells in @p row (cleared first) and
    /// its 0-based index in @p rowIndex; End after the last one.
    Result readRow(TableRow &row, quint32 *rowIndex, CellProblems *problems);

private:
    QByteArray m_frame; // keeps the bytes m_cursor reads
    biffstream::FrameCursor m_cursor{QByteArrayView()};
    quint32 m_sheetRows = 0;
    quint32 m_nextRow = 0;
    quint32 m_rowsLeft = 0;
    qint64 m_lastRow = -1;
    bool m_damaged = true;
};

} // namespace cx
