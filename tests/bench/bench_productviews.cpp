// Times what a filter change costs the responsibility map, lifecycle and
// Kano views in the real window (offscreen): from FilterBar::setFilter() to
// the view showing that filter's result (facts computed on the worker, the
// map laid out by Graphviz and drawn), with a 5 ms timer measuring the
// longest stall of the GUI event loop meanwhile. Run by hand:
//   bench_productviews --workspace big.cxw [--rounds 2]

#include "benchsupport.h"

#include "application.h"
#include "filterbar.h"
#include "graph/graphview.h"
#include "mainwindow.h"
#include "service/analysisservice.h"
#include "service/productmodels.h"
#include "settings/language.h"
#include "settings/preferences.h"
#include "views/kanoview.h"
#include "views/lifecycleview.h"
#include "views/responsibilityview.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTextStream>

#include <functional>

using namespace Qt::StringLiterals;

using cx::bench::out;
using cx::bench::StallMonitor;
using cx::bench::Stats;
using cx::bench::waitFor;

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Times a filter change in the responsibility map, lifecycle and Kano views."_s);
    parser.addHelpOption();
    const QCommandLineOption workspaceOption(u"workspace"_s, u"Workspace to open."_s, u"file"_s);
    const QCommandLineOption roundsOption(u"rounds"_s, u"Passes over the filters (default 2; later ones hit the caches)."_s,
                                          u"n"_s, u"2"_s);
    parser.addOptions({workspaceOption, roundsOption});
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
        QString name;
        int index;
        std::function<bool()> shown;
    };
    auto *responsibility = window.findChild<cx::ResponsibilityView *>();
    auto *lifecycle = window.findChild<cx::LifecycleView *>();
    auto *kano = window.findChild<cx::KanoView *>();
    const QList<Target> targets{
        {u"responsibility map"_s, viewIndex(responsibility),
         [&] {
             return service.isCurrent() && service.facts().has(cx::FactKind::Responsibility)
                 && service.facts().has(cx::FactKind::ResponsibilityMatrix) && service.facts().has(cx::FactKind::ResponsibilityGraph)
                 && !responsibility->isLayingOut();
         }},
        {u"lifecycle"_s, viewIndex(lifecycle), [&] { return service.isCurrent() && service.facts().has(cx::FactKind::Lifecycle); }},
        {u"Kano"_s, viewIndex(kano), [&] { return service.isCurrent() && service.facts().has(cx::FactKind::Kano); }},
    };

    StallMonitor stalls;
    const int rounds = std::max(1, parser.value(roundsOption).toInt());
    for (const Target &target : targets) {
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
    return 0;
}
