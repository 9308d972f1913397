#include "io/biffreader.h"
#include "io/biffstream.h"
#include "readall.h"
#include "testsupport.h"

#include <QBuffer>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>
#include <QThreadPool>
#include <QtConcurrent>

#include <thread>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

using namespace Qt::StringLiterals;
using cx::BiffReader;
using cx::test::readAll;
namespace biffstream = cx::biffstream;

namespace {

const QString kStopped = u"the old Excel format reader stopped"_s;

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

// The processes this one started that still exist, zombies included
// (Linux: from /proc; elsewhere none are seen).
QStringList childProcesses()
{
    QStringList children;
#ifdef Q_OS_LINUX
    const QString self = QString::number(getpid());
    const QStringList entries = QDir(u"/proc"_s).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString &pid : entries) {
        QFile stat(u"/proc/"_s + pid + u"/stat"_s);
        if (!stat.open(QIODevice::ReadOnly))
            continue;
        // "pid (name) state ppid ...": the name may hold spaces and parentheses.
        const QByteArray line = stat.readAll();
        const QList<QByteArray> fields = line.mid(line.lastIndexOf(')') + 2).split(' ');
        if (fields.size() > 1 && fields.at(1) == self.toLatin1())
            children << pid + u' ' + QString::fromLatin1(line.left(line.lastIndexOf(')') + 1));
    }
#endif
    return children;
}

// Frames as the reader process writes them.
QByteArray workbookFrame(const QStringList &sheets)
{
    biffstream::FrameWriter out(biffstream::FrameType::Workbook);
    out.addU8(0);
    out.addU16(quint16(sheets.size()));
    for (const QString &sheet : sheets) {
        out.addU8(1);
        out.addText(sheet.toUtf8());
    }
    return out.finish();
}

// A Rows frame of sheet 0: `rows` are (row index, text of its one cell).
QByteArray rowsFrame(quint32 sheetRows, quint32 nextRow, const QList<std::pair<quint32, QString>> &rows,
                     quint16 sheet = 0)
{
    biffstream::FrameWriter out(biffstream::FrameType::Rows);
    out.addU16(sheet);
    out.addU32(sheetRows);
    out.addU32(nextRow);
    out.addU32(quint32(rows.size()));
    for (const auto &[index, text] : rows) {
        out.addU32(index);
        out.addU16(1);
        out.addU8(quint8(biffstream::CellType::Text));
        out.addText(text.toUtf8());
    }
    return out.finish();
}

// Stands in for cxwb-xlsread (through CXWB_XLSREAD, which the tests are
// run with) while it lives: a shell script that writes `output` without
// reading its requests, then runs `then`.
class FakeReaderProcess
{
public:
    FakeReaderProcess(const QByteArray &output, const QString &then)
        : m_saved(qgetenv("CXWB_XLSREAD"))
    {
        const QString data = m_dir.filePath(u"output.bin"_s);
        const QString script = m_dir.filePath(u"cxwb-xlsread"_s);
        m_ok = cx::test::writeFile(data, output)
            && cx::test::writeFile(script, (u"#!/bin/sh\ncat '"_s + data + u"'\n"_s + then + u'\n').toUtf8())
            && QFile::setPermissions(script, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        qputenv("CXWB_XLSREAD", QFile::encodeName(script));
    }
    ~FakeReaderProcess() { qputenv("CXWB_XLSREAD", m_saved); }
    bool isValid() const { return m_ok; }

private:
    QTemporaryDir m_dir;
    QByteArray m_saved;
    bool m_ok = false;
};

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
    void cleanup();
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
    void keepsBlankRows();
    void crashingFile();
    void slowFile_data();
    void slowFile();
    void cancelKillsProcess();
    void brokenProcess_data();
    void brokenProcess();
    void readAheadAndPreview();
    void cliImport_data();
    void cliImport();
};

void TestBiffReader::cleanup()
{
    // Every reader process has ended and was reaped, whatever the test did.
    QCOMPARE(childProcesses(), QStringList());
}

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

void TestBiffReader::keepsBlankRows()
{
    BiffReader::Options options;
    options.skipBlankRows = false;
    BiffReader reader(QFINDTESTDATA("data/biff_1900.xls"), options);
    QVERIFY2(reader.open(), qPrintable(reader.errorString()));
    QStringList expected = kExpectedRows;
    expected.insert(3, u"4|"_s); // the fourth sheet row is empty
    QCOMPARE(readAll(reader).summary, expected);
    QCOMPARE(reader.previewSheet(1, 2), QList<QStringList>({{u"地市"_s}, {{}, {}, u"3.25"_s}}));
}

void TestBiffReader::crashingFile()
{
    // LibreOffice's save of 30 complaint rows with one byte changed, as
    // fuzz_biffreader found it: FreeXL 1.0.6 reads far out of bounds in
    // freexl_open() and crashes (in-process, the app went down with it).
    BiffReader reader(QFINDTESTDATA("data/biff_freexl_crash.xls"));
    QVERIFY(!reader.open());
    QVERIFY2(reader.errorString().contains(kStopped), qPrintable(reader.errorString()));
    QVERIFY2(reader.errorString().contains(u"biff_freexl_crash.xls"_s), qPrintable(reader.errorString()));
    cx::TableRow row;
    QVERIFY(!reader.readRow(row));
}

void TestBiffReader::slowFile_data()
{
    QTest::addColumn<int>("cpuSeconds");
    QTest::addColumn<int>("timeoutMs");
    QTest::addColumn<QString>("says");
    QTest::newRow("timeout") << 0 << 300 << u"no answer within 1 second"_s;
    QTest::newRow("processor limit") << 1 << 600000 << u"limit of processor time"_s;
}

void TestBiffReader::slowFile()
{
    // Dates FreeXL takes seconds each to count out: the process is stopped
    // by the parent's timeout, or by its own limit of processor time.
    QFETCH(int, cpuSeconds);
    QFETCH(int, timeoutMs);
    QFETCH(QString, says);
    BiffReader::Options options;
    options.cpuSeconds = cpuSeconds;
    options.timeoutMs = timeoutMs;
    BiffReader reader(QFINDTESTDATA("data/biff_slow_dates.xls"), options);
    QVERIFY(!reader.open());
    QVERIFY2(reader.errorString().contains(kStopped), qPrintable(reader.errorString()));
    QVERIFY2(reader.errorString().contains(says), qPrintable(reader.errorString()));
}

void TestBiffReader::cancelKillsProcess()
{
    std::atomic_bool cancel = false;
    BiffReader::Options options;
    options.cancel = &cancel;
    BiffReader reader(QFINDTESTDATA("data/biff_slow_dates.xls"), options);
    QElapsedTimer clock;
    clock.start();
    std::thread canceller([&cancel] {
        std::this_thread::sleep_for(std::chrono::milliseconds(200));
        cancel = true;
    });
    const bool opened = reader.open();
    canceller.join();
    QVERIFY(!opened);
    QVERIFY2(reader.errorString().contains(u"cancelled"_s), qPrintable(reader.errorString()));
    // The process is gone already, not only once the reader is destroyed.
    QCOMPARE(childProcesses(), QStringList());
    QVERIFY2(clock.elapsed() < 60000, qPrintable(QString::number(clock.elapsed())));
}

void TestBiffReader::brokenProcess_data()
{
    QTest::addColumn<QByteArray>("output");
    QTest::addColumn<QString>("then");
    QTest::addColumn<int>("rowsBeforeError"); // -1: open() fails
    QTest::addColumn<QString>("says");
    const QByteArray workbook = workbookFrame({u"投诉"_s});
    QTest::newRow("crashes") << QByteArray() << u"kill -SEGV $$"_s << -1 << u"crashed"_s;
    QTest::newRow("exits") << QByteArray() << u"exit 3"_s << -1 << u"exit code 3"_s;
    QTest::newRow("silent") << QByteArray() << u"exec sleep 600"_s << -1 << u"no answer within"_s;
    QTest::newRow("absurd length") << QByteArray("\xFF\xFF\xFF\xFF", 4) << u"exec sleep 600"_s << -1
                                   << u"makes no sense"_s;
    QTest::newRow("frame cut off") << workbook.first(workbook.size() - 1) << u"exit 0"_s << -1 << u"exit code 0"_s;
    QTest::newRow("rows first") << rowsFrame(1, 1, {{0, u"x"_s}}) << u"exec sleep 600"_s << -1
                                << u"makes no sense"_s;
    QTest::newRow("rows of another sheet") << workbook + rowsFrame(1, 1, {{0, u"x"_s}}, 5) << u"exec sleep 600"_s
                                           << -1 << u"makes no sense"_s;
    QTest::newRow("no progress") << workbook + rowsFrame(100, 0, {}) << u"exec sleep 600"_s << -1
                                 << u"makes no sense"_s;
    QTest::newRow("rows out of order") << workbook + rowsFrame(9, 9, {{3, u"a"_s}, {2, u"b"_s}})
                                       << u"exec sleep 600"_s << 1 << u"makes no sense"_s;
    // Rows delivered, then the process ends: the reader fails, so an import rolls back.
    QTest::newRow("ends midway") << workbook + rowsFrame(10000, 2, {{0, u"工单号"_s}, {1, u"GD1"_s}})
                                 << u"exit 0"_s << 2 << u"exit code 0"_s;
}

void TestBiffReader::brokenProcess()
{
#ifndef Q_OS_UNIX
    QSKIP("the stand-in reader process is a shell script");
#endif
    QFETCH(QByteArray, output);
    QFETCH(QString, then);
    QFETCH(int, rowsBeforeError);
    QFETCH(QString, says);
    const FakeReaderProcess fake(output, then);
    QVERIFY(fake.isValid());
    BiffReader::Options options;
    // Only the silent process is meant to meet the timeout; the others end or
    // answer on their own, however slowly a loaded machine starts a shell.
    options.timeoutMs = says.startsWith(u"no answer"_s) ? 500 : 60000;
    BiffReader reader(QFINDTESTDATA("data/biff_1900.xls"), options);
    const bool opened = reader.open();
    QCOMPARE(opened, rowsBeforeError >= 0);
    if (opened) {
        QCOMPARE(readAll(reader).rows.size(), rowsBeforeError);
        QVERIFY(reader.hasError());
    }
    QVERIFY2(reader.errorString().contains(kStopped), qPrintable(reader.errorString()));
    QVERIFY2(reader.errorString().contains(says), qPrintable(reader.errorString()));
}

void TestBiffReader::readAheadAndPreview()
{
#ifndef Q_OS_UNIX
    QSKIP("the stand-in reader process is a shell script");
#endif
    // What the process answers, in the order BiffReader asks. Selecting the
    // sheet asks for rows 0–1 of four, and at once for rows 2–3 to read
    // them ahead; a preview takes that answer first, then asks for its
    // row. The preview does not move readRow(), which goes on with the
    // rows read ahead; selecting the sheet again starts anew.
    const QByteArray firstRows = rowsFrame(4, 2, {{0, u"工单号"_s}, {1, u"GD1"_s}});
    const QByteArray aheadRows = rowsFrame(4, 4, {{3, u"GD3"_s}});
    const QByteArray previewRows = rowsFrame(4, 1, {{0, u"工单号"_s}});
    const QByteArray output = workbookFrame({u"投诉"_s}) + firstRows + aheadRows + previewRows // open, preview, read
        + firstRows + aheadRows + previewRows // select, preview
        + rowsFrame(4, 4, {{0, u"工单号"_s}, {2, u"GD2"_s}}); // select again
    const FakeReaderProcess fake(output, u"exec sleep 600"_s);
    QVERIFY(fake.isValid());
    BiffReader::Options options;
    options.timeoutMs = 60000;
    BiffReader reader(QFINDTESTDATA("data/biff_1900.xls"), options);
    QVERIFY2(reader.open(), qPrintable(reader.errorString()));
    cx::TableRow row;
    QVERIFY(reader.readRow(row));
    QCOMPARE(row.cellString(0), u"工单号"_s);
    QCOMPARE(reader.previewSheet(0, 1), QList<QStringList>{{u"工单号"_s}});
    QCOMPARE(readAll(reader).summary, QStringList({u"2|GD1"_s, u"4|GD3"_s}));
    QCOMPARE(reader.progressBytes(), reader.totalBytes());

    QVERIFY2(reader.selectSheet(0), qPrintable(reader.errorString()));
    QCOMPARE(reader.previewSheet(0, 1), QList<QStringList>{{u"工单号"_s}});
    QVERIFY2(reader.selectSheet(0), qPrintable(reader.errorString()));
    QCOMPARE(readAll(reader).summary, QStringList({u"1|工单号"_s, u"3|GD2"_s}));
    QVERIFY2(!reader.hasError(), qPrintable(reader.errorString()));
}

void TestBiffReader::cliImport_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<int>("inserted");
    QTest::newRow("LibreOffice BIFF8") << u"complaints_300_libreoffice_biff8.xls"_s << 0 << 300;
    QTest::newRow("FreeXL crashes") << QFINDTESTDATA("data/biff_freexl_crash.xls") << 1 << 0;
}

void TestBiffReader::cliImport()
{
    // cxwb-cli finds cxwb-xlsread where it is installed relative to it.
    QFETCH(QString, file);
    QFETCH(int, exitCode);
    QFETCH(int, inserted);
    if (!QFileInfo(file).isAbsolute()) {
        CX_REQUIRE_SHARED_DATA(data);
        file = QDir(data).filePath(u"../fixtures/"_s + file);
    }
    QTemporaryDir dir;
    const cx::test::CliRun run =
        cx::test::runCli({u"import"_s, u"-w"_s, dir.filePath(u"w.cxw"_s), file, u"--json"_s});
    QCOMPARE(run.exitCode, exitCode); // 1: the only file failed, nothing of it was kept; a crash would be -1
    const QJsonObject report = QJsonDocument::fromJson(run.out).array().at(0).toObject();
    QCOMPARE(report.value(u"inserted"_s).toInt(), inserted);
    if (exitCode != 0)
        QVERIFY2(report.value(u"error"_s).toString().contains(kStopped), run.out.constData());
}

QTEST_GUILESS_MAIN(TestBiffReader)
#include "tst_biffreader.moc"
