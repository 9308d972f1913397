// The dictionary segmenter on complaint sentences as analysts read them:
// telecom terms whole (携号转网, 光猫, 工信部), Latin letters and digits
// whole (5G, 4K, 100M, iPhone15), full-width forms folded, and the word trie
// it reads.

#include "text/dictionary.h"
#include "text/segmenter.h"
#include "text/textlists.h"
#include "text/wordtrie.h"

#include <QElapsedTimer>
#include <QResource>
#include <QTest>

#include <cmath>

using namespace Qt::StringLiterals;

class TestSegmenter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void sentences_data();
    void sentences();
    void tokenKinds();
    void termsDecide();
    void builtInDictionary();
    void trieRoundTrip();
    void damagedTrieRefused();
    void throughput();

private:
    std::shared_ptr<const cx::Dictionary> m_dictionary;
};

void TestSegmenter::initTestCase()
{
    QVERIFY2(!cx::Dictionary::builtIn().isEmpty(), "the built-in dictionary did not load");
    m_dictionary = std::make_shared<const cx::Dictionary>(cx::TextLists::defaults().terms());
}

void TestSegmenter::sentences_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected"); // words joined by '/'

    const auto row = [](const char *name, const char16_t *text, const char16_t *expected) {
        QTest::newRow(name) << QString::fromUtf16(text) << QString::fromUtf16(expected);
    };
    row("broadband drops", u"家里宽带每天晚上掉线，重启光猫也不行", u"家里/宽带/每天晚上/掉线/重启/光猫/也/不行");
    row("number portability", u"客户要求办理携号转网，营业厅以合约期未满为由拒绝",
        u"客户/要求/办理/携号转网/营业厅/以/合约期/未满/为/由/拒绝");
    row("5G package", u"5G套餐的流量包用完后网速很慢", u"5G/套餐/的/流量包/用完/后/网速/很/慢");
    row("regulator", u"客户情绪激动，要求尽快处理，否则向工信部投诉",
        u"客户/情绪/激动/要求/尽快/处理/否则/向/工信部/投诉");
    row("unknown charges", u"没有办理过视频彩铃却被扣费，要求退费", u"没有/办理/过/视频彩铃/却/被扣费/要求/退费");
    row("migu video stutter", u"咪咕视频看直播一直卡顿，画面糊", u"咪咕视频/看/直播/一直/卡顿/画面糊");
    row("hotline", u"打10086转人工等了十几分钟", u"打/10086/转人工/等/了/十几分钟");
    row("underground garage", u"地下车库完全没有信号", u"地下/车库/完全/没有/信号");
    row("bill", u"本月话费比平时多了几十元，明细看不懂", u"本月/话费/比/平时/多/了/几十元/明细/看不懂");
    row("contract bandwidth", u"宽带网速达不到签约的带宽", u"宽带/网速/达/不到/签约/的/带宽");
    row("installer late", u"装维人员不守时，约好上午结果下午才来", u"装维人员/不守时/约/好/上午/结果/下午/才/来");
    row("busy line", u"人工客服一直占线，打不进去", u"人工客服/一直/占线/打不进去");
    row("unsubscribe by sms", u"发短信退订没有反应，还在扣费", u"发短信/退订/没有/反应/还/在/扣费");
    row("family number", u"亲情号每月自动续费，客户不知情订购", u"亲情号/每月/自动续费/客户/不知情订购");
    row("secondary card", u"副卡停机后主卡也无法上网", u"副卡/停机/后/主卡/也/无法/上网");
    row("real-name check", u"补卡时实名认证一直失败", u"补卡/时/实名认证/一直/失败");
    row("account closure", u"申请销户被要求先交清欠费", u"申请/销户/被/要求/先/交清/欠费");
    row("ringback", u"彩铃被莫名开通，每月扣5元", u"彩铃/被/莫名/开通/每月/扣/5/元");
    row("cloud storage", u"和彩云会员权益没到账", u"和彩云/会员权益/没/到/账");
    row("points", u"积分兑换的权益过期了也没有提醒", u"积分兑换/的/权益/过期/了/也/没有/提醒");
    row("marketing sms", u"每天收到好几条营销短信，很烦", u"每天/收到/好几条/营销短信/很烦");
    row("marketing calls", u"已经拒绝了还一直打电话推销", u"已经/拒绝/了/还/一直/打电话/推销");
    row("dropped calls", u"通话经常中断，一天掉线好几次", u"通话/经常/中断/一天/掉线/好/几次");
    row("no sound", u"打电话对方听不到声音，自动挂断", u"打电话/对方/听不到/声音/自动/挂断");
    row("speed test", u"在家里4G/5G网速很慢，测速不到1M", u"在/家里/4G/5G/网速/很/慢/测速/不到/1M");
    row("first frame", u"点开视频首帧要等好几秒，一直转圈", u"点/开/视频/首帧/要/等/好几秒/一直/转圈");
    row("4K stutter", u"4K直播卡顿严重，缓冲时间太长", u"4K/直播/卡顿/严重/缓冲/时间/太/长");
    row("100M broadband", u"办的100M宽带实际只有20M", u"办/的/100M/宽带/实际/只有/20M");
    row("iPhone", u"iPhone15开不了VoLTE高清通话", u"iPhone15/开/不了/VoLTE/高清通话");
    row("full-width forms", u"５Ｇ信号差，ＡＰＰ打不开", u"5G/信号差/APP/打不开");
    row("decimal number", u"每月多扣了2.5元", u"每月/多/扣/了/2.5/元");
    row("139 mailbox", u"没有订购139邮箱却每月扣费", u"没有/订购/139邮箱/却/每月/扣费");
    row("roaming", u"在国外开通了国际漫游还是没有信号", u"在/国外/开通/了/国际漫游/还是/没有/信号");
    row("suspension", u"话费充值后仍然停机，复机要等24小时", u"话费/充值/后/仍然/停机/复机/要/等/24/小时");
    row("package unclear", u"营业员介绍的资费和实际不一样", u"营业员/介绍/的/资费/和/实际/不/一样");
    row("system busy", u"在APP上办理一直提示系统繁忙", u"在/APP/上/办理/一直/提示/系统繁忙");
    row("paid but not opened", u"支付成功了但是业务没有开通", u"支付/成功/了/但是/业务/没有开通");
    row("member ads", u"开了会员还是有广告", u"开/了/会员/还是/有/广告");
    row("exclusive content", u"会员专属内容要额外付费", u"会员专属/内容/要/额外付费");
    row("free then charged", u"宣传说免费，结果第二个月开始收费", u"宣传/说/免费/结果/第二个/月/开始/收费");
    row("queue", u"营业厅只开一个窗口，排队一个多小时", u"营业厅/只/开/一个/窗口/排队/一个多/小时");
    row("promise", u"客服答应48小时回复，结果没人联系", u"客服/答应/48/小时/回复/结果/没人联系");
    row("installation wait", u"宽带预约三天了还没人上门安装", u"宽带/预约/三天/了/还/没/人/上门安装");
    row("optical modem", u"光猫指示灯一直闪红灯，报障后没人处理", u"光猫/指示灯/一直/闪/红灯/报障/后/没/人/处理");
    row("speed-up", u"宽带提速到千兆后反而更卡", u"宽带提速/到/千兆/后/反而/更/卡");
    row("video ringback", u"视频彩铃播放失败，对方看到黑屏", u"视频彩铃/播放失败/对方/看到/黑屏");
    row("migu music", u"咪咕音乐的自动续费找不到退订入口", u"咪咕音乐/的/自动续费/找/不到/退订入口");
    row("harassment", u"骚扰电话太多，希望开通拦截", u"骚扰电话/太/多/希望/开通/拦截");
    row("attitude", u"营业员服务态度差，推诿不办理", u"营业员/服务/态度差/推诿/不/办理");
    row("repeat complaint", u"已经投诉过三次了问题还是没解决", u"已经/投诉/过/三次/了/问题/还是/没解决");
}

void TestSegmenter::sentences()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    cx::Segmenter segmenter(m_dictionary);
    QCOMPARE(segmenter.words(text).join(u'/'), expected);
}

void TestSegmenter::tokenKinds()
{
    cx::Segmenter segmenter(m_dictionary);
    const QString text = u"打10086办5G套餐，看4K用iPhone15，139邮箱扣2.5元"_s;
    const std::vector<cx::Token> &tokens = segmenter.segment(text);
    QStringList described;
    for (const cx::Token &token : tokens) {
        const char *kind = token.kind == cx::TokenKind::Chinese ? "c"
                           : token.kind == cx::TokenKind::Latin ? "l"
                           : token.kind == cx::TokenKind::Number ? "n"
                                                                 : "m";
        described << segmenter.textOf(token).toString() + u":"_s + QLatin1StringView(kind) + (token.term ? u"*"_s : QString());
    }
    QCOMPARE(described.join(u' '),
             u"打:c 10086:n* 办:c 5G:l 套餐:c* 看:c 4K:l* 用:c iPhone15:l 139邮箱:m* 扣:c 2.5:n 元:c"_s);
    // Offsets are into the normalised text, which keeps the original's length.
    QCOMPARE(segmenter.normalized().size(), text.size());
}

void TestSegmenter::termsDecide()
{
    // Without the telecom terms jieba's dictionary splits the domain's words.
    const auto plain = std::make_shared<const cx::Dictionary>(QList<cx::Term>{});
    cx::Segmenter without(plain);
    QCOMPARE(without.words(u"重启光猫也不行"_s).join(u'/'), u"重启/光/猫/也/不行"_s);
    QCOMPARE(without.words(u"向工信部投诉"_s).join(u'/'), u"向/工/信/部/投诉"_s);

    // A term of one's own, and a frequency that decides between two readings.
    const auto edited = std::make_shared<const cx::Dictionary>(
        QList<cx::Term>{{u"光猫"_s, cx::Term::kDefaultFrequency}, {u"刷短"_s, 1}, {u"短视频"_s, 50000}});
    cx::Segmenter with(edited);
    QCOMPARE(with.words(u"重启光猫也不行"_s).join(u'/'), u"重启/光猫/也/不行"_s);
    QCOMPARE(with.words(u"一直刷短视频"_s).join(u'/'), u"一直/刷/短视频"_s);
    QVERIFY(edited->isTerm(u"光猫"));
    QVERIFY(!edited->isTerm(u"宽带"));
}

void TestSegmenter::builtInDictionary()
{
    const cx::WordTrie &words = cx::Dictionary::builtIn();
    QCOMPARE(words.wordCount(), qsizetype(349045)); // 349,046 lines, B超 twice
    QCOMPARE(words.sourceTotal(), quint32(60101967));
    // jieba's dict.txt: "宽带 259 n", "信号 2402 n", "的 318825 uj".
    QVERIFY(std::abs(words.logProbability(u"宽带") - std::log(259.0 / 60101967.0)) < 0.001);
    QVERIFY(std::abs(words.logProbability(u"信号") - std::log(2402.0 / 60101967.0)) < 0.001);
    QVERIFY(words.logProbability(u"的") > words.logProbability(u"信号"));
    QVERIFY(std::isnan(words.logProbability(u"光猫")));
    QVERIFY(words.contains(u"宽")); // jieba has single characters too
    QVERIFY(words.digest() != 0);
    // Stored uncompressed, so the trie reads the resource's bytes in place.
    QCOMPARE(QResource(u":/text/jieba.trie"_s).compressionAlgorithm(), QResource::NoCompression);
}

void TestSegmenter::trieRoundTrip()
{
    const QList<cx::WeightedWord> input{{u"卡顿"_s, -3}, {u"卡"_s, -2}, {u"播放卡顿"_s, -5}, {u"播放"_s, -4},
                                        {u"卡顿"_s, -1.5}, {QString(), -1}};
    const cx::WordTrie trie = cx::WordTrie::fromData(cx::WordTrie::build(input, 42, 7));
    QCOMPARE(trie.wordCount(), qsizetype(4)); // 卡顿 once (the last one given), the empty word left out
    QCOMPARE(trie.maxLength(), 4);
    QCOMPARE(trie.digest(), quint64(42));
    QCOMPARE(trie.sourceTotal(), quint32(7));
    QStringList words;
    for (const cx::WeightedWord &w : trie.words())
        words << u"%1=%2"_s.arg(w.word).arg(w.logProbability);
    QCOMPARE(words.join(u' '), u"卡=-2 卡顿=-1.5 播放=-4 播放卡顿=-5"_s);

    QList<qsizetype> lengths;
    trie.forEachPrefix(u"播放卡顿了", [&](qsizetype length, double) { lengths << length; });
    QCOMPARE(lengths, (QList<qsizetype>{2, 4}));
    QVERIFY(!trie.contains(u"播放卡"));
    QVERIFY(std::isnan(trie.logProbability(u"顿")));

    const cx::WordTrie numbered = cx::WordTrie::fromData(cx::WordTrie::buildNumbered({u"转圈"_s, u"缓冲"_s, u"转"_s}));
    QList<int> numbers;
    numbered.forEachNumberedPrefix(u"转圈圈", [&](qsizetype, int number) { numbers << number; });
    QCOMPARE(numbers, (QList<int>{2, 0}));
}

void TestSegmenter::damagedTrieRefused()
{
    QByteArray bytes = cx::WordTrie::build({{u"光猫"_s, -1}, {u"光纤"_s, -2}});
    QString error;
    QVERIFY(!cx::WordTrie::fromData(bytes, &error).isEmpty());
    QVERIFY(cx::WordTrie::fromData(bytes.left(bytes.size() - 4), &error).isEmpty());
    QVERIFY(!error.isEmpty());
    QVERIFY(cx::WordTrie::fromData(QByteArray("CXWT"), &error).isEmpty());
    // A child index pointing back at its parent would make a lookup loop.
    QByteArray looping = bytes;
    auto *first = reinterpret_cast<std::uint32_t *>(looping.data() + 8 * 4 + 0x10000 * 4);
    first[1] = 0;
    error.clear();
    QVERIFY(cx::WordTrie::fromData(looping, &error).isEmpty());
    QVERIFY(!error.isEmpty());
}

void TestSegmenter::throughput()
{
    // 20,000 distinct complaint sentences (about 600,000 characters).
    QStringList texts;
    const QStringList parts{u"家里宽带每天晚上掉线"_s, u"重启光猫也不行"_s,   u"咪咕视频看直播一直卡顿"_s,
                            u"没有办理过视频彩铃却被扣费"_s, u"要求退费"_s, u"客户情绪激动要求尽快处理"_s,
                            u"否则向工信部投诉"_s, u"地下车库完全没有信号"_s};
    for (int i = 0; i < 20000; ++i)
        texts << parts.at(i % parts.size()) + QString::number(i) + parts.at((i / 8) % parts.size());
    cx::Segmenter segmenter(m_dictionary);
    qint64 characters = 0;
    qint64 tokens = 0;
    QElapsedTimer timer;
    timer.start();
    for (const QString &text : std::as_const(texts)) {
        characters += text.size();
        tokens += qint64(segmenter.segment(text).size());
    }
    const double seconds = double(timer.nsecsElapsed()) / 1e9;
    qInfo("segmented %lld characters into %lld words in %.3f s (%.1f M characters/s)", characters, tokens, seconds,
          double(characters) / seconds / 1e6);
    QVERIFY(tokens > characters / 4);
}

QTEST_GUILESS_MAIN(TestSegmenter)
#include "tst_segmenter.moc"
