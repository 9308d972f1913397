#include "demo/demodata.h"

namespace cx::demo {

const std::array<const char16_t *, kStageCount> kStages{
    u"了解", u"订购", u"开通", u"使用", u"缴费", u"咨询投诉", u"续订退订"};

const std::array<const char16_t *, kDepartmentCount> kDepartments{
    u"网络部", u"市场部", u"产品部", u"信息系统部", u"家客部", u"客服部", u"渠道部"};

namespace {

// Category indexes, for the affinity tables below.
enum Category {
    SlowData, WeakSignal, DroppedCall, BroadbandDrop, InstallLate, Stutter, BenefitMismatch,
    UnknowingOrder, BillingDispute, UnclearTariff, MarketingSpam, OrderFailed, HardToCancel,
    HardToReach, Unresolved, LongQueue
};

constexpr CategoryAffinity kVideoAffinity[]{{Stutter, 420}, {BenefitMismatch, 250}, {InstallLate, 5},
                                            {BroadbandDrop, 20}, {DroppedCall, 30}, {WeakSignal, 50}};
constexpr CategoryAffinity kMusicAffinity[]{{Stutter, 150}, {BenefitMismatch, 250}, {InstallLate, 5},
                                            {BroadbandDrop, 20}, {DroppedCall, 30}};
constexpr CategoryAffinity kReadingAffinity[]{{BenefitMismatch, 200}, {UnknowingOrder, 180}, {Stutter, 20},
                                              {InstallLate, 5}, {BroadbandDrop, 20}, {DroppedCall, 30}};
constexpr CategoryAffinity kRingbackAffinity[]{{UnknowingOrder, 300}, {HardToCancel, 250}, {Stutter, 60},
                                               {InstallLate, 5}, {BroadbandDrop, 20}};
constexpr CategoryAffinity kBroadbandAffinity[]{{BroadbandDrop, 700}, {InstallLate, 1000}, {SlowData, 150},
                                                {DroppedCall, 10}, {WeakSignal, 20}, {Stutter, 60},
                                                {BenefitMismatch, 10}};
constexpr CategoryAffinity k5gAffinity[]{{SlowData, 220}, {WeakSignal, 220}, {DroppedCall, 150},
                                         {UnclearTariff, 200}, {BillingDispute, 150}, {InstallLate, 5},
                                         {BroadbandDrop, 20}, {Stutter, 20}};
constexpr CategoryAffinity kRoamingAffinity[]{{WeakSignal, 250}, {BillingDispute, 300}, {UnclearTariff, 200},
                                              {InstallLate, 5}, {BroadbandDrop, 10}, {Stutter, 10},
                                              {BenefitMismatch, 20}};
constexpr CategoryAffinity kMailAffinity[]{{UnknowingOrder, 250}, {MarketingSpam, 250}, {HardToCancel, 180},
                                           {InstallLate, 5}, {BroadbandDrop, 10}, {Stutter, 10},
                                           {SlowData, 40}, {WeakSignal, 30}, {DroppedCall, 20}};
constexpr CategoryAffinity kCloudAffinity[]{{UnknowingOrder, 180}, {BenefitMismatch, 150}, {OrderFailed, 200},
                                            {InstallLate, 5}, {BroadbandDrop, 10}, {Stutter, 20},
                                            {DroppedCall, 20}};
constexpr CategoryAffinity kGamesAffinity[]{{Stutter, 250}, {SlowData, 180}, {BenefitMismatch, 180},
                                            {InstallLate, 5}, {BroadbandDrop, 20}, {DroppedCall, 20}};

constexpr int kBroadband = 4;
constexpr int k5g = 5;
constexpr int kRoaming = 6;
constexpr int kGames = 9;

} // namespace

const std::array<ProductDef, kProductCount> kProducts{{
    // name, lifecycle, consult, consultPeak, gap, users0, rise, secondRise, peakMonth,
    // complaints/10k, churn, satisfaction, awareness, affinities
    {u"咪咕视频", Lifecycle::Growth, ConsultCycle::Gradual, 10, 2, 4.0e6, 3.2, 0.0, 23, 1.3, 0.02, 7.97, 90, kVideoAffinity},
    {u"咪咕音乐", Lifecycle::Mature, ConsultCycle::StaysHigh, 11, 2, 6.5e6, 0.55, 0.0, 11, 1.2, 0.025, 8.3, 89, kMusicAffinity},
    {u"咪咕阅读", Lifecycle::Decline, ConsultCycle::Gradual, 9, 1, 4.5e6, 0.5, 0.5, 9, 1.8, 0.04, 7.9, 88, kReadingAffinity},
    {u"视频彩铃", Lifecycle::Growth, ConsultCycle::Sharp, 8, 1, 7.0e6, 1.6, 0.0, 23, 0.8, 0.02, 7.6, 92, kRingbackAffinity},
    {u"家庭宽带", Lifecycle::Mature, ConsultCycle::StaysHigh, 12, 2, 3.2e6, 0.4, 0.0, 10, 5.5, 0.012, 7.8, 93, kBroadbandAffinity},
    {u"5G套餐", Lifecycle::Growth, ConsultCycle::Sharp, 14, 0, 5.5e6, 2.2, 0.0, 23, 0.9, 0.015, 8.1, 91, k5gAffinity},
    {u"国际漫游", Lifecycle::Newborn, ConsultCycle::Gradual, 12, 0, 0.5e6, 0.9, 1.1, 6, 9.0, 0.05, 7.5, 86, kRoamingAffinity},
    {u"139邮箱", Lifecycle::Decline, ConsultCycle::StaysHigh, 10, 2, 8.5e6, 0.15, 0.45, 8, 1.0, 0.03, 7.7, 90, kMailAffinity},
    {u"和彩云", Lifecycle::Newborn, ConsultCycle::Sharp, 16, 0, 2.8e6, 0.7, 0.9, 6, 1.8, 0.03, 8.0, 88, kCloudAffinity},
    {u"咪咕快游", Lifecycle::Decline, ConsultCycle::Sharp, 6, 1, 1.8e6, 1.4, 0.5, 10, 3.2, 0.05, 7.8, 87, kGamesAffinity},
}};

namespace {

constexpr const char16_t *kGuangzhou[]{u"天河区", u"越秀区", u"海珠区", u"荔湾区", u"白云区", u"黄埔区", u"番禺区", u"花都区"};
constexpr const char16_t *kShenzhen[]{u"福田区", u"罗湖区", u"南山区", u"宝安区", u"龙岗区", u"龙华区", u"光明区"};
constexpr const char16_t *kDongguan[]{u"莞城街道", u"南城街道", u"东城街道", u"虎门镇", u"长安镇", u"塘厦镇", u"常平镇"};
constexpr const char16_t *kFoshan[]{u"禅城区", u"南海区", u"顺德区", u"三水区", u"高明区"};
constexpr const char16_t *kZhanjiang[]{u"赤坎区", u"霞山区", u"麻章区", u"雷州市", u"廉江市"};
constexpr const char16_t *kHuizhou[]{u"惠城区", u"惠阳区", u"博罗县", u"惠东县"};
constexpr const char16_t *kShantou[]{u"金平区", u"龙湖区", u"濠江区", u"潮阳区", u"澄海区"};
constexpr const char16_t *kJiangmen[]{u"蓬江区", u"江海区", u"新会区", u"台山市", u"开平市"};
constexpr const char16_t *kZhuhai[]{u"香洲区", u"斗门区", u"金湾区"};
constexpr const char16_t *kQingyuan[]{u"清城区", u"清新区", u"英德市", u"连州市"};
constexpr const char16_t *kMeizhou[]{u"梅江区", u"梅县区", u"兴宁市", u"五华县"};
constexpr const char16_t *kShaoguan[]{u"浈江区", u"武江区", u"曲江区", u"乐昌市"};

} // namespace

const std::array<CityDef, kCityCount> kCities{{
    {u"广州", 2650, 30, kGuangzhou},
    {u"深圳", 2530, 40, kShenzhen},
    {u"东莞", 1530, 0, kDongguan},
    {u"佛山", 1270, 10, kFoshan},
    {u"湛江", 860, -30, kZhanjiang},
    {u"惠州", 760, -10, kHuizhou},
    {u"汕头", 720, -20, kShantou},
    {u"江门", 580, 0, kJiangmen},
    {u"珠海", 460, 20, kZhuhai},
    {u"清远", 450, -40, kQingyuan},
    {u"梅州", 420, -50, kMeizhou},
    {u"韶关", 280, -30, kShaoguan},
}};

namespace {

constexpr TextTemplate kSlowDataTexts[]{
    {u"{P}晚上高峰期网速特别慢，网页半天打不开"},
    {u"在{C}{D}家里5G信号满格但网速很慢，测速不到2M"},
    {u"刷短视频一直转圈，换了手机也一样"},
    {u"测速结果: 下载1.2M, 上传0.3M，和套餐说的差太远"},
    {u"升级5G套餐后网速反而变慢了", k5g},
    {u"玩{P}延迟三百多毫秒，根本没法打团", kGames},
};
constexpr TextTemplate kWeakSignalTexts[]{
    {u"{D}小区室内信号很差，打电话要跑到阳台"},
    {u"地铁站和地下车库完全没有信号"},
    {u"新搬的小区电梯里没信号，{C}{D}一带都这样"},
    {u"在国外开通了漫游还是没有信号，耽误了工作", kRoaming},
};
constexpr TextTemplate kDroppedCallTexts[]{
    {u"通话经常中断，一天掉线好几次"},
    {u"打电话对方听不到声音，过一会自动挂断"},
    {u"开了VoLTE以后通话老是断"},
};
constexpr TextTemplate kBroadbandDropTexts[]{
    {u"家里宽带每天晚上掉线，重启光猫也不行"},
    {u"宽带网速达不到签约的带宽，500M只有几十M"},
    {u"光猫指示灯一直闪红灯，师傅来了也没修好"},
};
constexpr TextTemplate kInstallLateTexts[]{
    {u"宽带预约三天了还没人上门安装"},
    {u"装维人员不守时，约好上午结果下午才来"},
    {u"搬家移机等了一周还没装好", kBroadband},
};
constexpr TextTemplate kStutterTexts[]{
    {u"用{P}看直播一直卡顿，画面糊"},
    {u"看球赛关键时刻缓冲，体验太差"},
    {u"{P}视频加载慢，经常转圈"},
    {u"APP提示\"网络异常\"，视频看不了"},
};
constexpr TextTemplate kBenefitTexts[]{
    {u"开了{P}会员还是有广告"},
    {u"会员专属内容还要额外付费"},
    {u"宣传的会员权益领不到"},
};
constexpr TextTemplate kUnknowingOrderTexts[]{
    {u"莫名其妙开通了{P}会员，每月扣15元"},
    {u"没有办理过{P}却被扣费，要求退费"},
    {u"家里老人的手机被开通了{P}增值业务"},
};
constexpr TextTemplate kBillingTexts[]{
    {u"本月话费比平时多了几十元，明细看不懂"},
    {u"流量明明没用完却提示超出套餐"},
    {u"{P}一个月扣了两次费"},
    {u"出国回来收到几百元漫游账单，和宣传的日套餐不符", kRoaming},
};
constexpr TextTemplate kTariffTexts[]{
    {u"营业员介绍的{P}资费和实际不一样"},
    {u"宣传说免费，结果第二个月开始收费"},
    {u"优惠期结束前没有任何提醒就按原价扣费"},
};
constexpr TextTemplate kSpamTexts[]{
    {u"每天收到好几条{P}的推广短信，很烦"},
    {u"已经拒绝了还一直打电话推销"},
    {u"回复TD退订营销短信后还是收到"},
};
constexpr TextTemplate kOrderFailedTexts[]{
    {u"在APP上办理{P}一直提示系统繁忙"},
    {u"支付成功了但是业务没有开通"},
    {u"网上营业厅办理{P}页面报错，提示\"订购失败，请稍后再试\""},
};
constexpr TextTemplate kCancelTexts[]{
    {u"{P}找不到退订入口，客服也说不清楚"},
    {u"发短信退订没有反应，还在扣费"},
    {u"APP里退订要点好几层，最后还提示失败"},
};
constexpr TextTemplate kReachTexts[]{
    {u"打10086转人工等了十几分钟"},
    {u"人工客服一直占线，打不进去"},
    {u"按语音提示转了好几次都转不到人工"},
};
constexpr TextTemplate kUnresolvedTexts[]{
    {u"客服答应48小时回复，结果没人联系"},
    {u"已经投诉过三次了问题还是没解决"},
    {u"工单显示已处理，但问题依旧"},
};
constexpr TextTemplate kQueueTexts[]{
    {u"{C}{D}营业厅排队一个多小时"},
    {u"营业厅只开一个窗口，效率太低"},
    {u"预约了取号还要等四十分钟"},
};

} // namespace

// Stages: 0 了解 1 订购 2 开通 3 使用 4 缴费 5 咨询投诉 6 续订退订.
// Departments: 0 网络部 1 市场部 2 产品部 3 信息系统部 4 家客部 5 客服部 6 渠道部.
const std::array<CategoryDef, kCategoryCount> kCategories{{
    {u"网络质量", u"移动上网", u"网速慢", 3, 0, 1390, kSlowDataTexts},
    {u"网络质量", u"移动上网", u"信号差", 3, 0, 880, kWeakSignalTexts},
    {u"网络质量", u"语音通话", u"掉话", 3, 0, 530, kDroppedCallTexts},
    {u"家庭宽带", u"上网质量", u"频繁掉线", 3, 4, 600, kBroadbandDropTexts},
    {u"家庭宽带", u"装维服务", u"安装超时", 2, 4, 515, kInstallLateTexts},
    {u"内容质量", u"播放体验", u"播放卡顿", 3, 2, 790, kStutterTexts},
    {u"内容质量", u"会员权益", u"权益不符", 3, 2, 380, kBenefitTexts},
    {u"资费套餐", u"计费争议", u"不知情订购", 1, 1, 1030, kUnknowingOrderTexts},
    {u"资费套餐", u"计费争议", u"扣费异议", 4, 1, 790, kBillingTexts},
    {u"资费套餐", u"资费透明", u"套餐资费不清", 0, 1, 400, kTariffTexts},
    {u"营销宣传", u"营销骚扰", u"营销短信过多", 0, 1, 310, kSpamTexts},
    {u"业务办理", u"办理失败", u"订购失败", 1, 3, 380, kOrderFailedTexts},
    {u"业务办理", u"退订", u"退订困难", 6, 1, 600, kCancelTexts},
    {u"服务质量", u"热线服务", u"接通难", 5, 5, 500, kReachTexts},
    {u"服务质量", u"热线服务", u"问题未解决", 5, 5, 600, kUnresolvedTexts},
    {u"渠道服务", u"营业厅", u"排队时间长", 1, 6, 300, kQueueTexts},
}};

const std::array<int, kDepartmentCount> kDepartmentHandlingTenths{180, 120, 150, 90, 300, 60, 40};

const std::array<Weighted, 7> kChannels{{{u"10086热线", 32},
                                         {u"掌上营业厅", 13},
                                         {u"实体营业厅", 12},
                                         {u"微信公众号", 11},
                                         {u"网上营业厅", 10},
                                         {u"短信营业厅", 10},
                                         {u"工信部申诉", 6}}};

const std::array<Weighted, 8> kStarLevels{{{u"准星", 18},
                                           {u"一星", 16},
                                           {u"二星", 15},
                                           {u"三星", 15},
                                           {u"四星", 13},
                                           {u"五星", 10},
                                           {u"五星金", 7},
                                           {u"五星钻", 6}}};

const std::array<Weighted, 4> kResults{{{u"已解决", 52}, {u"部分解决", 18}, {u"解释安抚", 16}, {u"未解决", 14}}};

const std::array<const char16_t *, 3> kVisitRatings{u"满意", u"基本满意", u"不满意"};

const std::array<std::array<std::uint32_t, 3>, 4> kVisitByResult{{{60, 32, 8}, {30, 45, 25}, {25, 45, 30}, {8, 32, 60}}};

const std::array<Weighted, 3> kFollowUps{{{u"客户情绪激动，要求尽快处理，否则向工信部投诉", 60},
                                          {u"客户要求当天回电，联系电话同上", 25},
                                          {u"已安抚客户，承诺三个工作日内答复", 15}}};

const std::array<std::uint16_t, 22> kPhonePrefixes{134, 135, 136, 137, 138, 139, 147, 150, 151, 152, 157,
                                                   158, 159, 172, 178, 182, 183, 184, 187, 188, 195, 198};

const std::array<std::uint32_t, 24> kHourWeights{10, 6, 4, 3, 3, 5, 12, 25, 50, 80, 90, 85,
                                                 60, 70, 85, 85, 80, 70, 60, 65, 70, 60, 40, 20};

const std::array<const char16_t *, KanoClassCount> kKanoClassLetters{u"A", u"O", u"M", u"I", u"R", u"Q"};

const std::array<const char16_t *, 5> kKanoAnswers{u"我喜欢", u"理所当然", u"无所谓", u"能忍受", u"我不喜欢"};

const std::array<std::array<KanoClass, 5>, 5> kKanoTable{{
    {KanoQ, KanoA, KanoA, KanoA, KanoO},
    {KanoR, KanoI, KanoI, KanoI, KanoM},
    {KanoR, KanoI, KanoI, KanoI, KanoM},
    {KanoR, KanoI, KanoI, KanoI, KanoM},
    {KanoR, KanoR, KanoR, KanoR, KanoQ},
}};

// Mix order: A O M I R Q.
const std::array<KanoFeature, 8> kKanoFeatures{{
    {u"播放不卡顿", KanoM, {5, 12, 55, 18, 5, 5}},
    {u"资费扣费前短信提醒", KanoM, {6, 14, 52, 20, 4, 4}},
    {u"4K超高清画质", KanoO, {14, 50, 12, 16, 4, 4}},
    {u"一键退订", KanoO, {10, 54, 14, 14, 4, 4}},
    {u"数智人互动直播", KanoA, {52, 12, 5, 23, 5, 3}},
    {u"VR观赛视角", KanoA, {48, 10, 4, 30, 5, 3}},
    {u"开屏广告", KanoR, {3, 3, 2, 26, 61, 5}},
    {u"个性化皮肤主题", KanoI, {14, 8, 6, 62, 6, 4}},
}};

const std::array<IndicatorDef, 35> kIndicators{{
    {u"QOE01", u"网络覆盖", IndicatorLevel::Element, u"", 0, u"", 0, true, 0, 0, 0},
    {u"QOE02", u"上网体验", IndicatorLevel::Element, u"", 0, u"", 0, true, 0, 0, 0},
    {u"QOE03", u"资费透明", IndicatorLevel::Element, u"", 1, u"", 0, true, 0, 0, 0},
    {u"QOE04", u"业务办理", IndicatorLevel::Element, u"", 3, u"", 0, true, 0, 0, 0},
    {u"QOE05", u"内容体验", IndicatorLevel::Element, u"", 2, u"", 0, true, 0, 0, 0},
    {u"QOE06", u"装维服务", IndicatorLevel::Element, u"", 4, u"", 0, true, 0, 0, 0},
    {u"QOE07", u"服务响应", IndicatorLevel::Element, u"", 5, u"", 0, true, 0, 0, 0},
    {u"QOE08", u"渠道服务", IndicatorLevel::Element, u"", 6, u"", 0, true, 0, 0, 0},
    {u"KEI01", u"室内覆盖满意率", IndicatorLevel::Kei, u"QOE01", 0, u"%", 92.0, true, 3, 93.5, 0},
    {u"KEI02", u"平均下载速率", IndicatorLevel::Kei, u"QOE02", 0, u"Mbps", 120.0, true, 2, 135.0, 0},
    {u"KEI03", u"视频卡顿率", IndicatorLevel::Kei, u"QOE05", 2, u"%", 2.0, false, 3, 1.5, 3.42},
    {u"KEI04", u"首帧时延", IndicatorLevel::Kei, u"QOE05", 2, u"ms", 800.0, false, 1, 650.0, 1265.0},
    {u"KEI05", u"不知情订购投诉万投比", IndicatorLevel::Kei, u"QOE03", 1, u"次/万户", 1.5, false, 3, 1.1, 0},
    {u"KEI06", u"账单准确率", IndicatorLevel::Kei, u"QOE03", 1, u"%", 99.99, true, 4, 99.995, 0},
    {u"KEI07", u"线上办理成功率", IndicatorLevel::Kei, u"QOE04", 3, u"%", 98.5, true, 3, 99.2, 0},
    {u"KEI08", u"退订一次成功率", IndicatorLevel::Kei, u"QOE04", 1, u"%", 97.0, true, 3, 98.2, 0},
    {u"KEI09", u"装机及时率", IndicatorLevel::Kei, u"QOE06", 4, u"%", 95.0, true, 3, 96.8, 0},
    {u"KEI10", u"宽带掉线率", IndicatorLevel::Kei, u"QOE06", 4, u"%", 1.0, false, 3, 0.7, 0},
    {u"KEI11", u"热线人工接通率", IndicatorLevel::Kei, u"QOE07", 5, u"%", 90.0, true, 3, 92.5, 0},
    {u"KEI12", u"投诉一次解决率", IndicatorLevel::Kei, u"QOE07", 5, u"%", 85.0, true, 3, 88.0, 0},
    {u"KEI13", u"投诉处理及时率", IndicatorLevel::Kei, u"QOE07", 5, u"%", 95.0, true, 3, 97.0, 0},
    {u"KEI14", u"营业厅平均等候时长", IndicatorLevel::Kei, u"QOE08", 6, u"分钟", 15.0, false, 2, 11.0, 0},
    {u"KEI15", u"通话掉话率", IndicatorLevel::Kei, u"QOE01", 0, u"%", 0.5, false, 3, 0.35, 0},
    {u"KOI01", u"基站故障平均恢复时长", IndicatorLevel::Koi, u"KEI01", 0, u"小时", 4.0, false, 2, 3.0, 0},
    {u"KOI02", u"高负荷小区占比", IndicatorLevel::Koi, u"KEI02", 0, u"%", 5.0, false, 3, 3.5, 0},
    {u"KOI03", u"CDN缓存命中率", IndicatorLevel::Koi, u"KEI03", 2, u"%", 95.0, true, 3, 97.0, 61.8},
    {u"KOI04", u"播放器新版本覆盖率", IndicatorLevel::Koi, u"KEI04", 2, u"%", 80.0, true, 2, 86.0, 0},
    {u"KOI05", u"二次确认短信发送率", IndicatorLevel::Koi, u"KEI05", 1, u"%", 99.5, true, 3, 99.75, 0},
    {u"KOI06", u"计费稽核差错数", IndicatorLevel::Koi, u"KEI06", 3, u"件", 10.0, false, 0, 6.0, 0},
    {u"KOI07", u"系统可用率", IndicatorLevel::Koi, u"KEI07", 3, u"%", 99.9, true, 3, 99.945, 0},
    {u"KOI08", u"退订入口覆盖率", IndicatorLevel::Koi, u"KEI08", 1, u"%", 99.0, true, 3, 99.5, 0},
    {u"KOI09", u"装维人员到岗率", IndicatorLevel::Koi, u"KEI09", 4, u"%", 96.0, true, 3, 97.5, 0},
    {u"KOI10", u"座席排班满足率", IndicatorLevel::Koi, u"KEI11", 5, u"%", 95.0, true, 3, 96.8, 0},
    {u"KOI11", u"工单积压量", IndicatorLevel::Koi, u"KEI13", 5, u"件", 500.0, false, 0, 380.0, 0},
    {u"KOI12", u"营业厅窗口开放率", IndicatorLevel::Koi, u"KEI14", 6, u"%", 85.0, true, 2, 88.0, 0},
}};

const std::array<const char16_t *, 4> kSurveySources{u"短信链接", u"微信", u"二维码", u"掌厅弹窗"};

const std::array<double, kSurveyStageCount> kStageSatisfactionOffset{-0.1, -0.2, 0.2, 0.1, -0.3, -0.5};

const char16_t *dissatisfactionReason(int stage, int product, std::uint64_t pick)
{
    static constexpr const char16_t *kLearn[]{u"宣传和实际不一样", u"资费说明看不懂"};
    static constexpr const char16_t *kOrder[]{u"办理流程太复杂", u"被默认勾选了其他业务"};
    static constexpr const char16_t *kOpen[]{u"开通要等好几天", u"开通后用不了"};
    static constexpr const char16_t *kVideo[]{u"视频经常卡顿", u"广告太多"};
    static constexpr const char16_t *kBroadbandUse[]{u"网速太慢，经常掉线", u"网速太慢"};
    static constexpr const char16_t *kNetwork[]{u"网速太慢", u"信号不好"};
    static constexpr const char16_t *kApp[]{u"功能不好用，经常闪退", u"广告太多"};
    static constexpr const char16_t *kPay[]{u"资费太贵，扣费不透明", u"账单看不懂"};
    static constexpr const char16_t *kService[]{u"客服解决问题慢", u"人工客服打不进去"};
    const char16_t *const *pair = kService;
    switch (stage) {
    case 0: pair = kLearn; break;
    case 1: pair = kOrder; break;
    case 2: pair = kOpen; break;
    case 3:
        if (product == 0 || product == 3 || product == kGames)
            pair = kVideo;
        else if (product == kBroadband)
            pair = kBroadbandUse;
        else if (product == k5g || product == kRoaming)
            pair = kNetwork;
        else
            pair = kApp;
        break;
    case 4: pair = kPay; break;
    default: break;
    }
    return pair[pick % 2];
}

} // namespace cx::demo
