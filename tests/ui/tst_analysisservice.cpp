// The analysis service on the sample exports: loading (and cancelling the
// aggregate fold), filter changes with stale results dropped, reload after
// an import, fact analyses on demand, and the lazily fetched complaint table.

#include "analytics/aggregates.h"
#include "analytics/keywordfold.h"
#include "deskfixture.h"
#include "pipeline/importer.h"
#include "pipeline/importlock.h"
#include "pipeline/sqlite.h"
#include "service/analysisservice.h"
#include "service/complaintbrowser.h"
#include "service/complainttablemodel.h"
#include "service/factanalyses.h"
#include "service/jobtracker.h"
#include "service/workerpriority.h"
#include "testsupport.h"
#include "workspace/workspace.h"

#include <QAbstractItemModelTester>
#include <QDir>
#include <QFile>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QSemaphore>
#include <QThread>
#include <QThreadPool>

#include <algorithm>
#include <memory>

#ifdef Q_OS_LINUX
#include <sys/resource.h>
#include <unistd.h>
#endif

using namespace Qt::StringLiterals;

namespace {

// Empties every aggregate table, as a workspace written before the aggregates existed.
const QString emptyAggregates = u"DELETE FROM agg_cell; DELETE FROM complaint_tag; DELETE FROM agg_keyword; "
                                "DELETE FROM agg_survey; DELETE FROM agg_batch; DELETE FROM agg_state; "
                                "DELETE FROM agg_dim; DELETE FROM agg_region"_s;

cx::AnalysisFilter monthFilter(const QString &month)
{
    cx::AnalysisFilter filter;
    filter.fromMonth = filter.toMonth = month;
    return filter;
}

cx::AnalysisFilter cityFilter(const QString &month, const QString &city)
{
    cx::AnalysisFilter filter = monthFilter(month);
    filter.region = cx::RegionPath(city);
    return filter;
}

qint64 countOf(const cx::Workspace &workspace, const QString &sql)
{
    QSqlQuery q(workspace.database());
    return q.exec(sql) && q.next() ? q.value(0).toLongLong() : -1;
}

} // namespace

class TestAnalysisService : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void jobTrackerAppliesOnlyTheNewest();
    void jobTrackerSkipsJobsLeftBehindAndYieldsToTheGui();
    void jobsLeaveTheGlobalPoolToPainting();
    void departmentHandlingStopsWhenLeftBehind();
    void loadsAndAnalysesTheSample();
    void dropsStaleResults();
    void cancelsThePreparationAndRollsItBack();
    void waitsForAnotherProgramsImport();
    void reloadsAfterAnImport();
    void computesFactsOnDemandAndKeepsThem();
    void complaintTableFetchesPagesAsynchronously();
    void complaintTableSortsAndSearches_data();
    void complaintTableSortsAndSearches();
    void forgetsTheWorkspace();
    void summarisesWhatTheWorkspaceHolds();

private:
    /// A fresh copy of the sample workspace (aggregates folded at import).
    std::unique_ptr<cx::Workspace> openCopy(const QString &name);
    /// The service on a copy of the sample, loaded.
    void loadSample(cx::AnalysisService &service, std::unique_ptr<cx::Workspace> &workspace);

    QTemporaryDir m_dir;
    QString m_pristine;
    QString m_data;
    QJsonObject m_truth;
};

void TestAnalysisService::initTestCase()
{
    CX_REQUIRE_SHARED_DATA(data);
    m_data = data;
    m_truth = cx::test::sampleTruth(data);
    QVERIFY(!m_truth.isEmpty());
    m_pristine = m_dir.filePath(u"pristine.cxw"_s);
    const QString error = cx::test::createWorkspace(m_pristine, cx::test::sampleExports(data));
    QVERIFY2(error.isEmpty(), qPrintable(error));
}

std::unique_ptr<cx::Workspace> TestAnalysisService::openCopy(const QString &name)
{
    const QString path = m_dir.filePath(name);
    QFile::remove(path);
    if (!QFile::copy(m_pristine, path))
        return nullptr;
    cx::WorkspaceError error;
    return cx::Workspace::open(path, &error);
}

void TestAnalysisService::loadSample(cx::AnalysisService &service, std::unique_ptr<cx::Workspace> &workspace)
{
    workspace = openCopy(u"%1-%2.cxw"_s.arg(QString::fromLatin1(QTest::currentTestFunction()),
                                            QString::fromLatin1(QTest::currentDataTag())));
    QVERIFY(workspace);
    service.setWorkspace(workspace.get());
    QCOMPARE(service.status(), cx::AnalysisService::Status::Loading);
    QVERIFY(service.waitUntilIdle(120000));
    QCOMPARE(service.status(), cx::AnalysisService::Status::Ready);
    QVERIFY(service.isCurrent());
}

void TestAnalysisService::jobTrackerAppliesOnlyTheNewest()
{
    cx::JobTracker tracker;
    QList<int> applied;
    std::atomic_bool firstStarted{false};
    std::atomic_bool firstSawCancel{false};
    tracker.start(
        nullptr,
        [&firstStarted, &firstSawCancel](const cx::JobToken &token) {
            firstStarted = true;
            while (!token.isCancelled())
                QThread::msleep(1);
            firstSawCancel = true;
            return 1;
        },
        [&applied](int value) { applied << value; });
    QVERIFY(tracker.isBusy());
    QTRY_VERIFY(firstStarted);
    tracker.start(nullptr, [](const cx::JobToken &) { return 2; }, [&applied](int value) { applied << value; });
    QTRY_VERIFY(!tracker.isBusy());
    tracker.waitForIdle();
    QCoreApplication::processEvents();
    QVERIFY(firstSawCancel);
    QCOMPARE(applied, QList<int>{2});

    QSignalSpy cancelled(&tracker, &cx::JobTracker::cancelled);
    tracker.start(
        nullptr,
        [](const cx::JobToken &token) {
            while (!token.isCancelled())
                QThread::msleep(1);
            return 3;
        },
        [&applied](int value) { applied << value; });
    tracker.cancel();
    tracker.waitForIdle();
    QCoreApplication::processEvents();
    QCOMPARE(cancelled.count(), 1);
    QCOMPARE(applied, QList<int>{2});
}

void TestAnalysisService::jobTrackerSkipsJobsLeftBehindAndYieldsToTheGui()
{
    QThreadPool pool;
    pool.setMaxThreadCount(1);
    cx::JobTracker blocker;
    cx::JobTracker tracker;
    QSemaphore release;
    std::atomic_int ran{0};
    std::atomic_int nice{-100};
    // The pool's one thread is held, so the jobs below wait in its queue.
    blocker.start(&pool, [&release](const cx::JobToken &) { return release.tryAcquire(1, 10000); }, [](bool) {});
    QList<int> applied;
    for (int job = 1; job <= 3; ++job)
        tracker.start(
            &pool,
            [&ran, &nice, job](const cx::JobToken &) {
                ran |= 1 << job;
#ifdef Q_OS_LINUX
                nice = getpriority(PRIO_PROCESS, static_cast<id_t>(gettid()));
#endif
                return job;
            },
            [&applied](int value) { applied << value; });
    release.release();
    QTRY_VERIFY(!tracker.isBusy());
    // Only the newest ran: the two it replaced were dropped before they started.
    QCOMPARE(int(ran), 1 << 3);
    QCOMPARE(applied, QList<int>{3});
#ifdef Q_OS_LINUX
    QCOMPARE(int(nice), cx::workerNice());
    QCOMPARE(getpriority(PRIO_PROCESS, static_cast<id_t>(gettid())), 0); // the GUI thread keeps its own
#endif
}

void TestAnalysisService::jobsLeaveTheGlobalPoolToPainting()
{
    // Qt's raster engine fills large areas on the global pool while the GUI thread waits:
    // a job started without a pool of its own must not take one of its threads.
    cx::JobTracker tracker;
    QSemaphore started;
    QSemaphore release;
    std::atomic<QThread *> thread{nullptr};
    tracker.start(
        nullptr,
        [&](const cx::JobToken &) {
            thread = QThread::currentThread();
            started.release();
            return release.tryAcquire(1, 10000);
        },
        [](bool) {});
    QVERIFY(started.tryAcquire(1, 10000));
    QVERIFY(cx::backgroundPool()->contains(thread));
    QVERIFY(!QThreadPool::globalInstance()->contains(thread));
    QCOMPARE(QThreadPool::globalInstance()->activeThreadCount(), 0);
    release.release();
    QTRY_VERIFY(!tracker.isBusy());
}

void TestAnalysisService::departmentHandlingStopsWhenLeftBehind()
{
    cx::AnalysisService service;
    std::unique_ptr<cx::Workspace> workspace;
    loadSample(service, workspace);
    if (QTest::currentTestFailed())
        return;
    const cx::AnalysisScope scope = service.cube()->scope({});
    const cx::AnalysisSettings settings;
    std::atomic_bool stop{false};
    const cx::FactAnalyses all = cx::computeCubeFact(cx::FactKind::ServiceByCity, scope, settings, &stop);
    QVERIFY(all.serviceByCity);
    QCOMPARE(all.serviceByCity->size(), scope.areas().size() + 1); // every city and the province
    stop = true;
    const cx::FactAnalyses stopped = cx::computeCubeFact(cx::FactKind::ServiceByCity, scope, settings, &stop);
    QVERIFY(!stopped.has(cx::FactKind::ServiceByCity));
    // Stopped before the first city: the province alone is computed, not the cities.
    QCOMPARE(cx::serviceQualityByCity(scope, settings, &stop).size(), 1);

    // Through the service: the handling of a filter left behind is dropped, the new one's applied.
    QSignalSpy ready(&service, &cx::AnalysisService::factReady);
    QVERIFY(!service.request(cx::FactKind::ServiceByCity));
    service.setFilter(cityFilter(u"2024-07"_s, u"深圳"_s));
    QVERIFY(!service.request(cx::FactKind::ServiceByCity));
    QVERIFY(service.waitUntilIdle(60000));
    QCOMPARE(ready.count(), 1);
    QVERIFY(service.facts().serviceByCity);
    QCOMPARE(service.facts().serviceByCity->keys(), QList<QString>{u"深圳"_s});
}

void TestAnalysisService::loadsAndAnalysesTheSample()
{
    cx::AnalysisService service;
    std::unique_ptr<cx::Workspace> workspace;
    loadSample(service, workspace);
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(service.cube()->complaintTotal(), m_truth["complaints_unique"_L1].toInteger());
    QCOMPARE(service.summary().surveyResponses, m_truth["survey_responses"_L1].toInteger());

    // The whole history: complaints per stage as the truth counts them.
    const auto whole = service.result();
    const QJsonObject byStage = m_truth["complaints_by_stage"_L1].toObject();
    QCOMPARE(whole->period.journey.cells.size(), qsizetype(7));
    for (const cx::JourneyCell &cell : whole->period.journey.cells)
        QCOMPARE(cell.complaints, byStage[cell.stage].toInteger());
    QCOMPARE(whole->complaints, m_truth["complaints_unique"_L1].toInteger());
    QCOMPARE(whole->months.size(), qsizetype(12));

    // The planted drop is an alert of 2024-08 (咪咕视频 · 使用), with its series.
    const QJsonObject drop = m_truth["planted_satisfaction_drop"_L1].toObject();
    cx::AnalysisFilter video = monthFilter(drop["month"_L1].toString());
    video.products = {drop["product"_L1].toString()};
    service.setFilter(video);
    QVERIFY(service.waitUntilIdle(30000));
    const auto analysis = service.result();
    QCOMPARE(analysis->filter, video);
    const auto planted = std::find_if(analysis->period.alerts.cbegin(), analysis->period.alerts.cend(), [&](const cx::Alert &a) {
        return a.metric == cx::AlertMetric::Satisfaction && a.stage == drop["stage"_L1].toString()
            && a.month == drop["month"_L1].toString();
    });
    QVERIFY2(planted != analysis->period.alerts.cend(), "the planted drop is among the period's alerts");
    QVERIFY(planted->after < planted->before);
    const auto series = std::find_if(analysis->history.cbegin(), analysis->history.cend(), [&](const cx::AlertSeries &s) {
        return s.alert.metric == planted->metric && s.alert.stage == planted->stage && s.alert.month == planted->month
            && s.alert.region == planted->region && s.alert.product == planted->product;
    });
    QVERIFY(series != analysis->history.cend());
    QCOMPARE(series->values.size(), qsizetype(12));
    QCOMPARE(series->monthIndex, 7);
    QVERIFY(std::abs(series->values.at(7) - planted->after) < 1e-9);
    QVERIFY(std::abs(series->values.at(6) - planted->before) < 1e-9);
    const auto usage = std::find_if(analysis->stages.cbegin(), analysis->stages.cend(),
                                    [&](const cx::StageTrend &t) { return t.stage == drop["stage"_L1].toString(); });
    QVERIFY(usage != analysis->stages.cend());
    QVERIFY(usage->alertMonths.contains(7));

    // The month's grid: every product together first, then 咪咕视频.
    QCOMPARE(analysis->month, u"2024-08"_s);
    QCOMPARE(analysis->previousMonth, u"2024-07"_s);
    QVERIFY(analysis->products.size() >= 2);
    QVERIFY(analysis->products.at(0).product.isEmpty());
    QCOMPARE(analysis->products.at(1).product, drop["product"_L1].toString());
    QVERIFY(analysis->products.at(0).satisfaction.delta() < 0);

    // The planted spike is first by increase in its month and city.
    const QJsonObject spike = m_truth["planted_complaint_spike"_L1].toObject();
    service.setFilter(cityFilter(spike["month"_L1].toString(), spike["city"_L1].toString()));
    QVERIFY(service.waitUntilIdle(30000));
    const auto city = service.result();
    QVERIFY(!city->period.hotspots.byIncrease.isEmpty());
    QCOMPARE(city->period.hotspots.byIncrease.constFirst().category, spike["category"_L1].toString());
    QVERIFY(city->categoryTrends.contains(spike["category"_L1].toString()));
    QCOMPARE(city->categoryTrends.value(spike["category"_L1].toString()).at(7),
             city->period.hotspots.byIncrease.constFirst().lastMonth);
}

void TestAnalysisService::dropsStaleResults()
{
    cx::AnalysisService service;
    std::unique_ptr<cx::Workspace> workspace;
    loadSample(service, workspace);
    if (QTest::currentTestFailed())
        return;
    QList<cx::AnalysisFilter> applied;
    // Each result is applied twice: first, then with the alerts of its whole history.
    connect(&service, &cx::AnalysisService::resultReady, this, [&] {
        if (service.result() && (applied.isEmpty() || !(applied.constLast() == service.result()->filter)))
            applied << service.result()->filter;
    });
    // Three changes before the event loop runs: the first two are outdated before they finish.
    service.setFilter(monthFilter(u"2024-03"_s));
    service.setFilter(monthFilter(u"2024-04"_s));
    service.setFilter(cityFilter(u"2024-05"_s, u"广州"_s));
    QVERIFY(service.isComputing());
    QVERIFY(service.waitUntilIdle(30000));
    QCOMPARE(applied, QList<cx::AnalysisFilter>{cityFilter(u"2024-05"_s, u"广州"_s)});

    // Going back to a filter seen recently needs no worker at all.
    applied.clear();
    service.setFilter(monthFilter(u"2024-06"_s));
    QVERIFY(service.waitUntilIdle(30000));
    service.setFilter(cityFilter(u"2024-05"_s, u"广州"_s));
    QVERIFY(!service.isComputing());
    QVERIFY(service.isComplete());
    QCOMPARE(applied.size(), 2);
    QCOMPARE(service.result()->filter, cityFilter(u"2024-05"_s, u"广州"_s));
}

void TestAnalysisService::cancelsThePreparationAndRollsItBack()
{
    std::unique_ptr<cx::Workspace> workspace = openCopy(u"cancel.cxw"_s);
    QVERIFY(workspace);
    {
        // Imports fold their rows themselves: a fold to prepare is left by older versions.
        cx::sqlite::Database db;
        QVERIFY(db.open(workspace->path()));
        QVERIFY(db.exec(emptyAggregates));
        QCOMPARE(cx::aggregateState(db), cx::AggregateState::Behind);
    }
    cx::AnalysisService service;
    QSignalSpy progress(&service, &cx::AnalysisService::progress);
    QSignalSpy finished(&service, &cx::AnalysisService::progressFinished);
    service.setWorkspace(workspace.get());
    service.cancelLoading();
    QVERIFY(service.waitUntilIdle(60000));
    QCOMPARE(service.status(), cx::AnalysisService::Status::Cancelled);
    QVERIFY(!service.cube());
    QVERIFY(!service.result());
    QVERIFY(finished.count() >= 1);
    {
        // Nothing of a half-done fold was kept.
        cx::sqlite::Database db;
        QVERIFY(db.open(workspace->path()));
        QTRY_COMPARE_WITH_TIMEOUT(cx::aggregateState(db), cx::AggregateState::Behind, 60000);
    }

    service.reload();
    QCOMPARE(service.status(), cx::AnalysisService::Status::Loading);
    QVERIFY(service.waitUntilIdle(120000));
    QCOMPARE(service.status(), cx::AnalysisService::Status::Ready);
    QVERIFY(progress.count() >= 1);
    QCOMPARE(service.cube()->complaintTotal(), m_truth["complaints_unique"_L1].toInteger());
}

void TestAnalysisService::waitsForAnotherProgramsImport()
{
    std::unique_ptr<cx::Workspace> workspace = openCopy(u"waiting.cxw"_s);
    QVERIFY(workspace);
    // Another program imports: it holds the import lock and the write lock the fold needs.
    auto lock = std::make_unique<cx::ImportLock>(workspace->path());
    QString error;
    QVERIFY2(lock->acquire(std::chrono::milliseconds(0), {}, &error), qPrintable(error));
    cx::sqlite::Database writer;
    QVERIFY(writer.open(workspace->path()));
    QVERIFY(writer.exec(u"BEGIN IMMEDIATE; "_s + emptyAggregates));
    cx::AnalysisService service;
    QSignalSpy progress(&service, &cx::AnalysisService::progress);
    service.setWorkspace(workspace.get());
    const auto waitingSaid = [&progress] {
        for (const QList<QVariant> &signal : std::as_const(progress))
            if (signal.at(1).toString() == u"Waiting for another program to finish importing into this workspace…"_s)
                return true;
        return false;
    };
    QTRY_VERIFY_WITH_TIMEOUT(waitingSaid(), 10000);
    QTest::qWait(200);
    QCOMPARE(service.status(), cx::AnalysisService::Status::Loading);

    // The import commits (its rows now need the fold) and lets go: the load goes on from there.
    QVERIFY(writer.exec(u"COMMIT"_s));
    lock.reset();
    QVERIFY(service.waitUntilIdle(120000));
    QCOMPARE(service.status(), cx::AnalysisService::Status::Ready);
    QCOMPARE(service.cube()->complaintTotal(), m_truth["complaints_unique"_L1].toInteger());
    QCOMPARE(cx::aggregateState(writer), cx::AggregateState::Current);
}

void TestAnalysisService::reloadsAfterAnImport()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"growing.cxw"_s);
    const QString h1 = QDir(m_data).filePath(u"complaints_2024H1_gbk.csv"_s);
    QVERIFY(cx::test::createWorkspace(path, {h1}).isEmpty());
    cx::WorkspaceError error;
    auto workspace = cx::Workspace::open(path, &error);
    QVERIFY(workspace);
    cx::AnalysisService service;
    service.setWorkspace(workspace.get());
    QVERIFY(service.waitUntilIdle(60000));
    const qint64 before = service.result()->complaints;
    QCOMPARE(before, countOf(*workspace, u"SELECT count(*) FROM complaint"_s));
    QCOMPARE(service.result()->responses, 0);
    const auto browseIndex = [&] {
        cx::sqlite::Database db;
        return db.open(path) && cx::ComplaintBrowser::hasBrowseIndex(db);
    };
    // Complaint browsing gets its index in the background.
    QTRY_VERIFY_WITH_TIMEOUT(!service.isIndexing(), 60000);
    QVERIFY(browseIndex());

    // Another program imports more rows; the workspace says its data changed.
    cx::Importer importer(path);
    const cx::ImportReport report = importer.importFile(QDir(m_data).filePath(u"complaints_2024H2_utf8bom.csv"_s));
    QVERIFY2(!report.failed(), qPrintable(report.error));
    QVERIFY2(!browseIndex(), "a complaint import loads without the browse index");
    const auto keywordsBehind = [&] {
        cx::sqlite::Database db;
        return db.open(path) && cx::keywordsBehind(db);
    };
    // The sample's texts repeat (969 texts for 12,000 complaints): the import counted their keywords.
    QVERIFY(!keywordsBehind());
    QSignalSpy loaded(&service, &cx::AnalysisService::cubeLoaded);
    QSignalSpy progress(&service, &cx::AnalysisService::progress);
    const auto keywordPermille = [&] {
        QList<int> permille;
        for (const QList<QVariant> &signal : std::as_const(progress))
            if (signal.at(1).toString() == u"Finding the keywords of newly imported complaints…"_s)
                permille << signal.at(0).toInt();
        return permille;
    };
    workspace->notifyDataChanged();
    QVERIFY(service.waitUntilIdle(60000));
    QCOMPARE(loaded.count(), 1);
    QCOMPARE(keywordPermille(), QList<int>());
    QCOMPARE(service.result()->complaints, m_truth["complaints_unique"_L1].toInteger());
    QVERIFY(service.result()->complaints > before);
    QCOMPARE(service.result()->months.size(), qsizetype(12));
    QTRY_VERIFY_WITH_TIMEOUT(!service.isIndexing(), 60000);
    QVERIFY(browseIndex());

    // Complaints each with a text of its own: the import leaves their
    // keywords to the load, which shows them as a step of their own.
    QFile texts(dir.filePath(u"texts.csv"_s));
    QVERIFY(texts.open(QIODevice::WriteOnly));
    texts.write("工单流水号,受理时间,受理渠道,归属地市,业务名称,投诉三级分类,投诉内容\n");
    for (int i = 0; i < 8; ++i)
        texts.write("GDT" + QByteArray::number(i) + ",2024-12-0" + QByteArray::number(i + 1)
                    + " 10:00:00,10086热线,深圳,咪咕视频,网速慢,晚上看球赛卡顿第" + QByteArray::number(i) + "次\n");
    texts.close();
    const cx::ImportReport textReport = importer.importFile(texts.fileName());
    QVERIFY2(!textReport.failed(), qPrintable(textReport.error));
    QVERIFY(keywordsBehind());
    progress.clear();
    workspace->notifyDataChanged();
    QVERIFY(service.waitUntilIdle(60000));
    QCOMPARE(loaded.count(), 2);
    const QList<int> permille = keywordPermille();
    QVERIFY(!permille.isEmpty());
    QVERIFY(std::is_sorted(permille.cbegin(), permille.cend()));
    QVERIFY(permille.constFirst() >= 0 && permille.constLast() == 1000);
    QVERIFY(!keywordsBehind());
    QCOMPARE(service.result()->complaints, m_truth["complaints_unique"_L1].toInteger() + 8);
    // The workspace opens again with its browse index (the schema check knows it).
    QVERIFY2(cx::Workspace::open(path, &error), qPrintable(error.message));
}

void TestAnalysisService::computesFactsOnDemandAndKeepsThem()
{
    cx::AnalysisService service;
    std::unique_ptr<cx::Workspace> workspace;
    loadSample(service, workspace);
    if (QTest::currentTestFailed())
        return;
    QSignalSpy ready(&service, &cx::AnalysisService::factReady);
    QVERIFY(!service.request(cx::FactKind::Kano));
    QVERIFY(!service.request(cx::FactKind::Kano)); // asked twice, computed once
    QVERIFY(service.waitUntilIdle(60000));
    QCOMPARE(ready.count(), 1);
    QCOMPARE(ready.at(0).at(0).value<cx::FactKind>(), cx::FactKind::Kano);
    QVERIFY(service.facts().kano);
    QCOMPARE(service.facts().kano->size(), m_truth["kano_true_class"_L1].toObject().size());
    QVERIFY(service.request(cx::FactKind::Kano));

    // Attainment covers the period's last month and the one before.
    service.setFilter(monthFilter(u"2024-07"_s));
    QVERIFY(service.waitUntilIdle(30000));
    QVERIFY(!service.facts().kano);
    QVERIFY(!service.request(cx::FactKind::Attainment));
    QVERIFY(service.waitUntilIdle(30000));
    QVERIFY(service.facts().attainment);
    QSet<QString> months;
    for (const cx::IndicatorAttainment &a : *service.facts().attainment)
        months.insert(a.month);
    QCOMPARE(months, (QSet<QString>{u"2024-06"_s, u"2024-07"_s}));

    // Back to the whole history: its Kano result is still there.
    service.setFilter({});
    QVERIFY(service.waitUntilIdle(30000));
    QVERIFY(service.request(cx::FactKind::Kano));
}

void TestAnalysisService::complaintTableFetchesPagesAsynchronously()
{
    cx::AnalysisService service;
    std::unique_ptr<cx::Workspace> workspace;
    loadSample(service, workspace);
    if (QTest::currentTestFailed())
        return;
    cx::ComplaintTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setSource(service.browseWorker(), service.cube());
    QCOMPARE(model.rowCount(), 0);

    cx::ComplaintSelection selection;
    selection.stage = u"使用"_s;
    model.setSelection(selection);
    QVERIFY(model.isLoading());
    QCOMPARE(model.rowCount(), 0); // nothing yet: the rows are found on the worker
    QTRY_VERIFY_WITH_TIMEOUT(!model.isLoading(), 30000);
    QCOMPARE(model.rowCount(), m_truth["complaints_by_stage"_L1].toObject()[u"使用"_s].toInt());

    // A row's contents arrive after the view asked for them.
    const QModelIndex last = model.index(model.rowCount() - 1, int(cx::ComplaintColumn::Stage));
    QVERIFY(!model.data(last, cx::ComplaintTableModel::LoadedRole).toBool());
    QVERIFY(model.data(last).toString().isEmpty());
    QTRY_VERIFY_WITH_TIMEOUT(model.data(last, cx::ComplaintTableModel::LoadedRole).toBool(), 10000);
    QCOMPARE(model.data(last).toString(), u"使用"_s);
    // Newest first by default.
    model.prefetch(0, 0);
    QTRY_VERIFY(model.isLoaded(0, 0));
    QVERIFY(model.complaint(0)->acceptedAt >= model.complaint(model.rowCount() - 1)->acceptedAt);
    // Phone numbers are masked.
    static const QRegularExpression masked(u"^\\d{3}\\*{4}\\d{4}$"_s);
    QVERIFY2(masked.match(model.complaint(0)->phone).hasMatch(), qPrintable(model.complaint(0)->phone));
}

void TestAnalysisService::complaintTableSortsAndSearches_data()
{
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("sql");
    QTest::newRow("time") << int(cx::ComplaintColumn::AcceptedAt) << u"accepted_at"_s;
    QTest::newRow("city") << int(cx::ComplaintColumn::City) << u"city"_s;
    QTest::newRow("channel") << int(cx::ComplaintColumn::Channel) << u"channel"_s;
    QTest::newRow("category") << int(cx::ComplaintColumn::Category) << u"category3"_s;
}

void TestAnalysisService::complaintTableSortsAndSearches()
{
    QFETCH(int, column);
    QFETCH(QString, sql);
    cx::AnalysisService service;
    std::unique_ptr<cx::Workspace> workspace;
    loadSample(service, workspace);
    if (QTest::currentTestFailed())
        return;
    cx::ComplaintTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setSource(service.browseWorker(), service.cube());
    cx::ComplaintSelection selection;
    selection.filter = cityFilter(u"2024-08"_s, u"深圳"_s);
    model.setSelection(selection);
    QTRY_VERIFY_WITH_TIMEOUT(!model.isLoading(), 30000);
    const qint64 total = countOf(*workspace, u"SELECT count(*) FROM complaint WHERE month = '2024-08' AND city = '深圳'"_s);
    QCOMPARE(model.rowCount(), int(total));

    model.sort(column, Qt::AscendingOrder);
    QTRY_VERIFY_WITH_TIMEOUT(!model.isLoading(), 30000);
    QCOMPARE(model.rowCount(), int(total));
    model.prefetch(0, model.rowCount() - 1);
    QTRY_VERIFY_WITH_TIMEOUT(model.isLoaded(0, model.rowCount() - 1), 30000);
    QStringList values;
    for (int row = 0; row < model.rowCount(); ++row)
        values << model.data(model.index(row, column)).toString();
    QStringList sorted = values;
    if (column != int(cx::ComplaintColumn::AcceptedAt)) {
        // Grouped: each value forms one run, in collation order.
        QStringList runs;
        for (const QString &value : values)
            if (runs.isEmpty() || runs.constLast() != value)
                runs << value;
        QCOMPARE(runs.size(), qsizetype(QSet<QString>(values.cbegin(), values.cend()).size()));
        QCOMPARE(runs.size(), qsizetype(countOf(*workspace, u"SELECT count(DISTINCT %1) FROM complaint WHERE month = "
                                                              "'2024-08' AND city = '深圳'"_s.arg(sql))));
    } else {
        std::sort(sorted.begin(), sorted.end());
        QCOMPARE(values, sorted);
    }

    // Searching the text narrows the rows to those containing it.
    model.setSearchText(u"卡顿"_s);
    QTRY_VERIFY_WITH_TIMEOUT(!model.isLoading() && model.isCurrent(), 30000);
    QCOMPARE(model.rowCount(), int(countOf(*workspace, u"SELECT count(*) FROM complaint WHERE month = '2024-08' AND "
                                                         "city = '深圳' AND content LIKE '%卡顿%'"_s)));
    QVERIFY(model.rowCount() > 0);
    model.prefetch(0, 0);
    QTRY_VERIFY(model.isLoaded(0, 0));
    QVERIFY(model.complaint(0)->content.contains(u"卡顿"_s));
}

void TestAnalysisService::forgetsTheWorkspace()
{
    cx::AnalysisService service;
    std::unique_ptr<cx::Workspace> workspace;
    loadSample(service, workspace);
    if (QTest::currentTestFailed())
        return;
    QSignalSpy changed(&service, &cx::AnalysisService::workspaceChanged);
    service.setWorkspace(nullptr);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(service.status(), cx::AnalysisService::Status::NoWorkspace);
    QVERIFY(!service.result());
    QVERIFY(!service.cube());
    QVERIFY(!service.browseWorker());
    QVERIFY(!service.request(cx::FactKind::Kano));
}

void TestAnalysisService::summarisesWhatTheWorkspaceHolds()
{
    QTemporaryDir dir;
    cx::WorkspaceError error;
    auto empty = cx::Workspace::create(dir.filePath(u"empty.cxw"_s), &error);
    QVERIFY(empty);
    const cx::WorkspaceSummary none = cx::WorkspaceSummary::read(empty->database());
    QVERIFY(!none.hasComplaints);
    QCOMPARE(none.surveyResponses, 0);
    QCOMPARE(none.productMonths, 0);
    QCOMPARE(none.indicators, 0);
    QCOMPARE(none.indicatorValues, 0);

    cx::AnalysisService service;
    std::unique_ptr<cx::Workspace> workspace;
    loadSample(service, workspace);
    if (QTest::currentTestFailed())
        return;
    const cx::WorkspaceSummary &sample = service.summary();
    QVERIFY(sample.hasComplaints);
    QCOMPARE(sample.surveyResponses, m_truth["survey_responses"_L1].toInteger());
    QCOMPARE(sample.productMonths, countOf(*workspace, u"SELECT count(*) FROM product_monthly"_s));
    QVERIFY(sample.productMonths > 0);
    QCOMPARE(sample.indicators, countOf(*workspace, u"SELECT count(*) FROM indicator"_s));
    QVERIFY(sample.indicators > 0);
    QCOMPARE(sample.indicatorValues, countOf(*workspace, u"SELECT count(*) FROM indicator_value"_s));
    QVERIFY(sample.indicatorValues > 0);
}

QTEST_GUILESS_MAIN(TestAnalysisService)
#include "tst_analysisservice.moc"
