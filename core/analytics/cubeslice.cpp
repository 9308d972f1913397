#include "analytics/cubeslice.h"

#include "analytics/statistics.h"

#include <algorithm>
#include <cmath>

namespace cx {

CubeSlice AnalyticsCube::slice(const AnalysisScope &scope) const
{
    Q_ASSERT(&scope.cube() == this);
    CubeSlice slice;
    slice.m_cube = shared_from_this();
    slice.m_scope = scope;
    slice.m_monthCount = int(m_months.size());
    slice.m_areaSlots = slice.areaCount() + 1;

    const RegionPath &region = scope.filter().region;
    const int city = region.isProvince() ? -1 : int(m_cities.indexOf(region.city));
    slice.m_keywordCity = region.isProvince() ? -1 : city >= 0 && scope.regionKnown() ? city : -2;

    const std::size_t months = std::size_t(slice.m_monthCount);
    const std::size_t products = std::size_t(slice.productCount());
    const std::size_t areas = std::size_t(slice.m_areaSlots);
    const std::size_t categories = std::size_t(slice.categoryStageCount());
    const std::size_t measures = std::size_t(slice.measureCount());
    slice.m_complaints.assign(months * products * areas * categories, 0);
    slice.m_scores.assign(months * products * areas * measures, ScoreSums());

    const std::size_t tagStages = m_tagStages.size();
    slice.m_tagComplaints.assign(months * products * areas * tagStages, 0);
    slice.m_tagCategories.assign(std::size_t(m_tags.size() * m_categories.size()), 0);

    const int channel = scope.channel();
    if (scope.channelKnown()) {
        const std::size_t categoryCount = std::size_t(m_categories.size());
        const std::vector<CellComplaints> &cells = m_serviceCells.complaints;
        const std::vector<CellRun> &runs = m_serviceCells.runs;
        for (std::size_t r = 0; r < runs.size(); ++r) {
            const CellRun &run = runs[r];
            const int p = scope.productSlot(run.product);
            if (p < 0)
                continue;
            const bool inPeriod = run.month >= scope.firstMonth() && run.month <= scope.lastMonth();
            const std::size_t end = m_serviceCells.endOf(r);
            for (std::size_t c = run.firstCell; c < end; ++c) {
                const CellComplaints &cell = cells[c];
                const int a = scope.areaOf(int(cell.region));
                if (a < 0 || (channel >= 0 && cell.channel != channel))
                    continue;
                const std::size_t categoryStage = cell.categoryStage;
                const std::size_t at = (run.month * products + std::size_t(p)) * areas + std::size_t(a);
                slice.m_complaints[at * categories + categoryStage] += cell.n;
                const std::uint32_t endTag =
                    c + 1 < cells.size() ? m_firstTags[c + 1] : std::uint32_t(m_tagEntries.size());
                const std::size_t category = std::size_t(m_categoryStages[categoryStage].category);
                for (std::uint32_t t = m_firstTags[c]; t < endTag; ++t) {
                    const TagEntry &entry = m_tagEntries[t];
                    slice.m_tagComplaints[at * tagStages + entry.tagStage] += entry.n;
                    if (inPeriod)
                        slice.m_tagCategories[std::size_t(m_tagStages[entry.tagStage].tag) * categoryCount
                                              + category] += entry.n;
                }
            }
        }
    }

    // Survey responses per selected product over the period: in the selected
    // region, in its city, and anywhere (for sharing out subscribers).
    std::vector<double> responsesSelected(products, 0.0);
    std::vector<double> responsesCity(products, 0.0);
    std::vector<double> responsesAll(products, 0.0);
    for (const SurveyCell &cell : m_surveyCells) {
        const int p = scope.productSlot(cell.product);
        if (p < 0)
            continue;
        const int a = scope.areaOf(int(cell.region));
        if (cell.measure == ResponseMeasure && cell.month >= scope.firstMonth() && cell.month <= scope.lastMonth()) {
            responsesAll[std::size_t(p)] += cell.sums.n;
            if (m_regions[cell.region].cityIndex == city)
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
    slice.computeSubscribers(responsesSelected, responsesCity, responsesAll);
    return slice;
}

void CubeSlice::computeSubscribers(const std::vector<double> &responsesSelected,
                                   const std::vector<double> &responsesCity, const std::vector<double> &responsesAll)
{
    const AnalyticsCube &cube = *m_cube;
    const int products = productCount();
    m_subscribers.assign(std::size_t(m_monthCount * products), kNaN);
    const auto users = [&](int month, int cubeProduct) {
        return cube.m_users[std::size_t(month * cube.m_products.size() + cubeProduct)];
    };
    const auto share = [](double part, double whole) { return whole > 0 ? part / whole : kNaN; };
    const RegionLevel level = m_scope.filter().regionLevel();
    const QString &city = m_scope.filter().region.city;
    m_subscribersEstimated = false;
    if (!m_scope.regionKnown())
        return;

    for (int m = 0; m < m_monthCount; ++m) {
        double allProductUsers = 0;
        for (int p = 0; p < cube.m_products.size(); ++p)
            if (const double u = users(m, p); std::isfinite(u))
                allProductUsers += u;
        const QString &month = cube.m_months.at(m);
        for (int p = 0; p < products; ++p) {
            const int cubeProduct = m_scope.products().at(p);
            double value = kNaN;
            if (level == RegionLevel::Province) {
                value = users(m, cubeProduct);
            } else {
                const QString &product = cube.m_products.at(cubeProduct);
                const auto own = cube.m_subscribers.constFind(AnalyticsCube::subscriberKey(month, city, product));
                const auto shared = cube.m_subscribers.constFind(AnalyticsCube::subscriberKey(month, city, QString()));
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
                m_subscribersEstimated = m_subscribersEstimated
                                         || (estimated && value > 0 && m >= firstMonth() && m <= lastMonth());
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
        for (int a = area < 0 ? 0 : area; a < (area < 0 ? m_areaSlots : area + 1); ++a)
            sums.add(scores(month, p, a, measure));
    return sums;
}

qint64 CubeSlice::gridTotal(const Grid &grid, int month, int product, int area, int key) const
{
    qint64 sum = 0;
    if (month < 0 || month >= m_monthCount)
        return sum;
    const auto at = [&](int p, int a, int k) {
        return grid.counts[std::size_t(((month * productCount() + p) * m_areaSlots + a) * grid.keys + k)];
    };
    for (int p = product < 0 ? 0 : product; p < (product < 0 ? productCount() : product + 1); ++p)
        for (int a = area < 0 ? 0 : area; a < (area < 0 ? m_areaSlots : area + 1); ++a)
            for (int k = key < 0 ? 0 : key; k < (key < 0 ? grid.keys : key + 1); ++k)
                sum += at(p, a, k);
    return sum;
}

std::optional<qint64> CubeSlice::gridMonth(const Grid &grid, int month, const QList<int> &keys, int product) const
{
    if (!hasComplaints(month))
        return std::nullopt;
    if (keys.isEmpty())
        return gridTotal(grid, month, product, -1, -1);
    qint64 sum = 0;
    for (int k : keys)
        sum += gridTotal(grid, month, product, -1, k);
    return sum;
}

std::optional<qint64> CubeSlice::gridPeriod(const Grid &grid, int product, int area, const QList<int> &keys) const
{
    std::optional<qint64> sum;
    for (int m = firstMonth(); m <= lastMonth(); ++m) {
        if (!hasComplaints(m))
            continue;
        qint64 month = keys.isEmpty() ? gridTotal(grid, m, product, area, -1) : 0;
        for (int k : keys)
            month += gridTotal(grid, m, product, area, k);
        sum = sum.value_or(0) + month;
    }
    return sum;
}

double CubeSlice::gridPer10k(const Grid &grid, const QList<int> &keys, int product) const
{
    double complaintsSum = 0;
    double subscribersSum = 0;
    for (int m = firstMonth(); m <= lastMonth(); ++m) {
        if (!hasComplaints(m))
            continue;
        for (int p = product < 0 ? 0 : product; p < (product < 0 ? productCount() : product + 1); ++p) {
            const double users = subscribers(m, p);
            if (!std::isfinite(users) || users <= 0)
                continue;
            subscribersSum += users;
            complaintsSum += double(*gridMonth(grid, m, keys, p));
        }
    }
    return subscribersSum > 0 ? complaintsSum / subscribersSum * 10000.0 : kNaN;
}

qint64 CubeSlice::complaintTotal(int month, int product, int area, int categoryStage) const
{
    return gridTotal(complaintGrid(), month, product, area, categoryStage);
}

std::optional<qint64> CubeSlice::monthComplaints(int month, const QList<int> &categoryStages, int product) const
{
    return gridMonth(complaintGrid(), month, categoryStages, product);
}

std::optional<qint64> CubeSlice::periodComplaints(int product, int area, const QList<int> &categoryStages) const
{
    return gridPeriod(complaintGrid(), product, area, categoryStages);
}

double CubeSlice::per10k(const QList<int> &categoryStages, int product) const
{
    return gridPer10k(complaintGrid(), categoryStages, product);
}

qint64 CubeSlice::tagTotal(int month, int product, int area, int tagStage) const
{
    return gridTotal(tagGrid(), month, product, area, tagStage);
}

std::optional<qint64> CubeSlice::monthTagComplaints(int month, const QList<int> &tagStages, int product) const
{
    return gridMonth(tagGrid(), month, tagStages, product);
}

std::optional<qint64> CubeSlice::periodTagComplaints(int product, int area, const QList<int> &tagStages) const
{
    return gridPeriod(tagGrid(), product, area, tagStages);
}

double CubeSlice::tagPer10k(const QList<int> &tagStages, int product) const
{
    return gridPer10k(tagGrid(), tagStages, product);
}

double CubeSlice::monthSubscribers(int month, int product) const
{
    double total = 0;
    for (int p = product < 0 ? 0 : product; p < (product < 0 ? productCount() : product + 1); ++p) {
        const double users = subscribers(month, p);
        if (std::isfinite(users) && users > 0)
            total += users;
        else if (complaintTotal(month, p) > 0)
            return kNaN;
    }
    return total > 0 ? total : kNaN;
}

QStringList CubeSlice::per10kMonths() const
{
    QStringList months;
    for (int m = firstMonth(); m <= lastMonth(); ++m) {
        if (!hasComplaints(m))
            continue;
        for (int p = 0; p < productCount(); ++p) {
            if (const double users = subscribers(m, p); std::isfinite(users) && users > 0) {
                months << month(m);
                break;
            }
        }
    }
    return months;
}

QString CubeSlice::categoryOf(int categoryStage) const
{
    return m_cube->m_categories.at(m_cube->m_categoryStages.at(categoryStage).category);
}

QList<QList<RankedKeyword>> CubeSlice::keywords(const QList<int> &categories, int count, const PhraseRule &rule) const
{
    QList<QList<RankedKeyword>> result;
    const AnalyticsCube &cube = *m_cube;
    const bool selects = hasPeriod() && m_keywordCity != -2;
    // Calls `add(cell)` for every keyword cell of a category in the slice.
    const auto forEachCell = [&](std::size_t category, auto add) {
        const auto &cells = cube.m_keywordCells[category];
        auto it = std::lower_bound(cells.begin(), cells.end(), firstMonth(),
                                   [](const AnalyticsCube::KeywordCell &cell, int month) { return cell.month < month; });
        for (; it != cells.end() && it->month <= lastMonth(); ++it)
            if (m_scope.productSlot(it->product) >= 0 && (m_keywordCity < 0 || it->city == m_keywordCity))
                add(*it);
    };

    // The corpus: every category's complaints in the slice.
    std::vector<qint64> corpus(std::size_t(cube.m_keywords.size()), 0);
    if (selects)
        for (std::size_t category = 0; category < cube.m_keywordCells.size(); ++category)
            forEachCell(category, [&](const AnalyticsCube::KeywordCell &cell) { corpus[cell.keyword] += cell.n; });
    const int documents = cube.m_vocabulary.documents;
    const qint64 corpusDocuments = documents >= 0 ? corpus[std::size_t(documents)] : 0;

    std::vector<qint64> counts(corpus.size(), 0);
    std::vector<std::uint32_t> touched;
    for (int category : categories) {
        if (selects && category >= 0 && std::size_t(category) < cube.m_keywordCells.size()) {
            forEachCell(std::size_t(category), [&](const AnalyticsCube::KeywordCell &cell) {
                if (counts[cell.keyword] == 0)
                    touched.push_back(cell.keyword);
                counts[cell.keyword] += cell.n;
            });
        }
        const qint64 categoryDocuments = documents >= 0 ? counts[std::size_t(documents)] : 0;
        result << rankKeywords(cube.m_vocabulary, touched, counts, categoryDocuments, corpus, corpusDocuments, count,
                               rule);
        for (std::uint32_t keyword : touched)
            counts[keyword] = 0;
        touched.clear();
    }
    return result;
}

} // namespace cx
