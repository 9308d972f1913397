#pragma once

#include <QString>
#include <QStringView>

/// Conversions of SpreadsheetML cell values to the text XlsxReader delivers.
namespace cx::xlsx {

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

/// Shortest text that reads back as the same double; integers without ".0"
/// or exponent ("44927", "0.1", "1.5e-10").
QString numberToText(double value);

/// Parses a cell reference such as "AB12": @p column is 0-based, @p row
/// 1-based (0 when the reference has no digits). False when it does not
/// start with letters. @p column saturates at a large value for absurd
/// references so the caller can report them.
bool parseCellReference(QStringView reference, int *column, qint64 *row);

/// Undoes the _xHHHH_ escapes SpreadsheetML uses for control characters
/// ("_x000D_" → CR, "_x005F_" → "_").
QString decodeEscapes(const QString &text);

} // namespace cx::xlsx
