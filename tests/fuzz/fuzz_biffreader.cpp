// libFuzzer target: BiffReader (FreeXL) over arbitrary bytes; seeds are .xls
// workbooks written by xlwt and LibreOffice. FreeXL itself is not
// instrumented: crashes inside it are found, its memory errors only when
// they crash.
#include "fuzzsupport.h"
#include "io/biffreader.h"

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
    QBuffer buffer(&bytes); // read through a temporary file, as FreeXL wants a name
    cx::BiffReader reader(&buffer, u"fuzz.xls"_s);
    if (reader.open())
        cx::fuzz::exerciseWorkbook(reader, 256); // BIFF8 has 256 columns
    cx::fuzz::require(reader.hasError() == !reader.errorString().isEmpty());
    return 0;
}
