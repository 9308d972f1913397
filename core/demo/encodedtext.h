#pragma once

#include <QStringView>

#include <string>
#include <string_view>

namespace cx::demo {

/// Text encodings the demo files are written in.
enum class TextEncoding { Utf8, Gb18030 };

/// One piece of text pre-encoded in both output encodings, so rows can be
/// assembled from bytes without converting strings per row.
struct EncodedText
{
    std::string utf8;
    std::string gb18030;

    EncodedText() = default;
    explicit EncodedText(QStringView text);

    std::string_view in(TextEncoding encoding) const
    {
        return encoding == TextEncoding::Utf8 ? std::string_view(utf8) : std::string_view(gb18030);
    }
};

/// Encodes text as GB18030 (a superset of GBK) through ICU, which is
/// available on every platform cxcore builds on.
std::string toGb18030(QStringView text);

/// Encodes text in the given encoding.
std::string encodeText(QStringView text, TextEncoding encoding);

} // namespace cx::demo
