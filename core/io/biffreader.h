#pragma once

#include "io/workbookreader.h"

#include <QCoreApplication>

#include <atomic>
#include <memory>

class QIODevice;

namespace cx {

/// Options of BiffReader.
struct BiffOptions
{
    int sheetIndex = 0;        ///< sheet readRow() reads (see selectSheet())
    bool skipBlankRows = true; ///< drop rows whose cells are all empty
    /// When set (from any thread), the reader process is killed and the
    /// call waiting for it fails.
    const std::atomic_bool *cancel = nullptr;
    /// Processor seconds the reader process may use; 0: 30 s plus 3 s per
    /// MB of the file (FreeXL needs about 0.4 s per MB to open a workbook).
    int cpuSeconds = 0;
    /// Longest wait for one answer of the reader process, in milliseconds;
    /// 0: twice its processor seconds (a busy machine shares the processor).
    int timeoutMs = 0;
    /// Address space the reader process may use, in MB.
    int memoryMegabytes = 2048;
};

/// Reader of old binary Excel workbooks (.xls: BIFF2–BIFF8, the Excel
/// 97–2003 format, in an OLE compound file), on FreeXL run in a process of
/// its own.
///
/// FreeXL reads beyond its buffers on some damaged files and may loop for
/// seconds on absurd dates, so it never runs in the app's process: the
/// helper program cxwb-xlsread (see ReaderProcess::findProgram(); the
/// environment variable CXWB_XLSREAD names it in builds and tests) opens
/// the workbook under limits of processor time and memory, and sends
/// sheets and rows on request (io/biffstream.h). When it crashes, goes
/// over a limit, does not answer in time or sends what makes no sense, the
/// reader fails with a message that says so and what to do; rows already
/// delivered do not make the file read (an import rolls back on the
/// error). Destroying the reader, or the cancel flag, kills the process.
///
/// Cells as the XLSX reader delivers them: text as it is (shared strings
/// included), numbers as shortest round-trip text, cells whose format shows
/// a date or time as "yyyy-MM-dd", "yyyy-MM-dd HH:mm:ss" or "HH:mm:ss"
/// (FreeXL reads the 1900 and 1904 date systems and drops fractions of a
/// second). A row ends at its last non-empty cell; TableRow::line() is the
/// sheet's row number. A reference to a missing shared string leaves the
/// cell empty and is reported as an issue.
///
/// Each reader has a process of its own, so readers on several threads are
/// safe, one reader per thread; successive calls may come from different
/// threads. The process reads files by name: a device, or a file whose
/// name the C library cannot open, is copied to a temporary file first.
/// An OLE file that holds no workbook (a Word document, an Outlook
/// message, an encrypted workbook) is refused, saying what it is.
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
