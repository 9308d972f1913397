// Analysis benchmark (run on demand, prints figures):
//   bench_analysis [--workspace FILE] [--complaints N] [--surveys N] [--rounds R]
//                  [--kinds city,channel,...] [--service-only]
// Without an existing --workspace, generates the demo exports (N complaints as
// one UTF-8 CSV, default 1,000,000; surveys default 200,000) and imports them
// into a new workspace (FILE, or a temporary one), timing the import with
// its aggregate fold. Then loads the analysis cube once and times what a
// filter change recomputes (cx::analyzeCube: journey matrix, satisfaction
// and NPS, hotspots with keywords, alerts, service quality) over a cycle of filters: months,
// cities, counties, grids, products and a channel. Prints median, p90 and
// maximum per filter kind and per part, and the alerts found among the
// tests of each run's family. --kinds keeps some filter kinds; --service-only
// times the service quality alone (for profiling it).

#include "benchsupport.h"

#include "analytics/aggregates.h"
#include "analytics/analysis.h"
#include "pipeline/sqlite.h"
#include "settings/workspacesettings.h"
#include "workspace/workspace.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QMap>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <vector>

using namespace Qt::StringLiterals;

namespace {

using cx::bench::elapsedMs;
using cx::bench::out;
using cx::bench::Stats;
using cx::bench::threadCpuMs;

struct NamedFilter
{
    QString kind;
    cx::AnalysisFilter filter;
};

cx::ServiceChangePeriod servicePeriod(cx::AlertPeriod period)
{
    return period == cx::AlertPeriod::WholeHistory ? cx::ServiceChangePeriod::WholeHistory
                                                   : cx::ServiceChangePeriod::FilterPeriod;
}

// The process's resident memory in MB (Linux; 0 elsewhere).
double residentMb()
{
    QFile statm(u"/proc/self/statm"_s);
    if (!statm.open(QIODevice::ReadOnly))
        return 0;
    const QList<QByteArray> fields = statm.readAll().split(' ');
    return fields.size() > 1 ? fields.at(1).toDouble() * 4096.0 / 1048576.0 : 0;
}

QList<NamedFilter> filters(const cx::AnalyticsCube &cube)
{
    const cx::FilterOptions options = cube.filterOptions();
    const QStringList cities = options.childRegions({});
    const QStringList products = cube.products();
    QStringList months = cube.months();
    months = months.mid(std::max<qsizetype>(1, months.size() - 12));
    QList<NamedFilter> list;
    for (int i = 0; i < months.size(); ++i) {
        const QString &month = months.at(i);
        const auto make = [&](const cx::RegionPath &region, const QStringList &productList = {},
                              const QString &channel = {}) {
            cx::AnalysisFilter f;
            f.fromMonth = f.toMonth = month;
            f.region = region;
            f.products = productList;
            f.channel = channel;
            return f;
        };
        list << NamedFilter{u"province"_s, make({})};
        const cx::RegionPath city{cities.value(i % std::max<qsizetype>(1, cities.size()))};
        list << NamedFilter{u"city"_s, make(city)};
        const QStringList counties = options.childRegions(city);
        const cx::RegionPath county = city.child(counties.value(i % std::max<qsizetype>(1, counties.size())));
        list << NamedFilter{u"county"_s, make(county)};
        list << NamedFilter{u"grid"_s, make(county.child(options.childRegions(county).value(0)))};
        const QString product = products.value(i % std::max<qsizetype>(1, products.size()));
        list << NamedFilter{u"product"_s, make({}, {product})};
        list << NamedFilter{u"product+city"_s, make(city, {product})};
        list << NamedFilter{u"channel"_s, make({}, {}, u"10086热线"_s)};
        cx::AnalysisFilter quarter = make({});
        quarter.fromMonth = months.value(std::max(0, i - 2));
        list << NamedFilter{u"3 months"_s, quarter};
    }
    return list;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Times what a filter change recomputes in the analysis engine."_s);
    parser.addHelpOption();
    const QCommandLineOption workspaceOption(u"workspace"_s, u"Workspace to analyse (created from demo data when missing)."_s,
                                             u"file"_s);
    const QCommandLineOption complaintsOption(u"complaints"_s, u"Demo complaints (default 1000000)."_s, u"n"_s,
                                              u"1000000"_s);
    const QCommandLineOption surveysOption(u"surveys"_s, u"Demo survey responses (default 200000)."_s, u"n"_s,
                                           u"200000"_s);
    const QCommandLineOption roundsOption(u"rounds"_s, u"Cycles over the filters (default 5)."_s, u"n"_s, u"5"_s);
    const QCommandLineOption kindsOption(u"kinds"_s, u"Filter kinds to time, comma-separated (default all)."_s,
                                         u"list"_s);
    const QCommandLineOption serviceOnlyOption(u"service-only"_s, u"Time the service quality alone."_s);
    parser.addOptions({workspaceOption, complaintsOption, surveysOption, roundsOption, kindsOption, serviceOnlyOption});
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

    cx::WorkspaceError openError;
    const auto workspace = cx::Workspace::open(path, &openError);
    if (!workspace) {
        QTextStream(stderr) << openError.message << '\n';
        return 1;
    }
    QElapsedTimer timer;
    timer.start();
    QString error;
    const double rssBefore = residentMb();
    const auto cube = cx::AnalyticsCube::load(workspace->database(), &error);
    const double loadMs = elapsedMs(timer);
    const double rssAfter = residentMb();
    if (!cube) {
        QTextStream(stderr) << error << '\n';
        return 1;
    }
    out() << "workspace: " << QDir::toNativeSeparators(path) << '\n'
          << "complaints: " << cube->complaintTotal() << "   survey responses: " << cube->responseTotal()
          << "   months: " << cube->months().size() << "   products: " << cube->products().size() << '\n'
          << "cube load, folding the new rows into the aggregates (once per data change): "
          << QString::number(loadMs, 'f', 0) << " ms, resident memory +" << QString::number(rssAfter - rssBefore, 'f', 0)
          << " MB\n"
          << "service cells: " << cube->serviceCells().size()
          << "   hours entries: " << cube->serviceCells().hours.size()
          << "   bins: " << cube->hoursBins().size() << '\n';
    // Summed here, on first use, so that the filter changes below time what they do once the cube is warm.
    for (std::size_t r = 0; r < cx::AnalyticsCube::serviceRollupKinds.size(); ++r) {
        const cx::AnalyticsCube::ServiceRollupKind kind = cx::AnalyticsCube::serviceRollupKinds[r];
        timer.restart();
        const cx::AnalyticsCube::ServiceCellTable &rollup = cube->serviceRollup(r);
        out() << "service rollup per " << (kind.regionDepth == 1 ? "city" : "county")
              << (kind.anyProduct ? ", any product" : " and product") << ": " << rollup.size() << " cells, "
              << rollup.hours.size() << " hours entries, summed in " << QString::number(elapsedMs(timer), 'f', 0)
              << " ms\n";
    }
    out() << '\n';

    const cx::AnalysisSettings settings = cx::AnalysisSettings::fromWorkspace(cx::WorkspaceSettings(workspace->database()));
    QList<NamedFilter> list = filters(*cube);
    if (parser.isSet(kindsOption)) {
        const QStringList kinds = parser.value(kindsOption).split(u',', Qt::SkipEmptyParts);
        list.removeIf([&](const NamedFilter &named) { return !kinds.contains(named.kind); });
    }
    const bool serviceOnly = parser.isSet(serviceOnlyOption);
    const int rounds = std::max(1, parser.value(roundsOption).toInt());

    for (const cx::AlertPeriod period : {cx::AlertPeriod::FilterPeriod, cx::AlertPeriod::WholeHistory}) {
        cx::AnalysisOptions options;
        options.alertPeriod = period;
        out() << (period == cx::AlertPeriod::FilterPeriod ? "alerts over the filter's period\n"
                                                          : "alerts over the whole history\n");
        Stats all;
        QMap<QString, Stats> byKind;
        Stats slice, journey, satisfaction, hotspots, alerts, service;
        QMap<QString, Stats> serviceByKind;
        QMap<QString, Stats> serviceCpuByKind; ///< --service-only: the thread's CPU time
        qint64 alertCount = 0;
        qint64 testCount = 0;
        for (int round = 0; round < rounds; ++round) {
            for (const NamedFilter &named : list) {
                if (serviceOnly) {
                    const cx::CubeSlice s = cube->slice(named.filter);
                    const double cpuBefore = threadCpuMs();
                    timer.restart();
                    cx::serviceQuality(s, settings, servicePeriod(period));
                    const double serviceMs = elapsedMs(timer);
                    service.samples.push_back(serviceMs);
                    serviceByKind[named.kind].samples.push_back(serviceMs);
                    serviceCpuByKind[named.kind].samples.push_back(threadCpuMs() - cpuBefore);
                    continue;
                }
                timer.restart();
                const cx::CubeAnalysis result = cx::analyzeCube(*cube, named.filter, settings, options);
                const double ms = elapsedMs(timer);
                all.samples.push_back(ms);
                byKind[named.kind].samples.push_back(ms);
                alertCount += result.alerts.size();
                testCount += result.alertTests;

                // The same work part by part, for the breakdown.
                timer.restart();
                const cx::CubeSlice s = cube->slice(named.filter);
                slice.samples.push_back(elapsedMs(timer));
                timer.restart();
                cx::journeyMatrix(s, settings);
                journey.samples.push_back(elapsedMs(timer));
                timer.restart();
                cx::satisfactionOverview(s, settings);
                satisfaction.samples.push_back(elapsedMs(timer));
                timer.restart();
                cx::hotspots(s, options.hotspotCount, options.keywordCount);
                hotspots.samples.push_back(elapsedMs(timer));
                timer.restart();
                cx::detectAlerts(s, settings, period);
                alerts.samples.push_back(elapsedMs(timer));
                timer.restart();
                cx::serviceQuality(s, settings, servicePeriod(period));
                const double serviceMs = elapsedMs(timer);
                service.samples.push_back(serviceMs);
                serviceByKind[named.kind].samples.push_back(serviceMs);
            }
        }
        if (!serviceOnly) {
            out() << "  filter change (journey + satisfaction + hotspots + alerts + service): " << all.summary() << '\n';
            for (auto it = byKind.begin(); it != byKind.end(); ++it)
                out() << "    " << it.key().leftJustified(14) << it.value().summary() << '\n';
            out() << "  parts: slice " << slice.summary() << '\n'
                  << "         journey " << journey.summary() << '\n'
                  << "         satisfaction " << satisfaction.summary() << '\n'
                  << "         hotspots " << hotspots.summary() << '\n'
                  << "         alerts " << alerts.summary() << '\n';
        }
        out() << "         service quality (by department, channel and area, every month, with its tests) "
              << service.summary() << '\n';
        for (auto it = serviceByKind.begin(); it != serviceByKind.end(); ++it)
            out() << "           " << it.key().leftJustified(14) << it.value().summary() << '\n';
        if (serviceOnly) {
            out() << "         the same in CPU time of the thread (what a loaded machine does not inflate)\n";
            for (auto it = serviceCpuByKind.begin(); it != serviceCpuByKind.end(); ++it)
                out() << "           " << it.key().leftJustified(14) << it.value().summary() << '\n';
        }
        if (!serviceOnly)
            out() << "  alerts found per filter change (mean): "
                  << QString::number(double(alertCount) / double(all.samples.size()), 'f', 1) << " of "
                  << QString::number(double(testCount) / double(all.samples.size()), 'f', 0) << " tests\n";
        out() << '\n';
        out().flush();
    }
    return 0;
}
