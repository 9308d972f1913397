#include "analytics/statistics.h"

#include <QTest>

#include <cmath>

using namespace cx;

namespace {

/// Relative comparison for values that span many orders of magnitude (p-values).
bool closeRel(double actual, double expected, double rel = 1e-4)
{
    if (expected == 0)
        return std::abs(actual) < 1e-300;
    return std::abs(actual - expected) <= rel * std::abs(expected);
}

#define CX_COMPARE_REL(actual, expected, rel)                                                      \
    QVERIFY2(closeRel((actual), (expected), (rel)),                                                \
             qPrintable(QStringLiteral("%1 = %2, expected %3").arg(QStringLiteral(#actual)).arg((actual), 0, 'g', 10).arg((expected), 0, 'g', 10)))

} // namespace

// Reference values were computed by hand (arithmetic) and the tail
// probabilities independently of Boost (Simpson integration of the t density,
// exact sums of Poisson/binomial probabilities with rational arithmetic);
// where a published value exists it is quoted.
class TestStatistics : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void summaryStatistics();
    void satisfactionRate_data();
    void satisfactionRate();
    void nps_data();
    void nps();
    void npsChange();
    void welch_data();
    void welch();
    void welchFromRawData();
    void welchInvalid_data();
    void welchInvalid();
    void zTest_data();
    void zTest();
    void poisson_data();
    void poisson();
    void largeCounts();
    void rateComparison_data();
    void rateComparison();
    void correlation_data();
    void correlation();
    void correlationDegenerate_data();
    void correlationDegenerate();
    void ranks();
    void bh_data();
    void bh();
};

void TestStatistics::summaryStatistics()
{
    // 2,4,4,4,5,5,7,9: mean 40/8 = 5; Σ(x−5)² = 9+1+1+1+0+0+4+16 = 32; s² = 32/7.
    const std::vector<double> v{2, 4, 4, 4, 5, 5, 7, 9, kNaN};
    const SampleSummary s = summarize(v);
    QCOMPARE(s.n, 8);
    QCOMPARE(s.mean, 5.0);
    QVERIFY(qFuzzyCompare(s.variance, 32.0 / 7.0));
    QVERIFY(qFuzzyCompare(s.sd(), std::sqrt(32.0 / 7.0)));
    QCOMPARE(mean(v), 5.0);
    QVERIFY(qFuzzyCompare(sampleVariance(v), 32.0 / 7.0));

    const std::vector<double> one{3.0};
    QCOMPARE(summarize(one).n, 1);
    QVERIFY(std::isnan(summarize(one).variance));
    QVERIFY(std::isnan(mean(std::vector<double>{})));
}

void TestStatistics::satisfactionRate_data()
{
    QTest::addColumn<std::vector<double>>("scores");
    QTest::addColumn<double>("threshold");
    QTest::addColumn<double>("expected");

    QTest::newRow("3 of 5 at or above 8") << std::vector<double>{10, 8, 7, 9, 1} << 8.0 << 0.6;
    QTest::newRow("threshold is inclusive") << std::vector<double>{8, 8} << 8.0 << 1.0;
    QTest::newRow("other threshold") << std::vector<double>{10, 8, 7, 9, 1} << 9.0 << 0.4;
    QTest::newRow("NaN skipped") << std::vector<double>{10, kNaN, 2, 3} << 8.0 << 1.0 / 3.0;
}

void TestStatistics::satisfactionRate()
{
    QFETCH(std::vector<double>, scores);
    QFETCH(double, threshold);
    QFETCH(double, expected);
    QVERIFY(qFuzzyCompare(cx::satisfactionRate(scores, threshold), expected));
}

void TestStatistics::nps_data()
{
    QTest::addColumn<NpsHistogram>("histogram");
    QTest::addColumn<qint64>("promoters");
    QTest::addColumn<qint64>("detractors");
    QTest::addColumn<double>("expected");

    // 40 promoters (9–10), 30 passives, 30 detractors of 100: 40 % − 30 % = 10 points.
    QTest::newRow("10 points") << NpsHistogram{5, 0, 0, 5, 5, 5, 10, 15, 15, 20, 20} << qint64(40) << qint64(30) << 10.0;
    // 1 703 promoters, 1 500 detractors of 6 000: (1703 − 1500) / 6000 = 3.3833… points (as truth.json's 3.38).
    QTest::newRow("3.38 points") << NpsHistogram{100, 100, 100, 200, 200, 300, 500, 1400, 1397, 900, 803}
                                 << qint64(1703) << qint64(1500) << 100.0 * 203.0 / 6000.0;
    QTest::newRow("all detractors") << NpsHistogram{0, 0, 0, 0, 0, 0, 7, 0, 0, 0, 0} << qint64(0) << qint64(7) << -100.0;
}

void TestStatistics::nps()
{
    QFETCH(NpsHistogram, histogram);
    QFETCH(qint64, promoters);
    QFETCH(qint64, detractors);
    QFETCH(double, expected);
    const NpsResult r = netPromoterScore(histogram);
    QCOMPARE(r.promoters, promoters);
    QCOMPARE(r.detractors, detractors);
    QCOMPARE(r.promoters + r.passives + r.detractors, r.n);
    QVERIFY(qFuzzyCompare(r.nps, expected));
}

void TestStatistics::npsChange()
{
    // The NPS as the mean of +100 (promoter), 0 (passive), −100 (detractor):
    // the same summary as those scores written out one by one.
    const auto scores = [](int promoters, int passives, int detractors) {
        std::vector<double> x(std::size_t(promoters), 100.0);
        x.insert(x.end(), std::size_t(passives), 0.0);
        x.insert(x.end(), std::size_t(detractors), -100.0);
        return x;
    };
    const NpsResult before = netPromoterScore(NpsHistogram{5, 0, 0, 5, 5, 5, 10, 15, 15, 20, 20}); // 40/30/30 of 100
    const NpsResult after = netPromoterScore(NpsHistogram{0, 0, 0, 0, 10, 20, 20, 10, 10, 20, 10}); // 30/20/50 of 100
    const SampleSummary b = npsSample(before);
    const SampleSummary a = npsSample(after);
    const SampleSummary rawBefore = summarize(scores(40, 30, 30));
    const SampleSummary rawAfter = summarize(scores(30, 20, 50));
    QCOMPARE(b.n, qint64(100));
    CX_COMPARE_REL(b.mean, 10.0, 1e-12);
    // s² = (100²·70 − 100·10²) / 99 = 690000 / 99.
    CX_COMPARE_REL(b.variance, 690000.0 / 99.0, 1e-12);
    CX_COMPARE_REL(b.variance, rawBefore.variance, 1e-12);
    CX_COMPARE_REL(a.mean, rawAfter.mean, 1e-12);
    CX_COMPARE_REL(a.variance, rawAfter.variance, 1e-12);
    // 10 → −20 points on 100 answers each: t = −30 / √(s₁²/100 + s₂²/100).
    const WelchTTestResult t = welchTTest(b, a);
    QVERIFY(t.valid);
    CX_COMPARE_REL(t.t, -30.0 / std::sqrt((b.variance + a.variance) / 100.0), 1e-12);
    CX_COMPARE_REL(t.pTwoSided, welchTTest(rawBefore, rawAfter).pTwoSided, 1e-12);
    QVERIFY(t.pTwoSided < 0.05);
    // Without answers there is nothing to test.
    QVERIFY(!welchTTest(npsSample(netPromoterScore(NpsHistogram{})), a).valid);
}

void TestStatistics::welch_data()
{
    QTest::addColumn<SampleSummary>("before");
    QTest::addColumn<SampleSummary>("after");
    QTest::addColumn<double>("t");
    QTest::addColumn<double>("df");
    QTest::addColumn<double>("pTwoSided");
    QTest::addColumn<double>("pDrop");

    // The survey alert of DESIGN.md: 8.1 (sd 1.5, n 212) → 6.3 (sd 2.4, n 198).
    // a = 2.25/212 = 0.010613, b = 5.76/198 = 0.029091, se = √0.039704 = 0.199259,
    // t = −1.8/0.199259 = −9.03347, df = 0.039704² / (a²/211 + b²/197) = 326.40;
    // p by integrating the t density from |t| outwards (not 0.5 − ∫₀ᵗ, which cancels).
    QTest::newRow("drop 8.1 -> 6.3") << SampleSummary::fromSd(212, 8.1, 1.5) << SampleSummary::fromSd(198, 6.3, 2.4)
                                     << -9.03347269335604 << 326.401776422615 << 1.488392573758284e-17
                                     << 7.44196286879142e-18;
    // Small groups: a = 1/10, b = 4/8, se = √0.6, t = −1/√0.6 = −1.290994,
    // df = 0.36 / (0.01/9 + 0.25/7) = 9.775862.
    QTest::newRow("small groups") << SampleSummary::fromSd(10, 5.0, 1.0) << SampleSummary::fromSd(8, 4.0, 2.0)
                                  << -1.2909944487358056 << 9.775862068965518 << 0.22639834577301998
                                  << 0.11319917288650999;
    // One group without spread: df falls back to n₂ − 1 = 7; t = −1/√0.5 = −√2.
    QTest::newRow("one variance zero") << SampleSummary::fromSd(10, 5.0, 0.0) << SampleSummary::fromSd(8, 4.0, 2.0)
                                       << -std::sqrt(2.0) << 7.0 << 0.2002000741662444 << 0.1001000370831222;
}

void TestStatistics::welch()
{
    QFETCH(SampleSummary, before);
    QFETCH(SampleSummary, after);
    QFETCH(double, t);
    QFETCH(double, df);
    QFETCH(double, pTwoSided);
    QFETCH(double, pDrop);
    const WelchTTestResult r = welchTTest(before, after);
    QVERIFY(r.valid);
    QVERIFY(qFuzzyCompare(r.difference, after.mean - before.mean));
    CX_COMPARE_REL(r.t, t, 1e-9);
    CX_COMPARE_REL(r.df, df, 1e-9);
    CX_COMPARE_REL(r.pTwoSided, pTwoSided, 1e-5);
    CX_COMPARE_REL(r.pDrop, pDrop, 1e-5);
    CX_COMPARE_REL(r.pRise, 1.0 - pDrop, 1e-9);
}

void TestStatistics::welchFromRawData()
{
    // Wikipedia, "Welch's t-test", example 1 (published: t = −2.46, ν = 25.0,
    // p = 0.021 for A1 − A2; here after − before, so t is positive).
    // A1: x̄ = 20.82, s² = 7.867429; A2: x̄ = 22.986667, s² = 3.812667.
    const std::vector<double> a1{27.5, 21.0, 19.0, 23.6, 17.0, 17.9, 16.9, 20.1, 21.9, 22.6, 23.1, 19.6, 19.0, 21.7, 21.4};
    const std::vector<double> a2{27.1, 22.0, 20.8, 23.4, 23.4, 23.5, 25.8, 22.0, 24.8, 20.2, 21.9, 22.1, 22.9, 20.5, 24.4};
    const WelchTTestResult r = welchTTest(summarize(a1), summarize(a2));
    QVERIFY(r.valid);
    CX_COMPARE_REL(r.t, 2.45535639828601, 1e-9);
    CX_COMPARE_REL(r.df, 24.98852929023142, 1e-9);
    CX_COMPARE_REL(r.pTwoSided, 0.02137800146286184, 1e-5);
    QVERIFY(r.pDrop > 0.98);
}

void TestStatistics::welchInvalid_data()
{
    QTest::addColumn<SampleSummary>("before");
    QTest::addColumn<SampleSummary>("after");

    QTest::newRow("n = 1") << SampleSummary::fromSd(1, 5.0, 1.0) << SampleSummary::fromSd(8, 4.0, 2.0);
    QTest::newRow("no spread at all") << SampleSummary::fromSd(10, 5.0, 0.0) << SampleSummary::fromSd(8, 4.0, 0.0);
    QTest::newRow("negative variance") << SampleSummary{10, 5.0, -1.0} << SampleSummary::fromSd(8, 4.0, 1.0);
    QTest::newRow("missing variance") << SampleSummary{10, 5.0, kNaN} << SampleSummary::fromSd(8, 4.0, 1.0);
    QTest::newRow("empty") << SampleSummary{} << SampleSummary{};
}

void TestStatistics::welchInvalid()
{
    QFETCH(SampleSummary, before);
    QFETCH(SampleSummary, after);
    const WelchTTestResult r = welchTTest(before, after);
    QVERIFY(!r.valid);
    QVERIFY(std::isnan(r.pTwoSided));
}

void TestStatistics::zTest_data()
{
    QTest::addColumn<qint64>("x1");
    QTest::addColumn<qint64>("n1");
    QTest::addColumn<qint64>("x2");
    QTest::addColumn<qint64>("n2");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<double>("z");
    QTest::addColumn<double>("pTwoSided");

    // 90/200 → 60/200: pooled p̂ = 150/400 = 0.375, se = √(0.375·0.625·0.01) = 0.0484123,
    // z = −0.15/0.0484123 = −3.098387 (z² = 9.6 = R's prop.test X-squared, correct = FALSE),
    // p = erfc(√4.8) = 0.00194577.
    QTest::newRow("rate drop") << qint64(90) << qint64(200) << qint64(60) << qint64(200) << true
                               << -3.0983866769659336 << 0.0019457736937391532;
    QTest::newRow("no change") << qint64(50) << qint64(100) << qint64(100) << qint64(200) << true << 0.0 << 1.0;
    QTest::newRow("all successes") << qint64(10) << qint64(10) << qint64(5) << qint64(5) << false << kNaN << kNaN;
    QTest::newRow("empty group") << qint64(0) << qint64(0) << qint64(5) << qint64(9) << false << kNaN << kNaN;
    QTest::newRow("more successes than trials") << qint64(11) << qint64(10) << qint64(5) << qint64(9) << false << kNaN
                                                << kNaN;
}

void TestStatistics::zTest()
{
    QFETCH(qint64, x1);
    QFETCH(qint64, n1);
    QFETCH(qint64, x2);
    QFETCH(qint64, n2);
    QFETCH(bool, valid);
    QFETCH(double, z);
    QFETCH(double, pTwoSided);
    const ProportionTestResult r = twoProportionZTest(x1, n1, x2, n2);
    QCOMPARE(r.valid, valid);
    if (!valid) {
        QVERIFY(std::isnan(r.pTwoSided));
        return;
    }
    QVERIFY(std::abs(r.z - z) < 1e-9);
    CX_COMPARE_REL(r.pTwoSided, pTwoSided, 1e-6);
    QVERIFY(std::abs(r.pDrop + r.pRise - 1.0) < 1e-12);
    if (z < 0)
        CX_COMPARE_REL(r.pDrop, pTwoSided / 2, 1e-6);
}

void TestStatistics::poisson_data()
{
    QTest::addColumn<qint64>("observed");
    QTest::addColumn<double>("expected");
    QTest::addColumn<double>("pRise");
    QTest::addColumn<double>("pDrop");
    QTest::addColumn<double>("pTwoSided");

    // λ = 5: P(X = 0…11) = .00674 .03369 .08422 .14037 .17547 .17547 .14622 .10444 .06528 .03627 .01813 .00824.
    // k = 10: pRise = 1 − P(X ≤ 9) = 0.0318281; two-sided adds P(X = 0) (the only
    // lower value ≤ P(X = 10)): 0.0385660 (R: poisson.test(10, r = 5) p = 0.03857).
    QTest::newRow("spike 10 vs 5") << qint64(10) << 5.0 << 0.031828057306205304 << 0.9863047314016166
                                   << 0.03856600430529067;
    // k = 1: pDrop = P(X ≤ 1) = 0.0404277; two-sided adds P(X ≥ 10) (P(9) = .03627 > P(1) = .03369).
    QTest::newRow("low 1 vs 5") << qint64(1) << 5.0 << 0.9932620530009145 << 0.040427681994512805
                                << 0.07225573930071816;
    QTest::newRow("exactly the mean") << qint64(5) << 5.0 << 0.5595067149347875 << 0.6159606548330632 << 1.0;
}

void TestStatistics::poisson()
{
    QFETCH(qint64, observed);
    QFETCH(double, expected);
    QFETCH(double, pRise);
    QFETCH(double, pDrop);
    QFETCH(double, pTwoSided);
    const CountTestResult r = poissonTest(observed, expected);
    QVERIFY(r.valid);
    QVERIFY(qFuzzyCompare(r.ratio, double(observed) / expected));
    CX_COMPARE_REL(r.pRise, pRise, 1e-8);
    CX_COMPARE_REL(r.pDrop, pDrop, 1e-8);
    CX_COMPARE_REL(r.pTwoSided, pTwoSided, 1e-8);

    QVERIFY(!poissonTest(3, 0.0).valid);
    QVERIFY(!poissonTest(-1, 2.0).valid);
    QVERIFY(!poissonTest(3, kNaN).valid);
}

void TestStatistics::largeCounts()
{
    // A province-level month: the tails are far beyond double precision in one
    // direction and must still come out as probabilities, not throw.
    const CountTestResult spike = poissonTest(120000, 100000.0);
    QVERIFY(spike.valid);
    QVERIFY(spike.pRise >= 0 && spike.pRise < 1e-100);
    QVERIFY(spike.pTwoSided >= spike.pRise && spike.pTwoSided < 1e-100);
    QCOMPARE(spike.pDrop, 1.0);

    const CountTestResult same = comparePoissonRates(50000, 1e7, 50000, 1e7);
    QVERIFY(same.valid);
    QCOMPARE(same.pTwoSided, 1.0);
    QVERIFY(std::abs(same.pRise - 0.5) < 0.01);

    const CountTestResult rise = comparePoissonRates(50000, 1e7, 51000, 1e7);
    QVERIFY(rise.valid);
    QVERIFY(rise.pRise < 0.001);
    QVERIFY(rise.pTwoSided > rise.pRise && rise.pTwoSided < 2.0001 * rise.pRise);
}

void TestStatistics::rateComparison_data()
{
    QTest::addColumn<qint64>("x1");
    QTest::addColumn<double>("e1");
    QTest::addColumn<qint64>("x2");
    QTest::addColumn<double>("e2");
    QTest::addColumn<double>("ratio");
    QTest::addColumn<double>("pRise");
    QTest::addColumn<double>("pTwoSided");

    // Equal exposures: X ~ Binomial(60, 1/2); P(X ≥ 40) = 0.00674465, two-sided doubles it (symmetric).
    QTest::newRow("20 -> 40 same base") << qint64(20) << 10000.0 << qint64(40) << 10000.0 << 2.0
                                        << 0.00674464686559593 << 0.01348929373119186;
    // Exposure 20 000 → 10 000: π = 1/3, X ~ Binomial(45, 1/3); rate ratio (30/1e4)/(15/2e4) = 4.
    QTest::newRow("15 -> 30 half base") << qint64(15) << 20000.0 << qint64(30) << 10000.0 << 4.0
                                        << 5.001188288275619e-06 << 8.228661404080467e-06;
}

void TestStatistics::rateComparison()
{
    QFETCH(qint64, x1);
    QFETCH(double, e1);
    QFETCH(qint64, x2);
    QFETCH(double, e2);
    QFETCH(double, ratio);
    QFETCH(double, pRise);
    QFETCH(double, pTwoSided);
    const CountTestResult r = comparePoissonRates(x1, e1, x2, e2);
    QVERIFY(r.valid);
    QVERIFY(qFuzzyCompare(r.ratio, ratio));
    CX_COMPARE_REL(r.pRise, pRise, 1e-8);
    CX_COMPARE_REL(r.pTwoSided, pTwoSided, 1e-8);
    QVERIFY(r.pDrop > 0.99);

    // Swapping before and after turns the spike into a drop with the same two-sided p.
    const CountTestResult swapped = comparePoissonRates(x2, e2, x1, e1);
    CX_COMPARE_REL(swapped.pDrop, pRise, 1e-8);
    CX_COMPARE_REL(swapped.pTwoSided, pTwoSided, 1e-8);

    QVERIFY(!comparePoissonRates(0, 1.0, 0, 1.0).valid);
    QVERIFY(!comparePoissonRates(3, 0.0, 5, 1.0).valid);
    QVERIFY(std::isinf(comparePoissonRates(0, 1.0, 5, 1.0).ratio));
}

void TestStatistics::correlation_data()
{
    QTest::addColumn<std::vector<double>>("x");
    QTest::addColumn<std::vector<double>>("y");
    QTest::addColumn<bool>("rankBased");
    QTest::addColumn<double>("r");
    QTest::addColumn<double>("p");

    // x = 1…6, y = 2,1,4,3,7,5: Σdxdy = 13.5, Σdx² = 17.5, Σdy² = 27.5 → r = 13.5/√481.25 = 0.791795;
    // t = r√(4/(1 − r²)) = 2.592701, p (4 df) = 0.0605114.
    QTest::newRow("pearson") << std::vector<double>{1, 2, 3, 4, 5, 6} << std::vector<double>{2, 1, 4, 3, 7, 5} << false
                             << 0.7917946548886297 << 0.06051140336274263;
    // Incomplete pairs are dropped: the same as above.
    QTest::newRow("pearson NaN pair") << std::vector<double>{1, 2, kNaN, 3, 4, 5, 6}
                                      << std::vector<double>{2, 1, 9, 4, 3, 7, 5} << false << 0.7917946548886297
                                      << 0.06051140336274263;
    // Ties: x = 10,20,20,30,40 → ranks 1,2.5,2.5,4,5; y = 1,3,2,5,4 → ranks 1,3,2,5,4.
    // Deviations from 3: (−2,−.5,−.5,1,2)·(−2,0,−1,2,1) = 8.5; Σdx² = 9.5, Σdy² = 10 →
    // ρ = 8.5/√95 = 0.872082; t = 3.086660 (3 df), p = 0.0538542.
    QTest::newRow("spearman ties") << std::vector<double>{10, 20, 20, 30, 40} << std::vector<double>{1, 3, 2, 5, 4}
                                   << true << 0.872081599272381 << 0.05385421772755217;
    // Wikipedia, "Spearman's rank correlation coefficient": IQ vs hours of TV,
    // Σd² = 194, ρ = 1 − 6·194/(10·99) = −29/165 = −0.175758 (published p = 0.627).
    QTest::newRow("spearman wikipedia") << std::vector<double>{106, 100, 86, 101, 99, 103, 97, 113, 112, 110}
                                        << std::vector<double>{7, 27, 2, 50, 28, 29, 20, 12, 6, 17} << true
                                        << -29.0 / 165.0 << 0.6271883447764843;
    QTest::newRow("perfect") << std::vector<double>{1, 2, 3, 4} << std::vector<double>{2, 4, 6, 8} << false << 1.0
                             << 0.0;
}

void TestStatistics::correlation()
{
    QFETCH(std::vector<double>, x);
    QFETCH(std::vector<double>, y);
    QFETCH(bool, rankBased);
    QFETCH(double, r);
    QFETCH(double, p);
    const CorrelationResult c = rankBased ? spearman(x, y) : pearson(x, y);
    QVERIFY(c.valid);
    QVERIFY(std::abs(c.r - r) < 1e-12);
    if (p == 0)
        QCOMPARE(c.p, 0.0);
    else
        CX_COMPARE_REL(c.p, p, 1e-5);
}

void TestStatistics::correlationDegenerate_data()
{
    QTest::addColumn<std::vector<double>>("x");
    QTest::addColumn<std::vector<double>>("y");

    QTest::newRow("two points") << std::vector<double>{1, 2} << std::vector<double>{3, 4};
    QTest::newRow("empty") << std::vector<double>{} << std::vector<double>{};
    QTest::newRow("constant x") << std::vector<double>{5, 5, 5, 5} << std::vector<double>{1, 2, 3, 4};
    QTest::newRow("constant y") << std::vector<double>{1, 2, 3, 4} << std::vector<double>{7, 7, 7, 7};
    QTest::newRow("lengths differ") << std::vector<double>{1, 2, 3, 4} << std::vector<double>{1, 2, 3};
    QTest::newRow("too few complete pairs") << std::vector<double>{1, kNaN, 3, 4}
                                            << std::vector<double>{1, 2, kNaN, 4};
}

void TestStatistics::correlationDegenerate()
{
    QFETCH(std::vector<double>, x);
    QFETCH(std::vector<double>, y);
    for (const CorrelationResult &c : {pearson(x, y), spearman(x, y)}) {
        QVERIFY(!c.valid);
        QVERIFY(std::isnan(c.r));
        QVERIFY(std::isnan(c.p));
    }
}

void TestStatistics::ranks()
{
    const std::vector<double> v{30, 10, 20, kNaN, 20, 20};
    const std::vector<double> r = averageRanks(v);
    // Sorted: 10 (rank 1), 20,20,20 (ranks 2,3,4 → 3), 30 (rank 5).
    QCOMPARE(r[0], 5.0);
    QCOMPARE(r[1], 1.0);
    QCOMPARE(r[2], 3.0);
    QVERIFY(std::isnan(r[3]));
    QCOMPARE(r[4], 3.0);
    QCOMPARE(r[5], 3.0);
}

void TestStatistics::bh_data()
{
    QTest::addColumn<std::vector<double>>("p");
    QTest::addColumn<std::vector<double>>("q");

    // Sorted .005 .01 .03 .04 → m·p/i = .02 .02 .04 .04 (already monotone).
    QTest::newRow("plain") << std::vector<double>{0.01, 0.04, 0.03, 0.005} << std::vector<double>{0.02, 0.04, 0.04, 0.02};
    // .04·3/1 = .12 > .041·3/2 = .0615: monotonicity takes the smaller later value.
    QTest::newRow("monotone step") << std::vector<double>{0.9, 0.04, 0.041} << std::vector<double>{0.9, 0.0615, 0.0615};
    // Capped at 1; NaN stays NaN and does not count (m = 2).
    QTest::newRow("cap and NaN") << std::vector<double>{0.8, kNaN, 0.7} << std::vector<double>{0.8, kNaN, 0.8};
    QTest::newRow("empty") << std::vector<double>{} << std::vector<double>{};
}

void TestStatistics::bh()
{
    QFETCH(std::vector<double>, p);
    QFETCH(std::vector<double>, q);
    const std::vector<double> got = benjaminiHochberg(p);
    QCOMPARE(got.size(), q.size());
    for (size_t i = 0; i < q.size(); ++i) {
        if (std::isnan(q[i]))
            QVERIFY(std::isnan(got[i]));
        else
            QVERIFY2(std::abs(got[i] - q[i]) < 1e-12, qPrintable(QString::number(got[i])));
    }
}

QTEST_GUILESS_MAIN(TestStatistics)
#include "tst_statistics.moc"
