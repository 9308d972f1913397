#include "io/biffstream.h"

#include <QtEndian>

#include <cstring>
#include <utility>

namespace cx::biffstream {

FrameWriter::FrameWriter(FrameType type)
{
    m_bytes.reserve(64);
    addU32(0);
    addU8(quint8(type));
}

void FrameWriter::addU16(quint16 value)
{
    char bytes[2];
    qToLittleEndian(value, bytes);
    m_bytes.append(bytes, 2);
}

void FrameWriter::addU32(quint32 value)
{
    char bytes[4];
    qToLittleEndian(value, bytes);
    m_bytes.append(bytes, 4);
}

void FrameWriter::addF64(double value)
{
    quint64 bits = 0;
    std::memcpy(&bits, &value, sizeof bits);
    char bytes[8];
    qToLittleEndian(bits, bytes);
    m_bytes.append(bytes, 8);
}

void FrameWriter::addText(QByteArrayView text)
{
    addU32(quint32(text.size()));
    m_bytes.append(text);
}

void FrameWriter::setU16(qsizetype offset, quint16 value)
{
    Q_ASSERT(offset >= 4 && offset + 2 <= m_bytes.size());
    qToLittleEndian(value, m_bytes.data() + offset);
}

void FrameWriter::setU32(qsizetype offset, quint32 value)
{
    Q_ASSERT(offset >= 4 && offset + 4 <= m_bytes.size());
    qToLittleEndian(value, m_bytes.data() + offset);
}

QByteArray FrameWriter::finish()
{
    qToLittleEndian(quint32(m_bytes.size() - 4), m_bytes.data());
    return std::exchange(m_bytes, {});
}

const char *FrameCursor::take(qsizetype count)
{
    if (!m_ok || count > m_data.size() - m_at) {
        m_ok = false;
        return nullptr;
    }
    const char *at = m_data.data() + m_at;
    m_at += count;
    return at;
}

quint8 FrameCursor::u8()
{
    const char *at = take(1);
    return at ? quint8(*at) : 0;
}

quint16 FrameCursor::u16()
{
    const char *at = take(2);
    return at ? qFromLittleEndian<quint16>(at) : 0;
}

quint32 FrameCursor::u32()
{
    const char *at = take(4);
    return at ? qFromLittleEndian<quint32>(at) : 0;
}

double FrameCursor::f64()
{
    const char *at = take(8);
    if (!at)
        return 0;
    const quint64 bits = qFromLittleEndian<quint64>(at);
    double value = 0;
    std::memcpy(&value, &bits, sizeof value);
    return value;
}

QByteArrayView FrameCursor::text()
{
    const quint32 length = u32();
    const char *at = take(qsizetype(length));
    return at ? QByteArrayView(at, qsizetype(length)) : QByteArrayView();
}

FrameSplitter::Result FrameSplitter::next(QByteArray *frame)
{
    if (m_damaged)
        return Result::Damaged;
    if (m_buffer.size() - m_at < 4)
        return Result::NeedMore;
    const quint32 length = qFromLittleEndian<quint32>(m_buffer.constData() + m_at);
    if (length == 0 || length > maxFrameBytes) {
        m_damaged = true;
        return Result::Damaged;
    }
    if (m_buffer.size() - m_at - 4 < qsizetype(length))
        return Result::NeedMore;
    *frame = m_buffer.sliced(m_at + 4, qsizetype(length));
    m_at += 4 + qsizetype(length);
    // Drop consumed bytes once they are the larger part, so the buffer moves little.
    if (m_at >= m_buffer.size() / 2) {
        m_buffer.remove(0, m_at);
        m_at = 0;
    }
    return Result::Frame;
}

} // namespace cx::biffstream
