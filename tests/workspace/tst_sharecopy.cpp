// A copy for sharing holds only what its recipient needs: the removed values
// are nowhere in the file's bytes, the analyses run on what is left, and the
// workspace itself is only read.
#include "testsupport.h"
#include "workspacefiles.h"

#include "analytics/analyticscube.h"
#include "pipeline/importer.h"
#include "pipeline/sqlite.h"
#include "workspace/sharecopy.h"
#include "workspace/workspace.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using cx::ShareCopy;
using cx::ShareOptions;
using cx::ShareSummary;

namespace {

// Every phone number of the fixtures, as imported (in full) and as written
// into texts.
const QStringList phones{u"13912340301"_s, u"13912340302"_s, u"13912340401"_s, u"13912340402"_s,
                         u"13912340501"_s, u"13912340502"_s, u"13912340503"_s, u"13712340301"_s,
                         u"13712340401"_s, u"13712340501"_s, u"136-9876-0401"_s, u"13698760401"_s,
                         u"139****0301"_s};

const QStringList texts{u"三月晚上看视频一直卡顿缓冲"_s, u"四月发短信退订没有反应还在扣费"_s,
                        u"五月世界杯直播画面卡住"_s, u"四月总是缓冲想退订了"_s, u"五月装机太慢了"_s,
                        u"坏日期这一行应被拒绝"_s};

// The forms a text could take in an SQLite file: UTF-8, and UTF-16 in
// either byte order (a database may be in any of the three encodings).
QList<QByteArray> encodings(const QString &text)
{
    QByteArray le(reinterpret_cast<const char *>(text.utf16()), text.size() * 2);
    QByteArray be = le;
    for (qsizetype i = 0; i + 1 < be.size(); i += 2)
        std::swap(be[i], be[i + 1]);
    return {text.toUtf8(), le, be};
}

// The values of `needles` found anywhere in the file's bytes.
QStringList foundIn(const QString &path, const QStringList &needles)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {u"(unreadable)"_s};
    const QByteArray bytes = file.readAll();
    QStringList found;
    for (const QString &needle : needles)
        for (const QByteArray &form : encodings(needle))
            if (bytes.contains(form) && !found.contains(needle))
                found << needle;
    return found;
}

qint64 scalar(const QString &path, const QString &sql)
{
    cx::sqlite::Database db;
    if (!db.open(path))
        return -1;
    cx::sqlite::Statement q = db.prepare(sql);
    return q.next() ? q.columnInt(0) : -1;
}

// Opens a copy as the app would and loads its analysis cube.
std::shared_ptr<const cx::AnalyticsCube> openAndAnalyse(const QString &path, QString *error)
{
    cx::WorkspaceError openError;
    const auto workspace = cx::Workspace::open(path, &openError);
    if (!workspace) {
        *error = openError.message;
        return {};
    }
    return cx::AnalyticsCube::load(workspace->database(), error);
}

} // namespace

class TestShareCopy : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void blankPhones_data();
    void blankPhones();
    void planCountsWhatTheCopyRemoves();
    void removesPhoneNumbersByDefault();
    void dropsTextsAndOtherMonths();
    void dropsImportsWithNoRowsLeft();
    void keepsPhonesWhenAsked();
    void neverWritesOverTheWorkspace();
    void replacesAnotherFileOnlyWhenAsked();
    void cancelLeavesNothingBehind();

private:
    QString copyPath(const QString &name) const { return m_dir.filePath(name); }
    bool writeCopy(const QString &copy, const ShareOptions &options, ShareSummary *summary);

    QTemporaryDir m_dir;
    QString m_source;
    QByteArray m_sourceHash;
};

void TestShareCopy::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_source = m_dir.filePath(u"source.cxw"_s);
    cx::WorkspaceError error;
    auto workspace = cx::Workspace::create(m_source, &error);
    QVERIFY2(workspace, qPrintable(error.message));
    {
        cx::Importer importer(m_source);
        importer.setKeepFullPhoneNumbers(true);
        const cx::ImportReport complaints = importer.importFile(QFINDTESTDATA("data/share_complaints.csv"));
        QVERIFY2(!complaints.failed(), qPrintable(complaints.error));
        QCOMPARE(complaints.inserted(), qint64(6));
        QCOMPARE(complaints.rejected(), qint64(1));
        cx::ImportOptions survey;
        survey.kind = u"survey"_s;
        const cx::ImportReport responses = importer.importFile(QFINDTESTDATA("data/share_survey.csv"), survey);
        QVERIFY2(!responses.failed(), qPrintable(responses.error));
        QCOMPARE(responses.inserted(), qint64(3));
    }

    // A work order citing a March and a May complaint, with a phone number in its evidence.
    QSqlQuery q(workspace->database());
    QVERIFY(q.exec(u"INSERT INTO work_order(id, number, title, created_by, created_at, updated_at, evidence) "
                   "VALUES (1, 'WO-2024-0001', '视频卡顿', '张三', '2024-05-30T10:00:00', '2024-05-30T10:00:00', "
                   "'客户13698760401多次来电')"_s));
    QVERIFY(q.exec(u"INSERT INTO work_order_complaint SELECT 1, id FROM complaint WHERE order_no IN ('GD0301', 'GD0501')"_s));
    QCOMPARE(q.numRowsAffected(), 2);
    workspace.reset();

    // Everything planted is really in the source file (phone numbers in full).
    const QStringList planted = phones.mid(0, phones.size() - 1);
    QCOMPARE(foundIn(m_source, planted), planted);
    QCOMPARE(foundIn(m_source, texts), texts);
    m_sourceHash = cx::test::sha256Of(m_source);
}

bool TestShareCopy::writeCopy(const QString &copy, const ShareOptions &options, ShareSummary *summary)
{
    QString error;
    const bool ok = ShareCopy::write(m_source, copy, options, false, {}, nullptr, summary, &error);
    if (!ok)
        qWarning("%s", qPrintable(error));
    return ok;
}

void TestShareCopy::blankPhones_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("blanked");
    QTest::newRow("full") << u"回电13698760401说明"_s << u"回电***********说明"_s;
    QTest::newRow("masked") << u"号码139****0301"_s << u"号码***********"_s;
    QTest::newRow("dashes") << u"136-9876-0401"_s << u"*************"_s;
    QTest::newRow("+86") << u"+86 13698760401"_s << u"***************"_s;
    QTest::newRow("two") << u"13698760401/13712340301"_s << u"***********/***********"_s;
    QTest::newRow("order number") << u"GD202407040012209"_s << u"GD202407040012209"_s;
    QTest::newRow("landline") << u"0755-12345678"_s << u"0755-12345678"_s;
    QTest::newRow("too short") << u"1369876040"_s << u"1369876040"_s;
}

void TestShareCopy::blankPhones()
{
    QFETCH(QString, text);
    QFETCH(QString, blanked);
    QCOMPARE(ShareCopy::blankPhones(text), blanked);
}

void TestShareCopy::planCountsWhatTheCopyRemoves()
{
    ShareOptions options;
    options.dropText = true;
    options.fromMonth = u"2024-04"_s;
    options.toMonth = u"2024-04"_s;
    QString error;
    const std::optional<ShareSummary> plan = ShareCopy::plan(m_source, options, &error);
    QVERIFY2(plan, qPrintable(error));
    QCOMPARE(plan->months, (QStringList{u"2024-03"_s, u"2024-04"_s, u"2024-05"_s}));
    QCOMPARE(plan->complaintsKept, qint64(2));
    QCOMPARE(plan->complaintsRemoved, qint64(4));
    QCOMPARE(plan->responsesKept, qint64(1));
    QCOMPARE(plan->responsesRemoved, qint64(2));
    QCOMPARE(plan->phonesRemoved, qint64(3));
    QCOMPARE(plan->textsRemoved, qint64(2 + 1 + 1)); // two complaint texts, a reason and its answer
    QCOMPARE(plan->workOrders, qint64(1));
    QCOMPARE(plan->workOrderLinksRemoved, qint64(2));
    QCOMPARE(plan->batchesRemoved, qint64(0));
    QCOMPARE(plan->rejectedTextsRemoved, qint64(1));
    QCOMPARE(cx::test::sha256Of(m_source), m_sourceHash);
}

void TestShareCopy::removesPhoneNumbersByDefault()
{
    const QString copy = copyPath(u"phones.cxw"_s);
    ShareSummary summary;
    QVERIFY(writeCopy(copy, ShareOptions(), &summary));
    QCOMPARE(summary.complaintsKept, qint64(6));
    QCOMPARE(summary.responsesKept, qint64(3));
    QCOMPARE(summary.phonesRemoved, qint64(9));
    QCOMPARE(summary.rejectedTextsRemoved, qint64(1));
    QCOMPARE(summary.textsWithPhonesBlanked, qint64(2)); // the complaint text and the work order's evidence

    QCOMPARE(foundIn(copy, phones), QStringList());
    // Texts stay, with the number in them blanked.
    QCOMPARE(foundIn(copy, {texts.at(0), texts.at(3)}).size(), 2);
    QCOMPARE(scalar(copy, u"SELECT count(*) FROM complaint WHERE content LIKE '%回电*************说明%'"_s), 1);
    QCOMPARE(scalar(copy, u"SELECT count(*) FROM complaint WHERE phone IS NOT NULL"_s), 0);
    QCOMPARE(scalar(copy, u"SELECT count(*) FROM work_order_complaint"_s), 2);
    QCOMPARE(cx::test::sha256Of(m_source), m_sourceHash);
    QCOMPARE(cx::test::sidecarsOf(m_source), QStringList());
    QCOMPARE(QDir(m_dir.path()).entryList({u"*.scratch*"_s, u"*.partial*"_s}, QDir::Files), QStringList());

    // The copy is a workspace like any other, and its analyses run.
    QString cubeError;
    const auto cube = openAndAnalyse(copy, &cubeError);
    QVERIFY2(cube, qPrintable(cubeError));
    QCOMPARE(cube->complaintTotal(), qint64(6));
    QCOMPARE(cube->responseTotal(), qint64(3));
}

void TestShareCopy::dropsTextsAndOtherMonths()
{
    const QString copy = copyPath(u"april.cxw"_s);
    ShareOptions options;
    options.dropText = true;
    options.fromMonth = u"2024-04"_s;
    options.toMonth = u"2024-04"_s;
    ShareSummary summary;
    QVERIFY(writeCopy(copy, options, &summary));
    QCOMPARE(summary.complaintsKept, qint64(2));
    QCOMPARE(summary.complaintsRemoved, qint64(4));
    QCOMPARE(summary.workOrderLinksRemoved, qint64(2));

    QCOMPARE(foundIn(copy, texts), QStringList());
    QCOMPARE(foundIn(copy, phones), QStringList());
    QCOMPARE(foundIn(copy, {u"GD0301"_s, u"GD0302"_s, u"GD0501"_s, u"GD0502"_s}), QStringList());
    QCOMPARE(foundIn(copy, {u"GD0401"_s, u"GD0402"_s, u"WO-2024-0001"_s}).size(), 3);
    QCOMPARE(scalar(copy, u"SELECT count(*) FROM work_order_complaint"_s), 0);
    QCOMPARE(scalar(copy, u"SELECT count(*) FROM rejected_row WHERE raw IS NULL"_s), 1);
    QCOMPARE(scalar(copy, u"SELECT count(*) FROM agg_keyword"_s), 0); // keywords come from the texts

    QString cubeError;
    const auto cube = openAndAnalyse(copy, &cubeError);
    QVERIFY2(cube, qPrintable(cubeError));
    QCOMPARE(cube->months(), QStringList{u"2024-04"_s});
    QCOMPARE(cube->complaintTotal(), qint64(2));
    QCOMPARE(cube->responseTotal(), qint64(1));
}

void TestShareCopy::dropsImportsWithNoRowsLeft()
{
    const QString copy = copyPath(u"may.cxw"_s);
    ShareOptions options;
    options.fromMonth = u"2024-05"_s; // to the last month
    ShareSummary summary;
    QVERIFY(writeCopy(copy, options, &summary));
    QCOMPARE(summary.complaintsKept, qint64(2));
    QCOMPARE(summary.responsesKept, qint64(1));
    QCOMPARE(summary.batchesRemoved, qint64(0));
    QCOMPARE(scalar(copy, u"SELECT count(*) FROM import_batch"_s), 2);

    const QString march = copyPath(u"march-only.cxw"_s);
    options.fromMonth = u"2024-03"_s;
    options.toMonth = u"2024-03"_s;
    ShareSummary marchOnly;
    QVERIFY(writeCopy(march, options, &marchOnly));
    const QString none = copyPath(u"june.cxw"_s);
    options.fromMonth = u"2024-06"_s;
    options.toMonth.clear();
    ShareSummary empty;
    QVERIFY(writeCopy(none, options, &empty));
    QCOMPARE(empty.complaintsKept, qint64(0));
    QCOMPARE(empty.batchesRemoved, qint64(2));
    QCOMPARE(empty.rejectedRowsRemoved, qint64(1));
    QCOMPARE(scalar(none, u"SELECT count(*) FROM import_batch"_s), 0);
    QCOMPARE(scalar(none, u"SELECT count(*) FROM rejected_row"_s), 0);
    QCOMPARE(scalar(none, u"SELECT count(*) FROM work_order"_s), 1);
    // The sender's folders are not in the copy.
    QCOMPARE(foundIn(march, {QFileInfo(QFINDTESTDATA("data/share_complaints.csv")).absolutePath()}), QStringList());
}

void TestShareCopy::keepsPhonesWhenAsked()
{
    const QString copy = copyPath(u"with-phones.cxw"_s);
    ShareOptions options;
    options.dropPhones = false;
    ShareSummary summary;
    QVERIFY(writeCopy(copy, options, &summary));
    QCOMPARE(summary.phonesRemoved, qint64(0));
    QCOMPARE(scalar(copy, u"SELECT count(*) FROM complaint WHERE phone IS NOT NULL"_s), 6);
    QVERIFY(foundIn(copy, phones).contains(u"13912340301"_s));
}

void TestShareCopy::neverWritesOverTheWorkspace()
{
    QString error;
    for (const QString &target : {m_source, m_source + u"-wal"_s, QDir(m_dir.path()).filePath(u"./source.cxw"_s)}) {
        QVERIFY(!ShareCopy::write(m_source, target, ShareOptions(), true, {}, nullptr, nullptr, &error));
        QVERIFY2(error.contains(u"workspace itself"_s), qPrintable(error));
    }
    QCOMPARE(cx::test::sha256Of(m_source), m_sourceHash);
}

void TestShareCopy::replacesAnotherFileOnlyWhenAsked()
{
    const QString copy = copyPath(u"existing.cxw"_s);
    QVERIFY(cx::test::writeFile(copy, "keep me"));
    QString error;
    QVERIFY(!ShareCopy::write(m_source, copy, ShareOptions(), false, {}, nullptr, nullptr, &error));
    QVERIFY2(error.contains(u"already exists"_s), qPrintable(error));
    QCOMPARE(cx::test::sha256Of(copy), QCryptographicHash::hash("keep me", QCryptographicHash::Sha256));

    QVERIFY2(ShareCopy::write(m_source, copy, ShareOptions(), true, {}, nullptr, nullptr, &error), qPrintable(error));
    QCOMPARE(scalar(copy, u"SELECT count(*) FROM complaint"_s), 6);
}

void TestShareCopy::cancelLeavesNothingBehind()
{
    const QString copy = copyPath(u"cancelled.cxw"_s);
    std::atomic_bool cancel = false;
    QList<int> seen;
    const auto progress = [&](int permille, const QString &) {
        seen << permille;
        if (permille >= 300)
            cancel = true; // after the snapshot
    };
    QString error;
    QVERIFY(!ShareCopy::write(m_source, copy, ShareOptions(), false, progress, &cancel, nullptr, &error));
    QVERIFY2(error.contains(u"cancelled"_s), qPrintable(error));
    QVERIFY(!seen.isEmpty());
    QVERIFY(!QFile::exists(copy));
    QCOMPARE(QDir(m_dir.path()).entryList({u"cancelled*"_s}, QDir::Files), QStringList());
}

QTEST_GUILESS_MAIN(TestShareCopy)
#include "tst_sharecopy.moc"
