#pragma once

#include "io/tablereader.h"

#include <QList>
#include <QStringList>

namespace cx::test {

/// Everything a TableReader delivered: one "line|cell|cell..." entry per row
/// (easy to compare and to print when a test fails), plus the raw rows.
struct ReadAll
{
    QStringList summary;
    QList<qint64> lines;
    QList<QStringList> rows;
};

/// Reads all rows of an opened (or not yet opened) reader.
inline ReadAll readAll(TableReader &reader)
{
    ReadAll result;
    TableRow row;
    while (reader.readRow(row)) {
        result.lines.append(row.line());
        result.rows.append(row.toStringList());
        result.summary.append(QString::number(row.line()) + QLatin1Char('|') + result.rows.last().join(QLatin1Char('|')));
    }
    return result;
}

} // namespace cx::test
