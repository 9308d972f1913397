#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QtGlobal>

// Unsigned LEB128 varints, the encoding of the aggregates' blob columns
// (tag counts, hours histograms): 7 bits a byte, low groups first.

namespace cx::varint {

inline void append(QByteArray &bytes, quint64 value)
{
    while (value >= 0x80) {
        bytes.append(char((value & 0x7f) | 0x80));
        value >>= 7;
    }
    bytes.append(char(value));
}

/// Reads the varint at `at` and moves past it. Only the minimal encoding of
/// a value up to 64 bits is accepted (no trailing zero groups), so that equal
/// contents are equal bytes; false on anything else or at the end.
inline bool read(QByteArrayView bytes, qsizetype &at, quint64 &value)
{
    value = 0;
    for (int shift = 0; shift < 64 && at < bytes.size(); shift += 7) {
        const auto byte = quint8(bytes[at++]);
        if (shift == 63 && byte > 1)
            return false;
        value |= quint64(byte & 0x7f) << shift;
        if (!(byte & 0x80))
            return byte != 0 || shift == 0;
    }
    return false;
}

} // namespace cx::varint
