#include "io/csvreader.h"

#include "io/csvtokenizer.h"
#include "io/fileformat.h"

#include <QIODevice>
#include <QStringDecoder>
#include <QStringEncoder>

#include <cstring>
#include <map>
#include <utility>

using namespace Qt::StringLiterals;

namespace cx {

namespace {

constexpr qsizetype kChunkBytes = 1024 * 1024;
constexpr qsizetype kSniffBytes = 64 * 1024;

constexpr QStringConverter::Flags kFieldDecoderFlags =
    QStringConverter::Flag::Stateless | QStringConverter::Flag::ConvertInitialBom;

// RFC 3629 validation, eight ASCII bytes at a time: every field of a UTF-8
// file passes through here, and QByteArrayView::isValidUtf8() costs several
// times more per byte on this mostly-ASCII, partly-CJK text.
bool isValidUtf8(QByteArrayView bytes)
{
    const auto *p = reinterpret_cast<const uchar *>(bytes.data());
    const uchar *const end = p + bytes.size();
    while (p < end) {
        if (end - p >= 8) {
            quint64 word;
            std::memcpy(&word, p, 8);
            if ((word & 0x8080808080808080ULL) == 0) {
                p += 8;
                continue;
            }
        }
        const uchar lead = *p;
        if (lead < 0x80) {
            ++p;
            continue;
        }
        int length;
        uchar low = 0x80, high = 0xBF; // allowed range of the second byte
        if (lead >= 0xC2 && lead <= 0xDF) {
            length = 2;
        } else if (lead >= 0xE0 && lead <= 0xEF) {
            length = 3;
            if (lead == 0xE0)
                low = 0xA0; // no overlong forms
            else if (lead == 0xED)
                high = 0x9F; // no surrogates
        } else if (lead >= 0xF0 && lead <= 0xF4) {
            length = 4;
            if (lead == 0xF0)
                low = 0x90;
            else if (lead == 0xF4)
                high = 0x8F; // nothing above U+10FFFF
        } else {
            return false;
        }
        if (end - p < length || p[1] < low || p[1] > high)
            return false;
        for (int i = 2; i < length; ++i)
            if ((p[i] & 0xC0) != 0x80)
                return false;
        p += length;
    }
    return true;
}

} // namespace

struct CsvReader::Private
{
    CsvReader *q = nullptr;
    Options options;
    QIODevice *device = nullptr;

    EncodingDetector::Result encoding;
    char delimiter = ',';
    bool transcode = false;
    QStringDecoder fieldDecoder;
    // Fields arrive as UTF-8 (a UTF-8 file, or UTF-16 transcoded): valid ones
    // are kept as bytes and decoded only if someone reads them as text.
    bool utf8Fields = false;
    QStringDecoder transcoder;
    QStringEncoder toUtf8{QStringConverter::Utf8}; // second half of transcoding; flags lone surrogates
    // Transcoding replaced bytes somewhere: look for U+FFFD in the fields.
    bool transcodingReplaced = false;

    std::unique_ptr<CsvTokenizer> tokenizer;
    bool opened = false;

    QByteArray buffer;     // text to parse (UTF-8 after transcoding); [pos, size) is not parsed yet
    qsizetype pos = 0;
    QByteArray raw;        // file bytes before transcoding
    qint64 rawRead = 0;    // file bytes read so far
    qint64 lastRead = 0;   // file bytes of the last read
    qint64 textRead = 0;   // bytes appended to buffer so far
    qint64 total = -1;
    bool eof = false;
    qint64 line = 1;

    bool readRaw(QByteArray &out, qsizetype maxBytes);
    bool fill();
    qint64 fileOffset(qsizetype bufferPos) const;
    void appendField(TableRow &row, QByteArrayView bytes, qint64 rowLine);
    void noteRepairs(const CsvRowFacts &facts, qint64 rowLine);
};

bool CsvReader::Private::readRaw(QByteArray &out, qsizetype maxBytes)
{
    // Appends to out, whose capacity is kept between chunks. Small files need no megabyte buffers.
    const qint64 wanted = device->isSequential() ? maxBytes : qBound<qint64>(0, device->bytesAvailable(), maxBytes);
    const qsizetype old = out.size();
    out.resize(old + wanted);
    const qint64 n = device->read(out.data() + old, wanted);
    if (n < 0) {
        out.resize(old);
        q->setError(tr("%1: reading failed after %2 bytes (%3). Check the disk or network share and try again.")
                        .arg(q->displayName())
                        .arg(rawRead)
                        .arg(device->errorString()));
        return false;
    }
    out.resize(old + n);
    rawRead += n;
    lastRead = n;
    return true;
}

// Keeps the row being parsed and appends the next chunk; reads as much again
// as is pending when a row outgrows the chunk, so that parsing a long row
// again after each read stays linear.
bool CsvReader::Private::fill()
{
    buffer.remove(0, pos);
    pos = 0;
    const qsizetype wanted = qMax(kChunkBytes, buffer.size());
    const qsizetype old = buffer.size();
    if (!transcode) {
        if (!readRaw(buffer, wanted))
            return false;
    } else {
        raw.clear();
        if (!readRaw(raw, wanted))
            return false;
        buffer.append(toUtf8.encode(QString(transcoder.decode(raw))));
        transcodingReplaced = transcodingReplaced || transcoder.hasError() || toUtf8.hasError();
    }
    textRead += buffer.size() - old;
    if (lastRead == 0)
        eof = true;
    return true;
}

qint64 CsvReader::Private::fileOffset(qsizetype bufferPos) const
{
    const qint64 unparsed = buffer.size() - bufferPos;
    if (!transcode)
        return rawRead - unparsed;
    if (textRead == 0)
        return 0;
    const double ratio = double(rawRead) / double(textRead);
    return qBound<qint64>(0, qint64(double(textRead - unparsed) * ratio), rawRead);
}

void CsvReader::Private::appendField(TableRow &row, QByteArrayView bytes, qint64 rowLine)
{
    if (utf8Fields && isValidUtf8(bytes)) {
        row.appendUtf8Cell(bytes);
        if (transcodingReplaced && bytes.contains(QByteArrayView("\xEF\xBF\xBD")))
            q->noteIssue(ReadIssue::Kind::ReplacedBytes, rowLine, {}, encoding.encoding);
        return;
    }
    QChar *out = row.beginCell(fieldDecoder.requiredSpace(bytes.size()));
    row.endCell(fieldDecoder.appendToBuffer(out, bytes));
    if (fieldDecoder.hasError()) {
        q->noteIssue(ReadIssue::Kind::ReplacedBytes, rowLine, {}, encoding.encoding);
        fieldDecoder.resetState();
    }
}

void CsvReader::Private::noteRepairs(const CsvRowFacts &facts, qint64 rowLine)
{
    if (facts.nulStripped)
        q->noteIssue(ReadIssue::Kind::NulBytesStripped, rowLine);
    if (facts.strayQuoteJoined)
        q->noteIssue(ReadIssue::Kind::StrayQuoteJoined, rowLine);
    if (facts.unclosedQuotes > 0)
        q->noteIssue(ReadIssue::Kind::UnclosedQuote, rowLine + facts.unclosedQuoteLine, {}, {}, facts.linesReread);
}

CsvReader::CsvReader(const QString &path, const Options &options)
    : TableReader(path)
    , d(std::make_unique<Private>())
{
    d->q = this;
    d->options = options;
}

CsvReader::CsvReader(QIODevice *device, const QString &displayName, const Options &options)
    : TableReader(device, displayName)
    , d(std::make_unique<Private>())
{
    d->q = this;
    d->options = options;
}

CsvReader::~CsvReader() = default;

bool CsvReader::open()
{
    if (d->opened)
        return !hasError();
    d->opened = true;

    d->device = openInput();
    if (!d->device)
        return false;
    d->total = d->device->isSequential() ? -1 : d->device->size() - d->device->pos();

    QByteArray sample;
    if (!d->readRaw(sample, EncodingDetector::sampleSize()))
        return false;
    const FileFormat format =
        FileFormat::sniff(QByteArrayView(sample).first(qMin(sample.size(), FileFormat::sampleSize())));
    if (format.kind() == FileFormat::Kind::Zip) {
        setError(tr("%1 is an Excel workbook (or another ZIP archive), not CSV text. Import it as an .xlsx file.")
                     .arg(displayName()));
        return false;
    }
    if (format.kind() == FileFormat::Kind::Ole) {
        setError(tr("%1 is an old Excel .xls workbook (or another Office document), not CSV text. Import it as an "
                    ".xls file.")
                     .arg(displayName()));
        return false;
    }
    if (format.kind() == FileFormat::Kind::Refused) {
        setError(format.refusal(displayName()));
        return false;
    }
    if (!d->options.encoding.isEmpty() && !EncodingDetector::isSupported(d->options.encoding)) {
        setError(tr("%1: the encoding \"%2\" is not known. Choose another encoding, for example GB18030 or UTF-8.")
                     .arg(displayName(), d->options.encoding));
        return false;
    }

    d->encoding = EncodingDetector::detect(sample, d->options.encoding);
    sample.remove(0, d->encoding.bomLength);
    d->transcode = !EncodingDetector::isAsciiCompatible(d->encoding.encoding);
    if (d->transcode) {
        d->transcoder = EncodingDetector::decoder(d->encoding.encoding, QStringConverter::Flag::ConvertInitialBom);
        d->fieldDecoder = QStringDecoder(QStringConverter::Utf8, kFieldDecoderFlags);
        d->buffer = d->toUtf8.encode(QString(d->transcoder.decode(sample)));
        d->transcodingReplaced = d->transcoder.hasError() || d->toUtf8.hasError();
    } else {
        d->fieldDecoder = EncodingDetector::decoder(d->encoding.encoding, kFieldDecoderFlags);
        d->buffer = std::move(sample);
    }
    d->textRead = d->buffer.size();
    d->buffer.reserve(2 * kChunkBytes); // a chunk and the row it cut, without growing per chunk
    d->utf8Fields = d->transcode || d->encoding.encoding == "UTF-8"_L1;
    if (!d->fieldDecoder.isValid() || (d->transcode && !d->transcoder.isValid())) {
        setError(tr("%1: the encoding \"%2\" cannot be decoded here. Choose another encoding.")
                     .arg(displayName(), d->encoding.encoding));
        return false;
    }

    d->delimiter = d->options.delimiter
        ? d->options.delimiter
        : sniffDelimiter(QByteArrayView(d->buffer).first(qMin(d->buffer.size(), kSniffBytes)));
    d->tokenizer = std::make_unique<CsvTokenizer>(d->delimiter, d->options.maxFieldBytes);
    return true;
}

bool CsvReader::readRow(TableRow &row)
{
    if (!d->opened && !open())
        return false;
    if (!d->tokenizer || hasError())
        return false;
    for (;;) {
        if (d->pos == d->buffer.size()) {
            if (d->eof || !d->fill())
                return false;
            continue;
        }
        CsvRowFacts facts;
        const QByteArrayView rest = QByteArrayView(d->buffer).sliced(d->pos);
        if (d->tokenizer->parseRow(rest, d->eof, &facts) == CsvTokenizer::Result::NeedMore) {
            // Quoted fields give up at maxFieldBytes (see CsvTokenizer); this is a row without line ends.
            if (rest.size() > 2 * d->options.maxFieldBytes) {
                setError(tr("%1, line %2: the row starting here is longer than %3 MB without a line end. Check "
                            "that the file is CSV text and that its line ends are intact.")
                             .arg(displayName())
                             .arg(d->line)
                             .arg(2 * d->options.maxFieldBytes / (1024 * 1024)));
                return false;
            }
            if (d->eof || !d->fill())
                return false;
            continue;
        }
        const qint64 rowLine = d->line;
        const qint64 offset = d->fileOffset(d->pos);
        d->line += facts.lineBreaks;
        if (facts.blank) {
            d->pos += facts.consumed;
            continue;
        }
        d->noteRepairs(facts, rowLine);
        row.clear();
        row.setPosition(rowLine, offset);
        for (qsizetype i = 0; i < d->tokenizer->fieldCount(); ++i)
            d->appendField(row, d->tokenizer->field(i), rowLine);
        d->pos += facts.consumed; // the fields are views into the buffer until here
        if (d->options.skipBlankRows && row.isBlank())
            continue;
        return true;
    }
}

qint64 CsvReader::progressBytes() const
{
    return d->fileOffset(d->pos);
}

qint64 CsvReader::totalBytes() const
{
    return d->total;
}

EncodingDetector::Result CsvReader::encoding() const
{
    return d->encoding;
}

char CsvReader::delimiter() const
{
    return d->delimiter;
}

char CsvReader::sniffDelimiter(QByteArrayView sample)
{
    // Whole lines only, so the last row is not cut short.
    const qsizetype lastBreak = sample.lastIndexOf('\n');
    if (lastBreak > 0)
        sample = sample.first(lastBreak + 1);

    char best = ',';
    int bestRows = 0;
    qsizetype bestFields = 0;
    for (const char candidate : {',', ';', '\t'}) {
        CsvTokenizer tokenizer(candidate, sample.size());
        // The most common field count above 1 and how many rows have it;
        // title rows above the header do not disturb the mode.
        std::map<qsizetype, int> frequency;
        for (qsizetype pos = 0; pos < sample.size();) {
            CsvRowFacts facts;
            tokenizer.parseRow(sample.sliced(pos), true, &facts);
            pos += facts.consumed;
            if (!facts.blank && tokenizer.fieldCount() > 1)
                ++frequency[tokenizer.fieldCount()];
        }
        for (const auto &[fields, rowsWithIt] : frequency) {
            if (rowsWithIt > bestRows || (rowsWithIt == bestRows && fields > bestFields)) {
                best = candidate;
                bestRows = rowsWithIt;
                bestFields = fields;
            }
        }
    }
    return best;
}

} // namespace cx
