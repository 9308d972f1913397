#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringView>
#include <QTimeZone>
#include <QVariant>

#include <optional>

namespace cx {

struct FieldSpec;

/// A calendar date and time of day as written in a cell, or converted to
/// the workspace's time zone where the cell gave a UTC offset. Ten bytes, so
/// that a million of them stay cheap.
struct DateTimeParts
{
    /// How the parts were read, for the import's notes (flags of `origin`).
    static constexpr quint8 AsWritten = 0;
    static constexpr quint8 FromExcelSerial = 1; ///< a bare number read as an Excel serial date
    static constexpr quint8 FromUtcOffset = 2;   ///< written with `Z` or an offset, converted to the workspace's zone

    qint16 year = 0;
    qint8 month = 0;
    qint8 day = 0;
    qint8 hour = 0;
    qint8 minute = 0;
    qint8 second = 0;
    bool hasTime = false; ///< false for a date without a time of day
    quint8 origin = AsWritten;

    bool isValid() const { return year != 0; }
    /// "yyyy-MM-dd HH:mm:ss" (00:00:00 for a date without time).
    QString toIso() const;
    /// Writes the same 19 ASCII characters to `out` without allocating (for
    /// million-row imports); its first seven are the month "yyyy-MM".
    void writeIso(char *out) const;
    /// "yyyy-MM-dd".
    QString toIsoDate() const;
    /// "yyyy-MM".
    QString toMonth() const;
    /// Seconds since 1970-01-01 00:00:00, reading the parts as UTC; for
    /// ordering and differences (a duration, a duplicate check), not display.
    qint64 toSecsSinceEpoch() const;

    friend bool operator==(const DateTimeParts &, const DateTimeParts &) = default;
};

/// A month as written in a cell.
struct YearMonth
{
    qint16 year = 0;
    qint8 month = 0;

    bool isValid() const { return year != 0; }
    /// "yyyy-MM".
    QString toText() const;

    friend bool operator==(const YearMonth &, const YearMonth &) = default;
};

/// Options of ValueParser::convert() that come from the workspace and the file.
struct ConvertOptions
{
    bool keepFullPhone = false; ///< the workspace keeps full phone numbers
    /// The cells come from a workbook (XLSX, BIFF), whose numeric cells may
    /// hold Excel serial dates. In a text file a bare number in a date column
    /// is never a date: a total, a count or an id is not taken for one.
    bool excelSerials = false;
    bool date1904 = false;      ///< the workbook counts Excel serial dates from 1904
    /// Times written with `Z` or a UTC offset are converted to this zone (the
    /// workspace's, see WorkspaceSettings::importTimeZone); an invalid zone
    /// means the system's. Times without an offset are taken as written.
    QTimeZone timeZone;
};

/// How a key cell (a work-order number, a response id) reads.
struct KeyCheck
{
    QStringView key;  ///< the key to store (the cell, or its repaired form)
    QString problem;  ///< translated; set when the cell cannot identify a row
    bool repaired = false; ///< a decimal form such as `12345.0` read as `12345`
};

/// A cell converted for the workspace: a null value for an empty cell, the
/// typed value, or an error.
struct ConvertedValue
{
    QVariant value;  ///< QString, qint64, double or bool; null when the cell is empty
    QString error;   ///< translated reason when the text is not a value of the type

    bool isEmpty() const { return value.isNull() && error.isEmpty(); }
    bool isError() const { return !error.isEmpty(); }
};

/// Reads cell texts as typed values. Every function is pure, allocation-free
/// where the result is not a string, and fast enough to be called for every
/// cell of a million-row import (dates are parsed by hand, not by
/// QDateTime::fromString). Surrounding whitespace and full-width digits and
/// punctuation are accepted everywhere.
class ValueParser
{
    Q_DECLARE_TR_FUNCTIONS(cx::ValueParser)

public:
    /// Dates and times: `2024/3/5 14:03:22`, `2024-03-05 14:03:22`,
    /// `2024-03-05T14:03:22`, `2024年3月5日 14:03`, `2024年3月5日`, `2024.03.05`,
    /// `20240305`, `20240305140322`, `2024/03/05 9:03`, fractional seconds
    /// (dropped), `上午`/`下午` or `AM`/`PM`, and a trailing `Z` or UTC offset
    /// (`+08:00`, `+0800`, `+08`): such a time is converted to
    /// options.timeZone. With options.excelSerials also Excel serial numbers
    /// such as `45292.04099537037` (serials 10000..109575, years 1927..2199,
    /// so that other numbers are not taken for dates). Invalid parts when
    /// unreadable; `origin` says what was converted.
    static DateTimeParts parseDateTime(QStringView text, const ConvertOptions &options = {});

    /// Months: `2024-03`, `2024/3`, `2024年3月`, `202403`, `2024.03`, and any
    /// date or date and time parseDateTime() reads. Invalid when unreadable.
    static YearMonth parseMonth(QStringView text, const ConvertOptions &options = {});

    /// The date and time of an Excel serial number (1900 system with its
    /// phantom 1900-02-29, or the 1904 system). Invalid outside years 1900..9999.
    static DateTimeParts fromExcelSerial(double serial, bool date1904 = false);

    /// Numbers: `1,234`, `1，234`, `12.5%` (gives 12.5; sets *percent),
    /// `１２３`, `  8 `, `-3`, `1e3`, a unit after the number (`8分`, `594秒`,
    /// `120Mbps`), `万`/`亿` multipliers (`1.2万` gives 12000) and a leading
    /// currency sign. Thousands separators must group three digits.
    static std::optional<double> parseNumber(QStringView text, bool *percent = nullptr);
    /// parseNumber() of a whole number (`12.0` is 12, `12.5` is not).
    static std::optional<qint64> parseInteger(QStringView text);
    /// Booleans: 是/否, Y/N, yes/no, true/false, 1/0, √/×, ✓/✗, 对/错, 有/无.
    static std::optional<bool> parseBoolean(QStringView text);

    /// A phone number as it may be stored: 11-digit mainland mobiles (also
    /// with +86, spaces or dashes) as `138****1234`; other numbers keep their
    /// first 3 and last 4 digits with the rest starred (short ones only their
    /// last 2); text already holding `*` is kept; text without digits is kept.
    /// With keepFull the number is only cleaned of separators and +86.
    static QString maskPhone(QStringView text, bool keepFull = false);
    /// Masks every mainland mobile number (optionally +86, with spaces or
    /// dashes) found in free text, e.g. a rejected row kept for the user.
    static QString maskPhonesInText(const QString &text);

    /// The text of a cell written with Excel's keep-as-text trick, `="FX00001"`,
    /// without it (`FX00001`); any other text unchanged.
    static QStringView unwrapFormulaText(QStringView text);
    /// The same for a cell's UTF-8 bytes.
    static QByteArrayView unwrapFormulaText(QByteArrayView bytes);

    /// Checks a trimmed key cell for what Excel does to long numbers: a
    /// number in scientific notation (`2.02403E+14`), or digits lost to its
    /// 15 significant digits (`202403000000000`, `202403151234567000`,
    /// `202403151234567900`: more than 15 digits ending in two or more
    /// zeros) cannot identify a row. A whole number written as a decimal
    /// (`20240315123.0`) is read as the whole number.
    static KeyCheck checkKey(QStringView key);

    /// True for texts that mean "no value" in a typed column: empty, `-`,
    /// `--`, `—`, `/`, `N/A`, `#N/A`, `null`, `NaN`.
    static bool isPlaceholder(QStringView text);

    /// Converts a cell for `field`: Text trimmed; DateTime, Date and Month as
    /// ISO text; Integer as qint64; Number and Percent as double; Boolean as
    /// bool; Phone masked; Enum as its canonical value. An empty cell (or a
    /// placeholder in a typed column) gives a null value; unreadable text an
    /// error naming the text and the expected form. Text is unwrapped from
    /// `="…"` first (unwrapFormulaText).
    static ConvertedValue convert(const FieldSpec &field, QStringView text, const ConvertOptions &options = {});
};

} // namespace cx
