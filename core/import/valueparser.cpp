#include "import/valueparser.h"

#include "import/mappingprofile.h"
#include "import/textnormalize.h"

#include <QDateTime>
#include <QHash>
#include <QRegularExpression>

#include <charconv>
#include <cmath>
#include <string_view>

namespace cx {

using namespace Qt::StringLiterals;

namespace {

constexpr bool isDigit(char16_t c)
{
    return c >= u'0' && c <= u'9';
}

// Reads a trimmed cell left to right with full-width forms folded on the fly,
// so that no normalized copy of the text is ever made.
struct Cursor
{
    const char16_t *p;
    const char16_t *end;

    explicit Cursor(QStringView text)
        : p(text.utf16())
        , end(text.utf16() + text.size())
    {
    }

    bool atEnd() const { return p == end; }
    char16_t peek() const { return p < end ? toHalfWidth(*p) : u'\0'; }
    qsizetype remaining() const { return end - p; }

    bool accept(char16_t c)
    {
        if (peek() != c)
            return false;
        ++p;
        return true;
    }

    bool acceptAny(std::u16string_view chars)
    {
        if (atEnd() || chars.find(peek()) == std::u16string_view::npos)
            return false;
        ++p;
        return true;
    }

    bool acceptWord(std::u16string_view word)
    {
        if (remaining() < qsizetype(word.size()))
            return false;
        for (size_t i = 0; i < word.size(); ++i) {
            char16_t c = toHalfWidth(p[i]);
            if (c >= u'a' && c <= u'z')
                c = char16_t(c - 32);
            if (c != word[i])
                return false;
        }
        p += word.size();
        return true;
    }

    int skipSpaces()
    {
        int count = 0;
        while (p < end && (peek() == u' ' || *p == u'\t')) {
            ++p;
            ++count;
        }
        return count;
    }

    // Reads 1..maxDigits digits into *value; returns how many were read.
    int digits(int maxDigits, int *value)
    {
        int count = 0;
        int result = 0;
        while (count < maxDigits && isDigit(peek())) {
            result = result * 10 + (peek() - u'0');
            ++p;
            ++count;
        }
        *value = result;
        return count;
    }

    int digitRun() const
    {
        int count = 0;
        while (p + count < end && isDigit(toHalfWidth(p[count])))
            ++count;
        return count;
    }
};

constexpr bool isLeapYear(int year)
{
    return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
}

constexpr int daysInMonth(int year, int month)
{
    constexpr int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    return month == 2 && isLeapYear(year) ? 29 : days[month - 1];
}

DateTimeParts makeParts(int year, int month, int day, int hour, int minute, int second, bool hasTime)
{
    if (year < 1000 || year > 9999 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)
        || hour < 0 || hour > 23 || minute < 0 || minute > 59 || second < 0 || second > 59)
        return {};
    return {qint16(year), qint8(month), qint8(day), qint8(hour), qint8(minute), qint8(second), hasTime};
}

// Howard Hinnant's days_from_civil / civil_from_days (proleptic Gregorian).
qint64 daysFromCivil(qint64 y, int m, int d)
{
    y -= m <= 2;
    const qint64 era = (y >= 0 ? y : y - 399) / 400;
    const qint64 yoe = y - era * 400;
    const qint64 doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    const qint64 doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}

void civilFromDays(qint64 z, int *year, int *month, int *day)
{
    z += 719468;
    const qint64 era = (z >= 0 ? z : z - 146096) / 146097;
    const qint64 doe = z - era * 146097;
    const qint64 yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const qint64 doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const qint64 mp = (5 * doy + 2) / 153;
    *day = int(doy - (153 * mp + 2) / 5 + 1);
    *month = int(mp < 10 ? mp + 3 : mp - 9);
    *year = int(yoe + era * 400 + (*month <= 2));
}

// Copies an ASCII number (digits, '.', sign, exponent) for std::from_chars.
std::optional<double> toDouble(const char *begin, const char *end)
{
    double value = 0;
    const auto [ptr, ec] = std::from_chars(begin, end, value);
    if (ec != std::errc() || ptr != end || !std::isfinite(value))
        return std::nullopt;
    return value;
}

// "45292.04099537037": digits with an optional fraction and nothing else.
std::optional<double> plainDecimal(QStringView text)
{
    char buffer[40];
    if (text.size() >= qsizetype(sizeof buffer))
        return std::nullopt;
    qsizetype n = 0;
    for (QChar qc : text) {
        const char16_t c = toHalfWidth(qc.unicode());
        if (!isDigit(c) && c != u'.')
            return std::nullopt;
        buffer[n++] = char(c);
    }
    return toDouble(buffer, buffer + n);
}

DateTimeParts compactDigits(QStringView digits)
{
    auto number = [&](qsizetype from, qsizetype length) {
        int value = 0;
        for (qsizetype i = from; i < from + length; ++i)
            value = value * 10 + (toHalfWidth(digits[i].unicode()) - u'0');
        return value;
    };
    switch (digits.size()) {
    case 8:
        return makeParts(number(0, 4), number(4, 2), number(6, 2), 0, 0, 0, false);
    case 12:
        return makeParts(number(0, 4), number(4, 2), number(6, 2), number(8, 2), number(10, 2), 0, true);
    case 14:
        return makeParts(number(0, 4), number(4, 2), number(6, 2), number(8, 2), number(10, 2), number(12, 2),
                         true);
    default:
        return {};
    }
}

// The time of day after a date: "14:03:22", "9:03", "14:03:22.123",
// "14时03分22秒", with 上午/下午 or AM/PM and a trailing Z or UTC offset
// (`*offset` in minutes east of UTC; `*hasOffset` tells whether there was one).
bool parseTime(Cursor &c, int *hour, int *minute, int *second, int *offset, bool *hasOffset)
{
    int pm = -1;
    if (c.acceptWord(u"上午"))
        pm = 0;
    else if (c.acceptWord(u"下午"))
        pm = 1;
    c.skipSpaces();

    if (c.digits(2, hour) == 0)
        return false;
    const bool chinese = c.acceptAny(u"时点");
    if (!chinese && !c.accept(u':'))
        return false;
    if (c.digits(2, minute) == 0)
        return false;
    *second = 0;
    if (chinese) {
        if (c.accept(u'分') && c.digits(2, second) > 0)
            c.accept(u'秒');
    } else if (c.accept(u':')) {
        if (c.digits(2, second) == 0)
            return false;
        if (c.accept(u'.')) {
            int ignored = 0;
            while (c.digits(9, &ignored) > 0) {
            }
        }
    }
    c.skipSpaces();
    if (pm < 0) {
        if (c.acceptWord(u"AM"))
            pm = 0;
        else if (c.acceptWord(u"PM"))
            pm = 1;
    }
    if (pm >= 0) {
        if (*hour < 1 || *hour > 12)
            return false;
        *hour = *hour % 12 + (pm ? 12 : 0);
    }
    *offset = 0;
    *hasOffset = false;
    if (c.accept(u'Z')) {
        *hasOffset = true;
    } else if (const char16_t sign = c.peek(); c.acceptAny(u"+-")) {
        int hours = 0;
        int minutes = 0;
        if (c.digits(2, &hours) != 2)
            return false;
        c.accept(u':');
        if (!c.atEnd() && c.digits(2, &minutes) != 2)
            return false;
        if (hours > 14 || minutes > 59)
            return false;
        *offset = (sign == u'-' ? -1 : 1) * (hours * 60 + minutes);
        *hasOffset = true;
    }
    return c.atEnd();
}

// A time written with a UTC offset, as the same instant in `zone` (the
// system's when invalid).
DateTimeParts inZone(const DateTimeParts &parts, int offsetMinutes, const QTimeZone &zone)
{
    const QDateTime written(QDate(parts.year, parts.month, parts.day), QTime(parts.hour, parts.minute, parts.second),
                            QTimeZone(offsetMinutes * 60));
    const QDateTime local = zone.isValid() ? written.toTimeZone(zone) : written.toLocalTime();
    const QDate date = local.date();
    const QTime time = local.time();
    if (date.year() < 1000 || date.year() > 9999)
        return {};
    return {qint16(date.year()), qint8(date.month()), qint8(date.day()), qint8(time.hour()), qint8(time.minute()),
            qint8(time.second()), true, DateTimeParts::FromUtcOffset};
}

// Serials are only taken for years 1927..2199, so that a count or an amount
// in a date column is rejected rather than read as a date.
DateTimeParts fromExcelSerialText(QStringView text, const ConvertOptions &options)
{
    if (!options.excelSerials)
        return {};
    const std::optional<double> serial = plainDecimal(text);
    if (!serial || *serial < 10000 || *serial >= 109576)
        return {};
    DateTimeParts parts = ValueParser::fromExcelSerial(*serial, options.date1904);
    if (parts.isValid())
        parts.origin = DateTimeParts::FromExcelSerial;
    return parts;
}

QString twoDigitParts(std::initializer_list<int> parts, int year, const char16_t *separators)
{
    QString text(4 + 3 * qsizetype(parts.size()), Qt::Uninitialized);
    char16_t *d = reinterpret_cast<char16_t *>(text.data());
    d[0] = char16_t(u'0' + year / 1000);
    d[1] = char16_t(u'0' + year / 100 % 10);
    d[2] = char16_t(u'0' + year / 10 % 10);
    d[3] = char16_t(u'0' + year % 10);
    d += 4;
    for (int part : parts) {
        *d++ = *separators++;
        *d++ = char16_t(u'0' + part / 10);
        *d++ = char16_t(u'0' + part % 10);
    }
    return text;
}

} // namespace

void DateTimeParts::writeIso(char *out) const
{
    const auto put = [](char *at, int value, int width) {
        for (int i = width - 1; i >= 0; --i, value /= 10)
            at[i] = char('0' + value % 10);
    };
    put(out, year, 4);
    out[4] = '-';
    put(out + 5, month, 2);
    out[7] = '-';
    put(out + 8, day, 2);
    out[10] = ' ';
    put(out + 11, hour, 2);
    out[13] = ':';
    put(out + 14, minute, 2);
    out[16] = ':';
    put(out + 17, second, 2);
}

QString DateTimeParts::toIso() const
{
    char text[19];
    writeIso(text);
    return QString::fromLatin1(text, 19);
}

QString DateTimeParts::toIsoDate() const
{
    return twoDigitParts({month, day}, year, u"--");
}

QString DateTimeParts::toMonth() const
{
    return YearMonth{year, month}.toText();
}

qint64 DateTimeParts::toSecsSinceEpoch() const
{
    return daysFromCivil(year, month, day) * 86400 + hour * 3600 + minute * 60 + second;
}

QString YearMonth::toText() const
{
    return twoDigitParts({month}, year, u"-");
}

DateTimeParts ValueParser::fromExcelSerial(double serial, bool date1904)
{
    if (!(serial >= 0) || serial >= 2958466)
        return {};
    const double whole = std::floor(serial);
    qint64 days = qint64(whole);
    qint64 seconds = std::llround((serial - whole) * 86400.0);
    if (seconds >= 86400) {
        ++days;
        seconds -= 86400;
    }
    qint64 unixDays = 0;
    if (date1904) {
        unixDays = days - 24107; // 1904-01-01
    } else {
        // Excel's 1900 system counts a 1900-02-29 that never was (serial 60).
        if (days < 1 || days == 60)
            return {};
        unixDays = days < 60 ? days - 25568 : days - 25569;
    }
    int year = 0;
    int month = 0;
    int day = 0;
    civilFromDays(unixDays, &year, &month, &day);
    return makeParts(year, month, day, int(seconds / 3600), int(seconds / 60 % 60), int(seconds % 60),
                     seconds != 0 || serial != whole);
}

DateTimeParts ValueParser::parseDateTime(QStringView text, const ConvertOptions &options)
{
    text = trimmedView(text);
    Cursor c(text);
    const int run = c.digitRun();
    if (run == text.size())
        return run == 8 || run == 12 || run == 14 ? compactDigits(text) : fromExcelSerialText(text, options);
    if (run != 4)
        return fromExcelSerialText(text, options);

    int year = 0;
    int month = 0;
    int day = 0;
    c.digits(4, &year);
    const char16_t separator = c.peek();
    if (!c.acceptAny(u"-/.年"))
        return {};
    if (c.digits(2, &month) == 0)
        return {};
    const bool chinese = separator == u'年';
    if (!(chinese ? c.accept(u'月') : c.accept(separator)))
        return {};
    if (c.digits(2, &day) == 0)
        return {};
    const bool dayMark = chinese && c.acceptAny(u"日号");
    if (c.atEnd())
        return makeParts(year, month, day, 0, 0, 0, false);

    const bool separated = c.accept(u'T') || c.skipSpaces() > 0 || dayMark;
    int hour = 0;
    int minute = 0;
    int second = 0;
    int offset = 0;
    bool hasOffset = false;
    if (!separated || !parseTime(c, &hour, &minute, &second, &offset, &hasOffset))
        return {};
    const DateTimeParts parts = makeParts(year, month, day, hour, minute, second, true);
    return hasOffset && parts.isValid() ? inZone(parts, offset, options.timeZone) : parts;
}

YearMonth ValueParser::parseMonth(QStringView text, const ConvertOptions &options)
{
    text = trimmedView(text);
    Cursor c(text);
    const int run = c.digitRun();
    int year = 0;
    int month = 0;
    if (run == 6 && text.size() == 6) {
        c.digits(4, &year);
        c.digits(2, &month);
    } else if (run == 4) {
        c.digits(4, &year);
        const char16_t separator = c.peek();
        if (c.acceptAny(u"-/.年") && c.digits(2, &month) > 0) {
            if (separator == u'年')
                c.accept(u'月');
            if (!c.atEnd())
                month = 0; // more follows: a full date, read below
        }
    }
    if (month >= 1 && month <= 12 && year >= 1000)
        return {qint16(year), qint8(month)};
    const DateTimeParts parts = parseDateTime(text, options);
    return parts.isValid() ? YearMonth{parts.year, parts.month} : YearMonth{};
}

std::optional<double> ValueParser::parseNumber(QStringView text, bool *percent)
{
    if (percent)
        *percent = false;
    Cursor c(trimmedView(text));
    if (c.atEnd())
        return std::nullopt;

    char buffer[64];
    qsizetype n = 0;
    constexpr qsizetype maxDigits = qsizetype(sizeof buffer) - 8;

    if (c.acceptAny(u"¥$€\uFFE5"))
        c.skipSpaces();
    if (c.acceptAny(u"-\u2212"))
        buffer[n++] = '-';
    else
        c.accept(u'+');

    // Integer part; thousands separators must group three digits.
    int digitCount = 0;
    int group = 0;
    bool grouped = false;
    for (;;) {
        const char16_t ch = c.peek();
        if (isDigit(ch)) {
            if (n >= maxDigits)
                return std::nullopt;
            buffer[n++] = char(ch);
            ++digitCount;
            ++group;
            ++c.p;
        } else if (ch == u',') {
            if (group == 0 || (grouped ? group != 3 : group > 3))
                return std::nullopt;
            grouped = true;
            group = 0;
            ++c.p;
        } else {
            break;
        }
    }
    if (grouped && group != 3)
        return std::nullopt;

    if (c.accept(u'.')) {
        buffer[n++] = '.';
        while (isDigit(c.peek()) && n < maxDigits) {
            buffer[n++] = char(c.peek());
            ++digitCount;
            ++c.p;
        }
    }
    if (digitCount == 0)
        return std::nullopt;

    // An exponent only when digits follow; otherwise the 'e' begins a unit.
    if ((c.peek() == u'e' || c.peek() == u'E') && c.remaining() > 1) {
        const char16_t *mark = c.p;
        ++c.p;
        char sign = 0;
        if (c.peek() == u'-' || c.peek() == u'+') {
            sign = char(c.peek());
            ++c.p;
        }
        if (isDigit(c.peek())) {
            buffer[n++] = 'e';
            if (sign)
                buffer[n++] = sign;
            for (; isDigit(c.peek()) && n < qsizetype(sizeof buffer); ++c.p)
                buffer[n++] = char(c.peek());
        } else {
            c.p = mark;
        }
    }

    std::optional<double> value = toDouble(buffer, buffer + n);
    if (!value)
        return std::nullopt;

    c.skipSpaces();
    if (c.accept(u'%')) {
        if (percent)
            *percent = true;
    } else if (c.accept(u'万')) {
        *value *= 1e4;
    } else if (c.accept(u'亿')) {
        *value *= 1e8;
    }
    // A unit may follow ("分", "秒", "Mbps", "次/万户"), but no further digits.
    for (; !c.atEnd(); ++c.p) {
        const QChar ch(c.peek());
        if (!(ch.isLetter() || ch.isSpace() || ch == u'/'))
            return std::nullopt;
    }
    return value;
}

std::optional<qint64> ValueParser::parseInteger(QStringView text)
{
    const std::optional<double> value = parseNumber(text);
    constexpr double limit = 9007199254740992.0; // 2^53: every integer below is exact
    if (!value || std::abs(*value) >= limit || *value != std::trunc(*value))
        return std::nullopt;
    return qint64(*value);
}

std::optional<bool> ValueParser::parseBoolean(QStringView text)
{
    static const QHash<QString, bool> words{
        {u"是"_s, true},  {u"y"_s, true},     {u"yes"_s, true},  {u"true"_s, true}, {u"1"_s, true},
        {u"√"_s, true},   {u"✓"_s, true},     {u"✔"_s, true},    {u"t"_s, true},    {u"对"_s, true},
        {u"有"_s, true},  {u"on"_s, true},    {u"否"_s, false},  {u"n"_s, false},   {u"no"_s, false},
        {u"false"_s, false}, {u"0"_s, false}, {u"×"_s, false},   {u"✗"_s, false},   {u"✘"_s, false},
        {u"x"_s, false},  {u"f"_s, false},    {u"错"_s, false},  {u"无"_s, false},  {u"off"_s, false},
        {u"不是"_s, false},
    };
    // Exports nearly always write one of these; skip normalising for them.
    if (text.size() == 1) {
        switch (text.front().unicode()) {
        case u'是':
        case u'1':
        case u'Y':
        case u'y':
            return true;
        case u'否':
        case u'0':
        case u'N':
        case u'n':
            return false;
        default:
            break;
        }
    }
    const auto it = words.constFind(normalizeValue(text));
    if (it == words.cend())
        return std::nullopt;
    return it.value();
}

QString ValueParser::maskPhone(QStringView text, bool keepFull)
{
    text = trimmedView(text);
    QString digits;
    digits.reserve(text.size());
    bool plus = false;
    for (QChar qc : text) {
        const char16_t c = toHalfWidth(qc.unicode());
        if (c == u'*' || c == u'x' || c == u'X')
            return text.toString(); // already masked
        if (isDigit(c))
            digits.append(QChar(c));
        else if (c == u'+' && digits.isEmpty())
            plus = true;
    }
    if (digits.isEmpty())
        return text.toString();

    // +86 / 0086 / 86 before a mainland mobile number.
    for (QStringView prefix : {u"0086", u"86"}) {
        if (digits.size() == 11 + prefix.size() && digits.startsWith(prefix) && digits.at(prefix.size()) == u'1') {
            digits.remove(0, prefix.size());
            plus = false;
            break;
        }
    }
    if (keepFull)
        return plus ? u"+"_s + digits : digits;

    const qsizetype n = digits.size();
    const qsizetype tail = n >= 8 ? 4 : std::max<qsizetype>(0, std::min<qsizetype>(2, n - 2));
    const qsizetype head = n >= 8 ? std::min<qsizetype>(3, n - tail - 4) : 0;
    return digits.left(head) + QString(n - head - tail, u'*') + digits.right(tail);
}

bool ValueParser::isPlaceholder(QStringView text)
{
    text = trimmedView(text);
    if (text.isEmpty())
        return true;
    if (text.size() > 4)
        return false;
    static const QStringList placeholders{u"-"_s,   u"--"_s,   u"---"_s, u"—"_s,   u"——"_s,  u"/"_s,
                                          u"n/a"_s, u"#n/a"_s, u"na"_s,  u"null"_s, u"nan"_s, u"none"_s};
    return placeholders.contains(normalizeValue(text));
}

QStringView ValueParser::unwrapFormulaText(QStringView text)
{
    if (text.size() < 3 || text.front() != u'=' || text.at(1) != u'"' || text.back() != u'"')
        return text;
    const QStringView inner = text.sliced(2, text.size() - 3);
    return inner.contains(u'"') ? text : inner;
}

QByteArrayView ValueParser::unwrapFormulaText(QByteArrayView bytes)
{
    if (bytes.size() < 3 || bytes.front() != '=' || bytes.at(1) != '"' || bytes.back() != '"')
        return bytes;
    const QByteArrayView inner = bytes.sliced(2, bytes.size() - 3);
    return inner.contains('"') ? bytes : inner;
}

KeyCheck ValueParser::checkKey(QStringView key)
{
    KeyCheck check{key, {}, false};
    const auto digitRun = [&key](qsizetype from) {
        qsizetype end = from;
        while (end < key.size() && key.at(end).unicode() >= u'0' && key.at(end).unicode() <= u'9')
            ++end;
        return end - from;
    };
    const qsizetype whole = digitRun(0);
    if (whole == 0)
        return check;
    qsizetype at = whole;
    qsizetype fraction = -1;
    bool comma = false; // a decimal comma, as some locales write "2,02403E+14"
    if (at < key.size() && (key.at(at) == u'.' || key.at(at) == u',')) {
        comma = key.at(at) == u',';
        fraction = digitRun(at + 1);
        at += 1 + fraction;
    }
    if (at < key.size() && (key.at(at) == u'E' || key.at(at) == u'e')) {
        qsizetype exponent = at + 1;
        if (exponent < key.size() && (key.at(exponent) == u'+' || key.at(exponent) == u'-'))
            ++exponent;
        const qsizetype digits = digitRun(exponent);
        if (digits > 0 && exponent + digits == key.size())
            check.problem = tr("\"%1\" is a number in scientific notation: Excel rounded it and its digits are lost, "
                               "so it cannot identify the row. Export the column as text (format its cells as Text "
                               "in Excel).")
                                .arg(key);
        return check;
    }
    if (at != key.size() || comma)
        return check;

    // Excel keeps 15 significant digits: a longer number ends in zeros, and
    // one that went through scientific notation ends in many. A workbook's
    // number cell comes as its shortest round-trip text ("202403151234567900").
    const QStringView digits = key.first(whole);
    qsizetype significant = digits.size();
    for (QChar c : digits) {
        if (c != u'0')
            break;
        --significant;
    }
    qsizetype zeros = 0;
    while (zeros < digits.size() && digits.at(digits.size() - 1 - zeros) == u'0')
        ++zeros;
    const bool decimalWhole =
        fraction > 0 && std::all_of(key.begin() + whole + 1, key.end(), [](QChar c) { return c == u'0'; });
    if (fraction >= 0 && !decimalWhole)
        return check;
    // Beyond 15 digits Excel (and a double's 17) leaves zeros: two or more
    // are taken as lost digits, one could well be the key's own.
    const bool lost = (significant > 15 && (decimalWhole || zeros >= 2)) || (significant >= 12 && zeros >= 6);
    if (lost) {
        check.problem = tr("\"%1\" looks like a number Excel rounded to 15 significant digits (its last digits are "
                           "zeros), so it cannot identify the row. Export the column as text (format its cells as "
                           "Text in Excel).")
                            .arg(key);
    } else if (decimalWhole) {
        check.key = digits;
        check.repaired = true;
    }
    return check;
}

ConvertedValue ValueParser::convert(const FieldSpec &field, QStringView text, const ConvertOptions &options)
{
    const QStringView trimmed = unwrapFormulaText(trimmedView(text));
    if (trimmed.isEmpty() || (field.type != FieldType::Text && isPlaceholder(trimmed)))
        return {};
    auto fail = [&](const char *expected) {
        return ConvertedValue{{}, tr("\"%1\" is not %2").arg(trimmed.toString(), tr(expected))};
    };

    switch (field.type) {
    case FieldType::Text:
        return {trimmed.toString(), {}};
    case FieldType::DateTime:
    case FieldType::Date: {
        const DateTimeParts parts = parseDateTime(trimmed, options);
        if (!parts.isValid())
            return fail(QT_TR_NOOP("a date (expected a form such as 2024-03-05 14:03:22 or 2024/3/5)"));
        return {field.type == FieldType::Date ? parts.toIsoDate() : parts.toIso(), {}};
    }
    case FieldType::Month: {
        const YearMonth month = parseMonth(trimmed, options);
        if (!month.isValid())
            return fail(QT_TR_NOOP("a month (expected a form such as 2024-03, 2024年3月 or 202403)"));
        return {month.toText(), {}};
    }
    case FieldType::Integer: {
        const std::optional<qint64> value = parseInteger(trimmed);
        if (!value)
            return fail(QT_TR_NOOP("a whole number"));
        return {*value, {}};
    }
    case FieldType::Number:
    case FieldType::Percent: {
        const std::optional<double> value = parseNumber(trimmed);
        if (!value)
            return fail(QT_TR_NOOP("a number"));
        return {*value, {}};
    }
    case FieldType::Boolean: {
        const std::optional<bool> value = parseBoolean(trimmed);
        if (!value)
            return fail(QT_TR_NOOP("yes or no (expected 是/否, Y/N, 1/0)"));
        return {*value, {}};
    }
    case FieldType::Phone:
        return {maskPhone(trimmed, options.keepFullPhone), {}};
    case FieldType::Enum: {
        const QString value = field.enumValue(trimmed);
        if (value.isNull()) {
            QStringList accepted;
            for (const auto &[canonical, spellings] : field.enumValues)
                accepted << (spellings.isEmpty() ? canonical : spellings.constFirst());
            return ConvertedValue{{}, tr("\"%1\" is not one of: %2").arg(trimmed.toString(), accepted.join(u", "))};
        }
        return {value, {}};
    }
    }
    return {};
}

QString ValueParser::maskPhonesInText(const QString &text)
{
    // Mainland mobiles, optionally with +86, not inside a longer run of digits.
    static const QRegularExpression mobile(u"(?<![0-9])(?:\\+?86[- ]?)?1[3-9][0-9](?:[- ]?[0-9]{4}){2}(?![0-9])"_s);
    QString masked;
    qsizetype done = 0;
    for (const QRegularExpressionMatch &match : mobile.globalMatch(text)) {
        masked += QStringView(text).mid(done, match.capturedStart() - done);
        masked += ValueParser::maskPhone(match.capturedView());
        done = match.capturedEnd();
    }
    if (done == 0)
        return text;
    masked += QStringView(text).mid(done);
    return masked;
}

} // namespace cx
