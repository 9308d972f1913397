#include "io/biffreader.h"

#include "io/xlsxvalues.h"

#include <QFile>
#include <QIODevice>
#include <QTemporaryFile>

#include <freexl.h>

using namespace Qt::StringLiterals;

namespace cx {

namespace {

constexpr qint64 kOleScanBytes = 64 * 1024 * 1024;

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

struct FreeXlHandle
{
    const void *handle = nullptr;
    ~FreeXlHandle()
    {
        if (handle)
            freexl_close(handle);
    }
};

} // namespace

struct BiffReader::Private
{
    BiffReader *q = nullptr;
    Options options;
    bool opened = false;
    std::unique_ptr<QTemporaryFile> copy; // what FreeXL reads when the input is not a plain file
    FreeXlHandle xls;
    qint64 fileSize = 0;
    bool date1904 = false;
    QList<Sheet> sheets;
    int selected = -1;
    unsigned int rows = 0;
    unsigned short columns = 0;
    unsigned int nextRow = 0;
    bool cellErrorReported = false;

    QString describeOleFile(const QString &file) const;
    QString openError(int code, const QString &file) const;
    bool activate(int sheet);
    void readCells(unsigned int sheetRow, TableRow &row, bool report);
};

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

QString BiffReader::Private::openError(int code, const QString &file) const
{
    const QString name = q->displayName();
    switch (code) {
    case FREEXL_FILE_NOT_FOUND:
        return tr("Cannot open %1. Check that the file exists and that you may read it.").arg(name);
    case FREEXL_INSUFFICIENT_MEMORY:
        return tr("%1 is too large to be read in the available memory. Save it as .xlsx or CSV and import that "
                  "file.")
            .arg(name);
    case FREEXL_BIFF_WORKBOOK_NOT_FOUND:
        return describeOleFile(file);
    case FREEXL_UNSUPPORTED_CHARSET:
    case FREEXL_INVALID_CHARACTER:
        return tr("%1 uses a character set that cannot be read here. Open it in Excel, save it as .xlsx and import "
                  "that file.")
            .arg(name);
    case FREEXL_CRAFTED_FILE:
        return tr("%1 is damaged in a way that may be deliberate, and was not read. Ask for the file again.")
            .arg(name);
    default:
        return tr("%1 is damaged or not a complete .xls workbook (FreeXL error %2). Open it in Excel, save it again "
                  "and import that file.")
            .arg(name)
            .arg(code);
    }
}

bool BiffReader::Private::activate(int sheet)
{
    if (freexl_select_active_worksheet(xls.handle, static_cast<unsigned short>(sheet)) != FREEXL_OK
        || freexl_worksheet_dimensions(xls.handle, &rows, &columns) != FREEXL_OK) {
        q->setError(tr("%1: the sheet \"%2\" cannot be read; the workbook may be damaged. Open it in Excel, save "
                       "it again and import that file.")
                        .arg(q->displayName(), sheets.at(sheet).name));
        return false;
    }
    return true;
}

void BiffReader::Private::readCells(unsigned int sheetRow, TableRow &row, bool report)
{
    row.clear();
    row.setPosition(qint64(sheetRow) + 1, rows ? qint64(double(fileSize) * sheetRow / rows) : 0);
    const QString &sheet = sheets.at(selected).name;
    for (unsigned short column = 0; column < columns; ++column) {
        FreeXL_CellValue value;
        const int status = freexl_get_cell_value(xls.handle, sheetRow, column, &value);
        if (status != FREEXL_OK) {
            row.appendCell({});
            if (!report)
                continue;
            if (status == FREEXL_BIFF_ILLEGAL_SST_INDEX) {
                q->noteIssue(ReadIssue::Kind::MissingSharedString, qint64(sheetRow) + 1, sheet);
            } else if (!cellErrorReported) {
                cellErrorReported = true;
                q->addIssue(qint64(sheetRow) + 1,
                            tr("%1, sheet \"%2\", row %3: a cell cannot be read (FreeXL error %4) and was left "
                               "empty. The workbook may be damaged.")
                                .arg(q->displayName(), sheet)
                                .arg(sheetRow + 1)
                                .arg(status));
            }
            continue;
        }
        switch (value.type) {
        case FREEXL_CELL_INT:
            row.appendCell(QString::number(value.value.int_value));
            break;
        case FREEXL_CELL_DOUBLE:
            row.appendCell(xlsx::numberToText(value.value.double_value));
            break;
        case FREEXL_CELL_TEXT:
        case FREEXL_CELL_SST_TEXT:
        case FREEXL_CELL_DATE:
        case FREEXL_CELL_DATETIME:
        case FREEXL_CELL_TIME: {
            const QByteArrayView text(value.value.text_value);
            if (text.isValidUtf8())
                row.appendUtf8Cell(text);
            else
                row.appendCell(QString::fromUtf8(text));
            break;
        }
        default:
            row.appendCell({});
            break;
        }
    }
    row.removeTrailingEmptyCells(); // as in XLSX: formatted empty cells say nothing about the width
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

    // FreeXL opens files by name through the C library; a device, or a name
    // it could not spell (a Chinese name on a Windows code page), goes through a copy.
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

    const int status = freexl_open(QFile::encodeName(file).constData(), &d->xls.handle);
    if (status != FREEXL_OK) {
        setError(d->openError(status, file));
        return false;
    }
    unsigned int info = 0;
    if (freexl_get_info(d->xls.handle, FREEXL_BIFF_PASSWORD, &info) == FREEXL_OK && info == FREEXL_BIFF_OBFUSCATED) {
        setError(tr("%1 is password-protected. Open it in Excel, save it without a password and import that file.")
                     .arg(displayName()));
        return false;
    }
    d->date1904 = freexl_get_info(d->xls.handle, FREEXL_BIFF_DATEMODE, &info) == FREEXL_OK
        && info == FREEXL_BIFF_DATEMODE_1904;
    unsigned int count = 0;
    freexl_get_info(d->xls.handle, FREEXL_BIFF_SHEET_COUNT, &count);
    for (unsigned int i = 0; i < count && i <= 0xFFFF; ++i) {
        const char *name = nullptr;
        freexl_get_worksheet_name(d->xls.handle, static_cast<unsigned short>(i), &name);
        d->sheets.append(Sheet{name ? QString::fromUtf8(name) : u"Sheet%1"_s.arg(i + 1), QString(), false});
    }
    if (d->sheets.isEmpty()) {
        setError(tr("%1 contains no worksheets. Check that you picked the right file.").arg(displayName()));
        return false;
    }
    if (d->options.sheetIndex < 0 || d->options.sheetIndex >= d->sheets.size()) {
        setError(tr("%1 has %n sheet(s); there is no sheet %2.", nullptr, int(d->sheets.size()))
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
    while (d->nextRow < d->rows) {
        d->readCells(d->nextRow++, row, true);
        if (!(d->options.skipBlankRows && row.isBlank()))
            return true;
    }
    return false;
}

qint64 BiffReader::progressBytes() const
{
    return d->rows ? qint64(double(d->fileSize) * d->nextRow / d->rows) : 0;
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
    if (d->selected < 0 || hasError() || sheetIndex < 0 || sheetIndex >= d->sheets.size())
        return previews;
    // One sheet is active per handle: switch to the previewed one and back.
    const int reading = d->selected;
    const unsigned int readingRow = d->nextRow;
    d->selected = sheetIndex;
    if (d->activate(sheetIndex)) {
        TableRow row;
        for (unsigned int r = 0; r < d->rows && previews.size() < maxRows; ++r) {
            d->readCells(r, row, false); // issues are counted when the sheet is read
            if (!(d->options.skipBlankRows && row.isBlank()))
                previews.append(row.toStringList());
        }
    }
    d->selected = reading;
    d->activate(reading);
    d->nextRow = readingRow;
    return previews;
}

bool BiffReader::selectSheet(int sheetIndex)
{
    if (!d->xls.handle || hasError() || sheetIndex < 0 || sheetIndex >= d->sheets.size())
        return false;
    if (!d->activate(sheetIndex))
        return false;
    forgetIssues(d->sheets.at(sheetIndex).name);
    d->selected = sheetIndex;
    d->nextRow = 0;
    return true;
}

int BiffReader::selectedSheet() const
{
    return d->selected;
}

} // namespace cx
