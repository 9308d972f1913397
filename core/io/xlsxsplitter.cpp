#include "io/xlsxsplitter.h"

#include "io/xlsxxmlchars.h"

#include <algorithm>
#include <cstring>

namespace cx::xlsx {

namespace {

const char *find(const char *from, const char *end, char c)
{
    return static_cast<const char *>(std::memchr(from, c, size_t(end - from)));
}

// Sheets rarely have line breaks (Excel writes the data on one line): memchr.
qint64 countLines(QByteArrayView bytes)
{
    qint64 lines = 0;
    for (const char *at = bytes.data(), *end = at + bytes.size(); (at = find(at, end, '\n')); ++at)
        ++lines;
    return lines;
}

// The qualified name of the tag starting at @p tag ("<x:row ..." → "x:row").
QByteArray tagName(QByteArrayView tag)
{
    qsizetype end = tag.startsWith("</") ? 2 : 1;
    const qsizetype begin = end;
    while (end < tag.size() && !std::strchr(" \t\r\n/>", tag[end]))
        ++end;
    return tag.sliced(begin, end - begin).toByteArray();
}

QByteArrayView localName(QByteArrayView qualifiedName)
{
    const qsizetype colon = qualifiedName.indexOf(':');
    return colon < 0 ? qualifiedName : qualifiedName.sliced(colon + 1);
}

} // namespace

SheetSplitter::SheetSplitter(qsizetype firstBlockBytes, qsizetype blockBytes)
    : m_firstBlockBytes(firstBlockBytes)
    , m_blockBytes(blockBytes)
{
}

void SheetSplitter::append(QByteArrayView bytes, const BlockSink &sink)
{
    m_bytes.append(bytes);
    scan(sink);
}

SheetSplitter::Block SheetSplitter::finish()
{
    Block block{std::exchange(m_bytes, {}), m_offset, m_line, m_cutOnce ? m_prefix : QByteArray()};
    m_offset += block.bytes.size();
    m_pos = 0;
    m_state = State::Off;
    return block;
}

bool SheetSplitter::checkEncoding()
{
    // Only UTF-8 can be cut at byte positions found by looking for ASCII.
    const XmlEncoding encoding = detectXmlEncoding(m_bytes);
    if (encoding == XmlEncoding::Undecided)
        return false;
    m_state = encoding == XmlEncoding::Utf8 ? State::Text : State::Off;
    return true;
}

void SheetSplitter::scan(const BlockSink &sink)
{
    const char *data = m_bytes.constData();
    const char *end = data + m_bytes.size();
    while (m_pos < m_bytes.size()) {
        const char *at = data + m_pos;
        switch (m_state) {
        case State::Start:
            if (!checkEncoding())
                return;
            break;
        case State::Text: {
            const char *open = find(at, end, '<');
            if (!open) {
                m_pos = m_bytes.size();
                return;
            }
            m_tagBegin = open - data;
            m_pos = m_tagBegin + 1;
            m_state = State::Markup;
            break;
        }
        case State::Markup:
            if (*at == '/') {
                m_state = State::EndTag;
                ++m_pos;
            } else if (*at == '?') {
                m_state = State::Instruction;
                ++m_pos;
            } else if (*at == '!') {
                m_state = State::Bang;
                ++m_pos;
            } else {
                m_state = State::StartTag;
                m_quote = 0;
            }
            break;
        case State::Bang: {
            const QByteArrayView rest(at, end - at);
            if (rest.size() < 2)
                return;
            if (rest.startsWith("--")) {
                m_state = State::Comment;
                m_pos += 2;
            } else if (rest.size() < 7) {
                return;
            } else if (rest.startsWith("[CDATA[")) {
                m_state = State::CData;
                m_pos += 7;
            } else {
                m_state = State::Off; // a document type declaration: the parser refuses it
            }
            break;
        }
        case State::StartTag: {
            const char *c = at;
            for (; c < end; ++c) {
                if (m_quote) {
                    c = find(c, end, m_quote);
                    if (!c) {
                        c = end;
                        break;
                    }
                    m_quote = 0;
                } else if (*c == '"' || *c == '\'') {
                    m_quote = *c;
                } else if (*c == '>') {
                    break;
                }
            }
            m_pos = c - data;
            if (c == end)
                return;
            const bool empty = c[-1] == '/';
            ++m_pos;
            m_state = State::Text;
            endOfStartTag(m_pos, empty);
            if (empty && m_inSheetData && m_depth == 2)
                cut(m_pos, sink);
            else if (!empty && m_inSheetData && m_depth == 3)
                beginRow();
            break;
        }
        case State::Row:
            if (!skipRow())
                return;
            if (m_state == State::Text && m_depth == 2)
                cut(m_pos, sink);
            break;
        case State::EndTag: {
            const char *close = find(at, end, '>');
            if (!close) {
                m_pos = m_bytes.size();
                return;
            }
            m_pos = close - data + 1;
            m_state = State::Text;
            endOfEndTag();
            if (m_inSheetData && m_depth == 2)
                cut(m_pos, sink);
            break;
        }
        case State::Comment:
        case State::CData:
        case State::Instruction: {
            // The terminator ("-->", "]]>", "?>") after the opening ("<!--", "<![CDATA[", "<?").
            const QByteArrayView terminator = m_state == State::Comment ? "--" : m_state == State::CData ? "]]" : "?";
            const qsizetype opening = m_state == State::Comment ? 4 : m_state == State::CData ? 9 : 2;
            const char *close = find(at, end, '>');
            if (!close) {
                m_pos = m_bytes.size();
                return;
            }
            m_pos = close - data + 1;
            const qsizetype from = close - data - terminator.size();
            if (from >= m_tagBegin + opening && QByteArrayView(data + from, terminator.size()) == terminator)
                m_state = State::Text;
            break;
        }
        case State::Off:
            m_pos = m_bytes.size();
            return;
        }
        // cut() may have moved the bytes.
        data = m_bytes.constData();
        end = data + m_bytes.size();
    }
}

void SheetSplitter::endOfStartTag(qsizetype end, bool empty)
{
    if (empty)
        return;
    ++m_depth;
    if (m_depth > 2)
        return;
    const QByteArrayView tag = QByteArrayView(m_bytes).sliced(m_tagBegin, end - m_tagBegin);
    if (m_depth == 1) {
        m_rootTag = tag.toByteArray();
        m_rootName = tagName(tag);
    } else if (localName(tagName(tag)) == "sheetData") {
        m_inSheetData = true;
        m_sheetDataTag = tag.toByteArray();
        m_sheetDataName = tagName(tag);
        m_prefix = m_rootTag + m_sheetDataTag;
        m_suffix = "</" + m_sheetDataName + "></" + m_rootName + ">";
    }
}

void SheetSplitter::beginRow()
{
    // The row's end tag, looked for as a whole: for the tag name as written.
    const QByteArrayView tag = QByteArrayView(m_bytes).sliced(m_tagBegin, m_pos - m_tagBegin);
    const QByteArray name = tagName(tag);
    if (name != m_rowName) {
        m_rowName = name;
        m_rowEnd.setPattern("</" + name + ">");
        m_rowStart.setPattern("<" + name);
    }
    m_rowContent = m_pos;
    m_rowSearched = m_pos;
    m_state = State::Row;
}

bool SheetSplitter::skipRow()
{
    const qsizetype close = m_rowEnd.indexIn(m_bytes, m_rowSearched);
    if (close < 0) {
        // Not here yet: look on from where the end tag may begin.
        m_rowSearched = qMax(m_rowContent, m_bytes.size() - m_rowEnd.pattern().size() + 1);
        m_pos = m_bytes.size();
        return false;
    }
    // Inside a row, "<" only starts a tag, unless a comment, CDATA section or
    // instruction is there, or another row: then the row is followed tag by tag.
    const QByteArrayView content = QByteArrayView(m_bytes).sliced(m_rowContent, close - m_rowContent);
    const auto opens = [&](char c) {
        for (const char *at = content.data(), *end = at + content.size(); (at = find(at, end, c)); ++at) {
            if (at > content.data() && at[-1] == '<')
                return true;
        }
        return false;
    };
    bool nested = false;
    for (qsizetype at = 0; !nested && (at = m_rowStart.indexIn(content, at)) >= 0; ++at) {
        const qsizetype after = at + m_rowStart.pattern().size();
        nested = after < content.size() && std::strchr(" \t\r\n/>", content[after]);
    }
    m_state = State::Text;
    if (opens('!') || opens('?') || nested) {
        m_pos = m_rowContent;
        return true;
    }
    m_pos = close + m_rowEnd.pattern().size();
    --m_depth;
    return true;
}

void SheetSplitter::endOfEndTag()
{
    --m_depth;
    if (m_depth < 0)
        m_state = State::Off; // more end tags than start tags: the parser will say so
    else if (m_depth < 2)
        m_inSheetData = false;
}

void SheetSplitter::cut(qsizetype end, const BlockSink &sink)
{
    if (end < (m_cutOnce ? m_blockBytes : m_firstBlockBytes))
        return;
    // The block keeps the buffer; the few bytes after the cut move to a new one.
    Block block{std::exchange(m_bytes, {}), m_offset, m_line, m_cutOnce ? m_prefix : QByteArray()};
    m_bytes = block.bytes.sliced(end);
    block.bytes.truncate(end);
    m_line += countLines(block.bytes);
    m_offset += end;
    m_pos -= end;
    m_tagBegin = 0;
    m_cutOnce = true;
    sink(std::move(block));
}

} // namespace cx::xlsx
