#include "io/csvtokenizer.h"

#include <algorithm>
#include <cstring>

namespace cx {

namespace {

// Fields are short and rarely hold line breaks: test eight bytes at a time
// for CR or LF (the classic "has a zero byte" bit trick) before counting.
bool mayContainLineBreak(const char *data, qsizetype size)
{
    constexpr quint64 ones = 0x0101010101010101ULL;
    constexpr quint64 highs = 0x8080808080808080ULL;
    const auto hasZeroByte = [](quint64 v) { return ((v - ones) & ~v & highs) != 0; };
    qsizetype i = 0;
    for (; i + 8 <= size; i += 8) {
        quint64 word;
        std::memcpy(&word, data + i, 8);
        if (hasZeroByte(word ^ (ones * '\n')) || hasZeroByte(word ^ (ones * '\r')))
            return true;
    }
    for (; i < size; ++i) {
        if (data[i] == '\n' || data[i] == '\r')
            return true;
    }
    return false;
}

// Physical line ends: CRLF, lone CR and lone LF count once each.
qint64 countLineBreaks(const char *data, qsizetype size)
{
    if (!mayContainLineBreak(data, size))
        return 0;
    qint64 count = 0;
    for (qsizetype i = 0; i < size; ++i) {
        if (data[i] == '\n') {
            ++count;
        } else if (data[i] == '\r') {
            ++count;
            if (i + 1 < size && data[i + 1] == '\n')
                ++i;
        }
    }
    return count;
}

constexpr qsizetype kNeedMore = -1;
constexpr qsizetype kRestart = -2;

} // namespace

CsvTokenizer::CsvTokenizer(char delimiter, qsizetype maxFieldBytes)
    : m_delimiter(delimiter)
    , m_maxFieldBytes(maxFieldBytes)
{
    for (const char stop : {delimiter, '\r', '\n', '\0'})
        m_stops[uchar(stop)] = true;
}

bool CsvTokenizer::isLiteralQuote(qsizetype pos) const
{
    return std::find(m_literalQuotes.begin(), m_literalQuotes.end(), pos) != m_literalQuotes.end();
}

CsvTokenizer::Result CsvTokenizer::parseRow(QByteArrayView input, bool atEnd, CsvRowFacts *facts)
{
    m_literalQuotes.clear();
    m_unclosed = 0;
    m_unclosedLine = 0;
    m_reread = 0;
    for (;;) {
        *facts = CsvRowFacts{};
        switch (parse(input, atEnd, facts)) {
        case Step::Done:
            facts->unclosedQuotes = m_unclosed;
            facts->unclosedQuoteLine = m_unclosedLine;
            facts->linesReread = m_reread;
            return Result::Row;
        case Step::NeedMore:
            return Result::NeedMore;
        case Step::Restart: // a quotation mark is now read as text; parse the row again
            break;
        }
    }
}

CsvTokenizer::Step CsvTokenizer::parse(QByteArrayView input, bool atEnd, CsvRowFacts *facts)
{
    m_input = input.data();
    m_size = input.size();
    m_atEnd = atEnd;
    m_fields.clear();
    m_scratchUsed = 0;

    qsizetype pos = 0;
    while (pos < m_size && isSpace(m_input[pos]))
        ++pos;
    const bool blank = pos == m_size || m_input[pos] == '\r' || m_input[pos] == '\n';
    bool nul = false;
    for (;;) {
        qsizetype end;
        if (blank) {
            end = pos;
        } else {
            while (pos < m_size && isSpace(m_input[pos]))
                ++pos;
            if (pos < m_size && m_input[pos] == '"' && !isLiteralQuote(pos))
                end = quotedField(pos, facts, &nul);
            else
                end = unquotedField(pos, &nul);
            if (end == kNeedMore)
                return Step::NeedMore;
            if (end == kRestart)
                return Step::Restart;
        }
        if (end == m_size) {
            if (!atEnd)
                return Step::NeedMore;
            facts->consumed = m_size;
            break;
        }
        const char c = m_input[end];
        if (c == m_delimiter && !blank) {
            pos = end + 1;
            continue;
        }
        // A line end; CR waits for the next byte, which may be the LF of a CRLF.
        if (c == '\r' && end + 1 == m_size && !atEnd)
            return Step::NeedMore;
        facts->consumed = end + 1 + (c == '\r' && end + 1 < m_size && m_input[end + 1] == '\n');
        ++facts->lineBreaks;
        break;
    }
    facts->blank = blank;
    facts->nulStripped = nul;
    return Step::Done;
}

void CsvTokenizer::beginField(qsizetype at)
{
    m_fields.push_back(Field{at, at, false});
}

void CsvTokenizer::appendPiece(qsizetype begin, qsizetype end)
{
    Field &field = m_fields.back();
    if (!field.inScratch && begin == field.end) {
        field.end = end; // still a plain slice of the input
        return;
    }
    if (!field.inScratch) {
        const qsizetype sliceBegin = field.begin;
        const qsizetype sliceEnd = field.end;
        field = Field{m_scratchUsed, m_scratchUsed, true};
        copyToScratch(sliceBegin, sliceEnd);
    }
    copyToScratch(begin, end);
}

void CsvTokenizer::copyToScratch(qsizetype begin, qsizetype end)
{
    const qsizetype n = end - begin;
    if (m_scratch.size() < m_scratchUsed + n)
        m_scratch.resize(std::max(m_scratchUsed + n, m_scratch.size() * 2 + 256));
    std::memcpy(m_scratch.data() + m_scratchUsed, m_input + begin, size_t(n));
    m_scratchUsed += n;
    m_fields.back().end = m_scratchUsed;
}

void CsvTokenizer::appendWithoutNuls(qsizetype begin, qsizetype end, bool *nul)
{
    while (begin < end) {
        const void *found = std::memchr(m_input + begin, '\0', size_t(end - begin));
        const qsizetype stop = found ? static_cast<const char *>(found) - m_input : end;
        if (stop > begin)
            appendPiece(begin, stop);
        if (!found)
            break;
        *nul = true;
        begin = stop + 1;
    }
}

void CsvTokenizer::trimTrailingSpaces()
{
    Field &field = m_fields.back();
    const char *base = field.inScratch ? m_scratch.constData() : m_input;
    while (field.end > field.begin && isSpace(base[field.end - 1]))
        --field.end;
    if (field.inScratch)
        m_scratchUsed = field.end;
}

qsizetype CsvTokenizer::scanUnquoted(qsizetype pos, bool *nul)
{
    qsizetype q = pos;
    for (;;) {
        while (q < m_size && !m_stops[uchar(m_input[q])])
            ++q;
        if (q == m_size || m_input[q] != '\0') {
            appendPiece(pos, q);
            return q;
        }
        appendPiece(pos, q);
        *nul = true;
        pos = ++q;
    }
}

qsizetype CsvTokenizer::unquotedField(qsizetype pos, bool *nul)
{
    beginField(pos);
    const qsizetype end = scanUnquoted(pos, nul);
    if (end == m_size && !m_atEnd)
        return kNeedMore;
    trimTrailingSpaces();
    return end;
}

qsizetype CsvTokenizer::unclosed(qsizetype quote, qsizetype reached)
{
    if (m_unclosed++ == 0)
        m_unclosedLine = countLineBreaks(m_input, quote);
    qint64 lines = countLineBreaks(m_input + quote, reached - quote);
    if (reached == m_size && lines > 0 && (m_input[m_size - 1] == '\n' || m_input[m_size - 1] == '\r'))
        --lines; // the line end of the last line starts no further line
    m_reread += lines;
    m_literalQuotes.push_back(quote);
    return kRestart;
}

qsizetype CsvTokenizer::quotedField(qsizetype quote, CsvRowFacts *facts, bool *nul)
{
    beginField(quote + 1);
    const auto waitOrGiveUp = [&]() {
        // The field may still close further on, unless it is already absurdly long.
        return m_size - quote > m_maxFieldBytes ? unclosed(quote, m_size) : kNeedMore;
    };
    qsizetype segment = quote + 1;
    for (;;) {
        const void *found = std::memchr(m_input + segment, '"', size_t(m_size - segment));
        if (!found)
            return m_atEnd ? unclosed(quote, m_size) : waitOrGiveUp();
        const qsizetype mark = static_cast<const char *>(found) - m_input;
        if (mark + 1 == m_size && !m_atEnd)
            return waitOrGiveUp(); // "" or the end of the field?
        if (mark + 1 < m_size && m_input[mark + 1] == '"') {
            appendWithoutNuls(segment, mark + 1, nul);
            segment = mark + 2;
            continue;
        }
        appendWithoutNuls(segment, mark, nul);
        qsizetype after = mark + 1;
        while (after < m_size && isSpace(m_input[after]))
            ++after;
        if (after == m_size && !m_atEnd)
            return waitOrGiveUp();
        const qint64 breaks = countLineBreaks(m_input + quote, mark - quote);
        if (after == m_size || m_input[after] == m_delimiter || m_input[after] == '\r' || m_input[after] == '\n') {
            facts->lineBreaks += breaks;
            return after;
        }
        // Text after the closing quotation mark.
        if (breaks > 0)
            return unclosed(quote, mark);
        facts->strayQuoteJoined = true;
        const qsizetype end = scanUnquoted(mark + 1, nul);
        if (end == m_size && !m_atEnd)
            return waitOrGiveUp();
        trimTrailingSpaces();
        return end;
    }
}

} // namespace cx
