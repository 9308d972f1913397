#pragma once

#include <QByteArray>
#include <QByteArrayView>

#include <array>
#include <vector>

namespace cx {

/// What parsing one CSV row found besides its fields.
struct CsvRowFacts
{
    qsizetype consumed = 0;       ///< bytes of the row, its line end included
    qint64 lineBreaks = 0;        ///< physical line ends consumed (quoted ones and the row's own)
    bool blank = false;           ///< an empty line (nothing but spaces): no row, no fields
    bool nulStripped = false;     ///< NUL bytes were removed from fields
    bool strayQuoteJoined = false; ///< text after a closing quotation mark was joined to its field
    /// Quotation marks read as text because their field would have swallowed
    /// the following lines (see CsvTokenizer).
    int unclosedQuotes = 0;
    qint64 unclosedQuoteLine = 0; ///< line breaks before the first of them, from the row's start
    qint64 linesReread = 0;       ///< line breaks those fields would have swallowed
};

/// Splits CSV bytes into rows and fields, one row per call, in any
/// ASCII-compatible encoding (UTF-8, GB18030, Big5, single-byte code pages:
/// their multi-byte characters never contain the delimiter, quotation mark,
/// CR, LF or NUL).
///
/// The rules, RFC 4180 with what Excel and Python's csv module accept:
/// - CRLF, LF and CR end a row; a line with nothing but spaces is no row.
/// - Spaces (and tabs, unless TAB is the delimiter) around unquoted fields
///   and around quoted ones are dropped; quotation marks inside an unquoted
///   field are text.
/// - A quoted field may hold delimiters, line breaks and "" for a quotation
///   mark. Text after its closing quotation mark joins the field up to the
///   next delimiter ("618"大促 → 618大促), as Excel and Python's csv module
///   read it (LibreOffice keeps the marks; we follow the majority).
/// - A quotation mark is read as text, and the row ends at its line's end,
///   when the quoted field it opens spans line breaks and then runs to the
///   end of the data, beyond maxFieldBytes, or closes with text after the
///   closing mark. Python's csv module puts the following lines
///   into that field, where they vanish: the column count of the merged row
///   still fits, so nothing is rejected. LibreOffice Calc 7.4 reads the mark
///   as text and the following lines as rows, which is what we do (checked
///   on tests/io/data/unclosed_quote.csv: the same rows). The signs are
///   sound: a legitimate multi-line 投诉内容 closes with a quotation mark
///   before a delimiter or a line end, while a stray opening mark is closed,
///   if at all, by the opening mark of some later field, which text
///   follows. The caller reports the repair.
/// - NUL bytes are removed.
class CsvTokenizer
{
public:
    enum class Result {
        Row,      ///< a row (or a blank line, see CsvRowFacts::blank) was parsed
        NeedMore, ///< the input ends inside the row: call again with more bytes
    };

    CsvTokenizer(char delimiter, qsizetype maxFieldBytes);

    /// Parses the row at the start of @p input. @p atEnd says that no bytes
    /// follow @p input; then the result is always Row (call only while
    /// bytes are left). Fields stay valid until the next call.
    Result parseRow(QByteArrayView input, bool atEnd, CsvRowFacts *facts);

    qsizetype fieldCount() const { return qsizetype(m_fields.size()); }
    QByteArrayView field(qsizetype index) const
    {
        const Field &f = m_fields[size_t(index)];
        const char *base = f.inScratch ? m_scratch.constData() : m_input;
        return QByteArrayView(base + f.begin, f.end - f.begin);
    }

private:
    struct Field
    {
        qsizetype begin;
        qsizetype end;
        bool inScratch;
    };
    enum class Step { Done, NeedMore, Restart };

    bool isSpace(char c) const { return c == ' ' || (c == '\t' && m_delimiter != '\t'); }
    bool isLiteralQuote(qsizetype pos) const;
    Step parse(QByteArrayView input, bool atEnd, CsvRowFacts *facts);
    // The field parsers return the position after the field (at a delimiter,
    // a line end or the end of the input), or a negative step.
    qsizetype unquotedField(qsizetype pos, bool *nul);
    qsizetype quotedField(qsizetype quote, CsvRowFacts *facts, bool *nul);
    // Reads the quotation mark at @p quote as text from now on; its field
    // reached @p reached before it was given up.
    qsizetype unclosed(qsizetype quote, qsizetype reached);
    // Appends the unquoted run at pos to the current field, without NULs;
    // returns where it stopped.
    qsizetype scanUnquoted(qsizetype pos, bool *nul);
    void beginField(qsizetype at);
    void appendPiece(qsizetype begin, qsizetype end);
    void appendWithoutNuls(qsizetype begin, qsizetype end, bool *nul);
    void copyToScratch(qsizetype begin, qsizetype end);
    void trimTrailingSpaces();

    char m_delimiter;
    qsizetype m_maxFieldBytes;
    std::array<bool, 256> m_stops{}; // bytes that end or interrupt an unquoted field
    const char *m_input = nullptr;
    qsizetype m_size = 0;
    bool m_atEnd = false;
    std::vector<Field> m_fields;
    QByteArray m_scratch;         // fields that are not a plain slice of the input
    qsizetype m_scratchUsed = 0;
    // Quotation marks of the current row read as text, and what they would have swallowed.
    std::vector<qsizetype> m_literalQuotes;
    int m_unclosed = 0;
    qint64 m_unclosedLine = 0;
    qint64 m_reread = 0;
};

} // namespace cx
