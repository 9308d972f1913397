#include "analytics/kano.h"

#include <QTest>

#include <cmath>
#include <set>

using namespace cx;
using namespace Qt::StringLiterals;

class TestKano : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void evaluationTable_data();
    void evaluationTable();
    void parseAnswer_data();
    void parseAnswer();
    void letters();
    void tallyFromAnswers();
    void dominant_data();
    void dominant();
    void betterWorse();
    void strategy();
};

void TestKano::evaluationTable_data()
{
    QTest::addColumn<KanoAnswer>("functional");
    QTest::addColumn<KanoAnswer>("dysfunctional");
    QTest::addColumn<QChar>("expected");

    // Berger et al. (1993), rows functional, columns dysfunctional, written out
    // independently of the table in kano.cpp.
    const QString table[5] = {
        u"QAAAO"_s, // like
        u"RIIIM"_s, // expect
        u"RIIIM"_s, // neutral
        u"RIIIM"_s, // live with
        u"RRRRQ"_s, // dislike
    };
    const char *names[5] = {"like", "expect", "neutral", "live with", "dislike"};
    for (int f = 0; f < 5; ++f) {
        for (int d = 0; d < 5; ++d) {
            QTest::addRow("%s x %s", names[f], names[d]) << KanoAnswer(f) << KanoAnswer(d) << table[f].at(d);
        }
    }
}

void TestKano::evaluationTable()
{
    QFETCH(KanoAnswer, functional);
    QFETCH(KanoAnswer, dysfunctional);
    QFETCH(QChar, expected);
    QCOMPARE(kanoClassLetter(kanoEvaluate(functional, dysfunctional)), expected);
}

void TestKano::parseAnswer_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("expected"); // KanoAnswer, or −1 for unreadable

    QTest::newRow("我喜欢") << u"我喜欢"_s << int(KanoAnswer::Like);
    QTest::newRow("理所当然") << u"理所当然"_s << int(KanoAnswer::Expect);
    QTest::newRow("无所谓") << u"无所谓"_s << int(KanoAnswer::Neutral);
    QTest::newRow("能忍受") << u"能忍受"_s << int(KanoAnswer::LiveWith);
    QTest::newRow("我不喜欢") << u"我不喜欢"_s << int(KanoAnswer::Dislike);
    QTest::newRow("不喜欢 is not 喜欢") << u"不喜欢"_s << int(KanoAnswer::Dislike);
    QTest::newRow("spaces around") << u"  我喜欢 "_s << int(KanoAnswer::Like);
    QTest::newRow("like") << u"Like"_s << int(KanoAnswer::Like);
    QTest::newRow("expect") << u"EXPECT"_s << int(KanoAnswer::Expect);
    QTest::newRow("must-be") << u"must-be"_s << int(KanoAnswer::Expect);
    QTest::newRow("neutral") << u"neutral"_s << int(KanoAnswer::Neutral);
    QTest::newRow("live with") << u"live with"_s << int(KanoAnswer::LiveWith);
    QTest::newRow("live-with") << u"Live-With"_s << int(KanoAnswer::LiveWith);
    QTest::newRow("dislike") << u"dislike"_s << int(KanoAnswer::Dislike);
    QTest::newRow("1") << u"1"_s << int(KanoAnswer::Like);
    QTest::newRow("2") << u"2"_s << int(KanoAnswer::Expect);
    QTest::newRow("3") << u"3"_s << int(KanoAnswer::Neutral);
    QTest::newRow("4") << u"4"_s << int(KanoAnswer::LiveWith);
    QTest::newRow("5") << u"5"_s << int(KanoAnswer::Dislike);
    QTest::newRow("6") << u"6"_s << -1;
    QTest::newRow("0") << u"0"_s << -1;
    QTest::newRow("empty") << QString() << -1;
    QTest::newRow("other text") << u"还行"_s << -1;
    QTest::newRow("likes") << u"likes"_s << -1;
}

void TestKano::parseAnswer()
{
    QFETCH(QString, text);
    QFETCH(int, expected);
    const std::optional<KanoAnswer> answer = parseKanoAnswer(text);
    if (expected < 0) {
        QVERIFY(!answer);
    } else {
        QVERIFY(answer);
        QCOMPARE(int(*answer), expected);
    }
}

void TestKano::letters()
{
    const QString letters = u"AOMIRQ"_s;
    for (int i = 0; i < kKanoClassCount; ++i) {
        QCOMPARE(kanoClassLetter(KanoClass(i)), letters.at(i));
        QCOMPARE(kanoClassFromLetter(letters.at(i).toLower()), KanoClass(i));
        QVERIFY(!kanoClassName(KanoClass(i)).isEmpty());
    }
    QVERIFY(!kanoClassFromLetter(u'X'));
    QCOMPARE(kanoPriority(KanoClass::MustBe), 1);
    QCOMPARE(kanoPriority(KanoClass::OneDimensional), 2);
    QCOMPARE(kanoPriority(KanoClass::Attractive), 3);
    QCOMPARE(kanoPriority(KanoClass::Indifferent), 4);
    QCOMPARE(kanoPriority(KanoClass::Reverse), 5);
}

void TestKano::tallyFromAnswers()
{
    KanoTally tally;
    QVERIFY(tally.add(u"我喜欢", u"我不喜欢"));  // O
    QVERIFY(tally.add(u"我喜欢", u"无所谓"));    // A
    QVERIFY(tally.add(u"理所当然", u"我不喜欢")); // M
    QVERIFY(tally.add(u"能忍受", u"我不喜欢"));   // M
    QVERIFY(tally.add(u"我不喜欢", u"我喜欢"));   // R
    QVERIFY(tally.add(u"like", u"like"));         // Q
    QVERIFY(!tally.add(u"", u"我不喜欢"));
    QVERIFY(!tally.add(u"我喜欢", u"随便"));
    QCOMPARE(tally.count(KanoClass::OneDimensional), 1);
    QCOMPARE(tally.count(KanoClass::Attractive), 1);
    QCOMPARE(tally.count(KanoClass::MustBe), 2);
    QCOMPARE(tally.count(KanoClass::Reverse), 1);
    QCOMPARE(tally.count(KanoClass::Questionable), 1);
    QCOMPARE(tally.total(), 6);
    QCOMPARE(tally.unreadable, 2);
    QCOMPARE(tally.dominant(), KanoClass::MustBe);
}

void TestKano::dominant_data()
{
    QTest::addColumn<QList<qint64>>("counts"); // A O M I R Q
    QTest::addColumn<QChar>("expected");

    QTest::newRow("clear M") << QList<qint64>{10, 5, 40, 8, 2, 1} << QChar(u'M');
    QTest::newRow("clear R") << QList<qint64>{3, 1, 2, 9, 47, 2} << QChar(u'R');
    QTest::newRow("Q only when strictly most") << QList<qint64>{0, 0, 0, 0, 0, 3} << QChar(u'Q');
    QTest::newRow("tie M-O goes to M") << QList<qint64>{1, 7, 7, 2, 0, 0} << QChar(u'M');
    QTest::newRow("tie O-A goes to O") << QList<qint64>{7, 7, 2, 2, 0, 0} << QChar(u'O');
    QTest::newRow("tie A-I goes to A") << QList<qint64>{6, 0, 0, 6, 1, 0} << QChar(u'A');
    QTest::newRow("tie I-R goes to I") << QList<qint64>{0, 0, 0, 4, 4, 4} << QChar(u'I');
}

void TestKano::dominant()
{
    QFETCH(QList<qint64>, counts);
    QFETCH(QChar, expected);
    KanoTally tally;
    for (int i = 0; i < kKanoClassCount; ++i)
        tally.add(KanoClass(i), counts.at(i));
    QVERIFY(tally.dominant());
    QCOMPARE(kanoClassLetter(*tally.dominant()), expected);
    QVERIFY(!KanoTally().dominant());
}

void TestKano::betterWorse()
{
    // A 20, O 30, M 40, I 10 (R 7, Q 3 not in the base): base 100,
    // Better = 50/100 = 0.5, Worse = −70/100 = −0.7.
    KanoTally tally;
    tally.add(KanoClass::Attractive, 20);
    tally.add(KanoClass::OneDimensional, 30);
    tally.add(KanoClass::MustBe, 40);
    tally.add(KanoClass::Indifferent, 10);
    tally.add(KanoClass::Reverse, 7);
    tally.add(KanoClass::Questionable, 3);
    QCOMPARE(tally.better(), 0.5);
    QCOMPARE(tally.worse(), -0.7);

    KanoTally onlyReverse;
    onlyReverse.add(KanoClass::Reverse, 5);
    QVERIFY(std::isnan(onlyReverse.better()));
    QVERIFY(std::isnan(onlyReverse.worse()));
}

void TestKano::strategy()
{
    const LifecyclePhase phases[] = {LifecyclePhase::Introduction, LifecyclePhase::Growth, LifecyclePhase::Maturity,
                                     LifecyclePhase::Decline};
    std::set<QString> all;
    for (int c = 0; c < kKanoClassCount; ++c) {
        for (LifecyclePhase phase : phases) {
            const QString text = kanoStrategy(KanoClass(c), phase);
            QVERIFY(!text.isEmpty());
            all.insert(text);
        }
    }
    // M, I, R, Q: one text each whatever the phase; O and A: promoted vs not.
    QCOMPARE(all.size(), size_t(8));
    QCOMPARE(kanoStrategy(KanoClass::MustBe, LifecyclePhase::Growth),
             kanoStrategy(KanoClass::MustBe, LifecyclePhase::Decline));
    QCOMPARE(kanoStrategy(KanoClass::OneDimensional, LifecyclePhase::Introduction),
             kanoStrategy(KanoClass::OneDimensional, LifecyclePhase::Growth));
    QVERIFY(kanoStrategy(KanoClass::OneDimensional, LifecyclePhase::Growth)
            != kanoStrategy(KanoClass::OneDimensional, LifecyclePhase::Maturity));
    QVERIFY(kanoStrategy(KanoClass::Attractive, LifecyclePhase::Growth)
            != kanoStrategy(KanoClass::Attractive, LifecyclePhase::Maturity));
    QVERIFY(kanoStrategy(KanoClass::OneDimensional, LifecyclePhase::Growth).contains(u"iterate fast"));
    QVERIFY(kanoStrategy(KanoClass::Reverse, LifecyclePhase::Growth).contains(u"never"));
}

QTEST_GUILESS_MAIN(TestKano)
#include "tst_kano.moc"
