#pragma once

#include "io/tablereader.h"
#include "io/xlsxxml.h"

#include <QByteArray>

#include <array>
#include <atomic>
#include <functional>
#include <string>
#include <vector>

namespace cx::xlsx {

struct WorkbookContext;

/// A repair made while reading a sheet, and the row it was made in.
struct SheetRepair
{
    enum Kind : quint8 {
        MissingSharedString, ///< a shared string index past the table: read as empty
        UnknownCellType,     ///< a t="…" the format does not define: read as a number
        CellOutOfOrder,      ///< a cell naming a column left of the previous one: kept after it
        UnreadableReference, ///< a cell or row reference that is none: the next position taken
        KindCount
    };
    Kind kind;
    qint64 line;
};

/// The rows of one block of a sheet (see SheetSplitter), as RowParser left them.
///
/// Row numbers (TableRow::line(), SheetRepair::line, lastRow) are the sheet's
/// own where known. A block after the first does not know the number of the
/// row before it: rows there that give no number of their own (no r
/// attribute) carry -n, meaning "n rows after the last row of the previous
/// block", until a row gives its number.
struct ParsedBlock
{
    std::vector<TableRow> rows; ///< [0, count) parsed; the buffers are reused
    size_t count = 0;
    std::vector<SheetRepair> repairs; ///< in row order, each kind once per row
    qint64 lastRow = 0;               ///< the block's last row (blank ones too); 0: it has none
    bool last = false;                ///< the sheet's last block
    QString error;                    ///< why the block could not be read to its end
    qint64 columnsBeyondLimitRow = 0; ///< when that is a cell beyond the column limit: its row
};

/// Makes the rows of a sheet, or of one block of it, out of the elements a
/// parser (SheetLexer or libxml2 through XmlRowHandler) reports: every cell
/// converted once, to UTF-8, into a ParsedBlock, the repairs noted.
class RowParser
{
public:
    /// The t attribute of a cell (Unknown: none the format defines).
    enum class CellType : quint8 { Number, SharedString, InlineString, FormulaString, Boolean, Error, IsoDate, Unknown };
    /// The elements that make rows, by local name (prefixes do not matter).
    enum class Element : quint8 { Row, C, V, Is, T, RPh, Other };
    /// The unprefixed attributes of a row or cell that matter, raw as
    /// written (null when absent).
    struct Attributes
    {
        QByteArrayView r;
        QByteArrayView t;
        QByteArrayView s;
    };

    /// Stops at the next row once @p stop is set.
    RowParser(const WorkbookContext &context, const std::atomic<bool> &stop);

    /// Gives the rows parsed so far away and returns where the next go, or
    /// null to stop.
    using HandOver = std::function<ParsedBlock *()>;

    /// Starts filling @p block. @p firstBlock: row numbers start at 1 (else:
    /// see ParsedBlock). With @p handOver, the rows go on in other blocks
    /// every few hundred.
    void begin(ParsedBlock &block, bool firstBlock, HandOver handOver = {});

    /// A start tag; @p byteOffset is where it is in the sheet XML. False:
    /// parsing is to stop (a cell beyond the column limit).
    bool startElement(Element element, const Attributes &attributes, qint64 byteOffset);
    /// An end tag. False: parsing is to stop (asked to, or nobody takes rows).
    bool endElement(Element element);
    /// Text content, in one or more pieces, entities resolved.
    void characters(QByteArrayView text)
    {
        if (m_inValue || m_inText)
            m_value.append(text.data(), size_t(text.size()));
    }

private:
    void beginRow(const Attributes &attributes, qint64 byteOffset);
    bool endRow();
    bool beginCell(const Attributes &attributes);
    void endCell();
    void appendValue(TableRow &row);
    void appendNumber(TableRow &row, QByteArrayView text);
    bool isDateStyle(int style) const;
    void noteRepair(SheetRepair::Kind kind, qint64 number);
    qint64 encoded(qint64 number) const { return m_relative ? -number : number; }

    const WorkbookContext &m_context;
    const std::atomic<bool> &m_stop;
    ParsedBlock *m_block = nullptr;
    HandOver m_handOver;

    TableRow *m_row = nullptr; // the row being parsed, null outside <row>
    qint64 m_lastRow = 0;
    bool m_relative = false; // row numbers count from the previous block's last row
    bool m_inCell = false;
    bool m_inValue = false;
    bool m_inInline = false;
    bool m_inText = false;
    int m_phonetic = 0; // <rPh> runs hold reading aids, not cell text
    CellType m_type = CellType::Number;
    int m_style = 0;
    int m_column = 0;
    std::string m_value; // the text of <v> or of the inline string
    QByteArray m_scratch;
    std::array<qint64, SheetRepair::KindCount> m_lastRepairLine{}; // a row counts once per kind
};

/// Reports what libxml2 parses of a sheet to a RowParser: the reference path
/// beside SheetLexer, and the one for sheets that are not in UTF-8.
class XmlRowHandler final : public XmlHandler
{
public:
    /// @p offset and @p prefixBytes place what @p parser reads in the sheet
    /// XML, for TableRow::byteOffset().
    XmlRowHandler(RowParser &rows, XmlParser &parser, qint64 offset, qint64 prefixBytes);

    void startElement(const XmlTag &tag) override;
    void endElement(const XmlTag &tag) override;
    void characters(QByteArrayView text) override { m_rows.characters(text); }

private:
    RowParser &m_rows;
    XmlParser &m_parser;
    qint64 m_offset;
    qint64 m_prefixBytes;
};

} // namespace cx::xlsx
