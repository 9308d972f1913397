// libFuzzer target: the reader process's side of BiffReader (BiffDecoder on
// FreeXL, as cxwb-xlsread runs it) over arbitrary bytes, in-process, with
// every frame it sends read back by BiffStreamParser as BiffReader reads
// it. Seeds are .xls workbooks written by xlwt and LibreOffice. FreeXL
// itself is not instrumented: crashes inside it are found, its memory
// errors only when they crash. In the app such a crash ends cxwb-xlsread only.
#include "biffdecoder.h"
#include "fuzzsupport.h"
#include "io/biffstreamparser.h"
#include "io/tablereader.h"

#include <QFile>
#include <QTemporaryFile>

using namespace cx;
using Result = BiffStreamParser::Result;

namespace {

QTemporaryFile *workbookFile()
{
    static QTemporaryFile file; // FreeXL reads files by name
    if (!file.isOpen())
        file.open();
    return &file;
}

// Reads @p sheet as BiffReader does, batch by batch, checking that each
// answer is one the parser accepts.
void readSheet(BiffDecoder &decoder, quint16 sheet)
{
    constexpr quint32 batchRows = 64;
    constexpr int maxBatches = 64;
    BiffStreamParser parser;
    quint32 firstRow = 0;
    for (int batch = 0; batch < maxBatches; ++batch) {
        biffstream::FrameWriter request(biffstream::FrameType::ReadRows);
        request.addU16(sheet);
        request.addU32(firstRow);
        request.addU32(batchRows);
        const QByteArray frame = request.finish();
        const QByteArray answer = decoder.answer(QByteArrayView(frame).sliced(4));
        fuzz::require(!answer.isEmpty());
        const QByteArray body = answer.sliced(4);
        BiffStreamParser::Failure failure;
        if (BiffStreamParser::parseFailure(body, &failure)) {
            fuzz::require(failure.reason == biffstream::Failure::SheetUnreadable);
            return;
        }
        fuzz::require(parser.beginRows(body, sheet, firstRow, batchRows));
        TableRow row;
        quint32 index = 0;
        BiffStreamParser::CellProblems problems;
        Result result;
        while ((result = parser.readRow(row, &index, &problems)) == Result::Row)
            fuzz::require(!row.isBlank() || problems.missingSharedString || problems.unreadableStatus != 0);
        fuzz::require(result == Result::End);
        firstRow = parser.nextRow();
        if (firstRow >= parser.sheetRows())
            return;
    }
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    fuzz::quietQt();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    QTemporaryFile *file = workbookFile();
    file->resize(0);
    file->seek(0);
    file->write(reinterpret_cast<const char *>(data), qint64(size));
    file->flush();

    BiffDecoder decoder(QFile::encodeName(file->fileName()));
    const QByteArray opened = decoder.open();
    fuzz::require(opened.size() > 4);
    const QByteArray body = opened.sliced(4);
    BiffStreamParser::Workbook workbook;
    BiffStreamParser::Failure failure;
    if (!BiffStreamParser::parseWorkbook(body, &workbook)) {
        fuzz::require(BiffStreamParser::parseFailure(body, &failure));
        return 0;
    }
    constexpr int maxSheets = 3;
    for (int sheet = 0; sheet < qMin<qsizetype>(workbook.sheetNames.size(), maxSheets); ++sheet)
        readSheet(decoder, quint16(sheet));
    return 0;
}
