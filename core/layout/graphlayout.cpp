#include "layout/graphlayout.h"
#include "service/workerpriority.h"

#include <QCoreApplication>
#include <QDataStream>
#include <QIODevice>
#include <QHash>
#include <QMutex>
#include <QMutexLocker>
#include <QSet>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentRun>

#include <graphviz/gvc.h>

#include <memory>

// The dot layout and the core plugins are linked in, as Graphviz's own
// builtins.c declares them, so that no plugin registry (config6) is read at
// run time.
extern "C" {
extern gvplugin_library_t gvplugin_dot_layout_LTX_library;
extern gvplugin_library_t gvplugin_core_LTX_library;
}

namespace cx {

namespace {

using namespace Qt::StringLiterals;

const lt_symlist_t builtinPlugins[] = {
    {"gvplugin_dot_layout_LTX_library", &gvplugin_dot_layout_LTX_library},
    {"gvplugin_core_LTX_library", &gvplugin_core_LTX_library},
    {nullptr, nullptr},
};

struct ContextDeleter
{
    void operator()(GVC_t *context) const { gvFreeContext(context); }
};

struct GraphDeleter
{
    GVC_t *context;
    void operator()(Agraph_t *graph) const
    {
        gvFreeLayout(context, graph);
        agclose(graph);
    }
};

void set(void *object, const char *name, const QByteArray &value)
{
    agsafeset(object, const_cast<char *>(name), const_cast<char *>(value.constData()), const_cast<char *>(""));
}

QByteArray inches(double points)
{
    return QByteArray::number(points / 72.0, 'f', 4);
}

// Layouts already computed, by the request's shape (sizes, layers, edges,
// separations): a filter change that only recolours a graph lays out nothing
// again. The least recently used go first.
class LayoutCache
{
public:
    static constexpr qsizetype capacity = 64;

    static QByteArray keyOf(const LayoutRequest &request)
    {
        QByteArray key;
        QDataStream stream(&key, QIODevice::WriteOnly);
        stream << request.leftToRight << request.nodeSeparation << request.layerSeparation << qint64(request.nodes.size());
        for (const LayoutNode &node : request.nodes)
            stream << node.size.width() << node.size.height() << qint32(node.layer);
        for (const LayoutEdge &edge : request.edges)
            stream << qint32(edge.from) << qint32(edge.to);
        return key;
    }

    const GraphLayout *find(const QByteArray &key)
    {
        const auto it = m_layouts.constFind(key);
        if (it == m_layouts.constEnd())
            return nullptr;
        m_order.removeOne(key);
        m_order.append(key);
        return &it.value();
    }

    void insert(const QByteArray &key, const GraphLayout &layout)
    {
        if (m_layouts.size() >= capacity)
            m_layouts.remove(m_order.takeFirst());
        m_layouts.insert(key, layout);
        m_order.append(key);
    }

private:
    QHash<QByteArray, GraphLayout> m_layouts;
    QList<QByteArray> m_order; ///< least recently used first
};

// What layouts share, in one object: members are destroyed in reverse
// order, so at exit the pool goes first, waiting for a layout under way,
// before the cache, the context and the lock that layout uses.
struct Graphviz
{
    Graphviz()
    {
        pool.setMaxThreadCount(1);
        pool.setObjectName(u"graph layout"_s);
    }

    // One context for the process, created under the lock on first use.
    GVC_t *gvc()
    {
        if (!context) {
            agseterr(AGERR); // warnings about the graph go nowhere; errors still fail the layout
            context.reset(gvContextPlugins(builtinPlugins, 0));
        }
        return context.get();
    }

    QMutex mutex; ///< every use of cgraph and gvc, and of the cache, goes through this lock
    std::unique_ptr<GVC_t, ContextDeleter> context;
    LayoutCache cache;
    QThreadPool pool;
};

Graphviz &graphviz()
{
    static Graphviz state;
    return state;
}

// The translation context of this file's messages.
struct Messages
{
    Q_DECLARE_TR_FUNCTIONS(cx::GraphLayout)
};

} // namespace

namespace {

GraphLayout runDot(const LayoutRequest &request)
{
    GraphLayout result;
    GVC_t *context = graphviz().gvc();
    if (!context) {
        result.error = Messages::tr("The graph layout (Graphviz) could not be started.");
        return result;
    }
    const std::unique_ptr<Agraph_t, GraphDeleter> graph(agopen(const_cast<char *>("g"), Agdirected, nullptr),
                                                        GraphDeleter{context});
    Agraph_t *g = graph.get();
    set(g, "rankdir", request.leftToRight ? "LR" : "TB");
    set(g, "nodesep", inches(request.nodeSeparation));
    set(g, "ranksep", inches(request.layerSeparation));
    set(g, "splines", "spline");
    set(g, "outputorder", "edgesfirst");

    QList<Agnode_t *> nodes;
    nodes.reserve(request.nodes.size());
    QHash<int, Agraph_t *> layers;
    for (int i = 0; i < request.nodes.size(); ++i) {
        const LayoutNode &node = request.nodes.at(i);
        Agnode_t *n = agnode(g, QByteArray("n" + QByteArray::number(i)).data(), 1);
        set(n, "shape", "box");
        set(n, "fixedsize", "true");
        set(n, "label", "");
        set(n, "width", inches(node.size.width()));
        set(n, "height", inches(node.size.height()));
        if (node.layer >= 0) {
            Agraph_t *&layer = layers[node.layer];
            if (!layer) {
                layer = agsubg(g, QByteArray("layer" + QByteArray::number(node.layer)).data(), 1);
                set(layer, "rank", "same");
            }
            agsubnode(layer, n, 1);
        }
        nodes << n;
    }
    QList<std::pair<LayoutEdge, Agedge_t *>> edges;
    QSet<std::pair<int, int>> seen;
    for (const LayoutEdge &edge : request.edges) {
        if (edge.from < 0 || edge.to < 0 || edge.from >= nodes.size() || edge.to >= nodes.size()
            || seen.contains({edge.from, edge.to}))
            continue;
        seen.insert({edge.from, edge.to});
        edges.append({edge, agedge(g, nodes.at(edge.from), nodes.at(edge.to), nullptr, 1)});
    }

    if (gvLayout(context, g, "dot") != 0) {
        result.error = Messages::tr("The graph layout (Graphviz dot) failed.");
        return result;
    }
    const boxf bb = GD_bb(g);
    const auto flip = [&](pointf p) { return QPointF(p.x - bb.LL.x, bb.UR.y - p.y); };
    result.size = QSizeF(bb.UR.x - bb.LL.x, bb.UR.y - bb.LL.y);
    for (int i = 0; i < nodes.size(); ++i) {
        const QSizeF size = request.nodes.at(i).size;
        const QPointF centre = flip(ND_coord(nodes.at(i)));
        result.nodes << QRectF(centre - QPointF(size.width() / 2, size.height() / 2), size);
    }
    for (const auto &[edge, e] : std::as_const(edges)) {
        LaidOutEdge laid{edge.from, edge.to, {}, false, {}};
        if (const splines *spl = ED_spl(e); spl && spl->size > 0) {
            // dot draws one bezier per edge unless it is split by concentrators (off here).
            const bezier &b = spl->list[0];
            laid.bezier.reserve(b.size);
            for (int i = 0; i < b.size; ++i)
                laid.bezier << flip(b.list[i]);
            if (b.eflag) {
                laid.hasArrow = true;
                laid.arrowTip = flip(b.ep);
            }
        }
        result.edges << laid;
    }
    result.ok = true;
    return result;
}

} // namespace

GraphLayout layoutGraph(const LayoutRequest &request)
{
    Graphviz &state = graphviz();
    QMutexLocker lock(&state.mutex);
    const QByteArray key = LayoutCache::keyOf(request);
    if (const GraphLayout *cached = state.cache.find(key))
        return *cached;
    GraphLayout result = runDot(request);
    if (result.ok)
        state.cache.insert(key, result);
    return result;
}

QFuture<GraphLayout> layoutGraphAsync(LayoutRequest request)
{
    return QtConcurrent::run(&graphviz().pool, [request = std::move(request)] {
        lowerWorkerPriority();
        return layoutGraph(request);
    });
}

} // namespace cx
