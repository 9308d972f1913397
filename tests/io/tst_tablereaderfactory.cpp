// createTableReader() decides by content, whatever the file is called.
#include "io/biffreader.h"
#include "io/csvreader.h"
#include "io/fileformat.h"
#include "io/htmltablereader.h"
#include "io/xlsxreader.h"
#include "readall.h"
#include "testsupport.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

QByteArray fileBytes(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// A ZIP archive with one stored entry, as Python's zipfile writes it.
QByteArray zipWithEntry(const QByteArray &name, const QByteArray &content);

} // namespace

class TestTableReaderFactory : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readerByContent_data();
    void readerByContent();
    void refusals_data();
    void refusals();
};

void TestTableReaderFactory::readerByContent_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("reader");
    QTest::addColumn<int>("rows");

    const QByteArray biff = fileBytes(QFINDTESTDATA("data/biff_1900.xls"));
    const QByteArray html = fileBytes(QFINDTESTDATA("data/webexport_gbk.xls"));
    QTest::newRow("BIFF named .xls") << u"export.xls"_s << biff << u"biff"_s << 4;
    QTest::newRow("BIFF named .xlsx") << u"export.xlsx"_s << biff << u"biff"_s << 4;
    QTest::newRow("HTML named .xls") << u"export.xls"_s << html << u"html"_s << 6;
    QTest::newRow("HTML named .csv") << u"export.csv"_s << html << u"html"_s << 6;
    QTest::newRow("bare table after blanks") << u"t.xls"_s << QByteArray("\r\n  <table><tr><td>a</td></tr></table>")
                                             << u"html"_s << 1;
    QTest::newRow("doctype with BOM") << u"t.xls"_s << QByteArray("\xEF\xBB\xBF<!DOCTYPE html><table><tr><td>a</td></tr></table>")
                                      << u"html"_s << 1;
    QTest::newRow("CSV named .xls") << u"export.xls"_s << QByteArray("a,b\n1,2\n") << u"csv"_s << 2;
    QTest::newRow("CSV starting with <") << u"x.csv"_s << QByteArray("<5G>,b\n1,2\n") << u"csv"_s << 2;
    QTest::newRow("CSV with NUL bytes") << u"x.csv"_s << QByteArray("a,b\n1,\0\0\0\n", 11) << u"csv"_s << 2;
    QTest::newRow("empty file") << u"empty.xlsx"_s << QByteArray() << u"csv"_s << 0;
}

void TestTableReaderFactory::readerByContent()
{
    QFETCH(QString, name);
    QFETCH(QByteArray, bytes);
    QFETCH(QString, reader);
    QFETCH(int, rows);
    QTemporaryDir dir;
    const QString path = dir.filePath(name);
    QVERIFY(cx::test::writeFile(path, bytes));
    const std::unique_ptr<cx::TableReader> created = cx::createTableReader(path);
    const bool rightKind = reader == "biff"_L1 ? dynamic_cast<cx::BiffReader *>(created.get()) != nullptr
        : reader == "html"_L1                  ? dynamic_cast<cx::HtmlTableReader *>(created.get()) != nullptr
                                               : dynamic_cast<cx::CsvReader *>(created.get()) != nullptr;
    QVERIFY(rightKind);
    QVERIFY2(created->open(), qPrintable(created->errorString()));
    QCOMPARE(cx::test::readAll(*created).rows.size(), rows);
}

void TestTableReaderFactory::refusals_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("says");

    QTest::newRow("PDF") << QByteArray("%PDF-1.7\n%\xE2\xE3\xCF\xD3\n1 0 obj") << u"is a PDF document, not a table export"_s;
    QTest::newRow("PNG") << QByteArray("\x89PNG\r\n\x1A\n\0\0\0\rIHDR", 16) << u"PNG image"_s;
    QTest::newRow("gzip") << QByteArray("\x1F\x8B\x08\0\0\0\0\0", 8) << u"gzip archive"_s;
    QTest::newRow("SQLite") << QByteArray("SQLite format 3\0\x10\0", 18) << u"SQLite database"_s;
    QTest::newRow("SpreadsheetML 2003")
        << QByteArray("<?xml version=\"1.0\"?>\n<Workbook xmlns=\"urn:schemas-microsoft-com:office:spreadsheet\">")
        << u"Excel 2003 XML spreadsheet"_s;
    QByteArray binary;
    for (int i = 0; i < 4096; ++i)
        binary.append(char((i * 7919) % 256));
    QTest::newRow("binary") << binary << u"binary data"_s;
    QTest::newRow("ZIP that is not a workbook") << zipWithEntry("readme.txt", "hello") << u"ZIP archive without a workbook"_s;
    QTest::newRow("Word document") << zipWithEntry("word/document.xml", "<w:document/>") << u"Word document"_s;
    QTest::newRow("OpenDocument spreadsheet")
        << zipWithEntry("mimetype", "application/vnd.oasis.opendocument.spreadsheet") << u"save it as .xlsx"_s;
}

void TestTableReaderFactory::refusals()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, says);
    QTemporaryDir dir;
    const QString path = dir.filePath(u"report.xls"_s);
    QVERIFY(cx::test::writeFile(path, bytes));
    const std::unique_ptr<cx::TableReader> reader = cx::createTableReader(path);
    QVERIFY(!reader->open());
    QVERIFY2(reader->errorString().contains(u"report.xls"_s), qPrintable(reader->errorString()));
    QVERIFY2(reader->errorString().contains(says), qPrintable(reader->errorString()));
    QVERIFY(!reader->errorString().contains(dir.path())); // the file name, not the folders
}

namespace {

QByteArray zipWithEntry(const QByteArray &name, const QByteArray &content)
{
    // Local header, data, central directory, end record; CRC-32 left 0 (a reader checks it on reading the entry).
    const auto u16 = [](QByteArray &out, quint16 v) { out.append(char(v & 0xFF)).append(char(v >> 8)); };
    const auto u32 = [&](QByteArray &out, quint32 v) { u16(out, quint16(v & 0xFFFF)); u16(out, quint16(v >> 16)); };
    QByteArray zip("PK\x03\x04");
    u16(zip, 10); u16(zip, 0); u16(zip, 0); u16(zip, 0); u16(zip, 0);
    u32(zip, 0); u32(zip, quint32(content.size())); u32(zip, quint32(content.size()));
    u16(zip, quint16(name.size())); u16(zip, 0);
    zip += name + content;
    const qsizetype central = zip.size();
    zip += "PK\x01\x02";
    u16(zip, 20); u16(zip, 10); u16(zip, 0); u16(zip, 0); u16(zip, 0); u16(zip, 0);
    u32(zip, 0); u32(zip, quint32(content.size())); u32(zip, quint32(content.size()));
    u16(zip, quint16(name.size())); u16(zip, 0); u16(zip, 0); u16(zip, 0); u16(zip, 0);
    u32(zip, 0); u32(zip, 0);
    zip += name;
    const qsizetype centralSize = zip.size() - central;
    zip += "PK\x05\x06";
    u16(zip, 0); u16(zip, 0); u16(zip, 1); u16(zip, 1);
    u32(zip, quint32(centralSize)); u32(zip, quint32(central)); u16(zip, 0);
    return zip;
}

} // namespace

QTEST_GUILESS_MAIN(TestTableReaderFactory)
#include "tst_tablereaderfactory.moc"
