#include "testsupport.h"

#include "import/categorymap.h"
#include "import/journeystages.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTest>

using namespace Qt::StringLiterals;
using cx::CategoryEntry;
using cx::CategoryMap;

class TstCategoryMap : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void defaults_data();
    void defaults();
    void defaultsAreConsistent();
    void unmapped();
    void higherLevels();
    void normalizedLookup();
    void workspaceEntries();
    void fromJsonErrors_data();
    void fromJsonErrors();
    void sampleTruth();
};

void TstCategoryMap::init()
{
    QTest::failOnWarning(QRegularExpression(u".*"_s));
}

void TstCategoryMap::defaults_data()
{
    QTest::addColumn<QString>("category");
    QTest::addColumn<QString>("stage");
    QTest::addColumn<QString>("element");
    QTest::addColumn<QString>("level");

    // The stage of each category of the sample files (shared/data/README.md).
    auto row = [](const QString &category, const QString &stage, const QString &element, const QString &level) {
        QTest::newRow(qPrintable(category)) << category << stage << element << level;
    };
    row(u"网速慢"_s, u"使用"_s, u"QOE02"_s, u"功能性"_s);
    row(u"信号差"_s, u"使用"_s, u"QOE01"_s, u"功能性"_s);
    row(u"掉话"_s, u"使用"_s, u"QOE01"_s, u"功能性"_s);
    row(u"频繁掉线"_s, u"使用"_s, u"QOE06"_s, u"功能性"_s);
    row(u"播放卡顿"_s, u"使用"_s, u"QOE05"_s, u"功能性"_s);
    row(u"权益不符"_s, u"使用"_s, u"QOE05"_s, u"情感性"_s);
    row(u"不知情订购"_s, u"订购"_s, u"QOE03"_s, u"功能性"_s);
    row(u"订购失败"_s, u"订购"_s, u"QOE04"_s, u"功能性"_s);
    row(u"排队时间长"_s, u"订购"_s, u"QOE08"_s, u"便利性"_s);
    row(u"扣费异议"_s, u"缴费"_s, u"QOE03"_s, u"功能性"_s);
    row(u"套餐资费不清"_s, u"了解"_s, u"QOE03"_s, u"便利性"_s);
    row(u"营销短信过多"_s, u"了解"_s, u"QOE03"_s, u"情感性"_s);
    row(u"退订困难"_s, u"续订退订"_s, u"QOE04"_s, u"便利性"_s);
    row(u"安装超时"_s, u"开通"_s, u"QOE06"_s, u"便利性"_s);
    row(u"接通难"_s, u"咨询投诉"_s, u"QOE07"_s, u"便利性"_s);
    row(u"问题未解决"_s, u"咨询投诉"_s, u"QOE07"_s, u"功能性"_s);
}

void TstCategoryMap::defaults()
{
    QFETCH(QString, category);
    QFETCH(QString, stage);
    QFETCH(QString, element);
    QFETCH(QString, level);
    const CategoryEntry entry = CategoryMap::defaults().lookup(category);
    QVERIFY(entry.mapped);
    QCOMPARE(entry.stage, stage);
    QCOMPARE(entry.elementCode, element);
    QCOMPARE(entry.experienceLevel, level);
}

void TstCategoryMap::defaultsAreConsistent()
{
    const CategoryMap &map = CategoryMap::defaults();
    QCOMPARE(map.entries().size(), 16);
    const QStringList stages = cx::defaultJourneyStages();
    const QStringList levels{u"功能性"_s, u"便利性"_s, u"情感性"_s};
    static const QRegularExpression element(u"^QOE0[1-8]$"_s);
    for (auto it = map.entries().cbegin(); it != map.entries().cend(); ++it) {
        QVERIFY2(stages.contains(it->stage), qPrintable(it.key()));
        QVERIFY2(levels.contains(it->experienceLevel), qPrintable(it.key()));
        QVERIFY2(element.match(it->elementCode).hasMatch(), qPrintable(it.key()));
        QVERIFY(it->mapped);
    }
}

void TstCategoryMap::unmapped()
{
    const CategoryEntry entry = CategoryMap::defaults().lookup(u"外星人入侵");
    QVERIFY(!entry.mapped);
    QCOMPARE(entry.stage, u"未归类"_s);
    QCOMPARE(CategoryMap::unmappedStage(), u"未归类"_s);
    QVERIFY(entry.elementCode.isEmpty());
    QVERIFY(entry.experienceLevel.isEmpty());
    QVERIFY(!CategoryMap::defaults().lookup(QString()).mapped);
    QVERIFY(!CategoryMap().lookup(u"网速慢").mapped);
}

void TstCategoryMap::higherLevels()
{
    CategoryMap map = CategoryMap::defaults();
    map.insert(u"计费争议"_s, {u"缴费"_s, u"QOE03"_s, u"功能性"_s, true});
    // The third level wins when known; an unknown or empty one falls back.
    QCOMPARE(map.lookup(u"不知情订购", u"计费争议").stage, u"订购"_s);
    QCOMPARE(map.lookup(u"新的三级原因", u"计费争议").stage, u"缴费"_s);
    QCOMPARE(map.lookup(u"", u"计费争议", u"资费套餐").stage, u"缴费"_s);
    QVERIFY(!map.lookup(u"新的三级原因", u"新的二级", u"资费套餐").mapped);
}

void TstCategoryMap::normalizedLookup()
{
    const CategoryMap &map = CategoryMap::defaults();
    QVERIFY(map.contains(u" 网速慢 "));
    QCOMPARE(map.lookup(u"网速慢\u3000").stage, u"使用"_s);
    QCOMPARE(map.lookup(u"接通 难").stage, u"咨询投诉"_s);
    QVERIFY(!map.contains(u"网速"));
}

void TstCategoryMap::workspaceEntries()
{
    // The map the workspace keeps (table category_map) replaces the defaults.
    QHash<QString, CategoryEntry> rows;
    rows.insert(u"网速慢"_s, {u"售后"_s, u"QOE02"_s, u"功能性"_s, true});
    rows.insert(u"账单看不懂"_s, {u"缴费"_s, {}, {}, true});
    CategoryMap map(rows);
    QCOMPARE(map.lookup(u"网速慢").stage, u"售后"_s);
    QCOMPARE(map.lookup(u"账单看不懂").stage, u"缴费"_s);
    QVERIFY(map.lookup(u"账单看不懂").elementCode.isEmpty());
    QVERIFY(!map.lookup(u"信号差").mapped);

    // Inserting a category spelled differently replaces, not duplicates.
    map.insert(u" 网速慢"_s, {u"使用"_s, u"QOE02"_s, u"功能性"_s, true});
    QCOMPARE(map.entries().size(), 2);
    QCOMPARE(map.lookup(u"网速慢").stage, u"使用"_s);
}

void TstCategoryMap::fromJsonErrors_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("not JSON") << QByteArray("{\n\"categories\": {\n oops") << u"line 3"_s;
    QTest::newRow("no categories") << QByteArray(R"({"version": 1})") << u"categories"_s;
    QTest::newRow("no stage") << QByteArray(R"({"categories": {"网速慢": {"element_code": "QOE02"}}})")
                              << u"网速慢"_s;
}

void TstCategoryMap::fromJsonErrors()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, mentions);
    QString error;
    const CategoryMap map = CategoryMap::fromJson(json, u"my_map.json"_s, &error);
    QVERIFY(map.isEmpty());
    QVERIFY2(error.contains(u"my_map.json"_s) && error.contains(mentions), qPrintable(error));
}

// Acceptance: every category and stage the sample's ground truth counts is
// known to the default map and the default journey.
void TstCategoryMap::sampleTruth()
{
    CX_REQUIRE_SHARED_DATA(dir);
    QFile file(dir + u"/truth.json"_s);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QJsonObject truth = QJsonDocument::fromJson(file.readAll()).object();
    const QStringList stages = cx::defaultJourneyStages();
    const QJsonObject byStage = truth.value("complaints_by_stage"_L1).toObject();
    QCOMPARE(byStage.size(), stages.size());
    for (const QString &stage : byStage.keys())
        QVERIFY2(stages.contains(stage), qPrintable(stage));
    const QJsonArray top = truth.value("top_categories"_L1).toArray();
    QCOMPARE(top.size(), 10);
    for (const QJsonValue &entry : top) {
        const QString category = entry.toArray().at(0).toString();
        QVERIFY2(CategoryMap::defaults().lookup(category).mapped, qPrintable(category));
    }
    const QString spike = truth.value("planted_complaint_spike"_L1).toObject().value("category"_L1).toString();
    QCOMPARE(CategoryMap::defaults().lookup(spike).stage, u"使用"_s);
}

QTEST_GUILESS_MAIN(TstCategoryMap)
#include "tst_categorymap.moc"
