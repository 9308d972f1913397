#include "io/tablereader.h"

#include "io/csvreader.h"
#include "io/xlsxreader.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QStringDecoder>

#include <algorithm>

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
    , m_displayName(QFileInfo(path).fileName())
{
}

TableReader::TableReader(QIODevice *device, const QString &displayName)
    : m_device(device)
    , m_displayName(displayName)
{
}

QIODevice *TableReader::openInput()
{
    if (!m_device) {
        m_ownedFile = std::make_unique<QFile>(m_path);
        m_device = m_ownedFile.get();
    }
    if (!m_device->isOpen() && !m_device->open(QIODevice::ReadOnly)) {
        setError(QCoreApplication::translate("cx::TableReader",
                                             "Cannot open %1: %2. Check that the file exists and that you may "
                                             "read it.")
                     .arg(m_displayName, m_device->errorString()));
        return nullptr;
    }
    return m_device;
}

TableReader::~TableReader() = default;

void TableReader::setError(const QString &message)
{
    if (m_errorString.isEmpty()) // the first error is the cause; later ones are consequences
        m_errorString = message;
}

void TableReader::addIssue(qint64 line, const QString &message)
{
    m_issues.append(ReadIssue{line, message});
}

std::unique_ptr<TableReader> createTableReader(const QString &path, const TableReaderOptions &options)
{
    bool zip = path.endsWith(".xlsx"_L1, Qt::CaseInsensitive) || path.endsWith(".xlsm"_L1, Qt::CaseInsensitive);
    QFile probe(path);
    if (probe.open(QIODevice::ReadOnly))
        zip = zip || probe.read(4) == QByteArrayView("PK\x03\x04");
    if (zip) {
        XlsxReader::Options xlsx;
        xlsx.sheetIndex = options.sheetIndex;
        xlsx.skipBlankRows = options.skipBlankRows;
        return std::make_unique<XlsxReader>(path, xlsx);
    }
    CsvReader::Options csv;
    csv.encoding = options.encoding;
    csv.delimiter = options.delimiter;
    csv.skipBlankRows = options.skipBlankRows;
    return std::make_unique<CsvReader>(path, csv);
}

} // namespace cx
