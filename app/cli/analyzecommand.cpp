#include "command.h"
#include "commands.h"

#include "analytics/analysis.h"
#include "workspace/workspace.h"

#include <QCommandLineParser>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

#include <algorithm>
#include <functional>

using namespace Qt::StringLiterals;

namespace cx::cli {

namespace {

bool isMonth(const QString &text)
{
    static const QRegularExpression pattern(u"^\\d{4}-(0[1-9]|1[0-2])$"_s);
    return pattern.match(text).hasMatch();
}

// Pads to a width in terminal columns: CJK characters take two.
QString pad(const QString &text, int width, bool right = false)
{
    int columns = 0;
    for (QChar c : text)
        columns += c.unicode() >= 0x2e80 && !c.isLowSurrogate() ? 2 : 1;
    const QString fill(std::max(0, width - columns), u' ');
    return right ? fill + text : text + fill;
}

// A JSON number as text with `decimals`, "–" for null.
QString number(const QJsonValue &value, int decimals = 1)
{
    return value.isDouble() ? QString::number(value.toDouble(), 'f', decimals) : u"–"_s;
}

// A JSON count as text, "–" for null (no data).
QString count(const QJsonValue &value)
{
    return value.isDouble() ? QString::number(value.toInteger()) : u"–"_s;
}

QString percent(const QJsonValue &value)
{
    return value.isDouble() ? QString::number(value.toDouble() * 100, 'f', 1) + u'%' : u"–"_s;
}

QString joinStrings(const QJsonArray &array, const QString &key = {})
{
    QStringList parts;
    for (const QJsonValue &value : array)
        parts << (key.isEmpty() ? value.toString() : value[key].toString());
    return parts.join(u", "_s);
}

void printJourney(const QJsonArray &journey)
{
    out() << tr("Journey") << '\n';
    out() << "  " << pad(tr("stage"), 10) << pad(tr("score"), 7, true) << pad(tr("Δ"), 7, true) << pad(tr("n"), 7, true)
          << pad(tr("complaints"), 11, true) << pad(tr("per 10k"), 9, true) << pad(tr("light"), 7, true)
          << pad(tr("open WOs"), 9, true) << "  " << tr("top categories") << '\n';
    for (const QJsonValue &cell : journey) {
        out() << "  " << pad(cell["stage"_L1].toString(), 10) << pad(number(cell["satisfaction"_L1], 2), 7, true)
              << pad(number(cell["satisfaction_delta"_L1], 2), 7, true)
              << pad(QString::number(cell["n"_L1].toInteger()), 7, true)
              << pad(count(cell["complaints"_L1]), 11, true)
              << pad(number(cell["per10k"_L1], 3), 9, true) << pad(cell["light"_L1].toString(), 7, true)
              << pad(QString::number(cell["open_work_orders"_L1].toInteger()), 9, true) << "  "
              << joinStrings(cell["top_categories"_L1].toArray(), u"category"_s) << '\n';
    }
}

void printHotspots(const QJsonArray &hotspots, const QJsonArray &byVolume, const QJsonObject &period)
{
    out() << tr("Hotspots by increase (%1 against %2)")
                 .arg(period["to"_L1].toString(), period["previous"_L1].toString())
          << '\n';
    const bool compared = !byVolume.isEmpty() && byVolume.first()["increase"_L1].isDouble();
    if (!byVolume.isEmpty() && !compared)
        out() << "  " << tr("No complaint data in one of the two months: nothing to compare.") << '\n';
    else if (hotspots.isEmpty())
        out() << "  " << tr("No category increased.") << '\n';
    int rank = 0;
    for (const QJsonValue &h : hotspots) {
        out() << "  " << QString::number(++rank).rightJustified(2) << ". " << h["category"_L1].toString() << "  +"
              << count(h["increase"_L1]) << " (" << count(h["previous_month"_L1]) << " → "
              << count(h["last_month"_L1]) << ", " << tr("p = %1").arg(number(h["increase_p"_L1], 3)) << ")  "
              << tr("per 10k: %1").arg(number(h["per10k"_L1], 3)) << "  "
              << tr("keywords: %1").arg(joinStrings(h["keywords"_L1].toArray())) << "  "
              << tr("pain points: %1").arg(joinStrings(h["tags"_L1].toArray(), u"tag"_s)) << '\n';
    }
}

// Departments ranked by 一次解决率 over the period, with the month's change.
void printService(const QJsonArray &ranking, const QJsonObject &period)
{
    out() << tr("Service quality by department, ranked by 一次解决率 (change: %1 against the month before)")
                 .arg(period["to"_L1].toString(u"–"_s))
          << '\n';
    if (ranking.isEmpty()) {
        out() << "  " << tr("No complaints in the period.") << '\n';
        return;
    }
    out() << "  " << pad(tr("#"), 3) << pad(tr("department"), 12) << pad(tr("complaints"), 11, true)
          << pad(tr("resolved"), 9, true) << pad(tr("first time"), 11, true) << pad(tr("Δ points"), 9, true)
          << pad(tr("repeat"), 8, true) << pad(tr("escalated"), 10, true) << pad(tr("appeals/1M"), 11, true)
          << pad(tr("hours"), 7, true) << pad(tr("p90"), 7, true) << pad(tr("overdue"), 8, true)
          << pad(tr("callback"), 9, true) << pad(tr("n"), 6, true) << pad(tr("light"), 7, true) << '\n';
    for (const QJsonValue &row : ranking) {
        const QJsonValue change = row["change"_L1];
        out() << "  " << pad(QString::number(row["rank"_L1].toInt()), 3)
              << pad(row["group"_L1].toString().isEmpty() ? tr("(none)") : row["group"_L1].toString(), 12)
              << pad(count(row["complaints"_L1]), 11, true) << pad(percent(row["resolved_rate"_L1]), 9, true)
              << pad(percent(row["first_time_rate"_L1]), 11, true)
              << pad(change.isDouble() ? QString::number(change.toDouble() * 100, 'f', 1) : u"–"_s, 9, true)
              << pad(percent(row["repeat_rate"_L1]), 8, true) << pad(percent(row["escalation_rate"_L1]), 10, true)
              << pad(number(row["regulator_per_million"_L1], 2), 11, true) << pad(number(row["hours_mean"_L1]), 7, true)
              << pad(number(row["hours_p90"_L1]), 7, true) << pad(percent(row["overdue_rate"_L1]), 8, true)
              << pad(percent(row["callback_satisfied_rate"_L1]), 9, true) << pad(count(row["callback_n"_L1]), 6, true)
              << pad(row["light"_L1].toString(), 7, true) << '\n';
    }
}

// Pain-point tags of the period by volume, each with the categories it spans.
void printTagHotspots(const QJsonArray &byVolume, const QJsonValue &untagged)
{
    out() << tr("Pain points by volume") << '\n';
    if (byVolume.isEmpty())
        out() << "  " << tr("No complaint of the period matched a pain-point tag.") << '\n';
    int rank = 0;
    for (const QJsonValue &h : byVolume) {
        QStringList categories;
        for (const QJsonValue &c : h["categories"_L1].toArray())
            categories << u"%1 %2"_s.arg(c["category"_L1].toString()).arg(c["complaints"_L1].toInteger());
        out() << "  " << QString::number(++rank).rightJustified(2) << ". " << pad(h["tag"_L1].toString(), 12)
              << pad(count(h["complaints"_L1]), 7, true) << "  " << tr("categories: %1").arg(categories.join(u", "_s))
              << '\n';
    }
    if (untagged.isDouble())
        out() << "  " << tr("Complaints without a pain-point tag: %1").arg(count(untagged)) << '\n';
}

void printList(const QString &title, const QJsonArray &items, int limit,
               const std::function<QString(const QJsonObject &)> &line)
{
    out() << title << " (" << items.size() << ")\n";
    for (int i = 0; i < items.size() && i < limit; ++i)
        out() << "  " << line(items.at(i).toObject()) << '\n';
    if (items.size() > limit)
        out() << "  " << tr("… and %1 more (--json lists all).").arg(items.size() - limit) << '\n';
}

void printSummary(const QJsonObject &result)
{
    const QJsonObject period = result["period"_L1].toObject();
    const QJsonObject total = result["satisfaction"_L1]["total"_L1].toObject();
    out() << tr("Period: %1 to %2").arg(period["from"_L1].toString(u"–"_s), period["to"_L1].toString(u"–"_s)) << '\n';
    out() << tr("NPS: %1 (n = %2)   satisfaction: %3 (satisfied %4, n = %5)   complaints: %6 (per 10k: %7)")
                 .arg(number(result["nps"_L1], 2))
                 .arg(result["nps_n"_L1].toInteger())
                 .arg(number(total["satisfaction"_L1], 2), percent(total["satisfied_rate"_L1]))
                 .arg(total["n"_L1].toInteger())
                 .arg(count(total["complaints"_L1]), number(total["per10k"_L1], 3))
          << '\n';
    const QJsonObject basis = result["per10k_basis"_L1].toObject();
    const qsizetype per10kMonths = basis["months"_L1].toArray().size();
    if (per10kMonths == 0)
        out() << tr("per 10k (万投比): no month of the period has both complaints and subscriber figures");
    else
        out() << QCoreApplication::translate("cx::cli",
                                             "per 10k (万投比): complaints per 10,000 subscriber-months over %n "
                                             "month(s) with complaints and subscribers, the average monthly 万投比 "
                                             "of the period",
                                             nullptr, int(per10kMonths))
              << (basis["estimated"_L1].toBool() ? tr("; below city level the subscribers are estimated") : QString());
    out() << "\n\n";
    printJourney(result["journey"_L1].toArray());
    out() << '\n';
    printHotspots(result["hotspots"_L1].toArray(), result["hotspots_by_volume"_L1].toArray(), period);
    out() << '\n';
    printTagHotspots(result["tag_hotspots_by_volume"_L1].toArray(), result["untagged_complaints"_L1]);
    out() << '\n';
    printList(tr("Alerts, Benjamini–Hochberg over %1 tests").arg(result["alert_tests"_L1].toInteger()),
              result["alerts"_L1].toArray(), 15,
              [](const QJsonObject &a) { return a["description"_L1].toString(); });
    out() << '\n';
    printService(result["service_ranking"_L1].toArray(), period);
    printList(tr("Service changes for the worse, Benjamini–Hochberg over %1 tests")
                  .arg(result["service_tests"_L1].toInteger()),
              result["service_changes"_L1].toArray(), 15,
              [](const QJsonObject &c) { return c["description"_L1].toString(); });
    printList(tr("Responsibility chains"), result["responsibility"_L1].toArray(), 10, [](const QJsonObject &c) {
        return u"%1 %2: %3 → %4 → %5 → %6"_s.arg(c["month"_L1].toString(), c["city"_L1].toString(),
                                                 c["element"_L1].toString(), c["kei"_L1].toString(),
                                                 c["koi"_L1].toString(u"–"_s), c["department"_L1].toString());
    });
    printList(tr("Lifecycle"), result["lifecycle"_L1].toArray(), 50, [](const QJsonObject &l) {
        return tr("%1: curve %2, consultation cycle %3, phase %4")
            .arg(l["product"_L1].toString(), l["curve_type"_L1].toString(u"–"_s),
                 l["consult_cycle_type"_L1].toString(u"–"_s), l["phase"_L1].toString(u"–"_s));
    });
    QJsonArray averages;
    for (const QJsonValue &f : result["funnel"_L1].toArray())
        if (f["average"_L1].toBool())
            averages.append(f);
    printList(tr("Experience gap (period average)"), averages, 50, [](const QJsonObject &f) {
        return u"%1: %2 → %3"_s.arg(f["product"_L1].toString(), f["gap_from"_L1].toString(u"–"_s),
                                    f["gap_to"_L1].toString(u"–"_s));
    });
    printList(tr("Kano"), result["kano"_L1].toArray(), 50, [](const QJsonObject &k) {
        return tr("%1: %2 (better %3, worse %4)")
            .arg(k["feature"_L1].toString(), k["class"_L1].toString(u"–"_s), number(k["better"_L1], 2),
                 number(k["worse"_L1], 2));
    });
    printList(tr("Drivers"), result["drivers"_L1].toArray(), 10, [](const QJsonObject &d) {
        return tr("%1: Pearson %2, Spearman %3 (p %4, n = %5)")
            .arg(d["indicator"_L1].toString(), number(d["r_pearson"_L1], 2), number(d["r_spearman"_L1], 2),
                 number(d["p"_L1], 3))
            .arg(d["n"_L1].toInteger());
    });
}

int run(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Analyse a workspace: NPS, journey matrix, hotspots, significant drops, service quality by "
           "department and channel, responsibility chains, lifecycle, funnel, Kano and drivers. Without a period, the latest month with data is analysed and "
           "alerts cover the whole history."));
    parser.addHelpOption();
    const QCommandLineOption workspaceOption({u"w"_s, u"workspace"_s}, tr("Workspace file (.cxw)."), tr("file"));
    const QCommandLineOption monthOption(u"month"_s, tr("Analyse one month."), tr("YYYY-MM"));
    const QCommandLineOption fromOption(u"from"_s, tr("First month of the period."), tr("YYYY-MM"));
    const QCommandLineOption toOption(u"to"_s, tr("Last month of the period."), tr("YYYY-MM"));
    const QCommandLineOption productOption(u"product"_s, tr("Only this product (repeat for several)."), tr("name"));
    const QCommandLineOption cityOption(u"city"_s, tr("Only this city."), tr("name"));
    const QCommandLineOption countyOption(u"county"_s, tr("Only this county (drill below a city)."), tr("name"));
    const QCommandLineOption gridOption(u"grid"_s, tr("Only this grid (drill below a county)."), tr("name"));
    const QCommandLineOption channelOption(u"channel"_s, tr("Only complaints of this channel."), tr("name"));
    const QCommandLineOption jsonOption(u"json"_s, tr("Print one JSON object."));
    parser.addOptions({workspaceOption, monthOption, fromOption, toOption, productOption, cityOption, countyOption,
                       gridOption, channelOption, jsonOption});
    if (!parser.parse(arguments))
        return usageError(u"analyze"_s, parser.errorText());
    if (parser.isSet(u"help"_s)) {
        out() << parser.helpText();
        return ExitOk;
    }
    if (!parser.positionalArguments().isEmpty())
        return usageError(u"analyze"_s, tr("Unexpected argument \"%1\".").arg(parser.positionalArguments().constFirst()));
    if (!parser.isSet(workspaceOption))
        return usageError(u"analyze"_s, tr("Name the workspace with -w FILE."));
    if (parser.isSet(monthOption) && (parser.isSet(fromOption) || parser.isSet(toOption)))
        return usageError(u"analyze"_s, tr("Give either --month or --from/--to, not both."));
    for (const QCommandLineOption *option : {&monthOption, &fromOption, &toOption}) {
        const QString value = parser.value(*option);
        if (parser.isSet(*option) && !isMonth(value))
            return usageError(u"analyze"_s, tr("\"%1\" is not a month; write it as YYYY-MM, e.g. 2024-08.").arg(value));
    }

    const QString path = parser.value(workspaceOption);
    if (!QFileInfo::exists(path)) {
        err() << "cxwb-cli analyze: " << tr("There is no workspace %1. Create one with 'cxwb-cli import -w %1 FILE...'.")
                                             .arg(path)
              << '\n';
        return ExitFailure;
    }
    WorkspaceError openError;
    std::unique_ptr<Workspace> workspace = Workspace::open(path, &openError);
    if (!workspace) {
        err() << "cxwb-cli analyze: " << openError.message << '\n';
        return ExitFailure;
    }
    QString error;
    const std::shared_ptr<const AnalyticsCube> cube = AnalyticsCube::load(workspace->database(), &error);
    if (!cube) {
        err() << "cxwb-cli analyze: " << error << '\n';
        return ExitFailure;
    }

    AnalysisFilter filter;
    AnalysisOptions options;
    if (parser.isSet(monthOption)) {
        filter.fromMonth = filter.toMonth = parser.value(monthOption);
    } else if (parser.isSet(fromOption) || parser.isSet(toOption)) {
        filter.fromMonth = parser.value(fromOption);
        filter.toMonth = parser.value(toOption);
        if (!filter.fromMonth.isEmpty() && !filter.toMonth.isEmpty() && filter.fromMonth > filter.toMonth)
            return usageError(u"analyze"_s, tr("The period starts (%1) after it ends (%2).").arg(filter.fromMonth, filter.toMonth));
    } else {
        filter.fromMonth = filter.toMonth = cube->latestMonth();
        options.alertPeriod = AlertPeriod::WholeHistory;
    }

    const FilterOptions choices = cube->filterOptions();
    filter.products = parser.values(productOption);
    for (const QString &product : std::as_const(filter.products)) {
        if (!choices.products.contains(product))
            return usageError(u"analyze"_s, tr("The workspace has no product \"%1\"; it has: %2.")
                                                .arg(product, choices.products.join(u", "_s)));
    }
    // Drill down along the path: each region must lie in the one above it.
    struct Level
    {
        const QCommandLineOption *option;
        RegionLevel level;
    };
    for (const Level &step : {Level{&cityOption, RegionLevel::City}, Level{&countyOption, RegionLevel::County},
                              Level{&gridOption, RegionLevel::Grid}}) {
        if (!parser.isSet(*step.option))
            continue;
        const QString name = parser.value(*step.option);
        if (AnalysisFilter::childLevel(filter.regionLevel()) != step.level)
            return usageError(u"analyze"_s, tr("--%1 needs the region above it too (--city, then --county, then --grid).")
                                                .arg(AnalysisFilter::regionColumn(step.level)));
        const QStringList known = choices.childRegions(filter.region);
        if (!known.contains(name))
            return usageError(u"analyze"_s, tr("There is no %1 \"%2\" in %3; known: %4.")
                                                .arg(AnalysisFilter::regionLevelLabel(step.level), name,
                                                     filter.region.isProvince() ? tr("the workspace")
                                                                                : filter.region.text(),
                                                     known.join(u", "_s)));
        filter.region = filter.region.child(name);
    }
    filter.channel = parser.value(channelOption);
    if (!filter.channel.isEmpty() && !choices.channels.contains(filter.channel))
        return usageError(u"analyze"_s, tr("The workspace has no complaint channel \"%1\"; it has: %2.")
                                            .arg(filter.channel, choices.channels.join(u", "_s)));

    const Analysis analysis = analyzeWorkspace(workspace->database(), *cube, filter, options);
    const QJsonObject result = analysis.toJson();
    if (parser.isSet(jsonOption))
        out() << QJsonDocument(result).toJson(QJsonDocument::Indented);
    else
        printSummary(result);
    return ExitOk;
}

} // namespace

Command makeAnalyzeCommand()
{
    return {u"analyze"_s, tr("Analyse a workspace (journey, hotspots, alerts, responsibility, products)."), run};
}

} // namespace cx::cli
