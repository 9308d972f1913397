#pragma once

#include "io/workbookreader.h"

#include <QCoreApplication>

#include <memory>

class QIODevice;

namespace cx {

/// Options of BiffReader.
struct BiffOptions
{
    int sheetIndex = 0;        ///< sheet readRow() reads (see selectSheet())
    bool skipBlankRows = true; ///< drop rows whose cells are all empty
};

/// Reader of old binary Excel workbooks (.xls: BIFF2–BIFF8, the Excel
/// 97–2003 format, in an OLE compound file), on FreeXL.
///
/// Cells as the XLSX reader delivers them: text as it is (shared strings
/// included), numbers as shortest round-trip text, cells whose format shows
/// a date or time as "yyyy-MM-dd", "yyyy-MM-dd HH:mm:ss" or "HH:mm:ss"
/// (FreeXL reads the 1900 and 1904 date systems and drops fractions of a
/// second). A row ends at its last non-empty cell; TableRow::line() is the
/// sheet's row number. A reference to a missing shared string leaves the
/// cell empty and is reported as an issue.
///
/// FreeXL keeps its state in the handle (no globals), so readers on several
/// threads are safe, one reader per thread. It reads files by name: a
/// device, or a file whose name the C library cannot open, is copied to a
/// temporary file first. An OLE file that holds no workbook (a Word
/// document, an Outlook message, an encrypted workbook) is refused, saying
/// what it is.
class BiffReader : public WorkbookReader
{
    Q_DECLARE_TR_FUNCTIONS(cx::BiffReader)

public:
    using Options = BiffOptions;

    /// Reads the file at @p path.
    explicit BiffReader(const QString &path, const Options &options = {});
    /// Reads from @p device (opened or not; not owned). @p displayName is
    /// used in messages.
    BiffReader(QIODevice *device, const QString &displayName, const Options &options = {});
    ~BiffReader() override;

    bool open() override;
    bool readRow(TableRow &row) override;
    /// The file's size times the share of the sheet's rows read.
    qint64 progressBytes() const override;
    qint64 totalBytes() const override;

    QList<Sheet> sheets() const override;
    bool uses1904Dates() const override;
    QList<QStringList> previewSheet(int sheetIndex, int maxRows) override;
    bool selectSheet(int sheetIndex) override;
    int selectedSheet() const override;

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace cx
