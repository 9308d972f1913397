#include "import/mappingprofile.h"
#include "import/valueparser.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QRegularExpression>
#include <QTest>

using namespace Qt::StringLiterals;
using cx::DateTimeParts;
using cx::FieldSpec;
using cx::FieldType;
using cx::ValueParser;
using cx::YearMonth;

namespace {

// Cells of a workbook read in a workspace on Beijing time.
cx::ConvertOptions workbook()
{
    cx::ConvertOptions options;
    options.excelSerials = true;
    options.timeZone = QTimeZone("Asia/Shanghai");
    return options;
}

} // namespace

class TstValueParser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void parseDateTime_data();
    void parseDateTime();
    void dateOnlyHasNoTime();
    void serialsOnlyFromWorkbooks();
    void utcOffsets_data();
    void utcOffsets();
    void checkKey_data();
    void checkKey();
    void unwrapFormulaText_data();
    void unwrapFormulaText();
    void excelSerial_data();
    void excelSerial();
    void secsSinceEpoch();
    void parseMonth_data();
    void parseMonth();
    void parseNumber_data();
    void parseNumber();
    void parseInteger_data();
    void parseInteger();
    void parseBoolean_data();
    void parseBoolean();
    void maskPhone_data();
    void maskPhone();
    void placeholder_data();
    void placeholder();
    void convert_data();
    void convert();
    void convertEnum();
    void dateTimeSpeed();
};

void TstValueParser::init()
{
    QTest::failOnWarning(QRegularExpression(u".*"_s));
}

void TstValueParser::parseDateTime_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("iso"); // empty: must be rejected

    // Every form DESIGN.md and the sample files use.
    QTest::newRow("slashes, no padding") << u"2024/3/5 14:03:22"_s << u"2024-03-05 14:03:22"_s;
    QTest::newRow("H1 sample") << u"2024/1/5 9:03:07"_s << u"2024-01-05 09:03:07"_s;
    QTest::newRow("dashes") << u"2024-03-05 14:03:22"_s << u"2024-03-05 14:03:22"_s;
    QTest::newRow("ISO T") << u"2024-03-05T14:03:22"_s << u"2024-03-05 14:03:22"_s;
    QTest::newRow("Chinese with time") << u"2024年3月5日 14:03"_s << u"2024-03-05 14:03:00"_s;
    QTest::newRow("Chinese date") << u"2024年3月5日"_s << u"2024-03-05 00:00:00"_s;
    QTest::newRow("Chinese time words") << u"2024年03月05日14时03分22秒"_s << u"2024-03-05 14:03:22"_s;
    QTest::newRow("compact date") << u"20240305"_s << u"2024-03-05 00:00:00"_s;
    QTest::newRow("compact date time") << u"20240305140322"_s << u"2024-03-05 14:03:22"_s;
    QTest::newRow("compact minutes") << u"202403051403"_s << u"2024-03-05 14:03:00"_s;
    QTest::newRow("dots") << u"2024.03.05"_s << u"2024-03-05 00:00:00"_s;
    QTest::newRow("no seconds") << u"2024/03/05 9:03"_s << u"2024-03-05 09:03:00"_s;
    QTest::newRow("Excel serial") << u"45292.04099537037"_s << u"2024-01-01 00:59:02"_s;
    QTest::newRow("Excel serial, last row") << u"45657.93530092593"_s << u"2024-12-31 22:26:50"_s;
    QTest::newRow("Excel serial, whole day") << u"45292"_s << u"2024-01-01 00:00:00"_s;
    QTest::newRow("XLSX reader ISO") << u"2024-07-04 05:57:13"_s << u"2024-07-04 05:57:13"_s;
    QTest::newRow("surrounding blanks") << u"  2024-03-05 14:03:22 \t"_s << u"2024-03-05 14:03:22"_s;
    QTest::newRow("full-width") << u"２０２４－０３－０５　１４：０３：２２"_s << u"2024-03-05 14:03:22"_s;
    QTest::newRow("milliseconds") << u"2024-03-05 14:03:22.123"_s << u"2024-03-05 14:03:22"_s;
    QTest::newRow("Z, in Beijing time") << u"2024-03-05T14:03:22Z"_s << u"2024-03-05 22:03:22"_s;
    QTest::newRow("Beijing offset") << u"2024-03-05T14:03:22+08:00"_s << u"2024-03-05 14:03:22"_s;
    QTest::newRow("下午") << u"2024/3/5 下午 2:03:22"_s << u"2024-03-05 14:03:22"_s;
    QTest::newRow("上午 12") << u"2024/3/5 上午12:03"_s << u"2024-03-05 00:03:00"_s;
    QTest::newRow("PM") << u"2024/3/5 2:03:22 PM"_s << u"2024-03-05 14:03:22"_s;
    QTest::newRow("leap day") << u"2024-02-29"_s << u"2024-02-29 00:00:00"_s;
    QTest::newRow("end of year") << u"2024-12-31 23:59:59"_s << u"2024-12-31 23:59:59"_s;

    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("text") << u"abc"_s << QString();
    QTest::newRow("year only") << u"2024"_s << QString();
    QTest::newRow("month only") << u"2024-03"_s << QString();
    QTest::newRow("compact month") << u"202403"_s << QString();
    QTest::newRow("US order") << u"3/5/2024"_s << QString();
    QTest::newRow("no leap day") << u"2023-02-29"_s << QString();
    QTest::newRow("month 13") << u"2024-13-01"_s << QString();
    QTest::newRow("day 32") << u"2024-01-32"_s << QString();
    QTest::newRow("hour 24") << u"2024-03-05 24:00:00"_s << QString();
    QTest::newRow("minute 60") << u"2024-03-05 14:60"_s << QString();
    QTest::newRow("hour only") << u"2024-03-05 14"_s << QString();
    QTest::newRow("glued time") << u"2024-03-0514:03:22"_s << QString();
    QTest::newRow("mixed separators") << u"2024/3-5"_s << QString();
    QTest::newRow("trailing junk") << u"2024-03-05 14:03:22 abc"_s << QString();
    QTest::newRow("8 digits, no date") << u"12345678"_s << QString();
    QTest::newRow("small number") << u"1234.5"_s << QString();
    QTest::newRow("serial beyond 2199") << u"109576"_s << QString();
    QTest::newRow("PM 13") << u"2024/3/5 13:03 PM"_s << QString();
    QTest::newRow("offset hours out of range") << u"2024-03-05T14:03:22+15:00"_s << QString();
    QTest::newRow("offset, one digit") << u"2024-03-05T14:03:22+8"_s << QString();
}

void TstValueParser::parseDateTime()
{
    QFETCH(QString, text);
    QFETCH(QString, iso);
    const DateTimeParts parts = ValueParser::parseDateTime(text, workbook());
    QCOMPARE(parts.isValid(), !iso.isEmpty());
    if (parts.isValid()) {
        QCOMPARE(parts.toIso(), iso);
        QCOMPARE(parts.toIsoDate(), iso.left(10));
        QCOMPARE(parts.toMonth(), iso.left(7));
    }
}

void TstValueParser::dateOnlyHasNoTime()
{
    QVERIFY(!ValueParser::parseDateTime(u"2024年3月5日").hasTime);
    QVERIFY(!ValueParser::parseDateTime(u"20240305").hasTime);
    QVERIFY(!ValueParser::parseDateTime(u"45292", workbook()).hasTime);
    QVERIFY(ValueParser::parseDateTime(u"2024/3/5 0:00").hasTime);
    QVERIFY(ValueParser::parseDateTime(u"45292.5", workbook()).hasTime);
}

void TstValueParser::serialsOnlyFromWorkbooks()
{
    // A bare number in a text file's date column is a count or a total, never a date.
    QVERIFY(!ValueParser::parseDateTime(u"45292.5").isValid());
    QVERIFY(!ValueParser::parseDateTime(u"8216", workbook()).isValid()); // 1922: no plausible date either
    const DateTimeParts serial = ValueParser::parseDateTime(u"45292.5", workbook());
    QCOMPARE(serial.toIso(), u"2024-01-01 12:00:00"_s);
    QCOMPARE(serial.origin, quint8(DateTimeParts::FromExcelSerial));
    QCOMPARE(ValueParser::parseDateTime(u"2024-01-01 12:00:00", workbook()).origin, quint8(DateTimeParts::AsWritten));
    QVERIFY(!ValueParser::parseMonth(u"45292").isValid());
    QCOMPARE(ValueParser::parseMonth(u"45292", workbook()).toText(), u"2024-01"_s);

    FieldSpec field;
    field.type = FieldType::DateTime;
    QVERIFY(ValueParser::convert(field, u"45292"_s).isError());
    QCOMPARE(ValueParser::convert(field, u"45292"_s, workbook()).value.toString(), u"2024-01-01 00:00:00"_s);
}

void TstValueParser::utcOffsets_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QByteArray>("zone");
    QTest::addColumn<QString>("iso");

    QTest::newRow("Z to Beijing") << u"2024-03-05T14:03:22Z"_s << QByteArray("Asia/Shanghai") << u"2024-03-05 22:03:22"_s;
    QTest::newRow("Z, next day") << u"2024-03-05T20:00:00Z"_s << QByteArray("Asia/Shanghai") << u"2024-03-06 04:00:00"_s;
    QTest::newRow("+08:00 unchanged") << u"2024-03-05 14:03:22+08:00"_s << QByteArray("Asia/Shanghai")
                                      << u"2024-03-05 14:03:22"_s;
    QTest::newRow("+0800") << u"2024-03-05T14:03:22+0800"_s << QByteArray("Asia/Shanghai") << u"2024-03-05 14:03:22"_s;
    QTest::newRow("+08") << u"2024-03-05T14:03:22+08"_s << QByteArray("Asia/Shanghai") << u"2024-03-05 14:03:22"_s;
    QTest::newRow("New York, previous year") << u"2023-12-31T12:30:00-05:00"_s << QByteArray("Asia/Shanghai")
                                             << u"2024-01-01 01:30:00"_s;
    QTest::newRow("fractions and Z") << u"2024-03-05T14:03:22.5Z"_s << QByteArray("UTC") << u"2024-03-05 14:03:22"_s;
    QTest::newRow("to Berlin in summer time") << u"2024-07-01T00:00:00Z"_s << QByteArray("Europe/Berlin")
                                              << u"2024-07-01 02:00:00"_s;
}

void TstValueParser::utcOffsets()
{
    QFETCH(QString, text);
    QFETCH(QByteArray, zone);
    QFETCH(QString, iso);
    cx::ConvertOptions options;
    options.timeZone = QTimeZone(zone);
    QVERIFY(options.timeZone.isValid());
    const DateTimeParts parts = ValueParser::parseDateTime(text, options);
    QCOMPARE(parts.toIso(), iso);
    QCOMPARE(parts.origin, quint8(DateTimeParts::FromUtcOffset));
}

void TstValueParser::checkKey_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("key");  // what is stored; empty: the row is rejected
    QTest::addColumn<bool>("repaired");

    QTest::newRow("order number") << u"GD202407040012209"_s << u"GD202407040012209"_s << false;
    QTest::newRow("15 digits Excel kept") << u"202407040012209"_s << u"202407040012209"_s << false;
    QTest::newRow("16 digits, one zero") << u"2024070400122090"_s << u"2024070400122090"_s << false;
    QTest::newRow("short number") << u"12345"_s << u"12345"_s << false;
    QTest::newRow("a real decimal") << u"1.5"_s << u"1.5"_s << false;
    QTest::newRow("thousands") << u"12,000"_s << u"12,000"_s << false;
    QTest::newRow("scientific") << u"2.02403E+14"_s << QString() << false;
    QTest::newRow("scientific, no sign") << u"2.02403E14"_s << QString() << false;
    QTest::newRow("scientific, lower case") << u"2.02403e+14"_s << QString() << false;
    QTest::newRow("scientific, decimal comma") << u"2,02403E+14"_s << QString() << false;
    QTest::newRow("scientific, XLSX number") << u"2.024031512345679e+17"_s << QString() << false;
    QTest::newRow("through scientific and back") << u"202403000000000"_s << QString() << false;
    QTest::newRow("beyond 15 digits") << u"202403151234567000"_s << QString() << false;
    QTest::newRow("float beyond 15 digits") << u"202403151234567800.0"_s << QString() << false;
    QTest::newRow("float with its digits") << u"20240315123.0"_s << u"20240315123"_s << true;
    QTest::newRow("a workbook's double") << u"202403151234567900"_s << QString() << false;
    QTest::newRow("20 digits, one zero") << u"20240315123456789010"_s << u"20240315123456789010"_s << false;
}

void TstValueParser::checkKey()
{
    QFETCH(QString, text);
    QFETCH(QString, key);
    QFETCH(bool, repaired);
    const cx::KeyCheck check = ValueParser::checkKey(text);
    QCOMPARE(check.problem.isEmpty(), !key.isEmpty());
    if (key.isEmpty()) {
        QVERIFY2(check.problem.contains(text) && check.problem.contains(u"Excel"_s), qPrintable(check.problem));
        return;
    }
    QCOMPARE(check.key.toString(), key);
    QCOMPARE(check.repaired, repaired);
}

void TstValueParser::unwrapFormulaText_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("unwrapped");
    QTest::newRow("keep-as-text") << u"=\"FX00001\""_s << u"FX00001"_s;
    QTest::newRow("leading zeros") << u"=\"0012\""_s << u"0012"_s;
    QTest::newRow("empty text") << u"=\"\""_s << QString();
    QTest::newRow("a formula") << u"=A1+1"_s << u"=A1+1"_s;
    QTest::newRow("quote inside") << u"=\"a\"b\""_s << u"=\"a\"b\""_s;
    QTest::newRow("plain") << u"FX00001"_s << u"FX00001"_s;
}

void TstValueParser::unwrapFormulaText()
{
    QFETCH(QString, text);
    QFETCH(QString, unwrapped);
    QCOMPARE(ValueParser::unwrapFormulaText(QStringView(text)).toString(), unwrapped);
    const QByteArray bytes = text.toUtf8();
    QCOMPARE(QString::fromUtf8(ValueParser::unwrapFormulaText(QByteArrayView(bytes))), unwrapped);
    FieldSpec field;
    field.type = FieldType::Text;
    QCOMPARE(ValueParser::convert(field, text).value.toString(), unwrapped);
}

void TstValueParser::excelSerial_data()
{
    QTest::addColumn<double>("serial");
    QTest::addColumn<bool>("date1904");
    QTest::addColumn<QString>("iso");

    QTest::newRow("first day") << 1.0 << false << u"1900-01-01 00:00:00"_s;
    QTest::newRow("before phantom day") << 59.0 << false << u"1900-02-28 00:00:00"_s;
    QTest::newRow("phantom 1900-02-29") << 60.0 << false << QString();
    QTest::newRow("after phantom day") << 61.0 << false << u"1900-03-01 00:00:00"_s;
    QTest::newRow("2020") << 43831.0 << false << u"2020-01-01 00:00:00"_s;
    QTest::newRow("noon") << 43831.5 << false << u"2020-01-01 12:00:00"_s;
    QTest::newRow("rounds up to next day") << 43831.999999999 << false << u"2020-01-02 00:00:00"_s;
    QTest::newRow("time only") << 0.5 << false << QString();
    QTest::newRow("negative") << -1.0 << false << QString();
    QTest::newRow("1904 epoch") << 0.0 << true << u"1904-01-01 00:00:00"_s;
    QTest::newRow("1904 2020") << 42369.0 << true << u"2020-01-01 00:00:00"_s;
}

void TstValueParser::excelSerial()
{
    QFETCH(double, serial);
    QFETCH(bool, date1904);
    QFETCH(QString, iso);
    const DateTimeParts parts = ValueParser::fromExcelSerial(serial, date1904);
    QCOMPARE(parts.isValid(), !iso.isEmpty());
    if (parts.isValid())
        QCOMPARE(parts.toIso(), iso);
}

void TstValueParser::secsSinceEpoch()
{
    QCOMPARE(ValueParser::parseDateTime(u"1970-01-01 00:00:00").toSecsSinceEpoch(), 0);
    for (const QString &text : {u"2024-03-05 14:03:22"_s, u"1999-12-31 23:59:59"_s, u"2024-02-29 00:00:01"_s}) {
        const QDateTime expected = QDateTime::fromString(text, u"yyyy-MM-dd HH:mm:ss"_s);
        QCOMPARE(ValueParser::parseDateTime(text).toSecsSinceEpoch(),
                 QDateTime(expected.date(), expected.time(), Qt::UTC).toSecsSinceEpoch());
    }
}

void TstValueParser::parseMonth_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("month");

    QTest::newRow("dash") << u"2024-03"_s << u"2024-03"_s;
    QTest::newRow("slash") << u"2024/3"_s << u"2024-03"_s;
    QTest::newRow("Chinese") << u"2024年3月"_s << u"2024-03"_s;
    QTest::newRow("Chinese padded") << u"2024年03月"_s << u"2024-03"_s;
    QTest::newRow("Chinese without 月") << u"2024年3"_s << u"2024-03"_s;
    QTest::newRow("compact") << u"202403"_s << u"2024-03"_s;
    QTest::newRow("dot") << u"2024.03"_s << u"2024-03"_s;
    QTest::newRow("dash unpadded") << u"2024-3"_s << u"2024-03"_s;
    QTest::newRow("December") << u"2024-12"_s << u"2024-12"_s;
    QTest::newRow("a date") << u"2024/3/5"_s << u"2024-03"_s;
    QTest::newRow("a date and time") << u"2024-03-05 14:03:22"_s << u"2024-03"_s;
    QTest::newRow("Chinese date") << u"2024年3月5日"_s << u"2024-03"_s;
    QTest::newRow("Excel serial") << u"45292.5"_s << u"2024-01"_s;
    QTest::newRow("blanks") << u" 2024-03 "_s << u"2024-03"_s;

    QTest::newRow("month 13") << u"2024-13"_s << QString();
    QTest::newRow("compact month 13") << u"202413"_s << QString();
    QTest::newRow("month 0") << u"2024-00"_s << QString();
    QTest::newRow("word") << u"March"_s << QString();
    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("two-digit year") << u"24-03"_s << QString();
}

void TstValueParser::parseMonth()
{
    QFETCH(QString, text);
    QFETCH(QString, month);
    const YearMonth parsed = ValueParser::parseMonth(text, workbook());
    QCOMPARE(parsed.isValid(), !month.isEmpty());
    if (parsed.isValid())
        QCOMPARE(parsed.toText(), month);
}

void TstValueParser::parseNumber_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<double>("value");
    QTest::addColumn<bool>("percent");

    QTest::newRow("thousands") << u"1,234"_s << true << 1234.0 << false;
    QTest::newRow("full-width comma") << u"1，234"_s << true << 1234.0 << false;
    QTest::newRow("millions") << u"1,234,567.89"_s << true << 1234567.89 << false;
    QTest::newRow("percent") << u"12.5%"_s << true << 12.5 << true;
    QTest::newRow("percent, space") << u"12.5 %"_s << true << 12.5 << true;
    QTest::newRow("full-width percent") << u"１２.５％"_s << true << 12.5 << true;
    QTest::newRow("full-width digits") << u"１２３"_s << true << 123.0 << false;
    QTest::newRow("blanks") << u"  8 "_s << true << 8.0 << false;
    QTest::newRow("points") << u"8分"_s << true << 8.0 << false;
    QTest::newRow("seconds") << u"594秒"_s << true << 594.0 << false;
    QTest::newRow("unit") << u"120Mbps"_s << true << 120.0 << false;
    QTest::newRow("unit with slash") << u"1.5次/万户"_s << true << 1.5 << false;
    QTest::newRow("negative") << u"-3.5"_s << true << -3.5 << false;
    QTest::newRow("minus sign") << u"−2"_s << true << -2.0 << false;
    QTest::newRow("plus") << u"+7"_s << true << 7.0 << false;
    QTest::newRow("wan") << u"1.2万"_s << true << 12000.0 << false;
    QTest::newRow("yi") << u"3亿"_s << true << 3e8 << false;
    QTest::newRow("exponent") << u"1e3"_s << true << 1000.0 << false;
    QTest::newRow("negative exponent") << u"2.5E-2"_s << true << 0.025 << false;
    QTest::newRow("currency") << u"¥12.50"_s << true << 12.5 << false;
    QTest::newRow("leading dot") << u".5"_s << true << 0.5 << false;
    QTest::newRow("trailing dot") << u"5."_s << true << 5.0 << false;
    QTest::newRow("sample duration") << u"12.5"_s << true << 12.5 << false;

    QTest::newRow("empty") << QString() << false << 0.0 << false;
    QTest::newRow("word") << u"abc"_s << false << 0.0 << false;
    QTest::newRow("bad grouping") << u"1,23"_s << false << 0.0 << false;
    QTest::newRow("bad grouping 2") << u"12,3456"_s << false << 0.0 << false;
    QTest::newRow("leading comma") << u",123"_s << false << 0.0 << false;
    QTest::newRow("two dots") << u"1..2"_s << false << 0.0 << false;
    QTest::newRow("a month") << u"2024-03"_s << false << 0.0 << false;
    QTest::newRow("a fraction") << u"1/2"_s << false << 0.0 << false;
    QTest::newRow("dashes") << u"--"_s << false << 0.0 << false;
    QTest::newRow("percent only") << u"%"_s << false << 0.0 << false;
    QTest::newRow("exponent only") << u"e5"_s << false << 0.0 << false;
    QTest::newRow("digits after unit") << u"8分5"_s << false << 0.0 << false;
    QTest::newRow("too long") << QString(80, u'9') << false << 0.0 << false;
}

void TstValueParser::parseNumber()
{
    QFETCH(QString, text);
    QFETCH(bool, valid);
    QFETCH(double, value);
    QFETCH(bool, percent);
    bool hadPercent = !percent;
    const std::optional<double> parsed = ValueParser::parseNumber(text, &hadPercent);
    QCOMPARE(parsed.has_value(), valid);
    if (valid) {
        QCOMPARE(*parsed, value);
        QCOMPARE(hadPercent, percent);
    }
}

void TstValueParser::parseInteger_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<qint64>("value");

    QTest::newRow("plain") << u"3912260"_s << true << qint64(3912260);
    QTest::newRow("decimal zero") << u"12.0"_s << true << qint64(12);
    QTest::newRow("thousands") << u"1,234"_s << true << qint64(1234);
    QTest::newRow("seconds") << u"594秒"_s << true << qint64(594);
    QTest::newRow("negative") << u"-7"_s << true << qint64(-7);
    QTest::newRow("wan") << u"1.2万"_s << true << qint64(12000);
    QTest::newRow("fraction") << u"12.5"_s << false << qint64(0);
    QTest::newRow("too large") << u"1e20"_s << false << qint64(0);
    QTest::newRow("word") << u"many"_s << false << qint64(0);
}

void TstValueParser::parseInteger()
{
    QFETCH(QString, text);
    QFETCH(bool, valid);
    QFETCH(qint64, value);
    const std::optional<qint64> parsed = ValueParser::parseInteger(text);
    QCOMPARE(parsed.has_value(), valid);
    if (valid)
        QCOMPARE(*parsed, value);
}

void TstValueParser::parseBoolean_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("expected"); // 1 true, 0 false, -1 not a boolean

    const QStringList yes{u"是"_s, u"Y"_s, u"y"_s, u"yes"_s, u"YES"_s, u"true"_s, u"True"_s, u"1"_s,
                          u"√"_s, u"✓"_s, u" 是 "_s, u"对"_s, u"有"_s, u"Ｙ"_s};
    const QStringList no{u"否"_s, u"N"_s, u"n"_s, u"no"_s, u"No"_s, u"false"_s, u"FALSE"_s, u"0"_s,
                         u"×"_s, u"✗"_s, u"错"_s, u"无"_s, u"不是"_s};
    for (const QString &text : yes)
        QTest::addRow("yes %s", qPrintable(text)) << text << 1;
    for (const QString &text : no)
        QTest::addRow("no %s", qPrintable(text)) << text << 0;
    for (const QString &text : {QString(), u"maybe"_s, u"2"_s, u"是的吧"_s})
        QTest::addRow("neither '%s'", qPrintable(text)) << text << -1;
}

void TstValueParser::parseBoolean()
{
    QFETCH(QString, text);
    QFETCH(int, expected);
    const std::optional<bool> parsed = ValueParser::parseBoolean(text);
    QCOMPARE(parsed.has_value(), expected >= 0);
    if (parsed)
        QCOMPARE(int(*parsed), expected);
}

void TstValueParser::maskPhone_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("keepFull");
    QTest::addColumn<QString>("stored");

    QTest::newRow("mobile") << u"13812341234"_s << false << u"138****1234"_s;
    QTest::newRow("mobile with spaces") << u"138 1234 1234"_s << false << u"138****1234"_s;
    QTest::newRow("mobile with dashes") << u"138-1234-1234"_s << false << u"138****1234"_s;
    QTest::newRow("+86") << u"+86 138 1234 1234"_s << false << u"138****1234"_s;
    QTest::newRow("86 prefix") << u"8613812341234"_s << false << u"138****1234"_s;
    QTest::newRow("0086 prefix") << u"008613812341234"_s << false << u"138****1234"_s;
    QTest::newRow("full-width") << u"１３８１２３４１２３４"_s << false << u"138****1234"_s;
    QTest::newRow("already masked") << u"157****1776"_s << false << u"157****1776"_s;
    QTest::newRow("masked with x") << u"138xxxx1234"_s << false << u"138xxxx1234"_s;
    QTest::newRow("landline") << u"020-12345678"_s << false << u"020****5678"_s;
    QTest::newRow("long landline") << u"0755-12345678"_s << false << u"075*****5678"_s;
    QTest::newRow("8 digits") << u"12345678"_s << false << u"****5678"_s;
    QTest::newRow("short service number") << u"10086"_s << false << u"***86"_s;
    QTest::newRow("two digits") << u"12"_s << false << u"**"_s;
    QTest::newRow("no digits") << u"无"_s << false << u"无"_s;
    QTest::newRow("empty") << QString() << false << QString();
    QTest::newRow("keep full") << u"+86 138 1234 1234"_s << true << u"13812341234"_s;
    QTest::newRow("keep full landline") << u"020-12345678"_s << true << u"02012345678"_s;
    QTest::newRow("keep full, masked stays masked") << u"157****1776"_s << true << u"157****1776"_s;
}

void TstValueParser::maskPhone()
{
    QFETCH(QString, text);
    QFETCH(bool, keepFull);
    QFETCH(QString, stored);
    QCOMPARE(ValueParser::maskPhone(text, keepFull), stored);
}

void TstValueParser::placeholder_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("placeholder");
    for (const QString &text : {QString(), u"  "_s, u"-"_s, u"--"_s, u"—"_s, u"/"_s, u"N/A"_s, u"#N/A"_s,
                                u"null"_s, u"NULL"_s, u"NaN"_s})
        QTest::addRow("'%s'", qPrintable(text)) << text << true;
    for (const QString &text : {u"0"_s, u"无"_s, u"nothing"_s, u"-1"_s})
        QTest::addRow("'%s'", qPrintable(text)) << text << false;
}

void TstValueParser::placeholder()
{
    QFETCH(QString, text);
    QFETCH(bool, placeholder);
    QCOMPARE(ValueParser::isPlaceholder(text), placeholder);
}

void TstValueParser::convert_data()
{
    QTest::addColumn<int>("type");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QVariant>("value"); // null with error false: empty cell
    QTest::addColumn<bool>("error");

    auto row = [](const char *name, FieldType type, const QString &text, const QVariant &value, bool error) {
        QTest::newRow(name) << int(type) << text << value << error;
    };
    row("text trimmed", FieldType::Text, u"  打不进去 \n"_s, u"打不进去"_s, false);
    row("text keeps inner line break", FieldType::Text, u"a\nb"_s, u"a\nb"_s, false);
    row("text placeholder is text", FieldType::Text, u"-"_s, u"-"_s, false);
    row("text empty", FieldType::Text, u"   "_s, QVariant(), false);
    row("datetime", FieldType::DateTime, u"2024/1/1 0:23:03"_s, u"2024-01-01 00:23:03"_s, false);
    row("datetime serial", FieldType::DateTime, u"45292.04099537037"_s, u"2024-01-01 00:59:02"_s, false);
    row("datetime bad", FieldType::DateTime, u"昨天"_s, QVariant(), true);
    row("datetime placeholder", FieldType::DateTime, u"--"_s, QVariant(), false);
    row("date", FieldType::Date, u"2024年3月5日 14:03"_s, u"2024-03-05"_s, false);
    row("month", FieldType::Month, u"2024年3月"_s, u"2024-03"_s, false);
    row("month bad", FieldType::Month, u"2024-13"_s, QVariant(), true);
    row("integer", FieldType::Integer, u"3,912,260"_s, QVariant(qint64(3912260)), false);
    row("integer bad", FieldType::Integer, u"12.5"_s, QVariant(), true);
    row("number", FieldType::Number, u"12.5"_s, QVariant(12.5), false);
    row("number bad", FieldType::Number, u"十二"_s, QVariant(), true);
    row("number N/A", FieldType::Number, u"N/A"_s, QVariant(), false);
    row("percent", FieldType::Percent, u"86.0"_s, QVariant(86.0), false);
    row("percent sign", FieldType::Percent, u"86%"_s, QVariant(86.0), false);
    row("boolean", FieldType::Boolean, u"是"_s, QVariant(true), false);
    row("boolean no", FieldType::Boolean, u"否"_s, QVariant(false), false);
    row("boolean bad", FieldType::Boolean, u"也许"_s, QVariant(), true);
    row("phone", FieldType::Phone, u"13812341234"_s, u"138****1234"_s, false);
}

void TstValueParser::convert()
{
    QFETCH(int, type);
    QFETCH(QString, text);
    QFETCH(QVariant, value);
    QFETCH(bool, error);
    FieldSpec field;
    field.name = u"f"_s;
    field.type = FieldType(type);
    const cx::ConvertedValue converted = ValueParser::convert(field, text, workbook());
    QCOMPARE(converted.isError(), error);
    if (error) {
        QVERIFY2(converted.error.contains(text.trimmed()), qPrintable(converted.error));
        QVERIFY(converted.value.isNull());
    } else {
        QCOMPARE(converted.isEmpty(), value.isNull());
        QCOMPARE(converted.value, value);
    }
}

void TstValueParser::convertEnum()
{
    const cx::MappingProfile tree = cx::MappingProfile::builtIn(u"indicator_tree");
    QVERIFY(tree.isValid());
    const FieldSpec *layer = tree.field(u"layer");
    const FieldSpec *direction = tree.field(u"direction");
    QVERIFY(layer && direction);
    QCOMPARE(ValueParser::convert(*layer, u"感知要素").value, QVariant(u"element"_s));
    QCOMPARE(ValueParser::convert(*layer, u" KQI ").value, QVariant(u"kei"_s));
    QCOMPARE(ValueParser::convert(*layer, u"运营指标").value, QVariant(u"koi"_s));
    QCOMPARE(ValueParser::convert(*direction, u"越高越好").value, QVariant(u"1"_s));
    QCOMPARE(ValueParser::convert(*direction, u"越低越好").value, QVariant(u"-1"_s));
    QCOMPARE(ValueParser::convert(*direction, u"-1").value, QVariant(u"-1"_s));
    const cx::ConvertedValue bad = ValueParser::convert(*layer, u"四级指标");
    QVERIFY(bad.isError());
    QVERIFY2(bad.error.contains(u"四级指标"_s) && bad.error.contains(u"感知要素"_s), qPrintable(bad.error));

    cx::ConvertOptions keep;
    keep.keepFullPhone = true;
    FieldSpec phone;
    phone.type = FieldType::Phone;
    QCOMPARE(ValueParser::convert(phone, u"138 1234 1234", keep).value, QVariant(u"13812341234"_s));
}

// Reports the cost of one date parse plus its ISO text, the work an import
// does twice per complaint row; the figure is printed, not asserted, because
// Debug builds and shared machines vary.
void TstValueParser::dateTimeSpeed()
{
    const QStringList samples{u"2024/1/5 9:03:07"_s, u"2024-07-04 05:57:13"_s, u"45292.04099537037"_s,
                              u"2024年3月5日 14:03"_s};
    constexpr int rounds = 250000;
    QElapsedTimer timer;
    timer.start();
    qint64 checksum = 0;
    for (int i = 0; i < rounds; ++i)
        for (const QString &sample : samples)
            checksum += ValueParser::parseDateTime(sample).second;
    const double parseNs = double(timer.nsecsElapsed()) / (rounds * samples.size());
    timer.restart();
    for (int i = 0; i < rounds; ++i)
        for (const QString &sample : samples)
            checksum += ValueParser::parseDateTime(sample).toIso().size();
    const double isoNs = double(timer.nsecsElapsed()) / (rounds * samples.size());
    QVERIFY(checksum > 0);
    qInfo("parseDateTime: %.0f ns per call; with toIso(): %.0f ns per call", parseNs, isoNs);
}

QTEST_GUILESS_MAIN(TstValueParser)
#include "tst_valueparser.moc"
