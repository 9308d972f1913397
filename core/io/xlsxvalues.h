#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <QStringView>

/// Conversions of SpreadsheetML cell values to the text XlsxReader delivers.
/// The readers work on the UTF-8 the XML parser hands out; the QString
/// forms are for callers that want text.
namespace cx::xlsx {

/// Room writeSerialText() and writeNumberText() need at most.
inline constexpr qsizetype kMaxValueText = 32;

/// Whether built-in number format @p numFmtId shows a date or time
/// (14–22, 45–47, and the CJK-locale formats 27–36 and 50–58 that Excel on
/// Chinese Windows writes).
bool isBuiltinDateFormat(int numFmtId);

/// Whether the custom format code shows a date or time: d, m, y, h or s
/// outside quoted text, escapes and [brackets]. Elapsed-time formats such
/// as "[h]:mm" are durations, not dates.
bool isDateFormatCode(QStringView formatCode);

/// Excel serial → "yyyy-MM-dd", or "yyyy-MM-dd HH:mm:ss" when the value has
/// a time of day (rounded to the second), or "HH:mm:ss" for serials below 1.
/// The 1900 system includes Excel's fictitious 1900-02-29 (serial 60).
/// Empty for negative, non-finite or out-of-range (after 9999) serials.
QString serialToText(double serial, bool date1904);
/// serialToText() written as ASCII to @p out (kMaxValueText bytes); returns
/// its length, 0 when the serial is no date.
qsizetype writeSerialText(double serial, bool date1904, char *out);

/// Shortest text that reads back as the same double; integers without ".0"
/// or exponent ("44927", "0.1", "1.5e-10").
QString numberToText(double value);
/// numberToText() written as ASCII to @p out (kMaxValueText bytes); returns its length.
qsizetype writeNumberText(double value, char *out);

/// Reads the number in a cell's <v> text as QString::toDouble() does
/// (surrounding blanks, a leading '+'), plain decimals without detour.
bool parseNumber(QByteArrayView text, double *value);

/// Parses a cell reference such as "AB12": @p column is 0-based, @p row
/// 1-based (0 when the reference has no digits). False when it does not
/// start with letters or has other characters after the digits. @p column
/// saturates at a large value for absurd references so the caller can
/// report them.
bool parseCellReference(QByteArrayView reference, int *column, qint64 *row);

/// Where the next "_x" (the start of a possible _xHHHH_ escape) is in
/// @p text at or after @p from; -1 if there is none.
qsizetype findEscape(QByteArrayView text, qsizetype from = 0);

/// Appends UTF-8 @p text to @p out with the _xHHHH_ escapes SpreadsheetML
/// uses for control characters undone ("_x000D_" → CR, "_x005F_" → "_").
/// Escaped surrogate pairs are joined; a lone surrogate becomes U+FFFD, so
/// the result stays valid UTF-8.
void appendUnescaped(QByteArrayView text, QByteArray &out);

} // namespace cx::xlsx
