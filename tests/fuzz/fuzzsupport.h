#pragma once

#include "io/workbookreader.h"

#include <QByteArray>
#include <QtGlobal>

#include <cstdint>
#include <cstdlib>

namespace cx::fuzz {

/// Silences Qt's warnings (QXmlStreamReader, QBuffer) so the fuzzer's
/// output stays readable; call from LLVMFuzzerInitialize.
inline void quietQt()
{
    qInstallMessageHandler([](QtMsgType, const QMessageLogContext &, const QString &) {});
}

/// The fuzzer's bytes without a copy.
inline QByteArray bytesOf(const std::uint8_t *data, std::size_t size)
{
    return QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
}

/// Stops with a crash the fuzzer records when an invariant breaks.
inline void require(bool condition)
{
    if (!condition)
        std::abort();
}

/// Every issue counts its rows and names at most ReadIssue::maxLines of them, ascending.
inline void requireSaneIssues(const TableReader &reader)
{
    for (const ReadIssue &issue : reader.issues()) {
        require(!issue.message.isEmpty());
        require(issue.lines.size() <= ReadIssue::maxLines && issue.count >= issue.lines.size());
        for (qsizetype i = 1; i < issue.lines.size(); ++i)
            require(issue.lines[i - 1] < issue.lines[i]);
    }
}

/// Previews and reads the first sheets of an opened workbook, checking what
/// every reader promises about rows.
inline void exerciseWorkbook(WorkbookReader &reader, qsizetype maxColumns)
{
    constexpr int maxSheets = 3;
    const int sheets = int(qMin<qsizetype>(reader.sheets().size(), maxSheets));
    for (int i = 0; i < sheets; ++i)
        require(reader.previewSheet(i, 3).size() <= 3);
    for (int i = 0; i < sheets && !reader.hasError(); ++i) {
        if (i > 0 && !reader.selectSheet(i))
            break;
        TableRow row;
        qint64 lastLine = 0;
        while (reader.readRow(row)) {
            require(row.line() > lastLine); // sheet rows in order
            lastLine = row.line();
            require(row.size() <= maxColumns);
            require(reader.progressBytes() <= reader.totalBytes());
        }
    }
    requireSaneIssues(reader);
}

} // namespace cx::fuzz
