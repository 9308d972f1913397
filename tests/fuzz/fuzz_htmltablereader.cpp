// libFuzzer target: HtmlTableReader over arbitrary bytes. The first byte
// picks options (encoding override, blank rows, small span limits), the rest
// is the page. Seeds: the HTML fixtures (tests/io/data, shared/fixtures).
#include "fuzzsupport.h"
#include "io/htmltablereader.h"

#include <QBuffer>

using namespace Qt::StringLiterals;

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    cx::fuzz::quietQt();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    if (size == 0)
        return 0;
    const std::uint8_t config = data[0];
    QByteArray bytes = cx::fuzz::bytesOf(data + 1, size - 1);

    cx::HtmlTableOptions options;
    static const QString encodings[] = {QString(), u"GB18030"_s, u"UTF-16LE"_s, u"UTF-8"_s};
    options.encoding = encodings[config & 3];
    options.skipBlankRows = !(config & 4);
    if (config & 8) { // let spans and widths hit the limits
        options.limits.maxColumns = 64;
        options.limits.maxColspan = 16;
        options.limits.maxRowspan = 16;
    }
    QBuffer buffer(&bytes);
    cx::HtmlTableReader reader(&buffer, u"fuzz.xls"_s, options);
    if (reader.open())
        cx::fuzz::exerciseWorkbook(reader, options.limits.maxColumns);
    cx::fuzz::require(reader.hasError() == !reader.errorString().isEmpty());
    return 0;
}
