// Times what a filter change costs the responsibility map, lifecycle and
// Kano views in the real window (offscreen): from FilterBar::setFilter() to
// the view showing that filter's result (facts computed on the worker, the
// map laid out by Graphviz and drawn), with a 2 ms timer measuring the
// longest stall of the GUI event loop meanwhile. Then, with --split, the
// parts of an update one by one on the GUI thread (nothing else running):
// the desk's analysis of the filter (what a view waits for before it shows
// the filter), each fact analysis the views ask for (SQL and computation;
// the first filter also reads what is kept per cube), the map's Graphviz
// layout (first and again) and its model reset, the lifecycle tiles' and the
// Kano scatter's charts (set on a new chart, set again on the same chart,
// drawn) and the Kano table's model reset. Run by hand:
//   bench_productviews --workspace big.cxw [--rounds 2] [--split] [--views responsibility,lifecycle,kano]

#include "benchsupport.h"

#include "application.h"
#include "charts/scatterchart.h"
#include "filterbar.h"
#include "graph/graphview.h"
#include "graph/responsibilitystyle.h"
#include "layout/graphlayout.h"
#include "mainwindow.h"
#include "service/analysisservice.h"
#include "service/productmodels.h"
#include "service/responsibilitymodels.h"
#include "settings/language.h"
#include "settings/preferences.h"
#include "views/kanoview.h"
#include "views/lifecycleview.h"
#include "views/responsibilityview.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextStream>

#include <functional>
#include <memory>

using namespace Qt::StringLiterals;

using cx::bench::out;
using cx::bench::StallMonitor;
using cx::bench::Stats;
using cx::bench::waitFor;

namespace {

/// The parts of the views' updates, one at a time on this thread.
void timeParts(cx::AnalysisService &service, const QList<cx::AnalysisFilter> &filters, const QFont &font)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"split"_s);
    db.setDatabaseName(service.workspace()->path());
    if (!db.open()) {
        QTextStream(stderr) << "cannot open the workspace for --split\n";
        return;
    }
    const std::shared_ptr<const cx::AnalyticsCube> cube = service.cube();
    Stats desk;
    for (const cx::AnalysisFilter &filter : filters) {
        QElapsedTimer timer;
        timer.start();
        cx::analyzeDesk(*cube, filter, service.settings());
        desk.samples.push_back(cx::bench::elapsedMs(timer));
    }
    out() << "  desk analysis of the filter (before a view asks for its facts): " << desk.summary() << "\n";
    const QList<std::pair<QString, cx::FactKind>> kinds{
        {u"responsibility chains"_s, cx::FactKind::Responsibility},
        {u"stage × department matrix"_s, cx::FactKind::ResponsibilityMatrix},
        {u"indicator tree and actuals"_s, cx::FactKind::ResponsibilityGraph},
        {u"departments' handling by city (the map's tooltips)"_s, cx::FactKind::ServiceByCity},
        {u"lifecycle"_s, cx::FactKind::Lifecycle},
        {u"Kano"_s, cx::FactKind::Kano},
    };
    for (const auto &[name, kind] : kinds) {
        Stats times;
        double first = 0;
        for (const cx::AnalysisFilter &filter : filters) {
            QElapsedTimer timer;
            timer.start();
            cx::computeFact(kind, db, cube->scope(filter));
            (first == 0 ? first : times.samples.emplace_back()) = cx::bench::elapsedMs(timer);
        }
        out() << "  " << name << ": first filter " << cx::bench::ms(first) << ", then " << times.summary() << "\n";
    }

    Stats layoutFirst, layoutAgain, modelReset;
    cx::ResponsibilityChainModel chainModel;
    for (const cx::AnalysisFilter &filter : filters) {
        const cx::AnalysisScope scope = cube->scope(filter);
        const cx::FactAnalyses chains = cx::computeFact(cx::FactKind::Responsibility, db, scope);
        const cx::FactAnalyses facts = cx::computeFact(cx::FactKind::ResponsibilityGraph, db, scope);
        QElapsedTimer timer;
        timer.start();
        chainModel.setChains(*chains.responsibility);
        modelReset.samples.push_back(cx::bench::elapsedMs(timer));
        const QStringList months = facts.responsibilityGraph->months();
        if (months.isEmpty())
            continue;
        const cx::ResponsibilityGraph graph =
            cx::buildResponsibilityGraph(*facts.responsibilityGraph, months.constLast(), QString(), *chains.responsibility);
        QList<cx::GraphNodeStyle> styles;
        for (int i = 0; i < graph.nodes.size(); ++i)
            styles << cx::ResponsibilityStyle::style(graph, i);
        const cx::LayoutRequest request = cx::ResponsibilityStyle::request(graph, styles, font);
        for (Stats *stats : {&layoutFirst, &layoutAgain}) {
            timer.restart();
            cx::layoutGraph(request);
            stats->samples.push_back(cx::bench::elapsedMs(timer));
        }
    }
    out() << "  chain model reset: " << modelReset.summary() << "\n";
    out() << "  Graphviz layout of the last month's map (a shape seen before is cached): " << layoutFirst.summary()
          << "; the same request again: " << layoutAgain.summary() << "\n";

    // The charts on the GUI thread: every lifecycle tile of a filter, and the Kano scatter.
    Stats tilesNew, tilesAgain, tilesDrawn, scatterSet, scatterDrawn, kanoReset;
    cx::KanoModel kanoModel;
    cx::ScatterChart scatter;
    scatter.resize(560, 480);
    scatter.show();
    const std::unique_ptr<cx::Chart> tile(cx::Chart::create());
    tile->resize(240, 170);
    tile->show();
    for (const cx::AnalysisFilter &filter : filters) {
        const cx::AnalysisScope scope = cube->scope(filter);
        const QList<cx::ProductLifecycle> products = *cx::computeFact(cx::FactKind::Lifecycle, db, scope).lifecycle;
        QElapsedTimer timer;
        timer.start();
        for (const cx::ProductLifecycle &p : products) {
            const std::unique_ptr<cx::Chart> fresh(cx::Chart::create());
            fresh->resize(tile->size());
            fresh->setData(cx::LifecycleView::curveChart(p, true));
        }
        tilesNew.samples.push_back(cx::bench::elapsedMs(timer));
        timer.restart();
        for (const cx::ProductLifecycle &p : products)
            tile->setData(cx::LifecycleView::curveChart(p, true));
        tilesAgain.samples.push_back(cx::bench::elapsedMs(timer));
        double drawn = 0;
        for (const cx::ProductLifecycle &p : products) {
            tile->setData(cx::LifecycleView::curveChart(p, true));
            timer.restart();
            tile->grab();
            drawn += cx::bench::elapsedMs(timer);
        }
        tilesDrawn.samples.push_back(drawn);

        const QList<cx::KanoFeature> features = *cx::computeFact(cx::FactKind::Kano, db, scope).kano;
        timer.restart();
        kanoModel.setFeatures(features);
        kanoReset.samples.push_back(cx::bench::elapsedMs(timer));
        timer.restart();
        scatter.setData(cx::KanoView::scatter(features));
        scatterSet.samples.push_back(cx::bench::elapsedMs(timer));
        timer.restart();
        scatter.grab(); // the labels are placed as it draws
        scatterDrawn.samples.push_back(cx::bench::elapsedMs(timer));
    }
    out() << "  lifecycle tiles of a filter, each on a new chart: " << tilesNew.summary()
          << "; set again on one chart: " << tilesAgain.summary() << "; drawn: " << tilesDrawn.summary() << "\n";
    out() << "  Kano table model reset: " << kanoReset.summary() << "; scatter set: " << scatterSet.summary()
          << "; drawn (with label placement): " << scatterDrawn.summary() << "\n";
}

} // namespace

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Times a filter change in the responsibility map, lifecycle and Kano views."_s);
    parser.addHelpOption();
    const QCommandLineOption workspaceOption(u"workspace"_s, u"Workspace to open."_s, u"file"_s);
    const QCommandLineOption roundsOption(u"rounds"_s, u"Passes over the filters (default 2; later ones hit the caches; 0: none)."_s,
                                          u"n"_s, u"2"_s);
    const QCommandLineOption splitOption(u"split"_s, u"Also time the parts of an update one by one."_s);
    const QCommandLineOption viewsOption(u"views"_s, u"The views to time, comma-separated (default: all)."_s,
                                         u"responsibility,lifecycle,kano"_s, u"responsibility,lifecycle,kano"_s);
    parser.addOptions({workspaceOption, roundsOption, splitOption, viewsOption});
    parser.process(app);
    if (!parser.isSet(workspaceOption)) {
        QTextStream(stderr) << "--workspace is required\n";
        return 2;
    }

    cx::configureApplication(app);
    QTemporaryDir temporary;
    cx::Preferences preferences(temporary.filePath(u"prefs.ini"_s));
    cx::LanguageManager languages;
    languages.apply(u"en"_s);
    cx::MainWindow window(preferences, languages);
    window.resize(1366, 768);
    window.show();
    QElapsedTimer timer;
    timer.start();
    if (!window.openWorkspace(parser.value(workspaceOption), false)) {
        QTextStream(stderr) << window.lastError() << '\n';
        return 1;
    }
    cx::settle(window, 600000);
    cx::AnalysisService &service = *window.analysisService();
    if (!service.cube()) {
        QTextStream(stderr) << "the workspace was not analysed: " << service.statusMessage() << '\n';
        return 1;
    }
    out() << "workspace opened and the cube loaded in " << timer.elapsed() << " ms\n";

    const QStringList months = service.cube()->months().mid(std::max<qsizetype>(0, service.cube()->months().size() - 12));
    const QStringList cities = service.cube()->filterOptions().childRegions({});
    QList<cx::AnalysisFilter> filters;
    for (const QString &month : months) {
        cx::AnalysisFilter f;
        f.fromMonth = f.toMonth = month;
        filters << f;
        f.region = cx::RegionPath{cities.value(int(filters.size()) % std::max<qsizetype>(1, cities.size()))};
        filters << f;
    }

    const auto viewIndex = [&](auto *probe) {
        for (int i = 0; i < window.views().size(); ++i)
            if (qobject_cast<decltype(probe)>(window.views().at(i)))
                return i;
        return -1;
    };
    struct Target
    {
        QString key;
        QString name;
        int index;
        std::function<bool()> shown;
    };
    auto *responsibility = window.findChild<cx::ResponsibilityView *>();
    auto *lifecycle = window.findChild<cx::LifecycleView *>();
    auto *kano = window.findChild<cx::KanoView *>();
    const QList<Target> targets{
        {u"responsibility"_s, u"responsibility map"_s, viewIndex(responsibility),
         [&] {
             return service.isCurrent() && service.facts().has(cx::FactKind::Responsibility)
                 && service.facts().has(cx::FactKind::ResponsibilityMatrix) && service.facts().has(cx::FactKind::ResponsibilityGraph)
                 && !responsibility->isLayingOut();
         }},
        {u"lifecycle"_s, u"lifecycle"_s, viewIndex(lifecycle),
         [&] { return service.isCurrent() && service.facts().has(cx::FactKind::Lifecycle) && !lifecycle->isUpdatingTiles(); }},
        {u"kano"_s, u"Kano"_s, viewIndex(kano), [&] { return service.isCurrent() && service.facts().has(cx::FactKind::Kano); }},
    };

    StallMonitor stalls;
    const int rounds = std::max(0, parser.value(roundsOption).toInt());
    const QStringList chosen = parser.value(viewsOption).split(u',');
    for (const Target &target : targets) {
        if (!chosen.contains(target.key))
            continue;
        window.showView(target.index);
        cx::settle(window, 120000);
        for (int round = 0; round < rounds; ++round) {
            Stats times;
            stalls.start();
            for (const cx::AnalysisFilter &filter : std::as_const(filters)) {
                window.filterBar()->setFilter(filter);
                times.samples.push_back(waitFor(target.shown, 60000));
            }
            out() << target.name << ", pass " << round + 1 << (round == 0 ? " (new filters)" : " (filters seen before)")
                  << ": " << times.summary() << "; longest event-loop stall " << stalls.summary() << "\n";
            out().flush();
        }
    }
    if (parser.isSet(splitOption))
        timeParts(service, filters, responsibility->font());
    return 0;
}
