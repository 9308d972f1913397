#include "analytics/analyticscube.h"

#include "analytics/aggregates.h"
#include "analytics/statistics.h"
#include "pipeline/sqlite.h"
#include "settings/workspacesettings.h"

#include <QCoreApplication>
#include <QDir>

#include <algorithm>
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

// Kinds of agg_dim rows (as aggregates.cpp writes them).
enum DimensionKind { MonthDim = 1, ProductDim, ChannelDim, CategoryDim, StageDim, KeywordDim, CityDim };

QString translate(const char *text)
{
    return QCoreApplication::translate("cx::AnalyticsCube", text);
}

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

QString subscriberKey(const QString &month, const QString &city, const QString &product)
{
    return month + u'\x1f' + city + u'\x1f' + product;
}

} // namespace

std::shared_ptr<const AnalyticsCube> AnalyticsCube::load(const QString &workspacePath, QString *error)
{
    sqlite::Database db;
    if (!db.open(workspacePath)) {
        if (error)
            *error = translate("Cannot open the workspace %1 for analysis: %2")
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

int AnalyticsCube::monthIndex(const QString &month) const
{
    return int(m_months.indexOf(month));
}

bool AnalyticsCube::read(sqlite::Database &db, QString *error)
{
    const auto failed = [&] {
        if (error)
            *error = translate("Cannot read the analysis tables of the workspace: %1. Re-import the data or "
                               "repair the workspace.")
                         .arg(db.errorString());
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
            }
        }
    }
    if (firstMonth >= 0)
        for (int m = firstMonth; m <= lastMonth; ++m)
            m_months << monthText(m);
    for (std::size_t id = 0; id < monthNumbers.size(); ++id)
        if (monthNumbers[id] >= 0)
            dimIndex[id] = monthNumbers[id] - firstMonth;
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
            Region region{regions.columnText(1), regions.columnText(2), regions.columnText(3), regions.columnText(4), -1};
            region.cityIndex = indexOrAppend(m_cities, region.city);
            regionIndex[id] = int(m_regions.size());
            m_regions.push_back(std::move(region));
        }
    }
    const auto regionOf = [&](qint64 id) {
        return id >= 0 && std::size_t(id) < regionIndex.size() ? regionIndex[std::size_t(id)] : -1;
    };

    {
        sqlite::Statement cells =
            db.prepare(u"SELECT month, product, region, channel, category, stage, n FROM agg_complaint"_s);
        if (!cells.isValid())
            return failed();
        QHash<qint64, int> categoryStages; // category index << 20 | stage index
        while (cells.next()) {
            const int month = dim(cells.columnInt(0));
            const int product = dim(cells.columnInt(1));
            const int region = regionOf(cells.columnInt(2));
            const int channel = dim(cells.columnInt(3));
            const int category = dim(cells.columnInt(4));
            const int stage = dim(cells.columnInt(5));
            if (month < 0 || product < 0 || region < 0 || channel < 0 || category < 0 || stage < 0)
                continue;
            const qint64 pairKey = (qint64(category) << 20) | stage;
            auto pair = categoryStages.constFind(pairKey);
            if (pair == categoryStages.constEnd()) {
                pair = categoryStages.insert(pairKey, int(m_categoryStages.size()));
                m_categoryStages.push_back({category, stage});
            }
            const qint64 n = cells.columnInt(6);
            m_complaintTotal += n;
            m_complaintCells.push_back({std::uint16_t(month), std::uint16_t(product), std::uint32_t(region),
                                        std::uint16_t(channel), std::uint16_t(*pair), std::uint32_t(n)});
        }
    }

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
            m_surveyCells.push_back(cell);
        }
    }

    {
        m_keywordCells.resize(std::size_t(m_categories.size()));
        sqlite::Statement cells =
            db.prepare(u"SELECT category, month, product, city, keyword, n FROM agg_keyword ORDER BY category, month"_s);
        if (!cells.isValid())
            return failed();
        while (cells.next()) {
            const int category = dim(cells.columnInt(0));
            const int month = dim(cells.columnInt(1));
            const int product = dim(cells.columnInt(2));
            const int city = dim(cells.columnInt(3));
            const int keyword = dim(cells.columnInt(4));
            if (category < 0 || month < 0 || product < 0 || city < 0 || keyword < 0)
                continue;
            m_keywordCells[std::size_t(category)].push_back({std::uint16_t(month), std::uint16_t(product),
                                                             std::uint16_t(city), std::uint32_t(keyword),
                                                             std::uint32_t(cells.columnInt(5))});
        }
        // agg_keyword's category and month ids need not follow the calendar order.
        for (auto &cells : m_keywordCells)
            std::stable_sort(cells.begin(), cells.end(),
                             [](const KeywordCell &a, const KeywordCell &b) { return a.month < b.month; });
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

CubeSlice AnalyticsCube::slice(const AnalysisFilter &filter) const
{
    CubeSlice slice;
    slice.m_cube = shared_from_this();
    slice.m_filter = filter;
    slice.m_monthCount = int(m_months.size());
    slice.m_first = 0;
    slice.m_last = slice.m_monthCount - 1;
    if (!filter.fromMonth.isEmpty())
        slice.m_first = int(std::count_if(m_months.begin(), m_months.end(),
                                          [&](const QString &m) { return m < filter.fromMonth; }));
    if (!filter.toMonth.isEmpty())
        slice.m_last = int(std::count_if(m_months.begin(), m_months.end(),
                                         [&](const QString &m) { return m <= filter.toMonth; }))
            - 1;

    slice.m_productSlot.assign(std::size_t(m_products.size()), -1);
    for (int p = 0; p < m_products.size(); ++p) {
        if (filter.products.isEmpty() || filter.products.contains(m_products.at(p))) {
            slice.m_productSlot[std::size_t(p)] = int(slice.m_products.size());
            slice.m_products << p;
        }
    }

    // Regions: which are selected, and the area (child region) of each.
    const RegionLevel level = filter.regionLevel;
    slice.m_areaLevel = level == RegionLevel::Province ? RegionLevel::City : AnalysisFilter::childLevel(level);
    const auto nameAt = [](const Region &region, RegionLevel at) -> const QString & {
        switch (at) {
        case RegionLevel::Province:
            return region.province;
        case RegionLevel::City:
            return region.city;
        case RegionLevel::County:
            return region.county;
        case RegionLevel::Grid:
            break;
        }
        return region.grid;
    };
    QString city; // the city holding the selected region (below Province)
    QHash<QString, int> areaIndex;
    std::vector<int> areaSlot(m_regions.size(), -1);
    std::vector<std::pair<QString, int>> areaOrder; // name, first region seen
    for (std::size_t r = 0; r < m_regions.size(); ++r) {
        const Region &region = m_regions[r];
        if (level != RegionLevel::Province && nameAt(region, level) != filter.region)
            continue;
        if (city.isEmpty())
            city = region.city;
        const QString &area = nameAt(region, slice.m_areaLevel);
        if (!areaIndex.contains(area)) {
            areaIndex.insert(area, 0);
            areaOrder.emplace_back(area, int(r));
        }
    }
    std::sort(areaOrder.begin(), areaOrder.end());
    for (const auto &[name, region] : areaOrder) {
        areaIndex[name] = int(slice.m_areas.size());
        slice.m_areas << name;
        slice.m_areaCities << m_regions[std::size_t(region)].city;
    }
    for (std::size_t r = 0; r < m_regions.size(); ++r) {
        const Region &region = m_regions[r];
        if (level == RegionLevel::Province || nameAt(region, level) == filter.region)
            areaSlot[r] = areaIndex.value(nameAt(region, slice.m_areaLevel));
    }
    slice.m_keywordCity = level == RegionLevel::Province ? -1 : int(m_cities.indexOf(city));
    if (level != RegionLevel::Province && slice.m_keywordCity < 0)
        slice.m_keywordCity = -2; // nothing selected

    const int channel = filter.channel.isEmpty() ? -1 : int(m_channels.indexOf(filter.channel));
    const bool noChannel = !filter.channel.isEmpty() && channel < 0;

    const std::size_t months = std::size_t(slice.m_monthCount);
    const std::size_t products = std::size_t(slice.productCount());
    const std::size_t areas = std::size_t(slice.areaCount());
    const std::size_t categories = std::size_t(slice.categoryStageCount());
    const std::size_t measures = std::size_t(slice.measureCount());
    slice.m_complaints.assign(months * products * areas * categories, 0);
    slice.m_scores.assign(months * products * areas * measures, ScoreSums());

    if (!noChannel) {
        for (const ComplaintCell &cell : m_complaintCells) {
            const int p = slice.m_productSlot[cell.product];
            const int a = areaSlot[cell.region];
            if (p < 0 || a < 0 || (channel >= 0 && cell.channel != channel))
                continue;
            slice.m_complaints[((cell.month * products + std::size_t(p)) * areas + std::size_t(a)) * categories
                               + cell.categoryStage] += cell.n;
        }
    }

    // Survey responses per selected product over the period: in the selected
    // region, in its city, and anywhere (for sharing out subscribers).
    std::vector<double> responsesSelected(products, 0.0);
    std::vector<double> responsesCity(products, 0.0);
    std::vector<double> responsesAll(products, 0.0);
    for (const SurveyCell &cell : m_surveyCells) {
        const int p = slice.m_productSlot[cell.product];
        if (p < 0)
            continue;
        const int a = areaSlot[cell.region];
        if (cell.measure == ResponseMeasure && cell.month >= slice.m_first && cell.month <= slice.m_last) {
            responsesAll[std::size_t(p)] += cell.sums.n;
            if (m_regions[cell.region].city == city)
                responsesCity[std::size_t(p)] += cell.sums.n;
            if (a >= 0)
                responsesSelected[std::size_t(p)] += cell.sums.n;
        }
        if (a < 0)
            continue;
        slice.m_scores[((cell.month * products + std::size_t(p)) * areas + std::size_t(a)) * measures
                       + std::size_t(cell.measure)]
            .add(cell.sums);
    }
    slice.computeSubscribers(responsesSelected, responsesCity, responsesAll, city);
    return slice;
}

void CubeSlice::computeSubscribers(const std::vector<double> &responsesSelected,
                                   const std::vector<double> &responsesCity, const std::vector<double> &responsesAll,
                                   const QString &city)
{
    const AnalyticsCube &cube = *m_cube;
    const int products = productCount();
    m_subscribers.assign(std::size_t(m_monthCount * products), kNaN);
    const auto users = [&](int month, int cubeProduct) {
        return cube.m_users[std::size_t(month * cube.m_products.size() + cubeProduct)];
    };
    const auto share = [](double part, double whole) { return whole > 0 ? part / whole : kNaN; };
    const RegionLevel level = m_filter.regionLevel;
    m_subscribersEstimated = false;

    for (int m = 0; m < m_monthCount; ++m) {
        double allProductUsers = 0;
        for (int p = 0; p < cube.m_products.size(); ++p)
            if (const double u = users(m, p); std::isfinite(u))
                allProductUsers += u;
        const QString &month = cube.m_months.at(m);
        for (int p = 0; p < products; ++p) {
            const int cubeProduct = m_products.at(p);
            double value = kNaN;
            if (level == RegionLevel::Province) {
                value = users(m, cubeProduct);
            } else {
                const QString &product = cube.m_products.at(cubeProduct);
                const auto own = cube.m_subscribers.constFind(subscriberKey(month, city, product));
                const auto shared = cube.m_subscribers.constFind(subscriberKey(month, city, QString()));
                if (own != cube.m_subscribers.constEnd())
                    value = *own;
                else if (shared != cube.m_subscribers.constEnd())
                    value = *shared * share(users(m, cubeProduct), allProductUsers);
                if (level != RegionLevel::City)
                    value *= share(responsesSelected[std::size_t(p)], responsesCity[std::size_t(p)]);
                bool estimated = level != RegionLevel::City;
                if (!std::isfinite(value)) {
                    value = users(m, cubeProduct) * share(responsesSelected[std::size_t(p)], responsesAll[std::size_t(p)]);
                    estimated = true;
                }
                // Only estimates that count (a product with subscribers there, in the period) make the figures estimated.
                m_subscribersEstimated = m_subscribersEstimated || (estimated && value > 0 && m >= m_first && m <= m_last);
            }
            m_subscribers[std::size_t(m * products + p)] = value;
        }
    }
}

ScoreSums CubeSlice::scoreTotal(int month, int measure, int product, int area) const
{
    ScoreSums sums;
    if (month < 0 || month >= m_monthCount)
        return sums;
    for (int p = product < 0 ? 0 : product; p < (product < 0 ? productCount() : product + 1); ++p)
        for (int a = area < 0 ? 0 : area; a < (area < 0 ? areaCount() : area + 1); ++a)
            sums.add(scores(month, p, a, measure));
    return sums;
}

qint64 CubeSlice::complaintTotal(int month, int product, int area, int categoryStage) const
{
    qint64 total = 0;
    if (month < 0 || month >= m_monthCount)
        return total;
    const int categories = categoryStageCount();
    for (int p = product < 0 ? 0 : product; p < (product < 0 ? productCount() : product + 1); ++p)
        for (int a = area < 0 ? 0 : area; a < (area < 0 ? areaCount() : area + 1); ++a)
            for (int k = categoryStage < 0 ? 0 : categoryStage; k < (categoryStage < 0 ? categories : categoryStage + 1); ++k)
                total += complaints(month, p, a, k);
    return total;
}

double CubeSlice::per10k(const QList<int> &categoryStages, int product) const
{
    double complaintsSum = 0;
    double subscribersSum = 0;
    for (int m = m_first; m <= m_last; ++m) {
        for (int p = product < 0 ? 0 : product; p < (product < 0 ? productCount() : product + 1); ++p) {
            const double users = subscribers(m, p);
            if (!std::isfinite(users) || users <= 0)
                continue;
            subscribersSum += users;
            if (categoryStages.isEmpty())
                complaintsSum += double(complaintTotal(m, p));
            for (int k : categoryStages)
                complaintsSum += double(complaintTotal(m, p, -1, k));
        }
    }
    return subscribersSum > 0 ? complaintsSum / subscribersSum * 10000.0 : kNaN;
}

QString CubeSlice::categoryOf(int categoryStage) const
{
    return m_cube->m_categories.at(m_cube->m_categoryStages.at(categoryStage).category);
}

QList<QList<std::pair<QString, qint64>>> CubeSlice::keywords(const QList<int> &categories, int count) const
{
    QList<QList<std::pair<QString, qint64>>> result;
    const AnalyticsCube &cube = *m_cube;
    std::vector<qint64> counts(std::size_t(cube.m_keywords.size()), 0);
    std::vector<std::uint32_t> touched;
    for (int category : categories) {
        QList<std::pair<QString, qint64>> top;
        if (category >= 0 && std::size_t(category) < cube.m_keywordCells.size() && hasPeriod()
            && m_keywordCity != -2) {
            const auto &cells = cube.m_keywordCells[std::size_t(category)];
            auto it = std::lower_bound(cells.begin(), cells.end(), m_first,
                                       [](const AnalyticsCube::KeywordCell &cell, int month) { return cell.month < month; });
            for (; it != cells.end() && it->month <= m_last; ++it) {
                if (m_productSlot[it->product] < 0 || (m_keywordCity >= 0 && it->city != m_keywordCity))
                    continue;
                if (counts[it->keyword] == 0)
                    touched.push_back(it->keyword);
                counts[it->keyword] += it->n;
            }
            std::vector<std::pair<qint64, const QString *>> ranked;
            ranked.reserve(touched.size());
            for (std::uint32_t keyword : touched)
                ranked.emplace_back(counts[keyword], &cube.m_keywords.at(keyword));
            const auto order = [](const auto &a, const auto &b) {
                return a.first != b.first ? a.first > b.first : *a.second < *b.second;
            };
            const std::size_t keep = std::min(ranked.size(), std::size_t(std::max(count, 0)));
            std::partial_sort(ranked.begin(), ranked.begin() + std::ptrdiff_t(keep), ranked.end(), order);
            for (std::size_t i = 0; i < keep; ++i)
                top.append({*ranked[i].second, ranked[i].first});
            for (std::uint32_t keyword : touched)
                counts[keyword] = 0;
            touched.clear();
        }
        result << top;
    }
    return result;
}

} // namespace cx
