#include "io/xlsxxmlchars.h"

#include <QtGlobal>

#include <cstring>

namespace cx::xlsx {

namespace {

constexpr qsizetype kDeclarationBytes = 512; // an XML declaration is shorter
constexpr qsizetype kMaxReferenceBytes = 64; // "&#x10FFFF;" with generous leading zeros

// Whether the value of an encoding pseudo-attribute (what follows the word
// "encoding": = "UTF-8") names UTF-8.
bool declaresUtf8(QByteArrayView rest)
{
    rest = rest.trimmed();
    if (!rest.startsWith('='))
        return false;
    rest = rest.sliced(1).trimmed();
    if (rest.isEmpty() || (rest[0] != '"' && rest[0] != '\''))
        return false;
    const qsizetype close = rest.indexOf(rest[0], 1);
    return close > 0 && rest.sliced(1, close - 1).compare("UTF-8", Qt::CaseInsensitive) == 0;
}

bool isXmlChar(quint32 c)
{
    return c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD)
        || (c >= 0x10000 && c <= 0x10FFFF);
}

int writeUtf8(quint32 c, char *out)
{
    if (c < 0x80) {
        out[0] = char(c);
        return 1;
    }
    if (c < 0x800) {
        out[0] = char(0xC0 | (c >> 6));
        out[1] = char(0x80 | (c & 0x3F));
        return 2;
    }
    if (c < 0x10000) {
        out[0] = char(0xE0 | (c >> 12));
        out[1] = char(0x80 | ((c >> 6) & 0x3F));
        out[2] = char(0x80 | (c & 0x3F));
        return 3;
    }
    out[0] = char(0xF0 | (c >> 18));
    out[1] = char(0x80 | ((c >> 12) & 0x3F));
    out[2] = char(0x80 | ((c >> 6) & 0x3F));
    out[3] = char(0x80 | (c & 0x3F));
    return 4;
}

} // namespace

XmlEncoding detectXmlEncoding(QByteArrayView head)
{
    if (head.size() < 4)
        return XmlEncoding::Undecided;
    if (head[0] == '\0' || head[1] == '\0' || uchar(head[0]) == 0xFE || uchar(head[0]) == 0xFF)
        return XmlEncoding::Other;
    const QByteArrayView text = head.startsWith("\xEF\xBB\xBF") ? head.sliced(3) : head;
    if (text.size() < 5 && QByteArrayView("<?xml").startsWith(text))
        return XmlEncoding::Undecided;
    if (!text.startsWith("<?xml"))
        return XmlEncoding::Utf8;
    const qsizetype close = text.indexOf("?>");
    if (close < 0)
        return text.size() < kDeclarationBytes ? XmlEncoding::Undecided : XmlEncoding::Other;
    const QByteArrayView declaration = text.first(close);
    const qsizetype at = declaration.indexOf("encoding");
    return at < 0 || declaresUtf8(declaration.sliced(at + 8)) ? XmlEncoding::Utf8 : XmlEncoding::Other;
}

qsizetype readXmlReference(const char *p, const char *end, char *out, int *outLength)
{
    const char *semicolon = static_cast<const char *>(std::memchr(p, ';', size_t(qMin(end - p, kMaxReferenceBytes))));
    if (!semicolon)
        return end - p < kMaxReferenceBytes ? 0 : -1;
    const QByteArrayView name(p + 1, semicolon - p - 1);
    if (name.startsWith('#')) {
        const bool hex = name.size() > 1 && name[1] == 'x';
        const QByteArrayView digits = name.sliced(hex ? 2 : 1);
        if (digits.isEmpty())
            return -1;
        quint32 value = 0;
        for (const char c : digits) {
            int digit = -1;
            if (c >= '0' && c <= '9')
                digit = c - '0';
            else if (hex && c >= 'a' && c <= 'f')
                digit = c - 'a' + 10;
            else if (hex && c >= 'A' && c <= 'F')
                digit = c - 'A' + 10;
            if (digit < 0)
                return -1;
            value = value * (hex ? 16 : 10) + quint32(digit);
            if (value > 0x10FFFF)
                return -1;
        }
        if (!isXmlChar(value))
            return -1;
        *outLength = writeUtf8(value, out);
        return semicolon - p + 1;
    }
    char c = 0;
    if (name == "lt")
        c = '<';
    else if (name == "gt")
        c = '>';
    else if (name == "amp")
        c = '&';
    else if (name == "quot")
        c = '"';
    else if (name == "apos")
        c = '\'';
    else
        return -1;
    out[0] = c;
    *outLength = 1;
    return semicolon - p + 1;
}

qsizetype validXmlUtf8(const char *begin, const char *end, bool *bad)
{
    constexpr quint64 kHigh = 0x8080808080808080ull;
    constexpr quint64 kSpaces = 0x2020202020202020ull;
    const uchar *p = reinterpret_cast<const uchar *>(begin);
    const uchar *const stop = reinterpret_cast<const uchar *>(end);
    while (p < stop) {
        // Eight bytes at a time while they are ASCII and no control characters.
        while (stop - p >= 8) {
            quint64 word = 0;
            std::memcpy(&word, p, 8);
            if ((word & kHigh) || ((word - kSpaces) & ~word & kHigh))
                break;
            p += 8;
        }
        if (p == stop)
            break;
        const uchar c = *p;
        if (c < 0x80) {
            if (c < 0x20 && c != '\t' && c != '\n' && c != '\r') {
                *bad = true;
                break;
            }
            ++p;
            continue;
        }
        int continuation = 0;
        uchar low = 0x80;
        uchar high = 0xBF;
        if (c >= 0xC2 && c <= 0xDF) {
            continuation = 1;
        } else if (c >= 0xE0 && c <= 0xEF) {
            continuation = 2;
            low = c == 0xE0 ? 0xA0 : 0x80;
            high = c == 0xED ? 0x9F : 0xBF; // no surrogates
        } else if (c >= 0xF0 && c <= 0xF4) {
            continuation = 3;
            low = c == 0xF0 ? 0x90 : 0x80;
            high = c == 0xF4 ? 0x8F : 0xBF;
        } else {
            *bad = true;
            break;
        }
        const qsizetype available = qMin<qsizetype>(continuation, stop - p - 1);
        bool valid = available == 0 || (p[1] >= low && p[1] <= high);
        for (qsizetype i = 2; valid && i <= available; ++i)
            valid = p[i] >= 0x80 && p[i] <= 0xBF;
        if (valid && available == 2 && continuation == 2 && c == 0xEF && p[1] == 0xBF && p[2] >= 0xBE)
            valid = false; // U+FFFE and U+FFFF are no XML characters
        if (!valid) {
            *bad = true;
            break;
        }
        if (available < continuation)
            break; // completed by the next bytes
        p += continuation + 1;
    }
    return reinterpret_cast<const char *>(p) - begin;
}

} // namespace cx::xlsx
