#include "io/biffreader.h"
#include "readall.h"
#include "testsupport.h"

#include <QBuffer>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QThreadPool>
#include <QtConcurrent>

using namespace Qt::StringLiterals;
using cx::BiffReader;
using cx::test::readAll;

namespace {

QByteArray fileBytes(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// Renames the OLE directory entry "Workbook" (UTF-16LE, in a 64-byte name
// field followed by its length in bytes) to @p name: an OLE file without a
// workbook, as a Word document or an Outlook message is one.
QByteArray renameWorkbookStream(QByteArray bytes, const QString &name)
{
    const QByteArray from = QByteArray("W\0o\0r\0k\0b\0o\0o\0k\0\0\0", 18);
    const qsizetype at = bytes.indexOf(from);
    if (at < 0 || name.size() > 31)
        return {};
    QByteArray to(64, '\0');
    for (qsizetype i = 0; i < name.size(); ++i)
        to[2 * i] = char(name.at(i).unicode());
    bytes.replace(at, 64, to);
    const quint16 length = quint16((name.size() + 1) * 2);
    bytes[at + 64] = char(length & 0xFF);
    bytes[at + 65] = char(length >> 8);
    return bytes;
}

const QStringList kExpectedRows = {
    u"1|工单号|受理时间|日期|中文日期|时刻|数值|内容"_s,
    u"2|GD1|2024-07-04 05:57:13|2024-07-04|2024-03-05|14:03:00|16|第一行\n第二行"_s,
    u"3|202407040012209|2024-12-31 23:59:59||||9.6"_s,
    u"5|GD4|||||-0.1"_s,
};

} // namespace

class TestBiffReader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cells_data();
    void cells();
    void sheetsAndPreview();
    void readsFromDevice();
    void nonAsciiFileName();
    void oleWithoutWorkbook_data();
    void oleWithoutWorkbook();
    void damagedFiles_data();
    void damagedFiles();
    void threads();
};

void TestBiffReader::cells_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<bool>("date1904");
    QTest::newRow("1900 dates") << u"biff_1900.xls"_s << false;
    QTest::newRow("1904 dates") << u"biff_1904.xls"_s << true;
}

void TestBiffReader::cells()
{
    // Written by xlwt (data/make-biff.py): date, date-time, Chinese date and
    // time formats, integers, a 15-digit order number, decimals, a line break.
    QFETCH(QString, file);
    QFETCH(bool, date1904);
    BiffReader reader(QFINDTESTDATA(u"data/"_s + file));
    QVERIFY2(reader.open(), qPrintable(reader.errorString()));
    QCOMPARE(reader.uses1904Dates(), date1904);
    const auto result = readAll(reader);
    QVERIFY(!reader.hasError());
    QCOMPARE(result.summary, kExpectedRows);
    QVERIFY(reader.issues().isEmpty());
    QCOMPARE(reader.progressBytes(), reader.totalBytes());
}

void TestBiffReader::sheetsAndPreview()
{
    BiffReader reader(QFINDTESTDATA("data/biff_1900.xls"));
    QVERIFY(reader.open());
    QCOMPARE(reader.sheetNames(), QStringList({u"投诉"_s, u"汇总"_s}));
    QCOMPARE(reader.sheets().size(), 2);
    cx::TableRow row;
    QVERIFY(reader.readRow(row));
    // Previews do not move readRow().
    QCOMPARE(reader.previewSheet(1, 5), QList<QStringList>({{u"地市"_s}, {{}, {}, u"3.25"_s}}));
    const QStringList header = kExpectedRows[0].split(u'|').mid(1);
    const QList<QList<QStringList>> firstRows{QList<QStringList>{header}, QList<QStringList>{QStringList{u"地市"_s}}};
    QCOMPARE(reader.previewAll(1), firstRows);
    QVERIFY(reader.readRow(row));
    QCOMPARE(row.line(), 2);
    QVERIFY(reader.selectSheet(1));
    QCOMPARE(readAll(reader).summary, QStringList({u"1|地市"_s, u"2|||3.25"_s}));
}

void TestBiffReader::readsFromDevice()
{
    QByteArray bytes = fileBytes(QFINDTESTDATA("data/biff_1900.xls"));
    QBuffer buffer(&bytes);
    BiffReader reader(&buffer, u"memory.xls"_s);
    QVERIFY2(reader.open(), qPrintable(reader.errorString()));
    QCOMPARE(readAll(reader).summary, kExpectedRows);
}

void TestBiffReader::nonAsciiFileName()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"投诉工单 2024年7月.xls"_s);
    QVERIFY(QFile::copy(QFINDTESTDATA("data/biff_1900.xls"), path));
    BiffReader reader(path);
    QVERIFY2(reader.open(), qPrintable(reader.errorString()));
    QCOMPARE(readAll(reader).summary, kExpectedRows);
}

void TestBiffReader::oleWithoutWorkbook_data()
{
    QTest::addColumn<QString>("stream");
    QTest::addColumn<QString>("says");
    QTest::newRow("Word") << u"WordDocument"_s << u"Word document"_s;
    QTest::newRow("encrypted") << u"EncryptedPackage"_s << u"password-protected"_s;
    QTest::newRow("Outlook") << u"__substg1.0_0037"_s << u"Outlook message"_s;
    QTest::newRow("other") << u"Contents"_s << u"without a workbook"_s;
}

void TestBiffReader::oleWithoutWorkbook()
{
    QFETCH(QString, stream);
    QFETCH(QString, says);
    QTemporaryDir dir;
    const QString path = dir.filePath(u"notes.xls"_s);
    const QByteArray bytes = renameWorkbookStream(fileBytes(QFINDTESTDATA("data/biff_1900.xls")), stream);
    QVERIFY(!bytes.isEmpty());
    QVERIFY(cx::test::writeFile(path, bytes));
    BiffReader reader(path);
    QVERIFY(!reader.open());
    QVERIFY2(reader.errorString().contains(u"notes.xls"_s), qPrintable(reader.errorString()));
    QVERIFY2(reader.errorString().contains(says), qPrintable(reader.errorString()));
}

void TestBiffReader::damagedFiles_data()
{
    QTest::addColumn<QByteArray>("bytes");
    const QByteArray good = fileBytes(QFINDTESTDATA("data/biff_1900.xls"));
    QTest::newRow("signature only") << QByteArray("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1");
    QTest::newRow("truncated") << good.first(good.size() / 2);
    QByteArray header = good;
    header[30] = 0x20; // sector size 2^32
    QTest::newRow("absurd sector size") << header;
    QTest::newRow("missing") << QByteArray();
}

void TestBiffReader::damagedFiles()
{
    QFETCH(QByteArray, bytes);
    QTemporaryDir dir;
    const QString path = dir.filePath(u"broken.xls"_s);
    if (!bytes.isEmpty())
        QVERIFY(cx::test::writeFile(path, bytes));
    BiffReader reader(path);
    if (reader.open())
        readAll(reader); // a truncated file may still give the rows before the cut
    else
        QVERIFY2(reader.errorString().contains(u"broken.xls"_s), qPrintable(reader.errorString()));
}

void TestBiffReader::threads()
{
    // One reader per thread: FreeXL keeps its state in the handle.
    const QString path = QFINDTESTDATA("data/biff_1904.xls");
    QList<int> runs(16);
    const QList<QStringList> results = QtConcurrent::blockingMapped(runs, [&](int) {
        BiffReader reader(path);
        return reader.open() ? readAll(reader).summary : QStringList();
    });
    for (const QStringList &result : results)
        QCOMPARE(result, kExpectedRows);
}

QTEST_GUILESS_MAIN(TestBiffReader)
#include "tst_biffreader.moc"
