// Thin workspaces: nothing imported, only complaints, only survey responses,
// a single month, no workspace at all. Every desk view must say what is
// missing and how to get it (an Import… button), draw no zero for a figure
// it cannot compute, and never crash.

#include "application.h"
#include "charts/chart.h"
#include "deskfixture.h"
#include "mainwindow.h"
#include "service/analysisservice.h"
#include "service/deskformat.h"
#include "service/journeymodel.h"
#include "service/productstatusmodel.h"
#include "settings/language.h"
#include "settings/preferences.h"
#include "views/alertsview.h"
#include "views/dashboardview.h"
#include "views/driversview.h"
#include "views/funnelview.h"
#include "views/headlinecard.h"
#include "views/hotspotsview.h"
#include "views/journeyview.h"
#include "views/kanoview.h"
#include "views/lifecycleview.h"
#include "views/servicequalityview.h"

#include <QDir>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>
#include <memory>

using namespace Qt::StringLiterals;

namespace {

enum class Thin { Nothing, ComplaintsOnly, SurveysOnly, SingleMonth, NoWorkspace };

QString cardValue(cx::AnalysisView *view, int index)
{
    const QList<cx::HeadlineCard *> cards = view->findChildren<cx::HeadlineCard *>();
    return index < cards.size() ? cards.at(index)->value() : QString();
}

} // namespace

class TestThinData : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void everyViewSaysWhatIsMissing_data();
    void everyViewSaysWhatIsMissing();

private:
    QTemporaryDir m_dir;
    QString m_grabDir;
};

void TestThinData::initTestCase()
{
    cx::configureApplication(*qApp);
    m_grabDir = qEnvironmentVariable("CX_GRAB_DIR", m_dir.filePath(u"grab"_s));
    QDir().mkpath(m_grabDir);
}

void TestThinData::everyViewSaysWhatIsMissing_data()
{
    QTest::addColumn<int>("thin");
    QTest::addColumn<QStringList>("files");
    const QString complaints = cx::test::uiFixture(u"complaints_2024-07_300.csv"_s);
    const QString surveys = cx::test::uiFixture(u"survey_2024-07_80.xlsx"_s);
    QTest::newRow("nothing imported") << int(Thin::Nothing) << QStringList();
    QTest::newRow("complaints only") << int(Thin::ComplaintsOnly) << QStringList{complaints};
    QTest::newRow("surveys only") << int(Thin::SurveysOnly) << QStringList{surveys};
    QTest::newRow("single month") << int(Thin::SingleMonth) << QStringList{complaints, surveys};
    QTest::newRow("no workspace") << int(Thin::NoWorkspace) << QStringList();
}

void TestThinData::everyViewSaysWhatIsMissing()
{
    QFETCH(int, thin);
    QFETCH(QStringList, files);
    const auto kind = Thin(thin);
    const QString path = m_dir.filePath(QString::fromLatin1(QTest::currentDataTag()).replace(u' ', u'-') + u".cxw"_s);
    if (kind != Thin::NoWorkspace) {
        const QString error = cx::test::createWorkspace(path, files);
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }
    cx::Preferences preferences(m_dir.filePath(u"prefs.ini"_s));
    cx::LanguageManager languages;
    languages.apply(u"en"_s);
    cx::MainWindow window(preferences, languages);
    window.resize(1366, 768);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    if (kind != Thin::NoWorkspace)
        QVERIFY(window.openWorkspace(path, false));
    cx::settle(window, 60000);

    QList<cx::AnalysisView *> views;
    for (cx::WorkspaceView *view : window.views())
        if (auto *analysis = qobject_cast<cx::AnalysisView *>(view))
            views << analysis;
    QCOMPARE(views.size(), 10);
    for (cx::AnalysisView *view : std::as_const(views)) {
        window.showView(int(window.views().indexOf(view)));
        cx::settle(window, 30000);
        const QString name = QString::fromLatin1(view->metaObject()->className()).remove(u"cx::"_s);
        const QImage image = window.grab().toImage();
        QVERIFY(!image.isNull());
        image.save(QDir(m_grabDir).filePath(u"%1-%2.png"_s.arg(QString::fromLatin1(QTest::currentDataTag()), name)));
        const QString state = view->stateMessage();
        const QString notice = view->noticeText();
        // Lifecycle reads product figures only, Kano survey answers only; none of these workspaces has product figures.
        const bool lifecycle = qobject_cast<cx::LifecycleView *>(view) != nullptr;
        // The funnel reads funnel rates only, the drivers indicator actuals and survey scores.
        const bool funnel = qobject_cast<cx::FunnelView *>(view) != nullptr;
        const bool needsComplaints = !lifecycle && !funnel && !qobject_cast<cx::KanoView *>(view)
            && !qobject_cast<cx::DriversView *>(view);
        // Hotspots and service quality need no survey.
        const bool needsSurveys =
            !lifecycle && !funnel && !qobject_cast<cx::HotspotsView *>(view) && !qobject_cast<cx::ServiceQualityView *>(view);
        if (lifecycle && (kind == Thin::ComplaintsOnly || kind == Thin::SurveysOnly || kind == Thin::SingleMonth))
            QVERIFY2(notice.contains(u"No product figures"_s), qPrintable(notice));
        switch (kind) {
        case Thin::NoWorkspace:
            QVERIFY2(state.contains(u"No workspace open"_s), qPrintable(state));
            break;
        case Thin::Nothing:
            QVERIFY2(state.contains(u"no complaints or survey responses"_s), qPrintable(state));
            QCOMPARE(view->stateAction(), u"Import…"_s);
            break;
        case Thin::ComplaintsOnly:
            QVERIFY(state.isEmpty());
            if (needsSurveys)
                QVERIFY2(notice.contains(u"No survey responses"_s), qPrintable(name + u": "_s + notice));
            break;
        case Thin::SurveysOnly:
            QVERIFY(state.isEmpty());
            if (needsComplaints)
                QVERIFY2(notice.contains(u"No complaints"_s), qPrintable(name + u": "_s + notice));
            break;
        case Thin::SingleMonth:
            QVERIFY(state.isEmpty());
            if (qobject_cast<cx::DashboardView *>(view) || qobject_cast<cx::HotspotsView *>(view))
                QVERIFY2(notice.contains(u"Only one month of data (2024-07)"_s), qPrintable(name + u": "_s + notice));
            if (qobject_cast<cx::AlertsView *>(view))
                QVERIFY2(notice.contains(u"only 1 month"_s), qPrintable(notice));
            break;
        }
    }
    if (kind == Thin::Nothing || kind == Thin::NoWorkspace)
        return;

    // No zero stands in for what cannot be computed.
    auto *dashboard = qobject_cast<cx::DashboardView *>(views.at(0));
    auto *journey = qobject_cast<cx::JourneyView *>(views.at(1));
    auto *hotspots = qobject_cast<cx::HotspotsView *>(views.at(2));
    window.showView(0);
    cx::settle(window, 30000);
    const cx::ProductStatusModel *grid = dashboard->statusModel();
    window.showView(1);
    cx::settle(window, 30000);
    const cx::JourneyModel *map = journey->model();
    QCOMPARE(map->columnCount(), 7);
    if (kind == Thin::ComplaintsOnly) {
        QCOMPARE(cardValue(dashboard, 3), cx::DeskFormat::noSurveyData());
        QCOMPARE(grid->data(grid->index(0, cx::ProductStatusModel::Satisfaction)).toString(), cx::DeskFormat::noSurveyData());
        for (int column = 0; column < map->columnCount(); ++column)
            QCOMPARE(map->data(map->index(cx::JourneyModel::Satisfaction, column)).toString(), cx::DeskFormat::noSurveyData());
    }
    if (kind == Thin::SurveysOnly) {
        QCOMPARE(cardValue(dashboard, 0), cx::DeskFormat::noComplaintData());
        for (int column = 0; column < map->columnCount(); ++column) {
            QCOMPARE(map->data(map->index(cx::JourneyModel::Complaints, column)).toString(), cx::DeskFormat::noComplaintData());
            QCOMPARE(map->data(map->index(cx::JourneyModel::Per10k, column)).toString(), cx::DeskFormat::noComplaintData());
        }
        window.showView(2);
        cx::settle(window, 30000);
        QVERIFY(!hotspots->chart()->hasData());
        QCOMPARE(hotspots->model()->rowCount(), 0);
    }
    if (kind == Thin::SingleMonth) {
        // Nothing to compare with: no change is shown, not a change of 0.
        QVERIFY(std::isnan(grid->data(grid->index(0, cx::ProductStatusModel::Satisfaction), cx::DeltaRole).toDouble()));
        QVERIFY(!grid->data(grid->index(0, cx::ProductStatusModel::Satisfaction)).toString().contains(u'±'));
        QVERIFY(map->data(map->index(cx::JourneyModel::Satisfaction, 3)).toString().contains(u'.'));
        window.showView(2);
        cx::settle(window, 30000);
        hotspots->setRanking(cx::HotspotRanking::Increase);
        QVERIFY(!hotspots->chart()->hasData());
    }
}

QTEST_MAIN(TestThinData)
#include "tst_thindata.moc"
