// Pain-point tags on hand-made complaints: the default rules, exceptions,
// case and width of Latin letters, and rules of one's own.

#include "text/painpointtagger.h"
#include "text/textlists.h"

#include <QTest>

using namespace Qt::StringLiterals;

class TestTagger : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void defaultRules_data();
    void defaultRules();
    void exceptions();
    void caseAndWidth();
    void indicesFollowTheRules();
};

void TestTagger::defaultRules_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("tags"); // in the order of the default rules

    QTest::newRow("stutter") << u"咪咕视频看直播一直卡顿，画面糊"_s << QStringList{u"卡顿"_s};
    QTest::newRow("spinning") << u"晚上网速特别慢，刷视频一直转圈"_s << QStringList{u"卡顿"_s, u"网速慢"_s};
    QTest::newRow("no signal") << u"地下车库完全没有信号"_s << QStringList{u"信号差"_s};
    QTest::newRow("broadband drops") << u"家里宽带每天晚上掉线，重启光猫也不行"_s
                                     << QStringList{u"掉线"_s, u"问题未解决"_s};
    QTest::newRow("call drops") << u"通话经常中断，对方听不到声音"_s << QStringList{u"通话异常"_s};
    QTest::newRow("unknown order") << u"没有办理过视频彩铃却被扣费，要求退费"_s
                                   << QStringList{u"扣费不明"_s, u"不知情订购"_s};
    QTest::newRow("cannot unsubscribe") << u"发短信退订没有反应，还在扣费"_s << QStringList{u"无法退订"_s};
    QTest::newRow("marketing") << u"每天收到好几条推广短信，很烦"_s << QStringList{u"营销骚扰"_s};
    QTest::newRow("system busy") << u"在APP上办理一直提示系统繁忙"_s << QStringList{u"办理失败"_s};
    QTest::newRow("tariff") << u"营业员介绍的资费和实际不一样"_s << QStringList{u"资费不符"_s};
    QTest::newRow("data") << u"流量明明没用完却提示超出套餐"_s << QStringList{u"流量异常"_s};
    QTest::newRow("benefits") << u"开了会员还是有广告"_s << QStringList{u"权益不符"_s};
    QTest::newRow("hotline") << u"人工客服一直占线，打不进去"_s << QStringList{u"接通难"_s};
    QTest::newRow("promise") << u"客服答应48小时回复，结果没人联系"_s << QStringList{u"承诺未兑现"_s};
    QTest::newRow("installer") << u"装维人员不守时，约好上午结果下午才来"_s << QStringList{u"装维超时"_s};
    QTest::newRow("attitude") << u"营业员态度恶劣，推诿不办理"_s << QStringList{u"服务态度"_s};
    QTest::newRow("queue") << u"营业厅只开一个窗口，效率太低"_s << QStringList{u"排队久"_s};
    QTest::newRow("repeat and escalation") << u"已经投诉过三次了问题还是没解决，再不处理就去工信部"_s
                                           << QStringList{u"问题未解决"_s, u"重复投诉"_s, u"升级风险"_s};
    QTest::newRow("none") << u"咨询一下国际漫游怎么开通"_s << QStringList{};
    QTest::newRow("empty") << QString() << QStringList{};
}

void TestTagger::defaultRules()
{
    QFETCH(QString, text);
    QFETCH(QStringList, tags);
    cx::PainPointTagger tagger(cx::TextLists::defaults().tagRules());
    QCOMPARE(tagger.tagNames(text), tags);
}

void TestTagger::exceptions()
{
    cx::PainPointTagger tagger(cx::TextLists::defaults().tagRules());
    // 卡顿 inside 不卡顿 does not count ...
    QCOMPARE(tagger.tagNames(u"以前看视频都不卡顿"_s), QStringList{});
    // ... another phrase of the tag in the same text still does.
    QCOMPARE(tagger.tagNames(u"以前不卡顿，现在一直缓冲"_s), QStringList{u"卡顿"_s});
    QCOMPARE(tagger.tagNames(u"开通了骚扰拦截还是接到骚扰电话"_s), QStringList{u"营销骚扰"_s});
    QCOMPARE(tagger.tagNames(u"想开通骚扰拦截"_s), QStringList{});
}

void TestTagger::caseAndWidth()
{
    cx::PainPointTagger tagger({{u"高清通话"_s, {u"VoLTE"_s, u"高清通话"_s}, {}},
                                {u"升级风险"_s, {u"12300"_s}, {}}});
    QCOMPARE(tagger.tagNames(u"手机开不了volte"_s), QStringList{u"高清通话"_s});
    QCOMPARE(tagger.tagNames(u"ＶｏＬＴＥ无法使用"_s), QStringList{u"高清通话"_s});
    QCOMPARE(tagger.tagNames(u"要打１２３００投诉"_s), QStringList{u"升级风险"_s});
    QCOMPARE(tagger.tagNames(u"VoLT"_s), QStringList{});
}

void TestTagger::indicesFollowTheRules()
{
    cx::PainPointTagger tagger({{u"甲"_s, {u"掉线"_s}, {}}, {u"乙"_s, {u"掉线"_s, u"断网"_s}, {u"不掉线"_s}},
                                {u"丙"_s, {u"断网"_s}, {}}});
    QCOMPARE(tagger.tags(), (QStringList{u"甲"_s, u"乙"_s, u"丙"_s}));
    QCOMPARE(tagger.tag(u"断网了，之前不掉线"_s), (std::vector<int>{0, 1, 2})); // 甲's 掉线 has no exception
    QCOMPARE(tagger.tag(u"之前不掉线"_s), (std::vector<int>{0}));
    QCOMPARE(tagger.tag(u"掉线掉线掉线"_s), (std::vector<int>{0, 1}));
}

QTEST_GUILESS_MAIN(TestTagger)
#include "tst_tagger.moc"
