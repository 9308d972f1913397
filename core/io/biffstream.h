#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QtGlobal>

/// The stream between BiffReader and its reader process (cxwb-xlsread,
/// which runs FreeXL out of the app's process): frames of a 32-bit
/// little-endian length followed by that many bytes, the first of which
/// says what the frame holds. All numbers are little-endian; text is a
/// 32-bit length and that many bytes, UTF-8 as FreeXL gives it.
///
/// The process starts with a Workbook or a Failure frame; then it answers
/// each ReadRows frame with a Rows or a Failure frame, and ends when its
/// input ends.
namespace cx::biffstream {

/// The largest frame either side accepts: a larger length means a damaged stream.
constexpr quint32 maxFrameBytes = 64 * 1024 * 1024;
/// Rows frames stop growing at about this size (a row is never split).
constexpr qsizetype rowsFrameTarget = 512 * 1024;

enum class FrameType : quint8 {
    /// u8 1 when dates count from 1904; u16 sheet count; per sheet u8 1 and
    /// its name as text, or u8 0 when the workbook gives it none.
    Workbook = 'W',
    /// u8 Failure; i32 FreeXL's status code (for the message).
    Failure = 'F',
    /// u16 sheet; u32 the sheet's row count; u32 the row to ask for next
    /// (the row count at the end of the sheet); u32 rows in the frame; per
    /// row u32 row index (0-based, ascending) and u16 cell count, then the
    /// cells. Rows without a value or problem are left out.
    Rows = 'R',
    /// From the reader: u16 sheet; u32 first row; u32 at most this many rows.
    ReadRows = 'r',
};

/// Why the process could not do what was asked.
enum class Failure : quint8 {
    FileNotFound,
    OutOfMemory,
    NoWorkbook, ///< an OLE file without a Workbook stream
    UnsupportedCharset,
    Crafted, ///< FreeXL's verdict on inconsistent structures
    Obfuscated, ///< password-protected
    Damaged, ///< any other status of freexl_open
    SheetUnreadable, ///< the sheet asked for cannot be selected or measured
};

/// A cell in a Rows frame: the type byte, then its value.
enum class CellType : quint8 {
    Empty,  ///< nothing follows
    Number, ///< f64
    Text,   ///< text (dates and times come as ISO text)
    MissingSharedString, ///< nothing follows; the cell refers to a shared string the workbook lacks
    Unreadable,          ///< i32 FreeXL's status for the cell
};

/// Builds one frame.
class FrameWriter
{
public:
    explicit FrameWriter(FrameType type);

    void addU8(quint8 value) { m_bytes.append(char(value)); }
    void addU16(quint16 value);
    void addU32(quint32 value);
    void addI32(qint32 value) { addU32(quint32(value)); }
    void addF64(double value);
    void addText(QByteArrayView text);
    /// Overwrite the value at @p offset (a count known only later).
    void setU16(qsizetype offset, quint16 value);
    void setU32(qsizetype offset, quint32 value);
    /// Drops what was added after the first @p size bytes.
    void truncate(qsizetype size) { m_bytes.truncate(size); }

    /// Bytes of the frame so far, length field included.
    qsizetype size() const { return m_bytes.size(); }
    /// The frame with its length filled in; the writer is empty afterwards.
    QByteArray finish();

private:
    QByteArray m_bytes;
};

/// Reads the values of one frame in order, never past its end: after a read
/// beyond it, ok() is false and every further value 0 or empty.
class FrameCursor
{
public:
    /// @p frame: the bytes after the length field (the type byte first).
    explicit FrameCursor(QByteArrayView frame)
        : m_data(frame)
    {
    }

    quint8 u8();
    quint16 u16();
    quint32 u32();
    qint32 i32() { return qint32(u32()); }
    double f64();
    /// Text as a view into the frame.
    QByteArrayView text();

    bool ok() const { return m_ok; }
    bool atEnd() const { return m_at == m_data.size(); }

private:
    const char *take(qsizetype count);

    QByteArrayView m_data;
    qsizetype m_at = 0;
    bool m_ok = true;
};

/// Cuts a byte stream into frames as its bytes arrive.
class FrameSplitter
{
public:
    enum class Result { Frame, NeedMore, Damaged };

    void append(QByteArrayView bytes) { m_buffer.append(bytes); }
    /// The next complete frame (the bytes after its length field) in
    /// @p frame. Damaged for an empty frame or a length beyond
    /// maxFrameBytes; it stays so.
    Result next(QByteArray *frame);
    /// Bytes received but not yet returned as frames.
    qsizetype pendingBytes() const { return m_buffer.size() - m_at; }

private:
    QByteArray m_buffer;
    qsizetype m_at = 0;
    bool m_damaged = false;
};

} // namespace cx::biffstream
