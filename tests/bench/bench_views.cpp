// Desk benchmark (run on demand, prints figures):
//   bench_views [--workspace FILE] [--complaints N] [--surveys N] [--changes N]
// Without an existing --workspace, generates the demo exports (N complaints,
// default 1,000,000, as one UTF-8 CSV; surveys default 200,000) and imports
// them into a new workspace, as `cxwb-cli demo` and `cxwb-cli import` do.
// Then, in the desktop window (offscreen):
// - opening the workspace: time until the window is usable, and until the
//   dashboard shows the analysis (the first fold of new rows included);
// - scripted filter changes and view switches: time from the change to the
//   visible view showing the new result (median, p95, max);
// - the longest stall of the GUI event loop over the whole run, measured by
//   a 2 ms timer;
// - the complaint table of a journey stage over the whole history: the time
//   to list it, to scroll from top to bottom, and to sort it by time.

#include "benchsupport.h"

#include "application.h"
#include "complaints/complainttable.h"
#include "filterbar.h"
#include "mainwindow.h"
#include "service/analysisservice.h"
#include "service/complainttablemodel.h"
#include "settings/language.h"
#include "settings/preferences.h"
#include "views/analysisview.h"
#include "views/detailpanel.h"
#include "views/journeyview.h"
#include "workspace/workspace.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QHeaderView>
#include <QScrollBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>

#include <algorithm>
#include <ctime>
#include <functional>
#include <vector>

using namespace Qt::StringLiterals;

namespace {

using cx::bench::elapsedMs;
using cx::bench::ms;
using cx::bench::out;
using cx::bench::StallMonitor;
using cx::bench::Stats;
using cx::bench::waitFor;

// Distinct filters over the last months: months, cities, counties, grids, products, a channel.
QList<cx::AnalysisFilter> scriptedFilters(const cx::FilterOptions &options, int count)
{
    QList<cx::AnalysisFilter> filters;
    const QStringList months = options.months.mid(std::max<qsizetype>(0, options.months.size() - 12));
    const QStringList cities = options.childRegions({});
    const auto pick = [](const QStringList &list, int index) { return list.value(index % std::max<qsizetype>(1, list.size())); };
    for (int i = 0; filters.size() < count && i < 10 * count; ++i) {
        // Every kind of filter in every month, then again in other cities and for other products.
        const int round = i / 6;
        cx::AnalysisFilter f;
        f.fromMonth = f.toMonth = pick(months, round);
        const QString city = pick(cities, round + i / 72);
        switch (i % 6) {
        case 0:
            break;
        case 1:
            f.region = cx::RegionPath(city);
            break;
        case 2: {
            const QStringList counties = options.childRegions(cx::RegionPath(city));
            f.region = cx::RegionPath(city, pick(counties, round));
            break;
        }
        case 3:
            f.products = {pick(options.products, round + i / 72)};
            break;
        case 4:
            f.products = {pick(options.products, round + 3)};
            f.region = cx::RegionPath(city);
            break;
        default:
            f.channel = pick(options.channels, round);
            f.fromMonth = months.value(std::max(0, int(round % months.size()) - 2));
            break;
        }
        if (!filters.contains(f))
            filters << f;
    }
    return filters;
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    cx::configureApplication(app);
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Times the desk's views on a large workspace."_s);
    parser.addHelpOption();
    const QCommandLineOption workspaceOption(u"workspace"_s, u"Workspace (created from demo data when missing)."_s, u"file"_s);
    const QCommandLineOption complaintsOption(u"complaints"_s, u"Demo complaints (default 1000000)."_s, u"n"_s, u"1000000"_s);
    const QCommandLineOption surveysOption(u"surveys"_s, u"Demo survey responses (default 200000)."_s, u"n"_s, u"200000"_s);
    const QCommandLineOption changesOption(u"changes"_s, u"Scripted filter changes (default 100)."_s, u"n"_s, u"100"_s);
    parser.addOptions({workspaceOption, complaintsOption, surveysOption, changesOption});
    parser.process(app);

    QTemporaryDir temporary;
    QString path = parser.value(workspaceOption);
    if (path.isEmpty())
        path = temporary.filePath(u"bench.cxw"_s);
    if (!QFileInfo::exists(path)) {
        const QString folder = temporary.filePath(u"demo"_s);
        if (!cx::bench::importDemo(path, folder, parser.value(complaintsOption).toLongLong(), parser.value(surveysOption).toLongLong()))
            return 1;
        QDir(folder).removeRecursively();
    }

    cx::Preferences preferences(temporary.filePath(u"prefs.ini"_s));
    cx::LanguageManager languages;
    languages.apply(u"en"_s);
    cx::MainWindow window(preferences, languages);
    window.resize(1366, 768);
    window.show();
    QCoreApplication::processEvents();
    cx::AnalysisService &service = *window.analysisService();
    StallMonitor stalls;
    stalls.start();

    // Opening: the window is usable as soon as the workspace is open; the analysis follows.
    QElapsedTimer timer;
    timer.start();
    if (!window.openWorkspace(path, false)) {
        QTextStream(stderr) << window.lastError() << '\n';
        return 1;
    }
    QCoreApplication::processEvents();
    const double usable = elapsedMs(timer);
    waitFor([&] { return service.status() == cx::AnalysisService::Status::Ready && service.isCurrent(); });
    auto *dashboard = qobject_cast<cx::AnalysisView *>(window.views().at(0));
    waitFor([&] { return dashboard->isUpToDate(); });
    const double dashboardShown = elapsedMs(timer);
    out() << "workspace: " << QDir::toNativeSeparators(path) << "\n"
          << "complaints: " << service.cube()->complaintTotal() << "   survey responses: " << service.summary().surveyResponses
          << "\n\nopening the workspace\n"
          << "  window usable after " << ms(usable) << "\n"
          << "  dashboard shows the analysis after " << ms(dashboardShown)
          << " (folding new rows into the aggregates and loading the cube, off the GUI thread)\n"
          << "  longest event-loop stall meanwhile: " << stalls.summary() << "\n";
    out().flush();
    cx::settle(window, 120000);
    // Browsing reads an index built in the background once per workspace; the table is timed with it.
    waitFor([&] { return !service.isIndexing(); }, 600000);
    out() << "  complaint browse index ready " << ms(elapsedMs(timer) - dashboardShown)
          << " after the dashboard (built in the background once per workspace)\n";
    out().flush();

    // Scripted filter changes and view switches.
    const int changes = parser.value(changesOption).toInt();
    const QList<cx::AnalysisFilter> filters = scriptedFilters(window.filterBar()->options(), changes);
    QList<cx::AnalysisView *> deskViews;
    for (cx::WorkspaceView *view : window.views())
        if (auto *analysis = qobject_cast<cx::AnalysisView *>(view))
            deskViews << analysis;
    Stats filterChanges;
    Stats viewSwitches;
    stalls.start();
    for (int i = 0; i < filters.size(); ++i) {
        if (i % 4 == 3) {
            cx::AnalysisView *next = deskViews.at((i / 4) % deskViews.size());
            timer.restart();
            window.showView(int(window.views().indexOf(next)));
            waitFor([&] { return next->isUpToDate(); });
            viewSwitches.samples.push_back(elapsedMs(timer));
        }
        cx::AnalysisView *current = deskViews.constFirst();
        for (cx::AnalysisView *view : std::as_const(deskViews))
            if (view->isVisible())
                current = view;
        timer.restart();
        window.filterBar()->setFilter(filters.at(i));
        waitFor([&] { return service.isCurrent() && current->isUpToDate(); });
        filterChanges.samples.push_back(elapsedMs(timer));
    }
    const QString stallDuringChanges = stalls.summary();
    out() << "\nfilter change to the visible view updated: " << filterChanges.summary() << '\n'
          << "view switch to the view shown up to date:  " << viewSwitches.summary() << '\n'
          << "longest event-loop stall during the changes: " << stallDuringChanges << "\n";
    out().flush();

    // The complaint table of the largest stage over the whole history.
    window.filterBar()->setFilter({});
    cx::settle(window, 60000);
    auto *journey = qobject_cast<cx::JourneyView *>(window.views().at(1));
    window.showView(1);
    cx::settle(window, 60000);
    stalls.start();
    timer.restart();
    journey->openStage(u"使用"_s);
    cx::ComplaintTable *table = journey->detail()->complaints();
    cx::ComplaintTableModel *model = table->model();
    QTableView *view = table->view();
    const auto visibleLoaded = [&] {
        QCoreApplication::processEvents();
        const int top = std::max(0, view->rowAt(0));
        const int bottom = view->rowAt(view->viewport()->height() - 1);
        return !model->isLoading() && model->rowCount() > 0 && model->isLoaded(top, bottom < 0 ? model->rowCount() - 1 : bottom);
    };
    waitFor(visibleLoaded);
    const double listed = elapsedMs(timer);
    timer.restart();
    view->scrollToBottom();
    waitFor(visibleLoaded);
    const double scrolled = elapsedMs(timer);
    // Page by page from top to bottom, as dragging the scroll bar through it would show.
    timer.restart();
    QScrollBar *bar = view->verticalScrollBar();
    for (int step = 0; step <= 50; ++step) {
        bar->setValue(bar->minimum() + (bar->maximum() - bar->minimum()) * step / 50);
        waitFor(visibleLoaded);
    }
    const double dragged = elapsedMs(timer);
    timer.restart();
    view->horizontalHeader()->setSortIndicator(int(cx::ComplaintColumn::AcceptedAt), Qt::AscendingOrder);
    waitFor([&] { return model->sortOrder() == Qt::AscendingOrder && visibleLoaded(); });
    const double sorted = elapsedMs(timer);
    timer.restart();
    view->horizontalHeader()->setSortIndicator(int(cx::ComplaintColumn::City), Qt::AscendingOrder);
    waitFor([&] { return model->sortColumn() == int(cx::ComplaintColumn::City) && visibleLoaded(); });
    const double sortedByCity = elapsedMs(timer);
    out() << "\ncomplaint table of 使用 over the whole history: " << model->rowCount() << " rows\n"
          << "  listed, first page shown: " << ms(listed) << '\n'
          << "  jump to the bottom, last page shown: " << ms(scrolled) << '\n'
          << "  top to bottom in 50 steps, each page shown: " << ms(dragged) << '\n'
          << "  sorted by time: " << ms(sorted) << "   by city: " << ms(sortedByCity) << '\n'
          << "  longest event-loop stall meanwhile: " << stalls.summary() << '\n';
    out().flush();
    return 0;
}
