#pragma once

#include "io/ziparchive.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <array>
#include <functional>
#include <memory>

struct _xmlParserCtxt;

namespace cx::xlsx {

/// Local names of the elements and attributes the XLSX reader looks at.
enum class Name : quint8 {
    Row, C, V, Is, T, RPh, R, S, Si, Sst, UniqueCount,
    Relationship, Id, Type, Target, TargetMode,
    WorkbookPr, Date1904, Sheet, SheetName, State, RelationshipId,
    NumFmt, NumFmtId, FormatCode, CellXfs, Xf,
    Count
};

/// The local names interned in one parser's dictionary: the parser hands out
/// names from that dictionary, so comparing a name is comparing a pointer.
using InternedNames = std::array<const unsigned char *, size_t(Name::Count)>;

/// A start or end tag as the parser reports it; valid during the callback.
class XmlTag
{
public:
    XmlTag(const InternedNames &names, const unsigned char *localName, const unsigned char **attributes = nullptr,
           int attributeCount = 0)
        : m_names(names)
        , m_localName(localName)
        , m_attributes(attributes)
        , m_attributeCount(attributeCount)
    {
    }

    /// Whether the tag's local name is @p name, whatever its prefix.
    bool is(Name name) const { return m_localName == m_names[size_t(name)]; }
    /// The raw value of the unprefixed attribute @p name (null when absent):
    /// character references are resolved, but an ampersand reads "&#38;".
    QByteArrayView attribute(Name name) const { return find(name, false); }
    /// The value of attribute @p name with a prefix (r:id), raw as attribute().
    QByteArrayView prefixedAttribute(Name name) const { return find(name, true); }
    /// attribute() as text.
    QString text(Name name) const { return toText(attribute(name)); }
    static QString toText(QByteArrayView value);

    /// Visits the unprefixed attributes as (name, raw value); stops when @p visit returns false.
    template <typename Visit>
    void forEachAttribute(Visit visit) const
    {
        for (int i = 0; i < m_attributeCount; ++i) {
            const unsigned char *const *attribute = m_attributes + 5 * i; // localname, prefix, URI, value, end
            if (attribute[1])
                continue;
            const char *value = reinterpret_cast<const char *>(attribute[3]);
            const char *end = reinterpret_cast<const char *>(attribute[4]);
            if (!visit(attribute[0], QByteArrayView(value, end - value)))
                return;
        }
    }
    const InternedNames &names() const { return m_names; }

private:
    QByteArrayView find(Name name, bool prefixed) const;

    const InternedNames &m_names;
    const unsigned char *m_localName;
    const unsigned char **m_attributes;
    int m_attributeCount;
};

/// Receives what XmlPart parses.
class XmlHandler
{
public:
    virtual void startElement(const XmlTag &tag) = 0;
    virtual void endElement(const XmlTag &tag) = 0;
    /// A piece of text content (an element's text may come in several pieces).
    virtual void characters(QByteArrayView text) = 0;

protected:
    ~XmlHandler() = default;
};

/// An XmlHandler made of functions, for the small parts of a workbook.
class XmlCallbacks final : public XmlHandler
{
public:
    std::function<void(const XmlTag &)> onStart;
    std::function<void(const XmlTag &)> onEnd;
    std::function<void(QByteArrayView)> onText;

    void startElement(const XmlTag &tag) override
    {
        if (onStart)
            onStart(tag);
    }
    void endElement(const XmlTag &tag) override
    {
        if (onEnd)
            onEnd(tag);
    }
    void characters(QByteArrayView text) override
    {
        if (onText)
            onText(text);
    }
};

/// libxml2's SAX2 parser over bytes as they come (no tree is built; the
/// document is never whole in memory), reporting to an XmlHandler.
///
/// Untrusted input: a document with a document type declaration is refused
/// (workbooks never have one; that keeps entity expansion and external
/// entities out), libxml2's limits on depth, name and text size stay on,
/// and nothing is loaded from the network.
class XmlParser
{
    Q_DECLARE_TR_FUNCTIONS(cx::XlsxReader)

public:
    /// Fills @p buffer with up to @p maxBytes more bytes: their count, 0 at
    /// the end, -1 on an error, said in @p error.
    using Source = std::function<qint64(char *buffer, qint64 maxBytes, QString *error)>;

    /// Messages name the file @p displayName and its part @p partName.
    XmlParser(const QString &displayName, const QString &partName);
    XmlParser(const XmlParser &) = delete;
    XmlParser &operator=(const XmlParser &) = delete;

    /// Parses what @p source gives into @p handler (which may stop() or
    /// abort() early). XML line numbers in messages are shifted by
    /// @p lineOffset (for a document that is a piece of a larger one).
    /// False on an error (see errorString()).
    bool parse(XmlHandler &handler, const Source &source, qint64 lineOffset = 0);
    /// From a handler: stops parsing for a reason of its own (@p message is the error).
    void abort(const QString &message);
    /// From a handler: stops parsing without an error.
    void stop();

    bool stopped() const { return m_stopped; }
    bool failed() const { return !m_error.isEmpty(); }
    QString errorString() const { return m_error; }
    /// Bytes taken from the source so far.
    qint64 bytesRead() const { return m_bytesRead; }

    /// The message for a part that is not well-formed for @p reason at
    /// XML line @p line.
    static QString malformedMessage(const QString &displayName, const QString &partName, const QString &reason,
                                    qint64 line);
    /// The reason for a part that ends inside an element or a tag.
    static QString endsEarlyReason();
    /// The message for a part with a document type declaration.
    static QString documentTypeMessage(const QString &displayName, const QString &partName);

private:
    struct Callbacks;

    void failXml(int code, const char *message, int line);

    QString m_displayName;
    QString m_partName;
    XmlHandler *m_handler = nullptr;
    const Source *m_source = nullptr;
    _xmlParserCtxt *m_context = nullptr; // only while parse() runs
    InternedNames m_names{};
    qint64 m_lineOffset = 0;
    qint64 m_bytesRead = 0;
    QString m_error;
    bool m_stopped = false;
};

/// One XML part of the archive, parsed as it is unpacked.
class XmlPart
{
public:
    XmlPart(ZipArchive &zip, const QString &displayName);

    /// Opens entry @p partName of the archive for parsing into @p handler.
    bool open(const QString &partName, const ZipArchive::Guard &guard, XmlHandler &handler);
    /// Parses the whole part, then verifies the entry's size and checksum
    /// (unless the handler stopped early). False on an error.
    bool parse();
    /// From the handler: see XmlParser.
    void abort(const QString &message) { m_parser->abort(message); }

    QString errorString() const { return m_parser ? m_parser->errorString() : m_error; }

private:
    ZipArchive &m_zip;
    QString m_displayName;
    XmlHandler *m_handler = nullptr;
    std::unique_ptr<XmlParser> m_parser;
    QString m_error;
};

} // namespace cx::xlsx
