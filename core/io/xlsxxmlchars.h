#pragma once

#include <QByteArrayView>

#include <array>

/// The character level of XML that SheetLexer needs: byte classes,
/// references, UTF-8 and encoding declarations.
namespace cx::xlsx {

/// Classes of bytes the lexer tells apart (a byte may be in several).
enum XmlChar : quint8 {
    NameStart = 1,
    NameChar = 2,
    Space = 4,
    TextSpecial = 8,  // ends a run of plain text
    ValueSpecial = 16 // makes an attribute value need resolving
};

inline constexpr std::array<quint8, 256> kXmlCharClasses = [] {
    std::array<quint8, 256> classes{};
    for (int c = 0; c < 256; ++c) {
        const bool letter = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c >= 0x80;
        if (letter || c == '_' || c == ':')
            classes[size_t(c)] |= XmlChar::NameStart | XmlChar::NameChar;
        if ((c >= '0' && c <= '9') || c == '-' || c == '.')
            classes[size_t(c)] |= XmlChar::NameChar;
    }
    for (const char c : {' ', '\t', '\n', '\r'})
        classes[size_t(c)] |= XmlChar::Space;
    for (const char c : {'<', '&', '\r', ']'})
        classes[size_t(c)] |= XmlChar::TextSpecial;
    for (const char c : {'<', '&', '\t', '\n', '\r'})
        classes[size_t(c)] |= XmlChar::ValueSpecial;
    return classes;
}();

/// Whether byte @p c is of class @p what.
inline bool isXml(char c, XmlChar what)
{
    return kXmlCharClasses[uchar(c)] & what;
}

/// What the start of an XML document says of its encoding.
enum class XmlEncoding : quint8 {
    Undecided, ///< too few bytes yet
    Utf8,      ///< UTF-8 (declared, or by default), with or without a byte order mark
    Other      ///< UTF-16 or a declared legacy encoding
};
/// The encoding of the document starting with @p head; Undecided until the
/// XML declaration is whole (512 bytes at most are looked at).
XmlEncoding detectXmlEncoding(QByteArrayView head);

/// The reference at @p p ('&'), its UTF-8 in @p out (4 bytes) and its length
/// in @p outLength: the bytes it takes, 0 when they end before it does, -1
/// when it is none XML defines without a DTD (the five predefined entities
/// and character references to characters XML allows).
qsizetype readXmlReference(const char *p, const char *end, char *out, int *outLength);

/// How many bytes from @p begin are whole UTF-8 sequences of characters
/// XML allows. When fewer than all, @p bad says whether the next byte starts
/// an invalid sequence rather than one the bytes end inside.
qsizetype validXmlUtf8(const char *begin, const char *end, bool *bad);

} // namespace cx::xlsx
