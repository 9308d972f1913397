#pragma once

#include <QChar>
#include <QString>
#include <QStringView>

namespace cx {

/// Maps a full-width form (U+FF01..U+FF5E, ideographic space U+3000) to its
/// ASCII twin; any other character is returned unchanged.
constexpr char16_t toHalfWidth(char16_t c) noexcept
{
    if (c >= 0xFF01 && c <= 0xFF5E)
        return char16_t(c - 0xFEE0);
    if (c == 0x3000)
        return u' ';
    return c;
}

/// The key a column header is matched by: full-width folded to half-width,
/// case-folded, and everything that is not a letter or a digit dropped
/// (spaces, BOMs, brackets, colons, asterisks, slashes ...), so that
/// "处理时长（小时）", "处理时长(小时) " and "*处理时长:小时" all give "处理时长小时".
QString normalizeHeader(QStringView header);

/// The key a cell value is matched by (enum values, booleans): trimmed,
/// full-width folded to half-width, case-folded, inner whitespace dropped.
/// Punctuation is kept, so "+1" and "-1" stay different.
QString normalizeValue(QStringView value);

/// `text` with surrounding whitespace (including U+3000 and a BOM) removed.
QStringView trimmedView(QStringView text);

} // namespace cx
