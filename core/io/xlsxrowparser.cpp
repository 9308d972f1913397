#include "io/xlsxrowparser.h"

#include "io/xlsxsheet.h"
#include "io/xlsxvalues.h"

#include <charconv>

namespace cx::xlsx {

namespace {

constexpr size_t kBatchRows = 512; // rows handed over at a time, if they are

// A non-negative decimal integer, surrounding blanks allowed; -1 otherwise.
qint64 parseIndex(QByteArrayView text)
{
    text = text.trimmed();
    qint64 value = -1;
    const auto result = std::from_chars(text.begin(), text.end(), value);
    return result.ec == std::errc() && result.ptr == text.end() && value >= 0 ? value : -1;
}

// The t attribute of a cell; compared by hand, this runs for nearly every cell.
RowParser::CellType cellType(QByteArrayView t)
{
    using Type = RowParser::CellType;
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

RowParser::RowParser(const WorkbookContext &context, const std::atomic<bool> &stop)
    : m_context(context)
    , m_stop(stop)
{
}

void RowParser::begin(ParsedBlock &block, bool firstBlock, HandOver handOver)
{
    m_block = &block;
    m_handOver = std::move(handOver);
    m_row = nullptr;
    m_lastRow = 0;
    m_relative = !firstBlock;
    m_inCell = false;
    m_lastRepairLine.fill(0);
}

bool RowParser::startElement(Element element, const Attributes &attributes, qint64 byteOffset)
{
    if (m_inCell) {
        if (element == Element::V)
            m_inValue = true;
        else if (element == Element::Is)
            m_inInline = true;
        else if (element == Element::T)
            m_inText = m_inInline && m_phonetic == 0;
        else if (element == Element::RPh)
            ++m_phonetic;
    } else if (m_row) {
        if (element == Element::C)
            return beginCell(attributes);
    } else if (element == Element::Row) {
        beginRow(attributes, byteOffset);
    }
    return true;
}

bool RowParser::endElement(Element element)
{
    if (m_inCell) {
        if (element == Element::C)
            endCell();
        else if (element == Element::V)
            m_inValue = false;
        else if (element == Element::Is)
            m_inInline = false;
        else if (element == Element::T)
            m_inText = false;
        else if (element == Element::RPh)
            --m_phonetic;
    } else if (m_row && element == Element::Row) {
        return endRow();
    }
    return true;
}

void RowParser::beginRow(const Attributes &attributes, qint64 byteOffset)
{
    qint64 number = m_lastRow + 1;
    if (!attributes.r.isNull()) {
        const qint64 value = parseIndex(attributes.r);
        if (value > 0) {
            number = value;
            m_relative = false;
        } else {
            noteRepair(SheetRepair::UnreadableReference, number);
        }
    }
    m_lastRow = number;
    m_block->lastRow = encoded(number);
    if (m_block->count == m_block->rows.size())
        m_block->rows.emplace_back();
    m_row = &m_block->rows[m_block->count];
    m_row->clear();
    m_row->setPosition(encoded(number), byteOffset);
}

bool RowParser::endRow()
{
    m_row->removeTrailingEmptyCells();
    const bool keep = !(m_context.skipBlankRows && m_row->isBlank());
    m_row = nullptr;
    if (keep)
        ++m_block->count;
    if (m_stop.load(std::memory_order_relaxed))
        return false; // nobody reads on
    if (m_handOver && m_block->count == kBatchRows) {
        m_block = m_handOver();
        return m_block != nullptr;
    }
    return true;
}

bool RowParser::beginCell(const Attributes &attributes)
{
    const int next = int(m_row->size());
    int column = next;
    m_type = CellType::Number;
    m_style = 0;
    if (!attributes.r.isNull()) {
        qint64 unusedRow = 0;
        int referenced = 0;
        if (!parseCellReference(attributes.r, &referenced, &unusedRow))
            noteRepair(SheetRepair::UnreadableReference, m_lastRow);
        else if (referenced < next)
            noteRepair(SheetRepair::CellOutOfOrder, m_lastRow); // kept in file order
        else
            column = referenced;
    }
    if (!attributes.t.isNull()) {
        m_type = cellType(attributes.t);
        if (m_type == CellType::Unknown) {
            noteRepair(SheetRepair::UnknownCellType, m_lastRow);
            m_type = CellType::Number;
        }
    }
    if (!attributes.s.isNull())
        m_style = parseStyle(attributes.s);
    if (column >= m_context.limits.maxColumns) {
        m_block->columnsBeyondLimitRow = encoded(m_lastRow); // said by the stream, which knows the row
        return false;
    }
    m_column = column;
    m_value.clear();
    m_inCell = true;
    m_inValue = m_inInline = m_inText = false;
    m_phonetic = 0;
    return true;
}

void RowParser::endCell()
{
    m_inCell = false;
    while (m_row->size() < m_column)
        m_row->appendUtf8Cell({});
    appendValue(*m_row);
}

void RowParser::noteRepair(SheetRepair::Kind kind, qint64 number)
{
    const qint64 line = encoded(number);
    if (std::exchange(m_lastRepairLine[kind], line) != line)
        m_block->repairs.push_back(SheetRepair{kind, line});
}

bool RowParser::isDateStyle(int style) const
{
    return style >= 0 && size_t(style) < m_context.dateStyles.size() && m_context.dateStyles[size_t(style)];
}

void RowParser::appendValue(TableRow &row)
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

void RowParser::appendNumber(TableRow &row, QByteArrayView text)
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

namespace {

RowParser::Element element(const XmlTag &tag)
{
    using Element = RowParser::Element;
    if (tag.is(Name::C))
        return Element::C;
    if (tag.is(Name::V))
        return Element::V;
    if (tag.is(Name::T))
        return Element::T;
    if (tag.is(Name::Is))
        return Element::Is;
    if (tag.is(Name::Row))
        return Element::Row;
    return tag.is(Name::RPh) ? Element::RPh : Element::Other;
}

} // namespace

XmlRowHandler::XmlRowHandler(RowParser &rows, XmlParser &parser, qint64 offset, qint64 prefixBytes)
    : m_rows(rows)
    , m_parser(parser)
    , m_offset(offset)
    , m_prefixBytes(prefixBytes)
{
}

void XmlRowHandler::startElement(const XmlTag &tag)
{
    const RowParser::Element which = element(tag);
    RowParser::Attributes attributes;
    if (which == RowParser::Element::C) {
        const InternedNames &names = tag.names();
        tag.forEachAttribute([&](const unsigned char *name, QByteArrayView value) {
            if (name == names[size_t(Name::R)])
                attributes.r = value;
            else if (name == names[size_t(Name::T)])
                attributes.t = value;
            else if (name == names[size_t(Name::S)])
                attributes.s = value;
            return true;
        });
    } else if (which == RowParser::Element::Row) {
        attributes.r = tag.attribute(Name::R);
    }
    const qint64 at = m_offset + qMax<qint64>(0, m_parser.bytesRead() - m_prefixBytes);
    if (!m_rows.startElement(which, attributes, at))
        m_parser.stop();
}

void XmlRowHandler::endElement(const XmlTag &tag)
{
    if (!m_rows.endElement(element(tag)))
        m_parser.stop();
}

} // namespace cx::xlsx
