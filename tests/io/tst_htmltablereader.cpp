#include "io/htmltablereader.h"
#include "readall.h"

#include <QBuffer>
#include <QTest>

using namespace Qt::StringLiterals;
using cx::HtmlTableReader;
using cx::test::readAll;

namespace {

QByteArray gbk(const QString &text)
{
    return cx::EncodingDetector::encoder(u"GB18030"_s).encode(text);
}

// A reader over bytes in memory, with the buffer it reads from.
struct MemoryHtml
{
    MemoryHtml(const QByteArray &bytes, const cx::HtmlTableOptions &options = {})
        : data(bytes)
        , buffer(&data)
        , reader(&buffer, u"page.xls"_s, options)
    {
    }
    QByteArray data;
    QBuffer buffer;
    HtmlTableReader reader;
};

} // namespace

class TestHtmlTableReader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void webExport();
    void secondTable();
    void cells_data();
    void cells();
    void libreOfficeValues();
    void declaredCharsetThatDoesNotFit();
    void utf16Page();
    void pageWithoutTable();
    void declaredCharset_data();
    void declaredCharset();
};

void TestHtmlTableReader::webExport()
{
    // GBK, declared by <meta http-equiv>; a title row spanning the columns, a
    // rowspan, <br>, &nbsp;, mso-number-format text cells, a footer.
    HtmlTableReader reader(QFINDTESTDATA("data/webexport_gbk.xls"));
    QVERIFY2(reader.open(), qPrintable(reader.errorString()));
    QCOMPARE(reader.encoding().encoding, u"GB18030"_s);
    QCOMPARE(int(reader.encoding().method), int(cx::EncodingDetector::Method::Declared));
    QCOMPARE(reader.sheetNames(), QStringList({u"工单明细"_s, u"汇总"_s}));
    QCOMPARE(reader.selectedSheet(), 0);
    const auto result = readAll(reader);
    QVERIFY(!reader.hasError());
    QCOMPARE(result.summary, QStringList({
                                 u"1|2024年7月投诉工单明细||||"_s,
                                 u"2|工单号|地市|区县|投诉内容|处理时长"_s,
                                 u"3|00123|深圳|罗湖区|网速慢\n晚上看视频 卡顿|16.0"_s,
                                 u"4|00124||南山区||2.5"_s,
                                 u"5|00125|广州|天河区|第一段\n第二段 加粗&结尾|3"_s,
                                 u"6|合计||||21.5"_s,
                             }));
    QVERIFY(reader.issues().isEmpty());
    QCOMPARE(reader.progressBytes(), reader.totalBytes());
}

void TestHtmlTableReader::secondTable()
{
    cx::HtmlTableOptions options;
    options.sheetIndex = 1;
    HtmlTableReader reader(QFINDTESTDATA("data/webexport_gbk.xls"), options);
    QVERIFY(reader.open());
    // The page never closes the last rows: they end with the table.
    QCOMPARE(readAll(reader).summary, QStringList({u"1|地市|工单量"_s, u"2|深圳|2"_s, u"3|广州|1"_s}));
    QCOMPARE(reader.previewSheet(0, 2),
             QList<QStringList>({{u"2024年7月投诉工单明细"_s, {}, {}, {}, {}}, {u"工单号"_s, u"地市"_s, u"区县"_s, u"投诉内容"_s, u"处理时长"_s}}));
    QCOMPARE(reader.previewAll(1).size(), 2);
    QVERIFY(reader.selectSheet(0));
    QCOMPARE(readAll(reader).rows.size(), 6);
}

void TestHtmlTableReader::cells_data()
{
    QTest::addColumn<QString>("table"); // the inside of <table>
    QTest::addColumn<QStringList>("expected");

    QTest::newRow("white space collapsed") << u"<tr><td>  a \n\t b  </td><td><b>x</b> <i>y</i></td></tr>"_s
                                           << QStringList{u"1|a b|x y"_s};
    QTest::newRow("br and blocks") << u"<tr><td>a<br>b<br/><br>c</td><td><div>p</div><div>q</div></td></tr>"_s
                                   << QStringList{u"1|a\nb\n\nc|p\nq"_s};
    QTest::newRow("entities") << u"<tr><td>&lt;5G&gt; &amp; &quot;x&quot; &#x4E2D;&#25991;</td><td>&nbsp;</td></tr>"_s
                              << QStringList{u"1|<5G> & \"x\" 中文|"_s};
    QTest::newRow("colspan and rowspan")
        << u"<tr><td rowspan=3>A</td><td colspan=2>B</td></tr><tr><td>c</td><td rowspan=2>d</td></tr><tr><td>e</td></tr>"_s
        << QStringList{u"1|A|B|"_s, u"2||c|d"_s, u"3||e|"_s};
    QTest::newRow("rowspan at the end of the row") << u"<tr><td>a</td><td rowspan=2>b</td></tr><tr><td>c</td></tr>"_s
                                                   << QStringList{u"1|a|b"_s, u"2|c|"_s};
    QTest::newRow("th, thead, tbody") << u"<thead><tr><th>h</th></tr></thead><tbody><tr><td>1</td></tr></tbody>"_s
                                      << QStringList{u"1|h"_s, u"2|1"_s};
    QTest::newRow("nested table stays out of the cell")
        << u"<tr><td>outer<table><tr><td>inner</td></tr></table></td><td>z</td></tr>"_s << QStringList{u"1|outer|z"_s};
    QTest::newRow("blank rows skipped, counted") << u"<tr><td>a</td></tr><tr><td> </td></tr><tr></tr><tr><td>b</td></tr>"_s
                                                 << QStringList{u"1|a"_s, u"4|b"_s};
    QTest::newRow("script and comments ignored")
        << u"<tr><td>a<script>x=1</script><!-- no --></td></tr>"_s << QStringList{u"1|a"_s};
    QTest::newRow("unclosed cells and rows") << u"<tr><td>a<td>b<tr><td>c"_s << QStringList{u"1|a|b"_s, u"2|c"_s};
}

void TestHtmlTableReader::cells()
{
    QFETCH(QString, table);
    QFETCH(QStringList, expected);
    MemoryHtml html((u"<html><body><table>"_s + table + u"</table></body></html>"_s).toUtf8());
    QVERIFY2(html.reader.open(), qPrintable(html.reader.errorString()));
    QCOMPARE(html.reader.sheetNames().first(), u"Table 1"_s);
    QCOMPARE(readAll(html.reader).summary, expected);
    QVERIFY(html.reader.issues().isEmpty());
}

void TestHtmlTableReader::libreOfficeValues()
{
    // LibreOffice writes the value behind the shown text: dates and numbers as a workbook has them.
    const QByteArray page =
        R"(<table><tr><td sdval="45477.2480671296" sdnum="1033;0;YYYY-MM-DD HH:MM:SS">2024/7/4</td>)"
        R"(<td sdval="1234.5" sdnum="1033;0;#,##0">1,235</td><td sdval="1" sdnum="1033;0;BOOLEAN">TRUE</td>)"
        R"(<td sdval="45292" sdnum="2052;0;YYYY&quot;年&quot;M&quot;月&quot;D&quot;日&quot;">2024年1月1日</td>)"
        R"(<td sdval="7" style="mso-number-format:'\@'">007</td></tr></table>)";
    MemoryHtml html(page);
    QVERIFY(html.reader.open());
    QCOMPARE(readAll(html.reader).summary, QStringList{u"1|2024-07-04 05:57:13|1234.5|TRUE|2024-01-01|007"_s});
}

void TestHtmlTableReader::declaredCharsetThatDoesNotFit()
{
    // Declared UTF-8, written in GBK: read as GB18030 and said so, never as mojibake.
    const QByteArray page = gbk(u"<html><head><meta charset=\"utf-8\"></head><body><table><tr><td>投诉内容</td><td>深圳</td>"
                                u"</tr></table></body></html>"_s);
    MemoryHtml html(page);
    QVERIFY(html.reader.open());
    QCOMPARE(html.reader.encoding().encoding, u"GB18030"_s);
    QCOMPARE(readAll(html.reader).summary, QStringList{u"1|投诉内容|深圳"_s});
    QCOMPARE(html.reader.issues().size(), 1);
    const cx::ReadIssue issue = html.reader.issues().first();
    QCOMPARE(issue.kind, cx::ReadIssue::Kind::DeclaredEncodingIgnored);
    QCOMPARE(issue.detail, u"utf-8"_s);
    QVERIFY2(issue.message.contains(u"page.xls"_s) && issue.message.contains(u"GB18030"_s), qPrintable(issue.message));

    // The import repeats the inspection's choice: still said.
    cx::HtmlTableOptions chosen;
    chosen.encoding = u"GB18030"_s;
    MemoryHtml again(page, chosen);
    QVERIFY(again.reader.open());
    QCOMPARE(readAll(again.reader).summary, QStringList{u"1|投诉内容|深圳"_s});
    QCOMPARE(again.reader.issues().size(), 1);
    QCOMPARE(again.reader.issues().first().kind, cx::ReadIssue::Kind::DeclaredEncodingIgnored);

    // Declared GBK, written in UTF-8: GB18030 would decode it, into mojibake.
    MemoryHtml utf8(u"<meta charset=gbk><table><tr><td>投诉内容</td></tr></table>"_s.toUtf8());
    QVERIFY(utf8.reader.open());
    QCOMPARE(utf8.reader.encoding().encoding, u"UTF-8"_s);
    QCOMPARE(readAll(utf8.reader).summary, QStringList{u"1|投诉内容"_s});
    QCOMPARE(utf8.reader.issues().size(), 1);
}

void TestHtmlTableReader::utf16Page()
{
    const QString page = u"<html><body><table><tr><td>工单号</td><td>地市</td></tr><tr><td>1</td><td>深圳</td></tr>"
                         u"</table></body></html>"_s;
    MemoryHtml html("\xFF\xFE" + cx::EncodingDetector::encoder(u"UTF-16LE"_s).encode(page));
    QVERIFY(html.reader.open());
    QCOMPARE(html.reader.encoding().encoding, u"UTF-16LE"_s);
    QCOMPARE(readAll(html.reader).summary, QStringList({u"1|工单号|地市"_s, u"2|1|深圳"_s}));
}

void TestHtmlTableReader::pageWithoutTable()
{
    MemoryHtml html("<html><body><p>Session expired, please log in again.</p></body></html>");
    QVERIFY(!html.reader.open());
    QVERIFY2(html.reader.errorString().contains(u"page.xls"_s), qPrintable(html.reader.errorString()));
    QVERIFY2(html.reader.errorString().contains(u"without a table"_s), qPrintable(html.reader.errorString()));
}

void TestHtmlTableReader::declaredCharset_data()
{
    QTest::addColumn<QByteArray>("head");
    QTest::addColumn<QString>("charset");
    QTest::newRow("html5") << QByteArray("<meta charset=\"UTF-8\">") << u"UTF-8"_s;
    QTest::newRow("http-equiv") << QByteArray("<META HTTP-EQUIV=\"Content-Type\" CONTENT=\"text/html; charset=gb2312\">")
                                << u"gb2312"_s;
    QTest::newRow("single quotes") << QByteArray("<meta charset='gbk' />") << u"gbk"_s;
    QTest::newRow("none") << QByteArray("<html><body><table>") << QString();
    QTest::newRow("charset outside meta") << QByteArray("<p>charset=big5</p>") << QString();
}

void TestHtmlTableReader::declaredCharset()
{
    QFETCH(QByteArray, head);
    QFETCH(QString, charset);
    QCOMPARE(HtmlTableReader::declaredCharset(head), charset);
}

QTEST_GUILESS_MAIN(TestHtmlTableReader)
#include "tst_htmltablereader.moc"
