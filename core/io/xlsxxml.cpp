#include "io/xlsxxml.h"

#include <libxml/parser.h>
#include <libxml/xmlerror.h>

#include <cstring>
#include <mutex>

using namespace Qt::StringLiterals;

namespace cx::xlsx {

namespace {

// Spelled as in the files, in the order of Name.
constexpr const char *kNameText[] = {
    "row", "c", "v", "is", "t", "rPh", "r", "s", "si", "sst", "uniqueCount",
    "Relationship", "Id", "Type", "Target", "TargetMode",
    "workbookPr", "date1904", "sheet", "name", "state", "id",
    "numFmt", "numFmtId", "formatCode", "cellXfs", "xf",
};
static_assert(std::size(kNameText) == size_t(Name::Count));

} // namespace

QByteArrayView XmlTag::find(Name name, bool prefixed) const
{
    const unsigned char *wanted = m_names[size_t(name)];
    for (int i = 0; i < m_attributeCount; ++i) {
        const unsigned char *const *attribute = m_attributes + 5 * i;
        if (attribute[0] == wanted && (attribute[1] != nullptr) == prefixed) {
            const char *value = reinterpret_cast<const char *>(attribute[3]);
            return QByteArrayView(value, reinterpret_cast<const char *>(attribute[4]) - value);
        }
    }
    return {};
}

QString XmlTag::toText(QByteArrayView value)
{
    // libxml2 hands an ampersand in an attribute value on as a character
    // reference (it leaves entities to the tree builder); every other
    // reference arrives resolved, so "&#38;" can only mean "&".
    if (!value.contains('&'))
        return QString::fromUtf8(value);
    return QString::fromUtf8(value.toByteArray().replace("&#38;", "&"));
}

// libxml2's SAX2 entry points; the user data is the XmlParser.
struct XmlParser::Callbacks
{
    static XmlParser *part(void *data) { return static_cast<XmlParser *>(data); }

    static void startElement(void *data, const xmlChar *localName, const xmlChar *, const xmlChar *, int,
                             const xmlChar **, int attributeCount, int, const xmlChar **attributes)
    {
        XmlParser *self = part(data);
        self->m_handler->startElement(XmlTag(self->m_names, localName, attributes, attributeCount));
    }

    static void endElement(void *data, const xmlChar *localName, const xmlChar *, const xmlChar *)
    {
        XmlParser *self = part(data);
        self->m_handler->endElement(XmlTag(self->m_names, localName));
    }

    static void characters(void *data, const xmlChar *text, int length)
    {
        part(data)->m_handler->characters(QByteArrayView(reinterpret_cast<const char *>(text), length));
    }

    static void documentType(void *data, const xmlChar *, const xmlChar *, const xmlChar *)
    {
        XmlParser *self = part(data);
        self->abort(documentTypeMessage(self->m_displayName, self->m_partName));
    }

    static void error(void *data, xmlErrorPtr error)
    {
        // Warnings and recoverable errors (an undeclared prefix) do not stop the parser.
        if (error && error->level == XML_ERR_FATAL)
            part(data)->failXml(error->code, error->message, error->line);
    }

    static int read(void *data, char *buffer, int size)
    {
        XmlParser *self = part(data);
        QString error;
        const qint64 n = (*self->m_source)(buffer, size, &error);
        if (n < 0) {
            if (self->m_error.isEmpty())
                self->m_error = error;
            return -1;
        }
        self->m_bytesRead += n;
        return int(n);
    }

    static const xmlSAXHandler *handler()
    {
        static const xmlSAXHandler sax = [] {
            xmlSAXHandler h;
            std::memset(&h, 0, sizeof h);
            h.initialized = XML_SAX2_MAGIC;
            h.startElementNs = startElement;
            h.endElementNs = endElement;
            h.characters = characters;
            h.ignorableWhitespace = characters;
            h.cdataBlock = characters;
            h.internalSubset = documentType;
            h.serror = error;
            return h;
        }();
        return &sax;
    }
};

XmlParser::XmlParser(const QString &displayName, const QString &partName)
    : m_displayName(displayName)
    , m_partName(partName)
{
}

bool XmlParser::parse(XmlHandler &handler, const Source &source, qint64 lineOffset)
{
    // Once per process before any parser exists: libxml2 sets up its global
    // state there, which is not safe to do from several threads at once.
    static std::once_flag initialized;
    std::call_once(initialized, [] { xmlInitParser(); });

    m_handler = &handler;
    m_source = &source;
    m_lineOffset = lineOffset;
    // The parser copies the handler table; the user data is this parser.
    xmlParserCtxtPtr context = xmlCreateIOParserCtxt(const_cast<xmlSAXHandler *>(Callbacks::handler()), this,
                                                     Callbacks::read, nullptr, this, XML_CHAR_ENCODING_NONE);
    if (!context) {
        m_error = tr("%1: not enough memory to read the part %2.").arg(m_displayName, m_partName);
        return false;
    }
    xmlCtxtUseOptions(context, XML_PARSE_NONET);
    for (size_t i = 0; i < m_names.size(); ++i)
        m_names[i] = xmlDictLookup(context->dict, reinterpret_cast<const xmlChar *>(kNameText[i]), -1);
    m_context = context;
    xmlParseDocument(context);
    m_context = nullptr;
    xmlFreeParserCtxt(context);
    m_source = nullptr;
    return !failed();
}

void XmlParser::abort(const QString &message)
{
    if (m_error.isEmpty())
        m_error = message;
    stop();
}

void XmlParser::stop()
{
    m_stopped = true;
    if (m_context)
        xmlStopParser(m_context);
}

void XmlParser::failXml(int code, const char *message, int line)
{
    if (!m_error.isEmpty())
        return;
    const bool early = code == XML_ERR_DOCUMENT_EMPTY || code == XML_ERR_TAG_NOT_FINISHED;
    const QString reason = early ? endsEarlyReason() : QString::fromUtf8(message).trimmed();
    m_error = malformedMessage(m_displayName, m_partName, reason, m_lineOffset + line);
}

QString XmlParser::malformedMessage(const QString &displayName, const QString &partName, const QString &reason,
                                    qint64 line)
{
    return tr("%1: the part %2 is not well-formed XML (%3, XML line %4). Open the file in Excel, save it "
              "again as .xlsx and import that file.")
        .arg(displayName, partName, reason)
        .arg(line);
}

QString XmlParser::endsEarlyReason()
{
    return tr("it ends too early");
}

QString XmlParser::documentTypeMessage(const QString &displayName, const QString &partName)
{
    return tr("%1: the part %2 declares a document type (DTD), which workbooks never do; it is refused "
              "as unsafe. Get the file from its original source again.")
        .arg(displayName, partName);
}

XmlPart::XmlPart(ZipArchive &zip, const QString &displayName)
    : m_zip(zip)
    , m_displayName(displayName)
{
}

bool XmlPart::open(const QString &partName, const ZipArchive::Guard &guard, XmlHandler &handler)
{
    m_parser = std::make_unique<XmlParser>(m_displayName, partName);
    m_handler = &handler;
    if (m_zip.openEntry(partName, guard))
        return true;
    m_error = m_zip.errorString();
    m_parser.reset();
    return false;
}

bool XmlPart::parse()
{
    if (!m_parser)
        return false;
    const XmlParser::Source unpack = [this](char *buffer, qint64 maxBytes, QString *error) {
        const qint64 n = m_zip.read(buffer, maxBytes);
        if (n < 0)
            *error = m_zip.errorString();
        return n;
    };
    if (!m_parser->parse(*m_handler, unpack))
        return false;
    // The parser read on to the end of the part so that the archive's size
    // and checksum can be verified.
    if (!m_parser->stopped() && !m_zip.closeEntry()) {
        m_parser->abort(m_zip.errorString());
        return false;
    }
    return true;
}

} // namespace cx::xlsx
