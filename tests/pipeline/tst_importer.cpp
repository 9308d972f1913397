#include "pipeline/importer.h"
#include "pipeline/importjob.h"
#include "pipeline/sqlite.h"
#include "settings/language.h"
#include "testsupport.h"
#include "workspace/logcheckpointer.h"
#include "workspace/workspace.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QStringEncoder>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <xlsxwriter.h>

using namespace Qt::StringLiterals;

namespace {

const QString complaintHeader =
    u"工单流水号,受理时间,归档时间,受理渠道,客户号码,客户星级,归属地市,区县,网格,业务名称,投诉一级分类,投诉二级分类,"
    "投诉三级分类,投诉内容,处理部门,处理结果,处理时长(小时),是否重复投诉,是否升级投诉,回访满意度"_s;

QString complaintRow(const QString &orderNo, const QString &acceptedAt, const QString &category = u"播放卡顿"_s,
                     const QString &content = u"看视频一直转圈"_s, const QString &phone = u"138****1234"_s)
{
    return u"%1,%2,,10086热线,%5,五星,深圳,南山区,南山区-网格01,咪咕视频,内容质量,播放体验,%3,%4,产品部,已解决,"
           "12.5,否,是,满意"_s.arg(orderNo, acceptedAt, category, content, phone);
}

QByteArray gbk(const QString &text)
{
    QStringEncoder encoder("GB18030");
    return encoder.encode(text);
}

qint64 count(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery q(db);
    return q.exec(sql) && q.next() ? q.value(0).toLongLong() : -1;
}

// Writes an XLSX survey: a notes sheet first, then the data sheet with a
// merged title row above the header and Excel dates.
QString writeSurveyWorkbook(const QString &path, int rows)
{
    lxw_workbook *workbook = workbook_new(path.toUtf8().constData());
    lxw_worksheet *notes = workbook_add_worksheet(workbook, "说明");
    worksheet_write_string(notes, 0, 0, "本文件为满意度调查导出", nullptr);
    lxw_worksheet *sheet = workbook_add_worksheet(workbook, "问卷数据");
    lxw_format *dateFormat = workbook_add_format(workbook);
    format_set_num_format(dateFormat, "yyyy-mm-dd hh:mm:ss");
    worksheet_merge_range(sheet, 0, 0, 0, 8, "2024年满意度调查", nullptr);
    const char *headers[] = {"序号", "提交答卷时间", "手机号码", "地市", "产品",
                             "1、您对本产品的整体满意度打几分？(1-10分)", "2、您向亲友推荐本产品的可能性有多大？(0-10分)",
                             "3、您对“使用”环节的满意度(1-10分)", "4、如果提供“播放不卡顿”，您的感受是？",
                             "5、如果不提供“播放不卡顿”，您的感受是？", "6、您不满意的主要原因是？"};
    for (int c = 0; c < 11; ++c)
        worksheet_write_string(sheet, 1, lxw_col_t(c), headers[c], nullptr);
    for (int r = 0; r < rows; ++r) {
        const lxw_row_t row = lxw_row_t(r + 2);
        worksheet_write_number(sheet, row, 0, r + 1, nullptr);
        lxw_datetime when{2024, 3, 1 + r % 28, 10, r % 60, 0};
        worksheet_write_datetime(sheet, row, 1, &when, dateFormat);
        worksheet_write_string(sheet, row, 2, QStringLiteral("1391234%1").arg(1000 + r).toUtf8().constData(), nullptr);
        worksheet_write_string(sheet, row, 3, "深圳", nullptr);
        worksheet_write_string(sheet, row, 4, "咪咕视频", nullptr);
        worksheet_write_number(sheet, row, 5, 6 + r % 5, nullptr);
        worksheet_write_number(sheet, row, 6, r % 11, nullptr);
        worksheet_write_number(sheet, row, 7, 7 + r % 4, nullptr);
        worksheet_write_string(sheet, row, 8, "理所当然", nullptr);
        worksheet_write_string(sheet, row, 9, "我不喜欢", nullptr);
        worksheet_write_string(sheet, row, 10, r % 2 ? "" : "卡顿太多", nullptr);
    }
    return workbook_close(workbook) == LXW_NO_ERROR ? path : QString();
}

} // namespace

class TestImporter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void gbkWithTitleFooterAndQuotedBreaks();
    void synonymsBomAndTrailingColumn();
    void badRowsAreRejectedWithLineAndReason();
    void duplicatesAcrossFilesAndReimport();
    void missingRequiredColumnChangesNothing();
    void cancelRollsBack();
    void heldWorkspaceTakesTheLogBack();
    void ownChangesAreNotNewsFromElsewhere();
    void logIsEmptiedOnceReadersFinish();
    void importJobCheckpointsAfterFinishing();
    void laterMonthlyFileWins();
    void indicatorTreeAndValues();
    void surveyWorkbook();
    void phonesAreMasked();
    void cellsAreTrimmedLikeThePreview();
    void unmappedCategoriesAreReported();
    void reportAsJson();
    void rejectionsInTheUsersLanguage();

private:
    QString fixture(const QString &name, const QByteArray &bytes);
    /// A complaint export of `rows` June complaints numbered GD`first` on.
    QString complaintFixture(const QString &name, int first, int rows);
    QSqlDatabase db() const { return m_workspace->database(); }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<cx::Workspace> m_workspace;
};

void TestImporter::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    cx::WorkspaceError error;
    m_workspace = cx::Workspace::create(m_dir->filePath(u"test.cxw"_s), &error);
    QVERIFY2(m_workspace, qPrintable(error.message));
}

void TestImporter::cleanup()
{
    m_workspace.reset();
    m_dir.reset();
}

QString TestImporter::fixture(const QString &name, const QByteArray &bytes)
{
    const QString path = m_dir->filePath(name);
    return cx::test::writeFile(path, bytes) ? path : QString();
}

QString TestImporter::complaintFixture(const QString &name, int first, int rows)
{
    QString text = complaintHeader + u"\n"_s;
    for (int i = first; i < first + rows; ++i)
        text += complaintRow(u"GD%1"_s.arg(i), u"2024-06-01 10:00:00"_s) + u"\n"_s;
    return fixture(name, text.toUtf8());
}

void TestImporter::gbkWithTitleFooterAndQuotedBreaks()
{
    const QString text = u"2024年1-2月投诉工单明细\r\n"_s + complaintHeader + u"\r\n"_s
        + complaintRow(u"GD1"_s, u"2024/1/5 9:03:07"_s) + u"\r\n"_s
        + complaintRow(u"GD2"_s, u"2024/1/6 10:00:00"_s, u"播放卡顿"_s, u"\"看剧卡顿\r\n客户情绪激动，要求尽快处理\""_s)
        + u"\r\n"_s + complaintRow(u"GD3"_s, u"2024/2/1 8:00:00"_s) + u"\r\n合计,3条\r\n"_s;
    const QString path = fixture(u"h1.csv"_s, gbk(text));

    cx::Importer importer(m_workspace->path());
    const cx::ImportReport report = importer.importFile(path);
    QVERIFY2(!report.failed(), qPrintable(report.error));
    QCOMPARE(report.kind, u"complaints"_s);
    QCOMPARE(report.encoding, u"GB18030"_s);
    QCOMPARE(report.sheets.value(0).headerRow, 2);
    QCOMPARE(report.inserted(), 3);
    QCOMPARE(report.skipped(), 2); // the title above the header, the total below
    QCOMPARE(report.rejected(), 0);
    QCOMPARE(report.rowsRead(), 5);
    QVERIFY(report.sheets.value(0).isBalanced());
    const std::optional<cx::ImportNote> skippedNote = cx::test::noteOf(report, u"skipped_rows");
    QVERIFY(skippedNote);
    QCOMPARE(skippedNote->lines, (QList<qint64>{1, 7}));

    QSqlQuery q(db());
    QVERIFY(q.exec(u"SELECT accepted_at, month, content, stage, element_code, repeated, escalated, duration_hours "
                   "FROM complaint WHERE order_no = 'GD2'"_s));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toString(), u"2024-01-06 10:00:00"_s);
    QCOMPARE(q.value(1).toString(), u"2024-01"_s);
    QVERIFY(q.value(2).toString().contains(u'\n'));
    QVERIFY(q.value(2).toString().contains(u"客户情绪激动"_s));
    QCOMPARE(q.value(3).toString(), u"使用"_s);
    QCOMPARE(q.value(4).toString(), u"QOE05"_s);
    QCOMPARE(q.value(5).toInt(), 0);
    QCOMPARE(q.value(6).toInt(), 1);
    QCOMPARE(q.value(7).toDouble(), 12.5);
    QCOMPARE(count(db(), u"SELECT count(*) FROM import_batch"_s), 1);
}

void TestImporter::synonymsBomAndTrailingColumn()
{
    QString header = complaintHeader;
    header.replace(u"受理时间"_s, u"创建时间"_s).replace(u"归属地市"_s, u"地市"_s).replace(u"投诉内容"_s, u"问题描述"_s);
    const QString text = header + u",\n"_s + complaintRow(u"GD10"_s, u"2024-07-04 05:57:13"_s) + u",\n"_s
        + complaintRow(u"GD11"_s, u"2024年7月5日 14:03"_s) + u",\n\n"_s
        + complaintRow(u"GD12"_s, u"20240706"_s) + u",\n"_s;
    const QString path = fixture(u"h2.csv"_s, "\xEF\xBB\xBF" + text.toUtf8());

    cx::Importer importer(m_workspace->path());
    const cx::ImportReport report = importer.importFile(path);
    QVERIFY2(!report.failed(), qPrintable(report.error));
    QCOMPARE(report.encoding, u"UTF-8"_s);
    QCOMPARE(report.inserted(), 3);
    QCOMPARE(report.rejected(), 0);
    QCOMPARE(count(db(), u"SELECT count(*) FROM complaint WHERE city = '深圳' AND content = '看视频一直转圈'"_s), 3);
    QCOMPARE(count(db(), u"SELECT count(*) FROM complaint WHERE accepted_at = '2024-07-05 14:03:00'"_s), 1);
    QCOMPARE(count(db(), u"SELECT count(*) FROM complaint WHERE accepted_at = '2024-07-06 00:00:00'"_s), 1);
}

void TestImporter::badRowsAreRejectedWithLineAndReason()
{
    const QString text = complaintHeader + u"\n"_s
        + complaintRow(u"GD20"_s, u"2024-03-01 10:00:00"_s) + u"\n"_s  // line 2: good
        + complaintRow(u"GD21"_s, u"2024-13-45 10:00:00"_s, u"播放卡顿"_s, u"x"_s, u"13912345678"_s)
        + u"\n"_s // line 3: bad date, full phone number
        + complaintRow(u"GD22"_s, u"2024-03-02 10:00:00"_s) + u",多余,列\n"_s // line 4: too many columns
        + complaintRow(QString(), u"2024-03-03 10:00:00"_s) + u"\n"_s  // line 5: no work-order number
        + u"GD24,2024-03-04 10:00:00,只有三列\n"_s                      // line 6: too few columns
        + complaintRow(u"GD25"_s, u"2024-03-05 10:00:00"_s) + u"\n"_s; // line 7: good
    const QString path = fixture(u"bad.csv"_s, text.toUtf8());

    cx::Importer importer(m_workspace->path());
    const cx::ImportReport report = importer.importFile(path);
    QVERIFY2(!report.failed(), qPrintable(report.error));
    QCOMPARE(report.inserted(), 2);
    QCOMPARE(report.rejected(), 4);
    const QList<cx::RowRejection> errors = report.sheets.value(0).errors;
    QCOMPARE(errors.size(), 4);
    const QList<qint64> lines{errors[0].line, errors[1].line, errors[2].line, errors[3].line};
    QCOMPARE(lines, (QList<qint64>{3, 4, 5, 6}));
    QVERIFY2(errors[0].reason.contains(u"受理时间"_s), qPrintable(errors[0].reason));
    QVERIFY(errors[0].reason.contains(u"2024-13-45"_s));
    QVERIFY2(errors[1].reason.contains(u"22"_s) && errors[1].reason.contains(u"20"_s), qPrintable(errors[1].reason));
    QVERIFY(errors[2].reason.contains(u"工单流水号"_s));

    // Every rejection is kept in the workspace with its line, reason and text.
    QSqlQuery q(db());
    QVERIFY(q.exec(u"SELECT line, reason, raw FROM rejected_row ORDER BY line"_s));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toInt(), 3);
    QVERIFY(q.value(2).toString().startsWith(u"GD21,2024-13-45"_s));
    // Kept for the user, but personal data stays masked.
    QVERIFY2(q.value(2).toString().contains(u"139****5678"_s), qPrintable(q.value(2).toString()));
    QVERIFY(!q.value(2).toString().contains(u"13912345678"_s));
    QCOMPARE(count(db(), u"SELECT count(*) FROM rejected_row"_s), 4);
    QCOMPARE(count(db(), u"SELECT rejected FROM import_batch"_s), 4);
}

void TestImporter::duplicatesAcrossFilesAndReimport()
{
    const QString first = fixture(u"a.csv"_s,
                                  (complaintHeader + u"\n"_s + complaintRow(u"GD30"_s, u"2024-05-01 10:00:00"_s) + u"\n"_s
                                   + complaintRow(u"GD31"_s, u"2024-05-02 10:00:00"_s) + u"\n"_s)
                                      .toUtf8());
    const QString second = fixture(u"b.csv"_s,
                                   (complaintHeader + u"\n"_s + complaintRow(u"GD31"_s, u"2024-05-02 10:00:00"_s)
                                    + u"\n"_s + complaintRow(u"GD32"_s, u"2024-05-03 10:00:00"_s) + u"\n"_s
                                    + complaintRow(u"GD32"_s, u"2024-05-03 10:00:00"_s) + u"\n"_s)
                                       .toUtf8());
    cx::Importer importer(m_workspace->path());
    QCOMPARE(importer.importFile(first).inserted(), 2);
    const cx::ImportReport report = importer.importFile(second);
    QCOMPARE(report.inserted(), 1);
    QCOMPARE(report.duplicates(), 2); // one from the first file, one repeated within the file
    QCOMPARE(count(db(), u"SELECT count(*) FROM complaint"_s), 3);

    const cx::ImportReport again = importer.importFile(first);
    QCOMPARE(again.inserted(), 0);
    QCOMPARE(again.duplicates(), 2);
    QCOMPARE(again.sheets.value(0).batchId, 0);
    QVERIFY(!again.notes().isEmpty());
    QCOMPARE(count(db(), u"SELECT count(*) FROM complaint"_s), 3);
    QCOMPARE(count(db(), u"SELECT count(*) FROM import_batch"_s), 2);
}

void TestImporter::missingRequiredColumnChangesNothing()
{
    cx::Importer importer(m_workspace->path());
    const QString good = fixture(u"good.csv"_s,
                                 (complaintHeader + u"\n"_s + complaintRow(u"GD40"_s, u"2024-05-01 10:00:00"_s)).toUtf8());
    QCOMPARE(importer.importFile(good).inserted(), 1);

    QString header = complaintHeader;
    header.replace(u"受理时间,"_s, QString());
    QString row = complaintRow(u"GD41"_s, u"2024-05-01 10:00:00"_s);
    row.replace(u"2024-05-01 10:00:00,"_s, QString());
    const QString bad = fixture(u"noDate.csv"_s, (header + u"\n"_s + row).toUtf8());
    cx::ImportOptions options;
    options.kind = u"complaints"_s;
    const cx::ImportReport report = importer.importFile(bad, options);
    QVERIFY(report.failed());
    QVERIFY2(report.error.contains(u"noDate.csv"_s), qPrintable(report.error));
    QCOMPARE(count(db(), u"SELECT count(*) FROM complaint"_s), 1);
    QCOMPARE(count(db(), u"SELECT count(*) FROM import_batch"_s), 1);

    const cx::ImportReport unreadable = importer.importFile(m_dir->filePath(u"absent.csv"_s));
    QVERIFY(unreadable.failed());
    QVERIFY(unreadable.error.contains(u"absent.csv"_s));
}

void TestImporter::cancelRollsBack()
{
    const QString path = complaintFixture(u"big.csv"_s, 100000, 20000);

    std::atomic_bool cancel = false;
    qint64 calls = 0;
    cx::Importer importer(m_workspace->path());
    const cx::ImportReport report = importer.importFile(path, {}, [&](qint64 done, qint64 total) {
        QVERIFY(done <= total);
        if (++calls == 2)
            cancel = true;
    }, &cancel);
    QVERIFY(report.cancelled);
    QVERIFY(report.failed());
    QCOMPARE(count(db(), u"SELECT count(*) FROM complaint"_s), 0);
    QCOMPARE(count(db(), u"SELECT count(*) FROM import_batch"_s), 0);
}

void TestImporter::heldWorkspaceTakesTheLogBack()
{
    // With the workspace held open (as the desktop app holds it) an import
    // commits into the write-ahead log and leaves it there: every connection
    // sees its rows at once, and the holder copies the log back into the
    // file in the background once it has been quiet for a moment.
    const QString path = complaintFixture(u"held.csv"_s, 200000, 5000);
    const QString file = m_workspace->path();
    const qint64 before = QFileInfo(file).size();
    auto *checkpointer = m_workspace->findChild<cx::LogCheckpointer *>();
    QVERIFY(checkpointer);
    QSignalSpy checkpointed(checkpointer, &cx::LogCheckpointer::checkpointed);
    QSignalSpy elsewhere(m_workspace.get(), &cx::Workspace::changedElsewhere);
    QSignalSpy dataChanged(m_workspace.get(), &cx::Workspace::dataChanged);
    {
        cx::Importer importer(file);
        QCOMPARE(importer.importFile(path).inserted(), qint64(5000));
        QCOMPARE(count(db(), u"SELECT count(*) FROM complaint"_s), 5000);
        QCOMPARE(QFileInfo(file).size(), before);
        QVERIFY(QFileInfo(file + u"-wal"_s).size() > 0);
    }
    QCOMPARE(QFileInfo(file).size(), before);
    QTRY_VERIFY_WITH_TIMEOUT(QFileInfo(file).size() > before, 30000);
    QTRY_VERIFY_WITH_TIMEOUT(checkpointed.size() >= 1, 30000);
    // Nobody else reading or writing, the log is emptied too: it would
    // otherwise keep the import's size on disk.
    QTRY_COMPARE_WITH_TIMEOUT(QFileInfo(file + u"-wal"_s).size(), qint64(0), 30000);
    // The holder's views hear of the rows it did not import itself.
    QCOMPARE(elsewhere.size(), 1);
    QCOMPARE(dataChanged.size(), 1);
    // The file alone, without its log, holds every row.
    const QString copy = m_dir->filePath(u"copy.cxw"_s);
    QVERIFY(QFile::copy(file, copy));
    cx::sqlite::Database alone;
    QVERIFY(alone.open(copy));
    cx::sqlite::Statement rows = alone.prepare(u"SELECT count(*) FROM complaint"_s);
    QVERIFY(rows.next());
    QCOMPARE(rows.columnInt(0), qint64(5000));
}

void TestImporter::ownChangesAreNotNewsFromElsewhere()
{
    // The desktop's own import says so itself (as the import wizard does):
    // the views hear of it once, not again when the log is looked at.
    const QString path = complaintFixture(u"own.csv"_s, 400000, 100);
    const QString file = m_workspace->path();
    auto *checkpointer = m_workspace->findChild<cx::LogCheckpointer *>();
    QVERIFY(checkpointer);
    QSignalSpy checkpointed(checkpointer, &cx::LogCheckpointer::checkpointed);
    QSignalSpy elsewhere(m_workspace.get(), &cx::Workspace::changedElsewhere);
    QSignalSpy dataChanged(m_workspace.get(), &cx::Workspace::dataChanged);
    QCOMPARE(cx::Importer(file).importFile(path).inserted(), qint64(100));
    m_workspace->notifyDataChanged();
    QTRY_VERIFY_WITH_TIMEOUT(checkpointed.size() >= 1, 30000);
    QTRY_COMPARE_WITH_TIMEOUT(QFileInfo(file + u"-wal"_s).size(), qint64(0), 30000);
    QCOMPARE(elsewhere.size(), 0);
    QCOMPARE(dataChanged.size(), 1);

    // The next import that does not say so is news again.
    const QString later = complaintFixture(u"later.csv"_s, 410000, 100);
    QCOMPARE(cx::Importer(file).importFile(later).inserted(), qint64(100));
    QTRY_COMPARE_WITH_TIMEOUT(elsewhere.size(), 1, 30000);
    QCOMPARE(dataChanged.size(), 2);
}

void TestImporter::logIsEmptiedOnceReadersFinish()
{
    // A reader (the views reloading after an import) keeps the log from
    // being copied back and emptied; it is tried again until it can be.
    const QString path = complaintFixture(u"reader.csv"_s, 500000, 5000);
    const QString file = m_workspace->path();
    auto *checkpointer = m_workspace->findChild<cx::LogCheckpointer *>();
    QVERIFY(checkpointer);
    QSignalSpy checkpointed(checkpointer, &cx::LogCheckpointer::checkpointed);
    cx::sqlite::Database reader;
    QVERIFY(reader.open(file));
    QVERIFY(reader.exec(u"BEGIN"_s));
    cx::sqlite::Statement snapshot = reader.prepare(u"SELECT count(*) FROM complaint"_s);
    QVERIFY(snapshot.next());
    QCOMPARE(cx::Importer(file).importFile(path).inserted(), qint64(5000));
    QTRY_VERIFY_WITH_TIMEOUT(checkpointed.size() >= 1, 30000);
    QVERIFY(QFileInfo(file + u"-wal"_s).size() > 0);
    // Looking at the log is no commit: it is not checkpointed over and over.
    QTest::qWait(3 * cx::LogCheckpointer::quietMs);
    QCOMPARE(checkpointed.size(), 1);
    snapshot = {};
    QVERIFY(reader.exec(u"COMMIT"_s));
    QTRY_COMPARE_WITH_TIMEOUT(QFileInfo(file + u"-wal"_s).size(), qint64(0), 3 * cx::LogCheckpointer::retryMs);
    QCOMPARE(count(db(), u"SELECT count(*) FROM complaint"_s), 5000);
}

void TestImporter::importJobCheckpointsAfterFinishing()
{
    // The desktop's import: the job reports the rows as soon as they are
    // in, then the log is copied back into the file on a task of its own.
    const QString path = complaintFixture(u"job.csv"_s, 300000, 5000);
    const QString file = m_workspace->path();
    const qint64 before = QFileInfo(file).size();
    cx::ImportJob job(file);
    QSignalSpy finished(&job, &cx::ImportJob::finished);
    QVERIFY(job.start({cx::Importer(file).inspector().plan(path)}));
    QVERIFY(finished.wait(30000));
    QCOMPARE(job.reports().value(0).inserted(), qint64(5000));
    QCOMPARE(count(db(), u"SELECT count(*) FROM complaint"_s), 5000);
    QTRY_VERIFY_WITH_TIMEOUT(QFileInfo(file).size() > before, 30000);
    QTRY_COMPARE_WITH_TIMEOUT(QFileInfo(file + u"-wal"_s).size(), qint64(0), 30000);
}

void TestImporter::laterMonthlyFileWins()
{
    const QByteArray header = "产品名称,统计月份,用户数,新增用户数,流失用户数,咨询量,投诉量\n";
    const QString first = fixture(u"pm1.csv"_s, header + "咪咕视频,2024-01,\"1,000\",10,5,100,20\n咪咕视频,2024-02,1100,12,6,90,18\n");
    const QString second = fixture(u"pm2.csv"_s, header + "咪咕视频,2024/2,1200,12,6,90,18\n咪咕视频,2024年3月,1300,1,1,1,1\n合计,,3600,,,,\n");
    cx::Importer importer(m_workspace->path());
    const cx::ImportReport a = importer.importFile(first);
    QCOMPARE(a.kind, u"product_monthly"_s);
    QCOMPARE(a.inserted(), 2);
    const cx::ImportReport b = importer.importFile(second);
    QCOMPARE(b.inserted(), 1);
    QCOMPARE(b.updated(), 1);
    QCOMPARE(b.skipped(), 1);
    QVERIFY(!b.notes().isEmpty());
    QCOMPARE(count(db(), u"SELECT users FROM product_monthly WHERE month = '2024-02'"_s), 1200);
    QCOMPARE(count(db(), u"SELECT users FROM product_monthly WHERE month = '2024-01'"_s), 1000);
    QCOMPARE(count(db(), u"SELECT count(*) FROM product_monthly"_s), 3);
    const cx::ImportReport again = importer.importFile(second);
    QCOMPARE(again.inserted() + again.updated(), 0);
    QCOMPARE(again.duplicates(), 2);
}

void TestImporter::indicatorTreeAndValues()
{
    const QString tree = fixture(u"tree.csv"_s,
                                 "指标编码,指标名称,指标层级,上级指标编码,责任部门,单位,目标值,指标方向\n"
                                 "QOE05,内容体验,感知要素,,产品部,,,越高越好\n"
                                 "KEI03,视频卡顿率,感知指标,QOE05,产品部,%,2.0,越低越好\n"
                                 "KOI03,CDN缓存命中率,运营指标,KEI03,产品部,%,95.0,越高越好\n");
    const QString values = fixture(u"values.csv"_s,
                                   "指标编码,统计月份,地市,实际值\nKEI03,2024-07,深圳,3.4\nKOI03,2024-07,深圳,91.2\n"
                                   "KEI03,2024-07,广州,1.8\n");
    cx::Importer importer(m_workspace->path());
    QCOMPARE(importer.importFile(tree).inserted(), 3);
    QCOMPARE(importer.importFile(values).inserted(), 3);
    QCOMPARE(count(db(), u"SELECT direction FROM indicator WHERE code = 'KEI03'"_s), -1);
    QCOMPARE(count(db(), u"SELECT count(*) FROM indicator WHERE layer = 'koi' AND parent_code = 'KEI03'"_s), 1);
    QSqlQuery q(db());
    QVERIFY(q.exec(u"SELECT value FROM indicator_value WHERE code = 'KOI03' AND month = '2024-07' AND city = '深圳'"_s));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toDouble(), 91.2);
}

void TestImporter::surveyWorkbook()
{
    const QString path = writeSurveyWorkbook(m_dir->filePath(u"survey.xlsx"_s), 30);
    QVERIFY(!path.isEmpty());
    cx::Importer importer(m_workspace->path());
    const cx::ImportReport report = importer.importFile(path);
    QVERIFY2(!report.failed(), qPrintable(report.error));
    QCOMPARE(report.kind, u"survey"_s);
    QCOMPARE(report.sheets.value(0).sheet, u"问卷数据"_s);
    QCOMPARE(report.sheets.value(0).headerRow, 2);
    QCOMPARE(report.inserted(), 30);

    QCOMPARE(count(db(), u"SELECT count(*) FROM survey_question WHERE kind = 'stage' AND stage = '使用'"_s), 1);
    QCOMPARE(count(db(), u"SELECT count(*) FROM survey_question WHERE kind = 'kano_functional' AND feature = '播放不卡顿'"_s), 1);
    QCOMPARE(count(db(), u"SELECT count(*) FROM survey_response WHERE overall IS NOT NULL AND nps IS NOT NULL"_s), 30);
    QCOMPARE(count(db(), u"SELECT count(*) FROM survey_response WHERE reason = '卡顿太多'"_s), 15);
    QCOMPARE(count(db(), u"SELECT count(*) FROM survey_response WHERE submitted_at LIKE '2024-03-0_ 10:%'"_s), 11);
    QCOMPARE(count(db(), u"SELECT count(*) FROM survey_answer a JOIN survey_question q ON q.id = a.question_id "
                         "WHERE q.kind = 'kano_dysfunctional' AND a.answer = '我不喜欢'"_s),
             30);
    QCOMPARE(count(db(), u"SELECT count(*) FROM survey_answer a JOIN survey_question q ON q.id = a.question_id "
                         "WHERE q.kind = 'stage' AND a.score BETWEEN 7 AND 10"_s),
             30);
    // Re-importing the same responses adds nothing.
    QCOMPARE(importer.importFile(path).inserted(), 0);
    QCOMPARE(count(db(), u"SELECT count(*) FROM survey_response"_s), 30);
}

void TestImporter::phonesAreMasked()
{
    const QString text = complaintHeader + u"\n"_s
        + complaintRow(u"GD50"_s, u"2024-05-01 10:00:00"_s, u"播放卡顿"_s, u"x"_s, u"13812345678"_s) + u"\n"_s;
    const QString path = fixture(u"phones.csv"_s, text.toUtf8());
    cx::Importer importer(m_workspace->path());
    QCOMPARE(importer.importFile(path).inserted(), 1);
    QSqlQuery q(db());
    QVERIFY(q.exec(u"SELECT phone FROM complaint"_s) && q.next());
    QCOMPARE(q.value(0).toString(), u"138****5678"_s);

    QVERIFY(q.exec(u"DELETE FROM complaint"_s));
    QVERIFY(q.exec(u"DELETE FROM import_batch"_s));
    cx::Importer keeping(m_workspace->path());
    keeping.setKeepFullPhoneNumbers(true);
    QCOMPARE(keeping.importFile(path).inserted(), 1);
    QVERIFY(q.exec(u"SELECT phone FROM complaint"_s) && q.next());
    QCOMPARE(q.value(0).toString(), u"13812345678"_s);
}

void TestImporter::cellsAreTrimmedLikeThePreview()
{
    // Text cells go to the workspace as the file's UTF-8 bytes; they must be
    // trimmed exactly as QStringView::trimmed() trims the preview, including
    // full-width (U+3000) and no-break (U+00A0) spaces, and kept when inner.
    QString row = complaintRow(u"GD80"_s, u"2024-05-01 10:00:00"_s, u"播放卡顿"_s, u"\u3000看剧 卡顿\u00A0"_s);
    row.replace(u"10086热线"_s, u"  10086热线\t"_s).replace(u"南山区,"_s, u"\u3000南山区\u3000,"_s);
    const QString path = fixture(u"spaces.csv"_s, (complaintHeader + u"\n"_s + row + u"\n"_s).toUtf8());
    cx::Importer importer(m_workspace->path());
    QCOMPARE(importer.importFile(path).inserted(), 1);
    QSqlQuery q(db());
    QVERIFY(q.exec(u"SELECT channel, county, content, grid FROM complaint"_s) && q.next());
    QCOMPARE(q.value(0).toString(), u"10086热线"_s);
    QCOMPARE(q.value(1).toString(), u"南山区"_s);
    QCOMPARE(q.value(2).toString(), u"看剧 卡顿"_s);
    QCOMPARE(q.value(3).toString(), u"南山区-网格01"_s);
}

void TestImporter::unmappedCategoriesAreReported()
{
    const QString text = complaintHeader + u"\n"_s
        + complaintRow(u"GD60"_s, u"2024-05-01 10:00:00"_s, u"外星人入侵"_s) + u"\n"_s
        + complaintRow(u"GD61"_s, u"2024-05-01 11:00:00"_s, u"外星人入侵"_s) + u"\n"_s;
    const QString path = fixture(u"unmapped.csv"_s, text.toUtf8());
    cx::Importer importer(m_workspace->path());
    const cx::ImportReport report = importer.importFile(path);
    QCOMPARE(report.inserted(), 2);
    QCOMPARE(report.notes().size(), 1);
    QVERIFY(report.notes().first().message.contains(u"外星人入侵"_s));
    QCOMPARE(count(db(), u"SELECT count(*) FROM complaint WHERE stage = '未归类'"_s), 2);
}

void TestImporter::reportAsJson()
{
    const QString path = fixture(u"j.csv"_s,
                                 (complaintHeader + u"\n"_s + complaintRow(u"GD70"_s, u"2024-05-01 10:00:00"_s)).toUtf8());
    cx::Importer importer(m_workspace->path());
    const QJsonObject json = importer.importFile(path).toJson();
    for (const char *key : {"file", "kind", "encoding", "rows_read", "inserted", "updated", "duplicates", "skipped",
                            "rejected", "notes", "sheets", "sheets_not_imported", "failed", "error"})
        QVERIFY2(json.contains(QLatin1StringView(key)), key);
    QCOMPARE(json.value(u"kind"_s).toString(), u"complaints"_s);
    QCOMPARE(json.value(u"inserted"_s).toInt(), 1);
    const QJsonArray sheets = json.value(u"sheets"_s).toArray();
    QCOMPARE(sheets.size(), 1);
    const QJsonObject sheet = sheets.first().toObject();
    for (const char *key : {"sheet", "header_row", "rows_read", "inserted", "updated", "duplicates", "skipped",
                            "rejected", "errors", "notes"})
        QVERIFY2(sheet.contains(QLatin1StringView(key)), key);
    QVERIFY(sheet.value(u"sheet"_s).isNull());
    QCOMPARE(sheet.value(u"header_row"_s).toInt(), 1);
    QCOMPARE(sheet.value(u"inserted"_s).toInt(), 1);
}

void TestImporter::rejectionsInTheUsersLanguage()
{
    // Each row writer's messages are catalogued under its own class: the
    // reasons an analyst reads in zh_CN must come out in Chinese.
    const QString complaints = fixture(u"zh.csv"_s,
                                       (complaintHeader + u"\n"_s + complaintRow(QString(), u"2024-03-03 10:00:00"_s)
                                        + u"\n"_s)
                                           .toUtf8());
    const QString surveys = fixture(u"zh_survey.csv"_s,
                                    u"提交答卷时间,手机号码,地市,产品,1、您对本产品的整体满意度打几分？(1-10分)\n"
                                    "2024-03-01 10:00:00,1391234567,深圳,咪咕视频,22\n"_s.toUtf8());
    cx::LanguageManager language;
    language.apply(u"zh_CN"_s);
    cx::Importer importer(m_workspace->path());
    const cx::ImportReport complaintReport = importer.importFile(complaints);
    const cx::ImportReport surveyReport = importer.importFile(surveys);
    language.apply(u"en"_s);

    QVERIFY2(!complaintReport.failed(), qPrintable(complaintReport.error));
    QCOMPARE(complaintReport.sheets.value(0).errors.size(), 1);
    const QString complaintReason = complaintReport.sheets.value(0).errors.constFirst().reason;
    QVERIFY2(complaintReason.contains(u"工单流水号为空"_s), qPrintable(complaintReason));
    QVERIFY2(!surveyReport.failed(), qPrintable(surveyReport.error));
    QCOMPARE(surveyReport.sheets.value(0).errors.size(), 1);
    const QString surveyReason = surveyReport.sheets.value(0).errors.constFirst().reason;
    QVERIFY2(surveyReason.contains(u"不是 1 到 10 之间的分数"_s), qPrintable(surveyReason));
}

QTEST_GUILESS_MAIN(TestImporter)
#include "tst_importer.moc"
