// Pain-point tags kept compactly: a complaint cell's tag counts as a
// canonical blob (encoded, decoded, damaged bytes refused, merged in SQL as
// the fold does), and complaint_tag, the per-complaint record the complaint
// table's tag filter reads, packed in blocks of ids (encoded, decoded,
// damaged bytes refused, merged into the blocks they fall in): right after
// an import, after rows updated in place (texts gaining and losing tags),
// after a deleted batch, and damaged.

#include "analytics/aggregatedimensions.h"
#include "analytics/aggregates.h"
#include "analytics/analysisscope.h"
#include "analytics/analyticscube.h"
#include "analytics/tagcounts.h"
#include "analytics/taggedcomplaints.h"
#include "pipeline/batches.h"
#include "pipeline/importer.h"
#include "pipeline/sqlite.h"
#include "service/complaintbrowser.h"
#include "testsupport.h"
#include "workspace/workspace.h"

#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

#include <set>

using namespace cx;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(std::vector<cx::TagCount>)
Q_DECLARE_METATYPE(std::vector<qint64>)

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
    void blockIsCanonical_data();
    void blockIsCanonical();
    void damagedBlocksAreRefused_data();
    void damagedBlocksAreRefused();
    void changesMergeIntoTheirBlocks();
    void tagFilterFollowsUpdatesAndDeletedBatch();
    void damagedBlockFailsTheFilter();

private:
    QString write(const QString &name, const QByteArray &bytes) const;
    ImportReport import(const QString &name, const QByteArray &bytes);
    // The order numbers the complaint table lists for a tag, oldest id first,
    // after loading the cube (which folds what is not folded yet), or with
    // the cube loaded last when `load` is false.
    QStringList listed(const QString &tag, bool load = true);
    AggregateState state();
    // Every tag and complaint complaint_tag records, read through the core
    // for each tag id; a single (-1, -1) when a tag's blocks cannot be read.
    std::vector<TaggedComplaint> tagged();
    // The complaint id of a work order.
    qint64 complaintId(const QString &orderNo);
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

std::vector<TaggedComplaint> TestComplaintTags::tagged()
{
    sqlite::Database db;
    if (!db.open(m_path))
        return {{-1, -1}};
    sqlite::Statement tags = db.prepare(u"SELECT id FROM agg_dim WHERE kind = ?1 ORDER BY id"_s);
    tags.bindInt(1, TagDim);
    std::vector<TaggedComplaint> pairs;
    while (tags.next()) {
        const auto tag = qint32(tags.columnInt(0));
        const std::optional<std::vector<qint64>> ids = taggedComplaints(db, tag);
        if (!ids)
            return {{-1, -1}};
        for (const qint64 id : *ids)
            pairs.push_back({tag, id});
    }
    return pairs;
}

qint64 TestComplaintTags::complaintId(const QString &orderNo)
{
    sqlite::Database db;
    if (!db.open(m_path))
        return -1;
    sqlite::Statement q = db.prepare(u"SELECT id FROM complaint WHERE order_no = ?1"_s);
    q.bindText(1, orderNo);
    return q.next() ? q.columnInt(0) : -1;
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
        return {u"failed: "_s + db.errorString()};
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
    const std::vector<TaggedComplaint> recorded = tagged();
    QCOMPARE(recorded.size(), std::size_t(4));
    std::set<qint64> complaints;
    for (const TaggedComplaint &pair : recorded)
        complaints.insert(pair.second);
    QCOMPARE(complaints.size(), std::size_t(3));
    QVERIFY(!complaints.contains(complaintId(u"TC3"_s)));

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
        const qint64 tc5 = complaintId(u"TC5"_s);
        std::vector<TaggedComplaint> none;
        std::vector<TaggedComplaint> gone;
        for (const TaggedComplaint &pair : tagged())
            if (pair.second == tc5)
                gone.push_back(pair);
        QCOMPARE(gone.size(), std::size_t(1));
        sqlite::Database db;
        QVERIFY(db.open(m_path));
        QVERIFY2(updateTaggedComplaints(db, none, gone), qPrintable(db.errorString()));
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
    QCOMPARE(tagged().size(), std::size_t(1));
    QCOMPARE(scalar(u"SELECT count(*) FROM complaint_tag"_s), 1);
}

void TestComplaintTags::blockIsCanonical_data()
{
    QTest::addColumn<qint64>("block");
    QTest::addColumn<std::vector<qint64>>("ids");
    QTest::addColumn<QString>("bytes");
    // The first id's offset in the block, then each gap less one.
    QTest::newRow("first block") << qint64(0) << std::vector<qint64>{1, 2, 5} << u"01 00 02"_s;
    // 65534 = 0b11_1111111_1111110: low seven bits first, with the continuation bit.
    QTest::newRow("block bounds") << qint64(1) << std::vector<qint64>{65536, 131071} << u"00 fe ff 03"_s;
    QTest::newRow("two-byte offset") << qint64(1) << std::vector<qint64>{65536 + 300} << u"ac 02"_s;
    QTest::newRow("below zero") << qint64(-1) << std::vector<qint64>{-65536, -1} << u"00 fe ff 03"_s;
}

void TestComplaintTags::blockIsCanonical()
{
    QFETCH(qint64, block);
    QFETCH(std::vector<qint64>, ids);
    QFETCH(QString, bytes);
    const QByteArray blob = encodeTaggedBlock(block, ids);
    QCOMPARE(hex(blob), bytes);
    // Appended after what the list holds.
    std::vector<qint64> back{-7};
    QVERIFY(decodeTaggedBlock(block, blob, back));
    QCOMPARE(back.front(), qint64(-7));
    QVERIFY(std::vector<qint64>(back.begin() + 1, back.end()) == ids);
}

void TestComplaintTags::damagedBlocksAreRefused_data()
{
    QTest::addColumn<qint64>("block");
    QTest::addColumn<QByteArray>("blob");
    QTest::newRow("empty") << qint64(0) << QByteArray();
    QTest::newRow("varint cut off") << qint64(0) << QByteArray::fromHex("0581");
    QTest::newRow("varint not minimal") << qint64(0) << QByteArray::fromHex("8000");
    QTest::newRow("offset past the block") << qint64(0) << QByteArray::fromHex("808004");
    QTest::newRow("gap past the block") << qint64(3) << QByteArray::fromHex("ffff0300");
    QTest::newRow("varint past 64 bits") << qint64(0) << QByteArray::fromHex("ffffffffffffffffff7f");
    QTest::newRow("block no id falls in") << (qint64(1) << 47) << QByteArray::fromHex("00");
}

void TestComplaintTags::damagedBlocksAreRefused()
{
    QFETCH(qint64, block);
    QFETCH(QByteArray, blob);
    std::vector<qint64> ids{9};
    QVERIFY(!decodeTaggedBlock(block, blob, ids));
    QVERIFY(ids == std::vector<qint64>{9});
}

void TestComplaintTags::changesMergeIntoTheirBlocks()
{
    sqlite::Database db;
    QVERIFY(db.open(m_path));
    const auto rows = [&] { return scalar(u"SELECT count(*) FROM complaint_tag"_s); };
    const auto idsOf = [&](qint64 tag) { return taggedComplaints(db, tag).value_or(std::vector<qint64>{-1}); };
    const auto update = [&](std::vector<TaggedComplaint> added, std::vector<TaggedComplaint> removed) {
        return updateTaggedComplaints(db, added, removed) && added.empty() && removed.empty();
    };
    // In any order, repeated: a row per tag and block.
    QVERIFY(update({{3, 70000}, {3, 5}, {4, 2}, {3, 1}, {3, 5}}, {}));
    QCOMPARE(rows(), 3);
    QVERIFY(idsOf(3) == (std::vector<qint64>{1, 5, 70000}));
    QVERIFY(idsOf(4) == std::vector<qint64>{2});
    QVERIFY(idsOf(5).empty());
    // Taken away and given again stays; a block left empty goes; an absent id taken away changes nothing.
    QVERIFY(update({{3, 3}, {3, 1}}, {{3, 70000}, {3, 1}, {4, 9}}));
    QCOMPARE(rows(), 2);
    QVERIFY(idsOf(3) == (std::vector<qint64>{1, 3, 5}));
    QVERIFY(idsOf(4) == std::vector<qint64>{2});
    QVERIFY(update({}, {{4, 2}}));
    QCOMPARE(rows(), 1);
    QVERIFY(idsOf(4).empty());
    // A stored block that does not decode is named, not merged over.
    QVERIFY(db.exec(u"UPDATE complaint_tag SET ids = x'ff' WHERE tag = 3"_s));
    bool unreadable = false;
    QVERIFY(!taggedComplaints(db, 3, &unreadable));
    QVERIFY(unreadable);
    unreadable = false;
    std::vector<TaggedComplaint> added{{3, 8}};
    std::vector<TaggedComplaint> removed;
    QVERIFY(!updateTaggedComplaints(db, added, removed, &unreadable));
    QVERIFY(unreadable);
    QCOMPARE(scalar(u"SELECT count(*) FROM complaint_tag WHERE tag = 3 AND ids = x'ff'"_s), 1);
}

// A block that does not decode (a damaged or hostile file) fails the
// complaint table's tag filter; other tags still list theirs.
void TestComplaintTags::damagedBlockFailsTheFilter()
{
    QByteArray rows = header;
    rows += complaint("TC1", "看视频一直卡顿转圈");
    rows += complaint("TC2", "晚上网速很慢");
    QCOMPARE(import(u"a.csv"_s, rows).inserted(), 2);
    QCOMPARE(listed(u"卡顿"_s), QStringList{u"TC1"_s});
    {
        sqlite::Database db;
        QVERIFY(db.open(m_path));
        QVERIFY(db.exec(u"UPDATE complaint_tag SET ids = x'80' WHERE tag = (SELECT id FROM agg_dim WHERE kind = %1 "
                        "AND value = '卡顿')"_s.arg(TagDim)));
    }
    QCOMPARE(state(), AggregateState::Current);
    const QStringList failed = listed(u"卡顿"_s, false);
    QCOMPARE(failed.size(), 1);
    QVERIFY2(failed.constFirst().startsWith(u"failed"_s), qPrintable(failed.constFirst()));
    QCOMPARE(listed(u"网速慢"_s, false), QStringList{u"TC2"_s});
}

QTEST_GUILESS_MAIN(TestComplaintTags)
#include "tst_complainttags.moc"
