#include "biffdecoder.h"

#include "io/biffstream.h"

#include <freexl.h>

#include <algorithm>

namespace cx {

using biffstream::CellType;
using biffstream::Failure;
using biffstream::FrameType;
using biffstream::FrameWriter;

namespace {

// Rows looked at for one answer at most, also when they are blank: the
// answer then says where to go on, and the reader asks again.
constexpr unsigned int kScanRows = 65536;

Failure openFailure(int status)
{
    switch (status) {
    case FREEXL_FILE_NOT_FOUND:
        return Failure::FileNotFound;
    case FREEXL_INSUFFICIENT_MEMORY:
        return Failure::OutOfMemory;
    case FREEXL_BIFF_WORKBOOK_NOT_FOUND:
        return Failure::NoWorkbook;
    case FREEXL_UNSUPPORTED_CHARSET:
    case FREEXL_INVALID_CHARACTER:
        return Failure::UnsupportedCharset;
    case FREEXL_CRAFTED_FILE:
        return Failure::Crafted;
    default:
        return Failure::Damaged;
    }
}

// Appends one cell; false when it has no value (nor a problem to tell).
bool addCell(FrameWriter &out, const void *handle, unsigned int row, unsigned short column)
{
    FreeXL_CellValue value;
    const int status = freexl_get_cell_value(handle, row, column, &value);
    if (status == FREEXL_BIFF_ILLEGAL_SST_INDEX) {
        out.addU8(quint8(CellType::MissingSharedString));
        return true;
    }
    if (status != FREEXL_OK) {
        out.addU8(quint8(CellType::Unreadable));
        out.addI32(status);
        return true;
    }
    switch (value.type) {
    case FREEXL_CELL_INT:
        out.addU8(quint8(CellType::Number));
        out.addF64(double(value.value.int_value));
        return true;
    case FREEXL_CELL_DOUBLE:
        out.addU8(quint8(CellType::Number));
        out.addF64(value.value.double_value);
        return true;
    case FREEXL_CELL_TEXT:
    case FREEXL_CELL_SST_TEXT:
    case FREEXL_CELL_DATE:
    case FREEXL_CELL_DATETIME:
    case FREEXL_CELL_TIME:
        if (value.value.text_value && *value.value.text_value) {
            out.addU8(quint8(CellType::Text));
            out.addText(QByteArrayView(value.value.text_value));
            return true;
        }
        break;
    default:
        break;
    }
    out.addU8(quint8(CellType::Empty));
    return false;
}

} // namespace

BiffDecoder::BiffDecoder(const QByteArray &fileName)
    : m_fileName(fileName)
{
}

BiffDecoder::~BiffDecoder()
{
    if (m_handle)
        freexl_close(m_handle);
}

QByteArray BiffDecoder::failure(quint8 reason, int status) const
{
    FrameWriter out(FrameType::Failure);
    out.addU8(reason);
    out.addI32(status);
    return out.finish();
}

QByteArray BiffDecoder::open()
{
    const int status = freexl_open(m_fileName.constData(), &m_handle);
    if (status != FREEXL_OK) {
        if (m_handle) // FreeXL may hand out a handle with an error
            freexl_close(m_handle);
        m_handle = nullptr;
        return failure(quint8(openFailure(status)), status);
    }
    unsigned int info = 0;
    if (freexl_get_info(m_handle, FREEXL_BIFF_PASSWORD, &info) == FREEXL_OK && info == FREEXL_BIFF_OBFUSCATED) {
        freexl_close(m_handle);
        m_handle = nullptr;
        return failure(quint8(Failure::Obfuscated), FREEXL_OK);
    }
    const bool date1904 =
        freexl_get_info(m_handle, FREEXL_BIFF_DATEMODE, &info) == FREEXL_OK && info == FREEXL_BIFF_DATEMODE_1904;
    unsigned int count = 0;
    freexl_get_info(m_handle, FREEXL_BIFF_SHEET_COUNT, &count);
    m_sheetCount = std::min(count, 0xFFFFu);

    FrameWriter out(FrameType::Workbook);
    out.addU8(date1904 ? 1 : 0);
    out.addU16(quint16(m_sheetCount));
    for (unsigned int i = 0; i < m_sheetCount; ++i) {
        const char *name = nullptr;
        freexl_get_worksheet_name(m_handle, static_cast<unsigned short>(i), &name);
        out.addU8(name ? 1 : 0);
        if (name)
            out.addText(QByteArrayView(name));
    }
    return out.finish();
}

QByteArray BiffDecoder::answer(QByteArrayView request)
{
    biffstream::FrameCursor in(request);
    const quint8 type = in.u8();
    const quint16 sheet = in.u16();
    const quint32 firstRow = in.u32();
    const quint32 maxRows = in.u32();
    if (!m_handle || !in.ok() || !in.atEnd() || type != quint8(FrameType::ReadRows))
        return {};
    if (sheet >= m_sheetCount)
        return failure(quint8(Failure::SheetUnreadable), FREEXL_BIFF_ILLEGAL_SHEET_INDEX);
    if (sheet != m_activeSheet) {
        m_activeSheet = -1;
        int status = freexl_select_active_worksheet(m_handle, sheet);
        if (status == FREEXL_OK)
            status = freexl_worksheet_dimensions(m_handle, &m_rows, &m_columns);
        if (status != FREEXL_OK)
            return failure(quint8(Failure::SheetUnreadable), status);
        m_activeSheet = sheet;
    }

    FrameWriter out(FrameType::Rows);
    out.addU16(sheet);
    out.addU32(m_rows);
    const qsizetype nextRowAt = out.size();
    out.addU32(0);
    const qsizetype rowCountAt = out.size();
    out.addU32(0);
    quint32 rowCount = 0;
    unsigned int row = std::min(firstRow, m_rows);
    const unsigned int scanEnd = row + std::min(m_rows - row, kScanRows);
    for (; row < scanEnd && rowCount < maxRows && out.size() < biffstream::rowsFrameTarget; ++row) {
        const qsizetype rowAt = out.size();
        out.addU32(row);
        const qsizetype cellCountAt = out.size();
        out.addU16(0);
        quint16 cells = 0;
        qsizetype end = out.size();
        for (unsigned short column = 0; column < m_columns; ++column) {
            if (addCell(out, m_handle, row, column)) {
                cells = quint16(column + 1);
                end = out.size();
            }
        }
        if (cells == 0) {
            out.truncate(rowAt); // blank: the reader knows it from the gap
            continue;
        }
        out.truncate(end); // empty cells after the last value say nothing
        out.setU16(cellCountAt, cells);
        ++rowCount;
    }
    out.setU32(nextRowAt, row);
    out.setU32(rowCountAt, rowCount);
    return out.finish();
}

} // namespace cx
