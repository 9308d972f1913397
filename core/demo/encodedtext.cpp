#include "demo/encodedtext.h"

#include <QString>

#include <unicode/ucnv.h>

#include <memory>

namespace cx::demo {

std::string toGb18030(QStringView text)
{
    if (text.isEmpty())
        return {};
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<UConverter, decltype(&ucnv_close)> converter(ucnv_open("GB18030", &status), &ucnv_close);
    if (U_FAILURE(status))
        return {};
    // GB18030 needs at most 4 bytes per UTF-16 code unit.
    std::string bytes(std::size_t(text.size()) * 4, '\0');
    const int32_t written = ucnv_fromUChars(converter.get(), bytes.data(), int32_t(bytes.size()),
                                            reinterpret_cast<const UChar *>(text.utf16()),
                                            int32_t(text.size()), &status);
    if (U_FAILURE(status))
        return {};
    bytes.resize(std::size_t(written));
    return bytes;
}

std::string encodeText(QStringView text, TextEncoding encoding)
{
    return encoding == TextEncoding::Utf8 ? text.toUtf8().toStdString() : toGb18030(text);
}

EncodedText::EncodedText(QStringView text)
    : utf8(text.toUtf8().toStdString())
    , gb18030(toGb18030(text))
{
}

} // namespace cx::demo
