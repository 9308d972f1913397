// The service-quality view on the sample exports: the departments ranked by
// 一次解决率 with lights, changes and sparklines, the channel and region
// switch, a department's detail (trend with alert months, worst categories,
// its complaints), the journey's department lane tooltip, the responsibility
// map's department tooltips (saved as text and PNG too), the view in
// English and Chinese saved as PNG (to $CX_GRAB_DIR when set), and a
// department's significant drop (a hand-made export) drafted as a work order.

#include "application.h"
#include "charts/chart.h"
#include "complaints/complainttable.h"
#include "deskfixture.h"
#include "samplewindow.h"
#include "filterbar.h"
#include "mainwindow.h"
#include "service/analysisservice.h"
#include "service/complainttablemodel.h"
#include "service/deskformat.h"
#include "service/journeymodel.h"
#include "service/servicecategorymodel.h"
#include "service/servicerankingmodel.h"
#include "settings/language.h"
#include "settings/preferences.h"
#include "testsupport.h"
#include "views/detailpanel.h"
#include "graph/graphview.h"
#include "views/journeyview.h"
#include "views/responsibilityview.h"
#include "views/servicequalityview.h"
#include "views/workorderview.h"
#include "workorders/workorder.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFile>
#include <QToolTip>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>
#include <memory>

using namespace Qt::StringLiterals;

class TestServiceQualityView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void ranksDepartments();
    void switchesGrouping();
    void opensADepartment();
    void journeyLaneShowsHandling();
    void mapDepartmentsShowHandling();
    void rendersInBothLanguages();
    void draftsAWorkOrderFromAChange();

private:
    cx::ServiceQualityView *show();
    void select(cx::ServiceQualityView *view, const QString &group);
    void grab(const QString &name);

    QTemporaryDir m_dir;
    cx::test::SampleWindow m_sample;
    cx::MainWindow *m_window = nullptr;
};

void TestServiceQualityView::initTestCase()
{
    CX_REQUIRE_SHARED_DATA(data);
    const QString error = m_sample.open(m_dir.path(), data, u"en"_s);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    m_window = m_sample.window();
    m_sample.showMonth(u"2024-08"_s);
}

void TestServiceQualityView::cleanupTestCase()
{
    m_sample.close();
    m_window = nullptr;
}

cx::ServiceQualityView *TestServiceQualityView::show()
{
    return m_sample.show<cx::ServiceQualityView>();
}

void TestServiceQualityView::select(cx::ServiceQualityView *view, const QString &group)
{
    const int row = view->model()->rowOf(group);
    QVERIFY(row >= 0);
    view->table()->selectRow(row);
}

void TestServiceQualityView::grab(const QString &name)
{
    cx::settle(*m_window, 60000);
    QVERIFY(m_window->grab().toImage().save(m_sample.grabPath(name + u".png"_s)));
}

void TestServiceQualityView::ranksDepartments()
{
    cx::ServiceQualityView *view = show();
    QVERIFY(view);
    QVERIFY(view->isUpToDate());
    const cx::ServiceRankingModel *model = view->model();
    QCOMPARE(model->rowCount(), 7); // the sample's seven handling departments
    QCOMPARE(model->measure(), cx::ServiceMeasure::FirstTimeRate);
    double previous = 2;
    qint64 complaints = 0;
    for (int row = 0; row < model->rowCount(); ++row) {
        const double rate = model->data(model->index(row, cx::ServiceRankingModel::Measure), cx::ValueRole).toDouble();
        QVERIFY(rate <= previous); // best first
        previous = rate;
        QVERIFY(model->data(model->index(row, cx::ServiceRankingModel::Measure), cx::LightRole).isValid());
        const QModelIndex measure = model->index(row, cx::ServiceRankingModel::Measure);
        QVERIFY(std::isfinite(model->data(measure, cx::DeltaRole).toDouble()));
        // Each change carries its test: coloured when significant, grey when not, the p in the tooltip.
        const QVariant significant = model->data(measure, cx::SignificantRole);
        QVERIFY(significant.isValid());
        const QString tip = model->data(measure, Qt::ToolTipRole).toString();
        QVERIFY2(tip.contains(significant.toBool() ? u"Change significant (p"_s : u"Change not significant (p"_s)
                     && tip.contains(u"two-proportion z-test"_s),
                 qPrintable(tip));
        QCOMPARE(model->data(model->index(row, cx::ServiceRankingModel::Trend), cx::SeriesRole).value<QList<double>>().size(),
                 8); // 2024-01 … 2024-08
        complaints += model->group(row)->period.complaints;
    }
    QCOMPARE(complaints, 2004); // every complaint of 2024-08 (computed from the CSV files)
    // 网络部: 245 of 547 resolved the first time.
    const int network = model->rowOf(u"网络部"_s);
    QVERIFY(network >= 0);
    QVERIFY(model->data(model->index(network, cx::ServiceRankingModel::Measure)).toString().startsWith(u"44.8%"_s));
    QCOMPARE(model->data(model->index(network, cx::ServiceRankingModel::N)).toString(), u"547"_s);
    QCOMPARE(model->data(model->index(network, cx::ServiceRankingModel::HoursP90)).toString(), u"35.1 h"_s);
}

void TestServiceQualityView::switchesGrouping()
{
    cx::ServiceQualityView *view = show();
    view->setGrouping(cx::ServiceGrouping::Channel);
    QVERIFY(view->model()->rowOf(u"工信部申诉"_s) >= 0);
    QCOMPARE(view->model()->rowCount(), 7);
    view->setMeasure(cx::ServiceMeasure::RegulatorPerMillion);
    // Only the regulator's channel has appeals: it ranks last, lower being better.
    QCOMPARE(view->model()->group(view->model()->rowCount() - 1)->name, u"工信部申诉"_s);
    view->setGrouping(cx::ServiceGrouping::Area);
    QCOMPARE(view->model()->rowCount(), 12); // the sample's cities
    view->setGrouping(cx::ServiceGrouping::Department);
    view->setMeasure(cx::ServiceMeasure::FirstTimeRate);
}

void TestServiceQualityView::opensADepartment()
{
    cx::ServiceQualityView *view = show();
    const int row = view->model()->rowOf(u"网络部"_s);
    QTableView *table = view->table();
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {},
                      table->visualRect(view->model()->index(row, cx::ServiceRankingModel::Group)).center());
    cx::settle(*m_window, 30000);
    QVERIFY(view->detail()->isVisible());
    QVERIFY(view->detail()->chart()->hasData());
    QVERIFY(view->categories()->rowCount() > 0);
    // Worst first: the most complaints not resolved the first time.
    const auto failures = [&](int r) { return view->categories()->row(r)->figures.failures(cx::ServiceMeasure::FirstTimeRate); };
    for (int r = 1; r < view->categories()->rowCount(); ++r)
        QVERIFY(failures(r - 1) >= failures(r));
    QTRY_COMPARE(view->detail()->complaints()->model()->rowCount() > 0, true);
    grab(u"service-detail"_s);
    QVERIFY(view->closeDetail());
    QVERIFY(!view->detail()->isVisible());
}

void TestServiceQualityView::journeyLaneShowsHandling()
{
    for (int i = 0; i < m_window->views().size(); ++i)
        if (qobject_cast<cx::JourneyView *>(m_window->views().at(i)))
            m_window->showView(i);
    cx::settle(*m_window, 30000);
    auto *journey = m_window->findChild<cx::JourneyView *>();
    QVERIFY(journey);
    QString tips;
    for (int column = 0; column < journey->model()->columnCount(); ++column)
        tips += journey->model()->data(journey->model()->index(cx::JourneyModel::Departments, column), Qt::ToolTipRole).toString();
    QVERIFY2(tips.contains(u"一次解决率"_s) && tips.contains(u"(n = "_s), qPrintable(tips));
}

void TestServiceQualityView::mapDepartmentsShowHandling()
{
    auto *map = m_sample.show<cx::ResponsibilityView>();
    QVERIFY(map);
    const auto tipOf = [map](const QString &department) {
        for (const QGraphicsItem *item : map->graphView()->nodeItems())
            if (item->toolTip().contains(department) && item->toolTip().contains(u"<br>"_s))
                return item->toolTip();
        return QString();
    };
    QTRY_VERIFY_WITH_TIMEOUT(!map->isLayingOut() && tipOf(u"网络部"_s).contains(u"Handling of its complaints"_s), 30000);
    // The province's 网络部 in 2024-08: 245 of 547 resolved the first time (computed from the CSV files).
    const auto &byCity = *m_window->analysisService()->facts().serviceByCity;
    const auto august = [&](const QString &city) {
        const cx::ServiceQuality &q = byCity.value(city);
        const cx::ServiceGroup *network = q.find(cx::ServiceGrouping::Department, u"网络部"_s);
        return network ? network->month(int(q.months.indexOf(u"2024-08"_s))) : cx::ServiceFigures();
    };
    QCOMPARE(august(QString()).n(cx::ServiceMeasure::FirstTimeRate), 547);
    QCOMPARE(august(QString()).firstTime, 245);
    // The map's city narrows the complaints to it.
    const cx::ServiceFigures shenzhen = august(u"深圳"_s);
    QVERIFY(shenzhen.complaints > 0 && shenzhen.complaints < 547);
    map->showMonth(u"2024-08"_s, u"深圳"_s);
    QTRY_VERIFY_WITH_TIMEOUT(!map->isLayingOut() && tipOf(u"网络部"_s).contains(u"深圳 · 2024-08"_s), 30000);
    QString tip = tipOf(u"网络部"_s);
    const QString firstTime = u"一次解决率 (first-time resolution): %1 (n = %2)"_s.arg(
        cx::ServiceRankingModel::format(cx::ServiceMeasure::FirstTimeRate, shenzhen.value(cx::ServiceMeasure::FirstTimeRate), {}))
                                  .arg(shenzhen.n(cx::ServiceMeasure::FirstTimeRate));
    QVERIFY2(tip.contains(firstTime), qPrintable(firstTime + u" in "_s + tip));
    QVERIFY2(tip.contains(u"Complaints: %1"_s.arg(shenzhen.complaints)), qPrintable(tip));
    for (const QString &measure : {u"解决率"_s, u"重复投诉率"_s, u"升级率"_s, u"Handling hours p90"_s, u"超时率"_s, u"回访满意率"_s})
        QVERIFY2(tip.contains(measure), qPrintable(measure + u": "_s + tip));

    // Saved for a look, in English and Chinese.
    for (const QString &language : {u"en"_s, u"zh_CN"_s}) {
        m_sample.languages().apply(language);
        QApplication::processEvents();
        tip = tipOf(u"网络部"_s);
        QVERIFY(!tip.isEmpty());
        QFile text(m_sample.grabPath(u"map-department-tooltip-%1.html"_s.arg(language)));
        QVERIFY(text.open(QIODevice::WriteOnly));
        text.write(tip.toUtf8());
        QToolTip::showText(map->mapToGlobal(map->rect().center()), tip, map);
        QWidget *label = nullptr;
        QTRY_VERIFY((label = [] {
            for (QWidget *w : QApplication::topLevelWidgets())
                if (w->inherits("QTipLabel") && w->isVisible())
                    return w;
            return static_cast<QWidget *>(nullptr);
        }()));
        QVERIFY(label->grab().save(m_sample.grabPath(u"map-department-tooltip-%1.png"_s.arg(language))));
        QToolTip::hideText();
    }
    m_sample.languages().apply(u"en"_s);
    QApplication::processEvents();
}

void TestServiceQualityView::rendersInBothLanguages()
{
    cx::ServiceQualityView *view = show();
    grab(u"service-en"_s);
    m_sample.languages().apply(u"zh_CN"_s);
    QApplication::processEvents();
    QVERIFY(view->isUpToDate());
    grab(u"service-zh_CN"_s);
    m_sample.languages().apply(u"en"_s);
    QApplication::processEvents();
    QCOMPARE(view->title(), u"Service quality"_s);
}

void TestServiceQualityView::draftsAWorkOrderFromAChange()
{
    // The sample's handling changes are none significant: nothing to draft.
    cx::ServiceQualityView *view = show();
    QVERIFY(m_window->analysisService()->result()->service.changes.isEmpty());
    select(view, u"网络部"_s);
    QVERIFY(!view->workOrderAction()->isEnabled());

    // 家客部 resolved 90 of 100 complaints the first time in 2024-06, 60 of 100 in 2024-07.
    m_sample.close();
    QVERIFY(QDir().mkpath(m_dir.filePath(u"drop"_s)));
    const QString error = m_sample.open(m_dir.filePath(u"drop"_s), cx::test::uiFixture(u"service_drop"_s), u"en"_s);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    m_window = m_sample.window();
    view = show();
    QVERIFY(view);
    select(view, u"网络部"_s); // steady at 80 %
    QVERIFY(!view->workOrderAction()->isEnabled());
    select(view, u"家客部"_s);
    QVERIFY(view->workOrderAction()->isEnabled());
    const cx::ServiceChange *change = view->selectedChange();
    QVERIFY(change);
    // Of the three measures that fell in the same month, the ranking's.
    QCOMPARE(change->measure, cx::ServiceMeasure::FirstTimeRate);
    grab(u"service-work-order"_s);

    QSignalSpy drafts(view, &cx::ServiceQualityView::workOrderDraftReady);
    QCOMPARE(view->workOrderAction()->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    view->table()->setFocus();
    QTest::keyClick(view->table(), Qt::Key_O, Qt::ControlModifier | Qt::ShiftModifier);
    QTRY_COMPARE_WITH_TIMEOUT(drafts.size(), 1, 20000);
    const auto draft = drafts.at(0).at(0).value<cx::WorkOrder>();
    QCOMPARE(draft.ownerDepartment, u"家客部"_s);
    QVERIFY2(draft.title.contains(u"家客部"_s) && draft.title.contains(u"一次解决率"_s), qPrintable(draft.title));
    QVERIFY2(draft.symptom.contains(u"2024-06"_s) && draft.symptom.contains(u"2024-07"_s)
                 && draft.symptom.contains(u"90.0%"_s) && draft.symptom.contains(u"60.0%"_s),
             qPrintable(draft.symptom));
    QCOMPARE(draft.baseline.month, u"2024-07"_s);
    QCOMPARE(draft.baseline.value, 0.6);
    QCOMPARE(draft.baseline.n, 100);
    QCOMPARE(draft.targetValue, 0.9);
    QVERIFY(draft.evidence.contains(u"\"first_time_rate\""_s));
    // The main window opens it in the work-order view.
    auto *workOrders = m_window->findChild<cx::WorkOrderView *>();
    QVERIFY(workOrders);
    QTRY_VERIFY(workOrders->isVisible());
    QTRY_VERIFY_WITH_TIMEOUT(!workOrders->isBusy(), 20000);
}

QTEST_MAIN(TestServiceQualityView)
#include "tst_servicequalityview.moc"
