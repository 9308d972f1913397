// How the XML of sheets is read: text forms, refused document types, the
// repairs the reader reports, and sheets cut into blocks of rows that are
// parsed side by side (SheetSplitter), which must read exactly as one piece.
#include "io/xlsxreader.h"
#include "io/xlsxsplitter.h"
#include "readall.h"
#include "xlsxfixture.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

#include <algorithm>

using namespace Qt::StringLiterals;
using cx::XlsxReader;
using cx::test::readAll;
using cx::xlsx::SheetSplitter;
using ReadAllResult = cx::test::ReadAll;

namespace {

const QByteArray kStyles = R"(<?xml version="1.0" encoding="UTF-8"?>
<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">
<cellXfs count="2"><xf numFmtId="0"/><xf numFmtId="14"/></cellXfs></styleSheet>)";

const QByteArray kSharedStrings = R"(<?xml version="1.0" encoding="UTF-8"?>
<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="2" uniqueCount="2">
<si><t>共享</t></si><si><t>第二</t></si></sst>)";

const QByteArray kMainNs = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

QString writeBook(const QTemporaryDir &dir, const QString &name, const QList<cx::test::SheetXml> &sheets)
{
    const QString path = dir.filePath(name);
    return cx::test::writeZip(path, cx::test::workbookEntries(sheets, kSharedStrings, kStyles)) ? path : QString();
}

// A whole worksheet part around @p rows, each row on a line of its own.
QByteArray worksheet(const QByteArray &rows, const QByteArray &prefix = {})
{
    const QByteArray p = prefix.isEmpty() ? QByteArray() : prefix + ':';
    const QByteArray ns = prefix.isEmpty() ? "xmlns" : "xmlns:" + prefix;
    return "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<" + p + "worksheet " + ns + "=\""
        + kMainNs + "\">\n<" + p + "sheetData>\n" + rows + "</" + p + "sheetData>\n<" + p
        + "mergeCells count=\"1\"><" + p + "mergeCell ref=\"A1:B1\"/></" + p + "mergeCells>\n</" + p
        + "worksheet>\n";
}

// Rows with markup a naive cut would trip over: comments, CDATA and
// instructions holding "</row>", ">" and "/>" in attribute values, empty rows.
QByteArray trickyRows(int count)
{
    QByteArray rows;
    for (int r = 1; r <= count; ++r) {
        const QByteArray n = QByteArray::number(r);
        if (r % 7 == 0)
            rows += "<!-- </row><row r=\"999\"> -->\n";
        if (r % 11 == 0)
            rows += "<?note </row> ?>\n";
        if (r % 5 == 0) {
            rows += "<row r=\"" + n + "\"/>\n";
            continue;
        }
        rows += "<row r=\"" + n + "\" x=\"a>b/>\"><c r=\"A" + n + "\" t=\"inlineStr\"><is><t><![CDATA[</row>"
            + n + "]]></t></is></c><c r=\"B" + n + "\"><v>" + n + "</v></c></row>\n";
    }
    return rows;
}

// Plain rows (looked through for their end tag), text with "!" and "?", and
// now and then a row inside a row, which is well-formed XML all the same.
QByteArray plainRows(int count)
{
    QByteArray rows;
    for (int r = 1; r <= count; ++r) {
        const QByteArray n = QByteArray::number(r);
        const QByteArray cells = "<c r=\"A" + n + "\" t=\"inlineStr\"><is><t>谢谢! 为什么? a&lt;b</t></is></c><c r=\"B" + n
            + "\" s=\"1\"><v>" + n + "</v></c>";
        rows += r % 9 == 0 ? "<row r=\"" + n + "\"><row>" + cells + "</row></row>" : "<row r=\"" + n + "\">" + cells + "</row>";
    }
    return rows;
}

} // namespace

class TestXlsxSheets : public QObject
{
    Q_OBJECT

    // The sheet in one piece on one parser, and in blocks on three.
    static void parseThreads()
    {
        QTest::addColumn<int>("threads");
        QTest::newRow("one parser") << 1;
        QTest::newRow("three parsers") << 3;
    }
    static cx::XlsxOptions options()
    {
        QFETCH(int, threads);
        cx::XlsxOptions options;
        options.parseThreads = threads;
        return options;
    }

private Q_SLOTS:
    void splitterCuts_data();
    void splitterCuts();
    void blocksReadAsOnePiece_data() { parseThreads(); }
    void blocksReadAsOnePiece();
    void errorInALaterBlock_data() { parseThreads(); }
    void errorInALaterBlock();
    void columnLimitInALaterBlock_data() { parseThreads(); }
    void columnLimitInALaterBlock();
    void damagedArchive_data() { parseThreads(); }
    void damagedArchive();
    void repairsAreCounted();
    void textForms();
    void documentTypeRefused_data();
    void documentTypeRefused();
};

void TestXlsxSheets::splitterCuts_data()
{
    QTest::addColumn<QByteArray>("xml");
    QTest::addColumn<bool>("cuts");
    QTest::newRow("plain rows") << worksheet(plainRows(60)) << true;
    QTest::newRow("markup that looks like row ends") << worksheet(trickyRows(60)) << true;
    QTest::newRow("prefixed elements") << worksheet(trickyRows(60), "x") << true;
    QTest::newRow("no declaration") << worksheet(trickyRows(60)).sliced(56) << true;
    QByteArray doctype = worksheet(trickyRows(60));
    doctype.insert(56, "<!DOCTYPE worksheet>\n");
    QTest::newRow("document type: not followed") << doctype << false;
    QByteArray gbk = worksheet(trickyRows(60));
    gbk.replace("UTF-8", "GBK");
    QTest::newRow("declared GBK: not followed") << gbk << false;
    const QString text = QString::fromUtf8(worksheet(trickyRows(60)).replace("UTF-8", "UTF-16"));
    QTest::newRow("UTF-16: not followed")
        << QByteArray(reinterpret_cast<const char *>(text.utf16()), text.size() * 2) << false;
}

void TestXlsxSheets::splitterCuts()
{
    QFETCH(QByteArray, xml);
    QFETCH(bool, cuts);
    // Fed in pieces of several sizes, cut into small blocks: the blocks add
    // up to the document, and each is a well-formed document with its
    // prefix and suffix (checked by another parser than the reader's).
    for (const qsizetype piece : {qsizetype(1), qsizetype(7), qsizetype(300), xml.size()}) {
        SheetSplitter splitter(40, 250);
        QList<SheetSplitter::Block> blocks;
        for (qsizetype at = 0; at < xml.size(); at += piece)
            splitter.append(QByteArrayView(xml).sliced(at, qMin(piece, xml.size() - at)),
                            [&](SheetSplitter::Block &&block) { blocks.append(std::move(block)); });
        const qsizetype cut = blocks.size();
        blocks.append(splitter.finish());
        QCOMPARE(cut > 0, cuts);
        if (cuts)
            QVERIFY2(cut > 5, qPrintable(QString::number(cut)));

        QByteArray joined;
        qint64 line = 1;
        for (qsizetype i = 0; i < blocks.size(); ++i) {
            const SheetSplitter::Block &block = blocks[i];
            QCOMPARE(block.offset, joined.size());
            QCOMPARE(block.firstLine, line);
            QCOMPARE(block.prefix.isEmpty(), i == 0);
            joined += block.bytes;
            line += block.bytes.count('\n');
            if (!cuts)
                continue;
            const QByteArray document = block.prefix + block.bytes + (i + 1 < blocks.size() ? splitter.suffix() : "");
            QXmlStreamReader check(document);
            int rows = 0;
            while (!check.atEnd()) {
                check.readNext();
                rows += check.isStartElement() && check.name() == "row"_L1;
            }
            QVERIFY2(!check.hasError(), qPrintable(check.errorString() + u" in block "_s + QString::number(i)));
            QVERIFY(rows > 0 || i + 1 == blocks.size());
            if (i + 1 < blocks.size())
                QVERIFY(block.bytes.endsWith("</row>") || block.bytes.endsWith("</x:row>")
                        || block.bytes.endsWith("/>"));
        }
        QCOMPARE(joined, xml);
    }
}

void TestXlsxSheets::blocksReadAsOnePiece()
{
    // About 3 MB of sheet XML: many blocks, parsed side by side. Rows without
    // a number of their own follow the row before, also across blocks.
    QByteArray rows;
    QStringList expected;
    qint64 number = 0;
    for (int i = 0; i < 40000; ++i) {
        const bool numbered = i % 3 != 1;
        number += numbered && i % 10 == 0 ? 2 : 1;
        const QByteArray n = QByteArray::number(number);
        const QByteArray r = numbered ? " r=\"" + n + "\"" : QByteArray();
        if (i % 1000 == 999)
            rows += "<!-- </row> -->";
        rows += "<row" + r + "><c t=\"inlineStr\"><is><t><![CDATA[a</row>]]>" + n + "</t></is></c><c t=\"s\"><v>"
            + (i % 4000 == 3999 ? "7" : "0") + "</v></c><c s=\"1\"><v>45356</v></c></row>\n";
        const QString text = QString::fromLatin1(n);
        expected.append(text + u"|a</row>"_s + text + (i % 4000 == 3999 ? u"||2024-03-05"_s : u"|共享|2024-03-05"_s));
    }
    QTemporaryDir dir;
    const QString path = dir.filePath(u"blocks.xlsx"_s);
    auto entries = cx::test::workbookEntries({{u"明细"_s, {}}}, kSharedStrings, kStyles);
    entries.last().second = worksheet(rows);
    QVERIFY(cx::test::writeZip(path, entries));

    XlsxReader reader(path, options());
    QVERIFY(reader.open());
    QVERIFY(reader.totalBytes() > 3 * 1024 * 1024);
    const auto result = readAll(reader);
    QVERIFY2(!reader.hasError(), qPrintable(reader.errorString()));
    QCOMPARE(result.summary.size(), expected.size());
    for (qsizetype i = 0; i < expected.size(); ++i)
        QCOMPARE(result.summary[i], expected[i]);
    QCOMPARE(reader.progressBytes(), reader.totalBytes());
    // Ten missing shared strings, in rows of several blocks, named by their numbers.
    QCOMPARE(reader.issues().size(), 1);
    const cx::ReadIssue issue = reader.issues().first();
    QCOMPARE(issue.kind, cx::ReadIssue::Kind::MissingSharedString);
    QCOMPARE(issue.count, 10);
    QList<qint64> lines;
    for (qsizetype i = 3999; i < expected.size(); i += 4000)
        lines.append(expected[i].section(u'|', 0, 0).toLongLong());
    QCOMPARE(issue.lines, lines);
}

void TestXlsxSheets::errorInALaterBlock()
{
    // A row far down is not well-formed: the rows before it arrive, then the
    // error, with the XML line of the whole part and the last row read.
    QByteArray rows;
    for (int r = 1; r <= 30000; ++r) {
        const QByteArray n = QByteArray::number(r);
        rows += r == 25000 ? "<row r=\"" + n + "\"><c><v>1</v></row>\n"
                           : "<row r=\"" + n + "\"><c><v>" + n + "</v></c><c t=\"inlineStr\"><is><t>第" + n
                + "行的文本</t></is></c></row>\n";
    }
    QTemporaryDir dir;
    const QString path = dir.filePath(u"broken.xlsx"_s);
    auto entries = cx::test::workbookEntries({{u"S"_s, {}}}, kSharedStrings, kStyles);
    entries.last().second = worksheet(rows);
    QVERIFY(cx::test::writeZip(path, entries));
    XlsxReader reader(path, options());
    QVERIFY(reader.open());
    const auto result = readAll(reader);
    QCOMPARE(result.rows.size(), 24999);
    QCOMPARE(result.lines.last(), 24999);
    QVERIFY(reader.hasError());
    const QString error = reader.errorString();
    QVERIFY2(error.contains(u"not well-formed"_s), qPrintable(error));
    QVERIFY2(error.contains(u"XML line 25003"_s), qPrintable(error)); // declaration, root, sheetData before row 1
    QVERIFY2(error.contains(u"after row 25000"_s), qPrintable(error));
}

void TestXlsxSheets::columnLimitInALaterBlock()
{
    QByteArray rows;
    for (int r = 1; r <= 30000; ++r) {
        const QByteArray n = QByteArray::number(r);
        // Row numbers left out: they follow from the rows before, across blocks.
        rows += r == 26000 ? "<row><c r=\"XFE" + n + "\"><v>1</v></c></row>\n"
                           : "<row><c><v>" + n + "</v></c><c t=\"inlineStr\"><is><t>第" + n + "行的文本</t></is></c></row>\n";
    }
    QTemporaryDir dir;
    const QString path = dir.filePath(u"wide.xlsx"_s);
    auto entries = cx::test::workbookEntries({{u"S"_s, {}}}, kSharedStrings, kStyles);
    entries.last().second = worksheet(rows);
    QVERIFY(cx::test::writeZip(path, entries));
    XlsxReader reader(path, options());
    QVERIFY(reader.open());
    const auto result = readAll(reader);
    QCOMPARE(result.rows.size(), 25999);
    QCOMPARE(result.lines.last(), 25999);
    QVERIFY(reader.hasError());
    QVERIFY2(reader.errorString().contains(u"row 26000: a cell lies beyond column 16384"_s),
             qPrintable(reader.errorString()));
}

void TestXlsxSheets::damagedArchive()
{
    // A stored sheet of several blocks with a byte changed far down: every
    // row arrives (the XML still reads), then the archive's checksum fails.
    QByteArray rows;
    for (int r = 1; r <= 20000; ++r)
        rows += "<row r=\"" + QByteArray::number(r) + "\"><c><v>" + QByteArray::number(r * 10) + "</v></c></row>\n";
    QTemporaryDir dir;
    const QString path = dir.filePath(u"crc.xlsx"_s);
    auto entries = cx::test::workbookEntries({{u"S"_s, {}}}, kSharedStrings, kStyles);
    entries.last().second = worksheet(rows);
    QVERIFY(cx::test::writeZip(path, entries, true));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadWrite));
    QByteArray bytes = file.readAll();
    const qsizetype at = bytes.indexOf("<v>180000</v>");
    QVERIFY(at > 0);
    bytes[at + 4] = '9';
    file.seek(0);
    file.write(bytes);
    file.close();

    XlsxReader reader(path, options());
    QVERIFY(reader.open());
    const auto result = readAll(reader);
    QCOMPARE(result.rows.size(), 20000);
    QCOMPARE(result.rows[17999].first(), u"190000"_s);
    QVERIFY(reader.hasError());
    QVERIFY2(reader.errorString().contains(u"checksum"_s), qPrintable(reader.errorString()));
    QVERIFY2(reader.errorString().contains(u"after row 20000"_s), qPrintable(reader.errorString()));
}

void TestXlsxSheets::repairsAreCounted()
{
    // One issue per kind of repair, with the rows it happened in (each once)
    // and the first of them, however often it happens.
    QByteArray sheet = R"(<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>5</v></c></row>)"
                       R"(<row r="2"><c r="B2"><v>1</v></c><c r="A2"><v>2</v></c></row>)"
                       R"(<row r="3"><c r="A3" t="x"><v>7</v></c><c r="B3" t="s"><v>-1</v></c></row>)"
                       R"(<row r="4"><c r="??"><v>3</v></c></row>)"
                       R"(<row r="zz"><c><v>4</v></c></row>)";
    for (int r = 6; r <= 12; ++r) {
        const QByteArray n = QByteArray::number(r);
        sheet += "<row r=\"" + n + "\"><c r=\"A" + n + "\" t=\"s\"><v>9</v></c><c r=\"B" + n + "\"><v>" + n
            + "</v></c></row>";
    }
    sheet += R"(<row r="13"><c r="A13" t="s"><v>99</v></c></row>)"; // blank then, and skipped, but repaired
    QTemporaryDir dir;
    const QString path = writeBook(dir, u"repairs.xlsx"_s, {{u"明细"_s, sheet}});
    XlsxReader reader(path);
    QVERIFY(reader.open());
    const auto result = readAll(reader);
    QVERIFY2(!reader.hasError(), qPrintable(reader.errorString()));
    QCOMPARE(result.summary.mid(0, 6), QStringList({u"1|共享"_s, u"2||1|2"_s, u"3|7"_s, u"4|3"_s, u"5|4"_s,
                                                    u"6||6"_s}));
    QCOMPARE(result.rows.size(), 12);

    const auto check = [&](cx::ReadIssue::Kind kind, qint64 count, const QList<qint64> &lines) {
        const QList<cx::ReadIssue> issues = reader.issues();
        QCOMPARE(issues.size(), 4);
        const auto issue = std::find_if(issues.begin(), issues.end(), [&](const cx::ReadIssue &i) { return i.kind == kind; });
        QVERIFY(issue != issues.end());
        QCOMPARE(issue->sheet, u"明细"_s);
        QCOMPARE(issue->count, count);
        QCOMPARE(issue->lines, lines);
        QVERIFY2(issue->message.contains(u"repairs.xlsx, sheet \"明细\""_s), qPrintable(issue->message));
        QVERIFY2(issue->message.contains(QString::number(lines.first())), qPrintable(issue->message));
    };
    using Kind = cx::ReadIssue::Kind;
    check(Kind::MissingSharedString, 10, {1, 3, 6, 7, 8, 9, 10, 11, 12, 13});
    check(Kind::UnknownCellType, 1, {3});      // t="x"
    check(Kind::CellOutOfOrder, 1, {2});       // A2 after B2
    check(Kind::UnreadableReference, 2, {4, 5}); // r="??" and r="zz"

    // Reading the sheet again counts afresh.
    QVERIFY(reader.selectSheet(0));
    readAll(reader);
    check(Kind::MissingSharedString, 10, {1, 3, 6, 7, 8, 9, 10, 11, 12, 13});
}

void TestXlsxSheets::textForms()
{
    // CDATA, character and entity references, escaped surrogates, and an
    // ampersand in an attribute (the sheet name).
    const QByteArray sheet =
        R"(<row r="1"><c t="inlineStr"><is><t><![CDATA[a<b & c]]></t></is></c>)"
        R"(<c t="inlineStr"><is><t>&#24037;&#x5355; &amp;&lt;&gt;&quot;&apos;</t></is></c>)"
        R"(<c t="inlineStr"><is><t>_xD83D__xDE00_ _xD800_ _x005F_x0041_ _x41_</t></is></c>)"
        R"(<c t="str"><v>第一行
第二行</v></c></row>)";
    QTemporaryDir dir;
    const QString path = writeBook(dir, u"text.xlsx"_s, {{u"研发&amp;测试"_s, sheet}});
    XlsxReader reader(path);
    QVERIFY2(reader.open(), qPrintable(reader.errorString()));
    QCOMPARE(reader.sheetNames(), QStringList{u"研发&测试"_s});
    const auto result = readAll(reader);
    QVERIFY2(!reader.hasError(), qPrintable(reader.errorString()));
    QCOMPARE(result.rows.size(), 1);
    QCOMPARE(result.rows[0], QStringList({u"a<b & c"_s, u"工单 &<>\"'"_s,
                                          u"\U0001F600 \uFFFD _x0041_ _x41_"_s, u"第一行\n第二行"_s}));
}

void TestXlsxSheets::documentTypeRefused_data()
{
    QTest::addColumn<QString>("part");
    QTest::addColumn<QByteArray>("content");
    const QByteArray laughs = R"(<?xml version="1.0"?><!DOCTYPE worksheet [<!ENTITY a "ha">)"
                              R"(<!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">)"
                              R"(<!ENTITY d "&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;"><!ENTITY e "&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;">)"
                              R"(<!ENTITY f "&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;"><!ENTITY g "&f;&f;&f;&f;&f;&f;&f;&f;&f;&f;">]>)"
                              R"(<worksheet><sheetData><row r="1"><c t="inlineStr"><is><t>&g;</t></is></c></row>)"
                              R"(</sheetData></worksheet>)";
    const QByteArray external = R"(<?xml version="1.0"?><!DOCTYPE worksheet [<!ENTITY x SYSTEM "file:///etc/passwd">]>)"
                                R"(<worksheet><sheetData><row r="1"><c t="inlineStr"><is><t>&x;</t></is></c></row>)"
                                R"(</sheetData></worksheet>)";
    QTest::newRow("entity expansion in a sheet") << u"xl/worksheets/sheet1.xml"_s << laughs;
    QTest::newRow("external entity in a sheet") << u"xl/worksheets/sheet1.xml"_s << external;
    QTest::newRow("external DTD in the workbook")
        << u"xl/workbook.xml"_s
        << QByteArray(R"(<?xml version="1.0"?><!DOCTYPE workbook SYSTEM "http://example.invalid/w.dtd"><workbook/>)");
}

void TestXlsxSheets::documentTypeRefused()
{
    QFETCH(QString, part);
    QFETCH(QByteArray, content);
    auto entries = cx::test::workbookEntries({{u"S"_s, "<row r=\"1\"><c><v>1</v></c></row>"}}, kSharedStrings, kStyles);
    for (auto &[name, bytes] : entries) {
        if (name == part)
            bytes = content;
    }
    QTemporaryDir dir;
    const QString path = dir.filePath(u"dtd.xlsx"_s);
    QVERIFY(cx::test::writeZip(path, entries));
    XlsxReader reader(path);
    ReadAllResult result;
    if (reader.open())
        result = readAll(reader);
    QVERIFY(reader.hasError());
    QVERIFY2(reader.errorString().contains(u"dtd.xlsx"_s), qPrintable(reader.errorString()));
    QVERIFY2(reader.errorString().contains(u"document type"_s), qPrintable(reader.errorString()));
    QVERIFY(result.rows.isEmpty());
}


QTEST_GUILESS_MAIN(TestXlsxSheets)
#include "tst_xlsxsheets.moc"
