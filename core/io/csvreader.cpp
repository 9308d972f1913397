#include "io/csvreader.h"

#include <QIODevice>
#include <QStringDecoder>
#include <QStringEncoder>

#include <csv.h>

#include <cstring>
#include <map>
#include <utility>

using namespace Qt::StringLiterals;

namespace cx {

namespace {

constexpr qsizetype kChunkBytes = 1024 * 1024;
// Parsing in slices bounds the rows buffered between two readRow() calls
// and lets the field-length guard stop a runaway quote early.
constexpr qsizetype kSliceBytes = 64 * 1024;
constexpr qsizetype kSniffBytes = 64 * 1024;
constexpr int kFieldBufferGrowth = 64 * 1024;
constexpr int kFieldBegunState = 2; // libcsv's FIELD_BEGUN

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

// Fields are short and rarely hold line breaks: test eight bytes at a time
// for CR or LF (the classic "has a zero byte" bit trick) before counting.
bool mayContainLineBreak(const char *data, size_t size)
{
    constexpr quint64 ones = 0x0101010101010101ULL;
    constexpr quint64 highs = 0x8080808080808080ULL;
    const auto hasZeroByte = [](quint64 v) { return ((v - ones) & ~v & highs) != 0; };
    size_t i = 0;
    for (; i + 8 <= size; i += 8) {
        quint64 word;
        std::memcpy(&word, data + i, 8);
        if (hasZeroByte(word ^ (ones * '\n')) || hasZeroByte(word ^ (ones * '\r')))
            return true;
    }
    for (; i < size; ++i) {
        if (data[i] == '\n' || data[i] == '\r')
            return true;
    }
    return false;
}

// Line breaks inside a (quoted) field: CRLF, lone CR and lone LF count once each.
qint64 countLineBreaks(const char *data, size_t size)
{
    if (!mayContainLineBreak(data, size))
        return 0;
    qint64 count = 0;
    for (size_t i = 0; i < size; ++i) {
        if (data[i] == '\n') {
            ++count;
        } else if (data[i] == '\r') {
            ++count;
            if (i + 1 < size && data[i + 1] == '\n')
                ++i;
        }
    }
    return count;
}

struct FieldCounter
{
    std::vector<int> rowSizes;
    int current = 0;
    static void onField(void *, size_t, void *self) { ++static_cast<FieldCounter *>(self)->current; }
    static void onRowEnd(int, void *self)
    {
        auto *counter = static_cast<FieldCounter *>(self);
        counter->rowSizes.push_back(counter->current);
        counter->current = 0;
    }
};

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
    bool decodeIssueReported = false;

    csv_parser parser{};
    bool parserReady = false;
    bool opened = false;

    QByteArray chunk;           // bytes being parsed (UTF-8 after transcoding)
    QByteArray rawBuffer;       // file bytes before transcoding
    qsizetype chunkPos = 0;
    qint64 rawRead = 0;         // file bytes read so far
    qint64 lastRawChunk = 0;    // size in file bytes of the current chunk
    qint64 total = -1;
    bool eof = false;
    bool finished = false;

    // Completed rows [next, ready) wait for readRow(); rows[ready] is being built.
    std::vector<TableRow> rows;
    size_t ready = 0;
    size_t next = 0;
    bool rowOpen = false;
    qint64 line = 1;
    bool lastTerminatorWasCR = false;
    bool fieldSinceTerminator = false;
    qint64 sliceOffset = 0;

    ~Private()
    {
        if (parserReady)
            csv_free(&parser);
    }

    TableRow &currentRow()
    {
        if (rows.size() <= ready)
            rows.emplace_back();
        return rows[ready];
    }

    qint64 consumedBytes() const
    {
        if (chunk.isEmpty())
            return rawRead;
        const double unparsed = double(chunk.size() - chunkPos) / double(chunk.size());
        return rawRead - qint64(unparsed * double(lastRawChunk));
    }

    static void onField(void *data, size_t size, void *self)
    {
        static_cast<Private *>(self)->field(static_cast<const char *>(data), size);
    }

    static void onRowEnd(int terminator, void *self) { static_cast<Private *>(self)->rowEnd(terminator); }

    void field(const char *data, size_t size)
    {
        TableRow &row = currentRow();
        if (!rowOpen) {
            row.clear();
            row.setPosition(line, sliceOffset);
            rowOpen = true;
        }
        const QByteArrayView bytes(data, qsizetype(size));
        if (utf8Fields && isValidUtf8(bytes)) {
            row.appendUtf8Cell(bytes);
        } else {
            QChar *out = row.beginCell(fieldDecoder.requiredSpace(bytes.size()));
            row.endCell(fieldDecoder.appendToBuffer(out, bytes));
        }
        if (size)
            line += countLineBreaks(data, size);
        fieldSinceTerminator = true;
    }

    // With CSV_REPALL_NL libcsv reports every unquoted CR and LF, including
    // those of blank lines, so physical lines can be counted here.
    void rowEnd(int terminator)
    {
        if (terminator == '\r') {
            ++line;
        } else if (terminator == '\n') {
            if (!(lastTerminatorWasCR && !fieldSinceTerminator)) // not the LF of a CRLF
                ++line;
        }
        lastTerminatorWasCR = terminator == '\r';
        fieldSinceTerminator = false;
        if (!rowOpen)
            return;
        rowOpen = false;
        if (!(options.skipBlankRows && rows[ready].isBlank()))
            ++ready;
    }

    bool readRaw(QByteArray &buffer, qsizetype maxBytes);
    bool fillChunk();
    void parseSlice();
    void finish();
};

bool CsvReader::Private::readRaw(QByteArray &buffer, qsizetype maxBytes)
{
    // Small files need no megabyte buffers.
    const qint64 wanted = device->isSequential() ? maxBytes : qBound<qint64>(0, device->bytesAvailable(), maxBytes);
    buffer.resize(wanted); // keeps its capacity between chunks
    const qint64 n = device->read(buffer.data(), wanted);
    if (n < 0) {
        buffer.clear();
        q->setError(tr("%1: reading failed after %2 bytes (%3). Check the disk or network share and try again.")
                        .arg(q->displayName())
                        .arg(rawRead)
                        .arg(device->errorString()));
        return false;
    }
    buffer.resize(n);
    rawRead += n;
    lastRawChunk = n;
    return true;
}

bool CsvReader::Private::fillChunk()
{
    if (!transcode) {
        if (!readRaw(chunk, kChunkBytes))
            return false;
    } else {
        if (!readRaw(rawBuffer, kChunkBytes))
            return false;
        chunk = toUtf8.encode(QString(transcoder.decode(rawBuffer)));
    }
    chunkPos = 0;
    if (lastRawChunk == 0)
        eof = true;
    return !eof;
}

void CsvReader::Private::parseSlice()
{
    if (chunkPos == chunk.size()) {
        if (eof || !fillChunk()) {
            if (!q->hasError())
                finish();
            return;
        }
    }
    const qsizetype size = qMin(kSliceBytes, chunk.size() - chunkPos);
    sliceOffset = consumedBytes();
    const size_t done = csv_parse(&parser, chunk.constData() + chunkPos, size_t(size), onField, onRowEnd, this);
    chunkPos += size;
    if (done != size_t(size)) {
        q->setError(tr("%1, line %2: the CSV parser failed (%3). The file may be damaged or a field may be "
                       "too long for the available memory.")
                        .arg(q->displayName())
                        .arg(line)
                        .arg(QString::fromLatin1(csv_strerror(csv_error(&parser)))));
        return;
    }
    if (qsizetype(parser.entry_pos) > options.maxFieldBytes) {
        const qint64 start = rowOpen ? rows[ready].line() : line;
        q->setError(tr("%1, line %2: a field is longer than %3 MB, so a quotation mark opened on or after this "
                       "line is probably never closed. Fix the quotation marks there and import again.")
                        .arg(q->displayName())
                        .arg(start)
                        .arg(options.maxFieldBytes / (1024 * 1024)));
        return;
    }
    if (fieldDecoder.hasError() || (transcode && (transcoder.hasError() || toUtf8.hasError()))) {
        if (!decodeIssueReported) {
            q->addIssue(line, tr("%1, near line %2: some bytes are not valid %3 and were replaced by \uFFFD. If "
                                 "text looks garbled, choose the file's encoding in the import dialog.")
                                  .arg(q->displayName())
                                  .arg(line)
                                  .arg(encoding.encoding));
            decodeIssueReported = true;
        }
        fieldDecoder.resetState(); // the transcoder keeps its state: a character may span two chunks
    }
}

void CsvReader::Private::finish()
{
    if (parser.pstate == kFieldBegunState && parser.quoted) {
        const qint64 start = rowOpen ? rows[ready].line() : line;
        q->addIssue(start, tr("%1, line %2: a quoted field is not closed before the end of the file, so that row "
                              "contains all lines after it. Check the quotation marks on that line.")
                               .arg(q->displayName())
                               .arg(start));
    }
    sliceOffset = consumedBytes();
    csv_fini(&parser, onField, onRowEnd, this);
    finished = true;
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
    if (sample.startsWith("PK\x03\x04")) {
        setError(tr("%1 is an Excel workbook (or another ZIP archive), not CSV text. Import it as an .xlsx file.")
                     .arg(displayName()));
        return false;
    }
    if (sample.startsWith("\xD0\xCF\x11\xE0")) {
        setError(tr("%1 is an old Excel .xls workbook or an encrypted workbook, not CSV text. Open it in Excel, "
                    "save it as .xlsx or CSV without a password and import that file.")
                     .arg(displayName()));
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
        d->chunk = d->toUtf8.encode(QString(d->transcoder.decode(sample)));
    } else {
        d->fieldDecoder = EncodingDetector::decoder(d->encoding.encoding, kFieldDecoderFlags);
        d->chunk = std::move(sample);
    }
    d->utf8Fields = d->transcode || d->encoding.encoding == "UTF-8"_L1;
    if (!d->fieldDecoder.isValid() || (d->transcode && !d->transcoder.isValid())) {
        setError(tr("%1: the encoding \"%2\" cannot be decoded here. Choose another encoding.")
                     .arg(displayName(), d->encoding.encoding));
        return false;
    }
    d->chunkPos = 0;
    if (d->lastRawChunk == 0)
        d->eof = true;

    d->delimiter = d->options.delimiter ? d->options.delimiter
                                        : sniffDelimiter(QByteArrayView(d->chunk).first(qMin(d->chunk.size(), kSniffBytes)));

    csv_init(&d->parser, CSV_REPALL_NL);
    csv_set_delim(&d->parser, static_cast<unsigned char>(d->delimiter));
    csv_set_blk_size(&d->parser, kFieldBufferGrowth);
    d->parserReady = true;
    return true;
}

bool CsvReader::readRow(TableRow &row)
{
    if (!d->opened && !open())
        return false;
    if (!d->parserReady)
        return false;
    while (d->next == d->ready) {
        if (d->finished || hasError())
            return false;
        // Every buffered row was handed out: move the row being built to the front.
        if (d->ready > 0 && d->ready < d->rows.size())
            std::swap(d->rows[0], d->rows[d->ready]);
        d->ready = d->next = 0;
        d->parseSlice();
    }
    std::swap(row, d->rows[d->next++]);
    return true;
}

qint64 CsvReader::progressBytes() const
{
    return d->consumedBytes();
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
    int bestFields = 0;
    for (const char candidate : {',', ';', '\t'}) {
        csv_parser parser;
        csv_init(&parser, 0);
        csv_set_delim(&parser, static_cast<unsigned char>(candidate));
        FieldCounter counter;
        csv_parse(&parser, sample.data(), size_t(sample.size()), FieldCounter::onField, FieldCounter::onRowEnd,
                  &counter);
        csv_fini(&parser, FieldCounter::onField, FieldCounter::onRowEnd, &counter);
        csv_free(&parser);

        // The most common field count above 1 and how many rows have it;
        // title rows above the header do not disturb the mode.
        std::map<int, int> frequency;
        for (int fields : counter.rowSizes) {
            if (fields > 1)
                ++frequency[fields];
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
