// The responsibility map and lifecycle views rendered on the sample exports,
// saved as PNG (to $CX_GRAB_DIR when set, in en and zh_CN) and checked for
// what they must show: the planted miss chain of truth.json ranked first and
// highlighted on the graph of its month and city, a node's trend and chains
// on a click, the heat map opening a cell's complaints; every product's
// users-curve type as in truth.json, on small multiples that open the full
// chart, kept and updated in place when the filter changes. Their models
// pass QAbstractItemModelTester.

#include "application.h"
#include "charts/chart.h"
#include "complaints/complainttable.h"
#include "deskfixture.h"
#include "samplewindow.h"
#include "filterbar.h"
#include "graph/departmenthandling.h"
#include "graph/graphview.h"
#include "graph/responsibilitystyle.h"
#include "mainwindow.h"
#include "service/analysisservice.h"
#include "service/complainttablemodel.h"
#include "service/deskformat.h"
#include "service/productmodels.h"
#include "service/responsibilitymodels.h"
#include "settings/language.h"
#include "settings/preferences.h"
#include "testsupport.h"
#include "views/detailpanel.h"
#include "views/kanoview.h"
#include "views/lifecycleview.h"
#include "views/workorderview.h"
#include "charts/scatterchart.h"
#include "workorders/workorder.h"
#include "views/responsibilityview.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QBarCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QLabel>
#include <QLineSeries>
#include <QPushButton>
#include <QSet>
#include <QSignalSpy>
#include <QSvgRenderer>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <memory>

using namespace Qt::StringLiterals;

class TestProductViews : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void responsibilityHighlightsThePlantedChain();
    void responsibilityNodeAndDepartmentDetail();
    void responsibilityMatrixOpensComplaints();
    void responsibilityFollowsTheFilter();
    void responsibilityRetranslatesItsNodes();
    void lifecycleShowsEveryProductsType();
    void lifecycleOpensTheFullChart();
    void lifecycleUpdatesItsTilesInPlace();
    void kanoShowsTheEightClasses();
    void findingsBecomeDraftWorkOrders();
    void modelsPassTheTester();
    void rendersInChinese();

private:
    QImage grab(const QString &name);
    template<typename View>
    View *show();
    cx::ResponsibilityView *showResponsibility();

    QTemporaryDir m_dir;
    QJsonObject m_truth;
    cx::test::SampleWindow m_sample;
    cx::MainWindow *m_window = nullptr;
};

void TestProductViews::initTestCase()
{
    CX_REQUIRE_SHARED_DATA(data);
    QFile truth(QDir(data).filePath(u"truth.json"_s));
    QVERIFY(truth.open(QIODevice::ReadOnly));
    m_truth = QJsonDocument::fromJson(truth.readAll()).object();
    const QString error = m_sample.open(m_dir.path(), data, u"en"_s);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    m_window = m_sample.window();
}

void TestProductViews::cleanupTestCase()
{
    m_sample.close();
    m_window = nullptr;
}

template<typename View>
View *TestProductViews::show()
{
    return m_sample.show<View>();
}

cx::ResponsibilityView *TestProductViews::showResponsibility()
{
    auto *view = show<cx::ResponsibilityView>();
    // The layout runs on its own worker after the facts arrived.
    if (view && !QTest::qWaitFor([view] { return !view->isLayingOut() && !view->graphView()->nodeItems().isEmpty(); }, 20000))
        qWarning("the responsibility map was not laid out in 20 s");
    return view;
}

QImage TestProductViews::grab(const QString &name)
{
    cx::settle(*m_window, 60000);
    const QImage image = m_window->grab().toImage();
    image.save(m_sample.grabPath(name + u".png"_s));
    return image;
}

void TestProductViews::responsibilityHighlightsThePlantedChain()
{
    m_window->filterBar()->setFilter({});
    cx::ResponsibilityView *view = showResponsibility();
    QVERIFY(view);
    QVERIFY(view->isUpToDate());
    const QJsonObject misses = m_truth["indicator_misses"_L1].toObject();
    const QString month = misses.constBegin().key();
    QStringList codes;
    for (const QJsonValue &code : misses.constBegin().value().toArray())
        codes << code.toString();

    // Ranked first: the planted chain, in its month and 深圳, down to the owner.
    const cx::ResponsibilityChain *top = view->chainModel()->chain(0);
    QVERIFY(top);
    QCOMPARE(top->month, month);
    QCOMPARE(top->city, u"深圳"_s);
    QVERIFY(codes.contains(top->kei.code));
    QVERIFY(top->koi && codes.contains(top->koi->code));
    QVERIFY(top->stageDrop.has_value());
    const QString line = view->chainModel()->data(view->chainModel()->index(0, cx::ResponsibilityChainModel::Chain)).toString();
    QVERIFY2(line.startsWith(top->stageDrop->stage + u" ▼ → "_s + top->kei.code), qPrintable(line));
    QVERIFY2(line.endsWith(u"→ "_s + top->department), qPrintable(line));

    // The graph opens on that month and city, the chain drawn bold along its edges.
    QCOMPARE(view->graph().month, month);
    QCOMPARE(view->graph().city, u"深圳"_s);
    QCOMPARE(view->graphView()->nodeItems().size(), view->graph().nodes.size());
    QSet<QString> highlighted;
    for (const cx::GraphNodeItem *node : view->graphView()->nodeItems())
        if (node->style().highlighted)
            highlighted.insert(view->graph().nodes.at(node->index()).code);
    for (const QString &code : {top->elementCode, top->kei.code, top->koi->code, top->department})
        QVERIFY2(highlighted.contains(code), qPrintable(code));
    int boldEdges = 0;
    for (const cx::GraphEdgeItem *edge : view->graphView()->edgeItems())
        boldEdges += edge->highlighted() ? 1 : 0;
    QVERIFY(boldEdges >= 3);
    // Every planted miss is red or amber, never green.
    for (const cx::GraphNodeItem *node : view->graphView()->nodeItems())
        if (codes.contains(view->graph().nodes.at(node->index()).code))
            QVERIFY(node->style().light == cx::TrafficLight::Red || node->style().light == cx::TrafficLight::Amber);
    // No two nodes overlap on screen.
    const QList<cx::GraphNodeItem *> &nodes = view->graphView()->nodeItems();
    for (int i = 0; i < nodes.size(); ++i)
        for (int j = i + 1; j < nodes.size(); ++j)
            QVERIFY(!nodes.at(i)->sceneBoundingRect().adjusted(3, 3, -3, -3).intersects(nodes.at(j)->sceneBoundingRect().adjusted(3, 3, -3, -3)));
    const QImage image = grab(u"responsibility"_s);
    QVERIFY(!image.isNull());

    // Search by code, zoom and fit; export as PNG and SVG.
    QCOMPARE(view->search(top->koi->code), 1);
    QCOMPARE(view->search(u"no such node"_s), 0);
    view->search({});
    const qreal fitted = view->graphView()->zoom();
    QWheelEvent wheel(QPointF(50, 50), view->graphView()->mapToGlobal(QPointF(50, 50)), {}, QPoint(0, 240), Qt::NoButton,
                      Qt::NoModifier, Qt::NoScrollPhase, false);
    QApplication::sendEvent(view->graphView()->viewport(), &wheel);
    QVERIFY(view->graphView()->zoom() > fitted);
    QTest::keyClick(view->graphView(), Qt::Key_0, Qt::ControlModifier);
    QCOMPARE(view->graphView()->zoom(), fitted);
    QString error;
    QVERIFY2(view->graphView()->save(m_dir.filePath(u"map.png"_s), &error), qPrintable(error));
    QVERIFY2(view->graphView()->save(m_dir.filePath(u"map.svg"_s), &error), qPrintable(error));
    QImage png(m_dir.filePath(u"map.png"_s));
    QVERIFY(png.width() > 600);
    QSvgRenderer svg(m_dir.filePath(u"map.svg"_s));
    QVERIFY(svg.isValid());
}

void TestProductViews::responsibilityNodeAndDepartmentDetail()
{
    cx::ResponsibilityView *view = showResponsibility();
    const cx::ResponsibilityChain chain = *view->chainModel()->chain(0);
    const int kei = view->graph().find(cx::ResponsibilityLayer::Kei, chain.kei.code);
    QVERIFY(kei >= 0);
    view->openNode(kei);
    QVERIFY(view->nodeTitle()->isVisible());
    QVERIFY(view->nodeTitle()->text().startsWith(chain.kei.code));
    QVERIFY(view->nodeChart()->hasData());
    QVERIFY2(view->nodeText()->text().contains(cx::ResponsibilityFormat::chain(chain)), qPrintable(view->nodeText()->text()));
    grab(u"responsibility-node"_s);

    const int owner = view->graph().find(cx::ResponsibilityLayer::Department, chain.department);
    view->openNode(owner);
    QVERIFY(view->nodeTitle()->text().startsWith(chain.department));
    QVERIFY(view->nodeText()->text().contains(chain.kei.code));
    QVERIFY(view->nodeChart()->hasData());
    QVERIFY(view->closeDetail());
    QVERIFY(!view->nodeTitle()->isVisible());

    // A click on another chain shows its month and city.
    for (int row = 1; row < view->chainModel()->rowCount(); ++row) {
        const cx::ResponsibilityChain *other = view->chainModel()->chain(row);
        if (other->month != chain.month || other->city != chain.city) {
            view->showMonth(other->month, other->city);
            QTRY_VERIFY(!view->isLayingOut());
            QCOMPARE(view->graph().month, other->month);
            QCOMPARE(view->graph().city, other->city);
            break;
        }
    }
    view->showMonth(chain.month, chain.city);
    QTRY_VERIFY(!view->isLayingOut());
}

void TestProductViews::responsibilityMatrixOpensComplaints()
{
    cx::ResponsibilityView *view = showResponsibility();
    const cx::ResponsibilityMatrixModel *matrix = view->matrixModel();
    QVERIFY(matrix->rowCount() >= 7);
    QVERIFY(matrix->columnCount() >= 5);
    // The busiest cell of 使用.
    const int row = int(matrix->matrix().stages.indexOf(u"使用"_s));
    QVERIFY(row >= 0);
    int column = 0;
    for (int c = 0; c < matrix->columnCount(); ++c)
        if (matrix->matrix().complaints[std::size_t(row)][std::size_t(c)] > matrix->matrix().complaints[std::size_t(row)][std::size_t(column)])
            column = c;
    const qint64 complaints = matrix->matrix().complaints[std::size_t(row)][std::size_t(column)];
    QVERIFY(complaints > 0);
    view->openCell(row, column);
    QCOMPARE(view->tabs()->currentIndex(), 1);
    QVERIFY(view->cellDetail()->isVisible());
    grab(u"responsibility-matrix"_s);
    // The complaints listed are those counted in the cell.
    QTRY_COMPARE_WITH_TIMEOUT(qint64(view->cellDetail()->complaints()->model()->rowCount()), complaints, 20000);
    QVERIFY(view->closeDetail());
    view->tabs()->setCurrentIndex(0);
}

void TestProductViews::responsibilityFollowsTheFilter()
{
    cx::ResponsibilityView *view = showResponsibility();
    const QString month = view->chainModel()->chain(0)->month;
    // A period without the planted month has no chain of it.
    cx::AnalysisFilter filter;
    filter.fromMonth = u"2024-01"_s;
    filter.toMonth = u"2024-03"_s;
    m_window->filterBar()->setFilter(filter);
    view = showResponsibility();
    for (int row = 0; row < view->chainModel()->rowCount(); ++row)
        QVERIFY(view->chainModel()->chain(row)->month <= u"2024-03"_s);
    QVERIFY(view->graph().month <= u"2024-03"_s);
    QVERIFY(view->graph().month != month);
    m_window->filterBar()->setFilter({});
    view = showResponsibility();
    QCOMPARE(view->graph().month, month);
}

void TestProductViews::responsibilityRetranslatesItsNodes()
{
    cx::ResponsibilityView *view = showResponsibility();
    QVERIFY(view);
    const cx::AnalysisService &service = *m_window->analysisService();
    const auto toolTips = [view] {
        QStringList texts;
        for (const cx::GraphNodeItem *node : view->graphView()->nodeItems())
            texts << node->toolTip();
        return texts;
    };
    // What each node's tooltip must say in the language in force: its own text, and a department's handling.
    const auto expected = [view, &service] {
        const cx::ResponsibilityGraph &graph = view->graph();
        const auto quality = service.facts().serviceByCity->constFind(graph.city);
        QStringList texts;
        for (int i = 0; i < graph.nodes.size(); ++i) {
            const QString base = cx::ResponsibilityStyle::style(graph, i).toolTip;
            texts << (graph.nodes.at(i).layer != cx::ResponsibilityLayer::Department
                          ? base
                          : cx::DepartmentHandling::toolTip(base, quality == service.facts().serviceByCity->constEnd() ? nullptr : &*quality,
                                                            graph.nodes.at(i).code, graph.month, cx::ResponsibilityFormat::city(graph.city)));
        }
        return texts;
    };
    QVERIFY(QTest::qWaitFor([&service] { return service.facts().serviceByCity.has_value(); }, 20000));
    cx::settle(*m_window, 60000);
    const QStringList english = toolTips();
    QCOMPARE(english, expected());
    view->openNode(view->graph().find(cx::ResponsibilityLayer::Kei, view->chainModel()->chain(0)->kei.code));
    const QString englishDetail = view->nodeText()->text();

    m_sample.languages().apply(u"zh_CN"_s);
    QApplication::processEvents();
    QTRY_VERIFY_WITH_TIMEOUT(!view->isLayingOut() && view->graphView()->nodeItems().size() == view->graph().nodes.size(), 20000);
    const QStringList chinese = toolTips();
    const QStringList chineseExpected = expected();
    const bool detailShown = view->nodeText()->isVisible();
    const QString chineseDetail = view->nodeText()->text();
    m_sample.languages().apply(u"en"_s);
    QApplication::processEvents();
    QTRY_VERIFY_WITH_TIMEOUT(!view->isLayingOut() && view->graphView()->nodeItems().size() == view->graph().nodes.size(), 20000);
    QCOMPARE(chinese, chineseExpected);
    for (int i = 0; i < chinese.size(); ++i)
        QVERIFY2(chinese.at(i) != english.at(i), qPrintable(chinese.at(i)));
    // The open node's detail stays open, in the new language.
    QVERIFY(detailShown);
    QVERIFY(chineseDetail != englishDetail);
    QCOMPARE(toolTips(), english);
    QCOMPARE(view->nodeText()->text(), englishDetail);
    QVERIFY(view->closeDetail());
}

void TestProductViews::lifecycleShowsEveryProductsType()
{
    m_window->filterBar()->setFilter({});
    auto *view = show<cx::LifecycleView>();
    QVERIFY(view);
    QTRY_VERIFY_WITH_TIMEOUT(view->model()->rowCount() > 0, 20000);
    const QJsonObject truth = m_truth["lifecycle"_L1].toObject();
    QCOMPARE(view->model()->rowCount(), truth.size());
    QCOMPARE(view->tiles().size(), truth.size());
    int previousType = -1;
    for (int row = 0; row < view->model()->rowCount(); ++row) {
        const cx::ProductLifecycle *p = view->model()->product(row);
        QVERIFY(p->lifecycle.valid);
        QCOMPARE(QString(cx::lifecycleTypeLetter(p->lifecycle.type)), truth[p->product]["lifecycle"_L1].toString());
        QCOMPARE(QString(cx::consultationTypeLetter(p->consultation.type)), truth[p->product]["consult_cycle"_L1].toString());
        // Small multiples sorted by type, each titled with its type, in that order.
        QVERIFY(int(p->lifecycle.type) >= previousType);
        previousType = int(p->lifecycle.type);
        // The tile's axes have no labels: its heading states the peaks, at their scale.
        const double peak = *std::max_element(p->users.cbegin(), p->users.cend());
        QVERIFY2(cx::LifecycleView::tileScale(*p).startsWith(cx::DeskFormat::largeCount(peak) + u" / "_s),
                 qPrintable(cx::LifecycleView::tileScale(*p)));
        QVERIFY(view->tileTitles().at(row).startsWith(p->product + u" · "_s + cx::LifecycleView::tileScale(*p) + u'\n'
                                                      + cx::ProductFormat::lifecycleType(p->lifecycle.type)));
        QVERIFY(view->tiles().at(row)->hasData());
    }
    grab(u"lifecycle"_s);
}

void TestProductViews::lifecycleOpensTheFullChart()
{
    auto *view = show<cx::LifecycleView>();
    const QString product = view->model()->product(0)->product;
    // A click on a small multiple opens its product.
    cx::Chart *tile = view->tiles().at(0);
    QWidget *target = tile->childAt(tile->rect().center());
    QVERIFY(target);
    QTest::mouseClick(target, Qt::LeftButton, {}, target->rect().center());
    QCOMPARE(view->openProductName(), product);
    QVERIFY(view->usersChart()->isVisible());
    QVERIFY(view->usersChart()->hasData());
    QVERIFY(view->ratioChart()->hasData());
    QVERIFY(view->productHeading()->text().startsWith(product));
    // Phases shaded, consultations on the second axis, its peak marked.
    const cx::ChartData data = cx::LifecycleView::curveChart(*view->model()->product(0), false);
    QVERIFY(!data.bands.isEmpty());
    QVERIFY(std::any_of(data.series.cbegin(), data.series.cend(), [](const cx::ChartSeries &s) { return s.secondaryAxis; }));
    QCOMPARE(data.marked.size(), 1);
    grab(u"lifecycle-product"_s);
    QVERIFY(view->closeDetail());
    QVERIFY(view->openProductName().isEmpty());
    QVERIFY(!view->openProduct(u"no such product"_s));
}

void TestProductViews::lifecycleUpdatesItsTilesInPlace()
{
    m_window->filterBar()->setFilter({});
    auto *view = show<cx::LifecycleView>();
    QTRY_VERIFY_WITH_TIMEOUT(view->model()->rowCount() > 0, 20000);
    const QList<cx::Chart *> tiles = view->tiles();
    const auto chartOf = [](cx::Chart *tile) { return tile->findChild<QChartView *>()->chart(); };
    QList<QChart *> charts;
    for (cx::Chart *tile : tiles)
        charts << chartOf(tile);
    const QStringList months = view->model()->product(0)->months;
    QVERIFY(months.size() > 6);
    // An earlier end month: the same tiles and charts draw the shorter curves.
    cx::AnalysisFilter filter;
    filter.fromMonth = months.constFirst();
    filter.toMonth = months.at(months.size() - 3);
    for (const cx::AnalysisFilter &f : {filter, cx::AnalysisFilter()}) {
        m_window->filterBar()->setFilter(f);
        view = show<cx::LifecycleView>();
        QVERIFY(view->isUpToDate());
        QVERIFY(!view->isUpdatingTiles());
        QCOMPARE(view->tiles(), tiles);
        for (int row = 0; row < view->model()->rowCount(); ++row) {
            const cx::ProductLifecycle &p = *view->model()->product(row);
            QCOMPARE(p.months.constLast(), f.toMonth.isEmpty() ? months.constLast() : f.toMonth);
            QChart *chart = chartOf(tiles.at(row));
            QCOMPARE(chart, charts.at(row));
            QCOMPARE(qobject_cast<QBarCategoryAxis *>(chart->axes(Qt::Horizontal).constFirst())->categories(),
                     cx::shortMonthLabels(p.months));
            QList<QPointF> users;
            for (QAbstractSeries *series : chart->series())
                if (auto *line = qobject_cast<QLineSeries *>(series); line && line->isVisible() && line->name() == u"Users"_s)
                    users << line->points();
            QCOMPARE(users.size(), qsizetype(p.users.size()));
            // In the users' scale (English: millions or thousands by the peak).
            const double peak = *std::max_element(p.users.cbegin(), p.users.cend());
            QCOMPARE(users.constLast().y(), p.users.back() / cx::DeskFormat::countScale(peak).divisor);
            QVERIFY(view->tileTitles().at(row).startsWith(p.product + u" · "_s + cx::LifecycleView::tileScale(p) + u'\n'
                                                          + cx::ProductFormat::lifecycleType(p.lifecycle.type)));
        }
    }
}

void TestProductViews::kanoShowsTheEightClasses()
{
    m_window->filterBar()->setFilter({});
    auto *view = show<cx::KanoView>();
    QVERIFY(view);
    // settle() (what --grab waits with) returns once the view shows its classes, not while they are computed.
    QVERIFY(view->isResultShown());
    QVERIFY(view->model()->rowCount() > 0);
    const QJsonObject truth = m_truth["kano_true_class"_L1].toObject();
    QCOMPARE(view->model()->rowCount(), truth.size());
    int previous = 0;
    for (int row = 0; row < view->model()->rowCount(); ++row) {
        const cx::KanoFeature *f = view->model()->feature(row);
        QVERIFY(f->kanoClass);
        QCOMPARE(QString(cx::kanoClassLetter(*f->kanoClass)), truth[f->feature].toString());
        // M first, R last and flagged.
        QVERIFY(cx::kanoPriority(*f->kanoClass) >= previous);
        previous = cx::kanoPriority(*f->kanoClass);
        const QString strategy = view->model()->data(view->model()->index(row, cx::KanoModel::Strategy)).toString();
        if (*f->kanoClass == cx::KanoClass::Reverse)
            QVERIFY2(strategy.startsWith(u"do not build"_s), qPrintable(strategy));
    }
    QCOMPARE(*view->model()->feature(0)->kanoClass, cx::KanoClass::MustBe);
    const QImage image = grab(u"kano"_s);
    QVERIFY(!image.isNull());
    // Every feature on the plane, labelled, no two labels overlapping (as drawn).
    QCOMPARE(cx::KanoView::scatter(*m_window->analysisService()->facts().kano).points.size(), truth.size());
    const QList<QRectF> labels = view->chart()->labelRects();
    QCOMPARE(labels.size(), truth.size());
    for (int i = 0; i < labels.size(); ++i) {
        QVERIFY(view->chart()->rect().contains(labels.at(i).toRect()));
        for (int j = i + 1; j < labels.size(); ++j)
            QVERIFY2(!labels.at(i).intersects(labels.at(j)), qPrintable(u"labels %1 and %2 overlap"_s.arg(i).arg(j)));
    }
    // With one product, the strategy follows its lifecycle phase.
    cx::AnalysisFilter one;
    one.products = {m_truth["planted_satisfaction_drop"_L1]["product"_L1].toString()};
    m_window->filterBar()->setFilter(one);
    view = show<cx::KanoView>();
    QTRY_VERIFY_WITH_TIMEOUT(view->model()->rowCount() > 0 && view->model()->feature(0)->phase.has_value(), 20000);
    QCOMPARE(view->model()->data(view->model()->index(0, cx::KanoModel::Strategy)).toString(), view->model()->feature(0)->strategy);
    grab(u"kano-product"_s);
    m_window->filterBar()->setFilter({});
}

void TestProductViews::findingsBecomeDraftWorkOrders()
{
    cx::ResponsibilityView *responsibility = showResponsibility();
    const cx::ResponsibilityChain chain = *responsibility->chainModel()->chain(0);
    QSignalSpy drafts(responsibility, &cx::ResponsibilityView::workOrderDraftReady);
    QPushButton *button = nullptr;
    for (QPushButton *b : responsibility->findChildren<QPushButton *>())
        if (b->text() == u"Create work order…"_s)
            button = b;
    QVERIFY(button);
    button->click();
    QTRY_COMPARE_WITH_TIMEOUT(drafts.size(), 1, 20000);
    const auto draft = drafts.at(0).at(0).value<cx::WorkOrder>();
    QCOMPARE(draft.ownerDepartment, chain.department);
    QCOMPARE(draft.city, chain.city);
    // The main window opens it in the work-order view.
    auto *workOrders = m_window->findChild<cx::WorkOrderView *>();
    QVERIFY(workOrders);
    QTRY_VERIFY(workOrders->isVisible());
    QTRY_VERIFY_WITH_TIMEOUT(!workOrders->isBusy(), 20000);
}

void TestProductViews::modelsPassTheTester()
{
    cx::ResponsibilityView *responsibility = showResponsibility();
    QAbstractItemModelTester chains(responsibility->chainModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester matrix(responsibility->matrixModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    auto *kano = show<cx::KanoView>();
    QAbstractItemModelTester features(kano->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    auto *lifecycle = show<cx::LifecycleView>();
    QAbstractItemModelTester products(lifecycle->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    // Reset with the same data while the testers watch.
    lifecycle->model()->setProducts(lifecycle->model()->products());
    QVERIFY(lifecycle->model()->rowCount() > 0);
    // No figure is a zero for no data: a product without figures says so.
    cx::LifecycleModel empty;
    QAbstractItemModelTester emptyTester(&empty, QAbstractItemModelTester::FailureReportingMode::QtTest);
    cx::ProductLifecycle none;
    none.product = u"新产品"_s;
    empty.setProducts({none});
    QCOMPARE(empty.data(empty.index(0, cx::LifecycleModel::Type)).toString(), u"no data"_s);
    QCOMPARE(empty.data(empty.index(0, cx::LifecycleModel::WaveHeight)).toString(), u"no data"_s);
}

void TestProductViews::rendersInChinese()
{
    m_sample.languages().apply(u"zh_CN"_s);
    QApplication::processEvents();
    cx::ResponsibilityView *responsibility = showResponsibility();
    QVERIFY(responsibility->isUpToDate());
    QCOMPARE(responsibility->title(), QCoreApplication::translate("cx::ResponsibilityView", "Responsibility map"));
    // The chain column holds the chain whatever the language writes around it.
    const cx::ResponsibilityChainModel *chains = responsibility->chainModel();
    QVERIFY(chains->rowCount() > 0);
    const QString first = chains->data(chains->index(0, cx::ResponsibilityChainModel::Chain)).toString();
    QVERIFY2(first.contains(u"产品部"_s) && first.contains(u"KEI03"_s), qPrintable(first));
    grab(u"responsibility-zh_CN"_s);
    auto *lifecycle = show<cx::LifecycleView>();
    QVERIFY(lifecycle->isUpToDate());
    QCOMPARE(lifecycle->tiles().size(), m_truth["lifecycle"_L1].toObject().size());
    grab(u"lifecycle-zh_CN"_s);
    m_sample.languages().apply(u"en"_s);
    QApplication::processEvents();
}

QTEST_MAIN(TestProductViews)
#include "tst_productviews.moc"
