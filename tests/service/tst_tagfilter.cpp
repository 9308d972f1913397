// The complaint table's pain-point tag filter on a small hand-made workspace
// (data/tag_complaints.csv, written by hand): every complaint listed has the
// tag, none with it is missing (exceptions such as 不卡顿 honoured, a second
// phrase outside the exception still counted), a rule with Latin letters
// (matched in any case and width, so without the SQL prefilter) finds its
// full-width and upper-case texts, the tag combines with the other
// conditions, and the counts agree with the aggregates' tag hotspots.

#include "analytics/analysisscope.h"
#include "analytics/analyticscube.h"
#include "analytics/hotspots.h"
#include "pipeline/importer.h"
#include "pipeline/sqlite.h"
#include "service/complaintbrowser.h"
#include "text/textlists.h"
#include "workspace/workspace.h"

#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace cx;
using namespace Qt::StringLiterals;

class TestTagFilter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void listsExactlyTheTaggedComplaints_data();
    void listsExactlyTheTaggedComplaints();

private:
    QTemporaryDir m_dir;
    QString m_path;
    std::shared_ptr<const AnalyticsCube> m_cube;
};

void TestTagFilter::initTestCase()
{
    m_path = m_dir.filePath(u"tags.cxw"_s);
    {
        WorkspaceError error;
        QVERIFY(Workspace::create(m_path, &error));
    }
    Importer importer(m_path);
    QCOMPARE(importer.importFile(QFINDTESTDATA("data/tag_complaints.csv")).inserted(), 12);
    sqlite::Database db;
    QVERIFY(db.open(m_path));
    TextLists lists = TextLists::defaults();
    QString error;
    QList<TextListProblem> problems;
    QVERIFY2(writeTextList(db, TextListKind::Tags, lists.text(TextListKind::Tags) + u"\n无线差: wifi|无线网\n"_s, &problems, &error),
             qPrintable(error));
    m_cube = AnalyticsCube::load(m_path, &error);
    QVERIFY2(m_cube, qPrintable(error));
}

void TestTagFilter::listsExactlyTheTaggedComplaints_data()
{
    QTest::addColumn<QString>("tag");
    QTest::addColumn<QString>("city");
    QTest::addColumn<QStringList>("orders");
    QTest::newRow("卡顿") << u"卡顿"_s << QString() << QStringList{u"TG01"_s, u"TG03"_s, u"TG05"_s, u"TG08"_s, u"TG11"_s};
    QTest::newRow("卡顿 in 广州") << u"卡顿"_s << u"广州"_s << QStringList{u"TG05"_s, u"TG08"_s};
    QTest::newRow("Latin phrase") << u"无线差"_s << QString() << QStringList{u"TG06"_s, u"TG07"_s, u"TG08"_s, u"TG09"_s};
    QTest::newRow("网速慢") << u"网速慢"_s << QString() << QStringList{u"TG04"_s};
    QTest::newRow("扣费不明") << u"扣费不明"_s << QString() << QStringList{u"TG10"_s};
    QTest::newRow("no such rule") << u"没有的标签"_s << QString() << QStringList{};
}

void TestTagFilter::listsExactlyTheTaggedComplaints()
{
    QFETCH(QString, tag);
    QFETCH(QString, city);
    QFETCH(QStringList, orders);
    sqlite::Database db;
    QVERIFY(db.open(m_path));
    ComplaintSelection selection;
    if (!city.isEmpty())
        selection.filter.region = RegionPath(city);
    selection.tag = tag;
    const AnalysisScope scope(m_cube, selection.filter);
    const std::shared_ptr<const ComplaintKeys> keys = ComplaintBrowser::select(db, scope, selection, ComplaintColumn::AcceptedAt);
    QVERIFY(keys);
    QStringList listed;
    for (const ComplaintRow &row : ComplaintBrowser::rows(db, keys->sorted(Qt::AscendingOrder)))
        listed << row.orderNo;
    QCOMPARE(listed, orders);

    // The same count as the tag hotspots of the aggregates.
    const Hotspots tags = tagHotspots(m_cube->slice(selection.filter), 50);
    qint64 counted = 0;
    for (const Hotspot &h : tags.byVolume)
        if (h.tag == tag)
            counted = h.complaints;
    QCOMPARE(counted, qint64(orders.size()));
}

QTEST_GUILESS_MAIN(TestTagFilter)
#include "tst_tagfilter.moc"
