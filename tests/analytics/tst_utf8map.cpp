#include "analytics/utf8map.h"

#include <QByteArray>
#include <QTest>

using namespace cx;

class TestUtf8Map : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void findsWhatWasInserted();
    void keysThatDifferLate();
};

void TestUtf8Map::findsWhatWasInserted()
{
    // Enough keys to grow the table several times; every key found with its
    // value after the growth, none that was not inserted.
    Utf8Map<int> map;
    QCOMPARE(map.find("咪咕音乐"), nullptr);
    for (int i = 0; i < 5000; ++i)
        QCOMPARE(map.insert(QByteArray("城市") + QByteArray::number(i), i), i);
    QCOMPARE(map.size(), 5000);
    for (int i = 0; i < 5000; ++i) {
        const int *value = map.find(QByteArray("城市") + QByteArray::number(i));
        QVERIFY(value);
        QCOMPARE(*value, i);
    }
    QCOMPARE(map.find("城市5000"), nullptr);
    QCOMPARE(map.find("城市"), nullptr);
    map.insert({}, -1);
    QCOMPARE(*map.find(""), -1);
    map.clear();
    QCOMPARE(map.size(), 0);
    QCOMPARE(map.find("城市1"), nullptr);
}

void TestUtf8Map::keysThatDifferLate()
{
    // Keys alike in their first eight-byte words, and a prefix of another key:
    // the hash reads every byte, the comparison the whole key.
    Utf8Map<int> map;
    const QByteArray common = "广东\x1f深圳\x1f南山区\x1f";
    map.insert(common + "网格A", 1);
    map.insert(common + "网格B", 2);
    map.insert(common, 3);
    QCOMPARE(*map.find(common + "网格A"), 1);
    QCOMPARE(*map.find(common + "网格B"), 2);
    QCOMPARE(*map.find(common), 3);
    QCOMPARE(map.find(common + "网格"), nullptr);
    QVERIFY(utf8Hash(common + "网格A") != utf8Hash(common + "网格B"));
}

QTEST_APPLESS_MAIN(TestUtf8Map)
#include "tst_utf8map.moc"
