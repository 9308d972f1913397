// What identifies a row: a key with the same values is a duplicate, with
// other values an update; keys Excel turned into numbers identify nothing;
// "already imported" means the same content.

#include "analytics/aggregates.h"
#include "analytics/serviceaggregates.h"
#include "pipeline/importer.h"
#include "pipeline/sqlite.h"
#include "testsupport.h"
#include "workspace/workspace.h"

#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

const QByteArray header = "工单流水号,受理时间,受理渠道,归属地市,区县,业务名称,投诉三级分类,投诉内容,处理结果\n";

QByteArray row(const QByteArray &orderNo, const QByteArray &city = "深圳", const QByteArray &result = "处理中")
{
    return orderNo + ",2024-07-01 10:00:00,10086热线," + city + ",南山区,咪咕视频,网速慢,晚上网速很慢," + result + "\n";
}

} // namespace

class TestImportKeys : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void laterExportUpdatesWorkOrders();
    void severalComplaintsShareANumber();
    void updatesKeepTheAggregatesRight();
    void excelNumbersIdentifyNoComplaint();
    void excelNumbersInAWorkbook();
    void excelNumbersIdentifyNoResponse();
    void surveyResponseChangedIsUpdated();
    void editedFileIsNotAlreadyImported();

private:
    QString data(const QString &name) const;
    QString write(const QString &name, const QByteArray &bytes) const;
    qint64 count(const QString &sql) const { return cx::test::queryInt(m_workspace->database(), sql); }
    QString text(const QString &sql) const { return cx::test::queryText(m_workspace->database(), sql); }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<cx::Workspace> m_workspace;
};

void TestImportKeys::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    cx::WorkspaceError error;
    m_workspace = cx::Workspace::create(m_dir->filePath(u"keys.cxw"_s), &error);
    QVERIFY2(m_workspace, qPrintable(error.message));
}

void TestImportKeys::cleanup()
{
    m_workspace.reset();
    m_dir.reset();
}

QString TestImportKeys::data(const QString &name) const
{
    return QFINDTESTDATA(u"data/"_s + name);
}

QString TestImportKeys::write(const QString &name, const QByteArray &bytes) const
{
    const QString path = m_dir->filePath(name);
    return cx::test::writeFile(path, bytes) ? path : QString();
}



void TestImportKeys::laterExportUpdatesWorkOrders()
{
    // July's export has four orders in progress; August's has two of them
    // closed, two unchanged and one new.
    cx::Importer importer(m_workspace->path());
    const cx::ImportReport july = importer.importFile(data(u"export_2024_07.csv"_s));
    QCOMPARE(july.inserted(), 4);
    const cx::ImportReport august = importer.importFile(data(u"export_2024_08.csv"_s));
    QVERIFY2(!august.failed(), qPrintable(august.error));
    QCOMPARE(august.inserted(), 1);
    QCOMPARE(august.updated(), 2);
    QCOMPARE(august.duplicates(), 2);
    QVERIFY(august.sheets.value(0).isBalanced());
    const std::optional<cx::ImportNote> note = cx::test::noteOf(august, u"updated");
    QVERIFY(note);
    QCOMPARE(note->count, 2);
    QCOMPARE(note->lines, (QList<qint64>{2, 3}));
    QVERIFY(!cx::test::noteOf(august, u"already_imported"));

    QCOMPARE(count(u"SELECT count(*) FROM complaint"_s), 5);
    QCOMPARE(text(u"SELECT result FROM complaint WHERE order_no = 'GDS0001'"_s), u"已解决"_s);
    QCOMPARE(text(u"SELECT archived_at FROM complaint WHERE order_no = 'GDS0001'"_s), u"2024-08-01 10:00:00"_s);
    QCOMPARE(text(u"SELECT result FROM complaint WHERE order_no = 'GDS0003'"_s), u"处理中"_s);
    // The updated rows now come from August's import; the unchanged ones stay July's.
    const qint64 augustBatch = august.sheets.value(0).batchId;
    QCOMPARE(count(u"SELECT count(*) FROM complaint WHERE batch_id = %1"_s.arg(augustBatch)), 3);
    QCOMPARE(count(u"SELECT updated FROM import_batch WHERE id = %1"_s.arg(augustBatch)), 2);
    QCOMPARE(count(u"SELECT line FROM complaint WHERE order_no = 'GDS0002'"_s), 3);

    // July again: the earlier export wins back, as the later import.
    const cx::ImportReport julyAgain = importer.importFile(data(u"export_2024_07.csv"_s));
    QCOMPARE(julyAgain.updated(), 2);
    QCOMPARE(julyAgain.duplicates(), 2);
    QCOMPARE(text(u"SELECT result FROM complaint WHERE order_no = 'GDS0001'"_s), u"处理中"_s);
}

void TestImportKeys::severalComplaintsShareANumber()
{
    // GD9001 on lines 2, 4 and 6 with different content; line 5 repeats line 3 exactly.
    cx::Importer importer(m_workspace->path());
    const cx::ImportReport report = importer.importFile(data(u"same_number_different_complaints.csv"_s));
    QVERIFY2(!report.failed(), qPrintable(report.error));
    QCOMPARE(report.rowsRead(), 5);
    QCOMPARE(report.inserted(), 2);
    QCOMPARE(report.updated(), 2);
    QCOMPARE(report.duplicates(), 1);
    const std::optional<cx::ImportNote> repeated = cx::test::noteOf(report, u"key_repeated_in_file");
    QVERIFY(repeated);
    QCOMPARE(repeated->count, 2);
    QVERIFY2(repeated->message.contains(u"GD9001 (lines 2, 4, 6)"_s), qPrintable(repeated->message));
    const std::optional<cx::ImportNote> exact = cx::test::noteOf(report, u"duplicate_in_file");
    QVERIFY(exact);
    QCOMPARE(exact->lines, QList<qint64>{5});
    // The last one wins.
    QCOMPARE(text(u"SELECT city FROM complaint WHERE order_no = 'GD9001'"_s), u"珠海"_s);
    QCOMPARE(count(u"SELECT line FROM complaint WHERE order_no = 'GD9001'"_s), 6);
}

void TestImportKeys::updatesKeepTheAggregatesRight()
{
    const QString first = write(u"a.csv"_s, header + row("GD1") + row("GD2") + row("GD3"));
    const QString second = write(u"b.csv"_s, header + row("GD1", "广州") + row("GD4"));
    cx::Importer importer(m_workspace->path());
    QCOMPARE(importer.importFile(first).inserted(), 3);
    cx::sqlite::Database db;
    QVERIFY(db.open(m_workspace->path()));
    QString error;
    QVERIFY2(cx::ensureAggregates(db, &error), qPrintable(error));

    const cx::ImportReport report = importer.importFile(second);
    QCOMPARE(report.updated(), 1);
    QCOMPARE(report.inserted(), 1);
    // GD1 moved city in place: the import moved its count (folding by rowid would miss it).
    QCOMPARE(cx::aggregateState(db), cx::AggregateState::Current);
    const auto complaintsIn = [&](const QString &city) {
        cx::sqlite::Statement regionCity = db.prepare(u"SELECT city FROM agg_region WHERE id = ?1"_s);
        qint64 n = 0;
        const bool read = cx::forEachStoredCell(db, [&](const cx::StoredCell &cell) {
            regionCity.bindInt(1, cell.key.ids[2]);
            if (regionCity.next() && regionCity.columnText(0) == city)
                n += cell.counts.complaints;
            regionCity.reset();
            return true;
        });
        return read ? n : -1;
    };
    QCOMPARE(complaintsIn(u"深圳"_s), 3);
    QCOMPARE(complaintsIn(u"广州"_s), 1);
}

void TestImportKeys::excelNumbersIdentifyNoComplaint()
{
    // As Excel saves a CSV of a column it took for numbers, and its keep-as-text trick.
    cx::Importer importer(m_workspace->path());
    const cx::ImportReport report = importer.importFile(data(u"excel_number_keys.csv"_s));
    QVERIFY2(!report.failed(), qPrintable(report.error));
    QCOMPARE(report.rowsRead(), 7);
    QCOMPARE(report.inserted(), 3);
    QCOMPARE(report.rejected(), 4);
    const QList<cx::RowRejection> errors = report.sheets.value(0).errors;
    QCOMPARE(errors.size(), 4);
    const QStringList numbers{u"2.02403E+14"_s, u"2.02403E14"_s, u"202403000000000"_s, u"202403151234567000"_s};
    for (int i = 0; i < 4; ++i) {
        QCOMPARE(errors.at(i).line, i + 2);
        QVERIFY2(errors.at(i).reason.contains(numbers.at(i)) && errors.at(i).reason.contains(u"工单流水号"_s)
                     && errors.at(i).reason.contains(u"Excel"_s),
                 qPrintable(errors.at(i).reason));
    }
    QCOMPARE(count(u"SELECT count(*) FROM complaint WHERE order_no = 'FX00001'"_s), 1);
    QCOMPARE(count(u"SELECT count(*) FROM complaint WHERE order_no = '20240315123'"_s), 1);
    QCOMPARE(count(u"SELECT count(*) FROM complaint WHERE order_no LIKE '%\"%' OR order_no LIKE '%.%'"_s), 0);
    QCOMPARE(cx::test::noteOf(report, u"unwrapped_text")->lines, QList<qint64>{6});
    QCOMPARE(cx::test::noteOf(report, u"decimal_key")->lines, QList<qint64>{7});
    QCOMPARE(count(u"SELECT count(*) FROM rejected_row"_s), 4);
}

void TestImportKeys::excelNumbersInAWorkbook()
{
    // openpyxl wrote the numbers as number cells: 18 digits come back as a
    // rounded double, 2.02403e14 as 202403000000000; 15 digits stay exact.
    cx::Importer importer(m_workspace->path());
    const cx::ImportReport report = importer.importFile(data(u"excel_number_keys.xlsx"_s));
    QVERIFY2(!report.failed(), qPrintable(report.error));
    QCOMPARE(report.inserted(), 3);
    QCOMPARE(report.rejected(), 2);
    const QList<cx::RowRejection> errors = report.sheets.value(0).errors;
    QCOMPARE(errors.value(0).line, 2);
    QCOMPARE(errors.value(1).line, 3);
    QCOMPARE(count(u"SELECT count(*) FROM complaint WHERE order_no IN ('202407040012209', '20240315123', "
                   "'GD202403180000001')"_s),
             3);
}

void TestImportKeys::excelNumbersIdentifyNoResponse()
{
    cx::Importer importer(m_workspace->path());
    const cx::ImportReport report = importer.importFile(data(u"survey_excel_numbers.xlsx"_s));
    QVERIFY2(!report.failed(), qPrintable(report.error));
    QCOMPARE(report.kind, u"survey"_s);
    QCOMPARE(report.inserted(), 2);
    QCOMPARE(report.rejected(), 1);
    QVERIFY2(report.sheets.value(0).errors.value(0).reason.contains(u"答卷编号"_s),
             qPrintable(report.sheets.value(0).errors.value(0).reason));

    // A phone number (part of a response's key) in scientific notation.
    const QString csv = write(u"survey.csv"_s,
                              "提交答卷时间,手机号码,地市,产品,1、您对本产品的整体满意度打几分？(1-10分)\n"
                              "2024-05-01 10:00:00,1.39123E+10,深圳,咪咕视频,8\n"
                              "2024-05-01 10:00:00,13912341002,深圳,咪咕视频,9\n");
    const cx::ImportReport phones = importer.importFile(csv);
    QCOMPARE(phones.inserted(), 1);
    QCOMPARE(phones.rejected(), 1);
    QVERIFY(phones.sheets.value(0).errors.value(0).reason.contains(u"1.39123E+10"_s));
}

void TestImportKeys::surveyResponseChangedIsUpdated()
{
    const QByteArray surveyHeader = "提交答卷时间,手机号码,地市,产品,1、您对本产品的整体满意度打几分？(1-10分),"
                                    "2、您不满意的主要原因是？\n";
    const QString first = write(u"s1.csv"_s, surveyHeader + "2024-05-01 10:00:00,13912341001,深圳,咪咕视频,8,\n"
                                                            "2024-05-01 11:00:00,13912341002,深圳,咪咕视频,6,卡顿\n");
    const QString second = write(u"s2.csv"_s, surveyHeader + "2024-05-01 10:00:00,13912341001,深圳,咪咕视频,8,\n"
                                                             "2024-05-01 11:00:00,13912341002,深圳,咪咕视频,7,卡顿\n");
    cx::Importer importer(m_workspace->path());
    QCOMPARE(importer.importFile(first).inserted(), 2);
    const cx::ImportReport report = importer.importFile(second);
    QCOMPARE(report.duplicates(), 1);
    QCOMPARE(report.updated(), 1);
    QCOMPARE(count(u"SELECT count(*) FROM survey_response"_s), 2);
    QCOMPARE(count(u"SELECT overall FROM survey_response WHERE phone = '139****1002'"_s), 7);
    // Its answers follow: one per answered question, the new score among them.
    QCOMPARE(count(u"SELECT count(*) FROM survey_answer a JOIN survey_response r ON r.id = a.response_id "
                   "WHERE r.phone = '139****1002'"_s),
             2);
    QCOMPARE(count(u"SELECT a.score FROM survey_answer a JOIN survey_response r ON r.id = a.response_id "
                   "WHERE r.phone = '139****1002' AND a.score IS NOT NULL"_s),
             7);
}

void TestImportKeys::editedFileIsNotAlreadyImported()
{
    // Over 2 MiB, so that its first and last MiB say nothing of its middle.
    QByteArray bytes = header;
    for (int i = 0; i < 30000; ++i)
        bytes += row("GD" + QByteArray::number(100000 + i));
    QVERIFY(bytes.size() > 3 * 1024 * 1024);
    const QString path = write(u"big.csv"_s, bytes);
    cx::Importer importer(m_workspace->path());
    QCOMPARE(importer.importFile(path).inserted(), 30000);

    const cx::ImportReport same = importer.importFile(path);
    QCOMPARE(same.duplicates(), 30000);
    QVERIFY(cx::test::noteOf(same, u"already_imported"));

    // One work order in the middle closed, the size unchanged (处理中 and 已解决 are nine bytes each).
    const QByteArray before = row("GD115000");
    const qsizetype at = bytes.indexOf(before);
    QVERIFY(at > 1024 * 1024 && at < bytes.size() - 1024 * 1024);
    bytes.replace(at, before.size(), row("GD115000", "深圳", "已解决"));
    QVERIFY(cx::test::writeFile(path, bytes));
    QCOMPARE(QFileInfo(path).size(), qint64(bytes.size()));
    const cx::ImportReport edited = importer.importFile(path);
    QCOMPARE(edited.updated(), 1);
    QCOMPARE(edited.duplicates(), 29999);
    QVERIFY(!cx::test::noteOf(edited, u"already_imported"));
    QCOMPARE(text(u"SELECT result FROM complaint WHERE order_no = 'GD115000'"_s), u"已解决"_s);
    QVERIFY(text(u"SELECT file_sha256 FROM import_batch ORDER BY id DESC LIMIT 1"_s).startsWith(u"xxh3-128:"_s));
}

QTEST_GUILESS_MAIN(TestImportKeys)
#include "tst_importkeys.moc"
