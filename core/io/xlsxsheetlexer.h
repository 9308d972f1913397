#pragma once

#include "io/xlsxrowparser.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>
#include <QString>

#include <string>
#include <vector>

namespace cx::xlsx {

/// A tokenizer made for worksheet XML, in place of a general XML parser on
/// the hot path: it streams over the unpacked bytes as they come (tokens may
/// be split anywhere between two pieces), scans with memchr and tables, and
/// reports rows, cells, values and text straight to a RowParser, with no
/// allocation per cell.
///
/// It reads the whole of XML 1.0 that a worksheet can hold: elements in any
/// namespace prefix, attributes in any order and quoting, whitespace,
/// self-closing tags, the five predefined entities and numeric character
/// references (in text and attribute values), CDATA sections, comments,
/// processing instructions, end-of-line normalization. It checks
/// well-formedness as an XML parser does (matching end tags, one root,
/// attribute syntax and uniqueness, UTF-8 and the characters XML allows,
/// nesting depth and sizes within libxml2's default limits) and fails with
/// XmlParser's messages (part, reason, XML line) on anything else; a
/// document type declaration is refused, so no entity is ever expanded.
/// A document in another encoding than UTF-8 is left to libxml2: see
/// foreign().
class SheetLexer
{
    Q_DECLARE_TR_FUNCTIONS(cx::XlsxReader)

public:
    /// Messages name the file @p displayName and its part @p partName.
    SheetLexer(const QString &displayName, const QString &partName);

    /// Starts a document whose elements go to @p rows. @p offset and
    /// @p prefixBytes place the bytes fed in the sheet XML (for
    /// TableRow::byteOffset()), @p lineOffset shifts XML line numbers in
    /// messages (see XmlParser::parse()).
    void begin(RowParser &rows, qint64 offset, qint64 prefixBytes, qint64 lineOffset);
    /// Lexes the next bytes of the document. False once lexing stopped: on
    /// an error, when the rows asked to stop, or for a foreign() document.
    bool feed(QByteArrayView bytes);
    /// The end of the document: false when it is incomplete or lexing
    /// failed before. Not an error after the rows asked to stop.
    bool finish();

    /// Whether the document is not in UTF-8; then nothing was reported, and
    /// pending() holds every byte fed so far, for libxml2 to start from.
    bool foreign() const { return m_state == State::Foreign; }
    QByteArrayView pending() const { return m_carry; }
    bool failed() const { return m_state == State::Failed; }
    QString errorString() const { return m_error; }

private:
    enum class State : quint8 { Start, Content, Comment, CData, Instruction, Stopped, Failed, Foreign };
    struct Level
    {
        quint32 nameEnd; // in m_names
        RowParser::Element element;
    };
    struct Attribute
    {
        QByteArrayView name;
        QByteArrayView value;
        bool plain; // no reference, blank or '<' to resolve or refuse
    };

    bool process(QByteArrayView bytes);
    qsizetype lex(const char *begin, const char *end, bool final);
    const char *text(const char *p, const char *end, bool final);
    const char *markup(const char *p, const char *end);
    const char *startTag(const char *p, const char *end);
    const char *endTag(const char *p, const char *end);
    const char *comment(const char *p, const char *end);
    const char *cdata(const char *p, const char *end, bool final);
    const char *instruction(const char *p, const char *end);
    bool attributeValue(const char *begin, const char *end, QByteArrayView *value, std::string &decoded);
    /// Text content. `source` is where it stands in the document, when the
    /// text is not the document's own bytes (a line end or reference read as
    /// its character): a refusal names the line of `source`.
    void characters(const char *begin, const char *end, const char *source = nullptr);
    bool validate(QByteArrayView bytes, qsizetype *valid);
    qint64 lineAt(const char *p) const;
    const char *fail(const char *at, const QString &reason);
    bool fail(const QString &message);

    QString m_displayName;
    QString m_partName;
    RowParser *m_rows = nullptr;
    qint64 m_offset = 0;
    qint64 m_prefixBytes = 0;
    qint64 m_lineOffset = 0;

    State m_state = State::Start;
    QByteArray m_carry; // bytes fed and not yet consumed (an incomplete token)
    QByteArray m_utf8Tail; // an incomplete UTF-8 sequence at the end of the last bytes fed
    qint64 m_position = 0; // of the window's first byte in the document
    qint64 m_start = 0;    // where the document begins: after a byte order mark
    qint64 m_line = 1;     // XML line of the window's first byte
    const char *m_window = nullptr;
    std::string m_names; // qualified names of the open elements, back to back
    std::vector<Level> m_levels;
    std::vector<Attribute> m_attributes;
    std::string m_decoded[3]; // r, t, s with references resolved or blanks normalized
    std::string m_scratch;
    qint64 m_textBytes = 0; // of the text since the last tag
    bool m_rootDone = false;
    QString m_error;
};

} // namespace cx::xlsx
