#include "io/tablereader.h"

#include "io/csvreader.h"
#include "io/xlsxreader.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace cx {

bool TableRow::isBlank() const
{
    return m_used == 0;
}

QStringView TableRow::cell(qsizetype index) const
{
    if (index < 0 || index >= size())
        return {};
    const qsizetype begin = index == 0 ? 0 : m_ends[size_t(index - 1)];
    return QStringView(m_text.constData() + begin, m_ends[size_t(index)] - begin);
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
    m_ends.clear();
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

void TableRow::grow(qsizetype needed)
{
    m_text.resize(std::max(needed, m_text.size() * 2 + 64)); // new units stay uninitialised
}

void TableRow::removeTrailingEmptyCells()
{
    while (!m_ends.empty() && cell(size() - 1).isEmpty())
        m_ends.pop_back();
    m_used = m_ends.empty() ? 0 : m_ends.back();
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
