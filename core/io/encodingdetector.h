#pragma once

#include <QByteArrayView>
#include <QCoreApplication>
#include <QString>
#include <QStringDecoder>
#include <QStringEncoder>

namespace cx {

/// Guesses the text encoding of a file from its first bytes.
///
/// Order: user override → byte order mark → BOM-less UTF-16 (NUL pattern) →
/// strict UTF-8 validity → uchardet → GB18030 fallback. uchardet often
/// misreads short or mostly-ASCII GBK samples as a Western or Cyrillic code
/// page, so its verdict is checked: when the sample also decodes cleanly as
/// GB18030 (the usual case for exports from Chinese Windows), GB18030 wins
/// over single-byte and Japanese/Korean guesses. Feed it a decent sample
/// (sampleSize() bytes, fewer if the file is smaller).
///
/// The returned name is one QStringDecoder accepts (GBK and GB2312 are
/// widened to GB18030, ASCII to UTF-8).
class EncodingDetector
{
    Q_DECLARE_TR_FUNCTIONS(cx::EncodingDetector)

public:
    /// How the encoding was decided.
    enum class Method {
        Override,   ///< the caller named the encoding
        Declared,   ///< the file names it (an HTML page's charset), and its bytes fit
        Bom,        ///< a byte order mark
        NulPattern, ///< BOM-less UTF-16: NUL bytes on every other position
        Ascii,      ///< only 7-bit bytes: read as UTF-8
        Utf8,       ///< non-ASCII bytes that form valid UTF-8
        Uchardet,   ///< uchardet's verdict, validated by decoding the sample
        Fallback,   ///< nothing conclusive: GB18030
    };

    struct Result
    {
        QString encoding;  ///< a name QStringDecoder understands, e.g. "UTF-8", "GB18030"
        int bomLength = 0; ///< bytes of byte order mark to skip at the start of the file
        QString how;       ///< translated one-line explanation for the import dialog
        Method method = Method::Fallback;
    };

    /// Recommended number of leading bytes to pass to detect().
    static constexpr qsizetype sampleSize() { return 256 * 1024; }

    /// Detects the encoding of @p sample, the first bytes of a file. A
    /// non-empty @p overrideEncoding wins (a BOM of that encoding is still
    /// reported so it can be skipped); call isSupported() on it first.
    static Result detect(QByteArrayView sample, const QString &overrideEncoding = {});

    /// The name QStringDecoder should use for an encoding name from the user
    /// or from uchardet ("GBK" → "GB18030", "ASCII" → "UTF-8").
    static QString normalizedName(const QString &name);

    /// Whether QStringDecoder (with ICU) can decode @p name.
    static bool isSupported(const QString &name);

    /// Whether @p sample decodes in @p encoding without invalid bytes (a
    /// character cut at the end of the sample does not count).
    static bool decodesCleanly(QByteArrayView sample, const QString &encoding);

    /// A decoder / encoder for an encoding name (QStringDecoder only takes
    /// char* names); check isValid().
    static QStringDecoder decoder(const QString &encoding,
                                  QStringConverter::Flags flags = QStringConverter::Flag::Default);
    static QStringEncoder encoder(const QString &encoding);

    /// Whether CSV structure bytes (, ; TAB " CR LF) never occur inside
    /// multi-byte characters of @p encoding, so bytes can be split into
    /// fields before decoding. False for UTF-16/32 and 7-bit stateful
    /// encodings (ISO-2022, HZ, UTF-7), which must be transcoded first.
    static bool isAsciiCompatible(const QString &encoding);
};

} // namespace cx
