// What the import reads, skips and says: every sheet of a workbook, totals
// that are no complaints, dates, repeated headers, files without data or
// header, readers' repairs as notes kept with the batch, one import at a time.

#include "pipeline/importer.h"
#include "pipeline/importlock.h"
#include "testsupport.h"
#include "workspace/importbatchmodel.h"
#include "workspace/workspace.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <xlsxwriter.h>

using namespace Qt::StringLiterals;

class TestImportRows : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void everySheetOfTheKind();
    void oneSheetWhenChosen();
    void totalsAreNoComplaints();
    void bareNumbersAreDatesOnlyInWorkbooks();
    void utcTimesInTheWorkspaceZone();
    void repeatedHeaderSaysWhichColumn();
    void headerOnlyFileHasNoDataRows();
    void headerlessFileSaysWhatItIs();
    void readerRepairsAreNotes();
    void notesAreKeptWithTheBatch();
    void secondImportWaitsForTheFirst();
    void rejectionThatCannotBeKeptFails();

private:
    QString data(const QString &name) const { return QFINDTESTDATA(u"data/"_s + name); }
    qint64 count(const QString &sql) const { return cx::test::queryInt(m_workspace->database(), sql); }
    QString text(const QString &sql) const { return cx::test::queryText(m_workspace->database(), sql); }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<cx::Workspace> m_workspace;
};

void TestImportRows::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    cx::WorkspaceError error;
    m_workspace = cx::Workspace::create(m_dir->filePath(u"rows.cxw"_s), &error);
    QVERIFY2(m_workspace, qPrintable(error.message));
}

void TestImportRows::cleanup()
{
    m_workspace.reset();
    m_dir.reset();
}



void TestImportRows::everySheetOfTheKind()
{
    // openpyxl: a notes sheet, 1月 (with a title row), 2月 (GDM0002 moved on), 3月 (a 合计 row with
    // numbers), an empty sheet, a hidden one with the same header, and monthly product figures.
    cx::Importer importer(m_workspace->path());
    const cx::ImportReport report = importer.importFile(data(u"complaints_by_month.xlsx"_s));
    QVERIFY2(!report.failed(), qPrintable(report.error));
    QCOMPARE(report.kind, u"complaints"_s);
    QStringList sheets;
    for (const cx::SheetReport &sheet : report.sheets) {
        sheets << sheet.sheet;
        QVERIFY(sheet.isBalanced());
        QVERIFY(sheet.batchId > 0);
    }
    QCOMPARE(sheets, (QStringList{u"1月"_s, u"2月"_s, u"3月"_s}));
    const cx::SheetReport &january = report.sheets.at(0);
    QCOMPARE(january.headerRow, 2);
    QCOMPARE(january.inserted, 4);
    QCOMPARE(january.skipped, 1); // its title
    const cx::SheetReport &february = report.sheets.at(1);
    QCOMPARE(february.inserted, 2);
    QCOMPARE(february.updated, 1);
    const cx::SheetReport &march = report.sheets.at(2);
    QCOMPARE(march.inserted, 3);
    QCOMPARE(march.skipped, 1); // 合计
    QCOMPARE(report.inserted(), 9);

    QStringList skipped;
    for (const cx::SkippedSheet &sheet : report.skippedSheets)
        skipped << sheet.name + u": "_s + sheet.reason;
    QCOMPARE(skipped.size(), 4);
    QVERIFY2(skipped.at(0).startsWith(u"说明: no header"_s), qPrintable(skipped.at(0)));
    QCOMPARE(skipped.at(1), u"空白: empty"_s);
    QVERIFY2(skipped.at(2).startsWith(u"旧数据: hidden"_s), qPrintable(skipped.at(2)));
    QVERIFY2(skipped.at(3).startsWith(u"产品月报: holds "_s + cx::MappingProfile::kindLabel(u"product_monthly")),
             qPrintable(skipped.at(3)));

    QCOMPARE(count(u"SELECT count(*) FROM complaint"_s), 9);
    QCOMPARE(count(u"SELECT count(*) FROM complaint WHERE order_no IN ('GDM0100', '合计')"_s), 0);
    QCOMPARE(text(u"SELECT result FROM complaint WHERE order_no = 'GDM0002'"_s), u"已解决"_s);
    QCOMPARE(count(u"SELECT count(*) FROM import_batch WHERE sheet IN ('1月', '2月', '3月')"_s), 3);
    QCOMPARE(count(u"SELECT count(*) FROM product_monthly"_s), 0);

    // The JSON says the same per sheet.
    const QJsonObject json = report.toJson();
    QCOMPARE(json.value(u"inserted"_s).toInt(), 9);
    QCOMPARE(json.value(u"sheets"_s).toArray().size(), 3);
    QCOMPARE(json.value(u"sheets"_s).toArray().at(1).toObject().value(u"updated"_s).toInt(), 1);
    QCOMPARE(json.value(u"sheets_not_imported"_s).toArray().size(), 4);
}

void TestImportRows::oneSheetWhenChosen()
{
    cx::ImportOptions options;
    options.sheet = u"旧数据"_s; // hidden, but named
    cx::Importer importer(m_workspace->path());
    const cx::ImportReport report = importer.importFile(data(u"complaints_by_month.xlsx"_s), options);
    QVERIFY2(!report.failed(), qPrintable(report.error));
    QCOMPARE(report.sheets.size(), 1);
    QCOMPARE(report.sheets.at(0).sheet, u"旧数据"_s);
    QCOMPARE(report.inserted(), 1);
    QCOMPARE(report.skippedSheets.size(), 6);
    QCOMPARE(count(u"SELECT count(*) FROM complaint WHERE order_no = 'GDM0100'"_s), 1);
}

void TestImportRows::totalsAreNoComplaints()
{
    // 合计,8216,… : 8216 read as an Excel serial would be a complaint of 1922.
    cx::Importer importer(m_workspace->path());
    const cx::ImportReport report = importer.importFile(data(u"footer_with_numbers.csv"_s));
    QVERIFY2(!report.failed(), qPrintable(report.error));
    QCOMPARE(report.rowsRead(), 5);
    QCOMPARE(report.inserted(), 3);
    QCOMPARE(report.skipped(), 2);
    QCOMPARE(report.rejected(), 0);
    QCOMPARE(cx::test::noteOf(report, u"skipped_rows")->lines, (QList<qint64>{5, 6}));
    QCOMPARE(count(u"SELECT count(*) FROM complaint"_s), 3);
    QCOMPARE(count(u"SELECT count(*) FROM complaint WHERE accepted_at < '2000'"_s), 0);
}

void TestImportRows::bareNumbersAreDatesOnlyInWorkbooks()
{
    const QByteArray header = "工单流水号,受理时间,归属地市,投诉三级分类\n";
    const QString csv = m_dir->filePath(u"serial.csv"_s);
    QVERIFY(cx::test::writeFile(csv, header + "GD1,45292.5,深圳,网速慢\nGD2,2024-01-02 10:00:00,深圳,网速慢\n"));
    cx::Importer importer(m_workspace->path());
    const cx::ImportReport text = importer.importFile(csv);
    QCOMPARE(text.inserted(), 1);
    QCOMPARE(text.rejected(), 1);
    QVERIFY(text.sheets.value(0).errors.value(0).reason.contains(u"45292.5"_s));

    // The same number in a workbook's number cell (not formatted as a date) is a serial date.
    const QString path = m_dir->filePath(u"serial.xlsx"_s);
    lxw_workbook *workbook = workbook_new(path.toUtf8().constData());
    lxw_worksheet *sheet = workbook_add_worksheet(workbook, "工单");
    const char *cells[] = {"工单流水号", "受理时间", "归属地市", "投诉三级分类"};
    for (int c = 0; c < 4; ++c)
        worksheet_write_string(sheet, 0, lxw_col_t(c), cells[c], nullptr);
    worksheet_write_string(sheet, 1, 0, "GD3", nullptr);
    worksheet_write_number(sheet, 1, 1, 45292.5, nullptr);
    worksheet_write_string(sheet, 1, 2, "深圳", nullptr);
    worksheet_write_string(sheet, 1, 3, "网速慢", nullptr);
    QCOMPARE(workbook_close(workbook), LXW_NO_ERROR);
    const cx::ImportReport book = importer.importFile(path);
    QCOMPARE(book.inserted(), 1);
    QCOMPARE(cx::test::noteOf(book, u"excel_serial_date")->lines, QList<qint64>{2});
    QCOMPARE(this->text(u"SELECT accepted_at FROM complaint WHERE order_no = 'GD3'"_s), u"2024-01-01 12:00:00"_s);
}

void TestImportRows::utcTimesInTheWorkspaceZone()
{
    cx::Importer importer(m_workspace->path());
    importer.setTimeZone(QTimeZone("Asia/Shanghai"));
    const cx::ImportReport report = importer.importFile(data(u"utc_times.csv"_s));
    QCOMPARE(report.inserted(), 4);
    const std::optional<cx::ImportNote> note = cx::test::noteOf(report, u"utc_offset");
    QVERIFY(note);
    QCOMPARE(note->lines, (QList<qint64>{2, 3, 4}));
    QVERIFY(note->message.contains(u"Asia/Shanghai"_s));
    QCOMPARE(text(u"SELECT accepted_at FROM complaint WHERE order_no = 'GDT0001'"_s), u"2024-03-05 22:03:22"_s);
    QCOMPARE(text(u"SELECT accepted_at FROM complaint WHERE order_no = 'GDT0002'"_s), u"2024-03-05 14:03:22"_s);
    QCOMPARE(text(u"SELECT accepted_at FROM complaint WHERE order_no = 'GDT0003'"_s), u"2024-03-06 09:00:00"_s);
    QCOMPARE(text(u"SELECT month FROM complaint WHERE order_no = 'GDT0003'"_s), u"2024-03"_s);
    QCOMPARE(text(u"SELECT accepted_at FROM complaint WHERE order_no = 'GDT0004'"_s), u"2024-03-05 14:03:22"_s);
}

void TestImportRows::repeatedHeaderSaysWhichColumn()
{
    cx::Importer importer(m_workspace->path());
    const cx::ImportReport report = importer.importFile(data(u"repeated_header.csv"_s));
    QVERIFY2(!report.failed(), qPrintable(report.error));
    QCOMPARE(report.inserted(), 3);
    const std::optional<cx::ImportNote> note = cx::test::noteOf(report, u"duplicate_column");
    QVERIFY(note);
    QVERIFY2(note->message.contains(u"归属地市"_s) && note->message.contains(u"7 (G)"_s)
                 && note->message.contains(u"10 (J)"_s),
             qPrintable(note->message));
    QCOMPARE(count(u"SELECT count(*) FROM complaint WHERE city = '深圳'"_s), 3);
}

void TestImportRows::headerOnlyFileHasNoDataRows()
{
    cx::Importer importer(m_workspace->path());
    const cx::ImportReport report = importer.importFile(data(u"header_only.csv"_s));
    QVERIFY2(!report.failed(), qPrintable(report.error));
    QCOMPARE(report.rowsRead(), 0);
    const std::optional<cx::ImportNote> note = cx::test::noteOf(report, u"no_data_rows");
    QVERIFY(note);
    QVERIFY2(note->message.contains(u"No data rows"_s), qPrintable(note->message));
    QCOMPARE(count(u"SELECT count(*) FROM import_batch"_s), 0);
}

void TestImportRows::headerlessFileSaysWhatItIs()
{
    cx::Importer importer(m_workspace->path());
    const cx::ImportReport report = importer.importFile(data(u"no_header.csv"_s));
    QVERIFY(report.failed());
    for (const QString &part : {u"no_header.csv"_s, u"CSV text in UTF-8"_s, u"no header row"_s, u"line 1"_s,
                                u"GDF0001"_s})
        QVERIFY2(report.error.contains(part), qPrintable(report.error));

    // Told the kind, it names the columns that kind needs.
    cx::ImportOptions options;
    options.kind = u"complaints"_s;
    const cx::ImportReport forced = importer.importFile(data(u"no_header.csv"_s), options);
    QVERIFY(forced.failed());
    for (const QString &part : {u"no header row"_s, u"工单流水号"_s, u"受理时间"_s})
        QVERIFY2(forced.error.contains(part), qPrintable(forced.error));
    QVERIFY2(!forced.error.contains(u"line 23"_s), qPrintable(forced.error));
    QCOMPARE(count(u"SELECT count(*) FROM import_batch"_s), 0);
}

void TestImportRows::readerRepairsAreNotes()
{
    // GB18030 with an invalid byte on line 3 and a quotation mark never closed on line 7.
    cx::Importer importer(m_workspace->path());
    const cx::ImportReport report = importer.importFile(data(u"reader_issues.csv"_s));
    QVERIFY2(!report.failed(), qPrintable(report.error));
    QCOMPARE(report.encoding, u"GB18030"_s);
    QCOMPARE(report.rowsRead(), 6);
    QVERIFY(report.sheets.value(0).isBalanced());
    const std::optional<cx::ImportNote> replaced = cx::test::noteOf(report, u"reader.replaced_bytes");
    QVERIFY(replaced);
    QCOMPARE(replaced->lines.value(0), 3);
    QVERIFY(replaced->count >= 1);
    const std::optional<cx::ImportNote> quote = cx::test::noteOf(report, u"reader.unclosed_quote");
    QVERIFY(quote);
    QCOMPARE(quote->lines, QList<qint64>{7});
    for (const cx::ImportNote &note : {*replaced, *quote}) {
        QVERIFY2(note.message.contains(u"reader_issues.csv"_s), qPrintable(note.message));
        QCOMPARE(note.text(), note.message); // the reader's message names the lines itself
    }
    // Stored with the batch, counts and lines included.
    const qint64 batch = report.sheets.value(0).batchId;
    QCOMPARE(text(u"SELECT lines FROM import_note WHERE batch_id = %1 AND code = 'reader.unclosed_quote'"_s.arg(batch)),
             u"7"_s);
}

void TestImportRows::notesAreKeptWithTheBatch()
{
    cx::Importer importer(m_workspace->path());
    const cx::ImportReport report = importer.importFile(data(u"same_number_different_complaints.csv"_s));
    const qint64 batch = report.sheets.value(0).batchId;
    QVERIFY(batch > 0);
    QCOMPARE(count(u"SELECT count(*) FROM import_note WHERE batch_id = %1"_s.arg(batch)), report.notes().size());
    QCOMPARE(text(u"SELECT lines FROM import_note WHERE batch_id = %1 AND code = 'duplicate_in_file'"_s.arg(batch)),
             u"5"_s);

    // The Data view's model shows them, with the counts of every column.
    cx::ImportBatchModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setDatabase(m_workspace->database());
    QCOMPARE(model.rowCount(), 1);
    const QStringList notes = model.index(0, 0).data(int(cx::ImportBatchModel::Role::NoteTexts)).toStringList();
    QCOMPARE(notes.size(), report.notes().size());
    QVERIFY2(notes.join(u'\n').contains(u"GD9001"_s), qPrintable(notes.join(u'\n')));
    QCOMPARE(model.index(0, cx::ImportBatchModel::RowsRead).data().toString(), u"5"_s);
    QCOMPARE(model.index(0, cx::ImportBatchModel::Inserted).data().toString(), u"2"_s);
    QCOMPARE(model.index(0, cx::ImportBatchModel::Updated).data().toString(), u"2"_s);
    QCOMPARE(model.index(0, cx::ImportBatchModel::Duplicates).data().toString(), u"1"_s);
    QCOMPARE(model.index(0, cx::ImportBatchModel::Notes).data().toString(), QString::number(notes.size()));
}

void TestImportRows::secondImportWaitsForTheFirst()
{
    cx::ImportLock first(m_workspace->path());
    QString error;
    QVERIFY2(first.acquire(std::chrono::milliseconds(0), {}, &error), qPrintable(error));
    QVERIFY(QFileInfo::exists(cx::ImportLock::lockPath(m_workspace->path())));

    cx::ImportLock second(m_workspace->path());
    int waited = 0;
    QVERIFY(!second.acquire(std::chrono::milliseconds(300), [&] { ++waited; }, &error));
    QCOMPARE(waited, 1);
    QVERIFY2(error.contains(u"Another import into rows.cxw is running"_s), qPrintable(error));

    std::atomic_bool cancel = true;
    QVERIFY(!second.acquire(std::chrono::seconds(60), {}, &error, &cancel));
    QVERIFY2(error.contains(u"Cancelled"_s), qPrintable(error));
}

void TestImportRows::rejectionThatCannotBeKeptFails()
{
    // A workspace that refuses to keep rejected rows (as a full disk would;
    // workspace connections run no triggers, so a constraint refuses them).
    QSqlQuery q(m_workspace->database());
    QVERIFY(q.exec(u"DROP TABLE rejected_row"_s));
    QVERIFY2(q.exec(u"CREATE TABLE rejected_row(id INTEGER PRIMARY KEY, batch_id INTEGER, line INTEGER, "
                    "reason TEXT, raw TEXT, CHECK (line < 0))"_s),
             qPrintable(q.lastError().text()));

    cx::Importer importer(m_workspace->path());
    const cx::ImportReport report = importer.importFile(data(u"excel_number_keys.csv"_s));
    QVERIFY(report.failed());
    QVERIFY2(report.error.contains(u"excel_number_keys.csv"_s) && report.error.contains(u"line 2"_s)
                 && report.error.contains(u"CHECK constraint failed"_s),
             qPrintable(report.error));
    QCOMPARE(count(u"SELECT count(*) FROM import_batch"_s), 0);
    QCOMPARE(count(u"SELECT count(*) FROM complaint"_s), 0);
}

QTEST_GUILESS_MAIN(TestImportRows)
#include "tst_importrows.moc"
