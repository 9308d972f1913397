// libFuzzer target: BiffReader's reading of the stream from its reader
// process (FrameSplitter, BiffStreamParser) over arbitrary bytes, as if
// cxwb-xlsread had been taken over by a file and said anything. Frames
// are read in order as BiffReader reads them: rows frames answer requests
// for sheet 0 from where the previous one ended. Seeds are streams the
// real process wrote for the BIFF test workbooks (make-seeds.py).
#include "fuzzsupport.h"
#include "io/biffstreamparser.h"
#include "io/tablereader.h"

using namespace cx;
using Result = BiffStreamParser::Result;

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    fuzz::quietQt();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    constexpr quint32 batchRows = 4096;
    // Fed in two parts, as bytes come from a pipe.
    biffstream::FrameSplitter frames;
    frames.append(fuzz::bytesOf(data, size / 2));
    frames.append(fuzz::bytesOf(data + size / 2, size - size / 2));
    QByteArray frame;
    BiffStreamParser parser;
    quint32 firstRow = 0;
    while (frames.next(&frame) == biffstream::FrameSplitter::Result::Frame) {
        BiffStreamParser::Workbook workbook;
        BiffStreamParser::Failure failure;
        if (BiffStreamParser::parseWorkbook(frame, &workbook) || BiffStreamParser::parseFailure(frame, &failure))
            continue;
        if (!parser.beginRows(frame, 0, firstRow, batchRows))
            continue;
        fuzz::require(parser.nextRow() <= parser.sheetRows());
        fuzz::require(parser.nextRow() > firstRow || parser.nextRow() == parser.sheetRows());
        TableRow row;
        quint32 index = 0;
        qint64 last = qint64(firstRow) - 1;
        quint32 rows = 0;
        BiffStreamParser::CellProblems problems;
        while (parser.readRow(row, &index, &problems) == Result::Row) {
            fuzz::require(qint64(index) > last && index < parser.nextRow());
            last = index;
            fuzz::require(++rows <= batchRows);
            for (qsizetype i = 0; i < row.size(); ++i)
                row.cell(i); // decodes the cell
        }
        firstRow = parser.nextRow();
    }
    return 0;
}
