#include "io/xlsxsheet.h"
#include "io/xlsxsheetlexer.h"

#include <QTest>

#include <atomic>

using namespace Qt::StringLiterals;
using cx::xlsx::ParsedBlock;
using cx::xlsx::RowParser;
using cx::xlsx::SheetLexer;
using cx::xlsx::WorkbookContext;

namespace {

// A worksheet around the XML inside <sheetData>.
QByteArray sheet(const QByteArray &sheetData)
{
    return R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>)"
           "\n"
           R"(<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>)"
        + sheetData + "</sheetData></worksheet>";
}

struct Parsed
{
    QStringList summary; // "line|cell|cell..." per row
    QList<qint64> offsets;
    QString error;
    bool foreign = false;
};

WorkbookContext makeContext()
{
    WorkbookContext context;
    context.displayName = u"lexed.xlsx"_s;
    context.sharedStrings.append("共享");
    context.sharedStrings.append("乙");
    context.dateStyles = {false, true};
    return context;
}

void summarize(const ParsedBlock &block, Parsed &parsed)
{
    for (size_t i = 0; i < block.count; ++i) {
        const cx::TableRow &row = block.rows[i];
        parsed.summary.append(QString::number(row.line()) + u'|' + row.toStringList().join(u'|'));
        parsed.offsets.append(row.byteOffset());
    }
}

// The document fed to the lexer in pieces of @p chunk bytes.
Parsed lex(const QByteArray &xml, qsizetype chunk, std::atomic<bool> *stopAfterFirstRow = nullptr)
{
    const WorkbookContext context = makeContext();
    std::atomic<bool> never = false;
    RowParser rows(context, stopAfterFirstRow ? *stopAfterFirstRow : never);
    ParsedBlock block;
    rows.begin(block, true);
    SheetLexer lexer(context.displayName, u"xl/worksheets/sheet1.xml"_s);
    lexer.begin(rows, 0, 0, 0);
    bool going = true;
    qsizetype fed = 0;
    while (going && fed < xml.size()) {
        const qsizetype n = qMin(chunk, xml.size() - fed);
        going = lexer.feed(QByteArrayView(xml).sliced(fed, n));
        fed += n;
    }
    if (going)
        lexer.finish();
    Parsed parsed;
    summarize(block, parsed);
    parsed.error = lexer.errorString();
    parsed.foreign = lexer.foreign();
    if (parsed.foreign && lexer.pending() != xml.first(fed))
        parsed.error = u"pending() lost bytes"_s;
    return parsed;
}

// The reference: libxml2 reading the same document.
Parsed parseWithLibxml2(const QByteArray &xml)
{
    const WorkbookContext context = makeContext();
    std::atomic<bool> never = false;
    RowParser rows(context, never);
    ParsedBlock block;
    rows.begin(block, true);
    cx::xlsx::XmlParser parser(context.displayName, u"xl/worksheets/sheet1.xml"_s);
    cx::xlsx::XmlRowHandler handler(rows, parser, 0, 0);
    qsizetype at = 0;
    const cx::xlsx::XmlParser::Source source = [&](char *buffer, qint64 maxBytes, QString *) -> qint64 {
        const qint64 n = qMin(maxBytes, xml.size() - at);
        std::memcpy(buffer, xml.constData() + at, size_t(n));
        at += n;
        return n;
    };
    parser.parse(handler, source);
    Parsed parsed;
    summarize(block, parsed);
    parsed.error = parser.errorString();
    return parsed;
}

constexpr qsizetype kChunkSizes[] = {1, 7, 64 * 1024};

} // namespace

class TestSheetLexer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void dialect_data();
    void dialect();
    void refusals_data();
    void refusals();
    void errorNamesLine();
    void foreignEncodings_data();
    void foreignEncodings();
    void rowOffsets();
    void stopsWhenAsked();
};

void TestSheetLexer::dialect_data()
{
    QTest::addColumn<QByteArray>("xml");
    QTest::addColumn<QStringList>("expected");

    QTest::newRow("shared, inline, number")
        << sheet(R"(<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="inlineStr"><is><t>中文</t></is></c>)"
                 R"(<c r="C1"><v>42</v></c></row>)")
        << QStringList{u"1|共享|中文|42"_s};
    QTest::newRow("namespace prefix")
        << QByteArray(R"(<x:worksheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main">)"
                      R"(<x:sheetData><x:row r="2"><x:c r="B2" t="s"><x:v>0</x:v></x:c>)"
                      R"(<x:c r="C2" t="inlineStr"><x:is><x:t>内联</x:t></x:is></x:c></x:row></x:sheetData></x:worksheet>)")
        << QStringList{u"2||共享|内联"_s};
    QTest::newRow("attribute order, quotes, blanks")
        << sheet("<row r='2' spans=\"1:3\"><c s=\"0\" t='inlineStr' r=\"B2\"><is><t>x</t></is></c>"
                 "<c\n t = \"s\"\tr = 'C2' ><v> 1 </v></c ></row\r\n>")
        << QStringList{u"2||x|乙"_s};
    QTest::newRow("self-closing cells, empty values")
        << sheet(R"(<row r="3"><c r="A3"/><c r="B3"><v/></c><c r="C3" t="inlineStr"/><c r="D3"><v>5</v></c>)"
                 R"(</row><row r="4"/><row r="5" />)")
        << QStringList{u"3||||5"_s};
    QTest::newRow("entities and character references")
        << sheet(R"(<row r="1"><c r="A1" t="inlineStr"><is><t>&lt;a&gt; &amp; &quot;b&quot; &apos;c&apos; )"
                 R"(&#20013;&#x6587;&#x1F600;&#0000065;</t></is></c></row>)")
        << QStringList{u"1|<a> & \"b\" 'c' 中文😀A"_s};
    QTest::newRow("_xHHHH_ escapes")
        << sheet(R"(<row r="1"><c r="A1" t="inlineStr"><is><t>行_x000D_二</t></is></c>)"
                 R"(<c r="B1" t="str"><v>_x005F_x000D_</v></c></row>)")
        << QStringList{u"1|行\r二|_x000D_"_s};
    QTest::newRow("CDATA")
        << sheet(R"(<row r="1"><c r="A1" t="inlineStr"><is><t><![CDATA[a<b&c]]]></t></is></c>)"
                 R"(<c r="B1"><v><![CDATA[12]]></v></c><c r="C1" t="inlineStr"><is><t>x<![CDATA[]]>y</t></is></c></row>)")
        << QStringList{u"1|a<b&c]|12|xy"_s};
    QTest::newRow("comments and processing instructions")
        << sheet(R"(<!-- rows --><row r="1"><!-- note - with dash --><c r="A1"><v>1<!-- x -->2</v></c>)"
                 R"(<?pi some data??><c r="B1" t="inlineStr"><is><t>a<!---->b</t></is></c></row>)")
        << QStringList{u"1|12|ab"_s};
    QTest::newRow("rich runs, phonetic runs dropped")
        << sheet(R"(<row r="1"><c r="A1" t="inlineStr"><is><r><t>富</t></r><r><rPr><b/><sz val="11"/></rPr>)"
                 R"(<t xml:space="preserve">文本 </t></r><rPh sb="0" eb="1"><t>ふ</t></rPh><phoneticPr fontId="1"/></is></c></row>)")
        << QStringList{u"1|富文本 "_s};
    QTest::newRow("formulas")
        << sheet(R"(<row r="1"><c r="A1" t="str"><f>A1&amp;"x"</f><v>ab</v></c><c r="B1"><f t="shared" ref="B1:B2" si="0">1+1</f>)"
                 R"(<v>2</v></c><c r="C1"><f>NOW()</f></c><c r="D1"><v>3</v></c></row>)")
        << QStringList{u"1|ab|2||3"_s};
    QTest::newRow("line ends")
        << sheet("<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>a\r\nb\rc\nd&#13;e</t></is></c>"
                 "<c r=\"B1\" t=\"inlineStr\"><is><t><![CDATA[f\r\ng\rh]]></t></is></c></row>")
        << QStringList{u"1|a\nb\nc\nd\re|f\ng\nh"_s};
    QTest::newRow("byte order mark, single-quoted declaration")
        << QByteArray("\xEF\xBB\xBF<?xml version='1.0' encoding='utf-8' standalone='yes'?>\r\n"
                      "<worksheet><sheetData><row r=\"1\"><c r=\"A1\"><v>1</v></c></row></sheetData></worksheet>\r\n")
        << QStringList{u"1|1"_s};
    QTest::newRow("no declaration")
        << QByteArray("<worksheet><sheetData><row><c><v>7</v></c></row><row><c t=\"b\"><v>1</v></c></row></sheetData>"
                      "</worksheet>")
        << QStringList{u"1|7"_s, u"2|TRUE"_s};
    QTest::newRow("references in attribute values")
        << sheet(R"(<row r="&#49;"><c r="&#65;1" t="&#115;"><v>0</v></c><c r="B1" t="inline&#83;tr"><is><t>i</t></is></c></row>)")
        << QStringList{u"1|共享|i"_s};
    QTest::newRow("prefixed attributes do not count")
        << sheet(R"(<row r="1" xmlns:o="urn:other"><c r="A1" o:t="s" o:r="C1"><v>3</v></c></row>)")
        << QStringList{u"1|3"_s};
    QTest::newRow("other elements around the rows")
        << QByteArray(R"(<?xml version="1.0"?><worksheet xmlns="urn:main" xmlns:x14="urn:x14">)"
                      R"(<sheetPr><tabColor rgb="FFFF0000"/></sheetPr><dimension ref="A1:B2"/>)"
                      R"(<sheetViews><sheetView workbookViewId="0"><selection activeCell="A1"/></sheetView></sheetViews>)"
                      R"(<cols><col min="1" max="2" width="9"/></cols><sheetData><row r="1"><c r="A1"><v>1</v></c></row>)"
                      R"(</sheetData><mergeCells count="1"><mergeCell ref="A1:B1"/></mergeCells>)"
                      R"(<extLst><ext uri="{78C0D931}"><x14:id>text &amp; more</x14:id></ext></extLst></worksheet>)")
        << QStringList{u"1|1"_s};
    QTest::newRow("pretty-printed")
        << sheet("\n  <row r=\"1\">\n    <c r=\"A1\" t=\"inlineStr\">\n      <is><t>a</t></is>\n    </c>\n"
                 "    <c r=\"B1\">\n      <v>2</v>\n    </c>\n  </row>\n")
        << QStringList{u"1|a|2"_s};
    QTest::newRow("dates, booleans, errors")
        << sheet(R"(<row r="1"><c r="A1" s="1"><v>60</v></c><c r="B1" t="b"><v>0</v></c><c r="C1" t="e"><v>#N/A</v></c>)"
                 R"(<c r="D1" t="d"><v>2024-03-05T14:03:22Z</v></c><c r="E1" s="1"><v>45356.5</v></c></row>)")
        << QStringList{u"1|1900-02-29|FALSE|#N/A|2024-03-05 14:03:22|2024-03-05 12:00:00"_s};
    QByteArray longText;
    for (int i = 0; i < 20000; ++i)
        longText += "长文本&amp;";
    QTest::newRow("long text across pieces")
        << sheet("<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>" + longText + "</t></is></c></row>")
        << QStringList{u"1|"_s + u"长文本&"_s.repeated(20000)};
}

void TestSheetLexer::dialect()
{
    QFETCH(QByteArray, xml);
    QFETCH(QStringList, expected);
    const Parsed reference = parseWithLibxml2(xml);
    QVERIFY2(reference.error.isEmpty(), qPrintable(reference.error));
    QCOMPARE(reference.summary, expected);
    for (const qsizetype chunk : kChunkSizes) {
        const Parsed lexed = lex(xml, chunk);
        QVERIFY2(lexed.error.isEmpty(), qPrintable(u"%1-byte pieces: %2"_s.arg(chunk).arg(lexed.error)));
        QCOMPARE(lexed.summary, expected);
    }
}

void TestSheetLexer::refusals_data()
{
    QTest::addColumn<QByteArray>("xml");
    QTest::addColumn<QString>("expected");

    const QString malformed = u"is not well-formed XML"_s;
    const QString early = u"it ends too early"_s;
    QTest::newRow("document type")
        << QByteArray(R"(<?xml version="1.0"?><!DOCTYPE w [<!ENTITY e "boom">]><worksheet>&e;</worksheet>)")
        << u"declares a document type"_s;
    QTest::newRow("undefined entity") << sheet("<row><c t=\"inlineStr\"><is><t>&nbsp;</t></is></c></row>")
                                      << u"undefined entity"_s;
    QTest::newRow("stray ampersand") << sheet("<row><c t=\"inlineStr\"><is><t>a & b</t></is></c></row>") << malformed;
    QTest::newRow("character reference to NUL") << sheet("<row><c><v>&#0;</v></c></row>") << malformed;
    QTest::newRow("character reference to a surrogate") << sheet("<row><c><v>&#xD800;</v></c></row>") << malformed;
    QTest::newRow("mismatched end tag") << sheet("<row r=\"1\"><c><v>1</v></row>") << u"where the end of"_s;
    QTest::newRow("unclosed document") << sheet("<row r=\"1\"><c><v>1</v></c></row>").chopped(12) << early;
    QTest::newRow("empty document") << QByteArray() << early;
    QTest::newRow("cut inside a tag") << sheet("<row r=\"1\"><c><v>1</v></c></row>").first(70) << early;
    QTest::newRow("not UTF-8") << sheet("<row><c t=\"inlineStr\"><is><t>\xC3\x28</t></is></c></row>") << u"not UTF-8"_s;
    QTest::newRow("overlong UTF-8") << sheet("<row><c t=\"inlineStr\"><is><t>\xC0\xAF</t></is></c></row>")
                                    << u"not UTF-8"_s;
    QTest::newRow("control character") << sheet("<row><c t=\"inlineStr\"><is><t>a\x01</t></is></c></row>")
                                       << u"characters XML does not allow"_s;
    QTest::newRow("duplicate attribute") << sheet("<row><c r=\"A1\" r=\"B1\"><v>1</v></c></row>")
                                         << u"given twice"_s;
    QTest::newRow("unquoted attribute") << sheet("<row><c r=A1><v>1</v></c></row>") << u"without quotes"_s;
    QTest::newRow("attributes run together") << sheet("<row><c r=\"A1\"t=\"s\"><v>0</v></c></row>")
                                             << u"attribute that cannot be read"_s;
    QTest::newRow("attribute without value") << sheet("<row><c r><v>1</v></c></row>") << u"without a value"_s;
    QTest::newRow("< in attribute value") << sheet("<row><c r=\"<\"><v>1</v></c></row>") << malformed;
    QTest::newRow("]]> in text") << sheet("<row><c><v>1]]>2</v></c></row>") << malformed;
    QTest::newRow("-- in comment") << sheet("<row><!-- a -- b --><c><v>1</v></c></row>") << u"inside a comment"_s;
    QTest::newRow("text after the root") << sheet("<row><c><v>1</v></c></row>") + "junk" << malformed;
    QTest::newRow("second root") << sheet("<row><c><v>1</v></c></row>") + "<worksheet/>" << malformed;
    QTest::newRow("text before the root") << QByteArray("x<worksheet/>") << malformed;
    QTest::newRow("late declaration") << sheet("<?xml version=\"1.0\"?><row/>") << u"XML declaration"_s;
    QTest::newRow("tag without a name") << sheet("<row>< c/></row>") << malformed;
    QTest::newRow("end tag without start") << QByteArray("</worksheet>") << malformed;
    QTest::newRow("unknown markup") << sheet("<row><!ELEMENT c ANY></row>") << malformed;
    QTest::newRow("slash inside a tag") << sheet("<row / r=\"1\"></row>") << malformed;
}

void TestSheetLexer::refusals()
{
    QFETCH(QByteArray, xml);
    QFETCH(QString, expected);
    const Parsed reference = parseWithLibxml2(xml);
    QVERIFY2(!reference.error.isEmpty(), "libxml2 accepts it too");
    for (const qsizetype chunk : kChunkSizes) {
        const Parsed lexed = lex(xml, chunk);
        QVERIFY2(lexed.error.contains(u"lexed.xlsx"_s), qPrintable(lexed.error));
        QVERIFY2(lexed.error.contains(expected), qPrintable(u"%1-byte pieces: %2"_s.arg(chunk).arg(lexed.error)));
        // The rows before the damage count as they do with libxml2.
        QCOMPARE(lexed.summary, reference.summary);
    }
}

void TestSheetLexer::errorNamesLine()
{
    const QByteArray xml = "<worksheet>\n<sheetData>\n<row r=\"1\"><c><v>1</v></c></row>\n<row r=\"2\"><c>&bad;</c></row>"
                           "</sheetData></worksheet>";
    for (const qsizetype chunk : kChunkSizes) {
        const Parsed lexed = lex(xml, chunk);
        QVERIFY2(lexed.error.contains(u"XML line 4"_s), qPrintable(lexed.error));
        QCOMPARE(lexed.summary, QStringList{u"1|1"_s});
    }
    QVERIFY(parseWithLibxml2(xml).error.contains(u"XML line 4"_s));
}

void TestSheetLexer::foreignEncodings_data()
{
    QTest::addColumn<QByteArray>("xml");
    const QString document = QString::fromUtf8(sheet("<row r=\"1\"><c t=\"inlineStr\"><is><t>中文</t></is></c></row>"))
                                 .replace(u"UTF-8"_s, u"UTF-16"_s);
    QByteArray utf16("\xFF\xFE");
    for (const QChar c : document) {
        utf16 += char(c.unicode() & 0xFF);
        utf16 += char(c.unicode() >> 8);
    }
    QTest::newRow("UTF-16 with byte order mark") << utf16;
    QTest::newRow("declared Latin-1") << QByteArray("<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><worksheet>"
                                                    "<sheetData><row><c t=\"inlineStr\"><is><t>caf\xE9</t></is></c>"
                                                    "</row></sheetData></worksheet>");
}

void TestSheetLexer::foreignEncodings()
{
    // Left to libxml2 before anything is reported, with every byte kept.
    QFETCH(QByteArray, xml);
    for (const qsizetype chunk : kChunkSizes) {
        const Parsed lexed = lex(xml, chunk);
        QVERIFY(lexed.foreign);
        QVERIFY2(lexed.error.isEmpty(), qPrintable(lexed.error));
        QVERIFY(lexed.summary.isEmpty());
    }
    const Parsed reference = parseWithLibxml2(xml);
    QVERIFY2(reference.error.isEmpty(), qPrintable(reference.error));
    QCOMPARE(reference.summary.size(), 1);
}

void TestSheetLexer::rowOffsets()
{
    // Where each row's start tag is, whatever the pieces.
    const QByteArray xml = sheet("<row r=\"1\"><c><v>1</v></c></row>\n<row r=\"2\"><c><v>2</v></c></row>");
    const QList<qint64> expected{xml.indexOf("<row r=\"1\""), xml.indexOf("<row r=\"2\"")};
    for (const qsizetype chunk : kChunkSizes)
        QCOMPARE(lex(xml, chunk).offsets, expected);
}

void TestSheetLexer::stopsWhenAsked()
{
    std::atomic<bool> stop = true;
    const Parsed lexed = lex(sheet("<row><c><v>1</v></c></row><row><c><v>2</v></c></row>"), 7, &stop);
    QVERIFY2(lexed.error.isEmpty(), qPrintable(lexed.error));
    QCOMPARE(lexed.summary, QStringList{u"1|1"_s});
}

QTEST_GUILESS_MAIN(TestSheetLexer)
#include "tst_sheetlexer.moc"
