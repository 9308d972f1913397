#include "io/xlsxreader.h"

#include "io/xlsxvalues.h"
#include "io/ziparchive.h"

#include <QDir>
#include <QHash>
#include <QXmlStreamReader>

#include <functional>
#include <vector>

using namespace Qt::StringLiterals;

namespace cx {

namespace {

constexpr qint64 kXmlChunkBytes = 256 * 1024;
constexpr qint64 kReserveStringsAtMost = 1 << 20;

struct Relationship
{
    QString type;
    QString target; // resolved part name, e.g. "xl/worksheets/sheet1.xml"
};

/// Shared, read-only state of an open workbook that every sheet stream needs.
struct WorkbookContext
{
    QString displayName;
    XlsxReader::Limits limits;
    bool skipBlankRows = true;
    bool date1904 = false;
    QList<QString> sharedStrings;
    std::vector<bool> dateStyles; // per cellXfs index
};

ZipArchive::Guard guardFor(const XlsxReader::Limits &limits, qint64 maxBytes)
{
    ZipArchive::Guard guard;
    guard.maxBytes = maxBytes;
    guard.maxRatio = limits.maxCompressionRatio;
    guard.ratioMinBytes = limits.ratioCheckMinBytes;
    return guard;
}

QString partDirectory(const QString &partName)
{
    const qsizetype slash = partName.lastIndexOf(u'/');
    return slash < 0 ? QString() : partName.left(slash + 1);
}

QString resolvePart(const QString &baseDirectory, const QString &target)
{
    const QString joined = target.startsWith(u'/') ? target.mid(1) : baseDirectory + target;
    return QDir::cleanPath(joined);
}

QString relationshipsPartFor(const QString &partName)
{
    const qsizetype slash = partName.lastIndexOf(u'/');
    return partDirectory(partName) + "_rels/"_L1 + partName.mid(slash + 1) + ".rels"_L1;
}

// Element and attribute names are compared for every cell: inline, size first.
bool sameName(QStringView name, QLatin1StringView expected)
{
    if (name.size() != expected.size())
        return false;
    for (qsizetype i = 0; i < name.size(); ++i) {
        if (name[i] != expected[i])
            return false;
    }
    return true;
}

/// One XML part of the archive, unpacked in chunks into a QXmlStreamReader.
class XmlPart
{
public:
    XmlPart(ZipArchive &zip, const QString &displayName)
        : m_zip(zip)
        , m_displayName(displayName)
    {
    }

    bool open(const QString &partName, const ZipArchive::Guard &guard)
    {
        m_partName = partName;
        if (m_zip.openEntry(partName, guard))
            return true;
        m_error = m_zip.errorString();
        return false;
    }

    /// Advances to the next token; false at the end of the document or on an
    /// error (see failed()).
    bool next()
    {
        for (;;) {
            const QXmlStreamReader::TokenType token = m_xml.readNext();
            if (token == QXmlStreamReader::EndDocument) {
                if (!m_zip.closeEntry())
                    m_error = m_zip.errorString();
                return false;
            }
            if (token != QXmlStreamReader::Invalid)
                return true;
            if (m_xml.error() != QXmlStreamReader::PrematureEndOfDocumentError || m_drained) {
                failXml();
                return false;
            }
            m_buffer.resize(kXmlChunkBytes);
            const qint64 n = m_zip.read(m_buffer.data(), kXmlChunkBytes);
            if (n < 0) {
                m_error = m_zip.errorString();
                return false;
            }
            m_drained = n == 0;
            m_buffer.resize(n);
            m_xml.addData(m_buffer);
        }
    }

    const QXmlStreamReader &xml() const { return m_xml; }
    bool isStart(QLatin1StringView name) const { return m_xml.isStartElement() && sameName(m_xml.name(), name); }
    bool isEnd(QLatin1StringView name) const { return m_xml.isEndElement() && sameName(m_xml.name(), name); }
    QStringView attribute(QLatin1StringView name) const { return m_xml.attributes().value(name); }

    bool failed() const { return !m_error.isEmpty(); }
    QString errorString() const { return m_error; }
    qint64 bytesRead() const { return m_zip.entryBytesRead(); }
    qint64 size() const { return m_zip.entrySize(); }

private:
    void failXml()
    {
        const QString reason = m_xml.error() == QXmlStreamReader::PrematureEndOfDocumentError
            ? XlsxReader::tr("it ends too early")
            : m_xml.errorString();
        m_error = XlsxReader::tr("%1: the part %2 is not well-formed XML (%3, XML line %4). Open the file in "
                                 "Excel, save it again as .xlsx and import that file.")
                      .arg(m_displayName, m_partName, reason)
                      .arg(m_xml.lineNumber());
    }

    ZipArchive &m_zip;
    QString m_displayName;
    QXmlStreamReader m_xml;
    QByteArray m_buffer;
    QString m_partName;
    QString m_error;
    bool m_drained = false;
};

enum class CellType { Number, SharedString, InlineString, FormulaString, Boolean, Error, IsoDate };

CellType cellType(QStringView t)
{
    if (t == "s"_L1)
        return CellType::SharedString;
    if (t == "inlineStr"_L1)
        return CellType::InlineString;
    if (t == "str"_L1)
        return CellType::FormulaString;
    if (t == "b"_L1)
        return CellType::Boolean;
    if (t == "e"_L1)
        return CellType::Error;
    if (t == "d"_L1)
        return CellType::IsoDate;
    return CellType::Number;
}

using IssueSink = std::function<void(qint64 line, const QString &message)>;

/// Streams the rows of one worksheet. Owns its own view of the archive, so
/// previews and the main read do not disturb each other.
class SheetStream
{
public:
    SheetStream(QIODevice *device, const WorkbookContext &context, const XlsxReader::Sheet &sheet, IssueSink sink)
        : m_zip(device, context.displayName)
        , m_part(m_zip, context.displayName)
        , m_context(context)
        , m_sheet(sheet)
        , m_issue(std::move(sink))
    {
    }

    bool open()
    {
        if (!m_zip.open()) {
            m_error = m_zip.errorString();
            return false;
        }
        if (!m_part.open(m_sheet.partName, guardFor(m_context.limits, m_context.limits.maxSheetBytes))) {
            m_error = m_part.errorString();
            return false;
        }
        return true;
    }

    /// Next row of the sheet; false at its end or on an error.
    bool readRow(TableRow &row)
    {
        while (!m_done && m_error.isEmpty()) {
            if (!m_part.next()) {
                m_done = true;
                failFromPart();
                break;
            }
            // Parsing goes on to the end of the part (merged ranges, page
            // setup) so that the archive's checksum gets verified.
            if (m_part.isStart("row"_L1)) {
                if (!readRowBody(row))
                    return false;
                row.removeTrailingEmptyCells();
                if (m_context.skipBlankRows && row.isBlank())
                    continue;
                return true;
            }
        }
        return false;
    }

    QString errorString() const { return m_error; }
    qint64 bytesRead() const { return m_part.bytesRead(); }
    qint64 size() const { return m_part.size(); }

private:
    void failFromPart()
    {
        if (m_part.failed() && m_error.isEmpty()) {
            m_error = XlsxReader::tr("%1 (Sheet \"%2\", after row %3.)")
                          .arg(m_part.errorString(), m_sheet.name)
                          .arg(m_lastRow);
        }
    }

    bool readRowBody(TableRow &row)
    {
        qint64 number = m_lastRow + 1;
        bool ok = false;
        const qint64 declared = m_part.attribute("r"_L1).toLongLong(&ok);
        if (ok && declared > 0)
            number = declared;
        m_lastRow = number;
        row.clear();
        row.setPosition(number, m_part.bytesRead());
        int nextColumn = 0;
        while (m_part.next()) {
            if (m_part.isStart("c"_L1)) {
                if (!readCell(row, &nextColumn))
                    return false;
            } else if (m_part.isEnd("row"_L1)) {
                return true;
            }
        }
        failFromPart();
        if (m_error.isEmpty()) // the document ended inside a row
            m_error = XlsxReader::tr("%1: sheet \"%2\" ends inside row %3. Open the file in Excel, save it again "
                                     "as .xlsx and import that file.")
                          .arg(m_context.displayName, m_sheet.name)
                          .arg(number);
        return false;
    }

    bool readCell(TableRow &row, int *nextColumn)
    {
        int column = *nextColumn;
        CellType type = CellType::Number;
        int style = 0;
        // One pass over the attributes: this runs for every cell.
        for (const QXmlStreamAttribute &attribute : m_part.xml().attributes()) {
            const QStringView name = attribute.name();
            if (name.size() != 1)
                continue;
            const QStringView value = attribute.value();
            if (name[0] == u'r') {
                qint64 unusedRow = 0;
                int referenced = 0;
                if (xlsx::parseCellReference(value, &referenced, &unusedRow))
                    column = referenced;
            } else if (name[0] == u't') {
                type = cellType(value);
            } else if (name[0] == u's') {
                style = value.toInt();
            }
        }
        column = qMax(column, int(row.size())); // out-of-order or repeated references keep their order
        if (column >= m_context.limits.maxColumns) {
            m_error = XlsxReader::tr("%1, sheet \"%2\", row %3: a cell lies beyond column %4, more columns than "
                                     "Excel allows. The file is damaged or not a normal workbook; open it in "
                                     "Excel and save it again.")
                          .arg(m_context.displayName, m_sheet.name)
                          .arg(m_lastRow)
                          .arg(m_context.limits.maxColumns);
            return false;
        }

        m_value.resize(0);
        bool inValue = false;
        bool inInline = false;
        bool inText = false;
        int phonetic = 0; // <rPh> runs hold reading aids, not cell text
        for (;;) {
            if (!m_part.next()) {
                failFromPart();
                if (m_error.isEmpty())
                    m_error = XlsxReader::tr("%1: sheet \"%2\" ends inside row %3. Open the file in Excel, save "
                                             "it again as .xlsx and import that file.")
                                  .arg(m_context.displayName, m_sheet.name)
                                  .arg(m_lastRow);
                return false;
            }
            const QXmlStreamReader &xml = m_part.xml();
            if (xml.isCharacters()) {
                if (inValue || inText)
                    m_value.append(xml.text());
            } else if (xml.isStartElement()) {
                const QStringView name = xml.name();
                if (sameName(name, "v"_L1))
                    inValue = true;
                else if (sameName(name, "is"_L1))
                    inInline = true;
                else if (sameName(name, "t"_L1))
                    inText = inInline && phonetic == 0;
                else if (sameName(name, "rPh"_L1))
                    ++phonetic;
            } else if (xml.isEndElement()) {
                const QStringView name = xml.name();
                if (sameName(name, "c"_L1))
                    break;
                if (sameName(name, "v"_L1))
                    inValue = false;
                else if (sameName(name, "is"_L1))
                    inInline = false;
                else if (sameName(name, "t"_L1))
                    inText = false;
                else if (sameName(name, "rPh"_L1))
                    --phonetic;
            }
        }
        while (row.size() < column)
            row.appendCell({});
        appendValue(row, type, style);
        *nextColumn = column + 1;
        return true;
    }

    bool isDateStyle(int style) const
    {
        return style >= 0 && size_t(style) < m_context.dateStyles.size() && m_context.dateStyles[size_t(style)];
    }

    void appendValue(TableRow &row, CellType type, int style)
    {
        switch (type) {
        case CellType::SharedString: {
            bool ok = false;
            const qint64 index = QStringView(m_value).trimmed().toLongLong(&ok);
            if (ok && index >= 0 && index < m_context.sharedStrings.size()) {
                row.appendCell(m_context.sharedStrings.at(index));
            } else {
                if (!m_badIndexReported && m_issue)
                    m_issue(m_lastRow, XlsxReader::tr("%1, sheet \"%2\", row %3: a cell refers to a shared string "
                                                      "that does not exist; it is read as empty. Save the file "
                                                      "again in Excel if text is missing.")
                                           .arg(m_context.displayName, m_sheet.name)
                                           .arg(m_lastRow));
                m_badIndexReported = true;
                row.appendCell({});
            }
            return;
        }
        case CellType::InlineString:
        case CellType::FormulaString:
            row.appendCell(xlsx::decodeEscapes(m_value));
            return;
        case CellType::Boolean:
            row.appendCell(QStringView(m_value).trimmed() == "1"_L1 ? u"TRUE" : u"FALSE");
            return;
        case CellType::Error:
            row.appendCell(m_value);
            return;
        case CellType::IsoDate: {
            QString text = m_value.trimmed();
            text.replace(u'T', u' ');
            if (text.endsWith(u'Z'))
                text.chop(1);
            row.appendCell(text);
            return;
        }
        case CellType::Number:
            break;
        }
        if (m_value.isEmpty()) {
            row.appendCell({});
            return;
        }
        bool ok = false;
        const double number = m_value.toDouble(&ok);
        if (!ok) {
            row.appendCell(m_value);
            return;
        }
        if (isDateStyle(style)) {
            const QString date = xlsx::serialToText(number, m_context.date1904);
            if (!date.isEmpty()) {
                row.appendCell(date);
                return;
            }
        }
        row.appendCell(xlsx::numberToText(number));
    }

    ZipArchive m_zip;
    XmlPart m_part;
    const WorkbookContext &m_context;
    XlsxReader::Sheet m_sheet;
    IssueSink m_issue;
    QString m_value;
    qint64 m_lastRow = 0;
    bool m_done = false;
    bool m_badIndexReported = false;
    QString m_error;
};

} // namespace

struct XlsxReader::Private
{
    XlsxReader *q = nullptr;
    Options options;
    QIODevice *device = nullptr;
    bool opened = false;

    WorkbookContext context;
    QList<Sheet> sheets;
    int selected = -1;
    std::unique_ptr<SheetStream> stream;

    bool fail(const QString &message)
    {
        q->setError(message);
        return false;
    }

    bool openPart(XmlPart &part, const QString &partName, qint64 maxBytes)
    {
        return part.open(partName, guardFor(options.limits, maxBytes)) || fail(part.errorString());
    }

    std::unique_ptr<SheetStream> openStream(int index, QString *error)
    {
        auto sink = [this](qint64 line, const QString &message) { q->addIssue(line, message); };
        auto sheetStream = std::make_unique<SheetStream>(device, context, sheets.at(index), sink);
        if (!sheetStream->open()) {
            *error = sheetStream->errorString();
            return nullptr;
        }
        return sheetStream;
    }

    bool readRelationships(ZipArchive &zip, const QString &sourcePart, QHash<QString, Relationship> *out);
    bool loadWorkbook(ZipArchive &zip);
    bool loadStyles(ZipArchive &zip, const QString &partName);
    bool loadSharedStrings(ZipArchive &zip, const QString &partName);
};

bool XlsxReader::Private::readRelationships(ZipArchive &zip, const QString &sourcePart,
                                            QHash<QString, Relationship> *out)
{
    const QString relsPart = relationshipsPartFor(sourcePart);
    if (!zip.contains(relsPart))
        return true; // tolerated: fall back to the conventional part names
    XmlPart part(zip, context.displayName);
    if (!openPart(part, relsPart, options.limits.maxPartBytes))
        return false;
    const QString base = partDirectory(sourcePart);
    while (part.next()) {
        if (!part.isStart("Relationship"_L1) || part.attribute("TargetMode"_L1) == "External"_L1)
            continue;
        out->insert(part.attribute("Id"_L1).toString(),
                    Relationship{part.attribute("Type"_L1).toString(),
                                 resolvePart(base, part.attribute("Target"_L1).toString())});
    }
    return !part.failed() || fail(part.errorString());
}

bool XlsxReader::Private::loadWorkbook(ZipArchive &zip)
{
    QHash<QString, Relationship> packageRels;
    if (!readRelationships(zip, QString(), &packageRels))
        return false;
    QString workbookPart = u"xl/workbook.xml"_s;
    for (const Relationship &rel : std::as_const(packageRels)) {
        if (rel.type.endsWith("/officeDocument"_L1))
            workbookPart = rel.target;
    }
    QHash<QString, Relationship> rels;
    if (!readRelationships(zip, workbookPart, &rels))
        return false;

    XmlPart part(zip, context.displayName);
    if (!openPart(part, workbookPart, options.limits.maxPartBytes))
        return false;
    while (part.next()) {
        if (part.isStart("workbookPr"_L1)) {
            const QStringView value = part.attribute("date1904"_L1);
            context.date1904 = value == "1"_L1 || value == "true"_L1;
        } else if (part.isStart("sheet"_L1)) {
            QString id;
            for (const QXmlStreamAttribute &attribute : part.xml().attributes()) {
                if (attribute.qualifiedName().endsWith(":id"_L1))
                    id = attribute.value().toString();
            }
            Sheet sheet;
            sheet.name = part.attribute("name"_L1).toString();
            sheet.hidden = part.attribute("state"_L1) == "hidden"_L1 || part.attribute("state"_L1) == "veryHidden"_L1;
            if (rels.contains(id)) {
                const Relationship &rel = rels[id];
                if (!rel.type.endsWith("/worksheet"_L1))
                    continue; // chart sheets and dialog sheets hold no table
                sheet.partName = rel.target;
            } else if (rels.isEmpty()) {
                sheet.partName = u"xl/worksheets/sheet%1.xml"_s.arg(sheets.size() + 1);
            } else {
                continue;
            }
            sheets.append(sheet);
        }
    }
    if (part.failed())
        return fail(part.errorString());

    QString stylesPart = u"xl/styles.xml"_s;
    QString sharedStringsPart = u"xl/sharedStrings.xml"_s;
    for (const Relationship &rel : std::as_const(rels)) {
        if (rel.type.endsWith("/styles"_L1))
            stylesPart = rel.target;
        else if (rel.type.endsWith("/sharedStrings"_L1))
            sharedStringsPart = rel.target;
    }
    // Both parts are optional: writers of inline strings omit the shared strings.
    if (zip.contains(stylesPart) && !loadStyles(zip, stylesPart))
        return false;
    if (zip.contains(sharedStringsPart) && !loadSharedStrings(zip, sharedStringsPart))
        return false;
    return true;
}

bool XlsxReader::Private::loadStyles(ZipArchive &zip, const QString &partName)
{
    XmlPart part(zip, context.displayName);
    if (!openPart(part, partName, options.limits.maxPartBytes))
        return false;
    QHash<int, bool> customIsDate;
    std::vector<int> cellFormats;
    bool inCellXfs = false;
    while (part.next()) {
        if (part.isStart("numFmt"_L1)) {
            customIsDate.insert(part.attribute("numFmtId"_L1).toInt(),
                                xlsx::isDateFormatCode(part.attribute("formatCode"_L1)));
        } else if (part.isStart("cellXfs"_L1)) {
            inCellXfs = true;
        } else if (part.isEnd("cellXfs"_L1)) {
            inCellXfs = false;
        } else if (inCellXfs && part.isStart("xf"_L1)) {
            cellFormats.push_back(part.attribute("numFmtId"_L1).toInt());
        }
    }
    if (part.failed())
        return fail(part.errorString());
    context.dateStyles.reserve(cellFormats.size());
    for (int id : cellFormats)
        context.dateStyles.push_back(customIsDate.contains(id) ? customIsDate.value(id) : xlsx::isBuiltinDateFormat(id));
    return true;
}

bool XlsxReader::Private::loadSharedStrings(ZipArchive &zip, const QString &partName)
{
    XmlPart part(zip, context.displayName);
    if (!openPart(part, partName, options.limits.maxSharedStringsBytes))
        return false;
    QString text;
    bool inItem = false;
    bool inText = false;
    int phonetic = 0;
    while (part.next()) {
        const QXmlStreamReader &xml = part.xml();
        if (xml.isCharacters()) {
            if (inText)
                text.append(xml.text());
        } else if (xml.isStartElement()) {
            const QStringView name = xml.name();
            if (sameName(name, "si"_L1)) {
                inItem = true;
                text.resize(0);
            } else if (sameName(name, "t"_L1)) {
                inText = inItem && phonetic == 0;
            } else if (sameName(name, "rPh"_L1)) {
                ++phonetic;
            } else if (sameName(name, "sst"_L1)) {
                const qint64 declared = part.attribute("uniqueCount"_L1).toLongLong();
                context.sharedStrings.reserve(qBound<qint64>(0, declared, kReserveStringsAtMost));
            }
        } else if (xml.isEndElement()) {
            const QStringView name = xml.name();
            if (sameName(name, "t"_L1)) {
                inText = false;
            } else if (sameName(name, "rPh"_L1)) {
                --phonetic;
            } else if (sameName(name, "si"_L1)) {
                inItem = false;
                if (context.sharedStrings.size() >= options.limits.maxSharedStrings)
                    return fail(tr("%1 holds more than %2 shared strings, more than this program accepts. Split "
                                   "the data into smaller workbooks.")
                                    .arg(context.displayName)
                                    .arg(options.limits.maxSharedStrings));
                context.sharedStrings.append(xlsx::decodeEscapes(text));
            }
        }
    }
    return !part.failed() || fail(part.errorString());
}

XlsxReader::XlsxReader(const QString &path, const Options &options)
    : WorkbookReader(path)
    , d(std::make_unique<Private>())
{
    d->q = this;
    d->options = options;
}

XlsxReader::XlsxReader(QIODevice *device, const QString &displayName, const Options &options)
    : WorkbookReader(device, displayName)
    , d(std::make_unique<Private>())
{
    d->q = this;
    d->options = options;
}

XlsxReader::~XlsxReader() = default;

bool XlsxReader::open()
{
    if (d->opened)
        return !hasError();
    d->opened = true;
    d->context.displayName = displayName();
    d->context.limits = d->options.limits;
    d->context.skipBlankRows = d->options.skipBlankRows;

    d->device = openInput();
    if (!d->device)
        return false;
    if (d->device->isSequential())
        return d->fail(tr("%1 cannot be read as a stream. Save it to a file and import that file.").arg(displayName()));

    const QByteArray magic = d->device->peek(4);
    if (magic.startsWith("\xD0\xCF\x11\xE0"))
        return d->fail(tr("%1 is an old Excel .xls workbook or an encrypted workbook. Open it in Excel, save it as "
                          ".xlsx without a password and import that file.")
                           .arg(displayName()));
    if (magic != QByteArrayView("PK\x03\x04"))
        return d->fail(tr("%1 is not an .xlsx workbook (it is not a ZIP archive). If it holds CSV text, import it "
                          "as CSV; if it is an old .xls file, save it as .xlsx in Excel first.")
                           .arg(displayName()));

    ZipArchive zip(d->device, displayName());
    if (!zip.open())
        return d->fail(zip.errorString());
    if (!d->loadWorkbook(zip))
        return false;
    if (d->sheets.isEmpty())
        return d->fail(tr("%1 contains no worksheets. Check that you picked the right file.").arg(displayName()));
    if (d->options.sheetIndex < 0 || d->options.sheetIndex >= d->sheets.size())
        return d->fail(tr("%1 has no sheet number %2; it has %3 sheets. Choose one of them.")
                           .arg(displayName())
                           .arg(d->options.sheetIndex + 1)
                           .arg(d->sheets.size()));
    return selectSheet(d->options.sheetIndex);
}

bool XlsxReader::readRow(TableRow &row)
{
    if (!d->opened && !open())
        return false;
    if (hasError() || !d->stream)
        return false;
    if (d->stream->readRow(row))
        return true;
    if (!d->stream->errorString().isEmpty())
        setError(d->stream->errorString());
    return false;
}

qint64 XlsxReader::progressBytes() const
{
    return d->stream ? d->stream->bytesRead() : 0;
}

qint64 XlsxReader::totalBytes() const
{
    return d->stream ? d->stream->size() : 0;
}

QList<XlsxReader::Sheet> XlsxReader::sheets() const
{
    return d->sheets;
}

QStringList XlsxReader::sheetNames() const
{
    QStringList names;
    for (const Sheet &sheet : d->sheets)
        names.append(sheet.name);
    return names;
}

bool XlsxReader::uses1904Dates() const
{
    return d->context.date1904;
}

QList<QStringList> XlsxReader::previewSheet(int sheetIndex, int maxRows)
{
    QList<QStringList> rows;
    if (!d->opened || sheetIndex < 0 || sheetIndex >= d->sheets.size())
        return rows;
    QString error;
    const std::unique_ptr<SheetStream> preview = d->openStream(sheetIndex, &error);
    if (!preview) {
        addIssue(0, error);
        return rows;
    }
    TableRow row;
    while (rows.size() < maxRows && preview->readRow(row))
        rows.append(row.toStringList());
    if (!preview->errorString().isEmpty())
        addIssue(0, preview->errorString());
    return rows;
}

QList<QList<QStringList>> XlsxReader::previewAll(int maxRows)
{
    QList<QList<QStringList>> previews;
    for (int i = 0; i < d->sheets.size(); ++i)
        previews.append(previewSheet(i, maxRows));
    return previews;
}

bool XlsxReader::selectSheet(int sheetIndex)
{
    if (!d->opened || hasError() || sheetIndex < 0 || sheetIndex >= d->sheets.size())
        return false;
    QString error;
    d->stream = d->openStream(sheetIndex, &error);
    if (!d->stream)
        return d->fail(error);
    d->selected = sheetIndex;
    return true;
}

int XlsxReader::selectedSheet() const
{
    return d->selected;
}

} // namespace cx
