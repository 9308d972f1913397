// libFuzzer target: CsvReader over arbitrary bytes. The first byte picks
// options (delimiter, encoding override, blank rows, a small field limit),
// the rest is the file.
#include "fuzzsupport.h"
#include "io/csvreader.h"

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

    cx::CsvOptions options;
    static const char delimiters[] = {0, ',', ';', '\t'};
    options.delimiter = delimiters[config & 3];
    static const QString encodings[] = {QString(), u"GB18030"_s, u"UTF-16LE"_s, u"UTF-8"_s};
    options.encoding = encodings[(config >> 2) & 3];
    options.skipBlankRows = !(config & 0x10);
    if (config & 0x20)
        options.maxFieldBytes = 512;

    QBuffer buffer(&bytes);
    cx::CsvReader reader(&buffer, u"fuzz.csv"_s, options);
    if (!reader.open())
        return 0;
    cx::TableRow row;
    qint64 lastLine = 0;
    while (reader.readRow(row)) {
        cx::fuzz::require(row.line() > lastLine); // rows start on ever later lines
        lastLine = row.line();
        qsizetype total = 0;
        for (qsizetype i = 0; i < row.size(); ++i)
            total += row.cell(i).size();
        cx::fuzz::require(total == 0 || !row.isBlank());
        cx::fuzz::require(!(options.skipBlankRows && row.isBlank()));
        cx::fuzz::require(reader.progressBytes() <= reader.totalBytes());
    }
    cx::fuzz::require(reader.hasError() == !reader.errorString().isEmpty());
    cx::fuzz::requireSaneIssues(reader);
    return 0;
}
