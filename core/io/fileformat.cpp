#include "io/fileformat.h"

#include "io/encodingdetector.h"

#include <QStringDecoder>

#include <utility>

using namespace Qt::StringLiterals;

namespace cx {

namespace {

constexpr qsizetype kHtmlWindow = 1024;

struct Signature
{
    QByteArrayView magic;
    const char *description; // translated in FileFormat's context
};

// Formats analysts are sent by mistake, recognised by their first bytes.
const Signature kRefusedSignatures[] = {
    {"%PDF-", QT_TRANSLATE_NOOP("cx::FileFormat", "a PDF document")},
    {"\x89PNG\r\n\x1A\n", QT_TRANSLATE_NOOP("cx::FileFormat", "a PNG image")},
    {"\xFF\xD8\xFF", QT_TRANSLATE_NOOP("cx::FileFormat", "a JPEG image")},
    {"GIF8", QT_TRANSLATE_NOOP("cx::FileFormat", "a GIF image")},
    {"\x1F\x8B", QT_TRANSLATE_NOOP("cx::FileFormat", "a gzip archive")},
    {"7z\xBC\xAF\x27\x1C", QT_TRANSLATE_NOOP("cx::FileFormat", "a 7-Zip archive")},
    {"Rar!\x1A\x07", QT_TRANSLATE_NOOP("cx::FileFormat", "a RAR archive")},
    {QByteArrayView("SQLite format 3\0", 16),
     QT_TRANSLATE_NOOP("cx::FileFormat",
                       "an SQLite database (a CX Workbench workspace is one; open it with File › Open)")},
    {"{\\rtf", QT_TRANSLATE_NOOP("cx::FileFormat", "an RTF document")},
};

// Bytes below 0x20 that text files do not contain (TAB, LF, VT, FF, CR, ESC
// and NUL are left out: NUL bytes are stripped from text, see CsvReader).
bool isBinaryControl(uchar c)
{
    return c < 0x20 && c != 0 && c != '\t' && c != '\n' && c != '\v' && c != '\f' && c != '\r' && c != 0x1B;
}

bool looksBinary(QByteArrayView head)
{
    qsizetype controls = 0;
    for (char c : head)
        controls += isBinaryControl(uchar(c));
    return controls * 50 > head.size(); // more than 2 %
}

// The start of the file as text: UTF-16/32 (BOM or NUL pattern) decoded,
// anything else read byte by byte, which is enough to find ASCII tags.
QString headText(QByteArrayView head, const EncodingDetector::Result &encoding)
{
    const QByteArrayView bytes = head.sliced(encoding.bomLength);
    if (!EncodingDetector::isAsciiCompatible(encoding.encoding)) {
        QStringDecoder decoder = EncodingDetector::decoder(encoding.encoding);
        if (decoder.isValid())
            return decoder.decode(bytes);
    }
    return QString::fromLatin1(bytes.data(), bytes.size());
}

bool isHtml(QStringView text)
{
    qsizetype start = 0;
    while (start < text.size() && text.at(start).isSpace())
        ++start;
    if (start == text.size() || text.at(start) != u'<')
        return false;
    const QStringView window = text.sliced(start, qMin(kHtmlWindow, text.size() - start));
    return window.contains("<html"_L1, Qt::CaseInsensitive) || window.contains("<table"_L1, Qt::CaseInsensitive)
        || window.contains("<!doctype html"_L1, Qt::CaseInsensitive);
}

bool isSpreadsheetMl2003(QStringView text)
{
    const QStringView window = text.first(qMin(kHtmlWindow, text.size()));
    return window.trimmed().startsWith("<?xml"_L1, Qt::CaseInsensitive)
        && (window.contains("urn:schemas-microsoft-com:office:spreadsheet"_L1)
            || window.contains("<Workbook"_L1));
}

} // namespace

FileFormat::FileFormat(Kind kind, QString description)
    : m_kind(kind)
    , m_description(std::move(description))
{
}

FileFormat FileFormat::sniff(QByteArrayView head)
{
    if (head.startsWith("PK\x03\x04") || head.startsWith("PK\x05\x06"))
        return FileFormat(Kind::Zip);
    if (head.startsWith("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1"))
        return FileFormat(Kind::Ole);
    for (const Signature &signature : kRefusedSignatures) {
        if (head.startsWith(signature.magic))
            return FileFormat(Kind::Refused, tr(signature.description));
    }
    const EncodingDetector::Result encoding = EncodingDetector::detect(head);
    const QString text = headText(head, encoding);
    if (isHtml(text))
        return FileFormat(Kind::Html);
    if (isSpreadsheetMl2003(text))
        return FileFormat(Kind::Refused, tr("an Excel 2003 XML spreadsheet"));
    if (encoding.method != EncodingDetector::Method::Bom && encoding.method != EncodingDetector::Method::NulPattern
        && looksBinary(head))
        return FileFormat(Kind::Refused, tr("binary data, not text"));
    return FileFormat(Kind::Text);
}

FileFormat FileFormat::classifyZip(QByteArrayView head, QByteArrayView tail)
{
    // An OpenDocument file stores its type first; OOXML parts are named in the central directory at the end.
    if (head.contains("application/vnd.oasis.opendocument.spreadsheet"))
        return FileFormat(Kind::Refused, tr("an OpenDocument spreadsheet (.ods); save it as .xlsx in LibreOffice"));
    if (head.contains("application/vnd.oasis.opendocument"))
        return FileFormat(Kind::Refused, tr("an OpenDocument file"));
    const auto names = [&](const char *name) { return head.contains(name) || tail.contains(name); };
    if (names("xl/"))
        return FileFormat(Kind::Zip);
    if (names("word/document"))
        return FileFormat(Kind::Refused, tr("a Word document"));
    if (names("ppt/presentation"))
        return FileFormat(Kind::Refused, tr("a PowerPoint presentation"));
    return FileFormat(Kind::Refused, tr("a ZIP archive without a workbook in it; unpack it and import the file inside"));
}

QString FileFormat::refusal(const QString &displayName) const
{
    return tr("%1 is %2, not a table export. Export the data from the source system as CSV or Excel (.xlsx, "
              ".xls) and import that file.")
        .arg(displayName, m_description);
}

} // namespace cx
