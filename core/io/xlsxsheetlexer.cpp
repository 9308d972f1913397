#include "io/xlsxsheetlexer.h"

#include "io/xlsxxmlchars.h"

#include <algorithm>
#include <array>
#include <cstring>

using namespace Qt::StringLiterals;

namespace cx::xlsx {

namespace {

constexpr qsizetype kStitchBytes = 4096;     // of a new piece joined to a token split before it
// libxml2's default limits (without XML_PARSE_HUGE), so that both paths refuse alike.
constexpr size_t kMaxDepth = 256;
constexpr qsizetype kMaxNameBytes = 50'000;
constexpr qint64 kMaxTextBytes = 10'000'000;
constexpr qsizetype kMaxTokenBytes = 10'000'000;

const char *find(const char *from, const char *end, char c)
{
    return static_cast<const char *>(std::memchr(from, c, size_t(end - from)));
}

qint64 countLines(const char *begin, const char *end)
{
    qint64 lines = 0;
    for (const char *at = begin; (at = find(at, end, '\n')); ++at)
        ++lines;
    return lines;
}

// The element a tag names, by the local part of @p qualifiedName (after
// @p colon, null without a prefix); compared by hand, this runs for every tag.
RowParser::Element classify(QByteArrayView qualifiedName, const char *colon)
{
    using Element = RowParser::Element;
    const char *local = colon ? colon + 1 : qualifiedName.data();
    switch (qualifiedName.data() + qualifiedName.size() - local) {
    case 1:
        return local[0] == 'c' ? Element::C : local[0] == 'v' ? Element::V : local[0] == 't' ? Element::T : Element::Other;
    case 2:
        return local[0] == 'i' && local[1] == 's' ? Element::Is : Element::Other;
    case 3:
        if (local[0] != 'r')
            return Element::Other;
        if (local[1] == 'o' && local[2] == 'w')
            return Element::Row;
        return local[1] == 'P' && local[2] == 'h' ? Element::RPh : Element::Other;
    default:
        return Element::Other;
    }
}

// Names are short: a loop beats a call to memcmp.
bool sameName(QByteArrayView a, QByteArrayView b)
{
    if (a.size() != b.size())
        return false;
    for (qsizetype i = 0; i < a.size(); ++i) {
        if (a[i] != b[i])
            return false;
    }
    return true;
}

QString quoted(QByteArrayView bytes)
{
    return u"\""_s + QString::fromUtf8(bytes.first(qMin<qsizetype>(bytes.size(), 40))) + u"\""_s;
}

} // namespace

SheetLexer::SheetLexer(const QString &displayName, const QString &partName)
    : m_displayName(displayName)
    , m_partName(partName)
{
}

void SheetLexer::begin(RowParser &rows, qint64 offset, qint64 prefixBytes, qint64 lineOffset)
{
    m_rows = &rows;
    m_offset = offset;
    m_prefixBytes = prefixBytes;
    m_lineOffset = lineOffset;
    m_state = State::Start;
    m_carry.resize(0);
    m_utf8Tail.resize(0);
    m_position = m_start = 0;
    m_line = 1;
    m_names.clear();
    m_levels.clear();
    m_textBytes = 0;
    m_rootDone = false;
    m_error.clear();
}

bool SheetLexer::feed(QByteArrayView bytes)
{
    if (m_state == State::Start) {
        m_carry.append(bytes);
        const XmlEncoding encoding = detectXmlEncoding(m_carry);
        if (encoding == XmlEncoding::Undecided)
            return true;
        if (encoding == XmlEncoding::Other) {
            m_state = State::Foreign;
            return false;
        }
        const QByteArray head = std::exchange(m_carry, {});
        const qsizetype bom = head.startsWith("\xEF\xBB\xBF") ? 3 : 0;
        m_position = m_start = bom;
        m_state = State::Content;
        return process(QByteArrayView(head).sliced(bom));
    }
    return m_state < State::Stopped && process(bytes);
}

bool SheetLexer::finish()
{
    if (m_state == State::Start) {
        // Shorter than anything that could declare another encoding.
        if (detectXmlEncoding(m_carry) == XmlEncoding::Other) {
            m_state = State::Foreign;
            return false;
        }
        const QByteArray head = std::exchange(m_carry, {});
        m_state = State::Content;
        if (!process(head))
            return m_state == State::Stopped;
    }
    if (m_state >= State::Stopped)
        return m_state == State::Stopped;
    if (!m_utf8Tail.isEmpty())
        return fail(XmlParser::malformedMessage(m_displayName, m_partName, tr("bytes that are not UTF-8"),
                                                m_lineOffset + m_line + countLines(m_carry.cbegin(), m_carry.cend())));
    if (!m_carry.isEmpty()) {
        const qsizetype used = lex(m_carry.cbegin(), m_carry.cend(), true);
        m_carry.remove(0, used);
        if (m_state >= State::Stopped)
            return m_state == State::Stopped;
    }
    if (!m_carry.isEmpty() || m_state != State::Content || !m_levels.empty() || !m_rootDone) {
        m_window = m_carry.cbegin();
        fail(m_carry.cend(), XmlParser::endsEarlyReason());
        return false;
    }
    return true;
}

bool SheetLexer::process(QByteArrayView bytes)
{
    qsizetype valid = 0;
    const bool ok = validate(bytes, &valid);
    const QByteArrayView piece = bytes.first(valid);
    if (m_carry.isEmpty()) {
        const qsizetype used = lex(piece.begin(), piece.end(), false);
        if (m_state < State::Stopped)
            m_carry.append(piece.sliced(used));
    } else {
        // A token began before these bytes: lex it joined with as few of
        // them as it needs, then go on in the bytes themselves.
        qsizetype take = 0;
        for (;;) {
            const qsizetype carried = m_carry.size();
            // At least as much as is carried, so that a long token is not lexed over and over.
            take = qMin(piece.size(), qMax(2 * take, qMax(kStitchBytes, carried)));
            m_carry.append(piece.first(take));
            const qsizetype used = lex(m_carry.cbegin(), m_carry.cend(), false);
            if (m_state >= State::Stopped)
                break;
            if (used >= carried) {
                m_carry.resize(0);
                const QByteArrayView rest = piece.sliced(used - carried);
                const qsizetype restUsed = lex(rest.begin(), rest.end(), false);
                if (m_state < State::Stopped)
                    m_carry.append(rest.sliced(restUsed));
                break;
            }
            if (take == piece.size()) {
                m_carry.remove(0, used);
                break;
            }
            m_carry.truncate(carried);
            m_carry.remove(0, used);
        }
    }
    if (m_state >= State::Stopped)
        return false;
    if (!ok)
        return fail(XmlParser::malformedMessage(m_displayName, m_partName,
                                                tr("bytes that are not UTF-8 or characters XML does not allow"),
                                                m_lineOffset + m_line + countLines(m_carry.cbegin(), m_carry.cend())));
    if (m_carry.size() > kMaxTokenBytes) {
        m_window = m_carry.cbegin();
        fail(m_window, tr("a tag longer than %1 bytes").arg(kMaxTokenBytes));
        return false;
    }
    return true;
}

qsizetype SheetLexer::lex(const char *begin, const char *end, bool final)
{
    m_window = begin;
    const char *p = begin;
    while (p < end) {
        const char *next = p;
        switch (m_state) {
        case State::Content:
            next = *p == '<' ? markup(p, end) : text(p, end, final);
            break;
        case State::Comment:
            next = comment(p, end);
            break;
        case State::CData:
            next = cdata(p, end, final);
            break;
        case State::Instruction:
            next = instruction(p, end);
            break;
        default:
            break;
        }
        if (m_state == State::Failed)
            return p - begin;
        if (next == p) // an incomplete token
            break;
        p = next;
        if (m_state == State::Stopped)
            break;
    }
    m_line += countLines(begin, p);
    m_position += p - begin;
    return p - begin;
}

void SheetLexer::characters(const char *begin, const char *end, const char *source)
{
    const char *at = source ? source : begin;
    if (begin == end || m_state == State::Failed)
        return;
    m_textBytes += end - begin;
    if (m_levels.empty()) {
        // Only blanks may stand outside the root element.
        if (std::all_of(begin, end, [](char c) { return isXml(c, XmlChar::Space); }))
            return;
        fail(at, m_rootDone ? tr("content after the end of the document") : tr("text before the first tag"));
        return;
    }
    if (m_textBytes > kMaxTextBytes) {
        fail(at, tr("a text longer than %1 bytes").arg(kMaxTextBytes));
        return;
    }
    m_rows->characters(QByteArrayView(begin, end - begin));
}

const char *SheetLexer::text(const char *p, const char *end, bool final)
{
    static const char kNewline = '\n';
    const char *run = p;
    while (p < end) {
        if (!isXml(*p, XmlChar::TextSpecial)) {
            ++p;
            continue;
        }
        if (*p == '<')
            break;
        if (*p == ']') {
            const QByteArrayView rest(p, qMin<qsizetype>(end - p, 3));
            if (rest == "]]>")
                return fail(p, tr("\"]]>\" in text"));
            if (rest.size() < 3 && !final && QByteArrayView("]]>").startsWith(rest))
                break; // decided by the next bytes
            ++p;
            continue;
        }
        characters(run, p);
        if (*p == '\r') {
            if (p + 1 == end && !final)
                return p; // a line feed may follow
            characters(&kNewline, &kNewline + 1, p); // CR LF and a lone CR read as LF
            p += p + 1 < end && p[1] == '\n' ? 2 : 1;
        } else {
            char out[4];
            int length = 0;
            const qsizetype used = readXmlReference(p, end, out, &length);
            if (used == 0 && !final)
                return p;
            if (used <= 0)
                return fail(p, tr("an undefined entity or character reference %1")
                                   .arg(quoted(QByteArrayView(p, qMin<qsizetype>(end - p, 12)))));
            characters(out, out + length, p);
            p += used;
        }
        run = p;
    }
    characters(run, p);
    return p;
}

const char *SheetLexer::markup(const char *p, const char *end)
{
    if (end - p < 2)
        return p;
    if (p[1] == '/')
        return endTag(p, end);
    if (p[1] == '?') {
        const char *q = p + 2;
        while (q < end && isXml(*q, XmlChar::NameChar))
            ++q;
        if (q == end)
            return p;
        const QByteArrayView target(p + 2, q - p - 2);
        if (target.isEmpty() || (!isXml(*q, XmlChar::Space) && *q != '?'))
            return fail(p, tr("a processing instruction that cannot be read"));
        // The declaration was read before lexing began; anywhere else it is misplaced.
        const bool atStart = m_position + (p - m_window) == m_start;
        if (target.compare("xml", Qt::CaseInsensitive) == 0 && !atStart)
            return fail(p, tr("an XML declaration that is not at the start"));
        m_state = State::Instruction;
        return q;
    }
    if (p[1] == '!') {
        const QByteArrayView rest(p, qMin<qsizetype>(end - p, 9));
        if (rest.startsWith("<!--")) {
            m_state = State::Comment;
            return p + 4;
        }
        if (rest == "<![CDATA[") {
            if (m_levels.empty())
                return fail(p, tr("a CDATA section outside the root element"));
            m_state = State::CData;
            return p + 9;
        }
        if (rest == "<!DOCTYPE") {
            fail(XmlParser::documentTypeMessage(m_displayName, m_partName));
            return p;
        }
        const bool mayBecome = QByteArrayView("<!--").startsWith(rest) || QByteArrayView("<![CDATA[").startsWith(rest)
            || QByteArrayView("<!DOCTYPE").startsWith(rest);
        return mayBecome && rest.size() < 9 ? p : fail(p, tr("markup that cannot be read"));
    }
    return startTag(p, end);
}

const char *SheetLexer::startTag(const char *p, const char *end)
{
    const char *q = p + 1;
    if (!isXml(*q, XmlChar::NameStart))
        return fail(p, tr("a \"<\" that starts no tag"));
    const char *colon = nullptr;
    for (; q < end && isXml(*q, XmlChar::NameChar); ++q) {
        if (*q == ':' && !colon)
            colon = q;
    }
    if (q - p > kMaxNameBytes)
        return fail(p, tr("a name longer than %1 bytes").arg(kMaxNameBytes));
    if (q == end)
        return p;
    const QByteArrayView name(p + 1, q - p - 1);
    m_attributes.clear();
    bool empty = false;
    for (;;) {
        const char *gap = q;
        while (q < end && isXml(*q, XmlChar::Space))
            ++q;
        if (q == end)
            return p;
        if (*q == '>') {
            ++q;
            break;
        }
        if (*q == '/') {
            if (q + 1 == end)
                return p;
            if (q[1] != '>')
                return fail(q, tr("a \"/\" inside a tag"));
            q += 2;
            empty = true;
            break;
        }
        if (q == gap || !isXml(*q, XmlChar::NameStart))
            return fail(q, tr("an attribute that cannot be read in tag %1").arg(quoted(name)));
        const char *attributeName = q;
        while (q < end && isXml(*q, XmlChar::NameChar))
            ++q;
        const char *nameEnd = q;
        while (q < end && isXml(*q, XmlChar::Space))
            ++q;
        if (q == end)
            return p;
        if (*q != '=')
            return fail(q, tr("attribute %1 without a value").arg(quoted(QByteArrayView(attributeName, nameEnd))));
        ++q;
        while (q < end && isXml(*q, XmlChar::Space))
            ++q;
        if (q == end)
            return p;
        const char quote = *q;
        if (quote != '"' && quote != '\'')
            return fail(q, tr("attribute %1 without quotes").arg(quoted(QByteArrayView(attributeName, nameEnd))));
        // Values are short: a loop finds the quote and what needs resolving at once.
        quint8 seen = 0;
        const char *valueEnd = q + 1;
        for (; valueEnd < end && *valueEnd != quote; ++valueEnd)
            seen |= kXmlCharClasses[uchar(*valueEnd)];
        if (valueEnd == end)
            return p;
        const QByteArrayView attribute(attributeName, nameEnd - attributeName);
        for (const Attribute &other : m_attributes) {
            if (sameName(other.name, attribute))
                return fail(attributeName, tr("attribute %1 given twice").arg(quoted(attribute)));
        }
        m_attributes.push_back(Attribute{attribute, QByteArrayView(q + 1, valueEnd - q - 1), !(seen & XmlChar::ValueSpecial)});
        q = valueEnd + 1;
    }
    if (m_levels.empty() && m_rootDone)
        return fail(p, tr("content after the end of the document"));

    const RowParser::Element element = classify(name, colon);
    const bool wanted = element == RowParser::Element::Row || element == RowParser::Element::C;
    RowParser::Attributes attributes;
    for (const Attribute &attribute : m_attributes) {
        // Only unprefixed r, t and s matter; every value is checked.
        int slot = -1;
        if (wanted && attribute.name.size() == 1) {
            const char c = attribute.name[0];
            slot = c == 'r' ? 0 : c == 't' ? 1 : c == 's' ? 2 : -1;
        }
        QByteArrayView value = attribute.value;
        if (!attribute.plain
            && !attributeValue(attribute.value.begin(), attribute.value.end(), &value,
                               slot >= 0 ? m_decoded[slot] : m_scratch))
            return p;
        if (slot == 0)
            attributes.r = value;
        else if (slot == 1)
            attributes.t = value;
        else if (slot == 2)
            attributes.s = value;
    }

    const qint64 at = m_offset + qMax<qint64>(0, m_position + (p - m_window) - m_prefixBytes);
    if (!empty) {
        if (m_levels.size() >= kMaxDepth)
            return fail(p, tr("elements nested more than %1 deep").arg(kMaxDepth));
        m_names.append(name.data(), size_t(name.size()));
        m_levels.push_back(Level{quint32(m_names.size()), element});
    }
    m_textBytes = 0;
    if (!m_rows->startElement(element, attributes, at)) {
        m_state = State::Stopped;
        return q;
    }
    if (empty) {
        m_rootDone = m_rootDone || m_levels.empty();
        if (!m_rows->endElement(element))
            m_state = State::Stopped;
    }
    return q;
}

bool SheetLexer::attributeValue(const char *begin, const char *end, QByteArrayView *value, std::string &decoded)
{
    const char *special = std::find_if(begin, end, [](char c) { return isXml(c, XmlChar::ValueSpecial); });
    // Resolved and normalized as XML says: references replaced, each blank
    // (CR LF as one) a space.
    decoded.assign(begin, special);
    for (const char *p = special; p < end;) {
        const char c = *p;
        if (c == '<') {
            fail(p, tr("a \"<\" inside an attribute value"));
            return false;
        }
        if (c == '&') {
            char out[4];
            int length = 0;
            const qsizetype used = readXmlReference(p, end, out, &length);
            if (used <= 0) {
                fail(p, tr("an undefined entity or character reference %1")
                            .arg(quoted(QByteArrayView(p, qMin<qsizetype>(end - p, 12)))));
                return false;
            }
            decoded.append(out, size_t(length));
            p += used;
        } else if (c == '\t' || c == '\n' || c == '\r') {
            decoded.push_back(' ');
            p += c == '\r' && p + 1 < end && p[1] == '\n' ? 2 : 1;
        } else {
            decoded.push_back(c);
            ++p;
        }
    }
    *value = QByteArrayView(decoded.data(), qsizetype(decoded.size()));
    return true;
}

const char *SheetLexer::endTag(const char *p, const char *end)
{
    const char *q = p + 2;
    while (q < end && isXml(*q, XmlChar::NameChar))
        ++q;
    const QByteArrayView name(p + 2, q - p - 2);
    while (q < end && isXml(*q, XmlChar::Space))
        ++q;
    if (q == end)
        return q - p > kMaxNameBytes ? fail(p, tr("a name longer than %1 bytes").arg(kMaxNameBytes)) : p;
    if (*q != '>')
        return fail(p, tr("an end tag that cannot be read"));
    if (m_levels.empty())
        return fail(p, tr("end tag %1 without its start tag").arg(quoted(name)));
    const Level level = m_levels.back();
    const size_t nameBegin = m_levels.size() > 1 ? m_levels[m_levels.size() - 2].nameEnd : 0;
    const QByteArrayView open(m_names.data() + nameBegin, qsizetype(level.nameEnd - nameBegin));
    if (!sameName(open, name))
        return fail(p, tr("end tag %1 where the end of %2 belongs").arg(quoted(name), quoted(open)));
    m_names.resize(nameBegin);
    m_levels.pop_back();
    m_rootDone = m_rootDone || m_levels.empty();
    m_textBytes = 0;
    if (!m_rows->endElement(level.element))
        m_state = State::Stopped;
    return q + 1;
}

const char *SheetLexer::comment(const char *p, const char *end)
{
    for (const char *q = p;;) {
        const char *dash = find(q, end, '-');
        if (!dash)
            return end;
        if (end - dash < 3)
            return dash; // "-->" may be split here
        if (dash[1] == '-') {
            if (dash[2] != '>')
                return fail(dash, tr("\"--\" inside a comment"));
            m_state = State::Content;
            return dash + 3;
        }
        q = dash + 1;
    }
}

const char *SheetLexer::cdata(const char *p, const char *end, bool final)
{
    // Its text as it is, but for line ends.
    const auto deliver = [this](const char *begin, const char *stop) {
        static const char kNewline = '\n';
        for (const char *cr; (cr = find(begin, stop, '\r'));) {
            characters(begin, cr);
            if (cr + 1 == stop || cr[1] != '\n')
                characters(&kNewline, &kNewline + 1, cr);
            begin = cr + 1;
        }
        characters(begin, stop);
    };
    for (const char *q = p;;) {
        const char *close = find(q, end, ']');
        if (!close) {
            const char *stop = !final && end > p && end[-1] == '\r' ? end - 1 : end;
            deliver(p, stop);
            return stop;
        }
        if (end - close < 3) {
            deliver(p, close);
            return close; // "]]>" may be split here
        }
        if (close[1] == ']' && close[2] == '>') {
            deliver(p, close);
            m_state = State::Content;
            return close + 3;
        }
        q = close + 1;
    }
}

const char *SheetLexer::instruction(const char *p, const char *end)
{
    for (const char *q = p;;) {
        const char *mark = find(q, end, '?');
        if (!mark)
            return end;
        if (mark + 1 == end)
            return mark; // "?>" may be split here
        if (mark[1] == '>') {
            m_state = State::Content;
            return mark + 2;
        }
        q = mark + 1;
    }
}

bool SheetLexer::validate(QByteArrayView bytes, qsizetype *valid)
{
    qsizetype start = 0;
    bool bad = false;
    if (!m_utf8Tail.isEmpty()) {
        // The sequence split before these bytes, completed.
        const qsizetype tail = m_utf8Tail.size();
        const qsizetype take = qMin<qsizetype>(4 - tail, bytes.size());
        char joined[4];
        std::memcpy(joined, m_utf8Tail.constData(), size_t(tail));
        std::memcpy(joined + tail, bytes.data(), size_t(take));
        const qsizetype done = validXmlUtf8(joined, joined + tail + take, &bad);
        if (bad || (done == 0 && take == 4 - tail)) {
            *valid = 0;
            return false;
        }
        if (done == 0) {
            m_utf8Tail.append(bytes.first(take));
            *valid = bytes.size();
            return true;
        }
        start = done - tail;
        m_utf8Tail.resize(0);
    }
    const qsizetype done = start + validXmlUtf8(bytes.data() + start, bytes.data() + bytes.size(), &bad);
    if (bad) {
        *valid = done;
        return false;
    }
    m_utf8Tail = bytes.sliced(done).toByteArray();
    *valid = bytes.size();
    return true;
}

qint64 SheetLexer::lineAt(const char *p) const
{
    return m_lineOffset + m_line + countLines(m_window, p);
}

const char *SheetLexer::fail(const char *at, const QString &reason)
{
    fail(XmlParser::malformedMessage(m_displayName, m_partName, reason, lineAt(at)));
    return at;
}

bool SheetLexer::fail(const QString &message)
{
    if (m_state != State::Failed)
        m_error = message;
    m_state = State::Failed;
    return false;
}

} // namespace cx::xlsx
