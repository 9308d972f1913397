#include "io/htmltableparser.h"

#include "io/xlsxvalues.h"

#include <libxml/HTMLparser.h>
#include <libxml/parser.h>

#include <algorithm>
#include <cmath>
#include <cstring>

using namespace Qt::StringLiterals;

namespace cx {

namespace {

constexpr qsizetype kFeedBytes = 1024 * 1024; // libxml2 takes int sizes

const char *name(const xmlChar *text)
{
    return reinterpret_cast<const char *>(text);
}

bool is(const xmlChar *element, const char *expected)
{
    return std::strcmp(name(element), expected) == 0;
}

bool isHeading(const xmlChar *element)
{
    const char *n = name(element);
    return n[0] == 'h' && n[1] >= '1' && n[1] <= '6' && n[2] == '\0';
}

// Elements a browser shows on a line of their own inside a cell.
bool isBlock(const xmlChar *element)
{
    for (const char *block : {"p", "div", "li", "ul", "ol", "pre", "blockquote", "dd", "dt"}) {
        if (is(element, block))
            return true;
    }
    return isHeading(element);
}

// Elements whose text is no cell's: scripts, styles, the head (title).
bool isIgnored(const xmlChar *element)
{
    return is(element, "script") || is(element, "style") || is(element, "head");
}

bool isCell(const xmlChar *element)
{
    return is(element, "td") || is(element, "th");
}

QByteArray attribute(const xmlChar **attributes, const char *wanted)
{
    for (const xmlChar **a = attributes; a && a[0]; a += 2) {
        if (is(a[0], wanted))
            return a[1] ? QByteArray(name(a[1])) : QByteArray();
    }
    return {};
}

bool isSpaceByte(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
}

// Text as a browser lays it out (white-space: normal): runs of source white
// space become one space; explicit breaks stay.
void appendCollapsed(QByteArray &out, const char *text, qsizetype size)
{
    for (qsizetype i = 0; i < size; ++i) {
        const char c = text[i];
        if (isSpaceByte(c)) {
            if (!out.isEmpty() && out.back() != ' ' && out.back() != '\n')
                out.append(' ');
        } else {
            out.append(c);
        }
    }
}

void appendBreak(QByteArray &out)
{
    while (out.endsWith(' '))
        out.chop(1);
    out.append('\n');
}

// The finished text: no-break spaces read as spaces; no space or break at the ends.
QByteArray finished(QByteArray text)
{
    text.replace("\xC2\xA0", " ");
    qsizetype begin = 0;
    qsizetype end = text.size();
    while (begin < end && (text[begin] == ' ' || text[begin] == '\n'))
        ++begin;
    while (end > begin && (text[end - 1] == ' ' || text[end - 1] == '\n'))
        --end;
    return text.sliced(begin, end - begin);
}

int spanValue(const QByteArray &text, int limit, bool *clipped)
{
    bool ok = false;
    const int value = text.trimmed().toInt(&ok);
    if (!ok || value < 1)
        return 1;
    if (value > limit) {
        *clipped = true;
        return limit;
    }
    return value;
}

// LibreOffice's sdval/sdnum: the value and the number format behind the shown text.
QByteArray libreOfficeValue(const QByteArray &sdval, const QByteArray &sdnum)
{
    bool ok = false;
    const double value = sdval.toDouble(&ok);
    if (!ok || !std::isfinite(value))
        return {};
    const QString format = QString::fromUtf8(sdnum).section(u';', 2);
    if (format.compare("BOOLEAN"_L1, Qt::CaseInsensitive) == 0)
        return value != 0 ? "TRUE" : "FALSE";
    if (!format.isEmpty() && xlsx::isDateFormatCode(format))
        return xlsx::serialToText(value, false).toUtf8(); // LibreOffice's day 0 is Excel's for dates after 1900-02-28
    return xlsx::numberToText(value).toUtf8();
}

} // namespace

struct HtmlTableParser::Context
{
    HtmlTableParser *q = nullptr;
    int target = -1;
    HtmlTableLimits limits;
    htmlParserCtxtPtr parser = nullptr;

    struct Table
    {
        int index;
        qint64 rows = 0;
        std::vector<int> rowspanLeft; // per column: rows below the current one a span still covers
    };
    std::vector<Table> open; // innermost last
    int tableCount = 0;

    // The target table's row and cell being read.
    bool inRow = false;
    HtmlTableRow row;
    std::vector<int> covered; // this row's columns covered by spans from above
    std::vector<std::pair<int, int>> newSpans; // column, rows below
    int column = 0;
    bool inCell = false;
    QByteArray cellText;
    QByteArray sdval;
    QByteArray sdnum;
    bool textFormat = false;
    int colspan = 1;
    int rowspan = 1;

    // Names: a caption of the innermost table, or a heading outside tables.
    int captionDepth = 0;
    int headingDepth = 0;
    QByteArray nameText;
    QString pendingHeading;
    int ignoredDepth = 0; // inside <script>, <style>, <head>

    bool inTarget() const { return !open.empty() && open.back().index == target; }

    void startTable()
    {
        open.push_back(Table{tableCount++, 0, {}});
        q->m_tableNames.append(pendingHeading);
        pendingHeading.clear();
    }

    void endTable()
    {
        if (open.empty())
            return;
        if (inTarget()) {
            endRow();
            q->m_targetDone = true;
        }
        open.pop_back();
    }

    void startRow()
    {
        endRow();
        Table &table = open.back();
        inRow = true;
        row = HtmlTableRow{};
        row.line = ++table.rows;
        covered = table.rowspanLeft;
        newSpans.clear();
        column = 0;
    }

    void placeCoveredColumns(size_t upTo)
    {
        while (size_t(column) < std::min(upTo, covered.size()) && covered[size_t(column)] > 0) {
            row.cells.emplace_back();
            ++column;
        }
    }

    void endRow()
    {
        endCell();
        if (!inRow)
            return;
        inRow = false;
        // Columns covered from above at the end of the row still line up.
        const auto last = std::find_if(covered.rbegin(), covered.rend(), [](int left) { return left > 0; });
        const auto width = size_t(covered.rend() - last);
        while (size_t(column) < width) {
            row.cells.emplace_back();
            ++column;
        }
        std::vector<int> &left = open.back().rowspanLeft;
        for (size_t c = 0; c < left.size(); ++c)
            left[c] = covered[c] > 0 ? covered[c] - 1 : 0;
        for (const auto &[spanColumn, rows] : newSpans) {
            if (left.size() <= size_t(spanColumn))
                left.resize(size_t(spanColumn) + 1, 0);
            left[size_t(spanColumn)] = std::max(left[size_t(spanColumn)], rows);
        }
        q->m_rows.push_back(std::move(row));
    }

    void startCell(const xmlChar **attributes)
    {
        if (!inRow)
            startRow(); // a cell outside <tr>
        endCell();
        inCell = true;
        cellText.clear();
        sdval = attribute(attributes, "sdval");
        sdnum = attribute(attributes, "sdnum");
        const QByteArray style = attribute(attributes, "style");
        textFormat = style.contains("mso-number-format") && style.contains('@');
        colspan = spanValue(attribute(attributes, "colspan"), limits.maxColspan, &row.spanClipped);
        rowspan = spanValue(attribute(attributes, "rowspan"), limits.maxRowspan, &row.spanClipped);
    }

    void endCell()
    {
        if (!inCell)
            return;
        inCell = false;
        QByteArray value = finished(cellText);
        if (!sdval.isEmpty() && !textFormat) {
            const QByteArray typed = libreOfficeValue(sdval, sdnum);
            if (!typed.isEmpty())
                value = typed;
        }
        placeCoveredColumns(size_t(limits.maxColumns));
        if (column >= limits.maxColumns) {
            row.spanClipped = true;
            return;
        }
        row.cells.push_back(std::move(value));
        int placed = 1;
        for (; placed < colspan && column + placed < limits.maxColumns; ++placed)
            row.cells.emplace_back();
        if (placed < colspan)
            row.spanClipped = true;
        if (rowspan > 1) {
            for (int k = 0; k < placed; ++k)
                newSpans.emplace_back(column + k, rowspan - 1);
        }
        column += placed;
    }

    // A block starts and ends on a line of its own.
    void breakAroundBlock()
    {
        if (!cellText.isEmpty() && !cellText.endsWith('\n'))
            appendBreak(cellText);
    }

    void startElement(const xmlChar *element, const xmlChar **attributes)
    {
        if (isIgnored(element)) {
            ++ignoredDepth;
            return;
        }
        if (is(element, "table")) {
            startTable();
            return;
        }
        if (open.empty()) {
            if (isHeading(element) && headingDepth++ == 0)
                nameText.clear();
            return;
        }
        if (is(element, "caption")) {
            if (captionDepth++ == 0)
                nameText.clear();
            return;
        }
        if (!inTarget())
            return;
        if (is(element, "tr")) {
            startRow();
        } else if (isCell(element)) {
            startCell(attributes);
        } else if (inCell && is(element, "br")) {
            appendBreak(cellText);
        } else if (inCell && isBlock(element)) {
            breakAroundBlock();
        }
    }

    void endElement(const xmlChar *element)
    {
        if (isIgnored(element)) {
            ignoredDepth = std::max(0, ignoredDepth - 1);
            return;
        }
        if (is(element, "table")) {
            endTable();
            return;
        }
        if (open.empty()) {
            if (isHeading(element) && headingDepth > 0 && --headingDepth == 0)
                pendingHeading = QString::fromUtf8(finished(nameText));
            return;
        }
        if (is(element, "caption")) {
            if (captionDepth > 0 && --captionDepth == 0)
                q->m_tableNames.last() = QString::fromUtf8(finished(nameText));
            return;
        }
        if (!inTarget())
            return;
        if (is(element, "tr")) {
            endRow();
        } else if (isCell(element)) {
            endCell();
        } else if (inCell && isBlock(element)) {
            breakAroundBlock();
        }
    }

    void characters(const char *text, int size)
    {
        if (ignoredDepth > 0)
            return;
        if (captionDepth > 0 || (open.empty() && headingDepth > 0))
            appendCollapsed(nameText, text, size);
        else if (inCell && inTarget())
            appendCollapsed(cellText, text, size);
    }

    static void onStart(void *self, const xmlChar *element, const xmlChar **attributes)
    {
        static_cast<Context *>(self)->startElement(element, attributes);
    }
    static void onEnd(void *self, const xmlChar *element) { static_cast<Context *>(self)->endElement(element); }
    static void onCharacters(void *self, const xmlChar *text, int size)
    {
        static_cast<Context *>(self)->characters(name(text), size);
    }
    static void onIgnored(void *, const xmlChar *, int) {}
};

HtmlTableParser::HtmlTableParser(int targetTable, const HtmlTableLimits &limits)
    : m_context(std::make_unique<Context>())
{
    static const bool initialized = (xmlInitParser(), true); // once, before any thread parses
    Q_UNUSED(initialized);
    m_context->q = this;
    m_context->target = targetTable;
    m_context->limits = limits;

    htmlSAXHandler sax;
    std::memset(&sax, 0, sizeof sax); // SAX1 callbacks only
    sax.startElement = &Context::onStart;
    sax.endElement = &Context::onEnd;
    sax.characters = &Context::onCharacters;
    sax.ignorableWhitespace = &Context::onCharacters; // spaces between inline elements count
    sax.cdataBlock = &Context::onIgnored;             // script and style
    m_context->parser = htmlCreatePushParserCtxt(&sax, m_context.get(), nullptr, 0, nullptr, XML_CHAR_ENCODING_UTF8);
    if (m_context->parser)
        htmlCtxtUseOptions(m_context->parser, HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING | HTML_PARSE_NONET
                                                  | HTML_PARSE_IGNORE_ENC | HTML_PARSE_NODEFDTD);
}

HtmlTableParser::~HtmlTableParser()
{
    if (m_context->parser)
        htmlFreeParserCtxt(m_context->parser);
}

bool HtmlTableParser::feed(QByteArrayView utf8, bool last)
{
    if (!m_context->parser)
        return false;
    do {
        const qsizetype size = qMin(utf8.size(), kFeedBytes);
        const bool terminate = last && size == utf8.size();
        if (htmlParseChunk(m_context->parser, utf8.data(), int(size), terminate) == XML_ERR_NO_MEMORY)
            return false;
        utf8 = utf8.sliced(size);
    } while (!utf8.isEmpty());
    if (last) {
        while (!m_context->open.empty()) // tables the page never closes end with it
            m_context->endTable();
    }
    return true;
}

bool HtmlTableParser::takeRow(HtmlTableRow *row)
{
    if (m_rows.empty())
        return false;
    *row = std::move(m_rows.front());
    m_rows.pop_front();
    return true;
}

} // namespace cx
