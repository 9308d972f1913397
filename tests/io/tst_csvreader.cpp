#include "io/csvreader.h"
#include "readall.h"
#include "testsupport.h"

#include <QBuffer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using cx::CsvOptions;
using cx::CsvReader;
using cx::test::readAll;

namespace {

QByteArray gb18030(const QString &text)
{
    return cx::EncodingDetector::encoder(u"GB18030"_s).encode(text);
}

// Counts physical lines the way an editor does: CRLF, CR and LF end a line.
qint64 physicalLines(const QByteArray &bytes)
{
    qint64 lines = 0;
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        if (bytes[i] == '\n' || (bytes[i] == '\r' && (i + 1 == bytes.size() || bytes[i + 1] != '\n')))
            ++lines;
    }
    return lines;
}

qint64 lineBreaksIn(const QStringList &cells)
{
    qint64 breaks = 0;
    for (const QString &cell : cells)
        breaks += physicalLines(cell.toUtf8());
    return breaks;
}

// A reader over bytes in memory, with the buffer it reads from.
struct MemoryCsv
{
    MemoryCsv(const QByteArray &bytes, const QString &name, const CsvOptions &options = {})
        : data(bytes)
        , buffer(&data)
        , reader(&buffer, name, options)
    {
    }
    QByteArray data;
    QBuffer buffer;
    CsvReader reader;
};

} // namespace

class TestCsvReader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void lazyUtf8Cells();
    void utf8FieldsKeepTheirBytes();
    void rows_data();
    void rows();
    void gbkWithQuotedLineBreaks();
    void utf8BomIsSkipped();
    void utf16IsTranscoded();
    void encodingOverride();
    void invalidBytesAreReported();
    void invalidUtf16IsReported();
    void unknownEncodingIsRefused();
    void unclosedQuoteAtEndIsReported();
    void runawayQuoteIsReadAsText();
    void rowWithoutLineEndStops();
    void repairs_data();
    void repairs();
    void strayQuoteReadAsPythonDoes();
    void unclosedQuoteReadAsLibreOfficeDoes();
    void nulBytesAreStripped();
    void issuesAreAggregated();
    void missingFileNamesFile();
    void workbookIsRefused_data();
    void workbookIsRefused();
    void rowsAcrossChunkBoundaries();
    void readsFromDevice();
    void sniffDelimiter_data();
    void sniffDelimiter();
    void tableRowCells();
    void sharedGbkComplaints();
    void sharedUtf8BomComplaints();
};

void TestCsvReader::rows_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<char>("delimiter");
    QTest::addColumn<bool>("skipBlankRows");
    QTest::addColumn<QStringList>("expected"); // "line|cell|cell..."

    QTest::newRow("LF") << QByteArray("a,b,c\n1,2,3\n") << '\0' << true << QStringList{u"1|a|b|c"_s, u"2|1|2|3"_s};
    QTest::newRow("CRLF") << QByteArray("a,b\r\n1,2\r\n") << '\0' << true << QStringList{u"1|a|b"_s, u"2|1|2"_s};
    QTest::newRow("CR") << QByteArray("a,b\r1,2\r") << '\0' << true << QStringList{u"1|a|b"_s, u"2|1|2"_s};
    QTest::newRow("no final line break") << QByteArray("a,b\n1,2") << '\0' << true
                                         << QStringList{u"1|a|b"_s, u"2|1|2"_s};
    QTest::newRow("quoted comma and quotes")
        << QByteArray("name,text\nx,\"he said \"\"hi\"\", ok\"\n") << '\0' << true
        << QStringList{u"1|name|text"_s, u"2|x|he said \"hi\", ok"_s};
    QTest::newRow("quoted LF") << QByteArray("h1,h2\n1,\"line1\nline2\"\n2,x\n") << '\0' << true
                               << QStringList{u"1|h1|h2"_s, u"2|1|line1\nline2"_s, u"4|2|x"_s};
    QTest::newRow("quoted CRLF in CRLF file")
        << QByteArray("h1,h2\r\n1,\"l1\r\nl2\r\nl3\"\r\n2,x\r\n") << '\0' << true
        << QStringList{u"1|h1|h2"_s, u"2|1|l1\r\nl2\r\nl3"_s, u"5|2|x"_s};
    QTest::newRow("quoted line break in first field")
        << QByteArray("h\n\"a\nb\",c\nd,e\n") << '\0' << true << QStringList{u"1|h"_s, u"2|a\nb|c"_s, u"4|d|e"_s};
    QTest::newRow("blank lines") << QByteArray("a,b\n\n1,2\n\r\n\n3,4\n") << '\0' << true
                                 << QStringList{u"1|a|b"_s, u"3|1|2"_s, u"6|3|4"_s};
    QTest::newRow("blank CRLF lines") << QByteArray("a,b\r\n\r\n\r\n1,2\r\n") << '\0' << true
                                      << QStringList{u"1|a|b"_s, u"4|1|2"_s};
    QTest::newRow("ragged rows") << QByteArray("a,b,c\n1,2\n3,4,5,6\n") << '\0' << true
                                 << QStringList{u"1|a|b|c"_s, u"2|1|2"_s, u"3|3|4|5|6"_s};
    QTest::newRow("empty fields, empty row skipped") << QByteArray("a,,c\n,,\nx,y,z\n") << '\0' << true
                                                     << QStringList{u"1|a||c"_s, u"3|x|y|z"_s};
    QTest::newRow("empty row kept") << QByteArray("a,,c\n,,\n") << '\0' << false
                                    << QStringList{u"1|a||c"_s, u"2|||"_s};
    QTest::newRow("semicolon sniffed") << QByteArray("a;b;c\n1;2,5;3\n") << '\0' << true
                                       << QStringList{u"1|a|b|c"_s, u"2|1|2,5|3"_s};
    QTest::newRow("tab sniffed") << QByteArray("a\tb\n1\t2 3\n") << '\0' << true
                                 << QStringList{u"1|a|b"_s, u"2|1|2 3"_s};
    QTest::newRow("delimiter override") << QByteArray("a;b,c\n1;2,3\n") << ',' << true
                                        << QStringList{u"1|a;b|c"_s, u"2|1;2|3"_s};
    QTest::newRow("full-width punctuation untouched")
        << u"内容,备注\n客户说：“网速慢”，要求处理；谢谢,　无\n"_s.toUtf8() << '\0' << true
        << QStringList{u"1|内容|备注"_s, u"2|客户说：“网速慢”，要求处理；谢谢|　无"_s};
    QTest::newRow("spaces around unquoted fields trimmed") << QByteArray(" a , b \n\" c \",d\n") << '\0' << true
                                                           << QStringList{u"1|a|b"_s, u"2| c |d"_s};
    QTest::newRow("title row above header")
        << u"2024年5-8月投诉工单明细\n工单号,地市\nA1,深圳\n合计,1\n"_s.toUtf8() << '\0' << true
        << QStringList{u"1|2024年5-8月投诉工单明细"_s, u"2|工单号|地市"_s, u"3|A1|深圳"_s, u"4|合计|1"_s};
    QTest::newRow("empty file") << QByteArray() << '\0' << true << QStringList{};
    QTest::newRow("only blank lines") << QByteArray("\r\n\r\n\n") << '\0' << true << QStringList{};
}

void TestCsvReader::rows()
{
    QFETCH(QByteArray, input);
    QFETCH(char, delimiter);
    QFETCH(bool, skipBlankRows);
    QFETCH(QStringList, expected);

    CsvOptions options;
    options.delimiter = delimiter;
    options.skipBlankRows = skipBlankRows;
    MemoryCsv csv(input, u"test.csv"_s, options);
    CsvReader &reader = csv.reader;
    QVERIFY2(reader.open(), qPrintable(reader.errorString()));
    const auto result = readAll(reader);
    QVERIFY2(!reader.hasError(), qPrintable(reader.errorString()));
    QCOMPARE(result.summary, expected);
    QVERIFY(reader.issues().isEmpty());
}

void TestCsvReader::gbkWithQuotedLineBreaks()
{
    const QString text = u"工单号,投诉内容,地市\r\n"
                         u"GD1,\"网速慢，晚上看视频卡顿\r\n客户情绪激动，要求尽快处理\",深圳\r\n"
                         u"GD2,\"说“不知情订购”\",广州\r\n"_s;
    QTemporaryDir dir;
    const QString path = dir.filePath(u"gbk.csv"_s);
    QVERIFY(cx::test::writeFile(path, gb18030(text)));

    CsvReader reader(path);
    QVERIFY2(reader.open(), qPrintable(reader.errorString()));
    QCOMPARE(reader.encoding().encoding, u"GB18030"_s);
    QCOMPARE(reader.delimiter(), ',');
    const auto result = readAll(reader);
    QCOMPARE(result.summary,
             QStringList({u"1|工单号|投诉内容|地市"_s,
                          u"2|GD1|网速慢，晚上看视频卡顿\r\n客户情绪激动，要求尽快处理|深圳"_s,
                          u"4|GD2|说“不知情订购”|广州"_s}));
    QCOMPARE(reader.progressBytes(), reader.totalBytes());
}

void TestCsvReader::utf8BomIsSkipped()
{
    QByteArray input = "\xEF\xBB\xBF" + u"工单号,地市\n1,深圳\n"_s.toUtf8();
    MemoryCsv csv(input, u"bom.csv"_s);
    CsvReader &reader = csv.reader;
    QVERIFY(reader.open());
    QCOMPARE(reader.encoding().encoding, u"UTF-8"_s);
    QCOMPARE(reader.encoding().bomLength, 3);
    QCOMPARE(readAll(reader).summary, QStringList({u"1|工单号|地市"_s, u"2|1|深圳"_s}));
}

void TestCsvReader::utf16IsTranscoded()
{
    const QString text = u"工单号\t内容\r\n1\t\"第一行\r\n第二行\"\r\n2\t好\r\n"_s;
    QByteArray input = "\xFF\xFE" + cx::EncodingDetector::encoder(u"UTF-16LE"_s).encode(text);
    MemoryCsv csv(input, u"utf16.txt"_s);
    CsvReader &reader = csv.reader;
    QVERIFY(reader.open());
    QCOMPARE(reader.encoding().encoding, u"UTF-16LE"_s);
    QCOMPARE(reader.delimiter(), '\t');
    QCOMPARE(readAll(reader).summary,
             QStringList({u"1|工单号|内容"_s, u"2|1|第一行\r\n第二行"_s, u"4|2|好"_s}));
}

void TestCsvReader::encodingOverride()
{
    // Pure ASCII header would be read as UTF-8; the user says GBK.
    QByteArray input = "id,name\n1," + gb18030(u"张三"_s) + "\n";
    CsvOptions options;
    options.encoding = u"GBK"_s;
    MemoryCsv csv(input, u"x.csv"_s, options);
    CsvReader &reader = csv.reader;
    QVERIFY(reader.open());
    QCOMPARE(reader.encoding().encoding, u"GB18030"_s);
    QCOMPARE(int(reader.encoding().method), int(cx::EncodingDetector::Method::Override));
    QCOMPARE(readAll(reader).summary, QStringList({u"1|id|name"_s, u"2|1|张三"_s}));
}

void TestCsvReader::invalidBytesAreReported()
{
    QByteArray input = "id,name\n1,ok\n2,bad\xFF\xFE byte\n3,ok\n";
    CsvOptions options;
    options.encoding = u"UTF-8"_s;
    MemoryCsv csv(input, u"broken.csv"_s, options);
    CsvReader &reader = csv.reader;
    QVERIFY(reader.open());
    const auto result = readAll(reader);
    QVERIFY(!reader.hasError());
    QCOMPARE(result.rows.size(), 4);
    QVERIFY(result.rows[2][1].contains(QChar::ReplacementCharacter));
    QCOMPARE(result.rows[3][1], u"ok"_s); // the decoder recovers for the next field
    QCOMPARE(reader.issues().size(), 1);
    QCOMPARE(reader.issues().first().kind, cx::ReadIssue::Kind::ReplacedBytes);
    QCOMPARE(reader.issues().first().lines, QList<qint64>{3});
    QCOMPARE(reader.issues().first().detail, u"UTF-8"_s);
    QVERIFY(reader.issues().first().message.contains(u"broken.csv"_s));
}

void TestCsvReader::invalidUtf16IsReported()
{
    // A lone low surrogate (0xDC00) in the second row.
    QByteArray input = QByteArray("\xFF\xFE") + cx::EncodingDetector::encoder(u"UTF-16LE"_s).encode(u"a,b\n1,"_s)
        + QByteArray("\x00\xDC", 2) + cx::EncodingDetector::encoder(u"UTF-16LE"_s).encode(u"\n2,ok\n"_s);
    MemoryCsv csv(input, u"utf16.csv"_s);
    CsvReader &reader = csv.reader;
    QVERIFY(reader.open());
    const auto result = readAll(reader);
    QCOMPARE(result.rows.size(), 3);
    QCOMPARE(result.rows[2], QStringList({u"2"_s, u"ok"_s}));
    QCOMPARE(result.rows[1][1], QString(QChar::ReplacementCharacter));
    QCOMPARE(reader.issues().size(), 1);
    QCOMPARE(reader.issues().first().lines, QList<qint64>{2});
}

void TestCsvReader::unknownEncodingIsRefused()
{
    QByteArray input = "a,b\n";
    CsvOptions options;
    options.encoding = u"klingon-8"_s;
    MemoryCsv csv(input, u"x.csv"_s, options);
    CsvReader &reader = csv.reader;
    QVERIFY(!reader.open());
    QVERIFY(reader.errorString().contains(u"klingon-8"_s));
    cx::TableRow row;
    QVERIFY(!reader.readRow(row));
}

void TestCsvReader::unclosedQuoteAtEndIsReported()
{
    // Read as LibreOffice does: the quotation mark is text, the lines after it are rows.
    QByteArray input = "a,b\n1,\"open\n2,3\n";
    MemoryCsv csv(input, u"quote.csv"_s);
    CsvReader &reader = csv.reader;
    QVERIFY(reader.open());
    const auto result = readAll(reader);
    QVERIFY(!reader.hasError());
    QCOMPARE(result.summary, QStringList({u"1|a|b"_s, u"2|1|\"open"_s, u"3|2|3"_s}));
    const QList<cx::ReadIssue> issues = reader.issues();
    QCOMPARE(issues.size(), 1);
    QCOMPARE(issues.first().kind, cx::ReadIssue::Kind::UnclosedQuote);
    QCOMPARE(issues.first().lines, QList<qint64>{2});
    QCOMPARE(issues.first().rowsReread, 1);
    QVERIFY(issues.first().message.contains(u"quote.csv"_s));
}

void TestCsvReader::runawayQuoteIsReadAsText()
{
    // Longer than maxFieldBytes: given up before the end of the file, without buffering all of it.
    QByteArray input = "a,b\n1,2\n3,\"never closed\n";
    for (int i = 0; i < 20000; ++i)
        input += "filler,line\n";
    CsvOptions options;
    options.maxFieldBytes = 1024;
    MemoryCsv csv(input, u"runaway.csv"_s, options);
    CsvReader &reader = csv.reader;
    QVERIFY(reader.open());
    const auto result = readAll(reader);
    QVERIFY2(!reader.hasError(), qPrintable(reader.errorString()));
    QCOMPARE(result.rows.size(), 3 + 20000);
    QCOMPARE(result.summary.at(2), u"3|3|\"never closed"_s);
    QCOMPARE(result.summary.last(), u"20003|filler|line"_s);
    QCOMPARE(reader.issues().size(), 1);
    QCOMPARE(reader.issues().first().lines, QList<qint64>{3});
    QVERIFY(reader.issues().first().rowsReread > 0);
}

void TestCsvReader::rowWithoutLineEndStops()
{
    QByteArray input = "a,b\n" + QByteArray(5000, 'x');
    CsvOptions options;
    options.maxFieldBytes = 1024;
    MemoryCsv csv(input, u"oneline.csv"_s, options);
    CsvReader &reader = csv.reader;
    QVERIFY(reader.open());
    readAll(reader);
    QVERIFY(reader.hasError());
    QVERIFY2(reader.errorString().contains(u"oneline.csv, line 2"_s), qPrintable(reader.errorString()));
}

void TestCsvReader::repairs_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QStringList>("expected"); // "line|cell|cell..."
    QTest::addColumn<QString>("issues");       // "kind:line,line;..." in order, kinds as numbers

    using Kind = cx::ReadIssue::Kind;
    const auto kind = [](Kind k, const char *lines) { return QString::number(int(k)) + u':' + QLatin1StringView(lines); };

    QTest::newRow("text after closing quote") << u"a,b\n\"618\"大促,x\n"_s.toUtf8()
                                              << QStringList{u"1|a|b"_s, u"2|618大促|x"_s}
                                              << kind(Kind::StrayQuoteJoined, "2");
    QTest::newRow("spaces before the joined text") << QByteArray("a,b\n\"p\" q ,x\n") << QStringList{u"1|a|b"_s, u"2|p q|x"_s}
                                                   << kind(Kind::StrayQuoteJoined, "2");
    QTest::newRow("quotes inside an unquoted field are text") << QByteArray("a,b\n5\"x\"y,z\n")
                                                              << QStringList{u"1|a|b"_s, u"2|5\"x\"y|z"_s} << QString();
    QTest::newRow("spaces after closing quote") << QByteArray("a,b\n\"x\"  ,y\n") << QStringList{u"1|a|b"_s, u"2|x|y"_s}
                                                << QString();
    QTest::newRow("unclosed, closed by a later field") << QByteArray("a,b\n1,\"x\n2,\"y\"\n3,z\n")
                                                       << QStringList{u"1|a|b"_s, u"2|1|\"x"_s, u"3|2|y"_s, u"4|3|z"_s}
                                                       << kind(Kind::UnclosedQuote, "2");
    QTest::newRow("unclosed on the last line without line end") << QByteArray("a,b\n1,\"x")
                                                                << QStringList{u"1|a|b"_s, u"2|1|\"x"_s}
                                                                << kind(Kind::UnclosedQuote, "2");
    QTest::newRow("unclosed in a row that began lines earlier")
        << QByteArray("a,b,c\n\"l1\nl2\",\"open\n4,5,6\n") << QStringList{u"1|a|b|c"_s, u"2|l1\nl2|\"open"_s, u"4|4|5|6"_s}
        << kind(Kind::UnclosedQuote, "3");
    QTest::newRow("legitimate line breaks stay") << QByteArray("a,b\n1,\"x\ny, z\"\n2,w\n")
                                                 << QStringList{u"1|a|b"_s, u"2|1|x\ny, z"_s, u"4|2|w"_s} << QString();
    QTest::newRow("NUL in unquoted, quoted and blank rows")
        << QByteArray("a,b\n1,x\0y\n\0\n2,\"p\0q\"\n", 20) << QStringList{u"1|a|b"_s, u"2|1|xy"_s, u"4|2|pq"_s}
        << kind(Kind::NulBytesStripped, "2,3,4");
    QTest::newRow("several kinds") << QByteArray("a,b\n\"1\"2,\"x\n3,4\n")
                                   << QStringList{u"1|a|b"_s, u"2|12|\"x"_s, u"3|3|4"_s}
                                   << kind(Kind::StrayQuoteJoined, "2") + u';' + kind(Kind::UnclosedQuote, "2");
}

void TestCsvReader::repairs()
{
    QFETCH(QByteArray, input);
    QFETCH(QStringList, expected);
    QFETCH(QString, issues);

    MemoryCsv csv(input, u"repairs.csv"_s);
    CsvReader &reader = csv.reader;
    QVERIFY(reader.open());
    QCOMPARE(readAll(reader).summary, expected);
    QVERIFY(!reader.hasError());
    QStringList found;
    for (const cx::ReadIssue &issue : reader.issues()) {
        QStringList lines;
        for (qint64 line : issue.lines)
            lines << QString::number(line);
        found << QString::number(int(issue.kind)) + u':' + lines.join(u',');
        QVERIFY(issue.message.contains(u"repairs.csv"_s));
    }
    QCOMPARE(found.join(u';'), issues);
}

namespace {

QList<QStringList> jsonRows(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QList<QStringList> rows;
    for (const QJsonValue &row : QJsonDocument::fromJson(file.readAll()).array()) {
        QStringList cells;
        for (const QJsonValue &cell : row.toArray())
            cells << cell.toString();
        rows << cells;
    }
    return rows;
}

} // namespace

void TestCsvReader::strayQuoteReadAsPythonDoes()
{
    const QString path = QFINDTESTDATA("data/stray_quote.csv");
    const QList<QStringList> python = jsonRows(QFINDTESTDATA("data/stray_quote.python.json"));
    QVERIFY(!python.isEmpty());
    CsvReader reader(path);
    QVERIFY(reader.open());
    const auto result = readAll(reader);
    QCOMPARE(result.rows, python);
    QCOMPARE(result.lines, QList<qint64>({1, 2, 3, 4, 5, 7}));
    QCOMPARE(reader.issues().size(), 1);
    const cx::ReadIssue issue = reader.issues().first();
    QCOMPARE(issue.kind, cx::ReadIssue::Kind::StrayQuoteJoined);
    QCOMPARE(issue.count, 2);
    QCOMPARE(issue.lines, QList<qint64>({2, 4}));
    QVERIFY2(issue.message.startsWith(u"stray_quote.csv: in 2 "_s), qPrintable(issue.message));
}

void TestCsvReader::unclosedQuoteReadAsLibreOfficeDoes()
{
    const QString path = QFINDTESTDATA("data/unclosed_quote.csv");
    const QList<QStringList> libreOffice = jsonRows(QFINDTESTDATA("data/unclosed_quote.libreoffice.json"));
    QVERIFY(!libreOffice.isEmpty());
    CsvReader reader(path);
    QVERIFY(reader.open());
    auto result = readAll(reader);
    for (QStringList &row : result.rows) // LibreOffice turns CRLF inside a cell into LF
        row.replaceInStrings(u"\r\n"_s, u"\n"_s);
    QCOMPARE(result.rows, libreOffice);
    QCOMPARE(result.lines, QList<qint64>({1, 2, 3, 4, 5, 7, 8, 9}));
    QCOMPARE(reader.issues().size(), 1);
    const cx::ReadIssue issue = reader.issues().first();
    QCOMPARE(issue.kind, cx::ReadIssue::Kind::UnclosedQuote);
    QCOMPARE(issue.lines, QList<qint64>({3, 8}));
    QCOMPARE(issue.rowsReread, 2 + 1); // lines 4-5 up to the quotation mark that closed it, and line 9
}

void TestCsvReader::nulBytesAreStripped()
{
    CsvReader reader(QFINDTESTDATA("data/nul_bytes.csv"));
    QVERIFY(reader.open());
    const auto result = readAll(reader);
    QVERIFY(!reader.hasError());
    QCOMPARE(result.summary, QStringList({u"1|id|name|note"_s, u"2|1|abc|ok"_s, u"3|2||xy"_s, u"4|3|plain|text"_s}));
    QCOMPARE(reader.issues().size(), 1);
    const cx::ReadIssue issue = reader.issues().first();
    QCOMPARE(issue.kind, cx::ReadIssue::Kind::NulBytesStripped);
    QCOMPARE(issue.lines, QList<qint64>({2, 3, 5})); // line 5: the NUL padding after the last row
    QVERIFY(issue.message.contains(u"nul_bytes.csv"_s));
}

void TestCsvReader::issuesAreAggregated()
{
    // 100,000 rows with an undecodable byte make one issue naming the first ten lines.
    QByteArray input = "id,text\n";
    for (int i = 0; i < 100000; ++i)
        input += QByteArray::number(i) + ",bad\xFF\n";
    CsvOptions options;
    options.encoding = u"UTF-8"_s;
    MemoryCsv csv(input, u"many.csv"_s, options);
    CsvReader &reader = csv.reader;
    QVERIFY(reader.open());
    QCOMPARE(readAll(reader).rows.size(), 100001);
    const QList<cx::ReadIssue> issues = reader.issues();
    QCOMPARE(issues.size(), 1);
    QCOMPARE(issues.first().count, 100000);
    QCOMPARE(issues.first().lines, QList<qint64>({2, 3, 4, 5, 6, 7, 8, 9, 10, 11}));
    // Plural forms come from the catalogue, which tests do not load.
    const QString message = issues.first().message;
    QVERIFY2(message.contains(u"many.csv: 100000 "_s), qPrintable(message));
    QVERIFY2(message.contains(u"not valid UTF-8"_s), qPrintable(message));
    QVERIFY2(message.contains(u" 2, 3, 4, 5, 6, 7, 8, 9, 10, 11 and 99990 "_s), qPrintable(message));
}

void TestCsvReader::missingFileNamesFile()
{
    CsvReader reader(u"/nonexistent/folder/missing.csv"_s);
    QVERIFY(!reader.open());
    QVERIFY(reader.hasError());
    QVERIFY(reader.errorString().contains(u"missing.csv"_s));
}

void TestCsvReader::workbookIsRefused_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QString>("hint");
    QTest::newRow("xlsx") << QByteArray("PK\x03\x04rest of a zip", 18) << u".xlsx"_s;
    QTest::newRow("xls") << QByteArray("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1") << u".xls"_s;
}

void TestCsvReader::workbookIsRefused()
{
    QFETCH(QByteArray, input);
    QFETCH(QString, hint);
    MemoryCsv csv(input, u"export.csv"_s);
    CsvReader &reader = csv.reader;
    QVERIFY(!reader.open());
    QVERIFY(reader.errorString().contains(u"export.csv"_s));
    QVERIFY2(reader.errorString().contains(hint), qPrintable(reader.errorString()));
}

void TestCsvReader::rowsAcrossChunkBoundaries()
{
    // About 3 MB: rows straddle the 64 KiB parse slices and 1 MiB read chunks,
    // including CRLF pairs and quoted line breaks split between them.
    QRandomGenerator random(20240501);
    QByteArray input = "id,text,city\r\n";
    QStringList expected{u"1|id|text|city"_s};
    qint64 line = 2;
    for (int i = 0; input.size() < 3 * 1024 * 1024; ++i) {
        const int width = int(random.bounded(1, 120));
        QString text = QString(width, QChar(u'网' + i % 50));
        qint64 breaks = 0;
        if (i % 7 == 0) {
            text += u"\r\n第二行"_s;
            breaks = 1;
        }
        if (i % 11 == 0)
            text += u"，含\"\"引号"_s;
        const QString quoted = u"\""_s + text + u"\""_s;
        input += (QString::number(i) + u',' + quoted + u",深圳\r\n"_s).toUtf8();
        QString cell = text;
        cell.replace(u"\"\""_s, u"\""_s);
        expected.append(QString::number(line) + u'|' + QString::number(i) + u'|' + cell + u"|深圳"_s);
        line += 1 + breaks;
        if (i % 13 == 0) { // blank line
            input += "\r\n";
            ++line;
        }
    }
    QTemporaryDir dir;
    const QString path = dir.filePath(u"big.csv"_s);
    QVERIFY(cx::test::writeFile(path, input));
    CsvReader reader(path);
    QVERIFY(reader.open());
    const auto result = readAll(reader);
    QVERIFY(!reader.hasError());
    QCOMPARE(result.summary.size(), expected.size());
    for (qsizetype i = 0; i < expected.size(); ++i)
        QCOMPARE(result.summary[i], expected[i]);
    QCOMPARE(reader.progressBytes(), qint64(input.size()));
    QCOMPARE(reader.totalBytes(), qint64(input.size()));
}

void TestCsvReader::readsFromDevice()
{
    QByteArray input = "a;b\n1;2\n";
    QBuffer buffer(&input);
    QVERIFY(buffer.open(QIODevice::ReadOnly));
    CsvReader reader(&buffer, u"memory"_s);
    QVERIFY(reader.open());
    QCOMPARE(reader.delimiter(), ';');
    QCOMPARE(readAll(reader).rows, QList<QStringList>({{u"a"_s, u"b"_s}, {u"1"_s, u"2"_s}}));
}

void TestCsvReader::sniffDelimiter_data()
{
    QTest::addColumn<QByteArray>("sample");
    QTest::addColumn<char>("delimiter");
    QTest::newRow("comma") << QByteArray("a,b,c\n1,2,3\n") << ',';
    QTest::newRow("semicolon with decimal commas") << QByteArray("a;b;c\n1,5;2,5;3\n4;5;6\n") << ';';
    QTest::newRow("tab") << QByteArray("a\tb\tc\n1\t2\t3\n") << '\t';
    QTest::newRow("title row above header") << u"标题\n工单号;地市;内容\n1;深圳;好\n2;广州;差\n"_s.toUtf8() << ';';
    QTest::newRow("quoted delimiters do not count")
        << QByteArray("a,b\n\"x;y;z\",1\n\"p;q;r\",2\n") << ',';
    QTest::newRow("single column") << QByteArray("a\nb\nc\n") << ',';
    QTest::newRow("cut last line") << QByteArray("a;b\n1;2\n3;4;5;6;7;8") << ';';
}

void TestCsvReader::sniffDelimiter()
{
    QFETCH(QByteArray, sample);
    QFETCH(char, delimiter);
    QCOMPARE(CsvReader::sniffDelimiter(sample), delimiter);
}

void TestCsvReader::tableRowCells()
{
    cx::TableRow row;
    row.setPosition(7, 99);
    row.appendCell(u"甲"_s);
    row.appendCell({});
    row.appendCell(u"丙丁"_s);
    QCOMPARE(row.size(), 3);
    QCOMPARE(row.line(), 7);
    QCOMPARE(row.byteOffset(), 99);
    QCOMPARE(row.cell(0), u"甲"_s);
    QVERIFY(row.cell(1).isEmpty());
    QCOMPARE(row.cell(2), u"丙丁"_s);
    QVERIFY(row.cell(3).isEmpty());
    QVERIFY(row.cell(-1).isEmpty());
    QVERIFY(!row.isBlank());
    row.clear();
    row.appendCell({});
    QVERIFY(row.isBlank());
    QCOMPARE(row.size(), 1);
}

void TestCsvReader::lazyUtf8Cells()
{
    cx::TableRow row;
    row.appendUtf8Cell(QByteArrayView("2024-03-05"));
    row.appendCell(u"已解码"_s);
    row.appendUtf8Cell(QByteArrayView("看视频一直转圈"));
    row.appendUtf8Cell(QByteArrayView(""));
    QCOMPARE(row.size(), 4);
    QVERIFY(!row.isBlank());
    QCOMPARE(row.utf8Cell(0), QByteArrayView("2024-03-05"));
    QVERIFY(row.utf8Cell(1).isNull()); // given as text
    QCOMPARE(row.utf8Cell(2), QByteArrayView("看视频一直转圈"));

    // A view handed out stays valid while later cells are decoded.
    const QStringView first = row.cell(0);
    QCOMPARE(row.cell(2), u"看视频一直转圈"_s);
    QCOMPARE(row.cell(1), u"已解码"_s);
    QCOMPARE(first, u"2024-03-05"_s);
    QVERIFY(row.cell(3).isEmpty());
    QCOMPARE(row.toStringList(), (QStringList{u"2024-03-05"_s, u"已解码"_s, u"看视频一直转圈"_s, QString()}));

    row.clear();
    row.appendUtf8Cell(QByteArrayView(""));
    QVERIFY(row.isBlank());
}

void TestCsvReader::utf8FieldsKeepTheirBytes()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"bytes.csv"_s);
    // Row 2 holds a byte that is not UTF-8: that cell is decoded (with U+FFFD), the others keep their bytes.
    QVERIFY(cx::test::writeFile(path, QByteArray("id,text\n1,深圳南山区\n2,bad\xFF!\n")));
    cx::CsvReader::Options options;
    options.encoding = u"UTF-8"_s; // the stray byte alone would make detection choose GB18030
    cx::CsvReader reader(path, options);
    QVERIFY(reader.open());
    cx::TableRow row;
    QVERIFY(reader.readRow(row));
    QVERIFY(reader.readRow(row));
    QCOMPARE(row.utf8Cell(1), QByteArrayView("深圳南山区"));
    QCOMPARE(row.cell(1), u"深圳南山区"_s);
    QVERIFY(reader.readRow(row));
    QCOMPARE(row.utf8Cell(0), QByteArrayView("2"));
    QVERIFY(row.utf8Cell(1).isNull());
    QCOMPARE(row.cell(1), u"bad\uFFFD!"_s);
    QCOMPARE(reader.issues().size(), 1);
}

void TestCsvReader::sharedGbkComplaints()
{
    CX_REQUIRE_SHARED_DATA(dir);
    const QString path = dir + u"/complaints_2024H1_gbk.csv"_s;
    CsvReader reader(path);
    QVERIFY2(reader.open(), qPrintable(reader.errorString()));
    QCOMPARE(reader.encoding().encoding, u"GB18030"_s);
    QCOMPARE(reader.encoding().bomLength, 0);
    QCOMPARE(reader.delimiter(), ',');
    const auto result = readAll(reader);
    QVERIFY2(!reader.hasError(), qPrintable(reader.errorString()));
    QVERIFY(reader.issues().isEmpty());
    QCOMPARE(result.rows.size(), 12501);
    QCOMPARE(result.rows.first().first(), u"工单流水号"_s);
    QCOMPARE(result.rows.first().size(), 20);
    QVERIFY(result.rows.first().contains(u"投诉内容"_s));

    // Every row starts on the line after the previous row's last line.
    int rowsWithBreaks = 0;
    for (qsizetype i = 0; i < result.rows.size(); ++i) {
        QCOMPARE(result.rows[i].size(), 20);
        const qint64 breaks = lineBreaksIn(result.rows[i]);
        rowsWithBreaks += breaks > 0;
        if (i + 1 < result.rows.size())
            QCOMPARE(result.lines[i + 1], result.lines[i] + 1 + breaks);
    }
    QVERIFY(rowsWithBreaks > 1000);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(result.lines.last() + lineBreaksIn(result.rows.last()), physicalLines(file.readAll()));
    QCOMPARE(result.rows[1][1], u"2024/1/1 0:23:03"_s);
}

void TestCsvReader::sharedUtf8BomComplaints()
{
    CX_REQUIRE_SHARED_DATA(dir);
    CsvReader reader(dir + u"/complaints_2024H2_utf8bom.csv"_s);
    QVERIFY2(reader.open(), qPrintable(reader.errorString()));
    QCOMPARE(reader.encoding().encoding, u"UTF-8"_s);
    QCOMPARE(reader.encoding().bomLength, 3);
    const auto result = readAll(reader);
    QVERIFY(!reader.hasError());
    QCOMPARE(result.rows.size(), 12001);
    QCOMPARE(result.rows.first().first(), u"工单流水号"_s);
    for (const QStringList &row : result.rows)
        QCOMPARE(row.size(), 20);
    QCOMPARE(result.rows[1][0], u"GD202407040012209"_s);
    QCOMPARE(result.rows[1][13], u"在APP上办理咪咕视频一直提示系统繁忙\n客户情绪激动，要求尽快处理，否则向工信部投诉"_s);
    QCOMPARE(result.lines[2], 4);
}

QTEST_GUILESS_MAIN(TestCsvReader)
#include "tst_csvreader.moc"
