// Pain-point tags kept compactly: a complaint cell's tag counts as a
// canonical blob (encoded, decoded, damaged bytes refused, merged in SQL as
// the fold does), and complaint_tag, the per-complaint record the complaint
// table's tag filter reads: right after an import, after rows updated in
// place (texts gaining and losing tags) and after a deleted batch.

#include "analytics/aggregates.h"
#include "analytics/analysisscope.h"
#include "analytics/analyticscube.h"
#include "analytics/tagcounts.h"
#include "pipeline/batches.h"
#include "pipeline/importer.h"
#include "pipeline/sqlite.h"
#include "service/complaintbrowser.h"
#include "testsupport.h"
#include "workspace/workspace.h"

#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

using namespace cx;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(std::vector<cx::TagCount>)

namespace {

const QByteArray header = "工单编号,受理时间,受理渠道,归属地市,业务名称,投诉三级分类,投诉内容\n";

QByteArray complaint(const QByteArray &orderNo, const QByteArray &text, const QByteArray &city = "深圳")
{
    return orderNo + ",2024-07-01 09:00:00,10086热线," + city + ",咪咕视频,播放卡顿," + text + "\n";
}

// The blob's bytes as hex, for readable comparisons.
QString hex(const QByteArray &bytes)
{
    return QString::fromLatin1(bytes.toHex(' '));
}

} // namespace

class TestComplaintTags : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void blobIsCanonical_data();
    void blobIsCanonical();
    void damagedBlobsAreRefused_data();
    void damagedBlobsAreRefused();
    void mergedInSql();
    void tagFilterFollowsUpdatesAndDeletedBatch();

private:
    QString write(const QString &name, const QByteArray &bytes) const;
    ImportReport import(const QString &name, const QByteArray &bytes);
    // The order numbers the complaint table lists for a tag, oldest id first,
    // after loading the cube (which folds what is not folded yet), or with
    // the cube loaded last when `load` is false.
    QStringList listed(const QString &tag, bool load = true);
    AggregateState state();
    // The first column of a query's first row, -1 on failure.
    qint64 scalar(const QString &sql);

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
    std::shared_ptr<const AnalyticsCube> m_cube;
};

void TestComplaintTags::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_path = m_dir->filePath(u"tags.cxw"_s);
    WorkspaceError error;
    QVERIFY2(Workspace::create(m_path, &error), qPrintable(error.message));
}

void TestComplaintTags::cleanup()
{
    m_cube.reset();
    m_dir.reset();
}

QString TestComplaintTags::write(const QString &name, const QByteArray &bytes) const
{
    const QString path = m_dir->filePath(name);
    return test::writeFile(path, bytes) ? path : QString();
}

ImportReport TestComplaintTags::import(const QString &name, const QByteArray &bytes)
{
    Importer importer(m_path);
    return importer.importFile(write(name, bytes));
}

AggregateState TestComplaintTags::state()
{
    sqlite::Database db;
    return db.open(m_path) ? aggregateState(db) : AggregateState::Stale;
}

qint64 TestComplaintTags::scalar(const QString &sql)
{
    sqlite::Database db;
    if (!db.open(m_path))
        return -1;
    sqlite::Statement q = db.prepare(sql);
    return q.next() ? q.columnInt(0) : -1;
}

QStringList TestComplaintTags::listed(const QString &tag, bool load)
{
    QString error;
    if (load || !m_cube)
        m_cube = AnalyticsCube::load(m_path, &error);
    if (!m_cube)
        return {u"no cube: "_s + error};
    sqlite::Database db;
    if (!db.open(m_path))
        return {u"no workspace"_s};
    ComplaintSelection selection;
    selection.tag = tag;
    const std::shared_ptr<const ComplaintKeys> keys =
        ComplaintBrowser::select(db, AnalysisScope(m_cube, selection.filter), selection, ComplaintColumn::AcceptedAt);
    if (!keys)
        return {db.errorString()};
    QList<qint64> ids = keys->sorted(Qt::AscendingOrder);
    std::sort(ids.begin(), ids.end());
    QStringList orders;
    for (const ComplaintRow &row : ComplaintBrowser::rows(db, ids))
        orders << row.orderNo;
    return orders;
}

void TestComplaintTags::blobIsCanonical_data()
{
    QTest::addColumn<std::vector<TagCount>>("counts");
    QTest::addColumn<QString>("bytes");
    QTest::addColumn<std::vector<TagCount>>("decoded");
    QTest::newRow("empty") << std::vector<TagCount>{} << QString() << std::vector<TagCount>{};
    QTest::newRow("sorted by tag") << std::vector<TagCount>{{9, 2}, {3, 1}} << u"03 01 09 02"_s
                                   << std::vector<TagCount>{{3, 1}, {9, 2}};
    QTest::newRow("repeated tags summed, zero left out")
        << std::vector<TagCount>{{5, 2}, {4, 1}, {5, 3}, {4, -1}, {7, 0}} << u"05 05"_s
        << std::vector<TagCount>{{5, 5}};
    // 300 = 0b10_0101100: low seven bits first, with the continuation bit.
    QTest::newRow("varints") << std::vector<TagCount>{{300, 128}} << u"ac 02 80 01"_s
                             << std::vector<TagCount>{{300, 128}};
}

void TestComplaintTags::blobIsCanonical()
{
    QFETCH(std::vector<TagCount>, counts);
    QFETCH(QString, bytes);
    QFETCH(std::vector<TagCount>, decoded);
    const QByteArray blob = encodeTagCounts(counts);
    QCOMPARE(hex(blob), bytes);
    std::vector<TagCount> back{{1, 1}};
    QVERIFY(decodeTagCounts(blob, back));
    QVERIFY(back == decoded);
}

void TestComplaintTags::damagedBlobsAreRefused_data()
{
    QTest::addColumn<QByteArray>("blob");
    QTest::newRow("tag without n") << QByteArray::fromHex("03");
    QTest::newRow("varint cut off") << QByteArray::fromHex("0381");
    QTest::newRow("tags not ascending") << QByteArray::fromHex("05010301");
    QTest::newRow("tag twice") << QByteArray::fromHex("03010301");
    QTest::newRow("n of 0") << QByteArray::fromHex("0300");
}

void TestComplaintTags::damagedBlobsAreRefused()
{
    QFETCH(QByteArray, blob);
    std::vector<TagCount> counts{{1, 1}};
    QVERIFY(!decodeTagCounts(blob, counts));
    QVERIFY(counts.empty());
}

void TestComplaintTags::mergedInSql()
{
    sqlite::Database db;
    QVERIFY(db.open(m_path));
    QVERIFY(registerTagCountFunctions(db.handle()));
    sqlite::Statement q = db.prepare(u"SELECT hex(cx_tags_merge(?1, ?2, ?3)), cx_tag_count(?1, 3)"_s);
    const auto merged = [&](const std::vector<TagCount> &old, const std::vector<TagCount> &plus,
                            const std::vector<TagCount> &minus) {
        q.reset();
        q.bindBlob(1, encodeTagCounts(old));
        q.bindBlob(2, encodeTagCounts(plus));
        q.bindBlob(3, encodeTagCounts(minus));
        return q.next() ? q.columnText(0) : db.errorString();
    };
    // A cell's tag 3 gains two, tag 5 appears, tag 7 loses its only complaint and leaves the blob.
    QCOMPARE(merged({{3, 1}, {7, 1}}, {{5, 1}, {3, 2}}, {{7, 1}}), u"0303"_s u"0501"_s);
    QCOMPARE(q.columnInt(1), 1);
    // A fold registers them before each write of its counts, while it still reads complaints.
    QVERIFY(registerTagCountFunctions(db.handle()));
    QCOMPARE(merged({}, {{3, 4}}, {}), u"0304"_s);
    QCOMPARE(merged({{3, 4}}, {}, {{3, 4}}), QString());
    // NULL reads as no counts; bytes that are no blob are an error, not a guess.
    sqlite::Statement nulls = db.prepare(u"SELECT hex(cx_tags_merge(NULL, NULL, NULL)), cx_tag_count(NULL, 1)"_s);
    QVERIFY(nulls.next());
    QCOMPARE(nulls.columnText(0), QString());
    QCOMPARE(nulls.columnInt(1), 0);
    sqlite::Statement damaged = db.prepare(u"SELECT cx_tags_merge(x'03', NULL, NULL)"_s);
    QVERIFY(!damaged.next());
    QVERIFY(damaged.failed());
}

void TestComplaintTags::tagFilterFollowsUpdatesAndDeletedBatch()
{
    QByteArray first = header;
    first += complaint("TC1", "看视频一直卡顿转圈");
    first += complaint("TC2", "画面卡死了，网速慢");
    first += complaint("TC3", "现在播放很流畅不卡顿了");
    first += complaint("TC4", "晚上网速很慢", "广州");
    QCOMPARE(import(u"a.csv"_s, first).inserted(), 4);
    QCOMPARE(listed(u"卡顿"_s), (QStringList{u"TC1"_s, u"TC2"_s}));
    QCOMPARE(listed(u"网速慢"_s), (QStringList{u"TC2"_s, u"TC4"_s}));
    // Only the tagged complaints are recorded, once per tag.
    QCOMPARE(state(), AggregateState::Current);
    QCOMPARE(scalar(u"SELECT count(*) FROM complaint_tag"_s), 4);
    QCOMPARE(scalar(u"SELECT count(DISTINCT complaint_id) FROM complaint_tag"_s), 3);

    // Texts changed in place: TC1 loses its tag, TC3 gains one, TC2 keeps one of two; TC5 is new.
    QByteArray second = header;
    second += complaint("TC1", "来电表扬");
    second += complaint("TC2", "画面卡死了");
    second += complaint("TC3", "最近卡顿严重，网速太慢");
    second += complaint("TC5", "一直缓冲", "广州");
    const ImportReport updated = import(u"b.csv"_s, second);
    QCOMPARE(updated.updated(), 3);
    QCOMPARE(updated.inserted(), 1);
    QCOMPARE(listed(u"卡顿"_s), (QStringList{u"TC2"_s, u"TC3"_s, u"TC5"_s}));
    QCOMPARE(listed(u"网速慢"_s), (QStringList{u"TC3"_s, u"TC4"_s}));

    {
        // The filter reads complaint_tag, not the texts: a record taken away hides its complaint.
        sqlite::Database db;
        QVERIFY(db.open(m_path));
        QVERIFY(db.exec(u"DELETE FROM complaint_tag WHERE complaint_id = (SELECT id FROM complaint "
                        "WHERE order_no = 'TC5')"_s));
    }
    QCOMPARE(listed(u"卡顿"_s), (QStringList{u"TC2"_s, u"TC3"_s}));
    {
        sqlite::Database db;
        QVERIFY(db.open(m_path));
        QString error;
        QVERIFY2(rebuildAggregates(db, &error), qPrintable(error));
    }
    QCOMPARE(listed(u"卡顿"_s), (QStringList{u"TC2"_s, u"TC3"_s, u"TC5"_s}));

    // Deleting the second import removes the rows it inserted or last updated.
    Batches batches(m_path);
    QString error;
    QVERIFY2(batches.deleteBatch(updated.sheets.value(0).batchId, nullptr, &error), qPrintable(error));
    QCOMPARE(state(), AggregateState::Stale);
    // Stale: the rule is applied to the texts; once folded again, complaint_tag answers the same.
    QCOMPARE(listed(u"网速慢"_s, false), QStringList{u"TC4"_s});
    QCOMPARE(listed(u"卡顿"_s, false), QStringList());
    QCOMPARE(state(), AggregateState::Stale);
    QCOMPARE(listed(u"网速慢"_s), QStringList{u"TC4"_s});
    QCOMPARE(listed(u"卡顿"_s), QStringList());
    QCOMPARE(state(), AggregateState::Current);
    QCOMPARE(scalar(u"SELECT count(*) FROM complaint_tag"_s), 1);
}

QTEST_GUILESS_MAIN(TestComplaintTags)
#include "tst_complainttags.moc"
