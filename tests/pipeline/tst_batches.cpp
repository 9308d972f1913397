#include "pipeline/batches.h"
#include "pipeline/importer.h"
#include "import/valueparser.h"
#include "pipeline/rejectedrowmodel.h"
#include "testsupport.h"
#include "workspace/workspace.h"

#include <QDir>
#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

const QByteArray complaintHeader =
    "工单流水号,受理时间,受理渠道,客户号码,归属地市,区县,业务名称,投诉三级分类,投诉内容\n";

QByteArray complaintRow(const char *orderNo, const char *acceptedAt)
{
    return QByteArray(orderNo) + ',' + acceptedAt + ",10086热线,138****1234,深圳,南山区,咪咕视频,播放卡顿,看视频一直转圈\n";
}

// Every fixture the tests import, one batch each: name -> content.
const QList<std::pair<QString, QByteArray>> &fixtures()
{
    static const QList<std::pair<QString, QByteArray>> files{
        {u"complaints-a.csv"_s, complaintHeader + complaintRow("GD1", "2024-05-01 10:00:00")
                                    + complaintRow("GD2", "2024-05-02 10:00:00")
                                    + complaintRow("GD3", "2024-13-45 10:00:00") // rejected: no such date
                                    + complaintRow("GD4", "2024-05-03 10:00:00")},
        {u"complaints-b.csv"_s, complaintHeader + complaintRow("GD4", "2024-05-03 10:00:00") // duplicate of a
                                    + complaintRow("GD5", "2024-06-01 10:00:00")
                                    + complaintRow("GD6", "2024-06-02 10:00:00")},
        {u"survey.csv"_s, "序号,提交答卷时间,手机号码,地市,产品,1、您对本产品的整体满意度打几分？(1-10分),"
                          "2、您向亲友推荐本产品的可能性有多大？(0-10分)\n"
                          "1,2024-05-01 10:00:00,13912341001,深圳,咪咕视频,8,9\n"
                          "2,2024-05-02 10:00:00,13912341002,深圳,咪咕视频,6,3\n"
                          "3,2024-05-03 10:00:00,13912341003,广州,咪咕视频,10,10\n"},
        {u"monthly.csv"_s, "产品名称,统计月份,用户数,新增用户数,流失用户数,咨询量,投诉量\n"
                           "咪咕视频,2024-05,1000,10,5,100,20\n咪咕视频,2024-06,1100,12,6,90,18\n"},
        {u"funnel.csv"_s, "产品名称,统计月份,知晓率,认知率,认同率,认可率\n咪咕视频,2024-05,80%,60%,40%,30%\n"},
        {u"tree.csv"_s, "指标编码,指标名称,指标层级,上级指标编码,责任部门,单位,目标值,指标方向\n"
                        "QOE05,内容体验,感知要素,,产品部,,,越高越好\n"
                        "KEI03,视频卡顿率,感知指标,QOE05,产品部,%,2.0,越低越好\n"},
        {u"values.csv"_s, "指标编码,统计月份,地市,实际值\nKEI03,2024-05,深圳,3.4\nKEI03,2024-05,广州,1.8\n"},
    };
    return files;
}

} // namespace

class TestBatches : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void countsWhatABatchBrought_data();
    void countsWhatABatchBrought();
    void deleteRemovesTheBatchOnly_data();
    void deleteRemovesTheBatchOnly();
    void deleteKeepsWorkOrdersButDropsTheirLinks();
    void unknownBatchIsRefused();
    void rejectedRowsAreFetchedLazilyAndExported();
    void phonesInRawRowsAreMasked_data();
    void phonesInRawRowsAreMasked();

private:
    qint64 count(const QString &sql) const;
    qint64 batchOf(const QString &fileName) const;
    /// Row counts of every table a batch can fill, for comparing before/after.
    QMap<QString, qint64> tableCounts() const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<cx::Workspace> m_workspace;
};

void TestBatches::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    cx::WorkspaceError error;
    m_workspace = cx::Workspace::create(m_dir->filePath(u"batches.cxw"_s), &error);
    QVERIFY2(m_workspace, qPrintable(error.message));
    cx::Importer importer(m_workspace->path());
    for (const auto &[name, content] : fixtures()) {
        const QString path = m_dir->filePath(name);
        QVERIFY(cx::test::writeFile(path, content));
        const cx::ImportReport report = importer.importFile(path);
        QVERIFY2(!report.failed(), qPrintable(report.error));
        QVERIFY2(report.sheets.value(0).batchId > 0, qPrintable(name));
    }
}

void TestBatches::cleanup()
{
    m_workspace.reset();
    m_dir.reset();
}

qint64 TestBatches::count(const QString &sql) const
{
    QSqlQuery q(m_workspace->database());
    return q.exec(sql) && q.next() ? q.value(0).toLongLong() : -1;
}

qint64 TestBatches::batchOf(const QString &fileName) const
{
    return count(u"SELECT id FROM import_batch WHERE file_name = '%1'"_s.arg(fileName));
}

QMap<QString, qint64> TestBatches::tableCounts() const
{
    QMap<QString, qint64> counts;
    for (const QString &table : {u"complaint"_s, u"survey_response"_s, u"survey_answer"_s, u"product_monthly"_s,
                                 u"funnel_rate"_s, u"indicator"_s, u"indicator_value"_s, u"rejected_row"_s,
                                 u"import_note"_s, u"import_batch"_s})
        counts.insert(table, count(u"SELECT count(*) FROM "_s + table));
    return counts;
}

void TestBatches::countsWhatABatchBrought_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<qint64>("complaints");
    QTest::addColumn<qint64>("responses");
    QTest::addColumn<qint64>("other");
    QTest::addColumn<qint64>("rejected");

    QTest::newRow("complaints with a rejection") << u"complaints-a.csv"_s << 3LL << 0LL << 0LL << 1LL;
    QTest::newRow("complaints with a duplicate") << u"complaints-b.csv"_s << 2LL << 0LL << 0LL << 0LL;
    QTest::newRow("survey") << u"survey.csv"_s << 0LL << 3LL << 0LL << 0LL;
    QTest::newRow("monthly figures") << u"monthly.csv"_s << 0LL << 0LL << 2LL << 0LL;
    QTest::newRow("funnel") << u"funnel.csv"_s << 0LL << 0LL << 1LL << 0LL;
    QTest::newRow("indicator tree") << u"tree.csv"_s << 0LL << 0LL << 2LL << 0LL;
    QTest::newRow("indicator values") << u"values.csv"_s << 0LL << 0LL << 2LL << 0LL;
}

void TestBatches::countsWhatABatchBrought()
{
    QFETCH(QString, file);
    QFETCH(qint64, complaints);
    QFETCH(qint64, responses);
    QFETCH(qint64, other);
    QFETCH(qint64, rejected);

    cx::BatchRows rows;
    QString error;
    QVERIFY2(cx::Batches(m_workspace->path()).countRows(batchOf(file), &rows, &error), qPrintable(error));
    QCOMPARE(rows.complaints, complaints);
    QCOMPARE(rows.surveyResponses, responses);
    QCOMPARE(rows.productMonthly + rows.funnelRates + rows.indicators + rows.indicatorValues + rows.subscribers, other);
    QCOMPARE(rows.total(), complaints + responses + other);
    QCOMPARE(rows.rejected, rejected);
    QCOMPARE(rows.linkedWorkOrders, 0);
}

void TestBatches::deleteRemovesTheBatchOnly_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("table");

    QTest::newRow("complaints") << u"complaints-a.csv"_s << u"complaint"_s;
    QTest::newRow("survey and its answers") << u"survey.csv"_s << u"survey_response"_s;
    QTest::newRow("monthly figures") << u"monthly.csv"_s << u"product_monthly"_s;
    QTest::newRow("funnel") << u"funnel.csv"_s << u"funnel_rate"_s;
    QTest::newRow("indicator tree (SET NULL in the schema)") << u"tree.csv"_s << u"indicator"_s;
    QTest::newRow("indicator values") << u"values.csv"_s << u"indicator_value"_s;
}

void TestBatches::deleteRemovesTheBatchOnly()
{
    QFETCH(QString, file);
    QFETCH(QString, table);

    const qint64 batch = batchOf(file);
    QVERIFY(batch > 0);
    const QMap<QString, qint64> before = tableCounts();
    const qint64 own = count(u"SELECT count(*) FROM %1 WHERE batch_id = %2"_s.arg(table).arg(batch));
    QVERIFY(own > 0);
    const qint64 ownRejected = count(u"SELECT count(*) FROM rejected_row WHERE batch_id = %1"_s.arg(batch));
    const qint64 ownAnswers = count(u"SELECT count(*) FROM survey_answer WHERE response_id IN "
                                    "(SELECT id FROM survey_response WHERE batch_id = %1)"_s.arg(batch));
    const qint64 ownNotes = count(u"SELECT count(*) FROM import_note WHERE batch_id = %1"_s.arg(batch));

    cx::BatchRows deleted;
    QString error;
    QVERIFY2(cx::Batches(m_workspace->path()).deleteBatch(batch, &deleted, &error), qPrintable(error));
    QCOMPARE(deleted.total(), own);

    const QMap<QString, qint64> after = tableCounts();
    for (auto it = before.cbegin(); it != before.cend(); ++it) {
        qint64 expected = it.value();
        if (it.key() == table)
            expected -= own;
        else if (it.key() == "rejected_row"_L1)
            expected -= ownRejected;
        else if (it.key() == "survey_answer"_L1)
            expected -= ownAnswers;
        else if (it.key() == "import_note"_L1)
            expected -= ownNotes;
        else if (it.key() == "import_batch"_L1)
            expected -= 1;
        QCOMPARE(after.value(it.key()), expected);
    }
    QCOMPARE(count(u"SELECT count(*) FROM %1 WHERE batch_id = %2"_s.arg(table).arg(batch)), 0);
    QCOMPARE(batchOf(file), -1);
    QCOMPARE(m_workspace->integrityCheck(), u"ok"_s);
    QCOMPARE(count(u"SELECT count(*) FROM pragma_foreign_key_check"_s), 0);

    // The file can be imported again afterwards, with all its rows new.
    const cx::ImportReport again = cx::Importer(m_workspace->path()).importFile(m_dir->filePath(file));
    QVERIFY2(!again.failed(), qPrintable(again.error));
    QCOMPARE(again.inserted() + again.updated(), own);
}

void TestBatches::deleteKeepsWorkOrdersButDropsTheirLinks()
{
    QSqlQuery q(m_workspace->database());
    QVERIFY(q.exec(u"INSERT INTO work_order(id, number, title, created_by, created_at, updated_at) "
                   "VALUES (1, 'WO-2024-0001', '播放卡顿', 'test', '2024-07-01', '2024-07-01')"_s));
    QVERIFY(q.exec(u"INSERT INTO work_order_complaint(work_order_id, complaint_id) "
                   "SELECT 1, id FROM complaint WHERE order_no IN ('GD1', 'GD5')"_s));

    const qint64 batch = batchOf(u"complaints-a.csv"_s);
    cx::Batches batches(m_workspace->path());
    cx::BatchRows rows;
    QString error;
    QVERIFY2(batches.countRows(batch, &rows, &error), qPrintable(error));
    QCOMPARE(rows.linkedWorkOrders, 1);
    QVERIFY2(batches.deleteBatch(batch, nullptr, &error), qPrintable(error));

    QCOMPARE(count(u"SELECT count(*) FROM work_order"_s), 1);
    // The link to GD5 (another batch) stays; the one to GD1 went with it.
    QCOMPARE(count(u"SELECT count(*) FROM work_order_complaint"_s), 1);
    QCOMPARE(count(u"SELECT count(*) FROM complaint"_s), 2);
    QCOMPARE(m_workspace->integrityCheck(), u"ok"_s);
}

void TestBatches::unknownBatchIsRefused()
{
    const QMap<QString, qint64> before = tableCounts();
    cx::BatchRows rows;
    QString error;
    cx::Batches batches(m_workspace->path());
    QVERIFY(!batches.countRows(999, &rows, &error));
    QVERIFY2(error.contains(u"999"_s), qPrintable(error));
    error.clear();
    QVERIFY(!batches.deleteBatch(999, &rows, &error));
    QVERIFY2(error.contains(u"batches.cxw"_s), qPrintable(error));
    QCOMPARE(tableCounts(), before);
}

void TestBatches::rejectedRowsAreFetchedLazilyAndExported()
{
    QByteArray text = complaintHeader;
    for (int i = 0; i < 600; ++i)
        text += complaintRow(QByteArray("BAD" + QByteArray::number(i)).constData(), "2024-13-01 10:00:00");
    const QString path = m_dir->filePath(u"bad.csv"_s);
    QVERIFY(cx::test::writeFile(path, text));
    const cx::ImportReport report = cx::Importer(m_workspace->path()).importFile(path);
    QCOMPARE(report.rejected(), 600);

    cx::RejectedRowModel model;
    model.setBatch(m_workspace->database(), report.sheets.value(0).batchId);
    QCOMPARE(model.totalCount(), 600);
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(model.canFetchMore({}));
    model.fetchMore({});
    QCOMPARE(model.rowCount(), cx::RejectedRowModel::pageSize);
    while (model.canFetchMore({}))
        model.fetchMore({});
    QCOMPARE(model.rowCount(), 600);
    for (int row = 1; row < model.rowCount(); ++row)
        QVERIFY(model.index(row, 0).data(int(cx::RejectedRowModel::Role::Line)).toLongLong()
                > model.index(row - 1, 0).data(int(cx::RejectedRowModel::Role::Line)).toLongLong());
    QCOMPARE(model.index(599, cx::RejectedRowModel::Line).data(int(cx::RejectedRowModel::Role::Line)).toLongLong(), 601);

    // Another batch empties the model; none at all too.
    model.setBatch(m_workspace->database(), batchOf(u"complaints-b.csv"_s));
    QCOMPARE(model.totalCount(), 0);
    QVERIFY(!model.canFetchMore({}));
    model.setBatch(m_workspace->database(), 0);
    QCOMPARE(model.rowCount(), 0);

    const QString csv = m_dir->filePath(u"out/rejected.csv"_s);
    QString error;
    QVERIFY(!cx::RejectedRowModel::exportCsv(m_workspace->database(), report.sheets.value(0).batchId, csv, &error));
    QVERIFY2(error.contains(u"rejected.csv"_s), qPrintable(error)); // the folder does not exist
    QVERIFY(QDir().mkpath(m_dir->filePath(u"out"_s)));
    const qint64 batchId = report.sheets.value(0).batchId;
    QVERIFY2(cx::RejectedRowModel::exportCsv(m_workspace->database(), batchId, csv, &error), qPrintable(error));
    QFile file(csv);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = file.readAll().split('\n');
    QCOMPARE(lines.size(), 602); // header, 600 rows, the empty rest after the last line end
    QVERIFY(lines.at(0).startsWith("\xEF\xBB\xBF"));
    QVERIFY(lines.at(1).startsWith("2,"));
    QVERIFY(lines.at(1).endsWith("\r"));
    QVERIFY(lines.at(600).startsWith("601,"));
}

void TestBatches::phonesInRawRowsAreMasked_data()
{
    QTest::addColumn<QString>("raw");
    QTest::addColumn<QString>("expected");

    QTest::newRow("plain") << u"GD1,13812345678,深圳"_s << u"GD1,138****5678,深圳"_s;
    QTest::newRow("beside Chinese") << u"客户13812345678来电"_s << u"客户138****5678来电"_s;
    QTest::newRow("+86 and dashes") << u"a,+86 138-1234-5678,b"_s << u"a,138****5678,b"_s;
    QTest::newRow("two numbers") << u"13812345678/13912345678"_s << u"138****5678/139****5678"_s;
    QTest::newRow("already masked") << u"138****5678"_s << u"138****5678"_s;
    QTest::newRow("order number is no phone") << u"GD2024070112345678901,2024-07-01"_s
                                              << u"GD2024070112345678901,2024-07-01"_s;
    QTest::newRow("date and time") << u"20240701 10:00:00"_s << u"20240701 10:00:00"_s;
}

void TestBatches::phonesInRawRowsAreMasked()
{
    QFETCH(QString, raw);
    QFETCH(QString, expected);
    QCOMPARE(cx::ValueParser::maskPhonesInText(raw), expected);
}

QTEST_GUILESS_MAIN(TestBatches)
#include "tst_batches.moc"
