#include "io/biffreader.h"

#include "io/biffstream.h"
#include "io/biffstreamparser.h"
#include "io/readerprocess.h"

#include <QFile>
#include <QIODevice>
#include <QTemporaryFile>

#include <cmath>
#include <optional>

using namespace Qt::StringLiterals;

namespace cx {

namespace {

constexpr qint64 kOleScanBytes = 64 * 1024 * 1024;
// Rows asked for at a time while reading a sheet; the process stops a
// frame earlier when it grows beyond biffstream::rowsFrameTarget.
constexpr quint32 kBatchRows = 4096;

// Stream names in an OLE directory are UTF-16LE.
bool hasStream(const QByteArray &bytes, const char *name)
{
    QByteArray utf16;
    for (const char *c = name; *c; ++c) {
        utf16.append(*c);
        utf16.append('\0');
    }
    return bytes.contains(utf16);
}

// Rows of one sheet as the process sends them, frame by frame.
struct SheetStream
{
    int sheet = -1;
    BiffStreamParser parser;
    quint32 sheetRows = 0;
    quint32 received = 0; // rows below it have been answered for
    quint32 nextLine = 0; // 0-based sheet row delivered next (blank rows count)
    bool requested = false; // a request for the rows from `received` is on its way
    std::optional<QByteArray> answer; // its answer, taken early while previewing
};

} // namespace

struct BiffReader::Private
{
    BiffReader *q = nullptr;
    Options options;
    bool opened = false;
    std::unique_ptr<QTemporaryFile> copy; // what the process reads when the input is not a plain file
    qint64 fileSize = 0;
    int timeoutMs = 0;
    std::unique_ptr<ReaderProcess> process;
    biffstream::FrameSplitter frames;
    bool date1904 = false;
    QList<Sheet> sheets;
    int selected = -1;
    SheetStream reading; // the selected sheet, as readRow() reads it
    bool cellErrorReported = false;

    void fail(const QString &message);
    void stopped(const QString &reason);
    QString describeOleFile(const QString &file) const;
    QString failureMessage(const BiffStreamParser::Failure &failure, const QString &file) const;
    void request(int sheet, quint32 firstRow, quint32 maxRows);
    bool receive(QByteArray *frame);
    bool takeFrame(SheetStream &stream, quint32 maxRows, bool readAhead);
    bool nextRow(SheetStream &stream, TableRow &row, quint32 maxRows, bool readAhead, bool report);
    void noteProblems(const SheetStream &stream, quint32 sheetRow, const BiffStreamParser::CellProblems &problems);
};

void BiffReader::Private::fail(const QString &message)
{
    q->setError(message);
    process.reset(); // kills the process and reaps it
}

void BiffReader::Private::stopped(const QString &reason)
{
    fail(tr("%1 could not be read: the old Excel format reader stopped (%2; damaged file?) — save it as .xlsx or "
            "CSV in Excel/WPS and import that file.")
             .arg(q->displayName(), reason));
}

QString BiffReader::Private::describeOleFile(const QString &file) const
{
    QFile f(file);
    const QByteArray bytes = f.open(QIODevice::ReadOnly) ? f.read(kOleScanBytes) : QByteArray();
    const QString name = q->displayName();
    if (hasStream(bytes, "EncryptedPackage") || hasStream(bytes, "EncryptionInfo"))
        return tr("%1 is a password-protected Office file. Open it in Excel, save it without a password (as .xlsx) "
                  "and import that file.")
            .arg(name);
    if (hasStream(bytes, "WordDocument"))
        return tr("%1 is a Word document, not a workbook. Export the table from the source system as CSV or Excel "
                  "and import that file.")
            .arg(name);
    if (hasStream(bytes, "PowerPoint Document"))
        return tr("%1 is a PowerPoint presentation, not a workbook. Export the table from the source system as CSV "
                  "or Excel and import that file.")
            .arg(name);
    if (hasStream(bytes, "__substg1.0_"))
        return tr("%1 is an Outlook message, not a workbook. Save its attachment and import that file.").arg(name);
    return tr("%1 is an Office compound file without a workbook in it. Check that you picked the right file, or "
              "export the table as CSV or Excel and import that file.")
        .arg(name);
}

QString BiffReader::Private::failureMessage(const BiffStreamParser::Failure &failure, const QString &file) const
{
    const QString name = q->displayName();
    switch (failure.reason) {
    case biffstream::Failure::FileNotFound:
        return tr("Cannot open %1. Check that the file exists and that you may read it.").arg(name);
    case biffstream::Failure::OutOfMemory:
        return tr("%1 is too large to be read in the available memory. Save it as .xlsx or CSV and import that "
                  "file.")
            .arg(name);
    case biffstream::Failure::NoWorkbook:
        return describeOleFile(file);
    case biffstream::Failure::UnsupportedCharset:
        return tr("%1 uses a character set that cannot be read here. Open it in Excel, save it as .xlsx and import "
                  "that file.")
            .arg(name);
    case biffstream::Failure::Crafted:
        return tr("%1 is damaged in a way that may be deliberate, and was not read. Ask for the file again.")
            .arg(name);
    case biffstream::Failure::Obfuscated:
        return tr("%1 is password-protected. Open it in Excel, save it without a password and import that file.")
            .arg(name);
    case biffstream::Failure::Damaged:
    case biffstream::Failure::SheetUnreadable:
        break;
    }
    return tr("%1 is damaged or not a complete .xls workbook (FreeXL error %2). Open it in Excel, save it again "
              "and import that file.")
        .arg(name)
        .arg(failure.status);
}

void BiffReader::Private::request(int sheet, quint32 firstRow, quint32 maxRows)
{
    biffstream::FrameWriter out(biffstream::FrameType::ReadRows);
    out.addU16(quint16(sheet));
    out.addU32(firstRow);
    out.addU32(maxRows);
    process->write(out.finish());
}

bool BiffReader::Private::receive(QByteArray *frame)
{
    const QDeadlineTimer deadline(timeoutMs);
    for (;;) {
        switch (frames.next(frame)) {
        case biffstream::FrameSplitter::Result::Frame:
            return true;
        case biffstream::FrameSplitter::Result::Damaged:
            stopped(tr("it sent data that makes no sense"));
            return false;
        case biffstream::FrameSplitter::Result::NeedMore:
            break;
        }
        QByteArray bytes;
        switch (process->read(bytes, deadline, options.cancel)) {
        case ReaderProcess::Wait::Data:
            frames.append(bytes);
            break;
        case ReaderProcess::Wait::Ended:
            if (process->crashed())
                stopped(tr("it crashed or went over its limit of processor time or memory"));
            else
                stopped(tr("it ended with exit code %1 before it answered").arg(process->exitCode()));
            return false;
        case ReaderProcess::Wait::TimedOut:
            stopped(tr("it gave no answer within %n second(s)", nullptr, (timeoutMs + 999) / 1000));
            return false;
        case ReaderProcess::Wait::Cancelled:
            fail(tr("Reading %1 was cancelled.").arg(q->displayName()));
            return false;
        }
    }
}

// Makes the answer to the request for the rows from stream.received the
// frame the stream reads, asking for it first if that has not been done.
bool BiffReader::Private::takeFrame(SheetStream &stream, quint32 maxRows, bool readAhead)
{
    QByteArray frame;
    if (stream.answer) {
        frame = std::move(*stream.answer);
        stream.answer.reset();
    } else {
        if (!stream.requested)
            request(stream.sheet, stream.received, maxRows);
        if (!receive(&frame))
            return false;
    }
    stream.requested = false;
    BiffStreamParser::Failure failure;
    if (BiffStreamParser::parseFailure(frame, &failure) && failure.reason == biffstream::Failure::SheetUnreadable) {
        fail(tr("%1: the sheet \"%2\" cannot be read; the workbook may be damaged. Open it in Excel, save it again "
                "and import that file.")
                 .arg(q->displayName(), sheets.at(stream.sheet).name));
        return false;
    }
    if (!stream.parser.beginRows(frame, quint16(stream.sheet), stream.received, maxRows)) {
        stopped(tr("it sent data that makes no sense"));
        return false;
    }
    stream.sheetRows = stream.parser.sheetRows();
    stream.received = stream.parser.nextRow();
    // Ask for the next rows now, so that the process reads them while these are used.
    if (readAhead && stream.received < stream.sheetRows) {
        request(stream.sheet, stream.received, maxRows);
        stream.requested = true;
    }
    return true;
}

bool BiffReader::Private::nextRow(SheetStream &stream, TableRow &row, quint32 maxRows, bool readAhead, bool report)
{
    for (;;) {
        quint32 index = 0;
        const BiffStreamParser::Result next = stream.parser.peekRow(&index);
        if (next == BiffStreamParser::Result::Damaged) {
            stopped(tr("it sent data that makes no sense"));
            return false;
        }
        // Rows the process left out are blank.
        const quint32 blankUntil = next == BiffStreamParser::Result::Row ? index : stream.received;
        if (stream.nextLine < blankUntil) {
            if (!options.skipBlankRows) {
                row.clear();
                row.setPosition(qint64(stream.nextLine) + 1,
                                qint64(double(fileSize) * stream.nextLine / stream.sheetRows));
                ++stream.nextLine;
                return true;
            }
            stream.nextLine = blankUntil;
        }
        if (next == BiffStreamParser::Result::End) {
            if (stream.received >= stream.sheetRows)
                return false;
            if (!takeFrame(stream, maxRows, readAhead))
                return false;
            continue;
        }
        BiffStreamParser::CellProblems problems;
        stream.parser.readRow(row, &index, &problems);
        row.setPosition(qint64(index) + 1, qint64(double(fileSize) * index / stream.sheetRows));
        stream.nextLine = index + 1;
        if (report)
            noteProblems(stream, index, problems);
        if (!(options.skipBlankRows && row.isBlank())) // a row of unreadable cells only
            return true;
    }
}

void BiffReader::Private::noteProblems(const SheetStream &stream, quint32 sheetRow,
                                       const BiffStreamParser::CellProblems &problems)
{
    const QString &sheet = sheets.at(stream.sheet).name;
    if (problems.missingSharedString)
        q->noteIssue(ReadIssue::Kind::MissingSharedString, qint64(sheetRow) + 1, sheet);
    if (problems.unreadableStatus != 0 && !cellErrorReported) {
        cellErrorReported = true;
        q->addIssue(qint64(sheetRow) + 1,
                    tr("%1, sheet \"%2\", row %3: a cell cannot be read (FreeXL error %4) and was left "
                       "empty. The workbook may be damaged.")
                        .arg(q->displayName(), sheet)
                        .arg(sheetRow + 1)
                        .arg(problems.unreadableStatus));
    }
}

BiffReader::BiffReader(const QString &path, const Options &options)
    : WorkbookReader(path)
    , d(std::make_unique<Private>())
{
    d->q = this;
    d->options = options;
}

BiffReader::BiffReader(QIODevice *device, const QString &displayName, const Options &options)
    : WorkbookReader(device, displayName)
    , d(std::make_unique<Private>())
{
    d->q = this;
    d->options = options;
}

BiffReader::~BiffReader() = default;

bool BiffReader::open()
{
    if (d->opened)
        return !hasError();
    d->opened = true;

    // The process opens files by name through the C library; a device, or a
    // name it could not spell (a Chinese name on a Windows code page), goes through a copy.
    QString file = path();
    const bool readable = !file.isEmpty() && QFile::decodeName(QFile::encodeName(file)) == file;
    if (!readable) {
        QIODevice *input = openInput();
        if (!input)
            return false;
        d->copy = std::make_unique<QTemporaryFile>();
        if (!d->copy->open() || d->copy->write(input->readAll()) < 0 || !d->copy->flush()) {
            setError(tr("%1 cannot be copied to a temporary file to be read (%2). Free some disk space and try "
                        "again.")
                         .arg(displayName(), d->copy->errorString()));
            return false;
        }
        file = d->copy->fileName();
    }
    d->fileSize = QFile(file).size();

    const QString program = ReaderProcess::findProgram(u"cxwb-xlsread"_s, "CXWB_XLSREAD");
    if (program.isEmpty()) {
        setError(tr("%1 cannot be read: the reader of old Excel files (cxwb-xlsread) is missing from this "
                    "installation. Install CX Workbench again, or save the file as .xlsx or CSV in Excel/WPS and "
                    "import that file.")
                     .arg(displayName()));
        return false;
    }
    const int cpuSeconds = d->options.cpuSeconds > 0
        ? d->options.cpuSeconds
        : 30 + 3 * int(std::ceil(double(d->fileSize) / (1024 * 1024)));
    d->timeoutMs = d->options.timeoutMs > 0 ? d->options.timeoutMs : 2000 * cpuSeconds;
    d->process = std::make_unique<ReaderProcess>();
    const QStringList arguments{u"--cpu-seconds"_s, QString::number(cpuSeconds), u"--memory-mb"_s,
                                QString::number(d->options.memoryMegabytes), u"--"_s, file};
    if (!d->process->start(program, arguments)) {
        d->fail(tr("%1 cannot be read: the reader of old Excel files (%2) does not start (%3). Install CX "
                   "Workbench again, or save the file as .xlsx or CSV in Excel/WPS and import that file.")
                    .arg(displayName(), program, d->process->errorString()));
        return false;
    }

    QByteArray frame;
    if (!d->receive(&frame))
        return false;
    BiffStreamParser::Failure failure;
    if (BiffStreamParser::parseFailure(frame, &failure)) {
        d->fail(d->failureMessage(failure, file));
        return false;
    }
    BiffStreamParser::Workbook workbook;
    if (!BiffStreamParser::parseWorkbook(frame, &workbook)) {
        d->stopped(tr("it sent data that makes no sense"));
        return false;
    }
    d->date1904 = workbook.date1904;
    for (qsizetype i = 0; i < workbook.sheetNames.size(); ++i) {
        const QString &name = workbook.sheetNames.at(i);
        d->sheets.append(Sheet{name.isNull() ? u"Sheet%1"_s.arg(i + 1) : name, QString(), false});
    }
    if (d->sheets.isEmpty()) {
        d->fail(tr("%1 contains no worksheets. Check that you picked the right file.").arg(displayName()));
        return false;
    }
    if (d->options.sheetIndex < 0 || d->options.sheetIndex >= d->sheets.size()) {
        d->fail(tr("%1 has %n sheet(s); there is no sheet %2.", nullptr, int(d->sheets.size()))
                    .arg(displayName())
                    .arg(d->options.sheetIndex + 1));
        return false;
    }
    return selectSheet(d->options.sheetIndex);
}

bool BiffReader::readRow(TableRow &row)
{
    if (!d->opened && !open())
        return false;
    if (d->selected < 0 || hasError())
        return false;
    return d->nextRow(d->reading, row, kBatchRows, true, true);
}

qint64 BiffReader::progressBytes() const
{
    const SheetStream &reading = d->reading;
    return reading.sheetRows ? qint64(double(d->fileSize) * reading.nextLine / reading.sheetRows) : 0;
}

qint64 BiffReader::totalBytes() const
{
    return d->fileSize;
}

QList<WorkbookReader::Sheet> BiffReader::sheets() const
{
    return d->sheets;
}

bool BiffReader::uses1904Dates() const
{
    return d->date1904;
}

QList<QStringList> BiffReader::previewSheet(int sheetIndex, int maxRows)
{
    QList<QStringList> previews;
    if (d->selected < 0 || hasError() || sheetIndex < 0 || sheetIndex >= d->sheets.size() || maxRows <= 0)
        return previews;
    // The answer on its way for readRow() is taken first, so that the
    // process is free for the preview; readRow() uses it later.
    SheetStream &reading = d->reading;
    if (reading.requested) {
        QByteArray frame;
        if (!d->receive(&frame))
            return previews;
        reading.answer = std::move(frame);
        reading.requested = false;
    }
    SheetStream preview;
    preview.sheet = sheetIndex;
    if (!d->takeFrame(preview, quint32(maxRows), false))
        return previews;
    TableRow row;
    while (previews.size() < maxRows && d->nextRow(preview, row, quint32(maxRows - previews.size()), false, false))
        previews.append(row.toStringList()); // issues are counted when the sheet is read
    return hasError() ? QList<QStringList>() : previews;
}

bool BiffReader::selectSheet(int sheetIndex)
{
    if (!d->process || hasError() || sheetIndex < 0 || sheetIndex >= d->sheets.size())
        return false;
    // An answer on its way for the sheet read so far is of no use any more.
    if (d->reading.requested) {
        QByteArray frame;
        if (!d->receive(&frame))
            return false;
    }
    d->reading = SheetStream();
    d->reading.sheet = sheetIndex;
    forgetIssues(d->sheets.at(sheetIndex).name);
    d->cellErrorReported = false;
    if (!d->takeFrame(d->reading, kBatchRows, true))
        return false;
    d->selected = sheetIndex;
    return true;
}

int BiffReader::selectedSheet() const
{
    return d->selected;
}

} // namespace cx
