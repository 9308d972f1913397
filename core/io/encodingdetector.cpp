#include "io/encodingdetector.h"

#include <uchardet/uchardet.h>

#include <memory>

using namespace Qt::StringLiterals;

namespace cx {

namespace {

struct Bom
{
    const char *bytes;
    qsizetype size; // explicit: the UTF-32 marks contain NUL bytes
    QLatin1StringView encoding;
    QByteArrayView view() const { return QByteArrayView(bytes, size); }
};

// UTF-32LE before UTF-16LE: its BOM starts with the UTF-16LE one.
constexpr Bom kBoms[] = {
    {"\xFF\xFE\x00\x00", 4, "UTF-32LE"_L1},
    {"\x00\x00\xFE\xFF", 4, "UTF-32BE"_L1},
    {"\xEF\xBB\xBF", 3, "UTF-8"_L1},
    {"\xFF\xFE", 2, "UTF-16LE"_L1},
    {"\xFE\xFF", 2, "UTF-16BE"_L1},
    {"\x84\x31\x95\x33", 4, "GB18030"_L1},
};

const Bom *findBom(QByteArrayView sample)
{
    for (const Bom &bom : kBoms) {
        if (sample.startsWith(bom.view()))
            return &bom;
    }
    return nullptr;
}

bool isAscii(QByteArrayView sample)
{
    for (char c : sample) {
        if (static_cast<unsigned char>(c) >= 0x80)
            return false;
    }
    return true;
}

// UTF-16 without BOM: ASCII characters (digits, commas, line breaks) put a
// NUL on every other byte; UTF-8 and GB18030 text never contains NUL.
QString utf16ByNulPattern(QByteArrayView sample)
{
    const qsizetype n = qMin<qsizetype>(sample.size(), 4096) & ~qsizetype(1);
    qsizetype zerosEven = 0;
    qsizetype zerosOdd = 0;
    for (qsizetype i = 0; i < n; i += 2) {
        zerosEven += sample[i] == '\0';
        zerosOdd += sample[i + 1] == '\0';
    }
    const qsizetype pairs = n / 2;
    if (pairs < 2)
        return {};
    if (zerosEven == 0 && zerosOdd * 20 >= pairs)
        return u"UTF-16LE"_s;
    if (zerosOdd == 0 && zerosEven * 20 >= pairs)
        return u"UTF-16BE"_s;
    return {};
}

QString runUchardet(QByteArrayView sample)
{
    std::unique_ptr<std::remove_pointer_t<uchardet_t>, decltype(&uchardet_delete)> detector(
        uchardet_new(), &uchardet_delete);
    if (!detector)
        return {};
    if (uchardet_handle_data(detector.get(), sample.data(), size_t(sample.size())) != 0)
        return {};
    uchardet_data_end(detector.get());
    return QString::fromLatin1(uchardet_get_charset(detector.get()));
}

// Verdicts that short GBK samples commonly produce by mistake.
bool isDoubtfulGuess(const QString &normalized)
{
    return normalized != "GB18030"_L1 && normalized != "Big5"_L1 && normalized != "UTF-8"_L1
        && !normalized.startsWith("UTF-"_L1);
}

} // namespace

QString EncodingDetector::normalizedName(const QString &name)
{
    const QString upper = name.trimmed().toUpper();
    if (upper.isEmpty())
        return {};
    if (upper == "GBK"_L1 || upper == "GB2312"_L1 || upper == "GB18030"_L1 || upper == "CP936"_L1
        || upper == "EUC-CN"_L1 || upper == "X-GBK"_L1 || upper == "WINDOWS-936"_L1)
        return u"GB18030"_s;
    if (upper == "ASCII"_L1 || upper == "US-ASCII"_L1 || upper == "UTF-8"_L1 || upper == "UTF8"_L1)
        return u"UTF-8"_s;
    if (upper == "BIG5"_L1 || upper == "BIG-5"_L1 || upper == "CP950"_L1)
        return u"Big5"_s;
    if (upper.startsWith("WINDOWS-"_L1))
        return u"windows-"_s + upper.mid(8);
    return upper;
}

// Stateful decoding keeps an incomplete sequence at the end of the sample
// (cut in the middle of a character) pending instead of flagging it.
bool EncodingDetector::decodesCleanly(QByteArrayView sample, const QString &encoding)
{
    QStringDecoder decoder = EncodingDetector::decoder(encoding);
    if (!decoder.isValid())
        return false;
    const QString text = decoder.decode(sample);
    Q_UNUSED(text);
    return !decoder.hasError();
}

bool EncodingDetector::isSupported(const QString &name)
{
    const QString normalized = normalizedName(name);
    return !normalized.isEmpty() && decoder(normalized).isValid();
}

QStringDecoder EncodingDetector::decoder(const QString &encoding, QStringConverter::Flags flags)
{
    return QStringDecoder(encoding.toLatin1().constData(), flags);
}

QStringEncoder EncodingDetector::encoder(const QString &encoding)
{
    return QStringEncoder(encoding.toLatin1().constData());
}

bool EncodingDetector::isAsciiCompatible(const QString &encoding)
{
    const QString upper = encoding.toUpper();
    if (upper.startsWith("ISO-2022"_L1) || upper.startsWith("HZ"_L1) || upper.startsWith("UTF-7"_L1))
        return false;
    QStringEncoder probeEncoder = encoder(encoding);
    if (!probeEncoder.isValid())
        return false;
    const QLatin1StringView probe(",;\t\"\r\n|AZaz09");
    const QByteArray bytes = probeEncoder.encode(QString(probe));
    return bytes == QByteArrayView(probe.data(), probe.size());
}

EncodingDetector::Result EncodingDetector::detect(QByteArrayView sample, const QString &overrideEncoding)
{
    Result result;
    if (!overrideEncoding.trimmed().isEmpty()) {
        result.encoding = normalizedName(overrideEncoding);
        result.method = Method::Override;
        result.how = tr("chosen by you");
        const Bom *bom = findBom(sample);
        if (bom && normalizedName(QString(bom->encoding)) == result.encoding)
            result.bomLength = int(bom->size);
        return result;
    }

    if (const Bom *bom = findBom(sample)) {
        result.encoding = QString(bom->encoding);
        result.bomLength = int(bom->size);
        result.method = Method::Bom;
        result.how = tr("byte order mark");
        return result;
    }

    const QString utf16 = utf16ByNulPattern(sample);
    if (!utf16.isEmpty() && decodesCleanly(sample, utf16)) {
        result.encoding = utf16;
        result.method = Method::NulPattern;
        result.how = tr("UTF-16 without byte order mark");
        return result;
    }

    if (isAscii(sample)) {
        result.encoding = u"UTF-8"_s;
        result.method = Method::Ascii;
        result.how = tr("plain ASCII text, read as UTF-8");
        return result;
    }

    // Valid multi-byte UTF-8 is practically never produced by chance.
    if (decodesCleanly(sample, u"UTF-8"_s)) {
        result.encoding = u"UTF-8"_s;
        result.method = Method::Utf8;
        result.how = tr("valid UTF-8");
        return result;
    }

    const QString guess = runUchardet(sample);
    const QString normalized = normalizedName(guess);
    const bool gbClean = decodesCleanly(sample, u"GB18030"_s);
    if (!normalized.isEmpty() && decoder(normalized).isValid() && decodesCleanly(sample, normalized)) {
        if (gbClean && isDoubtfulGuess(normalized)) {
            result.encoding = u"GB18030"_s;
            result.method = Method::Uchardet;
            result.how = tr("uchardet suggested %1, but the bytes are valid GB18030").arg(guess);
            return result;
        }
        result.encoding = normalized;
        result.method = Method::Uchardet;
        result.how = tr("detected by uchardet as %1").arg(guess);
        return result;
    }

    result.encoding = u"GB18030"_s;
    result.method = Method::Fallback;
    result.how = gbClean ? tr("valid GB18030") : tr("not recognised; assuming GB18030");
    return result;
}

} // namespace cx
