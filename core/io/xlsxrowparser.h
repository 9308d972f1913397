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

/// Parses the rows of a sheet, or of one block of it, into a ParsedBlock:
/// every cell converted once, to UTF-8, the repairs noted.
class RowParser final : public XmlHandler
{
public:
    /// The t attribute of a cell (Unknown: none the format defines).
    enum class CellType : quint8 { Number, SharedString, InlineString, FormulaString, Boolean, Error, IsoDate, Unknown };

    /// Stops at the next row once @p stop is set.
    RowParser(const WorkbookContext &context, const std::atomic<bool> &stop);

    /// Gives the rows parsed so far away and returns where the next go, or
    /// null to stop.
    using HandOver = std::function<ParsedBlock *()>;

    /// Parses with @p parser into @p block. @p firstBlock: row numbers
    /// start at 1 (else: see ParsedBlock). @p offset and @p prefixBytes place
    /// what the parser reads in the sheet XML, for TableRow::byteOffset().
    /// With @p handOver, the rows go on in other blocks every few hundred.
    void begin(XmlParser &parser, ParsedBlock &block, bool firstBlock, qint64 offset, qint64 prefixBytes,
               HandOver handOver = {});

private:
    void startElement(const XmlTag &tag) override;
    void endElement(const XmlTag &tag) override;
    void characters(QByteArrayView text) override;

    void beginRow(const XmlTag &tag);
    void endRow();
    void beginCell(const XmlTag &tag);
    void endCell();
    void appendValue(TableRow &row);
    void appendNumber(TableRow &row, QByteArrayView text);
    bool isDateStyle(int style) const;
    void noteRepair(SheetRepair::Kind kind, qint64 number);
    qint64 encoded(qint64 number) const { return m_relative ? -number : number; }

    const WorkbookContext &m_context;
    const std::atomic<bool> &m_stop;
    XmlParser *m_parser = nullptr;
    ParsedBlock *m_block = nullptr;
    HandOver m_handOver;
    qint64 m_offset = 0;
    qint64 m_prefixBytes = 0;

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

} // namespace cx::xlsx
