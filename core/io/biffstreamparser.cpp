#include "io/biffstreamparser.h"

#include "io/tablereader.h"
#include "io/xlsxvalues.h"

namespace cx {

using biffstream::CellType;
using biffstream::FrameCursor;
using biffstream::FrameType;

quint8 BiffStreamParser::frameType(QByteArrayView frame)
{
    return frame.isEmpty() ? 0 : quint8(frame.front());
}

bool BiffStreamParser::parseWorkbook(QByteArrayView frame, Workbook *workbook)
{
    FrameCursor in(frame);
    if (in.u8() != quint8(FrameType::Workbook))
        return false;
    const quint8 date1904 = in.u8();
    const quint16 count = in.u16();
    if (!in.ok() || date1904 > 1)
        return false;
    workbook->date1904 = date1904 == 1;
    workbook->sheetNames.clear();
    for (quint16 i = 0; i < count && in.ok(); ++i) {
        const quint8 named = in.u8();
        if (named > 1)
            return false;
        workbook->sheetNames.append(named ? QString::fromUtf8(in.text()) : QString());
    }
    return in.ok() && in.atEnd();
}

bool BiffStreamParser::parseFailure(QByteArrayView frame, Failure *failure)
{
    FrameCursor in(frame);
    if (in.u8() != quint8(FrameType::Failure))
        return false;
    const quint8 reason = in.u8();
    failure->status = in.i32();
    if (!in.ok() || !in.atEnd() || reason > quint8(biffstream::Failure::SheetUnreadable))
        return false;
    failure->reason = biffstream::Failure(reason);
    return true;
}

bool BiffStreamParser::beginRows(const QByteArray &frame, quint16 sheet, quint32 firstRow, quint32 maxRows)
{
    m_damaged = true;
    m_frame = frame;
    m_cursor = FrameCursor(m_frame);
    if (m_cursor.u8() != quint8(FrameType::Rows))
        return false;
    const quint16 answeredSheet = m_cursor.u16();
    m_sheetRows = m_cursor.u32();
    m_nextRow = m_cursor.u32();
    m_rowsLeft = m_cursor.u32();
    if (!m_cursor.ok() || answeredSheet != sheet || m_nextRow > m_sheetRows || m_rowsLeft > maxRows)
        return false;
    // The answer moves on, or says that the sheet ends; each of its rows
    // has an index of its own in [firstRow, nextRow).
    const bool sheetEnds = m_nextRow == m_sheetRows;
    if (m_nextRow <= firstRow && !(sheetEnds && m_rowsLeft == 0))
        return false;
    if (m_nextRow > firstRow && m_rowsLeft > m_nextRow - firstRow)
        return false;
    m_lastRow = qint64(firstRow) - 1;
    m_damaged = false;
    return true;
}

BiffStreamParser::Result BiffStreamParser::peekRow(quint32 *rowIndex)
{
    if (m_damaged)
        return Result::Damaged;
    if (m_rowsLeft == 0) {
        m_damaged = !m_cursor.atEnd();
        return m_damaged ? Result::Damaged : Result::End;
    }
    FrameCursor ahead = m_cursor;
    *rowIndex = ahead.u32();
    if (!ahead.ok() || qint64(*rowIndex) <= m_lastRow || *rowIndex >= m_nextRow) {
        m_damaged = true;
        return Result::Damaged;
    }
    return Result::Row;
}

BiffStreamParser::Result BiffStreamParser::readRow(TableRow &row, quint32 *rowIndex, CellProblems *problems)
{
    quint32 index = 0;
    const Result next = peekRow(&index);
    if (next != Result::Row)
        return next;
    m_cursor.u32();
    const quint16 cells = m_cursor.u16();
    row.clear();
    *problems = {};
    for (quint16 i = 0; i < cells && m_cursor.ok(); ++i) {
        switch (CellType(m_cursor.u8())) {
        case CellType::Empty:
            row.appendCell({});
            break;
        case CellType::Number:
            row.appendCell(xlsx::numberToText(m_cursor.f64()));
            break;
        case CellType::Text: {
            const QByteArrayView text = m_cursor.text();
            if (text.isValidUtf8())
                row.appendUtf8Cell(text);
            else
                row.appendCell(QString::fromUtf8(text));
            break;
        }
        case CellType::MissingSharedString:
            row.appendCell({});
            problems->missingSharedString = true;
            break;
        case CellType::Unreadable: {
            const qint32 status = m_cursor.i32();
            if (status == 0) { // FREEXL_OK: not a problem
                m_damaged = true;
                return Result::Damaged;
            }
            row.appendCell({});
            if (problems->unreadableStatus == 0)
                problems->unreadableStatus = status;
            break;
        }
        default:
            m_damaged = true;
            return Result::Damaged;
        }
    }
    if (!m_cursor.ok()) {
        m_damaged = true;
        return Result::Damaged;
    }
    row.removeTrailingEmptyCells(); // as in XLSX: formatted empty cells say nothing about the width
    --m_rowsLeft;
    m_lastRow = index;
    *rowIndex = index;
    return Result::Row;
}

} // namespace cx
