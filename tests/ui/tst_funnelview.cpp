// The experience-funnel view rendered on the sample exports, saved as PNG
// (to $CX_GRAB_DIR when set, in en and zh_CN) and checked for what it must
// show: every product's experience gap as truth.json names it, on one chart
// sorted by the gap with the gap hatched, each row opening the product's
// months (a month without rates saying so) and trend; the focus of its
// lifecycle phase; chart export and table copy; a gap as a draft work order.

#include "charts/chart.h"
#include "charts/funnelchart.h"
#include "deskfixture.h"
#include "filterbar.h"
#include "mainwindow.h"
#include "samplewindow.h"
#include "service/analysisservice.h"
#include "service/funnelmodel.h"
#include "settings/language.h"
#include "tableexport.h"
#include "testsupport.h"
#include "views/funnelview.h"
#include "views/workorderview.h"
#include "workorders/workorder.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QDir>
#include <QJsonObject>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QSvgRenderer>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace Qt::StringLiterals;

class TestFunnelView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void showsEveryProductsGap();
    void rowOpensTheProductsMonths();
    void exportsChartAndTable();
    void gapBecomesADraftWorkOrder();
    void rendersInChinese();

private:
    cx::FunnelView *show();

    QTemporaryDir m_dir;
    QJsonObject m_truth;
    cx::test::SampleWindow m_sample;
    cx::MainWindow *m_window = nullptr;
};

void TestFunnelView::initTestCase()
{
    CX_REQUIRE_SHARED_DATA(data);
    m_truth = cx::test::sampleTruth(data);
    QVERIFY(!m_truth.isEmpty());
    const QString error = m_sample.open(m_dir.path(), data, u"en"_s);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    m_window = m_sample.window();
}

void TestFunnelView::cleanupTestCase()
{
    m_sample.close();
    m_window = nullptr;
}

cx::FunnelView *TestFunnelView::show()
{
    auto *view = m_sample.show<cx::FunnelView>();
    if (view && !QTest::qWaitFor([view] { return view->model()->rowCount() > 0; }, 20000))
        qWarning("the funnels did not arrive in 20 s");
    return view;
}

void TestFunnelView::showsEveryProductsGap()
{
    m_window->filterBar()->setFilter({});
    cx::FunnelView *view = show();
    QVERIFY(view);
    QVERIFY(view->isUpToDate());
    const QJsonObject truth = m_truth["experience_gap"_L1].toObject();
    const cx::FunnelModel *model = view->model();
    QCOMPARE(model->rowCount(), int(truth.size()));
    // One chart of every product in the table's order (sorted by the gap), the gap hatched and named.
    const cx::ChartData chart = cx::FunnelView::comparison(*model);
    QCOMPARE(chart.funnels.size(), truth.size());
    QVERIFY(view->comparisonChart()->hasData());
    double previous = qInf();
    for (int row = 0; row < model->rowCount(); ++row) {
        const cx::ProductFunnel &f = *model->funnel(row);
        QCOMPARE(f.averageGap.label(), truth[f.product].toString());
        QCOMPARE(chart.funnels.at(row).label, f.product);
        QCOMPARE(chart.funnels.at(row).gap, int(f.averageGap.from));
        QVERIFY2(chart.funnels.at(row).note.startsWith(truth[f.product].toString().replace(u"->"_s, u" → "_s)),
                 qPrintable(chart.funnels.at(row).note));
        QVERIFY(f.averageGap.drop <= previous);
        previous = f.averageGap.drop;
        QVERIFY(!model->focus(row).isEmpty());
        // The column names what the phase puts first; its tooltip is the whole focus.
        const QModelIndex focusCell = model->index(row, cx::FunnelModel::Focus);
        QCOMPARE(focusCell.data(Qt::ToolTipRole).toString(), model->focus(row));
        QVERIFY2(model->focus(row).endsWith(focusCell.data().toString()), qPrintable(focusCell.data().toString()));
        QVERIFY(focusCell.data().toString().size() < model->focus(row).size());
    }
    // The chart draws one clickable row per product, inside the chart.
    auto *drawn = qobject_cast<cx::FunnelChart *>(view->comparisonChart());
    QVERIFY(drawn);
    QCOMPARE(drawn->rowRects().size(), truth.size());
    for (const QRectF &r : drawn->rowRects())
        QVERIFY(drawn->rect().contains(r.toRect()));
    QVERIFY(!view->noticeText().contains(u"funnel"_s));
    QVERIFY(!m_sample.grab(u"funnel"_s).isNull());
}

void TestFunnelView::rowOpensTheProductsMonths()
{
    cx::FunnelView *view = show();
    auto *drawn = qobject_cast<cx::FunnelChart *>(view->comparisonChart());
    const QString product = view->model()->funnel(1)->product;
    // A click on the second row of the chart opens that product.
    QTest::mouseClick(drawn, Qt::LeftButton, {}, drawn->rowRects().at(1).center().toPoint());
    QCOMPARE(view->openProductName(), product);
    QVERIFY(view->monthsChart()->isVisible());
    QVERIFY(view->monthsChart()->hasData());
    QVERIFY(view->trendChart()->hasData());
    QVERIFY(view->productHeading()->text().startsWith(product));
    QVERIFY(view->productHeading()->text().contains(m_truth["experience_gap"_L1][product].toString().replace(u"->"_s, u" → "_s)));
    QVERIFY2(view->focusText()->text().contains(u"phase"_s), qPrintable(view->focusText()->text()));
    // The average, then each of the twelve months with its own gap.
    const cx::ProductFunnel &f = *view->model()->funnel(1);
    const QStringList months = {u"2024-01"_s, u"2024-02"_s, u"2024-03"_s, u"2024-04"_s, u"2024-05"_s, u"2024-06"_s,
                                u"2024-07"_s, u"2024-08"_s, u"2024-09"_s, u"2024-10"_s, u"2024-11"_s, u"2024-12"_s};
    const cx::ChartData perMonth = cx::FunnelView::monthFunnels(f, months);
    QCOMPARE(perMonth.funnels.size(), 13);
    for (int i = 1; i < perMonth.funnels.size(); ++i)
        QVERIFY(perMonth.funnels.at(i).gap >= 0);
    // A month without rates says so, and draws no funnel (never a 0).
    const cx::ChartData withGap = cx::FunnelView::monthFunnels(f, {u"2024-12"_s, u"2025-01"_s});
    QCOMPARE(withGap.funnels.size(), 3);
    QCOMPARE(withGap.funnels.at(2).gap, -1);
    QVERIFY(std::all_of(withGap.funnels.at(2).values.cbegin(), withGap.funnels.at(2).values.cend(), [](double v) { return std::isnan(v); }));
    QVERIFY2(withGap.funnels.at(2).note.contains(u"2025-01"_s), qPrintable(withGap.funnels.at(2).note));
    const cx::ChartData trend = cx::FunnelView::trend(f, {u"2024-12"_s, u"2025-01"_s});
    QCOMPARE(trend.series.size(), 5);
    for (const cx::ChartSeries &s : trend.series)
        QVERIFY(std::isnan(s.values.at(1)));
    m_sample.grab(u"funnel-product"_s);
    QVERIFY(view->closeDetail());
    QVERIFY(view->openProductName().isEmpty());
    QVERIFY(!view->openProduct(u"no such product"_s));
}

void TestFunnelView::exportsChartAndTable()
{
    cx::FunnelView *view = show();
    QString error;
    QVERIFY2(view->comparisonChart()->save(m_dir.filePath(u"funnel.png"_s), &error), qPrintable(error));
    QVERIFY2(view->comparisonChart()->save(m_dir.filePath(u"funnel.svg"_s), &error), qPrintable(error));
    QVERIFY(QImage(m_dir.filePath(u"funnel.png"_s)).width() >= 2 * view->comparisonChart()->width());
    QSvgRenderer svg(m_dir.filePath(u"funnel.svg"_s));
    QVERIFY(svg.isValid());
    auto *table = view->findChild<QTableView *>();
    QVERIFY(table);
    const QStringList lines = cx::viewText(*table, true).split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), view->model()->rowCount() + 1);
    QVERIFY2(lines.at(0).startsWith(u"Product\tPhase\t知晓率\t认知率\t认同率\t认可率"_s), qPrintable(lines.at(0)));
    QVERIFY(lines.at(1).startsWith(view->model()->funnel(0)->product + u'\t'));
    QAbstractItemModelTester tester(view->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
}

void TestFunnelView::gapBecomesADraftWorkOrder()
{
    cx::FunnelView *view = show();
    const cx::ProductFunnel funnel = *view->model()->funnel(0);
    QVERIFY(view->openProduct(funnel.product));
    QSignalSpy drafts(view, &cx::FunnelView::workOrderDraftReady);
    QPushButton *button = nullptr;
    for (QPushButton *b : view->findChildren<QPushButton *>())
        if (b->text() == u"Create work order…"_s)
            button = b;
    QVERIFY(button);
    button->click();
    QTRY_COMPARE_WITH_TIMEOUT(drafts.size(), 1, 20000);
    const auto draft = drafts.at(0).at(0).value<cx::WorkOrder>();
    QCOMPARE(draft.product, funnel.product);
    QVERIFY2(draft.title.contains(cx::funnelRateName(funnel.averageGap.from)), qPrintable(draft.title));
    QCOMPARE(draft.strategy, view->model()->focus(0));
    auto *workOrders = m_window->findChild<cx::WorkOrderView *>();
    QVERIFY(workOrders);
    QTRY_VERIFY(workOrders->isVisible());
    QTRY_VERIFY_WITH_TIMEOUT(!workOrders->isBusy(), 20000);
}

void TestFunnelView::rendersInChinese()
{
    m_sample.languages().apply(u"zh_CN"_s);
    QApplication::processEvents();
    cx::FunnelView *view = show();
    QVERIFY(view);
    view->closeDetail();
    QVERIFY(view->isUpToDate());
    QCOMPARE(view->title(), QCoreApplication::translate("cx::FunnelView", "Experience funnel"));
    QCOMPARE(view->model()->rowCount(), int(m_truth["experience_gap"_L1].toObject().size()));
    m_sample.grab(u"funnel-zh_CN"_s);
    QVERIFY(view->openProduct(view->model()->funnel(0)->product));
    m_sample.grab(u"funnel-product-zh_CN"_s);
    view->closeDetail();
    m_sample.languages().apply(u"en"_s);
    QApplication::processEvents();
}

QTEST_MAIN(TestFunnelView)
#include "tst_funnelview.moc"
