// The drivers view rendered on the sample exports, saved as PNG (to
// $CX_GRAB_DIR when set, in en and zh_CN) and checked for what it must show:
// the indicators ranked by |Spearman ρ| with n and p, the insignificant
// greyed, the legend naming the threshold; a click on an indicator showing
// the scatter of its city-months with the least-squares line and r²; chart
// export and table copy.

#include "charts/scatterchart.h"
#include "filterbar.h"
#include "mainwindow.h"
#include "samplewindow.h"
#include "service/analysisservice.h"
#include "service/deskformat.h"
#include "service/driversmodel.h"
#include "settings/language.h"
#include "tableexport.h"
#include "testsupport.h"
#include "views/driversview.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QDir>
#include <QHeaderView>
#include <QLabel>
#include <QSvgRenderer>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace Qt::StringLiterals;

class TestDriversView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void ranksTheIndicators();
    void clickShowsTheScatter();
    void exportsChartAndTable();
    void rendersInChinese();

private:
    cx::DriversView *show();

    QTemporaryDir m_dir;
    cx::test::SampleWindow m_sample;
    cx::MainWindow *m_window = nullptr;
};

void TestDriversView::initTestCase()
{
    CX_REQUIRE_SHARED_DATA(data);
    const QString error = m_sample.open(m_dir.path(), data, u"en"_s);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    m_window = m_sample.window();
}

void TestDriversView::cleanupTestCase()
{
    m_sample.close();
    m_window = nullptr;
}

cx::DriversView *TestDriversView::show()
{
    auto *view = m_sample.show<cx::DriversView>();
    if (view && !QTest::qWaitFor([view] { return view->model()->rowCount() > 0; }, 20000))
        qWarning("the drivers did not arrive in 20 s");
    return view;
}

void TestDriversView::ranksTheIndicators()
{
    m_window->filterBar()->setFilter({});
    cx::DriversView *view = show();
    QVERIFY(view);
    QVERIFY(view->isUpToDate());
    const cx::DriversModel *model = view->model();
    QAbstractItemModelTester tester(view->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    // Every indicator with actuals: the sample's tree has KEIs and KOIs.
    QVERIFY(model->rowCount() >= 20);
    double previous = 2;
    int significant = 0, greyed = 0;
    for (int row = 0; row < model->rowCount(); ++row) {
        const cx::IndicatorDriver &d = *model->driver(row);
        const double rho = std::abs(d.spearman.r);
        QVERIFY2(!d.spearman.valid || rho <= previous + 1e-12, qPrintable(d.code));
        if (d.spearman.valid)
            previous = rho;
        QVERIFY(d.n > 0);
        QCOMPARE(model->data(model->index(row, cx::DriversModel::N)).toLongLong(), d.n);
        const bool grey = model->data(model->index(row, cx::DriversModel::Indicator), Qt::ForegroundRole).isValid();
        QCOMPARE(grey, !cx::DriversModel::isSignificant(d));
        (grey ? greyed : significant) += 1;
    }
    // The strongest is significant and selected, its scatter shown.
    QVERIFY(cx::DriversModel::isSignificant(*model->driver(0)));
    QVERIFY(significant > 0);
    QCOMPARE(view->selectedCode(), model->driver(0)->code);
    QVERIFY(view->chart()->hasData());
    // The legend says the threshold.
    const QList<QLabel *> labels = view->findChildren<QLabel *>();
    QVERIFY(std::any_of(labels.cbegin(), labels.cend(), [](const QLabel *l) { return l->text().contains(u"p ≥ 0.05"_s); }));
    qInfo("%d indicators: %d significant, %d greyed; strongest %s, rho %.3f", model->rowCount(), significant, greyed,
          qPrintable(model->driver(0)->code), model->driver(0)->spearman.r);
    QVERIFY(!m_sample.grab(u"drivers"_s).isNull());
}

void TestDriversView::clickShowsTheScatter()
{
    cx::DriversView *view = show();
    const int row = view->model()->rowCount() - 1;
    const cx::IndicatorDriver last = *view->model()->driver(row);
    QTableView *table = view->table();
    table->scrollTo(view->model()->index(row, cx::DriversModel::Indicator));
    const QRect cell = table->visualRect(view->model()->index(row, cx::DriversModel::Indicator));
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, cell.center());
    QCOMPARE(view->selectedCode(), last.code);
    // The scatter of exactly its n city-months, its line and r² in the title.
    const cx::ChartData data = cx::DriversView::scatter(last);
    QCOMPARE(qint64(data.points.size()), last.n);
    const cx::DriverFit fit = cx::driverFit(last);
    QCOMPARE(data.hasFit, fit.valid);
    QVERIFY2(data.title.startsWith(last.code) && data.title.contains(u"r² = "_s), qPrintable(data.title));
    // Greyed like its row when not significant; the farthest city-months named.
    for (const cx::ChartPoint &p : data.points)
        QCOMPARE(p.muted, !cx::DriversModel::isSignificant(last));
    const qsizetype named = std::count_if(data.points.cbegin(), data.points.cend(), [](const cx::ChartPoint &p) { return !p.label.isEmpty(); });
    QCOMPARE(named, fit.valid ? std::min<qsizetype>(3, data.points.size()) : 0);

    QVERIFY(view->selectIndicator(view->model()->driver(0)->code));
    const cx::IndicatorDriver &top = *view->model()->driver(0);
    const cx::ChartData strongest = cx::DriversView::scatter(top);
    QVERIFY(strongest.hasFit);
    // The line follows the sign of the correlation and spans the actuals.
    QCOMPARE(strongest.fit.y2() > strongest.fit.y1(), top.pearson.r > 0);
    QVERIFY(strongest.title.contains(cx::DeskFormat::number(cx::driverFit(top).rSquared, 2)));
    QVERIFY(!view->selectIndicator(u"NO-SUCH"_s));
    m_sample.grab(u"drivers-scatter"_s);
}

void TestDriversView::exportsChartAndTable()
{
    cx::DriversView *view = show();
    QString error;
    QVERIFY2(view->chart()->save(m_dir.filePath(u"drivers.png"_s), &error), qPrintable(error));
    QVERIFY2(view->chart()->save(m_dir.filePath(u"drivers.svg"_s), &error), qPrintable(error));
    QVERIFY(!QImage(m_dir.filePath(u"drivers.png"_s)).isNull());
    QSvgRenderer svg(m_dir.filePath(u"drivers.svg"_s));
    QVERIFY(svg.isValid());
    const QStringList lines = cx::viewText(*view->table(), true).split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), view->model()->rowCount() + 1);
    QVERIFY2(lines.at(0).startsWith(u"#\tIndicator\tName\tLayer\tOwner\tn\tPearson r"_s), qPrintable(lines.at(0)));
    QVERIFY(lines.at(1).startsWith(u"1\t"_s + view->model()->driver(0)->code + u'\t'));
}

void TestDriversView::rendersInChinese()
{
    m_sample.languages().apply(u"zh_CN"_s);
    QApplication::processEvents();
    cx::DriversView *view = show();
    QVERIFY(view);
    QVERIFY(view->isUpToDate());
    QCOMPARE(view->title(), QCoreApplication::translate("cx::DriversView", "Drivers"));
    QVERIFY(view->chart()->hasData());
    m_sample.grab(u"drivers-zh_CN"_s);
    m_sample.languages().apply(u"en"_s);
    QApplication::processEvents();
}

QTEST_MAIN(TestDriversView)
#include "tst_driversview.moc"
