#include "io/encodingdetector.h"

#include <QTest>

using namespace Qt::StringLiterals;
using cx::EncodingDetector;

namespace {

QByteArray encode(const QString &encoding, const QString &text)
{
    QStringEncoder encoder = EncodingDetector::encoder(encoding);
    Q_ASSERT(encoder.isValid());
    return encoder.encode(text);
}

QString realisticCsv()
{
    QString text = u"工单流水号,受理时间,归属地市,投诉内容,处理结果\r\n"_s;
    for (int i = 0; i < 40; ++i) {
        text += u"GD2024%1,2024/1/%2 9:03:07,深圳,\"客户反映网速慢，晚上看视频卡顿\r\n要求尽快处理\",已解决\r\n"_s
                    .arg(i, 6, 10, QChar(u'0'))
                    .arg(i % 28 + 1);
    }
    return text;
}

} // namespace

class TestEncodingDetector : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void detect_data();
    void detect();
    void overrideKeepsMatchingBom();
    void normalizedName_data();
    void normalizedName();
    void asciiCompatibility_data();
    void asciiCompatibility();
};

void TestEncodingDetector::detect_data()
{
    QTest::addColumn<QByteArray>("sample");
    QTest::addColumn<QString>("overrideEncoding");
    QTest::addColumn<QString>("encoding");
    QTest::addColumn<int>("bomLength");
    QTest::addColumn<int>("method");

    using M = EncodingDetector::Method;
    const QString chinese = u"工单号,地市\n1,深圳\n"_s;
    QTest::newRow("utf-8 bom") << QByteArray("\xEF\xBB\xBF" + chinese.toUtf8()) << QString() << u"UTF-8"_s << 3
                               << int(M::Bom);
    QTest::newRow("utf-16le bom") << QByteArray("\xFF\xFE" + encode(u"UTF-16LE"_s, chinese)) << QString()
                                  << u"UTF-16LE"_s << 2 << int(M::Bom);
    QTest::newRow("utf-16be bom") << QByteArray("\xFE\xFF" + encode(u"UTF-16BE"_s, chinese)) << QString()
                                  << u"UTF-16BE"_s << 2 << int(M::Bom);
    QTest::newRow("utf-32le bom") << QByteArray(QByteArray("\xFF\xFE\x00\x00", 4) + encode(u"UTF-32LE"_s, chinese))
                                  << QString() << u"UTF-32LE"_s << 4 << int(M::Bom);
    QTest::newRow("utf-16le without bom") << encode(u"UTF-16LE"_s, realisticCsv()) << QString() << u"UTF-16LE"_s << 0
                                          << int(M::NulPattern);
    QTest::newRow("ascii") << QByteArray("id,name\n1,abc\n") << QString() << u"UTF-8"_s << 0 << int(M::Ascii);
    QTest::newRow("utf-8 without bom") << realisticCsv().toUtf8() << QString() << u"UTF-8"_s << 0 << int(M::Utf8);
    QTest::newRow("gbk realistic") << encode(u"GB18030"_s, realisticCsv()) << QString() << u"GB18030"_s << 0
                                   << int(M::Uchardet);
    QTest::newRow("gbk short header") << encode(u"GB18030"_s, u"工单号,受理时间,地市"_s) << QString()
                                      << u"GB18030"_s << 0 << int(M::Uchardet);
    // uchardet calls these tiny mostly-ASCII GBK samples Greek or Cyrillic.
    QTest::newRow("gbk mostly ascii (uchardet: windows-1253)")
        << encode(u"GB18030"_s, u"id,备注\n1,ok\n2,好\n"_s) << QString() << u"GB18030"_s << 0 << int(M::Uchardet);
    QTest::newRow("gbk mostly ascii (uchardet: iso-8859-5)")
        << encode(u"GB18030"_s, u"name,city\nzhang,深圳\nli,广州\n"_s) << QString() << u"GB18030"_s << 0
        << int(M::Uchardet);
    QTest::newRow("gbk, uchardet silent") << encode(u"GB18030"_s, u"abc,def,深圳"_s) << QString() << u"GB18030"_s
                                          << 0 << int(M::Fallback);
    QTest::newRow("western latin-1") << QByteArray("caf\xe9 au lait, tr\xe8s bien, na\xefve r\xe9sum\xe9 d\xe9j\xe0 vu")
                                     << QString() << u"ISO-8859-1"_s << 0 << int(M::Uchardet);
    QTest::newRow("override gbk") << encode(u"GB18030"_s, chinese) << u"gbk"_s << u"GB18030"_s << 0
                                  << int(M::Override);
    QTest::newRow("override ignores foreign bom") << QByteArray("\xEF\xBB\xBF" "abc") << u"GB18030"_s
                                                  << u"GB18030"_s << 0 << int(M::Override);
    QTest::newRow("empty") << QByteArray() << QString() << u"UTF-8"_s << 0 << int(M::Ascii);
}

void TestEncodingDetector::detect()
{
    QFETCH(QByteArray, sample);
    QFETCH(QString, overrideEncoding);
    QFETCH(QString, encoding);
    QFETCH(int, bomLength);
    QFETCH(int, method);

    const EncodingDetector::Result result = EncodingDetector::detect(sample, overrideEncoding);
    QCOMPARE(result.encoding, encoding);
    QCOMPARE(result.bomLength, bomLength);
    QCOMPARE(int(result.method), method);
    QVERIFY(!result.how.isEmpty());
    // Whatever was chosen must decode the sample without errors.
    QStringDecoder decoder = EncodingDetector::decoder(result.encoding);
    QVERIFY(decoder.isValid());
    const QString text = decoder.decode(QByteArrayView(sample).sliced(result.bomLength));
    QVERIFY(!text.isNull() || sample.size() == result.bomLength);
    QVERIFY2(!decoder.hasError(), qPrintable(text));
}

void TestEncodingDetector::overrideKeepsMatchingBom()
{
    const EncodingDetector::Result result = EncodingDetector::detect("\xEF\xBB\xBF" "abc", u"utf8"_s);
    QCOMPARE(result.encoding, u"UTF-8"_s);
    QCOMPARE(result.bomLength, 3);
}

void TestEncodingDetector::normalizedName_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("expected");
    QTest::newRow("GB2312") << u"GB2312"_s << u"GB18030"_s;
    QTest::newRow("gbk") << u"gbk"_s << u"GB18030"_s;
    QTest::newRow("cp936") << u"CP936"_s << u"GB18030"_s;
    QTest::newRow("ASCII") << u"ASCII"_s << u"UTF-8"_s;
    QTest::newRow("utf8") << u"utf8"_s << u"UTF-8"_s;
    QTest::newRow("BIG5") << u"BIG5"_s << u"Big5"_s;
    QTest::newRow("WINDOWS-1252") << u"WINDOWS-1252"_s << u"windows-1252"_s;
    QTest::newRow("ISO-8859-1") << u"iso-8859-1"_s << u"ISO-8859-1"_s;
    QTest::newRow("empty") << QString() << QString();
}

void TestEncodingDetector::normalizedName()
{
    QFETCH(QString, name);
    QFETCH(QString, expected);
    QCOMPARE(EncodingDetector::normalizedName(name), expected);
    if (!expected.isEmpty())
        QVERIFY(EncodingDetector::isSupported(name));
}

void TestEncodingDetector::asciiCompatibility_data()
{
    QTest::addColumn<QString>("encoding");
    QTest::addColumn<bool>("compatible");
    QTest::newRow("UTF-8") << u"UTF-8"_s << true;
    QTest::newRow("GB18030") << u"GB18030"_s << true;
    QTest::newRow("Big5") << u"Big5"_s << true;
    QTest::newRow("windows-1252") << u"windows-1252"_s << true;
    QTest::newRow("UTF-16LE") << u"UTF-16LE"_s << false;
    QTest::newRow("UTF-32BE") << u"UTF-32BE"_s << false;
    QTest::newRow("ISO-2022-JP") << u"ISO-2022-JP"_s << false;
    QTest::newRow("unknown") << u"no-such-encoding"_s << false;
}

void TestEncodingDetector::asciiCompatibility()
{
    QFETCH(QString, encoding);
    QFETCH(bool, compatible);
    QCOMPARE(EncodingDetector::isAsciiCompatible(encoding), compatible);
}

QTEST_GUILESS_MAIN(TestEncodingDetector)
#include "tst_encodingdetector.moc"
