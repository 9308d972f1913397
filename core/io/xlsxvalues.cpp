#include "io/xlsxvalues.h"

#include <QDate>
#include <QLocale>

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstring>

using namespace Qt::StringLiterals;

namespace cx::xlsx {

namespace {

constexpr qint64 kSecondsPerDay = 86400;
constexpr double kMaxSerial = 2958466.0; // 10000-01-01 in the 1900 system
constexpr int kFakeLeapDay = 60;         // 1900-02-29, which Excel counts though it never existed
constexpr int kColumnSaturation = 1 << 24;
constexpr double kExactBelow = 1e15;

bool isElapsedTime(QStringView bracketContent)
{
    if (bracketContent.isEmpty())
        return false;
    for (QChar c : bracketContent) {
        const char16_t u = c.toLower().unicode();
        if (u != u'h' && u != u'm' && u != u's')
            return false;
    }
    return true;
}

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

// The code unit of an _xHHHH_ escape starting at @p at, or -1.
int escapeAt(QByteArrayView text, qsizetype at)
{
    if (at + 6 >= text.size() || text[at] != '_' || text[at + 1] != 'x' || text[at + 6] != '_')
        return -1;
    int value = 0;
    for (qsizetype k = at + 2; k < at + 6; ++k) {
        const int digit = hexValue(text[k]);
        if (digit < 0)
            return -1;
        value = value * 16 + digit;
    }
    return value;
}

void appendCodePoint(char32_t u, QByteArray &out)
{
    if (u < 0x80) {
        out.append(char(u));
    } else if (u < 0x800) {
        out.append(char(0xC0 | (u >> 6)));
        out.append(char(0x80 | (u & 0x3F)));
    } else if (u < 0x10000) {
        out.append(char(0xE0 | (u >> 12)));
        out.append(char(0x80 | ((u >> 6) & 0x3F)));
        out.append(char(0x80 | (u & 0x3F)));
    } else {
        out.append(char(0xF0 | (u >> 18)));
        out.append(char(0x80 | ((u >> 12) & 0x3F)));
        out.append(char(0x80 | ((u >> 6) & 0x3F)));
        out.append(char(0x80 | (u & 0x3F)));
    }
}

void putDigits(char *out, int value, int width)
{
    for (int i = width - 1; i >= 0; --i) {
        out[i] = char('0' + value % 10);
        value /= 10;
    }
}

// "yyyy-MM-dd", "yyyy-MM-dd HH:mm:ss" (time of day present) or "HH:mm:ss"
// (timeOnly). Written by hand: this runs for every date cell of a sheet.
qsizetype writeIso(char *out, int year, int month, int day, int secondsOfDay, bool timeOnly)
{
    char *begin = out;
    if (!timeOnly) {
        putDigits(out, year, 4);
        out[4] = '-';
        putDigits(out + 5, month, 2);
        out[7] = '-';
        putDigits(out + 8, day, 2);
        out += 10;
        if (secondsOfDay == 0)
            return out - begin;
        *out++ = ' ';
    }
    putDigits(out, secondsOfDay / 3600, 2);
    out[2] = ':';
    putDigits(out + 3, secondsOfDay / 60 % 60, 2);
    out[5] = ':';
    putDigits(out + 6, secondsOfDay % 60, 2);
    out += 8;
    return out - begin;
}

} // namespace

bool isBuiltinDateFormat(int numFmtId)
{
    return (numFmtId >= 14 && numFmtId <= 22) || (numFmtId >= 27 && numFmtId <= 36)
        || (numFmtId >= 45 && numFmtId <= 47) || (numFmtId >= 50 && numFmtId <= 58);
}

bool isDateFormatCode(QStringView code)
{
    bool dateLetter = false;
    for (qsizetype i = 0; i < code.size(); ++i) {
        const char16_t c = code[i].unicode();
        switch (c) {
        case u'"': { // literal text
            const qsizetype close = code.indexOf(u'"', i + 1);
            if (close < 0)
                return dateLetter;
            i = close;
            break;
        }
        case u'\\': // escaped character
        case u'_':  // padding as wide as the next character
        case u'*':  // fill with the next character
            ++i;
            break;
        case u'[': { // colour, condition, locale, or elapsed time
            const qsizetype close = code.indexOf(u']', i + 1);
            if (close < 0)
                return dateLetter;
            if (isElapsedTime(code.sliced(i + 1, close - i - 1)))
                return false;
            i = close;
            break;
        }
        case u';': // later sections (negative, zero, text) do not change the kind
            return dateLetter;
        default: {
            const char16_t lower = QChar(c).toLower().unicode();
            if (lower == u'd' || lower == u'm' || lower == u'y' || lower == u'h' || lower == u's')
                dateLetter = true;
        }
        }
    }
    return dateLetter;
}

qsizetype writeSerialText(double serial, bool date1904, char *out)
{
    if (!std::isfinite(serial) || serial < 0 || serial >= kMaxSerial)
        return 0;
    const qint64 totalSeconds = std::llround(serial * double(kSecondsPerDay));
    const qint64 days = totalSeconds / kSecondsPerDay;
    const int seconds = int(totalSeconds % kSecondsPerDay);
    if (days == 0)
        return writeIso(out, 0, 0, 0, seconds, true);

    QDate day;
    if (date1904) {
        day = QDate(1904, 1, 1).addDays(days);
    } else if (days == kFakeLeapDay) {
        return writeIso(out, 1900, 2, 29, seconds, false);
    } else {
        day = (days < kFakeLeapDay ? QDate(1899, 12, 31) : QDate(1899, 12, 30)).addDays(days);
    }
    int year = 0;
    int month = 0;
    int dayOfMonth = 0;
    day.getDate(&year, &month, &dayOfMonth); // one calendar conversion, not three
    if (year > 9999)
        return 0;
    return writeIso(out, year, month, dayOfMonth, seconds, false);
}

QString serialToText(double serial, bool date1904)
{
    char text[kMaxValueText];
    return QString::fromLatin1(text, writeSerialText(serial, date1904, text));
}

qsizetype writeNumberText(double value, char *out)
{
    if (std::isfinite(value) && std::fabs(value) < kExactBelow) {
        // Integers without ".0"; below 1e15 std::to_chars picks the same
        // shortest form as QString::number(value, 'g', FloatingPointShortest).
        const auto result = value == std::trunc(value) ? std::to_chars(out, out + kMaxValueText, qint64(value))
                                                        : std::to_chars(out, out + kMaxValueText, value);
        return result.ptr - out;
    }
    // Beyond, Qt rounds the digits it shows ("1.2e+17" as 120000000000000000).
    const QByteArray text = QString::number(value, 'g', QLocale::FloatingPointShortest).toLatin1();
    const qsizetype length = qMin(text.size(), kMaxValueText);
    std::copy_n(text.constData(), length, out);
    return length;
}

QString numberToText(double value)
{
    char text[kMaxValueText];
    return QString::fromLatin1(text, writeNumberText(value, text));
}

bool parseNumber(QByteArrayView text, double *value)
{
    // Plain decimals (what Excel writes) directly; anything else the way
    // QString::toDouble() reads it, as earlier versions did.
    const bool plain = !text.isEmpty() && std::all_of(text.begin(), text.end(), [](char c) {
        return (c >= '0' && c <= '9') || c == '.' || c == '-' || c == 'e' || c == 'E' || c == '+';
    });
    if (plain && text.front() != '+') {
        const auto result = std::from_chars(text.begin(), text.end(), *value);
        if (result.ec == std::errc() && result.ptr == text.end())
            return true;
    }
    bool ok = false;
    *value = QString::fromUtf8(text).toDouble(&ok);
    return ok;
}

bool parseCellReference(QByteArrayView reference, int *column, qint64 *row)
{
    qsizetype i = 0;
    int letters = 0;
    while (i < reference.size()) {
        const char c = reference[i];
        const int letter = c >= 'A' && c <= 'Z' ? c - 'A' : c >= 'a' && c <= 'z' ? c - 'a' : -1;
        if (letter < 0)
            break;
        letters = letters < kColumnSaturation ? letters * 26 + letter + 1 : kColumnSaturation;
        ++i;
    }
    if (i == 0)
        return false;
    qint64 rowNumber = 0;
    for (; i < reference.size(); ++i) {
        const char c = reference[i];
        if (c < '0' || c > '9')
            return false;
        if (rowNumber < (qint64(1) << 40))
            rowNumber = rowNumber * 10 + (c - '0');
    }
    *column = letters - 1;
    *row = rowNumber;
    return true;
}

qsizetype findEscape(QByteArrayView text, qsizetype from)
{
    // memchr: this looks at every text cell, and most hold no underscore.
    while (from < text.size()) {
        const void *hit = std::memchr(text.data() + from, '_', size_t(text.size() - from));
        if (!hit)
            return -1;
        const qsizetype at = static_cast<const char *>(hit) - text.data();
        if (at + 1 < text.size() && text[at + 1] == 'x')
            return at;
        from = at + 1;
    }
    return -1;
}

void appendUnescaped(QByteArrayView text, QByteArray &out)
{
    qsizetype from = 0;
    for (;;) {
        const qsizetype at = findEscape(text, from);
        if (at < 0)
            break;
        const int unit = escapeAt(text, at);
        if (unit < 0) {
            out.append(text.sliced(from, at + 1 - from));
            from = at + 1;
            continue;
        }
        out.append(text.sliced(from, at - from));
        from = at + 7;
        if (QChar::isHighSurrogate(char32_t(unit))) {
            const int low = escapeAt(text, from);
            if (low >= 0 && QChar::isLowSurrogate(char32_t(low))) {
                appendCodePoint(QChar::surrogateToUcs4(char16_t(unit), char16_t(low)), out);
                from += 7;
                continue;
            }
        }
        appendCodePoint(QChar::isSurrogate(char32_t(unit)) ? char32_t(QChar::ReplacementCharacter) : char32_t(unit),
                        out);
    }
    out.append(text.sliced(from));
}

} // namespace cx::xlsx
