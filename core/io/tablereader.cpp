#include "io/tablereader.h"

#include "io/biffreader.h"
#include "io/csvreader.h"
#include "io/fileformat.h"
#include "io/htmltablereader.h"
#include "io/xlsxreader.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QStringDecoder>

#include <algorithm>
#include <limits>
#include <utility>

using namespace Qt::StringLiterals;

namespace cx {

bool TableRow::isBlank() const
{
    return m_used == 0 && m_bytesUsed == 0;
}

QStringView TableRow::cell(qsizetype index) const
{
    if (index < 0 || index >= size())
        return {};
    Cell &cell = m_cells[size_t(index)];
    if (cell.textBegin < 0) {
        // Room was reserved when the bytes came in: m_text does not move.
        // Most cells that are read as text (dates, numbers, codes) are ASCII.
        const char *bytes = m_bytes.constData() + cell.byteBegin;
        const qsizetype count = cell.byteEnd - cell.byteBegin;
        QChar *out = m_text.data() + m_used;
        qsizetype ascii = 0;
        while (ascii < count && uchar(bytes[ascii]) < 0x80) {
            out[ascii] = QLatin1Char(bytes[ascii]);
            ++ascii;
        }
        QChar *end = out + ascii;
        if (ascii < count)
            end = m_decoder.appendToBuffer(end, QByteArrayView(bytes + ascii, count - ascii));
        cell.textBegin = m_used;
        m_used = end - m_text.constData();
        cell.textEnd = m_used;
    }
    return QStringView(m_text.constData() + cell.textBegin, cell.textEnd - cell.textBegin);
}

QByteArrayView TableRow::utf8Cell(qsizetype index) const
{
    if (index < 0 || index >= size() || m_cells[size_t(index)].byteBegin < 0)
        return {};
    const Cell &cell = m_cells[size_t(index)];
    return QByteArrayView(m_bytes.constData() + cell.byteBegin, cell.byteEnd - cell.byteBegin);
}

QStringList TableRow::toStringList() const
{
    QStringList cells;
    cells.reserve(size());
    for (qsizetype i = 0; i < size(); ++i)
        cells.append(cellString(i));
    return cells;
}

void TableRow::clear()
{
    m_used = 0;
    m_pendingUnits = 0;
    m_bytesUsed = 0;
    m_cells.clear();
}

void TableRow::setPosition(qint64 line, qint64 byteOffset)
{
    m_line = line;
    m_byteOffset = byteOffset;
}

void TableRow::appendCell(QStringView text)
{
    QChar *out = beginCell(text.size());
    std::copy(text.begin(), text.end(), out);
    endCell(out + text.size());
}

void TableRow::appendUtf8Cell(QByteArrayView bytes)
{
    if (m_bytes.size() < m_bytesUsed + bytes.size())
        m_bytes.resize(std::max(m_bytesUsed + bytes.size(), m_bytes.size() * 2 + 256));
    std::copy(bytes.begin(), bytes.end(), m_bytes.data() + m_bytesUsed);
    // A UTF-8 byte never decodes to more than one UTF-16 unit.
    reserveText(bytes.size());
    m_pendingUnits += bytes.size();
    m_cells.push_back(Cell{-1, -1, m_bytesUsed, m_bytesUsed + bytes.size()});
    m_bytesUsed += bytes.size();
}

void TableRow::reserveText(qsizetype units)
{
    const qsizetype needed = m_used + m_pendingUnits + units;
    if (m_text.size() < needed)
        m_text.resize(std::max(needed, m_text.size() * 2 + 64)); // new units stay uninitialised
}

void TableRow::removeTrailingEmptyCells()
{
    while (!m_cells.empty()) {
        const Cell &last = m_cells.back();
        const bool empty = last.byteBegin >= 0 ? last.byteEnd == last.byteBegin : last.textEnd == last.textBegin;
        if (!empty)
            break;
        m_cells.pop_back();
    }
}

TableReader::TableReader(const QString &path)
    : m_path(path)
    , m_displayName(fileDisplayName(path))
{
}

TableReader::TableReader(QIODevice *device, const QString &displayName)
    : m_device(device)
    , m_displayName(fileDisplayName(displayName))
{
}

TableReader::~TableReader() = default;

QString TableReader::fileDisplayName(const QString &path)
{
    return QFileInfo(path).fileName();
}

QIODevice *TableReader::openInput()
{
    if (!m_device) {
        m_ownedFile = std::make_unique<QFile>(m_path);
        m_device = m_ownedFile.get();
    }
    if (!m_device->isOpen() && !m_device->open(QIODevice::ReadOnly)) {
        setError(tr("Cannot open %1: %2. Check that the file exists and that you may read it.")
                     .arg(m_displayName, m_device->errorString()));
        return nullptr;
    }
    return m_device;
}

void TableReader::setError(const QString &message)
{
    if (m_errorString.isEmpty()) // the first error is the cause; later ones are consequences
        m_errorString = message;
}

void TableReader::addIssue(qint64 line, const QString &message, ReadIssue::Kind kind, const QString &detail)
{
    ReadIssue issue;
    issue.kind = kind;
    issue.detail = detail;
    issue.count = 1;
    if (line > 0)
        issue.lines.append(line);
    issue.message = message;
    m_issues.append(std::move(issue));
    m_lastLines.push_back(line);
}

void TableReader::noteIssue(ReadIssue::Kind kind, qint64 line, const QString &sheet, const QString &detail,
                            qint64 rowsReread)
{
    qsizetype index = 0;
    while (index < m_issues.size()) {
        const ReadIssue &known = m_issues.at(index);
        if (known.kind == kind && known.sheet == sheet && known.detail == detail && known.message.isEmpty())
            break;
        ++index;
    }
    if (index == m_issues.size()) {
        ReadIssue issue;
        issue.kind = kind;
        issue.sheet = sheet;
        issue.detail = detail;
        m_issues.append(std::move(issue));
        m_lastLines.push_back(-1);
    }
    ReadIssue &issue = m_issues[index];
    issue.rowsReread += rowsReread;
    qint64 &last = m_lastLines[size_t(index)];
    if (line > 0 && line == last)
        return;
    last = line;
    ++issue.count;
    if (line > 0 && issue.lines.size() < ReadIssue::maxLines)
        issue.lines.append(line);
}

void TableReader::forgetIssues(const QString &sheet)
{
    for (qsizetype i = m_issues.size() - 1; i >= 0; --i) {
        if (m_issues.at(i).message.isEmpty() && m_issues.at(i).sheet == sheet) {
            m_issues.removeAt(i);
            m_lastLines.erase(m_lastLines.begin() + i);
        }
    }
}

namespace {

// "line 17", "lines 17, 230, 231" or "lines 17, 230, 231 and 9 more".
QString linesText(const ReadIssue &issue)
{
    QStringList numbers;
    for (qint64 line : issue.lines)
        numbers.append(QString::number(line));
    const QString listed = TableReader::tr("line(s) %1", nullptr, int(issue.lines.size())).arg(numbers.join(u", "_s));
    const qint64 more = issue.count - issue.lines.size();
    if (more <= 0)
        return listed;
    return TableReader::tr("%1 and %n more", nullptr, int(qMin<qint64>(more, std::numeric_limits<int>::max())))
        .arg(listed);
}

QString issueMessage(const ReadIssue &issue, const QString &file)
{
    const QString where = issue.sheet.isEmpty() ? file
                                                : TableReader::tr("%1, sheet \"%2\"").arg(file, issue.sheet);
    const int rows = int(qMin<qint64>(issue.count, std::numeric_limits<int>::max()));
    if (!issue.message.isEmpty()) // a remark in the reader's own words
        return issue.message;
    switch (issue.kind) {
    case ReadIssue::Kind::Other:
    case ReadIssue::Kind::DeclaredEncodingIgnored:
        break;
    case ReadIssue::Kind::ReplacedBytes:
        return TableReader::tr("%1: %n row(s) had bytes that are not valid %2, replaced by \uFFFD: %3. If text "
                               "looks garbled, choose the file's encoding in the import dialog.",
                               nullptr, rows)
            .arg(where, issue.detail, linesText(issue));
    case ReadIssue::Kind::NulBytesStripped:
        return TableReader::tr("%1: %n row(s) contained NUL bytes, which were removed: %2. Check those rows; the "
                               "exporting system may have padded or damaged them.",
                               nullptr, rows)
            .arg(where, linesText(issue));
    case ReadIssue::Kind::StrayQuoteJoined:
        return TableReader::tr("%1: in %n row(s) text follows a field's closing quotation mark; as Excel does, it "
                               "was joined to the field without the quotation marks: %2. Check those values.",
                               nullptr, rows)
            .arg(where, linesText(issue));
    case ReadIssue::Kind::UnclosedQuote:
        return TableReader::tr("%1: %n quotation mark(s) are never closed properly: %2. Read by the letter of the CSV "
                               "rules, the lines after it (%3 in all) would have vanished into one field; the quotation "
                               "mark was kept as text and those lines were read as rows of their own, as "
                               "LibreOffice does. Check the quotation marks on the lines named.",
                               nullptr, rows)
            .arg(where, linesText(issue))
            .arg(issue.rowsReread);
    case ReadIssue::Kind::MissingSharedString:
        return TableReader::tr("%1: %n row(s) refer to shared strings the workbook does not contain; those cells "
                               "were left empty: %2. The file may be damaged: open it in Excel, save it again "
                               "and import that file.",
                               nullptr, rows)
            .arg(where, linesText(issue));
    case ReadIssue::Kind::UnknownCellType:
        return TableReader::tr("%1: %n row(s) have cells of a type this program does not know; they were read as "
                               "numbers, or as the text they hold: %2.",
                               nullptr, rows)
            .arg(where, linesText(issue));
    case ReadIssue::Kind::CellOutOfOrder:
        return TableReader::tr("%1: %n row(s) have cells that name a column left of the cell before them; they "
                               "were kept after it, in the order of the file: %2. Check those rows in Excel.",
                               nullptr, rows)
            .arg(where, linesText(issue));
    case ReadIssue::Kind::UnreadableReference:
        return TableReader::tr("%1: %n row(s) have a row or cell reference that cannot be read; the row or cell "
                               "was placed right after the one before it: %2. Check those rows in Excel.",
                               nullptr, rows)
            .arg(where, linesText(issue));
    case ReadIssue::Kind::SpanClipped:
        return TableReader::tr("%1: in %n row(s) a cell spans more columns or rows than the reader allows; the "
                               "span was cut: %2.",
                               nullptr, rows)
            .arg(where, linesText(issue));
    }
    return issue.message;
}

} // namespace

QList<ReadIssue> TableReader::issues() const
{
    QList<ReadIssue> result = m_issues;
    for (ReadIssue &issue : result)
        issue.message = issueMessage(issue, m_displayName);
    return result;
}

namespace {

// Content no reader takes: open() says what it is and what the product reads.
class RefusedReader : public TableReader
{
public:
    RefusedReader(const QString &path, QString reason)
        : TableReader(path)
        , m_reason(std::move(reason))
    {
    }
    bool open() override
    {
        setError(m_reason);
        return false;
    }
    bool readRow(TableRow &) override { return false; }
    qint64 progressBytes() const override { return 0; }
    qint64 totalBytes() const override { return 0; }

private:
    QString m_reason;
};

} // namespace

std::unique_ptr<TableReader> createTableReader(const QString &path, const TableReaderOptions &options)
{
    QByteArray head;
    QByteArray tail;
    QFile probe(path);
    if (probe.open(QIODevice::ReadOnly))
        head = probe.read(FileFormat::sampleSize());
    FileFormat format = FileFormat::sniff(head);
    if (format.kind() == FileFormat::Kind::Zip) {
        if (probe.size() > FileFormat::zipDirectorySize())
            probe.seek(probe.size() - FileFormat::zipDirectorySize());
        tail = probe.read(FileFormat::zipDirectorySize());
        format = FileFormat::classifyZip(head, tail);
    }
    probe.close(); // a file that cannot be opened is CsvReader's to report
    switch (format.kind()) {
    case FileFormat::Kind::Zip: {
        XlsxReader::Options xlsx;
        xlsx.sheetIndex = options.sheetIndex;
        xlsx.skipBlankRows = options.skipBlankRows;
        return std::make_unique<XlsxReader>(path, xlsx);
    }
    case FileFormat::Kind::Html: {
        HtmlTableReader::Options html;
        html.encoding = options.encoding;
        html.sheetIndex = options.sheetIndex;
        html.skipBlankRows = options.skipBlankRows;
        return std::make_unique<HtmlTableReader>(path, html);
    }
    case FileFormat::Kind::Ole: {
        BiffReader::Options biff;
        biff.sheetIndex = options.sheetIndex;
        biff.skipBlankRows = options.skipBlankRows;
        biff.cancel = options.cancel;
        return std::make_unique<BiffReader>(path, biff);
    }
    case FileFormat::Kind::Refused:
        return std::make_unique<RefusedReader>(path, format.refusal(TableReader::fileDisplayName(path)));
    case FileFormat::Kind::Text:
        break;
    }
    CsvReader::Options csv;
    csv.encoding = options.encoding;
    csv.delimiter = options.delimiter;
    csv.skipBlankRows = options.skipBlankRows;
    return std::make_unique<CsvReader>(path, csv);
}

} // namespace cx
