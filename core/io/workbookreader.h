#pragma once

#include "io/tablereader.h"

#include <QList>
#include <QStringList>

namespace cx {

/// A table reader of a file with several sheets (XlsxReader, BiffReader;
/// HtmlTableReader, whose sheets are the page's tables). readRow() reads the
/// selected sheet; the pipeline previews the sheets to pick one, or reads
/// each in turn.
class WorkbookReader : public TableReader
{
public:
    /// One sheet of the workbook, in workbook order.
    struct Sheet
    {
        QString name;
        QString partName; ///< where the sheet lives in the file (XLSX: "xl/worksheets/sheet1.xml"); may be empty
        bool hidden = false;
    };

    /// After open(): the sheets that hold cells (chart sheets are left out).
    virtual QList<Sheet> sheets() const = 0;
    /// After open(): the names of sheets().
    virtual QStringList sheetNames() const;
    /// After open(): whether numbers in date cells count from 1904 (a date
    /// system of old Mac workbooks); false where the format has none.
    virtual bool uses1904Dates() const = 0;

    /// After open(): the first @p maxRows rows (blank rows skipped if the
    /// options say so) of sheet @p sheetIndex, for choosing the sheet whose
    /// header fits best. Independent of readRow()'s position. Empty on error.
    virtual QList<QStringList> previewSheet(int sheetIndex, int maxRows) = 0;
    /// previewSheet() of every sheet, in order.
    virtual QList<QList<QStringList>> previewAll(int maxRows);

    /// Restarts readRow() at the top of sheet @p sheetIndex. False, with
    /// errorString(), when the sheet cannot be read.
    virtual bool selectSheet(int sheetIndex) = 0;
    /// The sheet readRow() reads; -1 before open().
    virtual int selectedSheet() const = 0;

protected:
    using TableReader::TableReader;
};

} // namespace cx
