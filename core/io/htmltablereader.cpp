#include "io/htmltablereader.h"

#include <QBuffer>
#include <QIODevice>
#include <QRegularExpression>
#include <QStringDecoder>
#include <QStringEncoder>

using namespace Qt::StringLiterals;

namespace cx {

namespace {

constexpr qsizetype kChunkBytes = 256 * 1024;
constexpr qsizetype kDeclarationWindow = 64 * 1024; // a long <style> block may come before <meta>
constexpr qint64 kMaxSequentialBytes = qint64(1) << 30;

} // namespace

struct HtmlTableReader::Private
{
    HtmlTableReader *q = nullptr;
    Options options;
    QIODevice *device = nullptr;
    QByteArray sequentialCopy; // a device that cannot seek, read once
    QBuffer sequentialBuffer;
    bool opened = false;

    EncodingDetector::Result encoding;
    qint64 total = 0;
    QList<Sheet> sheets;
    int selected = -1;

    // One pass over the page, collecting the rows of one table (or none).
    struct Pass
    {
        Pass(int table, const HtmlTableLimits &limits)
            : parser(table, limits)
        {
        }
        HtmlTableParser parser;
        QStringDecoder decoder;
        QStringEncoder toUtf8{QStringConverter::Utf8};
        qint64 offset = 0;  // file bytes fed so far
        bool fedAll = false;
        bool replaced = false; // decoding put U+FFFD somewhere
    };
    std::unique_ptr<Pass> pass;

    std::unique_ptr<Pass> startPass(int table)
    {
        auto started = std::make_unique<Pass>(table, options.limits);
        started->decoder = EncodingDetector::decoder(encoding.encoding);
        started->offset = encoding.bomLength;
        return started;
    }

    // Feeds the next chunk; false on a read or parse failure (error set).
    bool feed(Pass &p)
    {
        const qint64 left = qMax<qint64>(0, total - p.offset); // small pages need no large buffer
        QByteArray chunk(qsizetype(qMin<qint64>(kChunkBytes, left)), Qt::Uninitialized);
        qint64 n = -1;
        if (device->seek(p.offset))
            n = device->read(chunk.data(), chunk.size());
        if (n < 0) {
            q->setError(tr("%1: reading failed after %2 bytes (%3). Check the disk or network share and try again.")
                            .arg(q->displayName())
                            .arg(p.offset)
                            .arg(device->errorString()));
            return false;
        }
        chunk.resize(n);
        p.offset += n;
        p.fedAll = n == 0;
        const QByteArray utf8 = p.toUtf8.encode(QString(p.decoder.decode(chunk)));
        p.replaced = p.replaced || p.decoder.hasError() || p.toUtf8.hasError();
        if (!p.parser.feed(utf8, p.fedAll)) {
            q->setError(tr("%1 cannot be read as an HTML table (the parser ran out of memory or gave up). Open "
                           "it in Excel or a browser, save it as .xlsx and import that file.")
                            .arg(q->displayName()));
            return false;
        }
        return true;
    }

    // The next row of the pass's table; false at its end or on an error.
    bool next(Pass &p, HtmlTableRow *row)
    {
        while (!p.parser.takeRow(row)) {
            if (p.parser.targetDone() || p.fedAll || q->hasError())
                return false;
            if (!feed(p))
                return false;
        }
        return true;
    }

    void toTableRow(const HtmlTableRow &source, const Pass &p, const QString &sheet, TableRow &row, bool report)
    {
        row.clear();
        row.setPosition(source.line, p.offset);
        bool replaced = false;
        for (const QByteArray &cell : source.cells) {
            if (QByteArrayView(cell).isValidUtf8())
                row.appendUtf8Cell(cell);
            else
                row.appendCell(QString::fromUtf8(cell));
            replaced = replaced || (p.replaced && cell.contains("\xEF\xBF\xBD"));
        }
        if (!report)
            return;
        if (replaced)
            q->noteIssue(ReadIssue::Kind::ReplacedBytes, source.line, sheet, encoding.encoding);
        if (source.spanClipped)
            q->noteIssue(ReadIssue::Kind::SpanClipped, source.line, sheet);
    }

    bool chooseEncoding(QByteArrayView head);
    bool listTables();
};

QString HtmlTableReader::declaredCharset(QByteArrayView head)
{
    static const QRegularExpression meta(uR"(<meta\b[^>]*?charset\s*=\s*["']?\s*([A-Za-z0-9._:\-]+))"_s,
                                         QRegularExpression::CaseInsensitiveOption);
    const QString text = QString::fromLatin1(head.first(qMin(head.size(), kDeclarationWindow)));
    return meta.match(text).captured(1);
}

bool HtmlTableReader::Private::chooseEncoding(QByteArrayView head)
{
    if (!options.encoding.isEmpty() && !EncodingDetector::isSupported(options.encoding)) {
        q->setError(tr("%1: the encoding \"%2\" is not known. Choose another encoding, for example GB18030 or "
                       "UTF-8.")
                        .arg(q->displayName(), options.encoding));
        return false;
    }
    encoding = EncodingDetector::detect(head, options.encoding);
    if (encoding.method == EncodingDetector::Method::Bom)
        return true;
    const QString declared = declaredCharset(head);
    if (declared.isEmpty())
        return true;
    const QString name = EncodingDetector::normalizedName(declared);
    if (encoding.method == EncodingDetector::Method::Override) {
        // Chosen by the user, or by the file inspection whose choice the import repeats.
        if (name != encoding.encoding)
            q->addIssue(0,
                        tr("%1 declares its text as %2; it was read as %3, the encoding chosen for it.")
                            .arg(q->displayName(), declared, encoding.encoding),
                        ReadIssue::Kind::DeclaredEncodingIgnored, declared);
        return true;
    }
    // GB18030 accepts nearly any bytes: valid multi-byte UTF-8 under another label is UTF-8.
    const bool fits = EncodingDetector::isSupported(name) && EncodingDetector::decodesCleanly(head, name)
        && (name == "UTF-8"_L1 || encoding.method != EncodingDetector::Method::Utf8);
    if (fits) {
        encoding.encoding = name;
        encoding.method = EncodingDetector::Method::Declared;
        encoding.how = tr("declared by the page (%1)").arg(declared);
        return true;
    }
    q->addIssue(0,
                tr("%1 declares its text as %2, but its bytes are not %2; it was read as %3 (%4). If text looks "
                   "garbled, choose the file's encoding in the import dialog.")
                    .arg(q->displayName(), declared, encoding.encoding, encoding.how),
                ReadIssue::Kind::DeclaredEncodingIgnored, declared);
    return true;
}

bool HtmlTableReader::Private::listTables()
{
    const std::unique_ptr<Pass> scan = startPass(-1);
    while (!scan->fedAll) {
        if (!feed(*scan))
            return false;
    }
    QStringList names;
    const QList<QString> &found = scan->parser.tableNames();
    for (qsizetype i = 0; i < found.size(); ++i) {
        QString name = found.at(i);
        if (name.isEmpty())
            name = u"Table %1"_s.arg(i + 1); // not translated: --sheet names it the same everywhere
        const QString base = name;
        for (int n = 2; names.contains(name); ++n)
            name = u"%1 (%2)"_s.arg(base).arg(n);
        names.append(name);
        sheets.append(Sheet{name, QString(), false});
    }
    if (sheets.isEmpty()) {
        q->setError(tr("%1 is an HTML page without a table, so there is nothing to import. Export the data from "
                       "the source system as CSV or Excel and import that file.")
                        .arg(q->displayName()));
        return false;
    }
    return true;
}

HtmlTableReader::HtmlTableReader(const QString &path, const Options &options)
    : WorkbookReader(path)
    , d(std::make_unique<Private>())
{
    d->q = this;
    d->options = options;
}

HtmlTableReader::HtmlTableReader(QIODevice *device, const QString &displayName, const Options &options)
    : WorkbookReader(device, displayName)
    , d(std::make_unique<Private>())
{
    d->q = this;
    d->options = options;
}

HtmlTableReader::~HtmlTableReader() = default;

bool HtmlTableReader::open()
{
    if (d->opened)
        return !hasError();
    d->opened = true;
    d->device = openInput();
    if (!d->device)
        return false;
    if (d->device->isSequential()) {
        d->sequentialCopy = d->device->read(kMaxSequentialBytes);
        d->sequentialBuffer.setBuffer(&d->sequentialCopy);
        d->sequentialBuffer.open(QIODevice::ReadOnly);
        d->device = &d->sequentialBuffer;
    }
    d->total = d->device->size();
    if (!d->device->seek(0)) {
        setError(tr("%1 cannot be read from its start. Save it to a file and import that file.").arg(displayName()));
        return false;
    }
    const QByteArray head = d->device->read(EncodingDetector::sampleSize());
    if (!d->chooseEncoding(head) || !d->listTables())
        return false;
    if (d->options.sheetIndex < 0 || d->options.sheetIndex >= d->sheets.size()) {
        setError(tr("%1 has %n table(s); there is no table %2.", nullptr, int(d->sheets.size()))
                     .arg(displayName())
                     .arg(d->options.sheetIndex + 1));
        return false;
    }
    return selectSheet(d->options.sheetIndex);
}

bool HtmlTableReader::readRow(TableRow &row)
{
    if (!d->opened && !open())
        return false;
    if (!d->pass || hasError())
        return false;
    const QString &sheet = d->sheets.at(d->selected).name;
    HtmlTableRow source;
    while (d->next(*d->pass, &source)) {
        d->toTableRow(source, *d->pass, sheet, row, true);
        if (!(d->options.skipBlankRows && row.isBlank()))
            return true;
    }
    return false;
}

qint64 HtmlTableReader::progressBytes() const
{
    return d->pass ? qMin(d->pass->offset, d->total) : 0;
}

qint64 HtmlTableReader::totalBytes() const
{
    return d->total;
}

QList<WorkbookReader::Sheet> HtmlTableReader::sheets() const
{
    return d->sheets;
}

bool HtmlTableReader::uses1904Dates() const
{
    return false;
}

QList<QStringList> HtmlTableReader::previewSheet(int sheetIndex, int maxRows)
{
    QList<QStringList> rows;
    if (!d->opened || hasError() || sheetIndex < 0 || sheetIndex >= d->sheets.size())
        return rows;
    const std::unique_ptr<Private::Pass> preview = d->startPass(sheetIndex);
    HtmlTableRow source;
    TableRow row;
    while (rows.size() < maxRows && d->next(*preview, &source)) {
        d->toTableRow(source, *preview, {}, row, false); // issues are counted when the sheet is read
        if (!(d->options.skipBlankRows && row.isBlank()))
            rows.append(row.toStringList());
    }
    return rows;
}

bool HtmlTableReader::selectSheet(int sheetIndex)
{
    if (!d->opened || hasError() || sheetIndex < 0 || sheetIndex >= d->sheets.size())
        return false;
    forgetIssues(d->sheets.at(sheetIndex).name);
    d->pass = d->startPass(sheetIndex);
    d->selected = sheetIndex;
    return true;
}

int HtmlTableReader::selectedSheet() const
{
    return d->selected;
}

EncodingDetector::Result HtmlTableReader::encoding() const
{
    return d->encoding;
}

} // namespace cx
