#include "io/xlsxsheet.h"

#include "io/xlsxvalues.h"

#include <charconv>
#include <limits>

using namespace Qt::StringLiterals;

namespace cx::xlsx {

namespace {

constexpr size_t kBatchRows = 256;    // rows handed over at a time
constexpr size_t kQueuedBatches = 4;  // how far the worker runs ahead

ZipArchive::Guard sheetGuard(const XlsxLimits &limits)
{
    ZipArchive::Guard guard;
    guard.maxBytes = limits.maxSheetBytes;
    guard.maxRatio = limits.maxCompressionRatio;
    guard.ratioMinBytes = limits.ratioCheckMinBytes;
    return guard;
}

// A non-negative decimal integer, surrounding blanks allowed; -1 otherwise.
qint64 parseIndex(QByteArrayView text)
{
    text = text.trimmed();
    qint64 value = -1;
    const auto result = std::from_chars(text.begin(), text.end(), value);
    return result.ec == std::errc() && result.ptr == text.end() && value >= 0 ? value : -1;
}

// The t attribute of a cell; compared by hand, this runs for nearly every cell.
SheetStream::CellType cellType(QByteArrayView t)
{
    using Type = SheetStream::CellType;
    switch (t.size()) {
    case 1:
        switch (t[0]) {
        case 's':
            return Type::SharedString;
        case 'n':
            return Type::Number;
        case 'b':
            return Type::Boolean;
        case 'e':
            return Type::Error;
        case 'd':
            return Type::IsoDate;
        default:
            return Type::Unknown;
        }
    case 3:
        return t == "str" ? Type::FormulaString : Type::Unknown;
    case 9:
        return t == "inlineStr" ? Type::InlineString : Type::Unknown;
    default:
        return Type::Unknown;
    }
}

int parseStyle(QByteArrayView text)
{
    int value = 0;
    const auto result = std::from_chars(text.begin(), text.end(), value);
    return result.ec == std::errc() ? value : 0;
}

} // namespace

bool SharedStrings::append(QByteArrayView text)
{
    if (findEscape(text) >= 0)
        appendUnescaped(text, m_text);
    else
        m_text.append(text);
    if (m_text.size() > qsizetype(std::numeric_limits<quint32>::max()))
        return false;
    m_ends.push_back(quint32(m_text.size()));
    return true;
}

void SharedStrings::squeeze()
{
    m_text.squeeze();
    m_ends.shrink_to_fit();
}

SheetStream::SheetStream(QIODevice *device, std::mutex *deviceLock, const WorkbookContext &context,
                         const XlsxReader::Sheet &sheet, RepairSink repairs)
    : m_zip(device, context.displayName, deviceLock)
    , m_part(m_zip, context.displayName)
    , m_context(context)
    , m_sheet(sheet)
    , m_repairSink(std::move(repairs))
{
}

SheetStream::~SheetStream()
{
    if (!m_worker.joinable())
        return;
    {
        std::lock_guard lock(m_mutex);
        m_stop = true;
    }
    m_changed.notify_all();
    m_worker.join();
}

bool SheetStream::open()
{
    if (!m_zip.open()) {
        m_error = m_zip.errorString();
        return false;
    }
    if (!m_part.open(m_sheet.partName, sheetGuard(m_context.limits), *this, true)) {
        m_error = m_part.errorString();
        return false;
    }
    m_size = m_part.size();
    m_worker = std::thread([this] { run(); });
    return true;
}

bool SheetStream::readRow(TableRow &row)
{
    for (;;) {
        if (m_next < m_reading.count) {
            std::swap(row, m_reading.rows[m_next++]);
            m_progress = row.byteOffset();
            return true;
        }
        if (m_done)
            return false;
        std::unique_lock lock(m_mutex);
        if (!m_reading.rows.empty())
            m_spare.push_back(std::exchange(m_reading, Batch()));
        m_changed.wait(lock, [this] { return !m_ready.empty() || m_finished; });
        if (m_ready.empty()) {
            // The worker is done: its results are ours now. Rows completed
            // before an error still count; the error follows them.
            m_done = true;
            m_progress = m_part.bytesRead();
            if (m_part.failed())
                m_error = XlsxReader::tr("%1 (Sheet \"%2\", after row %3.)")
                              .arg(m_part.errorString(), m_sheet.name)
                              .arg(m_lastRow);
            return false;
        }
        m_reading = std::move(m_ready.front());
        m_ready.pop_front();
        m_next = 0;
        lock.unlock();
        m_changed.notify_all();
        if (m_repairSink) {
            for (const SheetRepair &repair : m_reading.repairs)
                m_repairSink(repair);
        }
    }
}

void SheetStream::run()
{
    m_part.parse();
    {
        std::lock_guard lock(m_mutex);
        if (m_parsing.count > 0 || !m_parsing.repairs.empty())
            m_ready.push_back(std::move(m_parsing));
        m_finished = true;
    }
    m_changed.notify_all();
}

bool SheetStream::handOver()
{
    std::unique_lock lock(m_mutex);
    m_changed.wait(lock, [this] { return m_stop || m_ready.size() < kQueuedBatches; });
    if (m_stop)
        return false;
    m_ready.push_back(std::move(m_parsing));
    if (m_spare.empty()) {
        m_parsing = Batch();
    } else {
        m_parsing = std::move(m_spare.back());
        m_spare.pop_back();
    }
    m_parsing.count = 0;
    m_parsing.repairs.clear();
    lock.unlock();
    m_changed.notify_all();
    return true;
}

void SheetStream::startElement(const XmlTag &tag)
{
    if (m_inCell) {
        if (tag.is(Name::V))
            m_inValue = true;
        else if (tag.is(Name::Is))
            m_inInline = true;
        else if (tag.is(Name::T))
            m_inText = m_inInline && m_phonetic == 0;
        else if (tag.is(Name::RPh))
            ++m_phonetic;
    } else if (m_row) {
        if (tag.is(Name::C))
            beginCell(tag);
    } else if (tag.is(Name::Row)) {
        beginRow(tag);
    }
}

void SheetStream::endElement(const XmlTag &tag)
{
    if (m_inCell) {
        if (tag.is(Name::C))
            endCell();
        else if (tag.is(Name::V))
            m_inValue = false;
        else if (tag.is(Name::Is))
            m_inInline = false;
        else if (tag.is(Name::T))
            m_inText = false;
        else if (tag.is(Name::RPh))
            --m_phonetic;
    } else if (m_row && tag.is(Name::Row)) {
        endRow();
    }
}

void SheetStream::characters(QByteArrayView text)
{
    if (m_inValue || m_inText)
        m_value.append(text.data(), size_t(text.size()));
}

void SheetStream::beginRow(const XmlTag &tag)
{
    qint64 number = m_lastRow + 1;
    const QByteArrayView declared = tag.attribute(Name::R);
    if (!declared.isNull()) {
        const qint64 value = parseIndex(declared);
        if (value > 0)
            number = value;
        else
            noteRepair(SheetRepair::UnreadableReference, number);
    }
    m_lastRow = number;
    if (m_parsing.count == m_parsing.rows.size())
        m_parsing.rows.emplace_back();
    m_row = &m_parsing.rows[m_parsing.count];
    m_row->clear();
    m_row->setPosition(number, m_part.bytesRead());
}

void SheetStream::endRow()
{
    m_row->removeTrailingEmptyCells();
    const bool keep = !(m_context.skipBlankRows && m_row->isBlank());
    m_row = nullptr;
    if (keep && ++m_parsing.count == kBatchRows && !handOver())
        m_part.stop(); // nobody reads on
}

void SheetStream::beginCell(const XmlTag &tag)
{
    const int next = int(m_row->size());
    int column = next;
    m_type = CellType::Number;
    m_style = 0;
    // One pass over the attributes: this runs for every cell.
    tag.forEachAttribute([&](const unsigned char *name, QByteArrayView value) {
        const InternedNames &names = tag.names();
        if (name == names[size_t(Name::R)]) {
            qint64 unusedRow = 0;
            int referenced = 0;
            if (!parseCellReference(value, &referenced, &unusedRow))
                noteRepair(SheetRepair::UnreadableReference, m_lastRow);
            else if (referenced < next)
                noteRepair(SheetRepair::CellOutOfOrder, m_lastRow); // kept in file order
            else
                column = referenced;
        } else if (name == names[size_t(Name::T)]) {
            m_type = cellType(value);
            if (m_type == CellType::Unknown) {
                noteRepair(SheetRepair::UnknownCellType, m_lastRow);
                m_type = CellType::Number;
            }
        } else if (name == names[size_t(Name::S)]) {
            m_style = parseStyle(value);
        }
        return true;
    });
    if (column >= m_context.limits.maxColumns) {
        m_part.abort(XlsxReader::tr("%1, sheet \"%2\", row %3: a cell lies beyond column %4, more columns than "
                                    "Excel allows. The file is damaged or not a normal workbook; open it in "
                                    "Excel and save it again.")
                         .arg(m_context.displayName, m_sheet.name)
                         .arg(m_lastRow)
                         .arg(m_context.limits.maxColumns));
        return;
    }
    m_column = column;
    m_value.clear();
    m_inCell = true;
    m_inValue = m_inInline = m_inText = false;
    m_phonetic = 0;
}

void SheetStream::endCell()
{
    m_inCell = false;
    while (m_row->size() < m_column)
        m_row->appendUtf8Cell({});
    appendValue(*m_row);
}

void SheetStream::noteRepair(SheetRepair::Kind kind, qint64 line)
{
    if (std::exchange(m_lastRepairLine[kind], line) != line)
        m_parsing.repairs.push_back(SheetRepair{kind, line});
}

bool SheetStream::isDateStyle(int style) const
{
    return style >= 0 && size_t(style) < m_context.dateStyles.size() && m_context.dateStyles[size_t(style)];
}

void SheetStream::appendValue(TableRow &row)
{
    const QByteArrayView value(m_value.data(), qsizetype(m_value.size()));
    switch (m_type) {
    case CellType::SharedString: {
        const qint64 index = parseIndex(value);
        if (index >= 0 && index < m_context.sharedStrings.size()) {
            row.appendUtf8Cell(m_context.sharedStrings.at(index));
        } else {
            noteRepair(SheetRepair::MissingSharedString, m_lastRow);
            row.appendUtf8Cell({});
        }
        return;
    }
    case CellType::InlineString:
    case CellType::FormulaString:
        if (findEscape(value) >= 0) {
            m_scratch.resize(0);
            appendUnescaped(value, m_scratch);
            row.appendUtf8Cell(m_scratch);
        } else {
            row.appendUtf8Cell(value);
        }
        return;
    case CellType::Boolean:
        row.appendUtf8Cell(value.trimmed() == "1" ? "TRUE" : "FALSE");
        return;
    case CellType::Error:
        row.appendUtf8Cell(value);
        return;
    case CellType::IsoDate: {
        m_scratch = value.trimmed().toByteArray();
        m_scratch.replace('T', ' ');
        if (m_scratch.endsWith('Z'))
            m_scratch.chop(1);
        row.appendUtf8Cell(m_scratch);
        return;
    }
    case CellType::Number:
    case CellType::Unknown:
        appendNumber(row, value);
        return;
    }
}

void SheetStream::appendNumber(TableRow &row, QByteArrayView text)
{
    double number = 0;
    if (text.isEmpty() || !parseNumber(text, &number)) {
        row.appendUtf8Cell(text);
        return;
    }
    char out[kMaxValueText];
    if (isDateStyle(m_style)) {
        if (const qsizetype length = writeSerialText(number, m_context.date1904, out)) {
            row.appendUtf8Cell(QByteArrayView(out, length));
            return;
        }
    }
    row.appendUtf8Cell(QByteArrayView(out, writeNumberText(number, out)));
}

} // namespace cx::xlsx
