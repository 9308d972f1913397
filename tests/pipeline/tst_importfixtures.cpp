// Every import fixture of the project (the tests' data folders, the sample
// exports in ../shared/data, the files other programs wrote in
// ../shared/fixtures) imported as a user would: every row is accounted for.

#include "io/tablereader.h"
#include "io/workbookreader.h"
#include "pipeline/importer.h"
#include "testsupport.h"
#include "workspace/workspace.h"

#include <QDir>
#include <QDirIterator>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

QStringList fixtureFiles()
{
    QStringList folders;
    QDirIterator tests(QStringLiteral(CX_TESTS_SOURCE_DIR), {u"data"_s}, QDir::Dirs, QDirIterator::Subdirectories);
    while (tests.hasNext())
        folders << tests.next();
    if (const QString shared = cx::test::sharedDataDir(); !shared.isEmpty())
        folders << shared << QDir(shared).filePath(u"../fixtures"_s);

    QStringList files;
    for (const QString &folder : std::as_const(folders)) {
        QDirIterator it(folder, {u"*.csv"_s, u"*.txt"_s, u"*.tsv"_s, u"*.xlsx"_s, u"*.xlsm"_s, u"*.xls"_s},
                        QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext())
            files << QDir::cleanPath(it.next());
    }
    files.sort();
    return files;
}

// The rows of a file or sheet as a reader delivers them (blank rows left
// out), counted without the importer: its rows read are these but the header.
qint64 rowsInFile(const QString &path, const QString &encoding, const QString &sheet)
{
    cx::TableReaderOptions options;
    options.encoding = encoding;
    std::unique_ptr<cx::TableReader> reader = cx::createTableReader(path, options);
    if (!reader->open())
        return -1;
    if (auto *workbook = dynamic_cast<cx::WorkbookReader *>(reader.get()))
        if (!workbook->selectSheet(int(workbook->sheetNames().indexOf(sheet))))
            return -1;
    cx::TableRow row;
    qint64 rows = 0;
    while (reader->readRow(row))
        ++rows;
    return reader->hasError() ? -1 : rows;
}

// What the workspace holds, row by row, without ids, batches and lines.
QStringList storedRows(const QSqlDatabase &db)
{
    QStringList rows;
    QSqlQuery q(db);
    for (const QString &sql :
         {u"SELECT order_no, accepted_at, archived_at, channel, phone, city, county, grid, product, category3, "
          "content, department, result, duration_hours, repeated, escalated, callback_rating FROM complaint"_s,
          u"SELECT response_key, channel, phone, city, product, overall, nps, reason FROM survey_response"_s,
          u"SELECT * FROM product_monthly"_s, u"SELECT * FROM funnel_rate"_s, u"SELECT * FROM indicator_value"_s,
          u"SELECT code, name, layer, parent_code, department, unit, target, direction FROM indicator"_s}) {
        if (!q.exec(sql))
            return {q.lastError().text()};
        while (q.next()) {
            QStringList values;
            for (int i = 0; i < q.record().count(); ++i)
                if (q.record().fieldName(i) != "batch_id"_L1)
                    values << q.value(i).toString();
            rows << values.join(u'|');
        }
    }
    rows.sort();
    return rows;
}


} // namespace

class TestImportFixtures : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyRowIsAccountedFor_data();
    void everyRowIsAccountedFor();
    void otherProgramsGiveTheSameRows();
};

void TestImportFixtures::everyRowIsAccountedFor_data()
{
    QTest::addColumn<QString>("path");
    const QStringList files = fixtureFiles();
    // The project's own fixtures at least; the shared ones where present.
    QVERIFY2(files.size() >= 14, qPrintable(files.join(u", "_s)));
    for (const QString &file : files)
        QTest::newRow(qPrintable(QDir(QStringLiteral(CX_TESTS_SOURCE_DIR)).relativeFilePath(file))) << file;
}

void TestImportFixtures::everyRowIsAccountedFor()
{
    QFETCH(QString, path);
    QTemporaryDir dir;
    cx::WorkspaceError error;
    const std::unique_ptr<cx::Workspace> workspace = cx::Workspace::create(dir.filePath(u"w.cxw"_s), &error);
    QVERIFY2(workspace, qPrintable(error.message));
    const QSqlDatabase db = workspace->database();

    cx::Importer importer(workspace->path());
    const cx::ImportReport report = importer.importFile(path);
    if (report.failed()) {
        // A file that cannot be imported says so by name and changes nothing.
        QVERIFY2(report.error.contains(QFileInfo(path).fileName()), qPrintable(report.error));
        QVERIFY(report.sheets.isEmpty());
        QCOMPARE(cx::test::queryInt(db, u"SELECT count(*) FROM import_batch"_s), 0);
        QCOMPARE(cx::test::queryInt(db, u"SELECT count(*) FROM rejected_row"_s), 0);
        return;
    }
    QVERIFY(!report.sheets.isEmpty());
    qint64 kept = 0;
    for (const cx::SheetReport &sheet : report.sheets) {
        const QString where = u"%1 %2"_s.arg(QFileInfo(path).fileName(), sheet.sheet);
        QVERIFY2(sheet.isBalanced(), qPrintable(where));
        // Rows read are the rows of the file or sheet but its header, counted apart.
        QCOMPARE(sheet.rowsRead, rowsInFile(path, report.encoding, sheet.sheet) - 1);
        if (sheet.batchId == 0)
            continue;
        ++kept;
        QSqlQuery q(db);
        QVERIFY(q.exec(u"SELECT rows_read, inserted, updated, duplicates, skipped, rejected, coalesce(sheet, '') "
                       "FROM import_batch WHERE id = %1"_s.arg(sheet.batchId)));
        QVERIFY(q.next());
        const QList<qint64> stored{q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toLongLong(),
                                   q.value(3).toLongLong(), q.value(4).toLongLong(), q.value(5).toLongLong()};
        QCOMPARE(stored, (QList<qint64>{sheet.rowsRead, sheet.inserted, sheet.updated, sheet.duplicates, sheet.skipped,
                                        sheet.rejected}));
        QCOMPARE(q.value(6).toString(), sheet.sheet);
        QCOMPARE(cx::test::queryInt(db, u"SELECT count(*) FROM rejected_row WHERE batch_id = %1"_s.arg(sheet.batchId)),
                 sheet.rejected);
        QCOMPARE(cx::test::queryInt(db, u"SELECT count(*) FROM import_note WHERE batch_id = %1"_s.arg(sheet.batchId)),
                 sheet.notes.size());
    }
    QCOMPARE(cx::test::queryInt(db, u"SELECT count(*) FROM import_batch"_s), kept);
    const cx::SheetReport totals = report.totals();
    QCOMPARE(totals.rowsRead, totals.inserted + totals.updated + totals.duplicates + totals.skipped + totals.rejected);

    // The same file again adds nothing, changes nothing, and accounts for each row again.
    const QStringList before = storedRows(db);
    const cx::ImportReport again = importer.importFile(path);
    QVERIFY2(!again.failed(), qPrintable(again.error));
    QCOMPARE(again.sheets.size(), report.sheets.size());
    for (const cx::SheetReport &sheet : again.sheets)
        QVERIFY(sheet.isBalanced());
    QCOMPARE(again.rowsRead(), report.rowsRead());
    QCOMPARE(again.inserted(), 0);
    QCOMPARE(storedRows(db), before);
    // Where a key repeats with other values (within the file or between its
    // sheets) the earlier rows update the stored last one again and the last
    // one puts it back; all else is a duplicate.
    if (totals.updated == 0) {
        QCOMPARE(again.updated(), 0);
        QCOMPARE(again.duplicates(), totals.inserted + totals.duplicates);
        if (kept > 0)
            QVERIFY(cx::test::noteOf(again, u"already_imported"));
    }
}

void TestImportFixtures::otherProgramsGiveTheSameRows()
{
    CX_REQUIRE_SHARED_DATA(data);
    const QDir fixtures(QDir(data).filePath(u"../fixtures"_s));
    const QString source = fixtures.filePath(u"complaints_300_source.csv"_s);
    QVERIFY(QFileInfo::exists(source));
    QTemporaryDir dir;
    cx::WorkspaceError error;
    const std::unique_ptr<cx::Workspace> workspace = cx::Workspace::create(dir.filePath(u"w.cxw"_s), &error);
    QVERIFY2(workspace, qPrintable(error.message));
    cx::Importer importer(workspace->path());
    QCOMPARE(importer.importFile(source).inserted(), 300);

    // The same rows written by LibreOffice or a web system: every value the
    // same, so every row a duplicate; none is new, none changed.
    for (const QString &name : fixtures.entryList({u"complaints_300_*"_s}, QDir::Files, QDir::Name)) {
        if (name == "complaints_300_source.csv"_L1)
            continue;
        const cx::ImportReport report = importer.importFile(fixtures.filePath(name));
        QVERIFY2(!report.failed(), qPrintable(report.error));
        QCOMPARE(report.rowsRead() - report.skipped(), 300);
        QCOMPARE(report.duplicates(), 300);
    }
}

QTEST_GUILESS_MAIN(TestImportFixtures)
#include "tst_importfixtures.moc"
