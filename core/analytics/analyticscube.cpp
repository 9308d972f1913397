#include "analytics/analyticscube.h"

#include "analytics/aggregatedimensions.h"
#include "analytics/aggregates.h"
#include "analytics/cubeslice.h"
#include "analytics/serviceaggregates.h"
#include "analytics/statistics.h"
#include "analytics/tagcounts.h"
#include "pipeline/sqlite.h"
#include "settings/workspacesettings.h"

#include <QCoreApplication>
#include <QDir>

#include <algorithm>
#include <array>
#include <cmath>

namespace cx {

using namespace Qt::StringLiterals;

AnalysisSettings AnalysisSettings::fromWorkspace(const WorkspaceSettings &settings)
{
    AnalysisSettings result;
    result.satisfiedScore = settings.satisfiedScore();
    result.satisfactionTarget = settings.satisfactionTarget();
    result.per10kTarget = settings.per10kTarget();
    result.amberMargin = settings.amberMargin();
    result.per10kAmberRatio = settings.per10kAmberRatio();
    result.alertMinScoreDrop = settings.alertMinScoreDrop();
    result.alertMinRateDropPoints = settings.alertMinRateDropPoints();
    result.alertMinCountIncreasePercent = settings.alertMinCountIncreasePercent();
    result.significanceLevel = settings.significanceLevel();
    result.service = ServiceSettings::fromWorkspace(settings);
    return result;
}

void ScoreSums::add(const ScoreSums &other)
{
    n += other.n;
    total += other.total;
    totalSquares += other.totalSquares;
    for (std::size_t i = 0; i < histogram.size(); ++i)
        histogram[i] += other.histogram[i];
}

double ScoreSums::mean() const
{
    return n > 0 ? total / n : kNaN;
}

double ScoreSums::variance() const
{
    if (n < 2)
        return kNaN;
    // Σ(x − x̄)² = Σx² − (Σx)²/n; clamped against rounding below zero.
    return std::max(0.0, (totalSquares - total * total / n) / (n - 1));
}

double ScoreSums::atLeast(int threshold) const
{
    double count = 0;
    for (int i = std::clamp(threshold, 0, 11); i < int(histogram.size()); ++i)
        count += histogram[std::size_t(i)];
    return count;
}

double ScoreSums::rateAtLeast(int threshold) const
{
    return n > 0 ? atLeast(threshold) / n : kNaN;
}

namespace {

// The translation context of this file's messages.
struct Messages
{
    Q_DECLARE_TR_FUNCTIONS(cx::AnalyticsCube)
};

// "YYYY-MM" as months since year 0; -1 when not a month.
int monthNumber(const QString &month)
{
    if (month.size() != 7 || month.at(4) != u'-')
        return -1;
    bool yearOk = false;
    bool monthOk = false;
    const int year = QStringView(month).left(4).toInt(&yearOk);
    const int m = QStringView(month).mid(5).toInt(&monthOk);
    return yearOk && monthOk && m >= 1 && m <= 12 ? year * 12 + m - 1 : -1;
}

QString monthText(int number)
{
    return u"%1-%2"_s.arg(number / 12, 4, 10, QChar(u'0')).arg(number % 12 + 1, 2, 10, QChar(u'0'));
}

int indexOrAppend(QStringList &list, const QString &value)
{
    const qsizetype index = list.indexOf(value);
    if (index >= 0)
        return int(index);
    list << value;
    return int(list.size() - 1);
}

} // namespace

std::shared_ptr<const AnalyticsCube> AnalyticsCube::load(const QString &workspacePath, QString *error)
{
    sqlite::Database db;
    if (!db.open(workspacePath)) {
        if (error)
            *error = Messages::tr("Cannot open the workspace %1 for analysis: %2")
                         .arg(QDir::toNativeSeparators(workspacePath), db.errorString());
        return {};
    }
    if (!ensureAggregates(db, error))
        return {};
    std::shared_ptr<AnalyticsCube> cube(new AnalyticsCube);
    // One read transaction: a consistent snapshot while an import may be committing.
    db.exec(u"BEGIN"_s);
    const bool ok = cube->read(db, error);
    db.exec(u"COMMIT"_s);
    if (!ok)
        return {};
    return cube;
}

std::shared_ptr<const AnalyticsCube> AnalyticsCube::load(const QSqlDatabase &db, QString *error)
{
    return load(db.databaseName(), error);
}

QString AnalyticsCube::subscriberKey(const QString &month, const QString &city, const QString &product)
{
    return month + u'\x1f' + city + u'\x1f' + product;
}

int AnalyticsCube::monthIndex(const QString &month) const
{
    return int(m_months.indexOf(month));
}

bool AnalyticsCube::read(sqlite::Database &db, QString *error)
{
    // The database's own error, or (`unreadable`) counts that do not decode,
    // which SQLite knows nothing of.
    const auto failed = [&](bool unreadable = false) {
        if (error)
            *error = Messages::tr("Cannot read the analysis tables of the workspace: %1. Re-import the data or "
                               "repair the workspace.")
                         .arg(unreadable ? Messages::tr("they hold counts this version cannot read")
                                         : db.errorString());
        return false;
    };

    sqlite::Statement stages = db.prepare(u"SELECT name FROM journey_stage ORDER BY position"_s);
    if (!stages.isValid())
        return failed();
    while (stages.next())
        m_stages << stages.columnText(0);

    // Dimension ids -> index in the list of their kind.
    std::vector<int> dimIndex;
    std::vector<int> monthNumbers; // by dim id, for months
    int firstMonth = -1;
    int lastMonth = -1;
    {
        sqlite::Statement dims = db.prepare(u"SELECT id, kind, value FROM agg_dim ORDER BY id"_s);
        if (!dims.isValid())
            return failed();
        while (dims.next()) {
            const auto id = std::size_t(dims.columnInt(0));
            if (id >= dimIndex.size()) {
                dimIndex.resize(id + 1, -1);
                monthNumbers.resize(id + 1, -1);
            }
            const QString value = dims.columnText(2);
            switch (int(dims.columnInt(1))) {
            case MonthDim:
                monthNumbers[id] = monthNumber(value);
                if (monthNumbers[id] >= 0) {
                    firstMonth = firstMonth < 0 ? monthNumbers[id] : std::min(firstMonth, monthNumbers[id]);
                    lastMonth = std::max(lastMonth, monthNumbers[id]);
                }
                break;
            case ProductDim:
                dimIndex[id] = indexOrAppend(m_products, value);
                break;
            case ChannelDim:
                dimIndex[id] = indexOrAppend(m_channels, value);
                break;
            case CategoryDim:
                dimIndex[id] = indexOrAppend(m_categories, value);
                break;
            case StageDim:
                dimIndex[id] = indexOrAppend(m_stages, value);
                break;
            case KeywordDim:
                dimIndex[id] = int(m_keywords.size());
                m_keywords << value;
                break;
            case CityDim:
                dimIndex[id] = indexOrAppend(m_cities, value);
                break;
            case DepartmentDim:
                dimIndex[id] = indexOrAppend(m_departments, value);
                break;
            case TagDim:
                dimIndex[id] = indexOrAppend(m_tags, value);
                break;
            }
        }
    }
    if (firstMonth >= 0)
        for (int m = firstMonth; m <= lastMonth; ++m)
            m_months << monthText(m);
    for (std::size_t id = 0; id < monthNumbers.size(); ++id)
        if (monthNumbers[id] >= 0)
            dimIndex[id] = monthNumbers[id] - firstMonth;
    m_complaintMonths.assign(std::size_t(m_months.size()), false);
    m_surveyMonths.assign(std::size_t(m_months.size()), false);
    const auto dim = [&](qint64 id) { return id >= 0 && std::size_t(id) < dimIndex.size() ? dimIndex[std::size_t(id)] : -1; };

    std::vector<int> regionIndex;
    {
        sqlite::Statement regions = db.prepare(u"SELECT id, province, city, county, grid FROM agg_region"_s);
        if (!regions.isValid())
            return failed();
        while (regions.next()) {
            const auto id = std::size_t(regions.columnInt(0));
            if (id >= regionIndex.size())
                regionIndex.resize(id + 1, -1);
            const QString city = regions.columnText(2);
            Region region{RegionPath(city, regions.columnText(3), regions.columnText(4)).names(),
                          indexOrAppend(m_cities, city)};
            regionIndex[id] = int(m_regions.size());
            m_regions.push_back(std::move(region));
        }
    }
    const auto regionOf = [&](qint64 id) {
        return id >= 0 && std::size_t(id) < regionIndex.size() ? regionIndex[std::size_t(id)] : -1;
    };


    QHash<qint64, int> categoryStages; // category index << 20 | stage index
    bool unreadable = false;
    if (!readCells(db, dimIndex, regionIndex, categoryStages, &unreadable))
        return failed(unreadable);

    {
        // Scored stage questions -> their journey stage.
        QHash<qint64, int> questionStage;
        sqlite::Statement questions =
            db.prepare(u"SELECT id, stage FROM survey_question WHERE kind = 'stage' AND coalesce(stage, '') <> ''"_s);
        while (questions.next())
            questionStage.insert(questions.columnInt(0), indexOrAppend(m_stages, questions.columnText(1)));

        sqlite::Statement cells = db.prepare(
            u"SELECT month, product, region, measure, n, total, total_sq, h0, h1, h2, h3, h4, h5, h6, h7, h8, h9, h10 "
            "FROM agg_survey"_s);
        if (!cells.isValid())
            return failed();
        while (cells.next()) {
            const int month = dim(cells.columnInt(0));
            const int product = dim(cells.columnInt(1));
            const int region = regionOf(cells.columnInt(2));
            if (month < 0 || product < 0 || region < 0)
                continue;
            const qint64 measureId = cells.columnInt(3);
            int measure = -1;
            if (measureId == 0)
                measure = OverallMeasure;
            else if (measureId == -1)
                measure = NpsMeasure;
            else if (measureId == -2)
                measure = ResponseMeasure;
            else if (const auto stage = questionStage.constFind(measureId); stage != questionStage.constEnd())
                measure = Stage0Measure + *stage;
            if (measure < 0)
                continue;
            SurveyCell cell{std::uint16_t(month), std::uint16_t(product), std::uint32_t(region), measure, {}};
            cell.sums.n = double(cells.columnInt(4));
            cell.sums.total = cells.columnDouble(5);
            cell.sums.totalSquares = cells.columnDouble(6);
            for (int i = 0; i <= 10; ++i)
                cell.sums.histogram[std::size_t(i)] = double(cells.columnInt(7 + i));
            if (measure == ResponseMeasure)
                m_responseTotal += qint64(cell.sums.n);
            m_surveyMonths[std::size_t(month)] = true;
            m_surveyCells.push_back(cell);
        }
    }

    {
        m_keywordCells.resize(std::size_t(m_categories.size()));
        sqlite::Statement cells =
            db.prepare(u"SELECT category, month, product, city, keywords FROM agg_keyword ORDER BY category, month"_s);
        if (!cells.isValid())
            return failed();
        std::vector<TagCount> keywords;
        while (cells.next()) {
            const int category = dim(cells.columnInt(0));
            const int month = dim(cells.columnInt(1));
            const int product = dim(cells.columnInt(2));
            const int city = dim(cells.columnInt(3));
            if (category < 0 || month < 0 || product < 0 || city < 0)
                continue;
            if (!decodeTagCounts(cells.columnBlob(4), keywords))
                return failed(true);
            for (const TagCount &count : keywords)
                if (const int keyword = dim(count.tag); keyword >= 0)
                    m_keywordCells[std::size_t(category)].push_back({std::uint16_t(month), std::uint16_t(product),
                                                                     std::uint16_t(city), std::uint32_t(keyword),
                                                                     std::uint32_t(count.n)});
        }
        // agg_keyword's category and month ids need not follow the calendar order.
        for (auto &cells : m_keywordCells)
            std::stable_sort(cells.begin(), cells.end(),
                             [](const KeywordCell &a, const KeywordCell &b) { return a.month < b.month; });
        m_vocabulary = KeywordVocabulary::fromKeywords(m_keywords);
    }

    {
        QList<std::tuple<int, int, double>> users; // month, product, users
        sqlite::Statement figures =
            db.prepare(u"SELECT month, product, users FROM product_monthly WHERE users IS NOT NULL"_s);
        while (figures.next()) {
            const int month = monthIndex(figures.columnText(0));
            if (month >= 0)
                users.append({month, indexOrAppend(m_products, figures.columnText(1)), figures.columnDouble(2)});
        }
        m_users.assign(std::size_t(m_months.size() * m_products.size()), kNaN);
        for (const auto &[month, product, count] : std::as_const(users))
            m_users[std::size_t(month * m_products.size() + product)] = count;

        sqlite::Statement subscribers = db.prepare(u"SELECT month, city, product, users FROM subscribers"_s);
        while (subscribers.next())
            m_subscribers.insert(
                subscriberKey(subscribers.columnText(0), subscribers.columnText(1), subscribers.columnText(2)),
                subscribers.columnDouble(3));
    }

    return true;
}

const AnalyticsCube::ServiceCellTable &AnalyticsCube::serviceRollup(std::size_t index) const
{
    LazyRollup &lazy = m_serviceRollups[index];
    std::call_once(lazy.summed, [&] { lazy.rollup = rollUpService(index); });
    return lazy.rollup;
}

AnalysisScope AnalyticsCube::scope(const AnalysisFilter &filter) const
{
    return AnalysisScope(shared_from_this(), filter);
}

CubeSlice AnalyticsCube::slice(const AnalysisFilter &filter) const
{
    return slice(scope(filter));
}

FilterOptions AnalyticsCube::filterOptions() const
{
    FilterOptions options;
    options.months = m_months;
    options.products = m_products;
    options.products.sort();
    options.channels = m_channels;
    options.channels.removeAll(QString());
    options.channels.sort();
    for (const Region &region : m_regions) {
        const QStringList &names = region.names;
        for (qsizetype depth = 0; depth < names.size(); ++depth) {
            QStringList &children = options.children[names.mid(0, depth)];
            if (!children.contains(names.at(depth)))
                children << names.at(depth);
        }
    }
    for (QStringList &children : options.children)
        children.sort();
    return options;
}

} // namespace cx
