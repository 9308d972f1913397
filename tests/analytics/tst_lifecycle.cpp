#include "analytics/lifecycle.h"

#include "testsupport.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <cmath>
#include <map>
#include <numeric>
#include <random>

using namespace cx;
using namespace Qt::StringLiterals;

namespace {

/// One product's columns of a sample export, in file order.
struct ProductSeries
{
    QString name;
    std::vector<double> users;
    std::vector<double> consultations;
    std::vector<FunnelRates> funnel;
};

/// Reads a plain UTF-8 CSV without quotes (the sample exports) into products
/// in order of first appearance; `use` takes the split fields of a data row.
template<class Use>
std::vector<ProductSeries> readProducts(const QString &path, Use use)
{
    std::vector<ProductSeries> products;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return products;
    const QStringList lines = QString::fromUtf8(file.readAll()).split(u'\n', Qt::SkipEmptyParts);
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QStringList fields = lines.at(i).trimmed().split(u',');
        auto it = std::find_if(products.begin(), products.end(),
                               [&](const ProductSeries &p) { return p.name == fields.at(0); });
        if (it == products.end()) {
            products.push_back({fields.at(0), {}, {}, {}});
            it = products.end() - 1;
        }
        use(*it, fields);
    }
    return products;
}

/// product_monthly.csv: 产品名称,统计月份,用户数,新增用户数,流失用户数,咨询量,投诉量.
std::vector<ProductSeries> readMonthly(const QString &dir)
{
    return readProducts(dir + u"/product_monthly.csv"_s, [](ProductSeries &p, const QStringList &f) {
        p.users.push_back(f.at(2).toDouble());
        p.consultations.push_back(f.at(5).toDouble());
    });
}

QJsonObject readTruth(const QString &dir)
{
    QFile file(dir + u"/truth.json"_s);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

/// ±amplitude multiplicative noise from a seeded Mersenne twister, mapped by
/// hand so that every platform draws the same numbers.
std::vector<double> withNoise(const std::vector<double> &clean, unsigned seed, double amplitude = 0.02)
{
    std::mt19937 gen(seed);
    std::vector<double> out;
    out.reserve(clean.size());
    for (double v : clean) {
        const double u = double(gen()) / 4294967296.0;
        out.push_back(v * (1.0 + amplitude * (2.0 * u - 1.0)));
    }
    return out;
}

double logistic(double t, double mid, double width)
{
    return 1.0 / (1.0 + std::exp(-(t - mid) / width));
}

constexpr int kMonths = 24;
constexpr unsigned kSeeds = 50;

/// Users curves of each type, several variants; written from the shapes the
/// background article describes, not fitted to the sample exports.
std::vector<double> makeUsers(char type, int variant)
{
    std::vector<double> y;
    for (int m = 0; m < kMonths; ++m) {
        const double t = m;
        double v = 0;
        switch (type) {
        case 'A': // S-curve that reaches its ceiling and stays there
            v = std::array<double, 4>{30 + 70 * logistic(t, 6, 1.8), 10 + 90 * logistic(t, 8, 2.5),
                                      50 + 50 * logistic(t, 5, 1.5), 5 + 95 * logistic(t, 10, 2.0)}[size_t(variant)];
            break;
        case 'B': // exponential, linear, still-accelerating S, concave but steady, late launch
            v = std::array<double, 5>{20 * std::exp(0.07 * t), 20 + 3.5 * t, 10 + 90 * logistic(t, 22, 4),
                                      100 * (1 - 0.8 * std::exp(-0.02 * t)),
                                      2 + 98 * logistic(t, 20, 3.5)}[size_t(variant)];
            break;
        case 'C': // peak then decay, decay from the start, bump back to a lower level, linear fall
            v = std::array<double, 4>{(30 + 70 * logistic(t, 5, 1.5)) * std::exp(-0.05 * std::max(0.0, t - 9)),
                                      100 * std::exp(-0.03 * t), 50 + 50 * std::exp(-std::pow((t - 8) / 5, 2)),
                                      (20 + 80 * logistic(t, 4, 1.5)) * (1 - 0.04 * std::max(0.0, t - 12))}
                [size_t(variant)];
            break;
        case 'D': // two S-curves: first plateau, then a second rise
            v = std::array<double, 4>{40 + 30 * logistic(t, 4, 1.5) + 30 * logistic(t, 17, 1.5),
                                      20 + 40 * logistic(t, 5, 1.5) + 40 * logistic(t, 18, 2),
                                      30 + 35 * logistic(t, 3, 1.2) + 35 * logistic(t, 15, 1.5),
                                      10 + 45 * logistic(t, 6, 1.5) + 45 * logistic(t, 19, 1.5)}[size_t(variant)];
            break;
        }
        y.push_back(v * 1000);
    }
    return y;
}

/// Consultation curves: A a broad wave back to the baseline, B a spike of one
/// or two months, C a jump at launch, slow rise, slow fall, staying high.
std::vector<double> makeConsultations(char type, int variant)
{
    std::vector<double> y;
    for (int m = 0; m < kMonths; ++m) {
        const double t = m;
        double v = 0;
        auto wave = [t](double mid, double sd) { return std::exp(-0.5 * std::pow((t - mid) / sd, 2)); };
        switch (type) {
        case 'A':
            v = 5 + 95 * std::array<double, 4>{wave(8, 2.5), wave(6, 2.2), wave(12, 3.0), wave(10, 4.0)}[size_t(variant)];
            break;
        case 'B':
            v = 5 + 95 * std::array<double, 4>{wave(4, 0.8), wave(10, 0.6), wave(15, 0.9),
                                               t == 7 ? 1.0 : (t == 6 || t == 8 ? 0.4 : 0.0)}[size_t(variant)];
            break;
        case 'C': {
            const double launch = t < 2 ? 0.0 : 1.0;
            const double shape = std::array<double, 4>{
                0.6 + 0.4 * std::min(1.0, (t - 2) / 10) - 0.04 * std::max(0.0, t - 12),
                0.8 + 0.2 * std::min(1.0, (t - 2) / 6) - 0.01 * std::max(0.0, t - 8),
                0.5 + 0.5 * std::min(1.0, (t - 2) / 12) - 0.05 * std::max(0.0, t - 14),
                0.7 + 0.3 * std::sin(std::min(1.0, (t - 2) / 20) * 3.14159)}[size_t(variant)];
            v = 5 + 95 * launch * shape;
            break;
        }
        }
        y.push_back(v * 100);
    }
    return y;
}

/// Classifies a clean curve and kSeeds copies with ±2 % noise: every one must
/// come out as `type`, the clean one with confidence > 0.85, the noisy ones > 0.5.
template<class Classify, class Letter>
void checkSyntheticCurve(const std::vector<double> &clean, char type, Classify classify, Letter letter)
{
    const auto r = classify(clean);
    QVERIFY(r.valid);
    QCOMPARE(letter(r.type), QChar(char16_t(type)));
    QVERIFY2(r.confidence > 0.85, qPrintable(QString::number(r.confidence)));
    for (unsigned seed = 1; seed <= kSeeds; ++seed) {
        const auto noisy = classify(withNoise(clean, seed));
        QVERIFY2(letter(noisy.type) == QChar(char16_t(type)),
                 qPrintable(u"seed %1 gave %2"_s.arg(seed).arg(letter(noisy.type))));
        QVERIFY2(noisy.confidence > 0.5, qPrintable(u"seed %1: confidence %2"_s.arg(seed).arg(noisy.confidence)));
    }
}

} // namespace

class TestLifecycle : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void acceptanceSampleCurves();
    void acceptanceSampleCurvesWithMoreNoise();
    void acceptanceExperienceGap();
    void syntheticUsers_data();
    void syntheticUsers();
    void syntheticConsultations_data();
    void syntheticConsultations();
    void phases();
    void levelAndInvalidSeries();
    void localFit();
    void consultationMeasures();
    void ratioTrend();
    void zones();
    void funnel_data();
    void funnel();
    void funnelAverage();
};

void TestLifecycle::acceptanceSampleCurves()
{
    CX_REQUIRE_SHARED_DATA(dir);
    const auto products = readMonthly(dir);
    const QJsonObject truth = readTruth(dir).value(u"lifecycle").toObject();
    QCOMPARE(products.size(), size_t(10));
    QCOMPARE(truth.size(), 10);

    int usersRight = 0, consultRight = 0;
    for (const ProductSeries &p : products) {
        QCOMPARE(p.users.size(), size_t(24));
        const LifecycleResult users = classifyLifecycle(p.users);
        const ConsultationResult consult = classifyConsultation(p.consultations);
        QVERIFY(users.valid && consult.valid);
        const QJsonObject expected = truth.value(p.name).toObject();
        const QString gotUsers(lifecycleTypeLetter(users.type));
        const QString gotConsult(consultationTypeLetter(consult.type));
        qInfo("%s: lifecycle %s (%.2f, truth %s), consultation %s (%.2f, truth %s), width %.1f, height %.1f",
              qPrintable(p.name), qPrintable(gotUsers), users.confidence,
              qPrintable(expected.value(u"lifecycle").toString()), qPrintable(gotConsult), consult.confidence,
              qPrintable(expected.value(u"consult_cycle").toString()), consult.waveWidth, consult.waveHeight);
        usersRight += gotUsers == expected.value(u"lifecycle").toString();
        consultRight += gotConsult == expected.value(u"consult_cycle").toString();
        QVERIFY2(users.confidence >= 0.6, qPrintable(p.name));
        QVERIFY2(consult.confidence >= 0.6, qPrintable(p.name));
    }
    QCOMPARE(usersRight, 10);
    QCOMPARE(consultRight, 10);
}

void TestLifecycle::acceptanceSampleCurvesWithMoreNoise()
{
    // The exports already carry noise; another ±2 % on top must not change a type.
    CX_REQUIRE_SHARED_DATA(dir);
    const auto products = readMonthly(dir);
    const QJsonObject truth = readTruth(dir).value(u"lifecycle").toObject();
    QVERIFY(!products.empty());
    for (const ProductSeries &p : products) {
        const QJsonObject expected = truth.value(p.name).toObject();
        for (unsigned seed = 1; seed <= kSeeds; ++seed) {
            const QString users(lifecycleTypeLetter(classifyLifecycle(withNoise(p.users, seed)).type));
            const QString consult(
                consultationTypeLetter(classifyConsultation(withNoise(p.consultations, seed + 1000)).type));
            QVERIFY2(users == expected.value(u"lifecycle").toString(), qPrintable(p.name));
            QVERIFY2(consult == expected.value(u"consult_cycle").toString(), qPrintable(p.name));
        }
    }
}

void TestLifecycle::acceptanceExperienceGap()
{
    CX_REQUIRE_SHARED_DATA(dir);
    const auto products = readProducts(dir + u"/product_funnel.csv"_s, [](ProductSeries &p, const QStringList &f) {
        p.funnel.push_back({f.at(2).toDouble(), f.at(3).toDouble(), f.at(4).toDouble(), f.at(5).toDouble()});
    });
    const QJsonObject truth = readTruth(dir).value(u"experience_gap").toObject();
    QCOMPARE(products.size(), size_t(10));
    int right = 0;
    for (const ProductSeries &p : products) {
        QCOMPARE(p.funnel.size(), size_t(12));
        const ExperienceGap gap = experienceGap(averageFunnel(p.funnel));
        QVERIFY(gap.valid);
        qInfo("%s: %s (%.1f points), truth %s", qPrintable(p.name), qPrintable(gap.label()), gap.drop,
              qPrintable(truth.value(p.name).toString()));
        right += gap.label() == truth.value(p.name).toString();
    }
    QCOMPARE(right, 10);
}

void TestLifecycle::syntheticUsers_data()
{
    QTest::addColumn<char>("type");
    QTest::addColumn<int>("variant");
    const std::map<char, int> variants{{'A', 4}, {'B', 5}, {'C', 4}, {'D', 4}};
    for (const auto &[type, count] : variants) {
        for (int v = 0; v < count; ++v)
            QTest::addRow("%c%d", type, v) << type << v;
    }
}

void TestLifecycle::syntheticUsers()
{
    QFETCH(char, type);
    QFETCH(int, variant);
    const std::vector<double> clean = makeUsers(type, variant);
    checkSyntheticCurve(clean, type, classifyLifecycle, lifecycleTypeLetter);
    const LifecycleResult r = classifyLifecycle(clean);
    QVERIFY(std::abs(std::accumulate(r.scores.begin(), r.scores.end(), 0.0) - 1.0) < 1e-12);
}

void TestLifecycle::syntheticConsultations_data()
{
    QTest::addColumn<char>("type");
    QTest::addColumn<int>("variant");
    for (char type : {'A', 'B', 'C'}) {
        for (int v = 0; v < 4; ++v)
            QTest::addRow("%c%d", type, v) << type << v;
    }
}

void TestLifecycle::syntheticConsultations()
{
    QFETCH(char, type);
    QFETCH(int, variant);
    checkSyntheticCurve(makeConsultations(type, variant), type, classifyConsultation, consultationTypeLetter);
}

void TestLifecycle::phases()
{
    using P = LifecyclePhase;
    // A0: 30 + 70·logistic(t; 6, 1.8): steep around month 6, flat from ~month 13.
    const LifecycleResult mature = classifyLifecycle(makeUsers('A', 0));
    QCOMPARE(mature.phases.size(), size_t(kMonths));
    QCOMPARE(mature.phases[6], P::Growth);
    for (int m = 15; m < kMonths; ++m)
        QCOMPARE(mature.phases[size_t(m)], P::Maturity);

    // C0: rises to month 9, then loses 5 % a month.
    const LifecycleResult decline = classifyLifecycle(makeUsers('C', 0));
    QCOMPARE(decline.phases[4], P::Growth);
    for (int m = 14; m < kMonths; ++m)
        QCOMPARE(decline.phases[size_t(m)], P::Decline);
    QVERIFY(decline.dropFromPeak > 0.4);

    // B4: a late launch (2 % of the final level for months) starts in introduction.
    const LifecycleResult launch = classifyLifecycle(makeUsers('B', 4));
    for (int m = 0; m < 8; ++m)
        QCOMPARE(launch.phases[size_t(m)], P::Introduction);
    QCOMPARE(launch.phases[20], P::Growth);

    // D0: growth, a plateau (maturity), then growth again.
    const LifecycleResult renewal = classifyLifecycle(makeUsers('D', 0));
    QCOMPARE(renewal.phases[4], P::Growth);
    QCOMPARE(renewal.phases[10], P::Maturity);
    QCOMPARE(renewal.phases[17], P::Growth);
    QCOMPARE(renewal.direction[17], Direction::Rising);
}

void TestLifecycle::levelAndInvalidSeries()
{
    const std::vector<double> level(12, 5000.0);
    const LifecycleResult r = classifyLifecycle(withNoise(level, 3));
    QVERIFY(r.valid);
    QCOMPARE(r.type, LifecycleType::Mature);
    QCOMPARE(r.confidence, 0.5);

    QVERIFY(!classifyLifecycle(std::vector<double>{1, 2, 3, 4, 5}).valid); // too short
    QVERIFY(!classifyLifecycle(std::vector<double>{1, 2, 3, kNaN, 5, 6, 7}).valid);
    QVERIFY(!classifyLifecycle(std::vector<double>{1, 2, 3, -4, 5, 6, 7}).valid);
    QVERIFY(!classifyLifecycle(std::vector<double>(8, 0.0)).valid);
    QVERIFY(!classifyConsultation(std::vector<double>(8, 7.0)).valid); // no wave at all
    QVERIFY(!classifyConsultation(std::vector<double>{1, 2, 3}).valid);
}

void TestLifecycle::localFit()
{
    // A straight line is reproduced exactly, ends included.
    const std::vector<double> line{3, 5, 7, 9, 11, 13};
    const LocalLinearFit fit = localLinearFit(line, 2);
    for (size_t t = 0; t < line.size(); ++t) {
        QVERIFY(std::abs(fit.level[t] - line[t]) < 1e-12);
        QVERIFY(std::abs(fit.slope[t] - 2.0) < 1e-12);
    }
    // 0,0,6,0,0 around the middle: ȳ = 1.2, slope 0; at t = 0 the window 0…2
    // gives slope 3 and level ȳ + slope·(0 − 1) = 2 − 3 = −1.
    const std::vector<double> bump{0, 0, 6, 0, 0};
    const LocalLinearFit b = localLinearFit(bump, 2);
    QCOMPARE(b.slope[2], 0.0);
    QVERIFY(std::abs(b.level[2] - 1.2) < 1e-12);
    QCOMPARE(b.slope[0], 3.0);
    QCOMPARE(b.level[0], -1.0);
}

void TestLifecycle::consultationMeasures()
{
    // Baseline 10, peak 50 (height 40, ratio 5); half height 30 is reached
    // exactly in months 3 and 5: width 2, rise 1, fall 1.
    const std::vector<double> spike{10, 10, 10, 30, 50, 30, 10, 10, 10, 10};
    const ConsultationResult r = classifyConsultation(spike);
    QVERIFY(r.valid);
    QCOMPARE(r.type, ConsultationType::Sharp);
    QCOMPARE(r.peakMonth, 4);
    QCOMPARE(r.baseline, 10.0);
    QCOMPARE(r.peak, 50.0);
    QCOMPARE(r.waveHeight, 5.0);
    QCOMPARE(r.waveWidth, 2.0);
    QCOMPARE(r.riseMonths, 1.0);
    QCOMPARE(r.fallMonths, 1.0);
    QVERIFY(r.fallCompleted);
    QVERIFY(!r.favourableTrend);
    QCOMPARE(r.tailLevel, 0.0);
    // z = 0 0 0 .5 1 .5 0 0 0 0; least-squares slopes over ±2 months (clipped at the ends):
    // t=1 (0,0,0,.5) .15; t=2 .25; t=3 .2; t=4 0; t=5 −.2; t=6 −.25; t=7 (.5,0,0,0,0) −.1; t=8, 9 0.
    using D = Direction;
    const std::vector<D> expected{D::Level,   D::Rising,  D::Rising,  D::Rising, D::Level,
                                  D::Falling, D::Falling, D::Falling, D::Level,  D::Level};
    QVERIFY(r.direction == expected);

    // Slow rise (months 1–5), fast fall: crossings at 2 + .2/.4 = 2.5 and 5 + .5/.7 = 5.714.
    // z = 0 .1 .3 .7 .9 1 .3 0 0 0 0 (baseline 0, peak 100).
    const std::vector<double> favourable{0, 10, 30, 70, 90, 100, 30, 0, 0, 0, 0};
    const ConsultationResult f = classifyConsultation(favourable);
    QVERIFY(std::abs(f.riseMonths - 2.5) < 1e-12);
    QVERIFY(std::abs(f.fallMonths - (5.0 / 7.0)) < 1e-12);
    QVERIFY(f.favourableTrend);
    QVERIFY(std::isinf(f.waveHeight));

    // Stays high: the fall never completes; the fall runs to the last month.
    const std::vector<double> high{5, 5, 60, 70, 80, 90, 100, 95, 90, 85, 80, 75};
    const ConsultationResult h = classifyConsultation(high);
    QCOMPARE(h.type, ConsultationType::Sustained);
    QVERIFY(!h.fallCompleted);
    QCOMPARE(h.fallMonths, 5.0);
}

void TestLifecycle::ratioTrend()
{
    std::vector<double> users, consultations;
    for (int t = 0; t < 12; ++t) {
        users.push_back(1000.0 + 100 * t);
        consultations.push_back(users.back() * (0.05 - 0.001 * t)); // ratio falls by 0.001 a month
    }
    const ConsultationRatioResult r = consultationRatio(consultations, users);
    QVERIFY(r.valid);
    QVERIFY(std::abs(r.ratio[3] - 0.047) < 1e-12);
    QVERIFY(std::abs(r.slope + 0.001) < 1e-12);
    // mean ratio = 0.05 − 0.001·5.5 = 0.0445.
    QVERIFY(std::abs(r.relativeSlope + 0.001 / 0.0445) < 1e-12);
    QCOMPARE(r.trend, Direction::Falling);
    QVERIFY(r.p < 1e-6);

    // No trend: the ratio alternates around a level; a month without users has no ratio.
    const std::vector<double> flatUsers{100, 100, 100, 0, 100, 100, 100, 100};
    const std::vector<double> flatConsult{5, 6, 5, 9, 6, 5, 6, 5};
    const ConsultationRatioResult flat = consultationRatio(flatConsult, flatUsers);
    QVERIFY(flat.valid);
    QVERIFY(std::isnan(flat.ratio[3]));
    QCOMPARE(flat.trend, Direction::Level);
    QVERIFY(flat.p > 0.05);

    QVERIFY(!consultationRatio(std::vector<double>{1, 2}, std::vector<double>{1, 2, 3}).valid);
}

void TestLifecycle::zones()
{
    using D = Direction;
    LifecycleResult users;
    ConsultationResult consult;
    users.direction = {D::Rising, D::Rising, D::Level, D::Rising, D::Falling, D::Level, D::Rising};
    consult.direction = {D::Rising, D::Falling, D::Falling, D::Level, D::Falling, D::Rising};
    const std::vector<CampaignZone> zones = campaignZones(users, consult);
    const std::vector<CampaignZone> expected{CampaignZone::Attention, CampaignZone::Conversion, CampaignZone::Spent,
                                             CampaignZone::None,      CampaignZone::None,       CampaignZone::None,
                                             CampaignZone::None};
    QVERIFY(zones == expected);
    QCOMPARE(campaignZoneLetter(CampaignZone::Attention), QChar(u'A'));
    QCOMPARE(campaignZoneLetter(CampaignZone::Spent), QChar(u'C'));
    QCOMPARE(campaignZoneLetter(CampaignZone::None), QChar(u'-'));
}

void TestLifecycle::funnel_data()
{
    QTest::addColumn<FunnelRates>("rates");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<QString>("label");
    QTest::addColumn<double>("drop");

    QTest::newRow("use to reuse") << FunnelRates{90, 80, 70, 40} << true << u"认同率->认可率"_s << 30.0;
    QTest::newRow("awareness") << FunnelRates{92, 58, 52, 47} << true << u"知晓率->认知率"_s << 34.0;
    QTest::newRow("tie goes upstream") << FunnelRates{90, 80, 70, 60} << true << u"知晓率->认知率"_s << 10.0;
    QTest::newRow("rates that rise") << FunnelRates{50, 60, 55, 70} << true << u"认知率->认同率"_s << 5.0;
    QTest::newRow("missing rate") << FunnelRates{90, kNaN, 70, 60} << false << QString() << kNaN;
}

void TestLifecycle::funnel()
{
    QFETCH(FunnelRates, rates);
    QFETCH(bool, valid);
    QFETCH(QString, label);
    QFETCH(double, drop);
    const ExperienceGap gap = experienceGap(rates);
    QCOMPARE(gap.valid, valid);
    if (!valid)
        return;
    QCOMPARE(gap.label(), label);
    QVERIFY(std::abs(gap.drop - drop) < 1e-12);
    QCOMPARE(int(gap.to), int(gap.from) + 1);
}

void TestLifecycle::funnelAverage()
{
    const std::vector<FunnelRates> months{{80, 60, 40, 20}, {90, 70, kNaN, 30}, {100, 80, 60, 40}};
    const FunnelRates avg = averageFunnel(months);
    QCOMPARE(avg[0], 90.0);
    QCOMPARE(avg[1], 70.0);
    QCOMPARE(avg[2], 50.0); // the missing month does not count
    QCOMPARE(avg[3], 30.0);
    QCOMPARE(funnelRateName(FunnelStage::Awareness), u"知晓率"_s);
    QCOMPARE(funnelRateName(FunnelStage::Understanding), u"认知率"_s);
    QCOMPARE(funnelRateName(FunnelStage::Approval), u"认同率"_s);
    QCOMPARE(funnelRateName(FunnelStage::Endorsement), u"认可率"_s);
}

QTEST_GUILESS_MAIN(TestLifecycle)
#include "tst_lifecycle.moc"
