// libFuzzer target: XlsxReader over arbitrary bytes (seeds are workbooks
// with stored, uncompressed parts so mutations reach the XML). Limits are
// lowered so that the fuzzer's memory cap tests the guards, not the host.
// The first sheet is read a second time with libxml2: when both read it
// without an error, the rows must be the same.
#include "fuzzsupport.h"
#include "io/xlsxreader.h"

#include <QBuffer>

using namespace Qt::StringLiterals;

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    cx::fuzz::quietQt();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    QByteArray bytes = cx::fuzz::bytesOf(data, size);
    QBuffer buffer(&bytes);
    cx::XlsxOptions options;
    options.limits.maxSheetBytes = 32 * 1024 * 1024;
    options.limits.maxSharedStringsBytes = 8 * 1024 * 1024;
    options.limits.maxPartBytes = 8 * 1024 * 1024;
    options.limits.maxSharedStrings = 100000;
    // Both ways of parsing a sheet: in one piece, and in blocks side by side.
    options.parseThreads = size % 2 == 0 ? 1 : 2;
    cx::XlsxReader reader(&buffer, u"fuzz.xlsx"_s, options);
    if (!reader.open())
        return 0;

    constexpr int maxSheets = 3;
    const int sheets = int(qMin<qsizetype>(reader.sheetNames().size(), maxSheets));
    for (int i = 0; i < sheets; ++i)
        cx::fuzz::require(reader.previewSheet(i, 3).size() <= 3);
    QStringList firstSheet;
    for (int i = 0; i < sheets && !reader.hasError(); ++i) {
        if (i > 0 && !reader.selectSheet(i))
            break;
        cx::TableRow row;
        while (reader.readRow(row)) {
            cx::fuzz::require(row.line() > 0);
            cx::fuzz::require(row.size() <= options.limits.maxColumns);
            cx::fuzz::require(reader.progressBytes() <= reader.totalBytes());
            if (i == 0)
                firstSheet.append(QString::number(row.line()) + u'|' + row.toStringList().join(u'|'));
        }
    }
    if (sheets == 0 || (reader.hasError() && reader.selectedSheet() == 0))
        return 0;

    QBuffer again(&bytes);
    options.libxml2Sheets = true;
    cx::XlsxReader reference(&again, u"fuzz.xlsx"_s, options);
    cx::fuzz::require(reference.open());
    QStringList referenceRows;
    cx::TableRow row;
    while (reference.readRow(row))
        referenceRows.append(QString::number(row.line()) + u'|' + row.toStringList().join(u'|'));
    if (!reference.hasError())
        cx::fuzz::require(referenceRows == firstSheet);
    return 0;
}
