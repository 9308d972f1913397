// The responsibility map's graph and its Graphviz layout on the sample
// indicator tree and actuals: every node placed inside the drawing, no two
// nodes overlapping, layers left to right, every edge a Bézier spline from
// its source to its target; the planted miss chain of truth.json marked on
// the graph of its month and city; layouts from several threads at once
// agree (cgraph is serialised), with no plugin registry to read; a process
// that ends during a layout ends normally.

#include "analytics/responsibilitygraph.h"
#include "analyticsfixture.h"
#include "layout/graphlayout.h"
#include "testsupport.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonArray>
#include <QProcess>
#include <QTest>
#include <QThread>
#include <QtConcurrent/QtConcurrentRun>

using namespace Qt::StringLiterals;
using namespace cx;

namespace {

// Node sizes as the view measures them, roughly: 7 points a character, two lines.
LayoutRequest requestFor(const ResponsibilityGraph &graph)
{
    LayoutRequest request;
    for (const ResponsibilityNode &node : graph.nodes)
        request.nodes.append({QSizeF(40 + 7.0 * double((node.code + node.name).size()), 42), int(node.layer)});
    for (const ResponsibilityEdge &edge : graph.edges)
        request.edges.append({edge.from, edge.to});
    return request;
}

qreal distance(const QPointF &point, const QRectF &rect)
{
    const qreal dx = std::max({rect.left() - point.x(), 0.0, point.x() - rect.right()});
    const qreal dy = std::max({rect.top() - point.y(), 0.0, point.y() - rect.bottom()});
    return std::hypot(dx, dy);
}

} // namespace

class TestGraphLayout : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void graphOfThePlantedMonth();
    void layoutPlacesEveryNodeAndEdge();
    void layersRunLeftToRight();
    void layoutsFromSeveralThreadsAgree();
    void emptyAndBrokenRequests();
    void layoutsAreKeptByShape();
    void exitDuringALayout();

private:
    std::unique_ptr<test::AnalyticsWorkspace> m_ws;
    ResponsibilityFacts m_facts;
    QList<ResponsibilityChain> m_chains;
    QString m_month;
    ResponsibilityGraph m_graph;
};

void TestGraphLayout::initTestCase()
{
    CX_REQUIRE_SHARED_DATA(data);
    // No plugin registry: the dot layout is linked in, so a Graphviz folder without config6 changes nothing.
    QTemporaryDir empty;
    qputenv("GVBINDIR", QFile::encodeName(empty.path()));
    m_ws = std::make_unique<test::AnalyticsWorkspace>();
    QVERIFY2(m_ws->error().isEmpty(), qPrintable(m_ws->error()));
    const QString error = m_ws->importFiles({QDir(data).filePath(u"indicator_tree.csv"_s),
                                             QDir(data).filePath(u"indicator_values.csv"_s)});
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const QJsonObject misses = test::readTruth(data)["indicator_misses"_L1].toObject();
    QCOMPARE(misses.size(), 1);
    m_month = misses.constBegin().key();
    m_facts = responsibilityFacts(m_ws->db(), m_ws->scope({}));
    m_chains = responsibilityChains(m_ws->db(), m_ws->scope({}));
    m_graph = buildResponsibilityGraph(m_facts, m_month, u"深圳"_s, m_chains);
}

void TestGraphLayout::graphOfThePlantedMonth()
{
    // 8 elements, 15 KEIs, 12 KOIs and the departments that own indicators.
    QCOMPARE(m_facts.tree.size(), 35);
    int elements = 0, keis = 0, kois = 0, departments = 0;
    for (const ResponsibilityNode &node : std::as_const(m_graph.nodes)) {
        elements += node.layer == ResponsibilityLayer::Element;
        keis += node.layer == ResponsibilityLayer::Kei;
        kois += node.layer == ResponsibilityLayer::Koi;
        departments += node.layer == ResponsibilityLayer::Department;
    }
    QCOMPARE(elements, 8);
    QCOMPARE(keis, 15);
    QCOMPARE(kois, 12);
    QCOMPARE(departments, 7);
    // Every KEI under its element, every KOI under its KEI, every leaf to its owner.
    QCOMPARE(m_graph.edges.size(), 15 + 12 + 12 + 3);

    const QJsonArray codes = test::readTruth(cx::test::sharedDataDir())["indicator_misses"_L1][m_month].toArray();
    for (const QJsonValue &code : codes) {
        const QString c = code.toString();
        const int node = m_graph.find(c.startsWith("KEI"_L1) ? ResponsibilityLayer::Kei : ResponsibilityLayer::Koi, c);
        QVERIFY2(node >= 0, qPrintable(c));
        QVERIFY2(m_graph.nodes.at(node).missed(), qPrintable(c));
    }
    // The top chain of 深圳 in that month runs QOE05 → KEI03 → KOI03 → 产品部, all marked rank 0.
    const int kei = m_graph.find(ResponsibilityLayer::Kei, u"KEI03"_s);
    const int koi = m_graph.find(ResponsibilityLayer::Koi, u"KOI03"_s);
    const int element = m_graph.find(ResponsibilityLayer::Element, u"QOE05"_s);
    const int owner = m_graph.find(ResponsibilityLayer::Department, u"产品部"_s);
    for (int node : {element, kei, koi, owner})
        QCOMPARE(m_graph.nodes.at(node).chainRank, 0);
    int marked = 0;
    for (const ResponsibilityEdge &edge : std::as_const(m_graph.edges))
        if (edge.chainRank == 0) {
            ++marked;
            QVERIFY((edge.from == element && edge.to == kei) || (edge.from == kei && edge.to == koi)
                    || (edge.from == koi && edge.to == owner));
        }
    QCOMPARE(marked, 3);
    QVERIFY(m_graph.nodes.at(owner).missedOwned >= 2);
    // Elsewhere and in other months the chain is not marked.
    const ResponsibilityGraph other = buildResponsibilityGraph(m_facts, u"2024-03"_s, u"深圳"_s, m_chains);
    QCOMPARE(other.nodes.at(other.find(ResponsibilityLayer::Kei, u"KEI03"_s)).chainRank, -1);
    QVERIFY(!other.nodes.at(other.find(ResponsibilityLayer::Kei, u"KEI03"_s)).missed());
}

void TestGraphLayout::layoutPlacesEveryNodeAndEdge()
{
    const LayoutRequest request = requestFor(m_graph);
    const GraphLayout layout = layoutGraph(request);
    QVERIFY2(layout.ok, qPrintable(layout.error));
    QCOMPARE(layout.nodes.size(), request.nodes.size());
    const QRectF drawing(QPointF(0, 0), layout.size);
    for (int i = 0; i < layout.nodes.size(); ++i) {
        const QRectF node = layout.nodes.at(i);
        QCOMPARE(node.size(), request.nodes.at(i).size);
        QVERIFY2(drawing.adjusted(-1, -1, 1, 1).contains(node), qPrintable(u"node %1 outside"_s.arg(i)));
        for (int j = i + 1; j < layout.nodes.size(); ++j)
            QVERIFY2(!node.intersects(layout.nodes.at(j)), qPrintable(u"nodes %1 and %2 overlap"_s.arg(i).arg(j)));
    }
    QCOMPARE(layout.edges.size(), request.edges.size());
    for (const LaidOutEdge &edge : layout.edges) {
        QVERIFY(edge.bezier.size() >= 4);
        QCOMPARE((edge.bezier.size() - 1) % 3, 0);
        QVERIFY(edge.hasArrow);
        QVERIFY(distance(edge.bezier.constFirst(), layout.nodes.at(edge.from)) < 2);
        QVERIFY(distance(edge.arrowTip, layout.nodes.at(edge.to)) < 2);
        for (const QPointF &p : edge.bezier)
            QVERIFY(drawing.adjusted(-2, -2, 2, 2).contains(p));
    }
}

void TestGraphLayout::layersRunLeftToRight()
{
    const GraphLayout layout = layoutGraph(requestFor(m_graph));
    QVERIFY(layout.ok);
    // Each layer lies wholly to the right of the one before (same-rank groups).
    for (int layer = 0; layer < 3; ++layer) {
        qreal right = 0;
        qreal nextLeft = layout.size.width();
        for (int i = 0; i < m_graph.nodes.size(); ++i) {
            if (int(m_graph.nodes.at(i).layer) == layer)
                right = std::max(right, layout.nodes.at(i).right());
            if (int(m_graph.nodes.at(i).layer) == layer + 1)
                nextLeft = std::min(nextLeft, layout.nodes.at(i).left());
        }
        QVERIFY2(right < nextLeft, qPrintable(u"layer %1"_s.arg(layer)));
    }
}

void TestGraphLayout::layoutsFromSeveralThreadsAgree()
{
    const LayoutRequest request = requestFor(m_graph);
    const GraphLayout reference = layoutGraph(request);
    QList<QFuture<GraphLayout>> futures;
    for (int i = 0; i < 4; ++i)
        futures << QtConcurrent::run([request] { return layoutGraph(request); });
    futures << layoutGraphAsync(request);
    for (QFuture<GraphLayout> &future : futures) {
        const GraphLayout layout = future.result();
        QVERIFY(layout.ok);
        QCOMPARE(layout.nodes, reference.nodes);
        QCOMPARE(layout.edges.size(), reference.edges.size());
        for (int e = 0; e < layout.edges.size(); ++e)
            QCOMPARE(layout.edges.at(e).bezier, reference.edges.at(e).bezier);
    }
}

void TestGraphLayout::emptyAndBrokenRequests()
{
    const GraphLayout empty = layoutGraph({});
    QVERIFY(empty.ok);
    QVERIFY(empty.nodes.isEmpty());
    // Edges to nodes that do not exist and repeated edges are left out.
    LayoutRequest request;
    request.nodes = {{QSizeF(50, 20), 0}, {QSizeF(50, 20), 1}};
    request.edges = {{0, 1}, {0, 1}, {1, 7}, {-1, 0}};
    const GraphLayout layout = layoutGraph(request);
    QVERIFY(layout.ok);
    QCOMPARE(layout.edges.size(), 1);
    QVERIFY(layout.nodes.at(0).right() < layout.nodes.at(1).left());
}

void TestGraphLayout::layoutsAreKeptByShape()
{
    LayoutRequest request;
    request.nodes = {{QSizeF(50, 20), 0}, {QSizeF(50, 20), 1}, {QSizeF(50, 20), 1}};
    request.edges = {{0, 1}, {0, 2}};
    const GraphLayout first = layoutGraph(request);
    QVERIFY(first.ok);
    const GraphLayout again = layoutGraph(request);
    QCOMPARE(again.nodes, first.nodes);
    QCOMPARE(again.size, first.size);

    // Whatever differs in the shape is laid out anew, never answered from the kept layout.
    LayoutRequest wider = request;
    wider.nodes[1].size = QSizeF(120, 20);
    QCOMPARE(layoutGraph(wider).nodes.at(1).width(), 120.0);
    LayoutRequest otherEdges = request;
    otherEdges.edges = {{0, 1}, {1, 2}};
    otherEdges.nodes[2].layer = 2;
    const GraphLayout chain = layoutGraph(otherEdges);
    QCOMPARE(chain.edges.size(), 2);
    QCOMPARE(chain.edges.at(1).from, 1);
    QVERIFY(chain.nodes.at(1).right() < chain.nodes.at(2).left());
    LayoutRequest topDown = request;
    topDown.leftToRight = false;
    const GraphLayout vertical = layoutGraph(topDown);
    QVERIFY(vertical.nodes.at(0).bottom() < vertical.nodes.at(1).top());
    QCOMPARE(layoutGraph(request).nodes, first.nodes);
}

namespace {

// A graph dot takes a while to lay out: layers of nodes, each linked to a
// few of the next layer.
LayoutRequest slowRequest()
{
    LayoutRequest request;
    constexpr int layers = 8;
    constexpr int perLayer = 120;
    for (int layer = 0; layer < layers; ++layer)
        for (int i = 0; i < perLayer; ++i)
            request.nodes.append({QSizeF(60, 20), layer});
    for (int layer = 0; layer + 1 < layers; ++layer)
        for (int i = 0; i < perLayer; ++i)
            for (int step : {1, 37, 71})
                request.edges.append({layer * perLayer + i, (layer + 1) * perLayer + (i * step) % perLayer});
    return request;
}

constexpr auto exitDuringLayoutVariable = "CX_EXIT_DURING_LAYOUT";

} // namespace

void TestGraphLayout::exitDuringALayout()
{
    // A process that ends while a layout runs on the layout pool (the app
    // closed while the responsibility map lays out) ends normally: the pool
    // waits for the layout before what it uses is destroyed.
    QProcess child;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QString::fromLatin1(exitDuringLayoutVariable), u"1"_s);
    child.setProcessEnvironment(environment);
    child.start(QCoreApplication::applicationFilePath(), {});
    QVERIFY(child.waitForFinished(120000));
    QCOMPARE(child.exitStatus(), QProcess::NormalExit);
    QCOMPARE(child.exitCode(), 0);
}

int main(int argc, char **argv)
{
    // The child of exitDuringALayout(): leaves main while its layout runs
    // and another waits for it.
    if (qEnvironmentVariableIsSet(exitDuringLayoutVariable)) {
        const QFuture<GraphLayout> layout = layoutGraphAsync(slowRequest());
        LayoutRequest next = slowRequest();
        next.leftToRight = false;
        const QFuture<GraphLayout> queued = layoutGraphAsync(next);
        QThread::msleep(20);
        return layout.isFinished() ? 2 : 0;
    }
    QCoreApplication app(argc, argv);
    TestGraphLayout test;
    return QTest::qExec(&test, argc, argv);
}
#include "tst_graphlayout.moc"
