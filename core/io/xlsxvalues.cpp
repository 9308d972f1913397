#include "io/xlsxvalues.h"

#include <QDate>
#include <QLocale>

#include <cmath>

using namespace Qt::StringLiterals;

namespace cx::xlsx {

namespace {

constexpr qint64 kSecondsPerDay = 86400;
constexpr double kMaxSerial = 2958466.0; // 10000-01-01 in the 1900 system
constexpr int kFakeLeapDay = 60;         // 1900-02-29, which Excel counts though it never existed
constexpr int kColumnSaturation = 1 << 24;

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

int hexValue(QChar c)
{
    const char16_t u = c.unicode();
    if (u >= u'0' && u <= u'9')
        return u - u'0';
    if (u >= u'a' && u <= u'f')
        return u - u'a' + 10;
    if (u >= u'A' && u <= u'F')
        return u - u'A' + 10;
    return -1;
}

void putDigits(char16_t *out, int value, int width)
{
    for (int i = width - 1; i >= 0; --i) {
        out[i] = char16_t(u'0' + value % 10);
        value /= 10;
    }
}

// "yyyy-MM-dd", "yyyy-MM-dd HH:mm:ss" (time of day present) or "HH:mm:ss"
// (timeOnly). Written by hand: QDate/QTime::toString() go through
// QString::asprintf, which showed in profiles of large sheets.
QString isoText(int year, int month, int day, int secondsOfDay, bool timeOnly)
{
    char16_t buffer[19];
    char16_t *out = buffer;
    if (!timeOnly) {
        putDigits(out, year, 4);
        out[4] = u'-';
        putDigits(out + 5, month, 2);
        out[7] = u'-';
        putDigits(out + 8, day, 2);
        out += 10;
        if (secondsOfDay == 0)
            return QString(reinterpret_cast<const QChar *>(buffer), out - buffer);
        *out++ = u' ';
    }
    putDigits(out, secondsOfDay / 3600, 2);
    out[2] = u':';
    putDigits(out + 3, secondsOfDay / 60 % 60, 2);
    out[5] = u':';
    putDigits(out + 6, secondsOfDay % 60, 2);
    out += 8;
    return QString(reinterpret_cast<const QChar *>(buffer), out - buffer);
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

QString serialToText(double serial, bool date1904)
{
    if (!std::isfinite(serial) || serial < 0 || serial >= kMaxSerial)
        return {};
    const qint64 totalSeconds = std::llround(serial * double(kSecondsPerDay));
    const qint64 days = totalSeconds / kSecondsPerDay;
    const int seconds = int(totalSeconds % kSecondsPerDay);
    if (days == 0)
        return isoText(0, 0, 0, seconds, true);

    QDate day;
    if (date1904) {
        day = QDate(1904, 1, 1).addDays(days);
    } else if (days == kFakeLeapDay) {
        return isoText(1900, 2, 29, seconds, false);
    } else {
        day = (days < kFakeLeapDay ? QDate(1899, 12, 31) : QDate(1899, 12, 30)).addDays(days);
    }
    if (day.year() > 9999)
        return {};
    return isoText(day.year(), day.month(), day.day(), seconds, false);
}

QString numberToText(double value)
{
    if (std::isfinite(value) && value == std::trunc(value) && std::fabs(value) < 1e15)
        return QString::number(qint64(value));
    return QString::number(value, 'g', QLocale::FloatingPointShortest);
}

bool parseCellReference(QStringView reference, int *column, qint64 *row)
{
    qsizetype i = 0;
    int letters = 0;
    while (i < reference.size()) {
        const char16_t u = QChar(reference[i]).toUpper().unicode();
        if (u < u'A' || u > u'Z')
            break;
        letters = letters < kColumnSaturation ? letters * 26 + (u - u'A' + 1) : kColumnSaturation;
        ++i;
    }
    if (i == 0)
        return false;
    qint64 rowNumber = 0;
    for (; i < reference.size(); ++i) {
        const char16_t u = reference[i].unicode();
        if (u < u'0' || u > u'9')
            return false;
        if (rowNumber < (qint64(1) << 40))
            rowNumber = rowNumber * 10 + (u - u'0');
    }
    *column = letters - 1;
    *row = rowNumber;
    return true;
}

QString decodeEscapes(const QString &text)
{
    if (!text.contains("_x"_L1))
        return text;
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text[i] == u'_' && i + 6 < text.size() && text[i + 1] == u'x' && text[i + 6] == u'_') {
            int value = 0;
            bool hex = true;
            for (qsizetype k = i + 2; k < i + 6 && hex; ++k) {
                const int digit = hexValue(text[k]);
                hex = digit >= 0;
                value = value * 16 + digit;
            }
            if (hex) {
                out.append(QChar(char16_t(value)));
                i += 6;
                continue;
            }
        }
        out.append(text[i]);
    }
    return out;
}

} // namespace cx::xlsx
