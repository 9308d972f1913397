#include "io/csvreader.h"
#include "io/xlsxreader.h"
#include "io/xlsxvalues.h"
#include "readall.h"
#include "testsupport.h"
#include "xlsxfixture.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <xlsxwriter.h>

using namespace Qt::StringLiterals;
using cx::XlsxOptions;
using cx::XlsxReader;
using cx::test::readAll;
using cx::test::SheetXml;

namespace {

const QByteArray kStyles = R"(<?xml version="1.0" encoding="UTF-8"?>
<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">
<numFmts count="3"><numFmt numFmtId="164" formatCode="yyyy&quot;年&quot;m&quot;月&quot;d&quot;日&quot;"/>
<numFmt numFmtId="165" formatCode="[h]:mm"/><numFmt numFmtId="166" formatCode="hh:mm:ss"/></numFmts>
<cellStyleXfs count="1"><xf numFmtId="14"/></cellStyleXfs>
<cellXfs count="5"><xf numFmtId="0"/><xf numFmtId="14"/><xf numFmtId="166"/><xf numFmtId="165"/><xf numFmtId="164"/></cellXfs>
</styleSheet>)";

const QByteArray kSharedStrings = R"(<?xml version="1.0" encoding="UTF-8"?>
<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="2" uniqueCount="2">
<si><t>共享</t></si><si><r><t>甲</t></r><r><rPr><b/></rPr><t>乙</t></r><rPh sb="0" eb="1"><t>こう</t></rPh></si>
</sst>)";

const QByteArray kCraftedSheet =
    R"(<row r="1"><c r="A1" t="inlineStr"><is><t>名称</t></is></c>)"
    R"(<c r="B1" t="inlineStr"><is><r><t>富</t></r><r><rPr><b/></rPr><t>文本</t></r><rPh sb="0" eb="1"><t>ふ</t></rPh></is></c>)"
    R"(<c r="C1" t="inlineStr"><is><t xml:space="preserve"> 两端空格 </t></is></c></row>)"
    R"(<row r="3"><c r="A3" t="e"><v>#N/A</v></c><c r="C3" t="str"><f>A1&amp;"x"</f><v>行_x000D_二</v></c>)"
    R"(<c r="D3" t="d"><v>2024-03-05T14:03:22</v></c></row>)"
    R"(<row><c t="b"><v>1</v></c><c t="b"><v>0</v></c><c><v>1.5E-7</v></c><c t="n"><v>100</v></c><c><v>0.1</v></c></row>)"
    R"(<row r="6"><c r="A6" s="1"><v>60</v></c><c r="B6" s="1"><v>59</v></c><c r="C6" s="1"><v>61</v></c>)"
    R"(<c r="D6" s="2"><v>0.5</v></c><c r="E6" s="3"><v>1.5</v></c><c r="F6" s="4"><v>45356.585671296296</v></c>)"
    R"(<c r="G6" s="1"><v>45356</v></c></row>)"
    R"(<row r="7"><c r="A7" t="s"><v>0</v></c><c r="B7" t="s"><v>1</v></c><c r="C7" t="s"><v>99</v></c></row>)"
    R"(<row r="8"/><row r="9" spans="1:3"><c r="B9" s="4"/><c r="C9"><v>7</v></c><c r="D9" s="1"/></row>)";

QString writeCrafted(const QTemporaryDir &dir, const QString &name, const QList<SheetXml> &sheets,
                     const QByteArray &sharedStrings = kSharedStrings, bool date1904 = false, bool stored = false)
{
    const QString path = dir.filePath(name);
    const bool ok =
        cx::test::writeZip(path, cx::test::workbookEntries(sheets, sharedStrings, kStyles, date1904), stored);
    return ok ? path : QString();
}

// A workbook as Excel-like writers produce it: shared strings, formats,
// merged title, several sheets, one hidden.
QString writeWithXlsxwriter(const QTemporaryDir &dir)
{
    const QString path = dir.filePath(u"writer.xlsx"_s);
    lxw_workbook *workbook = workbook_new(path.toLocal8Bit().constData());
    lxw_worksheet *notes = workbook_add_worksheet(workbook, "说明");
    lxw_worksheet *orders = workbook_add_worksheet(workbook, "工单");
    lxw_worksheet *hidden = workbook_add_worksheet(workbook, "隐藏");
    worksheet_hide(hidden);

    lxw_format *merge = workbook_add_format(workbook);
    format_set_align(merge, LXW_ALIGN_CENTER);
    lxw_format *dateTime = workbook_add_format(workbook);
    format_set_num_format(dateTime, "yyyy-mm-dd hh:mm:ss");
    lxw_format *dateOnly = workbook_add_format(workbook);
    format_set_num_format_index(dateOnly, 14);
    lxw_format *chineseDate = workbook_add_format(workbook);
    format_set_num_format_index(chineseDate, 31); // yyyy"年"m"月"d"日" on Chinese Excel
    lxw_format *twoDecimals = workbook_add_format(workbook);
    format_set_num_format(twoDecimals, "0.00");

    worksheet_write_string(notes, 0, 0, "本表为测试数据", nullptr);

    worksheet_merge_range(orders, 0, 0, 0, 5, "2024年5-8月投诉工单明细", merge);
    const char *header[] = {"工单号", "受理时间", "处理时长", "是否升级", "备注", "受理日期"};
    for (lxw_col_t c = 0; c < 6; ++c)
        worksheet_write_string(orders, 1, c, header[c], nullptr);

    lxw_datetime accepted{2024, 3, 5, 14, 3, 22};
    lxw_datetime newYearsEve{2024, 12, 31, 23, 59, 59};
    lxw_datetime day{2024, 3, 5, 0, 0, 0};
    worksheet_write_string(orders, 2, 0, "GD001", nullptr);
    worksheet_write_datetime(orders, 2, 1, &accepted, dateTime);
    worksheet_write_number(orders, 2, 2, 16.5, nullptr);
    worksheet_write_boolean(orders, 2, 3, 1, nullptr);
    worksheet_write_string(orders, 2, 4, "网速慢，“卡顿”", nullptr);
    worksheet_write_datetime(orders, 2, 5, &day, dateOnly);

    worksheet_write_string(orders, 3, 0, "GD002", nullptr);
    worksheet_write_datetime(orders, 3, 1, &newYearsEve, dateTime);
    worksheet_write_number(orders, 3, 2, 42, nullptr);
    worksheet_write_boolean(orders, 3, 3, 0, nullptr);
    worksheet_write_datetime(orders, 3, 5, &day, chineseDate);

    // Row 5 (index 4) left out entirely; row 6 has gaps.
    worksheet_write_string(orders, 5, 0, "GD003", nullptr);
    worksheet_write_number(orders, 5, 2, 3.14159, twoDecimals);
    worksheet_write_string(orders, 5, 4, "仅备注", nullptr);

    worksheet_write_number(orders, 6, 0, 123456789012.0, nullptr);
    worksheet_write_number(orders, 6, 1, -0.25, nullptr);
    worksheet_write_formula_num(orders, 6, 2, "=1+1", nullptr, 2);
    worksheet_write_formula_str(orders, 6, 3, "=\"a\"&\"b\"", nullptr, "ab");
    worksheet_write_blank(orders, 6, 4, merge);

    worksheet_write_string(hidden, 0, 0, "秘密", nullptr);
    return workbook_close(workbook) == LXW_NO_ERROR ? path : QString();
}

} // namespace

class TestXlsxReader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void writerWorkbook();
    void previewAndSelect();
    void craftedCells();
    void date1904();
    void prefixedNamespace();
    void missingSharedStringIsReported();
    void readsFromMemory();
    void factoryPicksReader();
    void largeSheetStreams();
    void refusals_data();
    void refusals();
    void referenceOutsideTheRoot_data();
    void referenceOutsideTheRoot();
    void zipBomb();
    void checksumMismatch();
    void zip64_data();
    void zip64();
    void zip64StoredDamaged();
    void truncatedFiles();
    void serialToText_data();
    void serialToText();
    void dateFormatCodes_data();
    void dateFormatCodes();
    void numberToText_data();
    void numberToText();
    void sharedSurvey();
    void lexerMatchesLibxml2();
    void utf16Sheet_data();
    void utf16Sheet();
};

void TestXlsxReader::writerWorkbook()
{
    QTemporaryDir dir;
    const QString path = writeWithXlsxwriter(dir);
    QVERIFY(!path.isEmpty());

    XlsxOptions options;
    options.sheetIndex = 1;
    XlsxReader reader(path, options);
    QVERIFY2(reader.open(), qPrintable(reader.errorString()));
    QCOMPARE(reader.sheetNames(), QStringList({u"说明"_s, u"工单"_s, u"隐藏"_s}));
    QVERIFY(reader.sheets().at(2).hidden);
    QVERIFY(!reader.sheets().at(1).hidden);
    QVERIFY(!reader.uses1904Dates());
    QCOMPARE(reader.selectedSheet(), 1);

    const auto result = readAll(reader);
    QVERIFY2(!reader.hasError(), qPrintable(reader.errorString()));
    QCOMPARE(result.summary,
             QStringList({
                 u"1|2024年5-8月投诉工单明细"_s,
                 u"2|工单号|受理时间|处理时长|是否升级|备注|受理日期"_s,
                 u"3|GD001|2024-03-05 14:03:22|16.5|TRUE|网速慢，“卡顿”|2024-03-05"_s,
                 u"4|GD002|2024-12-31 23:59:59|42|FALSE||2024-03-05"_s,
                 u"6|GD003||3.14159||仅备注"_s,
                 u"7|123456789012|-0.25|2|ab"_s,
             }));
    QVERIFY(reader.issues().isEmpty());
    QCOMPARE(reader.progressBytes(), reader.totalBytes());
    QVERIFY(reader.totalBytes() > 0);
}

void TestXlsxReader::previewAndSelect()
{
    QTemporaryDir dir;
    const QString path = writeWithXlsxwriter(dir);
    XlsxReader reader(path);
    QVERIFY(reader.open());
    QCOMPARE(reader.selectedSheet(), 0);

    cx::TableRow row;
    QVERIFY(reader.readRow(row)); // reading sheet 1 ...
    const auto previews = reader.previewAll(2); // ... is not disturbed by previews
    QCOMPARE(previews.size(), 3);
    QCOMPARE(previews[0], QList<QStringList>({{u"本表为测试数据"_s}}));
    QCOMPARE(previews[1], QList<QStringList>({{u"2024年5-8月投诉工单明细"_s},
                                              {u"工单号"_s, u"受理时间"_s, u"处理时长"_s, u"是否升级"_s,
                                               u"备注"_s, u"受理日期"_s}}));
    QCOMPARE(previews[2], QList<QStringList>({{u"秘密"_s}}));
    QVERIFY(!reader.readRow(row));
    QVERIFY(!reader.hasError());

    QVERIFY(reader.selectSheet(2));
    QVERIFY(reader.readRow(row));
    QCOMPARE(row.toStringList(), QStringList{u"秘密"_s});
    QVERIFY(!reader.selectSheet(3));
    QVERIFY(reader.previewSheet(7, 3).isEmpty());
}

void TestXlsxReader::craftedCells()
{
    QTemporaryDir dir;
    const QString path = writeCrafted(dir, u"crafted.xlsx"_s, {{u"数据"_s, kCraftedSheet}});
    XlsxReader reader(path);
    QVERIFY2(reader.open(), qPrintable(reader.errorString()));
    const auto result = readAll(reader);
    QVERIFY2(!reader.hasError(), qPrintable(reader.errorString()));
    QCOMPARE(result.summary,
             QStringList({
                 u"1|名称|富文本| 两端空格 "_s,
                 u"3|#N/A||行\r二|2024-03-05 14:03:22"_s,
                 u"4|TRUE|FALSE|1.5e-07|100|0.1"_s,
                 u"6|1900-02-29|1900-02-28|1900-03-01|12:00:00|1.5|2024-03-05 14:03:22|2024-03-05"_s,
                 u"7|共享|甲乙"_s,
                 u"9|||7"_s,
             }));
}

void TestXlsxReader::date1904()
{
    QTemporaryDir dir;
    const QByteArray sheet = R"(<row r="1"><c r="A1" s="1"><v>1</v></c><c r="B1" s="1"><v>43894.5</v></c>)"
                             R"(<c r="C1" s="1"><v>0.25</v></c><c r="D1"><v>43894</v></c></row>)";
    const QString path = writeCrafted(dir, u"mac.xlsx"_s, {{u"Sheet1"_s, sheet}}, {}, true);
    XlsxReader reader(path);
    QVERIFY(reader.open());
    QVERIFY(reader.uses1904Dates());
    QCOMPARE(readAll(reader).summary, QStringList{u"1|1904-01-02|2024-03-05 12:00:00|06:00:00|43894"_s});
}

void TestXlsxReader::prefixedNamespace()
{
    // Some generators write every element with a prefix (x:row, x:c).
    QTemporaryDir dir;
    auto entries = cx::test::workbookEntries({{u"S"_s, {}}}, kSharedStrings, kStyles);
    entries.last().second = R"(<x:worksheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main">)"
                            R"(<x:sheetData><x:row r="2"><x:c r="B2" t="s"><x:v>0</x:v></x:c>)"
                            R"(<x:c r="C2" t="inlineStr"><x:is><x:t>内联</x:t></x:is></x:c></x:row></x:sheetData></x:worksheet>)";
    const QString path = dir.filePath(u"prefixed.xlsx"_s);
    QVERIFY(cx::test::writeZip(path, entries));
    XlsxReader reader(path);
    QVERIFY2(reader.open(), qPrintable(reader.errorString()));
    QCOMPARE(readAll(reader).summary, QStringList{u"2||共享|内联"_s});
}

void TestXlsxReader::missingSharedStringIsReported()
{
    QTemporaryDir dir;
    const QString path = writeCrafted(dir, u"strings.xlsx"_s, {{u"S"_s, kCraftedSheet}});
    XlsxReader reader(path);
    QVERIFY(reader.open());
    readAll(reader);
    QVERIFY(!reader.hasError());
    QCOMPARE(reader.issues().size(), 1);
    QCOMPARE(reader.issues().first().firstLine(), 7);
    QVERIFY(reader.issues().first().message.contains(u"strings.xlsx"_s));

    // Without the shared strings part every reference is missing.
    const QString noStrings = writeCrafted(dir, u"nostrings.xlsx"_s, {{u"S"_s, kCraftedSheet}}, QByteArray());
    XlsxReader second(noStrings);
    QVERIFY(second.open());
    const auto result = readAll(second);
    QVERIFY(!second.hasError());
    QVERIFY(!result.summary.contains(u"7|共享|甲乙"_s));
    QCOMPARE(second.issues().size(), 1);
}

void TestXlsxReader::readsFromMemory()
{
    QTemporaryDir dir;
    QFile file(writeWithXlsxwriter(dir));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QByteArray bytes = file.readAll();
    QBuffer buffer(&bytes);
    XlsxOptions options;
    options.sheetIndex = 1;
    XlsxReader reader(&buffer, u"memory.xlsx"_s, options);
    QVERIFY(reader.open());
    QCOMPARE(readAll(reader).rows.size(), 6);
}

void TestXlsxReader::factoryPicksReader()
{
    QTemporaryDir dir;
    const QString xlsx = writeWithXlsxwriter(dir);
    const QString disguised = dir.filePath(u"really-a-workbook.csv"_s);
    QVERIFY(QFile::copy(xlsx, disguised));
    const QString csv = dir.filePath(u"plain.csv"_s);
    QVERIFY(cx::test::writeFile(csv, "a,b\n1,2\n"));

    QVERIFY(dynamic_cast<XlsxReader *>(cx::createTableReader(xlsx).get()));
    QVERIFY(dynamic_cast<XlsxReader *>(cx::createTableReader(disguised).get()));
    auto reader = cx::createTableReader(csv);
    QVERIFY(dynamic_cast<cx::CsvReader *>(reader.get()));
    QVERIFY(reader->open());
    QCOMPARE(readAll(*reader).rows.size(), 2);
}

void TestXlsxReader::largeSheetStreams()
{
    // Sheet XML of several MB: read through many 256 KiB chunks.
    QTemporaryDir dir;
    const QString path = dir.filePath(u"large.xlsx"_s);
    lxw_workbook_options workbookOptions{};
    workbookOptions.constant_memory = LXW_TRUE;
    lxw_workbook *workbook = workbook_new_opt(path.toLocal8Bit().constData(), &workbookOptions);
    lxw_worksheet *sheet = workbook_add_worksheet(workbook, nullptr);
    constexpr int rows = 60000;
    for (int r = 0; r < rows; ++r) {
        worksheet_write_number(sheet, lxw_row_t(r), 0, r, nullptr);
        worksheet_write_string(sheet, lxw_row_t(r), 1, "客户反映网速慢，要求尽快处理", nullptr);
        worksheet_write_number(sheet, lxw_row_t(r), 2, r + 0.5, nullptr);
    }
    QCOMPARE(workbook_close(workbook), LXW_NO_ERROR);

    XlsxReader reader(path);
    QVERIFY(reader.open());
    QVERIFY(reader.totalBytes() > 4 * 256 * 1024);
    cx::TableRow row;
    int count = 0;
    while (reader.readRow(row)) {
        QCOMPARE(row.line(), qint64(count + 1));
        QCOMPARE(row.cell(0), QString::number(count));
        QCOMPARE(row.cell(2), QString::number(count + 0.5, 'g', 17));
        ++count;
        if (count == 1000) // a preview in mid-stream must not disturb the main read
            QCOMPARE(reader.previewSheet(0, 2).size(), 2);
    }
    QVERIFY(!reader.hasError());
    QCOMPARE(count, rows);
}

void TestXlsxReader::refusals_data()
{
    QTest::addColumn<QByteArray>("fileBytes");  // raw file content, or empty to build a workbook
    QTest::addColumn<QByteArray>("sheetData");
    QTest::addColumn<QString>("sheetPartOverride"); // replace the sheet part name in the archive
    QTest::addColumn<int>("limitCase");
    QTest::addColumn<QString>("expected");

    QTest::newRow("not a zip") << QByteArray("just some text, not a workbook") << QByteArray() << QString() << 0
                               << u"not an .xlsx workbook"_s;
    QTest::newRow("empty file") << QByteArray("") << QByteArray() << QString() << 0 << u"not an .xlsx workbook"_s;
    QTest::newRow("xls") << QByteArray("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1 ole") << QByteArray() << QString() << 0
                         << u".xls"_s;
    QTest::newRow("zip without central directory") << QByteArray("PK\x03\x04 garbage garbage garbage") << QByteArray()
                                                   << QString() << 0 << u"not a ZIP archive or it is truncated"_s;
    QTest::newRow("sheet part missing") << QByteArray() << QByteArray("<row/>") << u"xl/worksheets/other.xml"_s << 0
                                        << u"is missing"_s;
    QTest::newRow("malformed sheet xml") << QByteArray() << QByteArray("<row r=\"1\"><c><v>1</v></row>") << QString()
                                         << 0 << u"not well-formed XML"_s;
    QTest::newRow("too many columns") << QByteArray() << QByteArray("<row r=\"1\"><c r=\"XFE1\"><v>1</v></c></row>")
                                      << QString() << 0 << u"beyond column 16384"_s;
    QTest::newRow("sheet too large") << QByteArray() << QByteArray("<row r=\"1\"><c><v>1</v></c></row>") << QString()
                                     << 1 << u"more than the 0.0 MB"_s;
    QTest::newRow("too many shared strings") << QByteArray() << QByteArray("<row r=\"1\"><c><v>1</v></c></row>")
                                             << QString() << 2 << u"more than 1 shared strings"_s;
}

void TestXlsxReader::refusals()
{
    QFETCH(QByteArray, fileBytes);
    QFETCH(QByteArray, sheetData);
    QFETCH(QString, sheetPartOverride);
    QFETCH(int, limitCase);
    QFETCH(QString, expected);

    QTemporaryDir dir;
    const QString path = dir.filePath(u"bad.xlsx"_s);
    if (sheetData.isEmpty()) {
        QVERIFY(cx::test::writeFile(path, fileBytes));
    } else {
        auto entries = cx::test::workbookEntries({{u"S"_s, sheetData}}, kSharedStrings, kStyles);
        if (!sheetPartOverride.isEmpty())
            entries.last().first = sheetPartOverride;
        QVERIFY(cx::test::writeZip(path, entries));
    }
    XlsxOptions options;
    if (limitCase == 1)
        options.limits.maxSheetBytes = 16;
    if (limitCase == 2)
        options.limits.maxSharedStrings = 1;
    XlsxReader reader(path, options);
    if (reader.open())
        readAll(reader);
    QVERIFY(reader.hasError());
    QVERIFY2(reader.errorString().contains(u"bad.xlsx"_s), qPrintable(reader.errorString()));
    QVERIFY2(reader.errorString().contains(expected), qPrintable(reader.errorString()));
}

void TestXlsxReader::referenceOutsideTheRoot_data()
{
    QTest::addColumn<QByteArray>("sheetXml");
    QTest::addColumn<QString>("reason");
    const QByteArray head = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n";
    const QByteArray root = "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
                            "<sheetData><row r=\"1\"><c><v>1</v></c></row></sheetData></worksheet>";
    // A character reference is read as its character, held outside the
    // document: the refusal still names the line the reference is on.
    QTest::newRow("after the root") << head + root + "\n\n&#65;\n" << u"content after the end of the document, XML line 4"_s;
    QTest::newRow("before the root") << head + "\n&#x42;" + root << u"text before the first tag, XML line 3"_s;
}

void TestXlsxReader::referenceOutsideTheRoot()
{
    QFETCH(QByteArray, sheetXml);
    QFETCH(QString, reason);
    QTemporaryDir dir;
    const QString path = dir.filePath(u"outside.xlsx"_s);
    auto entries = cx::test::workbookEntries({{u"S"_s, QByteArray()}});
    entries.last().second = sheetXml;
    QVERIFY(cx::test::writeZip(path, entries));
    for (const bool libxml2 : {false, true}) {
        XlsxOptions options;
        options.libxml2Sheets = libxml2;
        XlsxReader reader(path, options);
        if (reader.open())
            readAll(reader);
        QVERIFY(reader.hasError());
        QVERIFY2(reader.errorString().contains(u"outside.xlsx"_s), qPrintable(reader.errorString()));
        QVERIFY2(reader.errorString().contains(u"not well-formed XML"_s), qPrintable(reader.errorString()));
        if (!libxml2)
            QVERIFY2(reader.errorString().contains(reason), qPrintable(reader.errorString()));
    }
}

void TestXlsxReader::zipBomb()
{
    // 64 MB of blanks inside <sheetData> deflate to ~64 KB: over 1000:1.
    QTemporaryDir dir;
    const QByteArray padding(64 * 1024 * 1024, ' ');
    const QString path = writeCrafted(dir, u"bomb.xlsx"_s, {{u"S"_s, "<row r=\"1\"><c><v>1</v></c></row>" + padding}});
    XlsxReader reader(path);
    QVERIFY(!reader.open());
    QVERIFY2(reader.errorString().contains(u"zip bomb"_s), qPrintable(reader.errorString()));
    QVERIFY(reader.errorString().contains(u"bomb.xlsx"_s));
}

void TestXlsxReader::checksumMismatch()
{
    QTemporaryDir dir;
    const QString path = writeCrafted(dir, u"crc.xlsx"_s, {{u"S"_s, kCraftedSheet}}, kSharedStrings, false, true);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadWrite));
    QByteArray bytes = file.readAll();
    const qsizetype at = bytes.indexOf("<v>100</v>");
    QVERIFY(at > 0);
    bytes[at + 3] = '9'; // the archive's CRC no longer matches
    file.seek(0);
    file.write(bytes);
    file.close();

    XlsxReader reader(path);
    QVERIFY(reader.open());
    const auto result = readAll(reader);
    QVERIFY(result.summary.contains(u"4|TRUE|FALSE|1.5e-07|900|0.1"_s));
    QVERIFY(reader.hasError());
    QVERIFY2(reader.errorString().contains(u"checksum"_s), qPrintable(reader.errorString()));
}

void TestXlsxReader::zip64_data()
{
    QTest::addColumn<QString>("file");
    // Info-ZIP's zip -fz: the central directory says 0xFFFFFFFF, the extra field has the size.
    QTest::newRow("zip64 sizes, deflated") << u"zip64_deflated.xlsx"_s;
    QTest::newRow("zip64 sizes, stored") << u"zip64_stored.xlsx"_s;
    // Python's zipfile with force_zip64: ZIP64 records in the local headers only.
    QTest::newRow("zip64 local headers") << u"zip64_local.xlsx"_s;
}

void TestXlsxReader::zip64()
{
    QFETCH(QString, file);
    const QString path = QFINDTESTDATA(u"data/"_s + file);
    QVERIFY(!path.isEmpty());
    XlsxReader reader(path);
    QVERIFY2(reader.open(), qPrintable(reader.errorString()));
    QCOMPARE(reader.sheetNames(), QStringList{u"工单"_s});
    QCOMPARE(reader.totalBytes(), 1607); // the sheet XML, not 4096 MB
    const auto result = readAll(reader);
    QVERIFY2(!reader.hasError(), qPrintable(reader.errorString()));
    QCOMPARE(result.summary, QStringList({
                                 u"1|工单号|受理时间|处理时长|是否升级|投诉内容"_s,
                                 u"2|GD001|2024-03-05 14:03:22|16.5|TRUE|网速慢，卡顿"_s,
                                 u"3|GD002|2024-12-31 23:59:59|42|FALSE|资费不明"_s,
                                 u"4|GD003|2024-08-01|3.25||视频彩铃退订困难"_s,
                             }));
    QCOMPARE(reader.progressBytes(), reader.totalBytes());
}

void TestXlsxReader::zip64StoredDamaged()
{
    // minizip does not verify such entries itself: the reader must.
    QFile file(QFINDTESTDATA(u"data/zip64_stored.xlsx"_s));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QByteArray bytes = file.readAll();
    const qsizetype at = bytes.indexOf("<v>42</v>");
    QVERIFY(at > 0);
    bytes[at + 3] = '7';
    QBuffer buffer(&bytes);
    XlsxReader reader(&buffer, u"zip64.xlsx"_s);
    QVERIFY2(reader.open(), qPrintable(reader.errorString()));
    const auto result = readAll(reader);
    QVERIFY(result.summary.contains(u"3|GD002|2024-12-31 23:59:59|72|FALSE|资费不明"_s));
    QVERIFY(reader.hasError());
    QVERIFY2(reader.errorString().contains(u"checksum"_s), qPrintable(reader.errorString()));
    QVERIFY(reader.errorString().contains(u"zip64.xlsx"_s));
}

void TestXlsxReader::truncatedFiles()
{
    // Cut a valid workbook at many points and flip bytes: always a clean
    // refusal or a partial read, never a crash or a hang.
    QTemporaryDir dir;
    QFile source(writeWithXlsxwriter(dir));
    QVERIFY(source.open(QIODevice::ReadOnly));
    const QByteArray bytes = source.readAll();
    int refused = 0;
    for (qsizetype cut = 1; cut < bytes.size(); cut += bytes.size() / 37 + 1) {
        QByteArray truncated = bytes.left(cut);
        QBuffer buffer(&truncated);
        XlsxReader reader(&buffer, u"cut.xlsx"_s);
        if (!reader.open()) {
            ++refused;
            QVERIFY(reader.errorString().contains(u"cut.xlsx"_s));
        }
    }
    QVERIFY(refused > 30);
    for (qsizetype at = 40; at < bytes.size(); at += 97) {
        QByteArray damaged = bytes;
        damaged[at] = char(damaged[at] ^ 0x5A);
        QBuffer buffer(&damaged);
        XlsxOptions options;
        options.sheetIndex = 1;
        XlsxReader reader(&buffer, u"flip.xlsx"_s, options);
        if (reader.open())
            readAll(reader);
        if (reader.hasError())
            QVERIFY(reader.errorString().contains(u"flip.xlsx"_s));
    }
}

void TestXlsxReader::serialToText_data()
{
    QTest::addColumn<double>("serial");
    QTest::addColumn<bool>("date1904");
    QTest::addColumn<QString>("expected");
    QTest::newRow("1900-01-01") << 1.0 << false << u"1900-01-01"_s;
    QTest::newRow("1900-02-28") << 59.0 << false << u"1900-02-28"_s;
    QTest::newRow("fake leap day") << 60.0 << false << u"1900-02-29"_s;
    QTest::newRow("1900-03-01") << 61.0 << false << u"1900-03-01"_s;
    QTest::newRow("2024-01-01 00:59:02") << 45292.04099537037 << false << u"2024-01-01 00:59:02"_s;
    QTest::newRow("rounds to the second") << 45292.99999999 << false << u"2024-01-02"_s;
    QTest::newRow("time only") << 0.75 << false << u"18:00:00"_s;
    QTest::newRow("1904 epoch + 1") << 1.0 << true << u"1904-01-02"_s;
    QTest::newRow("1904 day 60 is ordinary") << 60.0 << true << u"1904-03-01"_s;
    QTest::newRow("9999-12-31") << 2958465.0 << false << u"9999-12-31"_s;
    QTest::newRow("too large") << 2958466.0 << false << QString();
    QTest::newRow("1904 too large") << 2957004.0 << true << QString();
    QTest::newRow("negative") << -1.0 << false << QString();
    QTest::newRow("nan") << qQNaN() << false << QString();
}

void TestXlsxReader::serialToText()
{
    QFETCH(double, serial);
    QFETCH(bool, date1904);
    QFETCH(QString, expected);
    QCOMPARE(cx::xlsx::serialToText(serial, date1904), expected);
}

void TestXlsxReader::dateFormatCodes_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<bool>("isDate");
    QTest::newRow("yyyy-mm-dd") << u"yyyy-mm-dd"_s << true;
    QTest::newRow("h:mm:ss") << u"h:mm:ss"_s << true;
    QTest::newRow("chinese") << uR"(yyyy"年"m"月"d"日")"_s << true;
    QTest::newRow("locale prefix") << u"[$-804]yyyy/m/d;@"_s << true;
    QTest::newRow("general") << u"General"_s << false;
    QTest::newRow("decimals") << u"0.00"_s << false;
    QTest::newRow("red negative") << u"#,##0.00_);[Red](#,##0.00)"_s << false;
    QTest::newRow("quoted letters") << uR"(0 "days")"_s << false;
    QTest::newRow("escaped letter") << u"0\\h"_s << false;
    QTest::newRow("elapsed hours") << u"[h]:mm:ss"_s << false;
    QTest::newRow("currency") << u"[$€-407]#,##0.00"_s << false;
    QTest::newRow("percent") << u"0%"_s << false;
    QTest::newRow("text") << u"@"_s << false;
}

void TestXlsxReader::dateFormatCodes()
{
    QFETCH(QString, code);
    QFETCH(bool, isDate);
    QCOMPARE(cx::xlsx::isDateFormatCode(code), isDate);
}

void TestXlsxReader::numberToText_data()
{
    QTest::addColumn<double>("value");
    QTest::addColumn<QString>("expected");
    QTest::newRow("integer") << 44927.0 << u"44927"_s;
    QTest::newRow("negative zero") << -0.0 << u"0"_s;
    QTest::newRow("tenth") << 0.1 << u"0.1"_s;
    QTest::newRow("sum error kept") << 0.1 + 0.2 << u"0.30000000000000004"_s;
    QTest::newRow("large integer") << 123456789012.0 << u"123456789012"_s;
    QTest::newRow("small") << 1.5e-10 << u"1.5e-10"_s;
    QTest::newRow("huge") << 1e20 << u"1e+20"_s;
}

void TestXlsxReader::numberToText()
{
    QFETCH(double, value);
    QFETCH(QString, expected);
    QCOMPARE(cx::xlsx::numberToText(value), expected);
}

void TestXlsxReader::sharedSurvey()
{
    CX_REQUIRE_SHARED_DATA(dir);
    XlsxReader reader(dir + u"/survey_2024.xlsx"_s);
    QVERIFY2(reader.open(), qPrintable(reader.errorString()));
    QCOMPARE(reader.sheetNames(), QStringList{u"问卷数据"_s});
    const auto result = readAll(reader);
    QVERIFY2(!reader.hasError(), qPrintable(reader.errorString()));
    QVERIFY(reader.issues().isEmpty());
    QCOMPARE(result.rows.size(), 6001);
    const QStringList &header = result.rows.first();
    QCOMPARE(header.size(), 32);
    QCOMPARE(header.first(), u"序号"_s);
    QCOMPARE(header[1], u"提交答卷时间"_s);
    QCOMPARE(result.rows[1].mid(0, 8), QStringList({u"1"_s, u"2024-01-01 00:59:02"_s, u"594秒"_s, u"二维码"_s,
                                                    u"157****7289"_s, u"深圳"_s, u"咪咕阅读"_s, u"8"_s}));
    for (qsizetype i = 0; i < result.rows.size(); ++i) {
        QCOMPARE(result.lines[i], i + 1);
        QVERIFY(result.rows[i].size() <= 32);
        if (i > 0)
            QVERIFY2(result.rows[i][1].startsWith(u"2024-"_s), qPrintable(result.rows[i][1]));
    }
}

void TestXlsxReader::lexerMatchesLibxml2()
{
    // Every row of every sheet of the sample workbooks, and of workbooks
    // other programs wrote, as the lexer and libxml2 read it, in one piece
    // and in blocks side by side.
    CX_REQUIRE_SHARED_DATA(dir);
    QStringList paths;
    for (const QString &folder : {dir, dir + u"/../fixtures"_s}) {
        for (const QString &name : QDir(folder).entryList({u"*.xlsx"_s}, QDir::Files, QDir::Name))
            paths.append(folder + u'/' + name);
    }
    QVERIFY(paths.size() >= 2);
    for (const QString &path : std::as_const(paths)) {
        const auto readSheets = [&](bool libxml2, int threads) {
            XlsxOptions options;
            options.libxml2Sheets = libxml2;
            options.parseThreads = threads;
            XlsxReader reader(path, options);
            QStringList all;
            if (!reader.open())
                return QStringList{reader.errorString()};
            for (int sheet = 0; sheet < reader.sheets().size(); ++sheet) {
                reader.selectSheet(sheet);
                all += readAll(reader).summary;
                all += reader.errorString();
            }
            for (const cx::ReadIssue &issue : reader.issues())
                all += issue.message;
            return all;
        };
        const QStringList reference = readSheets(true, 1);
        QVERIFY2(reference.size() > 100, qPrintable(path));
        QCOMPARE(readSheets(false, 1), reference);
        QCOMPARE(readSheets(false, 3), reference);
    }
}

void TestXlsxReader::utf16Sheet_data()
{
    QTest::addColumn<int>("threads");
    QTest::newRow("one parser") << 1;
    QTest::newRow("blocks") << 3;
}

void TestXlsxReader::utf16Sheet()
{
    // A sheet that is not UTF-8 is left to libxml2 and reads the same.
    QFETCH(int, threads);
    QTemporaryDir dir;
    auto entries = cx::test::workbookEntries({{u"S"_s, {}}}, kSharedStrings, kStyles);
    const QString document = u"<?xml version=\"1.0\" encoding=\"UTF-16\"?><worksheet xmlns=\"http://schemas."
                             u"openxmlformats.org/spreadsheetml/2006/main\"><sheetData><row r=\"1\"><c r=\"A1\" "
                             u"t=\"s\"><v>0</v></c><c r=\"B1\" t=\"inlineStr\"><is><t>十六位</t></is></c></row>"
                             u"</sheetData></worksheet>"_s;
    QByteArray utf16("\xFF\xFE");
    for (const QChar c : document) {
        utf16 += char(c.unicode() & 0xFF);
        utf16 += char(c.unicode() >> 8);
    }
    entries.last().second = utf16;
    const QString path = dir.filePath(u"utf16.xlsx"_s);
    QVERIFY(cx::test::writeZip(path, entries));
    XlsxOptions options;
    options.parseThreads = threads;
    XlsxReader reader(path, options);
    QVERIFY2(reader.open(), qPrintable(reader.errorString()));
    QCOMPARE(readAll(reader).summary, QStringList{u"1|共享|十六位"_s});
    QVERIFY2(!reader.hasError(), qPrintable(reader.errorString()));
}

QTEST_GUILESS_MAIN(TestXlsxReader)
#include "tst_xlsxreader.moc"
