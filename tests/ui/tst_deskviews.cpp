// Every view of the monitoring desk rendered on the sample exports, saved as
// PNG (to $CX_GRAB_DIR when set, to look at them) and checked for what it
// must show: the stage names, the planted satisfaction drop among the alerts,
// the planted complaint spike first by increase in its month and city; and
// the clicks, keys and language switch that drive them.

#include "application.h"
#include "breadcrumb.h"
#include "charts/chart.h"
#include "complaints/complainttable.h"
#include "deskfixture.h"
#include "samplewindow.h"
#include "filterbar.h"
#include "mainwindow.h"
#include "service/alertmodel.h"
#include "service/analysisservice.h"
#include "service/complainttablemodel.h"
#include "service/deskformat.h"
#include "service/hotspotmodel.h"
#include "service/journeycomparisonmodel.h"
#include "service/journeymodel.h"
#include "service/productstatusmodel.h"
#include "settings/language.h"
#include "settings/preferences.h"
#include "testsupport.h"
#include "views/alertsview.h"
#include "views/dashboardview.h"
#include "views/detailpanel.h"
#include "views/hotspotsview.h"
#include "views/journeyview.h"

#include <QApplication>
#include <QClipboard>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QToolButton>
#include <QSet>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;

namespace {

// Distinct colours of an image: a blank page has one or two.
int colourCount(const QImage &image)
{
    QSet<QRgb> colours;
    const QImage small = image.convertToFormat(QImage::Format_RGB32);
    for (int y = 0; y < small.height(); y += 3)
        for (int x = 0; x < small.width(); x += 3)
            colours.insert(small.pixel(x, y));
    return int(colours.size());
}

QStringList headers(const QAbstractItemModel &model, Qt::Orientation orientation)
{
    QStringList texts;
    const int count = orientation == Qt::Horizontal ? model.columnCount() : model.rowCount();
    for (int i = 0; i < count; ++i)
        texts << model.headerData(i, orientation).toString();
    return texts;
}

} // namespace

class TestDeskViews : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void rendersEveryView();
    void dashboardShowsThePlantedDrop();
    void hotspotsRankThePlantedSpikeFirst();
    void journeyShowsTheStagesAndOpensAStage();
    void journeyComparesTwoMonthsAndTwoRegions();
    void alertsListThePlantedDrop();
    void alertOpensTheJourneyOnItsScope();
    void keyboardReachesEveryView();
    void breadcrumbDrillsDownAndUp();
    void chartsAndTablesExport();
    void retranslates();

private:
    QImage grab(const QString &name);
    void setFilter(const cx::AnalysisFilter &filter);
    template<typename View>
    View *show();

    QTemporaryDir m_dir;
    QJsonObject m_truth;
    cx::test::SampleWindow m_sample;
    cx::MainWindow *m_window = nullptr;
};

void TestDeskViews::initTestCase()
{
    CX_REQUIRE_SHARED_DATA(data);
    m_truth = cx::test::sampleTruth(data);
    QVERIFY(!m_truth.isEmpty());
    const QString error = m_sample.open(m_dir.path(), data, qEnvironmentVariable("CX_TEST_LANGUAGE", u"en"_s));
    QVERIFY2(error.isEmpty(), qPrintable(error));
    m_window = m_sample.window();
}

void TestDeskViews::cleanupTestCase()
{
    m_sample.close();
    m_window = nullptr;
}

template<typename View>
View *TestDeskViews::show()
{
    return m_sample.show<View>();
}

void TestDeskViews::setFilter(const cx::AnalysisFilter &filter)
{
    m_window->filterBar()->setFilter(filter);
    cx::settle(*m_window, 60000);
    // The bar names the period's ends even where the filter leaves them open.
    QCOMPARE(m_window->analysisService()->result()->filter, m_window->filterBar()->filter());
    QCOMPARE(m_window->filterBar()->filter().region, filter.region);
    QCOMPARE(m_window->filterBar()->filter().products, filter.products);
}

QImage TestDeskViews::grab(const QString &name)
{
    cx::settle(*m_window, 60000);
    const QImage image = m_window->grab().toImage();
    image.save(m_sample.grabPath(name + u".png"_s));
    return image;
}

void TestDeskViews::rendersEveryView()
{
    setFilter({});
    for (int i = 0; i < m_window->views().size(); ++i) {
        m_window->showView(i);
        const QString name = QString::fromLatin1(m_window->views().at(i)->metaObject()->className()).remove(u"cx::"_s);
        const QImage image = grab(u"%1-%2"_s.arg(i + 1, 2, 10, QLatin1Char('0')).arg(name));
        QVERIFY(!image.isNull());
        QCOMPARE(image.size(), m_window->size() * m_window->devicePixelRatio());
        QVERIFY2(colourCount(image) > 20, qPrintable(name + u" looks blank"_s));
        if (auto *view = qobject_cast<cx::AnalysisView *>(m_window->views().at(i)))
            QVERIFY2(view->isUpToDate(), qPrintable(name));
    }
}

void TestDeskViews::dashboardShowsThePlantedDrop()
{
    setFilter({});
    auto *dashboard = show<cx::DashboardView>();
    QVERIFY(dashboard);
    const QJsonObject drop = m_truth["planted_satisfaction_drop"_L1].toObject();
    const QString prefix = u"%1 · %2 · %3"_s.arg(drop["product"_L1].toString(), drop["stage"_L1].toString(),
                                                 drop["month"_L1].toString());
    const QStringList alerts = dashboard->alertTexts();
    QVERIFY2(std::any_of(alerts.cbegin(), alerts.cend(), [&](const QString &a) { return a.startsWith(prefix); }),
             qPrintable(alerts.join(u'\n')));
    // The grid: every product together first, then one row per product, each light with its value.
    const cx::ProductStatusModel *grid = dashboard->statusModel();
    QVERIFY(grid->rowCount() > 1);
    QCOMPARE(grid->data(grid->index(0, 0)).toString(), u"All products"_s);
    for (int column = 1; column < 5; ++column)
        QVERIFY(grid->data(grid->index(0, column), cx::LightRole).isValid());
    // Attainment arrives from the facts, for the first row.
    QTRY_VERIFY(grid->data(grid->index(0, cx::ProductStatusModel::Attainment)).toString().contains(u'/'));
    QCOMPARE(dashboard->hotspotModel()->rowCount(), 10);
    grab(u"dashboard"_s);
}

void TestDeskViews::hotspotsRankThePlantedSpikeFirst()
{
    const QJsonObject spike = m_truth["planted_complaint_spike"_L1].toObject();
    cx::AnalysisFilter filter;
    filter.fromMonth = filter.toMonth = spike["month"_L1].toString();
    filter.region = cx::RegionPath(spike["city"_L1].toString());
    setFilter(filter);
    auto *hotspots = show<cx::HotspotsView>();
    QVERIFY(hotspots);
    hotspots->setRanking(cx::HotspotRanking::Increase);
    cx::settle(*m_window, 10000);
    QVERIFY(hotspots->model()->rowCount() > 0);
    QCOMPARE(hotspots->model()->hotspot(0)->category, spike["category"_L1].toString());
    QVERIFY(hotspots->chart()->hasData());

    // Its complaints, in a click.
    hotspots->openCategory(spike["category"_L1].toString());
    cx::settle(*m_window, 30000);
    QVERIFY(hotspots->detail()->isVisible());
    const cx::ComplaintTableModel *complaints = hotspots->detail()->complaints()->model();
    QCOMPARE(qint64(complaints->rowCount()), hotspots->model()->hotspot(0)->complaints);
    QVERIFY(complaints->isLoaded(0, 0));
    QCOMPARE(complaints->complaint(0)->category, spike["category"_L1].toString());
    QCOMPARE(complaints->complaint(0)->city, spike["city"_L1].toString());
    grab(u"hotspots-spike"_s);
    hotspots->setCount(30);
    QVERIFY(hotspots->model()->rowCount() <= 30);
    hotspots->setRanking(cx::HotspotRanking::Volume);
    QVERIFY(hotspots->closeDetail());
}

void TestDeskViews::journeyShowsTheStagesAndOpensAStage()
{
    setFilter({});
    auto *journey = show<cx::JourneyView>();
    QVERIFY(journey);
    const QStringList stages = headers(*journey->model(), Qt::Horizontal);
    QCOMPARE(stages, (QStringList{u"了解"_s, u"订购"_s, u"开通"_s, u"使用"_s, u"缴费"_s, u"咨询投诉"_s, u"续订退订"_s}));
    const QJsonObject byStage = m_truth["complaints_by_stage"_L1].toObject();
    for (int column = 0; column < stages.size(); ++column)
        QCOMPARE(journey->model()->data(journey->model()->index(cx::JourneyModel::Complaints, column), cx::ValueRole).toDouble(),
                 byStage[stages.at(column)].toDouble());
    // Under the period's total, the change says which month it is.
    const QStringList complaintLines =
        journey->model()->data(journey->model()->index(cx::JourneyModel::Complaints, 0)).toString().split(u'\n');
    QCOMPARE(complaintLines.size(), 2);
    QVERIFY2(complaintLines.at(1).startsWith(u"2024-12: "_s), qPrintable(complaintLines.at(1)));
    // The sample's survey asks nothing about 续订退订: the map says so instead of drawing 0.
    QCOMPARE(journey->model()->data(journey->model()->index(cx::JourneyModel::Satisfaction, 6)).toString(),
             u"No survey data"_s);

    const QModelIndex usage = journey->model()->index(cx::JourneyModel::Satisfaction, 3);
    QTest::mouseClick(journey->table()->viewport(), Qt::LeftButton, {}, journey->table()->visualRect(usage).center());
    cx::settle(*m_window, 30000);
    QCOMPARE(journey->openStageName(), u"使用"_s);
    QVERIFY(journey->detail()->isVisible());
    QVERIFY(journey->detail()->chart()->hasData());
    QCOMPARE(journey->detail()->complaints()->model()->rowCount(), byStage[u"使用"_s].toInt());
    grab(u"journey-detail"_s);
    QTest::keyClick(journey->table(), Qt::Key_Escape);
    QVERIFY(!journey->detail()->isVisible());
}

void TestDeskViews::journeyComparesTwoMonthsAndTwoRegions()
{
    setFilter({});
    auto *journey = show<cx::JourneyView>();
    journey->compare(false, 6, 7); // 2024-07 ↔ 2024-08
    cx::settle(*m_window, 30000);
    QTRY_COMPARE(journey->table()->model(), journey->comparisonModel());
    const cx::JourneyComparisonModel *comparison = journey->comparisonModel();
    QCOMPARE(comparison->columnCount(), 7);
    QVERIFY(headers(*comparison, Qt::Vertical).join(u'|').contains(u"2024-08"_s));
    grab(u"journey-compare"_s);

    // Two cities of the province: each side counts only its own complaints.
    journey->compare(true, 0, 1);
    cx::settle(*m_window, 30000);
    const int rowA = int(cx::JourneyComparisonModel::Complaints) * int(cx::JourneyComparisonModel::PartCount);
    const QStringList cities = m_window->filterBar()->options().childRegions({});
    const auto cityOf = [&](int row) { return comparison->headerData(row, Qt::Vertical).toString().section(u" · "_s, 1); };
    QTRY_VERIFY(cities.contains(cityOf(rowA)));
    QVERIFY(cities.contains(cityOf(rowA + 1)));
    QVERIFY(cityOf(rowA) != cityOf(rowA + 1));
    const cx::JourneyModel *province = journey->model();
    for (int column = 0; column < comparison->columnCount(); ++column) {
        const double a = comparison->data(comparison->index(rowA, column), cx::ValueRole).toDouble();
        const double b = comparison->data(comparison->index(rowA + 1, column), cx::ValueRole).toDouble();
        const double whole =
            province->data(province->index(cx::JourneyModel::Complaints, column), cx::ValueRole).toDouble();
        QVERIFY2(a > 0 && b > 0 && a + b < whole, qPrintable(comparison->stageAt(column)));
    }
    grab(u"journey-compare-regions"_s);
    journey->stopComparing();
    QCOMPARE(journey->table()->model(), journey->model());
}

void TestDeskViews::alertsListThePlantedDrop()
{
    setFilter({});
    auto *alerts = show<cx::AlertsView>();
    QVERIFY(alerts);
    const QJsonObject drop = m_truth["planted_satisfaction_drop"_L1].toObject();
    alerts->narrow(1, drop["stage"_L1].toString());
    const cx::AlertModel *model = alerts->model();
    QVERIFY(model->rowCount() > 0);
    bool found = false;
    for (int row = 0; row < model->rowCount(); ++row) {
        const cx::Alert &a = model->alert(row)->alert;
        found = found || (a.product == drop["product"_L1].toString() && a.month == drop["month"_L1].toString());
        QCOMPARE(a.metric, cx::AlertMetric::Satisfaction);
        QCOMPARE(a.stage, drop["stage"_L1].toString());
    }
    QVERIFY(found);
    QVERIFY(alerts->chart()->hasData());
    grab(u"alerts-drop"_s);
    alerts->narrow(0, {});
}

void TestDeskViews::alertOpensTheJourneyOnItsScope()
{
    setFilter({});
    auto *dashboard = show<cx::DashboardView>();
    auto *list = dashboard->findChild<QListWidget *>();
    QVERIFY(list);
    const QJsonObject drop = m_truth["planted_satisfaction_drop"_L1].toObject();
    int row = -1;
    for (int i = 0; i < list->count(); ++i)
        if (list->item(i)->text().contains(u"satisfaction"_s) && list->item(i)->text().startsWith(drop["product"_L1].toString()))
            row = i;
    QVERIFY(row >= 0);
    Q_EMIT list->itemActivated(list->item(row));
    cx::settle(*m_window, 30000);
    auto *journey = qobject_cast<cx::JourneyView *>(m_window->views().at(1));
    QVERIFY(journey->isVisible());
    const cx::AnalysisFilter filter = m_window->analysisService()->filter();
    QCOMPARE(filter.fromMonth, drop["month"_L1].toString());
    QCOMPARE(filter.toMonth, drop["month"_L1].toString());
    QCOMPARE(filter.products, QStringList{drop["product"_L1].toString()});
    QCOMPARE(journey->openStageName(), drop["stage"_L1].toString());
    QVERIFY(journey->detail()->isVisible());
    grab(u"journey-from-alert"_s);
    journey->closeDetail();
}

void TestDeskViews::keyboardReachesEveryView()
{
    for (int i = 0; i < m_window->views().size() && i < 9; ++i) {
        QTest::keyClick(m_window, Qt::Key(Qt::Key_1 + i), Qt::ControlModifier);
        QVERIFY(m_window->views().at(i)->isVisible());
    }
    auto *hotspots = show<cx::HotspotsView>();
    hotspots->openCategory(u"网速慢"_s);
    cx::settle(*m_window, 30000);
    QTest::keyClick(m_window, Qt::Key_F, Qt::ControlModifier);
    QVERIFY(hotspots->detail()->complaints()->findChild<QLineEdit *>()->hasFocus());
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
    QVERIFY(!hotspots->detail()->isVisible());
    // Alt+Up goes one region level up.
    cx::AnalysisFilter city;
    city.region = cx::RegionPath(u"深圳"_s);
    setFilter(city);
    QTest::keyClick(m_window, Qt::Key_Up, Qt::AltModifier);
    cx::settle(*m_window, 30000);
    QVERIFY(m_window->analysisService()->filter().region.isProvince());
}

void TestDeskViews::breadcrumbDrillsDownAndUp()
{
    setFilter({});
    auto *crumbs = m_window->findChild<cx::Breadcrumb *>();
    QVERIFY(crumbs);
    const auto buttons = [crumbs] {
        QStringList texts;
        for (QToolButton *button : crumbs->findChildren<QToolButton *>())
            if (!button->isHidden())
                texts << button->text();
        return texts;
    };
    // The last step offers the regions below it.
    QToolButton *down = nullptr;
    for (QToolButton *button : crumbs->findChildren<QToolButton *>())
        if (!button->isHidden() && button->menu())
            down = button;
    QVERIFY(down);
    QVERIFY(down->menu());
    QVERIFY(!down->menu()->actions().isEmpty());
    const QString city = down->menu()->actions().constFirst()->text();
    down->menu()->actions().constFirst()->trigger();
    cx::settle(*m_window, 30000);
    QCOMPARE(m_window->analysisService()->filter().region, cx::RegionPath(city));
    QVERIFY(buttons().contains(city));
    QVERIFY(buttons().contains(u"Whole province"_s));
    // A step back up.
    for (QToolButton *button : crumbs->findChildren<QToolButton *>()) {
        // Steps of an earlier rendering are hidden until they are deleted.
        if (!button->isHidden() && button->text() == u"Whole province"_s) {
            button->click();
            break;
        }
    }
    cx::settle(*m_window, 30000);
    QVERIFY(m_window->analysisService()->filter().region.isProvince());
}

void TestDeskViews::chartsAndTablesExport()
{
    setFilter({});
    auto *hotspots = show<cx::HotspotsView>();
    QVERIFY(hotspots->chart()->hasData());
    QString error;
    const QString svg = m_dir.filePath(u"hotspots.svg"_s);
    QVERIFY2(hotspots->chart()->save(svg, &error), qPrintable(error));
    QFile file(svg);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray drawing = file.readAll();
    QVERIFY(drawing.contains("<svg"));
    QVERIFY2(!drawing.contains("<image"), "an exported chart stays vector (no shadows turned into images)");
    QVERIFY(drawing.contains(QStringLiteral("网速慢").toUtf8()));
    const QString png = m_dir.filePath(u"hotspots.png"_s);
    QVERIFY2(hotspots->chart()->save(png, &error), qPrintable(error));
    QCOMPARE(QImage(png).size(), hotspots->chart()->size() * 2);

    QTableView *table = nullptr;
    for (QTableView *candidate : hotspots->findChildren<QTableView *>())
        if (candidate->model() == hotspots->model())
            table = candidate;
    QVERIFY(table);
    table->setFocus();
    table->selectRow(0);
    QTest::keyClick(table, Qt::Key_C, Qt::ControlModifier);
    const QStringList lines = QApplication::clipboard()->text().split(u"\r\n"_s, Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 2);
    QVERIFY(lines.at(0).startsWith(u"#\tCategory\tStage\tComplaints"_s));
    QVERIFY(lines.at(1).startsWith(u"1\t网速慢\t使用\t3,338"_s));
}

void TestDeskViews::retranslates()
{
    auto *journey = show<cx::JourneyView>();
    QCOMPARE(journey->model()->headerData(0, Qt::Vertical).toString(), u"Satisfaction"_s);
    m_sample.languages().apply(u"zh_CN"_s);
    QApplication::processEvents();
    QCOMPARE(journey->title(), QCoreApplication::translate("cx::JourneyView", "Journey map"));
    QVERIFY(journey->isUpToDate());
    grab(u"journey-zh_CN"_s);
    m_sample.languages().apply(u"en"_s);
    QApplication::processEvents();
    QCOMPARE(journey->title(), u"Journey map"_s);
}

QTEST_MAIN(TestDeskViews)
#include "tst_deskviews.moc"
