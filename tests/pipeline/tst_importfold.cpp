// The aggregates an import folds in its own transaction, with the keywords
// the step after it folds, equal a full rebuild from the facts, table by
// table: after a plain import (also one that fills the fold twice), duplicates, rows updated in place (category,
// region, department, result, text, survey scores) whose keywords were folded
// or not yet, rejected rows, a cancelled import, a second import before the
// keyword step and a deleted batch; a workspace whose aggregates are behind
// (older versions) still catches up; edits of the category map keep the
// complaints per element exact. The fold reports its progress as the last
// share of the import's and stops on a cancel, keeping nothing; the keyword
// step reports its own, and a cancelled one resumes where it stopped.

#include "analytics/aggregatedimensions.h"
#include "analytics/aggregates.h"
#include "analytics/analyticscube.h"
#include "analytics/complaintcounter.h"
#include "analytics/complaintimportfold.h"
#include "analytics/keywordfold.h"
#include "analytics/serviceaggregates.h"
#include "analytics/tagcounts.h"
#include "analytics/taggedcomplaints.h"
#include "pipeline/batches.h"
#include "pipeline/importer.h"
#include "pipeline/sqlite.h"
#include "testsupport.h"
#include "workspace/categorymapchange.h"
#include "workspace/schema.h"
#include "workspace/workspace.h"

#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>
#include <cmath>

using namespace Qt::StringLiterals;

namespace {

const QByteArray complaintHeader = "工单流水号,受理时间,受理渠道,归属地市,区县,网格,业务名称,投诉三级分类,投诉内容,"
                                   "处理部门,处理结果,处理时长(小时),是否重复投诉,是否升级投诉,回访满意度\n";

struct Complaint
{
    QByteArray orderNo;
    QByteArray day = "05";
    QByteArray city = "深圳";
    QByteArray category = "网速慢";
    QByteArray text = "晚上网速很慢，看视频一直卡顿";
    QByteArray department = "网络部";
    QByteArray result = "已解决";
    QByteArray hours = "12.5";
    QByteArray callback = "满意";
};

QByteArray line(const Complaint &c)
{
    return c.orderNo + ",2024-07-" + c.day + " 10:00:00,10086热线," + c.city + ",城区,网格01,咪咕视频," + c.category
           + "," + c.text + "," + c.department + "," + c.result + "," + c.hours + ",否,否," + c.callback + "\n";
}

// The default text made the complaint's own, as free-text exports have them.
QByteArray ownText(int i)
{
    return Complaint().text + "，第" + QByteArray::number(i) + "次反映";
}

// A complaint file of the work orders GD<from> … GD<to>, as line() writes
// them by default; with `distinctTexts` each has a text of its own, so that
// the import leaves their keywords to the keyword step.
QByteArray orders(int from, int to, bool distinctTexts = false)
{
    QByteArray bytes = complaintHeader;
    for (int i = from; i <= to; ++i) {
        Complaint c{"GD" + QByteArray::number(i)};
        if (distinctTexts)
            c.text = ownText(i);
        bytes += line(c);
    }
    return bytes;
}

const QByteArray surveyHeader = "序号,提交答卷时间,来源,手机号码,地市,区县,网格,产品,"
                                "1、您对本产品的整体满意度打几分？(1-10分),2、您向亲友推荐本产品的可能性有多大？(0-10分),"
                                "3、您对“使用”环节的满意度(1-10分)\n";

QByteArray surveyLine(int n, const QByteArray &city, const QByteArray &scores)
{
    return QByteArray::number(n) + ",2024-07-1" + QByteArray::number(n % 10) + " 08:00:00,短信,139****0001," + city
           + ",城区,网格01,咪咕视频," + scores + "\n";
}

// The columns of the aggregate tables that hold agg_dim ids (agg_region for region).
bool isDimension(const QString &column)
{
    static const QStringList names{u"month"_s, u"product"_s, u"channel"_s, u"category"_s, u"stage"_s,
                                   u"keyword"_s, u"city"_s, u"tag"_s, u"department"_s};
    return names.contains(column);
}

// A cell's tag counts as "tag:n" by tag name, sorted ("damaged" for bytes that are no tag counts).
QString tagCountsText(const QByteArray &blob, cx::sqlite::Statement &dim)
{
    std::vector<cx::TagCount> counts;
    if (!cx::decodeTagCounts(blob, counts))
        return u"damaged"_s;
    QStringList texts;
    for (const cx::TagCount &count : counts) {
        dim.bindInt(1, count.tag);
        texts << (dim.next() ? dim.columnText(0) : u"?"_s) + u':' + QString::number(count.n);
        dim.reset();
    }
    texts.sort();
    return texts.join(u',');
}

} // namespace

class TestImportFold : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void plainImportIsFolded();
    void foldFilledTwiceWritesAsItCounts();
    void duplicatesAndUpdatesMoveExactly();
    void rowsOfTheSameFileUpdatedInPlace();
    void updatedSurveyResponsesMoveExactly();
    void rejectedRowsContributeNothing();
    void cancelledImportLeavesTheAggregates();
    void foldReportsProgress();
    void cancelDuringFoldKeepsNothing();
    void deletedBatchIsRebuilt();
    void workspaceBehindCatchesUp();
    void keywordsFollowInTheirOwnStep();
    void updatesBelowAndAboveTheFoldedKeywords();
    void secondImportBeforeTheKeywordStep();
    void repeatedTextsGetTheirKeywordsInTheImport();
    void distinctTextsAreLeftToTheKeywordStep();
    void cancelledKeywordStepResumes();
    void mapEditsRecountElements();
    void schemaNineWorkspaceIsRebuilt();
    void schemaTenKeywordsAreFoldedAgain();
    void schemaElevenCellsAreRebuiltAsBlocks();
    void schemaTwelveComplaintTagsArePacked();
    void undecodableCountsAreNamed();

private:
    QString write(const QString &name, const QByteArray &bytes) const;
    // A complaint file of `rows` new work orders.
    QString writeMany(const QString &name, int rows, bool distinctTexts = false) const;
    cx::ImportReport import(const QString &file);
    // Every agg_* table's rows with ids replaced by the values they stand for, sorted.
    QStringList contents();
    // Runs the keyword step, then checks that the aggregates are current and
    // equal a rebuild from the facts.
    void verifyEqualsRebuild();
    /// After a migration that leaves the aggregates to be rebuilt: they are
    /// stale, a cube load rebuilds them with `complaints` complaints in
    /// `serviceCells` service cells, and with the keyword step they hold
    /// `folded` again.
    void verifyRebuiltAs(const QStringList &folded, qint64 complaints, std::size_t serviceCells);
    /// The CREATE statements of `tables` as the migrations up to `version` leave them; empty on an error.
    QStringList tablesAsOf(int version, const QStringList &tables);
    /// Runs `statements` on the workspace file, then opens it again (migrating
    /// it) with m_db beside; the error, empty on success.
    QString reopenAfter(const QStringList &statements);
    qint64 keywordCount(const QString &keyword = {});
    /// The complaints of every cell of agg_cell; -1 when its blocks do not read.
    qint64 cellComplaints();
    /// agg_element against the complaint rows: "category stage element n", sorted.
    QStringList elementCounts(bool fromFacts);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<cx::Workspace> m_workspace;
    cx::sqlite::Database m_db;
};

void TestImportFold::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    cx::WorkspaceError error;
    m_workspace = cx::Workspace::create(m_dir->filePath(u"fold.cxw"_s), &error);
    QVERIFY2(m_workspace, qPrintable(error.message));
    QVERIFY(m_db.open(m_workspace->path()));
}

void TestImportFold::cleanup()
{
    m_db = {};
    m_workspace.reset();
    m_dir.reset();
}

QString TestImportFold::write(const QString &name, const QByteArray &bytes) const
{
    const QString path = m_dir->filePath(name);
    return cx::test::writeFile(path, bytes) ? path : QString();
}

QString TestImportFold::writeMany(const QString &name, int rows, bool distinctTexts) const
{
    QByteArray bytes = complaintHeader;
    const QList<QByteArray> cities{"深圳", "广州", "珠海"};
    // Over a few hundred cells (city × department), as exports spread: the
    // fold's last share reports by the complaints of the cells it writes.
    for (int i = 0; i < rows; ++i)
        bytes += line({"GX" + QByteArray::number(i), QByteArray::number(1 + i % 28).rightJustified(2, '0'),
                       cities.at(i % cities.size()), "网速慢", distinctTexts ? ownText(i) : Complaint().text,
                       "网络部" + QByteArray::number(i % 100)});
    return write(name, bytes);
}

cx::ImportReport TestImportFold::import(const QString &file)
{
    cx::Importer importer(m_workspace->path());
    return importer.importFile(file);
}

QStringList TestImportFold::contents()
{
    QStringList rows;
    cx::sqlite::Statement dim = m_db.prepare(u"SELECT value FROM agg_dim WHERE id = ?1"_s);
    cx::sqlite::Statement region =
        m_db.prepare(u"SELECT province || '/' || city || '/' || county || '/' || grid FROM agg_region WHERE id = ?1"_s);
    // Remembered: a big fold's cells name the same few hundred values again and again.
    QHash<std::pair<const cx::sqlite::Statement *, qint64>, QString> known;
    const auto valueOf = [&known](cx::sqlite::Statement &lookup, qint64 id) {
        const auto key = std::pair(&std::as_const(lookup), id);
        if (const auto it = known.constFind(key); it != known.cend())
            return *it;
        lookup.bindInt(1, id);
        const QString value = lookup.next() ? lookup.columnText(0) : u"?"_s;
        lookup.reset();
        known.insert(key, value);
        return value;
    };
    const auto number = [](double value) { return QString::number(std::round(value * 1e6) / 1e6 + 0.0, 'f', 6); };
    // The cells by dimension values (ids differ between folds), one row each as agg_cell had before it held blocks.
    const bool cellsRead = cx::forEachStoredCell(m_db, [&](const cx::StoredCell &cell) {
        static const QStringList names{u"month"_s, u"product"_s, u"region"_s, u"channel"_s,
                                       u"category"_s, u"stage"_s, u"department"_s};
        QStringList values{u"agg_cell"_s};
        for (std::size_t i = 0; i < cell.key.ids.size(); ++i)
            values << names.at(qsizetype(i)) + u'=' + valueOf(i == 2 ? region : dim, cell.key.ids[i]);
        values << u"n="_s + QString::number(cell.counts.complaints);
        QStringList counts;
        for (const qint64 n : {cell.counts.resultN, cell.counts.resolved, cell.counts.partial, cell.counts.firstN,
                               cell.counts.firstTime, cell.counts.repeatN, cell.counts.repeated,
                               cell.counts.escalationN, cell.counts.escalated, cell.counts.hoursN,
                               cell.counts.callbackN, cell.counts.callbackRated, cell.counts.callbackSatisfied,
                               cell.counts.callbackBasic})
            counts << QString::number(n);
        values << u"counts="_s + counts.join(u',') << u"hours_total="_s + number(cell.counts.hoursTotal);
        // The hours histogram, canonical: bytes as they are, and the bins they say.
        QStringList bins;
        for (const auto &[tenths, n] : cell.hours)
            bins << u"%1:%2"_s.arg(tenths).arg(n);
        values << u"hours="_s + QString::fromLatin1(cx::encodeHours(cell.hours).toHex()) + u'(' + bins.join(u',')
                + u')';
        values << u"tags="_s + tagCountsText(cx::encodeTagCounts(cell.tags), dim);
        rows << values.join(u' ');
        return true;
    });
    if (!cellsRead)
        rows << u"agg_cell unreadable"_s;
    for (const QString &table : {u"complaint_tag"_s, u"agg_keyword"_s, u"agg_element"_s, u"agg_survey"_s,
                                 u"agg_batch"_s, u"agg_state"_s}) {
        QStringList names;
        QStringList types;
        cx::sqlite::Statement info = m_db.prepare(u"SELECT name, type FROM pragma_table_info(?1) ORDER BY cid"_s);
        info.bindText(1, table);
        while (info.next()) {
            names << info.columnText(0);
            types << info.columnText(1);
        }
        cx::sqlite::Statement q = m_db.prepare(u"SELECT %1 FROM %2"_s.arg(names.join(u", "_s), table));
        while (q.next()) {
            QStringList values{table};
            for (int i = 0; i < names.size(); ++i) {
                const QString &name = names.at(i);
                if (name == "ids"_L1) {
                    // complaint_tag's block of ids: its bytes (canonical) and the ids they say.
                    const QByteArray bytes = q.columnBlob(i).toByteArray();
                    std::vector<qint64> ids;
                    QStringList decoded;
                    if (!cx::decodeTaggedBlock(q.columnInt(int(names.indexOf(u"block"_s))), bytes, ids))
                        decoded << u"malformed"_s;
                    for (const qint64 id : ids)
                        decoded << QString::number(id);
                    values << name + u'=' + QString::fromLatin1(bytes.toHex()) + u'(' + decoded.join(u',') + u')';
                } else if (name == "tags"_L1 || name == "keywords"_L1) {
                    values << name + u'=' + tagCountsText(q.columnUtf8(i), dim);
                } else if (name == "region"_L1 || isDimension(name)) {
                    values << name + u'=' + valueOf(name == "region"_L1 ? region : dim, q.columnInt(i));
                } else if (types.at(i) == "REAL"_L1) {
                    values << name + u'=' + number(q.columnDouble(i));
                } else {
                    values << name + u'=' + q.columnText(i);
                }
            }
            rows << values.join(u' ');
        }
    }
    rows.sort();
    return rows;
}

QStringList TestImportFold::elementCounts(bool fromFacts)
{
    cx::sqlite::Statement q = m_db.prepare(
        fromFacts ? u"SELECT coalesce(nullif(category3, ''), nullif(category2, ''), coalesce(category1, '')), "
                    "coalesce(stage, ''), coalesce(element_code, ''), count(*) FROM complaint GROUP BY 1, 2, 3"_s
                  : u"SELECT c.value, s.value, e.element, e.n FROM agg_element e JOIN agg_dim c ON c.id = e.category "
                    "JOIN agg_dim s ON s.id = e.stage"_s);
    QStringList rows;
    while (q.next())
        rows << u"%1 %2 %3 %4"_s.arg(q.columnText(0), q.columnText(1), q.columnText(2)).arg(q.columnInt(3));
    rows.sort();
    return rows;
}

void TestImportFold::verifyEqualsRebuild()
{
    QCOMPARE(cx::aggregateState(m_db), cx::AggregateState::Current);
    QString error;
    QVERIFY2(cx::foldKeywords(m_db, &error), qPrintable(error));
    QVERIFY(!cx::keywordsBehind(m_db));
    QCOMPARE(cx::aggregateState(m_db), cx::AggregateState::Current);
    QCOMPARE(elementCounts(false), elementCounts(true));
    const QStringList folded = contents();
    QVERIFY(!folded.isEmpty());
    QVERIFY2(cx::rebuildAggregates(m_db, &error), qPrintable(error));
    const QStringList rebuilt = contents();
    for (qsizetype i = 0; i < std::min(folded.size(), rebuilt.size()); ++i)
        QCOMPARE(folded.at(i), rebuilt.at(i));
    QCOMPARE(folded.size(), rebuilt.size());
    QVERIFY(!cx::keywordsBehind(m_db));
}

QStringList TestImportFold::tablesAsOf(int version, const QStringList &tables)
{
    const QString path = m_dir->filePath(u"v%1.db"_s.arg(version));
    cx::sqlite::Database old;
    if (!cx::test::writeFile(path, {}) || !old.open(path))
        return {};
    for (const cx::Migration &migration : cx::schemaMigrations())
        for (const QString &statement : migration.statements)
            if (migration.version <= version && !old.exec(statement))
                return {};
    QStringList statements;
    for (const QString &table : tables) {
        cx::sqlite::Statement q = old.prepare(u"SELECT sql FROM sqlite_master WHERE name = ?1"_s);
        q.bindText(1, table);
        if (!q.next())
            return {};
        statements << q.columnText(0);
    }
    return statements;
}

QString TestImportFold::reopenAfter(const QStringList &statements)
{
    const QString path = m_workspace->path();
    m_workspace.reset();
    for (const QString &statement : statements)
        if (!m_db.exec(statement))
            return m_db.errorString() + u": "_s + statement;
    m_db = {};
    cx::WorkspaceError openError;
    m_workspace = cx::Workspace::open(path, &openError);
    if (!m_workspace)
        return openError.message;
    return m_db.open(path) ? QString() : u"cannot open "_s + path;
}

void TestImportFold::verifyRebuiltAs(const QStringList &folded, qint64 complaints, std::size_t serviceCells)
{
    QCOMPARE(cx::aggregateState(m_db), cx::AggregateState::Stale);
    QString error;
    const auto rebuilt = cx::AnalyticsCube::load(m_workspace->path(), &error);
    QVERIFY2(rebuilt, qPrintable(error));
    QCOMPARE(cx::aggregateState(m_db), cx::AggregateState::Current);
    QCOMPARE(rebuilt->complaintTotal(), complaints);
    QCOMPARE(rebuilt->serviceCells().size(), serviceCells);
    QVERIFY2(cx::foldKeywords(m_db, &error), qPrintable(error));
    QCOMPARE(contents(), folded);
}

qint64 TestImportFold::keywordCount(const QString &keyword)
{
    if (!cx::registerTagCountFunctions(m_db.handle()))
        return -1;
    cx::sqlite::Statement q = m_db.prepare(u"SELECT coalesce(sum(cx_tag_count(k.keywords, d.id)), 0) FROM agg_keyword k, "
                                           "agg_dim d WHERE d.kind = ?2 AND d.value = coalesce(?1, '')"_s);
    q.bindText(1, keyword);
    q.bindInt(2, cx::KeywordDim);
    return q.next() ? q.columnInt(0) : -1;
}

qint64 TestImportFold::cellComplaints()
{
    qint64 complaints = 0;
    const bool read = cx::forEachStoredCell(m_db, [&complaints](const cx::StoredCell &cell) {
        complaints += cell.counts.complaints;
        return true;
    });
    return read ? complaints : -1;
}

void TestImportFold::plainImportIsFolded()
{
    QByteArray bytes = complaintHeader;
    bytes += line({"GD1"}) + line({"GD2", "06", "广州", "扣费异议", "莫名其妙扣了10元话费", "市场部", "未解决", "30"});
    bytes += line({"GD3", "07", "深圳", "网速慢", "", "网络部", "", "", ""});
    const cx::ImportReport report = import(write(u"a.csv"_s, bytes));
    QCOMPARE(report.inserted(), 3);
    // Analysable at commit, with nothing left to fold but the keywords.
    QCOMPARE(cx::aggregateState(m_db), cx::AggregateState::Current);
    QCOMPARE(cellComplaints(), 3);
    verifyEqualsRebuild();
}

// More cells than the import's fold holds at a time, twice over: its counts
// are written in steps while the counting goes on, and the tables come out
// as the rebuild writes them, which splits its sums of hours at the same rows.
void TestImportFold::foldFilledTwiceWritesAsItCounts()
{
    const int rows = int(2 * cx::ComplaintCounter::maxCells) + 1000;
    QByteArray bytes = complaintHeader;
    for (int i = 1; i <= rows; ++i) {
        Complaint c{"GD" + QByteArray::number(i)};
        // A cell of its own, of a few hundred cities and departments.
        c.city = "城" + QByteArray::number(i % 600);
        c.department = "部" + QByteArray::number(i / 600);
        c.hours = QByteArray::number(i % 97) + ".3";
        bytes += line(c);
    }
    QCOMPARE(import(write(u"a.csv"_s, bytes)).inserted(), rows);
    QCOMPARE(cellComplaints(), rows);
    verifyEqualsRebuild();
}

void TestImportFold::duplicatesAndUpdatesMoveExactly()
{
    QCOMPARE(import(write(u"a.csv"_s, orders(1, 6))).inserted(), 6);

    QByteArray second = complaintHeader;
    second += line({"GD1"});                                        // duplicate
    second += line({"GD2", "05", "广州"});                          // region
    second += line({"GD3", "05", "深圳", "扣费异议"});              // category, so stage
    second += line({"GD4", "05", "深圳", "网速慢", "信号差打不了电话"}); // text: keywords and tags
    second += line({"GD5", "05", "深圳", "网速慢", "晚上网速很慢，看视频一直卡顿", "客服部", "未解决", "3", "不满意"});
    second += line({"GD7"});                                        // new
    second += line({"GD7", "08", "珠海"});                          // new, then changed in the same file
    second += line({"GD2", "09", "广州"});                          // changed twice
    const cx::ImportReport report = import(write(u"b.csv"_s, second));
    QCOMPARE(report.duplicates(), 1);
    QCOMPARE(report.inserted(), 1);
    QCOMPARE(report.updated(), 6);
    QCOMPARE(cellComplaints(), 7);
    verifyEqualsRebuild();

    // The rows as they now stand: only duplicates, nothing moves.
    QByteArray settled = complaintHeader + line({"GD1"}) + line({"GD2", "09", "广州"})
                         + line({"GD3", "05", "深圳", "扣费异议"}) + line({"GD4", "05", "深圳", "网速慢", "信号差打不了电话"});
    settled += line({"GD5", "05", "深圳", "网速慢", "晚上网速很慢，看视频一直卡顿", "客服部", "未解决", "3", "不满意"});
    settled += line({"GD6"}) + line({"GD7", "08", "珠海"});
    const QStringList before = contents();
    const cx::ImportReport again = import(write(u"c.csv"_s, settled));
    QCOMPARE(again.duplicates(), 7);
    QCOMPARE(again.updated(), 0);
    QCOMPARE(contents(), before);
}

void TestImportFold::rowsOfTheSameFileUpdatedInPlace()
{
    // The first import of a workspace, in several chunks of rows: new rows
    // counted as they are inserted, then changed or repeated by later rows
    // of the same file (in the same chunk and in a later one), among new ones.
    QByteArray bytes = complaintHeader;
    for (int i = 0; i < 1200; ++i)
        bytes += line({"GX" + QByteArray::number(i), QByteArray::number(1 + i % 28).rightJustified(2, '0')});
    bytes += line({"GX3", "03", "广州"});                                      // changed: region
    bytes += line({"GX5", "06"});                                               // duplicate
    bytes += line({"GX1100", "09", "深圳", "扣费异议", "莫名其妙扣了10元话费"}); // category, text
    bytes += line({"GY1"});                                                     // new
    bytes += line({"GY1", "06", "珠海", "网速慢", "", "客服部", "", "", ""});   // new, changed in the same chunk
    bytes += line({"GX3", "04", "珠海"});                                      // changed twice
    for (int i = 0; i < 600; ++i)
        bytes += line({"GZ" + QByteArray::number(i), "11", "珠海"});
    bytes += line({"GX1150", "12", "深圳", "网速慢", "信号差打不了电话", "市场部", "未解决", "30", "不满意"});
    const cx::ImportReport report = import(write(u"a.csv"_s, bytes));
    QVERIFY2(!report.failed(), qPrintable(report.error));
    QCOMPARE(report.inserted(), 1801);
    QCOMPARE(report.updated(), 5);
    QCOMPARE(report.duplicates(), 1);
    QCOMPARE(cellComplaints(), 1801);
    QCOMPARE(cx::test::queryInt(m_workspace->database(), u"SELECT value FROM agg_state WHERE key = 'complaints'"_s),
             1801);
    verifyEqualsRebuild();

    // Then a file updating rows of both imports and of itself, with new rows.
    QByteArray second = complaintHeader + line({"GX3", "05", "深圳"}) + line({"GN1"});
    second += line({"GN1", "07", "广州", "扣费异议"}) + line({"GZ10", "11", "深圳"}) + line({"GN2"});
    const cx::ImportReport again = import(write(u"b.csv"_s, second));
    QCOMPARE(again.inserted(), 2);
    QCOMPARE(again.updated(), 3);
    verifyEqualsRebuild();
}

void TestImportFold::updatedSurveyResponsesMoveExactly()
{
    QByteArray first = surveyHeader;
    for (int n = 1; n <= 4; ++n)
        first += surveyLine(n, "深圳", "9,9,9");
    QCOMPARE(import(write(u"s1.csv"_s, first)).inserted(), 4);
    QByteArray second = surveyHeader;
    second += surveyLine(1, "深圳", "9,9,9");   // duplicate
    second += surveyLine(2, "深圳", "3,2,4");   // scores
    second += surveyLine(3, "广州", "9,9,9");   // region
    second += surveyLine(4, "深圳", "7,,");     // answers dropped
    second += surveyLine(5, "珠海", "10,10,10");
    const cx::ImportReport report = import(write(u"s2.csv"_s, second));
    QVERIFY2(!report.failed(), qPrintable(report.error));
    QCOMPARE(report.updated(), 3);
    QCOMPARE(report.inserted(), 1);
    verifyEqualsRebuild();
}

void TestImportFold::rejectedRowsContributeNothing()
{
    QByteArray bytes = complaintHeader;
    bytes += line({"GD1"});
    Complaint badDate{"GD2"};
    badDate.day = "45";
    bytes += line(badDate);
    Complaint badHours{"GD3"};
    badHours.hours = "很久";
    bytes += line(badHours) + line({"GD4", "06", "广州"});
    const cx::ImportReport report = import(write(u"a.csv"_s, bytes));
    QCOMPARE(report.inserted(), 2);
    QCOMPARE(report.rejected(), 2);
    QCOMPARE(cellComplaints(), 2);
    verifyEqualsRebuild();
}

void TestImportFold::cancelledImportLeavesTheAggregates()
{
    QCOMPARE(import(write(u"a.csv"_s, complaintHeader + line({"GD1"}) + line({"GD2"}))).inserted(), 2);
    const QStringList before = contents();
    QByteArray big = complaintHeader + line({"GD1", "05", "广州"});
    for (int i = 0; i < 20000; ++i)
        big += line({"GX" + QByteArray::number(i)});
    std::atomic_bool cancel = false;
    cx::Importer importer(m_workspace->path());
    const cx::ImportReport report = importer.importFile(write(u"big.csv"_s, big), {},
                                                        [&](qint64, qint64) { cancel = true; }, &cancel);
    QVERIFY(report.cancelled);
    QCOMPARE(contents(), before);
    // The cancelled import's triggers went with it: a later one folds right.
    QCOMPARE(import(write(u"b.csv"_s, complaintHeader + line({"GD2", "05", "珠海"}))).updated(), 1);
    verifyEqualsRebuild();
}

void TestImportFold::foldReportsProgress()
{
    QCOMPARE(import(write(u"a.csv"_s, complaintHeader + line({"GD1"}))).inserted(), 1);
    QList<std::pair<qint64, qint64>> calls;
    cx::Importer importer(m_workspace->path());
    const cx::ImportReport report = importer.importFile(
        writeMany(u"many.csv"_s, 12000), {}, [&](qint64 done, qint64 total) { calls.append({done, total}); });
    QCOMPARE(report.inserted(), 12000);
    QVERIFY(!calls.isEmpty());
    const qint64 total = calls.constLast().second;
    QCOMPARE(calls.constLast().first, total);
    // The file read is the first half (one part, then the fold); the fold
    // reports between it and the end, never going back.
    int inFold = 0;
    for (qsizetype i = 0; i < calls.size(); ++i) {
        QCOMPARE(calls.at(i).second, total);
        if (i > 0)
            QVERIFY(calls.at(i).first >= calls.at(i - 1).first);
        inFold += calls.at(i).first > total / 2 && calls.at(i).first < total ? 1 : 0;
    }
    QVERIFY2(inFold >= 2, qPrintable(QString::number(inFold)));
    verifyEqualsRebuild();
}

void TestImportFold::cancelDuringFoldKeepsNothing()
{
    QCOMPARE(import(write(u"a.csv"_s, complaintHeader + line({"GD1"}) + line({"GD2"}))).inserted(), 2);
    const QStringList before = contents();
    std::atomic_bool cancel = false;
    int callsAfterCancel = 0;
    QElapsedTimer sinceCancel;
    cx::Importer importer(m_workspace->path());
    // Cancelled once the fold is under way: past the file's half of the progress.
    const cx::ImportReport report = importer.importFile(writeMany(u"many.csv"_s, 20000), {},
                                                        [&](qint64 done, qint64 total) {
                                                            if (cancel) {
                                                                ++callsAfterCancel;
                                                            } else if (done > total / 2) {
                                                                cancel = true;
                                                                sinceCancel.start();
                                                            }
                                                        },
                                                        &cancel);
    QVERIFY(cancel);
    QVERIFY(report.cancelled);
    QVERIFY(report.sheets.isEmpty());
    // It stopped at once rather than folding the remaining rows.
    QCOMPARE(callsAfterCancel, 0);
    QVERIFY2(sinceCancel.elapsed() < 2000, qPrintable(QString::number(sinceCancel.elapsed())));
    QCOMPARE(cx::test::queryInt(m_workspace->database(), u"SELECT count(*) FROM complaint"_s), 2);
    QCOMPARE(contents(), before);
    QCOMPARE(import(write(u"b.csv"_s, complaintHeader + line({"GD2", "05", "珠海"}))).updated(), 1);
    verifyEqualsRebuild();
}

void TestImportFold::deletedBatchIsRebuilt()
{
    QCOMPARE(import(write(u"a.csv"_s, complaintHeader + line({"GD1"}) + line({"GD2"}))).inserted(), 2);
    const cx::ImportReport second = import(write(u"b.csv"_s, complaintHeader + line({"GD3", "06", "广州"})
                                                                  + line({"GD1", "05", "珠海"})));
    QCOMPARE(second.updated(), 1);
    cx::Batches batches(m_workspace->path());
    QString error;
    QVERIFY2(batches.deleteBatch(second.sheets.value(0).batchId, nullptr, &error), qPrintable(error));
    QCOMPARE(cx::aggregateState(m_db), cx::AggregateState::Stale);
    QVERIFY2(cx::ensureAggregates(m_db, &error), qPrintable(error));
    QCOMPARE(cellComplaints(), 1);
    verifyEqualsRebuild();
}

void TestImportFold::workspaceBehindCatchesUp()
{
    QCOMPARE(import(write(u"a.csv"_s, complaintHeader + line({"GD1"}) + line({"GD2"}))).inserted(), 2);
    // As an older version left it: facts without aggregates.
    QVERIFY(m_db.exec(u"DELETE FROM agg_cell; DELETE FROM complaint_tag; DELETE FROM agg_keyword; "
                      "DELETE FROM agg_element; DELETE FROM agg_batch; "
                      "DELETE FROM agg_state; DELETE FROM agg_dim; DELETE FROM agg_region"_s));
    QCOMPARE(cx::aggregateState(m_db), cx::AggregateState::Behind);
    // An import then loads facts only, the update included.
    const cx::ImportReport report = import(write(u"b.csv"_s, complaintHeader + line({"GD2", "05", "广州"})
                                                                   + line({"GD3"})));
    QCOMPARE(report.updated(), 1);
    QCOMPARE(cx::aggregateState(m_db), cx::AggregateState::Behind);
    QString error;
    QVERIFY2(cx::ensureAggregates(m_db, &error), qPrintable(error));
    verifyEqualsRebuild();
    // From then on imports fold again.
    QCOMPARE(import(write(u"c.csv"_s, complaintHeader + line({"GD4"}))).inserted(), 1);
    verifyEqualsRebuild();
}

void TestImportFold::keywordsFollowInTheirOwnStep()
{
    QByteArray bytes = complaintHeader + line({"GD1"}) + line({"GD2", "06", "广州", "扣费异议", "莫名其妙扣了10元话费"});
    bytes += line({"GD3", "07", "深圳", "网速慢", ""});
    QCOMPARE(import(write(u"a.csv"_s, bytes)).inserted(), 3);
    // Cells and tags at commit; keywords not yet.
    QCOMPARE(cx::aggregateState(m_db), cx::AggregateState::Current);
    QVERIFY(cx::keywordsBehind(m_db));
    QCOMPARE(cx::test::queryInt(m_workspace->database(), u"SELECT count(*) FROM agg_keyword"_s), 0);
    QCOMPARE(cx::keywordRowid(m_db), 0);
    QList<std::pair<qint64, qint64>> calls;
    QString error;
    QVERIFY2(cx::foldKeywords(m_db, &error,
                              [&](qint64 done, qint64 total) {
                                  calls.append({done, total});
                                  return true;
                              }),
             qPrintable(error));
    QVERIFY(!cx::keywordsBehind(m_db));
    QCOMPARE(cx::keywordRowid(m_db), 3);
    QCOMPARE(keywordCount(), 2); // complaints with a text
    QCOMPARE(keywordCount(u"卡顿"_s), 1);
    QVERIFY(!calls.isEmpty());
    QCOMPARE(calls.constLast(), std::make_pair(qint64(3), qint64(3)));
    // Nothing left: the step is a no-op.
    const QStringList before = contents();
    QVERIFY2(cx::foldKeywords(m_db, &error), qPrintable(error));
    QCOMPARE(contents(), before);
    verifyEqualsRebuild();
}

void TestImportFold::updatesBelowAndAboveTheFoldedKeywords()
{
    QCOMPARE(import(write(u"a.csv"_s, orders(1, 4))).inserted(), 4);
    QString error;
    QVERIFY2(cx::foldKeywords(m_db, &error), qPrintable(error));
    QCOMPARE(cx::keywordRowid(m_db), 4);
    QCOMPARE(import(write(u"b.csv"_s, orders(5, 8, true))).inserted(), 4);
    QCOMPARE(cx::keywordRowid(m_db), 4);

    QByteArray third = complaintHeader;
    third += line({"GD2", "05", "深圳", "网速慢", "信号差打不了电话"});          // keywords folded: they move now
    third += line({"GD3", "05", "广州", "扣费异议"});                            // city and category: the same
    third += line({"GD6", "05", "深圳", "网速慢", "信号差打不了电话"});          // not folded yet: left to the step
    third += line({"GD7", "05", "珠海", "扣费异议", "莫名其妙扣了10元话费"});
    third += line({"GD9", "06", "深圳", "网速慢", "宽带断网"});                  // new
    const cx::ImportReport report = import(write(u"c.csv"_s, third));
    QCOMPARE(report.updated(), 4);
    QCOMPARE(report.inserted(), 1);
    QCOMPARE(cx::keywordRowid(m_db), 4);
    // The folded complaints' keywords moved in the import: GD2's text lost 卡顿.
    QCOMPARE(keywordCount(u"卡顿"_s), 3);
    QCOMPARE(keywordCount(), 4);
    verifyEqualsRebuild();
    QCOMPARE(keywordCount(u"卡顿"_s), 5);
}

void TestImportFold::secondImportBeforeTheKeywordStep()
{
    QCOMPARE(import(write(u"a.csv"_s, orders(1, 5, true))).inserted(), 5);
    QByteArray second = complaintHeader;
    second += line({"GD1", "05", "广州", "网速慢", "信号差打不了电话"});
    second += line({"GD4", "05", "深圳", "网速慢", ""});
    second += line({"GD6", "06", "珠海"});
    const cx::ImportReport report = import(write(u"b.csv"_s, second));
    QCOMPARE(report.updated(), 2);
    QCOMPARE(report.inserted(), 1);
    QCOMPARE(cx::keywordRowid(m_db), 0);
    QCOMPARE(cx::test::queryInt(m_workspace->database(), u"SELECT count(*) FROM agg_keyword"_s), 0);
    verifyEqualsRebuild();
    QCOMPARE(keywordCount(), 5);
}

void TestImportFold::repeatedTextsGetTheirKeywordsInTheImport()
{
    // Every text split once: the import counts the keywords as it counts the cells.
    QCOMPARE(import(write(u"a.csv"_s, orders(1, 8))).inserted(), 8);
    QVERIFY(!cx::keywordsBehind(m_db));
    QCOMPARE(cx::keywordRowid(m_db), 8);
    QCOMPARE(keywordCount(), 8);
    QCOMPARE(keywordCount(u"卡顿"_s), 8);
    // Folded rows changed in place move their keywords; new rows add theirs.
    QByteArray second = complaintHeader;
    for (int i = 5; i <= 12; ++i)
        second += line({"GD" + QByteArray::number(i), "06", "广州", "网速慢", "信号差打不了电话"});
    const cx::ImportReport report = import(write(u"b.csv"_s, second));
    QCOMPARE(report.updated(), 4);
    QCOMPARE(report.inserted(), 4);
    QVERIFY(!cx::keywordsBehind(m_db));
    QCOMPARE(cx::keywordRowid(m_db), 12);
    QCOMPARE(keywordCount(u"卡顿"_s), 4);
    QCOMPARE(keywordCount(), 12);
    const QStringList before = contents();
    verifyEqualsRebuild();
    QCOMPARE(contents(), before);
}

void TestImportFold::distinctTextsAreLeftToTheKeywordStep()
{
    // Past the rows the import tries: texts that do not repeat are not split in the import.
    const int rows = int(cx::ComplaintImportFold::keywordTrialRows) + 500;
    QCOMPARE(import(writeMany(u"many.csv"_s, rows, true)).inserted(), rows);
    QCOMPARE(cx::aggregateState(m_db), cx::AggregateState::Current);
    QVERIFY(cx::keywordsBehind(m_db));
    QCOMPARE(cx::keywordRowid(m_db), 0);
    QCOMPARE(cx::test::queryInt(m_workspace->database(), u"SELECT count(*) FROM agg_keyword"_s), 0);
    // Keywords behind stay the step's, however much the next import's texts repeat.
    QCOMPARE(import(write(u"b.csv"_s, orders(1, 8))).inserted(), 8);
    QCOMPARE(cx::keywordRowid(m_db), 0);
    QCOMPARE(cx::test::queryInt(m_workspace->database(), u"SELECT count(*) FROM agg_keyword"_s), 0);
    verifyEqualsRebuild();
    QCOMPARE(keywordCount(), rows + 8);
}

void TestImportFold::cancelledKeywordStepResumes()
{
    QCOMPARE(import(writeMany(u"many.csv"_s, 12000, true)).inserted(), 12000);
    QString error = u"left over"_s;
    // Stopped in its second chunk of 4096: the first stays committed.
    qint64 lastDone = 0;
    const bool folded = cx::foldKeywords(
        m_db, &error,
        [&](qint64 done, qint64 total) {
            lastDone = done;
            return total == 12000 && done < 5000;
        },
        4096);
    QVERIFY(!folded);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(lastDone > 5000 && lastDone < 12000);
    QCOMPARE(cx::keywordRowid(m_db), 4096);
    QVERIFY(cx::keywordsBehind(m_db));
    QCOMPARE(keywordCount(), 4096);
    // The next run starts after it, with what is left to fold as its total.
    QList<std::pair<qint64, qint64>> calls;
    QVERIFY2(cx::foldKeywords(
                 m_db, &error,
                 [&](qint64 done, qint64 total) {
                     calls.append({done, total});
                     return true;
                 },
                 4096),
             qPrintable(error));
    QVERIFY(!calls.isEmpty());
    QCOMPARE(calls.constFirst(), std::make_pair(qint64(0), qint64(12000 - 4096)));
    QCOMPARE(calls.constLast(), std::make_pair(qint64(12000 - 4096), qint64(12000 - 4096)));
    for (qsizetype i = 1; i < calls.size(); ++i)
        QVERIFY(calls.at(i).first >= calls.at(i - 1).first);
    QCOMPARE(keywordCount(), 12000);
    verifyEqualsRebuild();
}

void TestImportFold::mapEditsRecountElements()
{
    QByteArray bytes = complaintHeader;
    bytes += line({"GD1"}) + line({"GD2", "06", "广州"}) + line({"GD3", "07", "深圳", "扣费异议"});
    QCOMPARE(import(write(u"a.csv"_s, bytes)).inserted(), 3);
    // 网速慢 as the built-in map places it (no row of the workspace's own yet).
    std::optional<cx::CategoryMapping> row;
    for (const cx::CategoryMapping &mapping : cx::workspaceCategoryMappings(m_db))
        if (mapping.category == "网速慢"_L1)
            row = mapping;
    const cx::CategoryMapping before =
        row.value_or(cx::CategoryMapping{u"网速慢"_s, u"使用"_s, u"QOE02"_s, u"功能性"_s});
    QVERIFY(elementCounts(true).contains(u"网速慢 %1 %2 2"_s.arg(before.stage, before.elementCode)));

    // The element alone changes: the stage stays, so no category is recounted with the cells.
    cx::CategoryMapping relabelled = before;
    relabelled.elementCode = u"QOE99"_s;
    cx::JourneyChange change;
    change.categories = {{before.category, row, relabelled}};
    cx::JourneyChangeReport report = cx::applyJourneyChange(m_db, change, {});
    QVERIFY2(report.ok, qPrintable(report.error));
    QCOMPARE(report.complaintsRestaged, 0);
    QCOMPARE(report.complaintsRederived, 2);
    QVERIFY(elementCounts(false).contains(u"网速慢 %1 QOE99 2"_s.arg(before.stage)));
    verifyEqualsRebuild();

    // The stage changes too: the category's counts move to the new stage.
    cx::CategoryMapping restaged = relabelled;
    restaged.stage = before.stage == "缴费"_L1 ? u"使用"_s : u"缴费"_s;
    change.categories = {{before.category, relabelled, restaged}};
    report = cx::applyJourneyChange(m_db, change, {});
    QVERIFY2(report.ok, qPrintable(report.error));
    QCOMPARE(report.complaintsRestaged, 2);
    QVERIFY(elementCounts(false).contains(u"网速慢 %1 QOE99 2"_s.arg(restaged.stage)));
    verifyEqualsRebuild();
}

QTEST_GUILESS_MAIN(TestImportFold)
void TestImportFold::schemaNineWorkspaceIsRebuilt()
{
    // Cells that agg_complaint and agg_service kept apart: two departments of one cell, two cities.
    QByteArray bytes = complaintHeader + line({"GD1"}) + line({"GD2"});
    Complaint other{"GD3"};
    other.department = "客服部";
    other.result = "未解决";
    other.hours = "30";
    bytes += line(other) + line({"GD4", "06", "广州", "扣费异议", "莫名其妙扣了10元话费"});
    QCOMPARE(import(write(u"a.csv"_s, bytes)).inserted(), 4);
    QString error;
    QVERIFY2(cx::foldKeywords(m_db, &error), qPrintable(error));
    const QStringList folded = contents();
    QString loadError;
    const auto cube = cx::AnalyticsCube::load(m_workspace->path(), &loadError);
    QVERIFY2(cube, qPrintable(loadError));
    QCOMPARE(cube->complaintTotal(), qint64(4));
    QCOMPARE(cube->serviceCells().size(), std::size_t(3));

    // The file as version 9 left it: agg_complaint and agg_service (as its
    // migrations create them) in place of agg_cell, holding cells of their own,
    // and complaint_tag a row per tagged complaint.
    const QString path = m_workspace->path();
    QStringList downgrade{u"DROP TABLE agg_cell"_s, u"DROP TABLE agg_keyword"_s, u"DROP TABLE complaint_tag"_s};
    downgrade << tablesAsOf(9, {u"agg_complaint"_s, u"agg_service"_s, u"agg_keyword"_s, u"complaint_tag"_s});
    QCOMPARE(downgrade.size(), 7);
    downgrade << u"INSERT INTO agg_complaint(month, product, region, channel, category, stage, n) "
                 "VALUES (1, 1, 1, 1, 1, 1, 99)"_s
              << u"PRAGMA user_version = 9"_s;
    const QString reopened = reopenAfter(downgrade);
    QVERIFY2(reopened.isEmpty(), qPrintable(reopened));
    QCOMPARE(m_workspace->schemaVersion(), cx::currentSchemaVersion());
    QCOMPARE(cx::test::queryInt(m_workspace->database(),
                                u"SELECT count(*) FROM sqlite_master WHERE name IN ('agg_complaint', 'agg_service')"_s),
             0);
    // The aggregates are rebuilt at the next analysis, and answer as before.
    verifyRebuiltAs(folded, 4, 3);
}

// Version 10 kept a row per keyword: the migration to one row per cell
// with a blob refolds the keywords, and they come out as before.
void TestImportFold::schemaTenKeywordsAreFoldedAgain()
{
    QByteArray bytes = complaintHeader + line({"GD1"});
    bytes += line({"GD2", "06", "广州", "网速慢", "看视频一直卡顿"}) + line({"GD3", "07", "深圳", "网速慢", ""});
    QCOMPARE(import(write(u"a.csv"_s, bytes)).inserted(), 3);
    QString error;
    QVERIFY2(cx::foldKeywords(m_db, &error), qPrintable(error));
    const QStringList folded = contents();
    QCOMPARE(keywordCount(u"卡顿"_s), 2); // GD1 has the default text

    // The file as version 10 left it: agg_keyword, agg_cell and complaint_tag as its migrations create them.
    QStringList downgrade{u"DROP TABLE agg_keyword"_s, u"DROP TABLE agg_cell"_s, u"DROP TABLE complaint_tag"_s};
    downgrade << tablesAsOf(10, {u"agg_keyword"_s, u"agg_cell"_s, u"complaint_tag"_s});
    QCOMPARE(downgrade.size(), 6);
    downgrade << u"INSERT INTO agg_keyword(category, month, product, city, keyword, n) VALUES (1, 1, 1, 1, 1, 7)"_s
              << u"PRAGMA user_version = 10"_s;
    const QString reopened = reopenAfter(downgrade);
    QVERIFY2(reopened.isEmpty(), qPrintable(reopened));
    QCOMPARE(m_workspace->schemaVersion(), cx::currentSchemaVersion());
    QCOMPARE(cx::test::queryInt(m_workspace->database(), u"SELECT count(*) FROM agg_keyword"_s), 0);
    // Versions 12 and 13 rebuild the cells and tags, and with them the keywords.
    verifyRebuiltAs(folded, 3, 2);
}

// Version 11 kept a row per cell: the migration to one block per month and
// product leaves the aggregates to be rebuilt, and they come out as before.
void TestImportFold::schemaElevenCellsAreRebuiltAsBlocks()
{
    QByteArray bytes = complaintHeader + line({"GD1"}) + line({"GD2"});
    Complaint other{"GD3"};
    other.department = "客服部";
    other.result = "未解决";
    other.hours = "30";
    bytes += line(other) + line({"GD4", "06", "广州", "扣费异议", "莫名其妙扣了10元话费"});
    QCOMPARE(import(write(u"a.csv"_s, bytes)).inserted(), 4);
    QString error;
    QVERIFY2(cx::foldKeywords(m_db, &error), qPrintable(error));
    const QStringList folded = contents();
    QCOMPARE(cellComplaints(), 4);
    QCOMPARE(cx::test::queryInt(m_workspace->database(), u"SELECT count(*) FROM agg_cell"_s), 1); // one month and product

    QStringList downgrade{u"DROP TABLE agg_cell"_s, u"DROP TABLE complaint_tag"_s};
    downgrade << tablesAsOf(11, {u"agg_cell"_s, u"complaint_tag"_s});
    QCOMPARE(downgrade.size(), 4);
    downgrade << u"INSERT INTO agg_cell(month, product, region, channel, category, stage, department, n, counts, "
                 "hours_total, hours, tags) VALUES (1, 1, 1, 1, 1, 1, 1, 99, x'', 0, x'', x'')"_s
              << u"PRAGMA user_version = 11"_s;
    const QString reopened = reopenAfter(downgrade);
    QVERIFY2(reopened.isEmpty(), qPrintable(reopened));
    QCOMPARE(m_workspace->schemaVersion(), cx::currentSchemaVersion());
    QCOMPARE(cx::test::queryInt(m_workspace->database(), u"SELECT count(*) FROM pragma_table_info('agg_cell')"_s), 3);
    QCOMPARE(cx::test::queryInt(m_workspace->database(),
                                u"SELECT count(*) FROM pragma_table_info('agg_cell') WHERE name = 'cells'"_s),
             1);
    QCOMPARE(cx::test::queryInt(m_workspace->database(), u"SELECT count(*) FROM agg_cell"_s), 0);
    verifyRebuiltAs(folded, 4, 3);
}

// Version 12 kept a row per tagged complaint and tag: the migration to
// blocks of ids empties complaint_tag, and the next analysis rebuilds it
// as the fold writes it.
void TestImportFold::schemaTwelveComplaintTagsArePacked()
{
    QByteArray bytes = complaintHeader + line({"GD1"});
    bytes += line({"GD2", "06", "广州", "网速慢", "看视频一直卡顿"}) + line({"GD3", "07", "深圳", "网速慢", "晚上网速很慢"});
    QCOMPARE(import(write(u"a.csv"_s, bytes)).inserted(), 3);
    QString error;
    QVERIFY2(cx::foldKeywords(m_db, &error), qPrintable(error));
    const QStringList folded = contents();
    QVERIFY(folded.filter(u"complaint_tag "_s).size() >= 2);

    QStringList downgrade{u"DROP TABLE complaint_tag"_s};
    downgrade << tablesAsOf(12, {u"complaint_tag"_s});
    QCOMPARE(downgrade.size(), 2);
    downgrade << u"INSERT INTO complaint_tag(tag, complaint_id) VALUES (1, 1)"_s << u"PRAGMA user_version = 12"_s;
    const QString reopened = reopenAfter(downgrade);
    QVERIFY2(reopened.isEmpty(), qPrintable(reopened));
    QCOMPARE(m_workspace->schemaVersion(), cx::currentSchemaVersion());
    QCOMPARE(cx::test::queryInt(m_workspace->database(),
                                u"SELECT count(*) FROM pragma_table_info('complaint_tag') WHERE name IN ('block', 'ids')"_s),
             2);
    QCOMPARE(cx::test::queryInt(m_workspace->database(), u"SELECT count(*) FROM complaint_tag"_s), 0);
    verifyRebuiltAs(folded, 3, 2);
}

// Counts that do not decode (a damaged file) fail the cube load with a
// message that says so, not with SQLite's "not an error".
void TestImportFold::undecodableCountsAreNamed()
{
    QByteArray bytes = complaintHeader + line({"GD1"}) + line({"GD2", "06", "广州", "网速慢", "看视频一直卡顿"});
    QCOMPARE(import(write(u"a.csv"_s, bytes)).inserted(), 2);
    QString error;
    QVERIFY2(cx::foldKeywords(m_db, &error), qPrintable(error));
    const QString unreadable =
        QCoreApplication::translate("cx::AnalyticsCube", "they hold counts this version cannot read");
    for (const QString &damage : {u"UPDATE agg_keyword SET keywords = x'ff'"_s, u"UPDATE agg_cell SET cells = x'ff'"_s,
                                  u"UPDATE agg_cell SET cells = substr(cells, 1, length(cells) - 1)"_s}) {
        QVERIFY2(m_db.exec(damage), qPrintable(m_db.errorString()));
        QString loadError;
        const auto cube = cx::AnalyticsCube::load(m_workspace->path(), &loadError);
        QVERIFY2(!cube, qPrintable(damage));
        QVERIFY2(loadError.contains(unreadable), qPrintable(loadError));
        QVERIFY2(cx::rebuildAggregates(m_db, &error), qPrintable(error));
    }
    QString loadError;
    QVERIFY2(cx::AnalyticsCube::load(m_workspace->path(), &loadError), qPrintable(loadError));
}

#include "tst_importfold.moc"
