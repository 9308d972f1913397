#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>

#include <deque>
#include <memory>
#include <vector>

namespace cx {

/// Limits of HtmlTableParser for untrusted pages.
struct HtmlTableLimits
{
    int maxColumns = 16384;   ///< as in Excel (XFD)
    int maxColspan = 1000;    ///< HTML's own limit
    int maxRowspan = 65534;   ///< HTML's own limit
};

/// One row of a table as HtmlTableParser delivers it.
struct HtmlTableRow
{
    qint64 line = 0;          ///< 1-based number of the <tr> in its table
    std::vector<QByteArray> cells; ///< UTF-8 text, spans expanded
    bool spanClipped = false; ///< a colspan or rowspan was cut to the limits
};

/// Turns an HTML page into the rows of its tables with libxml2's push
/// parser (SAX: no document tree, fed in chunks).
///
/// Every <table> is one table, in the order their start tags appear; a
/// nested table's text stays out of the cell that holds it. Cell text is
/// what a browser shows: the source's white space collapsed, <br> and block
/// elements (<p>, <div>, <li>) as line breaks, entities such as &nbsp;
/// decoded (a no-break space reads as a space and is trimmed at the ends).
/// A colspan cell is followed by empty cells and a rowspan cell leaves its
/// column empty in the rows below, so columns line up as on screen (as a
/// merged cell of a workbook: the value stands in the top-left cell only).
/// LibreOffice's sdval/sdnum attributes give the cell's value as a
/// workbook would: numbers as shortest text, date formats as
/// "yyyy-MM-dd[ HH:mm:ss]"; cells styled mso-number-format:"\@" are text.
/// Input must be UTF-8; a charset the page declares is ignored.
class HtmlTableParser
{
public:
    /// Collects the rows of table @p targetTable (0-based), or none when -1
    /// (to list the tables).
    explicit HtmlTableParser(int targetTable, const HtmlTableLimits &limits = {});
    ~HtmlTableParser();
    HtmlTableParser(const HtmlTableParser &) = delete;
    HtmlTableParser &operator=(const HtmlTableParser &) = delete;

    /// Parses the next UTF-8 bytes; @p last ends the document. False when
    /// libxml2 gives up (out of memory, or a document it cannot parse).
    bool feed(QByteArrayView utf8, bool last);

    /// The tables whose start tag was seen so far: the caption, or else a
    /// heading between the previous table and this one; empty if neither.
    const QList<QString> &tableNames() const { return m_tableNames; }
    /// Whether the target table has ended (no more rows will come).
    bool targetDone() const { return m_targetDone; }
    /// Takes the oldest row parsed and not yet taken.
    bool takeRow(HtmlTableRow *row);

private:
    struct Context;
    std::unique_ptr<Context> m_context;
    QList<QString> m_tableNames;
    std::deque<HtmlTableRow> m_rows;
    bool m_targetDone = false;
    friend struct Context;
};

} // namespace cx
