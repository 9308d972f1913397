#include "io/xlsxreader.h"

#include "io/xlsxsheet.h"
#include "io/xlsxvalues.h"
#include "io/xlsxxml.h"
#include "io/ziparchive.h"

#include <QDir>
#include <QHash>


using namespace Qt::StringLiterals;

namespace cx {

namespace {

using xlsx::Name;
using xlsx::SheetRepair;
using xlsx::SheetStream;
using xlsx::XmlCallbacks;
using xlsx::XmlPart;
using xlsx::XmlTag;

constexpr qint64 kReserveStringsAtMost = 1 << 20;

struct Relationship
{
    QString type;
    QString target; // resolved part name, e.g. "xl/worksheets/sheet1.xml"
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

ReadIssue::Kind issueKind(SheetRepair::Kind kind)
{
    switch (kind) {
    case SheetRepair::MissingSharedString:
        return ReadIssue::Kind::MissingSharedString;
    case SheetRepair::UnknownCellType:
        return ReadIssue::Kind::UnknownCellType;
    case SheetRepair::CellOutOfOrder:
        return ReadIssue::Kind::CellOutOfOrder;
    case SheetRepair::UnreadableReference:
    case SheetRepair::KindCount:
        break;
    }
    return ReadIssue::Kind::UnreadableReference;
}

} // namespace

struct XlsxReader::Private
{
    XlsxReader *q = nullptr;
    Options options;
    QIODevice *device = nullptr;
    bool opened = false;

    xlsx::WorkbookContext context;
    QList<Sheet> sheets;
    int selected = -1;
    std::mutex deviceLock; // sheet streams read the device on their worker threads
    std::unique_ptr<SheetStream> stream;

    bool fail(const QString &message)
    {
        q->setError(message);
        return false;
    }

    // Parses a whole small part into @p handler.
    bool parsePart(ZipArchive &zip, const QString &partName, qint64 maxBytes, xlsx::XmlHandler &handler)
    {
        XmlPart part(zip, context.displayName);
        return (part.open(partName, guardFor(options.limits, maxBytes), handler) && part.parse())
            || fail(part.errorString());
    }

    std::unique_ptr<SheetStream> openStream(int index, QString *error, SheetStream::RepairSink repairSink = {})
    {
        auto sheetStream =
            std::make_unique<SheetStream>(device, &deviceLock, context, sheets.at(index), std::move(repairSink));
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
    const QString base = partDirectory(sourcePart);
    XmlCallbacks handler;
    handler.onStart = [&](const XmlTag &tag) {
        if (!tag.is(Name::Relationship) || tag.attribute(Name::TargetMode) == "External")
            return;
        out->insert(tag.text(Name::Id), Relationship{tag.text(Name::Type), resolvePart(base, tag.text(Name::Target))});
    };
    return parsePart(zip, relsPart, options.limits.maxPartBytes, handler);
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

    XmlCallbacks handler;
    handler.onStart = [&](const XmlTag &tag) {
        if (tag.is(Name::WorkbookPr)) {
            const QByteArrayView value = tag.attribute(Name::Date1904);
            context.date1904 = value == "1" || value == "true";
        } else if (tag.is(Name::Sheet)) {
            const QString id = XmlTag::toText(tag.prefixedAttribute(Name::RelationshipId));
            Sheet sheet;
            sheet.name = tag.text(Name::SheetName);
            const QByteArrayView state = tag.attribute(Name::State);
            sheet.hidden = state == "hidden" || state == "veryHidden";
            if (rels.contains(id)) {
                const Relationship &rel = rels[id];
                if (!rel.type.endsWith("/worksheet"_L1))
                    return; // chart sheets and dialog sheets hold no table
                sheet.partName = rel.target;
            } else if (rels.isEmpty()) {
                sheet.partName = u"xl/worksheets/sheet%1.xml"_s.arg(sheets.size() + 1);
            } else {
                return;
            }
            sheets.append(sheet);
        }
    };
    if (!parsePart(zip, workbookPart, options.limits.maxPartBytes, handler))
        return false;

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
    QHash<int, bool> customIsDate;
    std::vector<int> cellFormats;
    bool inCellXfs = false;
    XmlCallbacks handler;
    handler.onStart = [&](const XmlTag &tag) {
        if (tag.is(Name::NumFmt)) {
            customIsDate.insert(tag.text(Name::NumFmtId).toInt(),
                                xlsx::isDateFormatCode(tag.text(Name::FormatCode)));
        } else if (tag.is(Name::CellXfs)) {
            inCellXfs = true;
        } else if (inCellXfs && tag.is(Name::Xf)) {
            cellFormats.push_back(tag.text(Name::NumFmtId).toInt());
        }
    };
    handler.onEnd = [&](const XmlTag &tag) {
        if (tag.is(Name::CellXfs))
            inCellXfs = false;
    };
    if (!parsePart(zip, partName, options.limits.maxPartBytes, handler))
        return false;
    context.dateStyles.reserve(cellFormats.size());
    for (int id : cellFormats)
        context.dateStyles.push_back(customIsDate.contains(id) ? customIsDate.value(id) : xlsx::isBuiltinDateFormat(id));
    return true;
}

namespace {

// Collects <si> items: plain <t> text and rich-text runs, without phonetic runs.
class SharedStringsHandler final : public xlsx::XmlHandler
{
public:
    SharedStringsHandler(XmlPart &part, xlsx::WorkbookContext &context)
        : m_part(part)
        , m_context(context)
    {
    }

    void startElement(const XmlTag &tag) override
    {
        if (tag.is(Name::Si)) {
            m_inItem = true;
            m_text.resize(0);
        } else if (tag.is(Name::T)) {
            m_inText = m_inItem && m_phonetic == 0;
        } else if (tag.is(Name::RPh)) {
            ++m_phonetic;
        } else if (tag.is(Name::Sst)) {
            bool ok = false;
            const qint64 declared = tag.attribute(Name::UniqueCount).toLongLong(&ok);
            if (ok)
                m_context.sharedStrings.reserve(
                    qBound<qint64>(0, declared, qMin(m_context.limits.maxSharedStrings, kReserveStringsAtMost)));
        }
    }

    void endElement(const XmlTag &tag) override
    {
        if (tag.is(Name::T)) {
            m_inText = false;
        } else if (tag.is(Name::RPh)) {
            --m_phonetic;
        } else if (tag.is(Name::Si)) {
            m_inItem = false;
            if (m_context.sharedStrings.size() >= m_context.limits.maxSharedStrings) {
                m_part.abort(XlsxReader::tr("%1 holds more than %2 shared strings, more than this program accepts. "
                                            "Split the data into smaller workbooks.")
                                 .arg(m_context.displayName)
                                 .arg(m_context.limits.maxSharedStrings));
            } else if (!m_context.sharedStrings.append(m_text)) {
                m_part.abort(XlsxReader::tr("%1 holds more shared text than this program accepts (4 GB). Split "
                                            "the data into smaller workbooks.")
                                 .arg(m_context.displayName));
            }
        }
    }

    void characters(QByteArrayView text) override
    {
        if (m_inText)
            m_text.append(text);
    }

private:
    XmlPart &m_part;
    xlsx::WorkbookContext &m_context;
    QByteArray m_text;
    bool m_inItem = false;
    bool m_inText = false;
    int m_phonetic = 0;
};

} // namespace

bool XlsxReader::Private::loadSharedStrings(ZipArchive &zip, const QString &partName)
{
    XmlPart part(zip, context.displayName);
    SharedStringsHandler handler(part, context);
    if (!part.open(partName, guardFor(options.limits, options.limits.maxSharedStringsBytes), handler)
        || !part.parse())
        return fail(part.errorString());
    context.sharedStrings.squeeze();
    return true;
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
    d->context.parseThreads = d->options.parseThreads;
    d->context.libxml2Sheets = d->options.libxml2Sheets;

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

    ZipArchive zip(d->device, displayName(), &d->deviceLock);
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
    const QString sheet = d->sheets.at(sheetIndex).name;
    d->stream.reset(); // its threads stop before what they found is forgotten
    forgetIssues(sheet);
    d->stream = d->openStream(sheetIndex, &error, [this, sheet](const SheetRepair &repair) {
        noteIssue(issueKind(repair.kind), repair.line, sheet);
    });
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
