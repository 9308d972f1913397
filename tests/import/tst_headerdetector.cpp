#include "testsupport.h"

#include "import/headerdetector.h"
#include "import/rowfilter.h"
#include "io/tablereader.h"

#include <QFile>
#include <QRegularExpression>
#include <QStringDecoder>
#include <QTest>

using namespace Qt::StringLiterals;
using cx::HeaderDetection;
using cx::HeaderDetector;
using cx::RowKind;

using Rows = QList<QStringList>;

Q_DECLARE_METATYPE(cx::RowKind)

namespace {

QStringList split(const QString &line)
{
    return line.split(u',');
}

// Header rows exactly as the sample exports in ../shared/data have them.
const QString complaintsHeader =
    u"工单流水号,受理时间,归档时间,受理渠道,客户号码,客户星级,归属地市,区县,网格,业务名称,投诉一级分类,投诉二级分类,"
    u"投诉三级分类,投诉内容,处理部门,处理结果,处理时长(小时),是否重复投诉,是否升级投诉,回访满意度"_s;
const QString complaintsRow =
    u"GD202401010008973,2024/1/1 0:23:03,2024/1/1 12:53:03,10086热线,157****1776,准星,湛江,雷州市,雷州市-网格12,"
    u"视频彩铃,服务质量,热线服务,接通难,人工客服一直占线，打不进去,客服部,已解决,12.5,否,否,满意"_s;
const QString productMonthlyHeader = u"产品名称,统计月份,用户数,新增用户数,流失用户数,咨询量,投诉量"_s;
const QString funnelHeader = u"产品名称,统计月份,知晓率,认知率,认同率,认可率"_s;
const QString indicatorTreeHeader = u"指标编码,指标名称,指标层级,上级指标编码,责任部门,单位,目标值,指标方向"_s;
const QString indicatorValuesHeader = u"指标编码,统计月份,地市,实际值"_s;

// The header row of survey_2024.xlsx (the XLSX itself is read by the pipeline tests).
QStringList surveyHeader()
{
    QStringList header{u"序号"_s, u"提交答卷时间"_s, u"所用时间"_s, u"来源"_s, u"手机号码"_s, u"地市"_s, u"产品"_s,
                       u"1、您对本产品的整体满意度打几分？(1-10分)"_s,
                       u"2、您向亲友推荐本产品的可能性有多大？(0-10分)"_s};
    const QStringList stages{u"了解"_s, u"订购"_s, u"开通"_s, u"使用"_s, u"缴费"_s, u"咨询投诉"_s};
    int number = 3;
    for (const QString &stage : stages)
        header << u"%1、您对“%2”环节的满意度(1-10分)"_s.arg(number++).arg(stage);
    for (const QString &feature : {u"播放不卡顿"_s, u"资费扣费前短信提醒"_s, u"4K超高清画质"_s, u"热门新剧同步更新"_s,
                                   u"数智人互动直播"_s, u"VR观赛视角"_s, u"开屏广告"_s, u"个性化皮肤主题"_s}) {
        header << u"%1、如果提供“%2”，您的感受是？"_s.arg(number++).arg(feature);
        header << u"%1、如果不提供“%2”，您的感受是？"_s.arg(number++).arg(feature);
    }
    header << u"25、您不满意的主要原因是？"_s;
    return header;
}

QStringList padded(QStringList row, qsizetype width)
{
    while (row.size() < width)
        row << QString();
    return row;
}

// The first lines of a sample CSV, decoded and split naively (enough for a header).
Rows csvHead(const QString &path, const char *encoding, int lines)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QStringDecoder decoder(encoding);
    Rows rows;
    for (int i = 0; i < lines && !file.atEnd(); ++i) {
        QString line = decoder.decode(file.readLine());
        if (line.startsWith(QChar(0xFEFF)))
            line.remove(0, 1);
        rows << split(line.trimmed());
    }
    return rows;
}

} // namespace

class TstHeaderDetector : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void detect_data();
    void detect();
    void sampleComplaintsFullyMapped();
    void surveyQuestionsAreNotFields();
    void missingRequired();
    void unmappedAndDuplicateColumns();
    void repeatedHeaderUsesTheFirstColumn();
    void forcedKind();
    void userProfile();
    void mapKnownHeader();
    void noHeader_data();
    void noHeader();
    void headerBeyondPreview();
    void pickSheet();
    void classifyRow_data();
    void classifyRow();
    void sampleFiles_data();
    void sampleFiles();
};

void TstHeaderDetector::init()
{
    QTest::failOnWarning(QRegularExpression(u".*"_s));
}

void TstHeaderDetector::detect_data()
{
    QTest::addColumn<Rows>("rows");
    QTest::addColumn<QString>("kind");
    QTest::addColumn<int>("headerRow");
    QTest::addColumn<QStringList>("expected"); // "field=column" pairs to check

    const QStringList complaintsChecks{u"order_no=0"_s, u"accepted_at=1"_s, u"city=6"_s, u"category3=12"_s,
                                       u"content=13"_s, u"duration_hours=16"_s};
    const QStringList header = split(complaintsHeader);
    QTest::newRow("complaints") << Rows{header, split(complaintsRow)} << u"complaints"_s << 0 << complaintsChecks;
    QTest::newRow("title row") << Rows{{u"2024年5-8月投诉工单明细"_s}, header, split(complaintsRow)}
                               << u"complaints"_s << 1 << complaintsChecks;
    QTest::newRow("merged title and blank row")
        << Rows{padded({u"2024年5-8月投诉工单明细"_s}, 20), padded({}, 20), header, split(complaintsRow)}
        << u"complaints"_s << 2 << complaintsChecks;
    QTest::newRow("title, period and blank")
        << Rows{{u"投诉工单明细表"_s}, {u"统计周期："_s, u"2024-05至2024-08"_s}, {}, header}
        << u"complaints"_s << 3 << complaintsChecks;
    QTest::newRow("complaints, other system")
        << Rows{{u"工单编号"_s, u"建单时间"_s, u"地市"_s, u"问题描述"_s, u"三级原因"_s, u"用户号码"_s, u"产品"_s},
                {u"T1"_s, u"2024-05-01 10:00:00"_s, u"广州"_s, u"网速慢"_s, u"网速慢"_s, u"138****1234"_s, u"5G套餐"_s}}
        << u"complaints"_s << 0
        << QStringList{u"order_no=0"_s, u"accepted_at=1"_s, u"city=2"_s, u"content=3"_s, u"category3=4"_s,
                       u"phone=5"_s, u"product=6"_s};
    QTest::newRow("complaints, English")
        << Rows{{u"Ticket No"_s, u"Created At"_s, u"City"_s, u"Category"_s, u"Description"_s}} << u"complaints"_s << 0
        << QStringList{u"order_no=0"_s, u"accepted_at=1"_s, u"city=2"_s, u"category3=3"_s, u"content=4"_s};
    QTest::newRow("complaints, decorated headers")
        << Rows{{u"*工单流水号"_s, u"受理时间（系统）"_s, u" 归属地市 "_s, u"投诉三级分类："_s}} << u"complaints"_s << 0
        << QStringList{u"order_no=0"_s, u"accepted_at=1"_s, u"city=2"_s, u"category3=3"_s};
    QTest::newRow("survey") << Rows{surveyHeader()} << u"survey"_s << 0
                            << QStringList{u"response_key=0"_s, u"submitted_at=1"_s, u"duration=2"_s,
                                           u"channel=3"_s, u"phone=4"_s, u"city=5"_s, u"product=6"_s};
    QTest::newRow("survey, other platform")
        << Rows{{u"问卷调查结果"_s},
                {u"答卷编号"_s, u"提交时间"_s, u"渠道"_s, u"城市"_s, u"Q1. 总体满意度"_s, u"Q2. NPS"_s,
                 u"Q3. 您对「使用」环节的满意度"_s, u"Q4. 您的建议"_s}}
        << u"survey"_s << 1
        << QStringList{u"response_key=0"_s, u"submitted_at=1"_s, u"channel=2"_s, u"city=3"_s};
    QTest::newRow("product monthly") << Rows{split(productMonthlyHeader), split(u"咪咕视频,2023-01,3912260,195613,195613,23568,2823"_s)}
                                     << u"product_monthly"_s << 0
                                     << QStringList{u"product=0"_s, u"month=1"_s, u"users=2"_s, u"new_users=3"_s,
                                                    u"churned_users=4"_s, u"consultations=5"_s, u"complaints=6"_s};
    QTest::newRow("product monthly, synonyms")
        << Rows{{u"账期"_s, u"产品"_s, u"在网用户数"_s, u"咨询次数"_s}} << u"product_monthly"_s << 0
        << QStringList{u"month=0"_s, u"product=1"_s, u"users=2"_s, u"consultations=3"_s};
    QTest::newRow("funnel") << Rows{split(funnelHeader)} << u"funnel"_s << 0
                            << QStringList{u"product=0"_s, u"month=1"_s, u"awareness=2"_s, u"cognition=3"_s,
                                           u"acceptance=4"_s, u"approval=5"_s};
    QTest::newRow("funnel, units") << Rows{{u"产品"_s, u"月份"_s, u"知晓率(%)"_s, u"认可率（%）"_s}} << u"funnel"_s << 0
                                   << QStringList{u"awareness=2"_s, u"approval=3"_s};
    QTest::newRow("indicator tree") << Rows{split(indicatorTreeHeader)} << u"indicator_tree"_s << 0
                                    << QStringList{u"code=0"_s, u"name=1"_s, u"layer=2"_s, u"parent_code=3"_s,
                                                   u"department=4"_s, u"unit=5"_s, u"target=6"_s, u"direction=7"_s};
    QTest::newRow("indicator tree, synonyms")
        << Rows{{u"指标代码"_s, u"指标"_s, u"层级"_s, u"上级编码"_s, u"归口部门"_s, u"考核目标"_s, u"极性"_s}}
        << u"indicator_tree"_s << 0
        << QStringList{u"code=0"_s, u"name=1"_s, u"layer=2"_s, u"parent_code=3"_s, u"department=4"_s,
                       u"target=5"_s, u"direction=6"_s};
    QTest::newRow("indicator values") << Rows{split(indicatorValuesHeader), split(u"KEI01,2024-01,广州,92.997"_s)}
                                      << u"indicator_values"_s << 0
                                      << QStringList{u"code=0"_s, u"month=1"_s, u"city=2"_s, u"value=3"_s};
    QTest::newRow("indicator values, name and actual")
        << Rows{{u"指标名称"_s, u"指标编码"_s, u"月份"_s, u"完成值"_s}} << u"indicator_values"_s << 0
        << QStringList{u"name=0"_s, u"code=1"_s, u"month=2"_s, u"value=3"_s};
}

void TstHeaderDetector::detect()
{
    QFETCH(Rows, rows);
    QFETCH(QString, kind);
    QFETCH(int, headerRow);
    QFETCH(QStringList, expected);

    const HeaderDetection detection = HeaderDetector().detect(rows);
    QCOMPARE(detection.kind, kind);
    QCOMPARE(detection.headerRow, headerRow);
    QVERIFY2(detection.isComplete(), qPrintable(detection.missingRequired.join(u", ")));
    QVERIFY(detection.confidence > 0.6 && detection.confidence <= 1.0);
    QCOMPARE(detection.headers.size(), rows.at(headerRow).size());
    QCOMPARE(detection.candidates.constFirst().kind, kind);
    QCOMPARE(detection.candidates.constFirst().score, detection.score);
    for (const QString &pair : expected) {
        const QString field = pair.section(u'=', 0, 0);
        const int column = pair.section(u'=', 1).toInt();
        QCOMPARE(detection.column(field), column);
        QCOMPARE(detection.fieldOfColumn.at(column), field);
    }
}

void TstHeaderDetector::sampleComplaintsFullyMapped()
{
    const HeaderDetection detection = HeaderDetector().detect({split(complaintsHeader)});
    QVERIFY(detection.unmappedColumns.isEmpty());
    QVERIFY(detection.questionColumns.isEmpty());
    QCOMPARE(detection.columnOfField.size(), 20);
    QCOMPARE(detection.confidence, 1.0);
    // Second best kind far behind.
    QVERIFY(detection.candidates.size() >= 2);
    QVERIFY(detection.candidates.at(1).score < detection.score / 2);
}

void TstHeaderDetector::surveyQuestionsAreNotFields()
{
    const HeaderDetection detection = HeaderDetector().detect({surveyHeader()});
    QCOMPARE(detection.kind, u"survey"_s);
    QCOMPARE(detection.questionColumns.size(), 25);
    QCOMPARE(detection.questionColumns.constFirst(), 7);
    QCOMPARE(detection.questionColumns.constLast(), 31);
    QVERIFY(detection.unmappedColumns.isEmpty());
    QCOMPARE(detection.columnOfField.size(), 7);
    QCOMPARE(detection.confidence, 1.0);
}

void TstHeaderDetector::missingRequired()
{
    QStringList header = split(complaintsHeader);
    header[1] = u"备注"_s; // no accepted_at any more
    const HeaderDetection detection = HeaderDetector().detect({header});
    QCOMPARE(detection.kind, u"complaints"_s);
    QVERIFY(detection.isValid());
    QVERIFY(!detection.isComplete());
    QCOMPARE(detection.missingRequired, QStringList{u"accepted_at"_s});
    QCOMPARE(detection.unmappedColumns, QList<int>{1});
    QVERIFY(detection.confidence < 0.8);

    // A monthly-figures file without any figure lacks the whole group.
    const HeaderDetection figures = HeaderDetector().detect({{u"产品名称"_s, u"统计月份"_s, u"备注"_s}},
                                                            u"product_monthly");
    QCOMPARE(figures.missingRequired.size(), 1);
    QVERIFY(figures.missingRequired.constFirst().contains(u"users | new_users"_s));
}

void TstHeaderDetector::unmappedAndDuplicateColumns()
{
    const HeaderDetection detection = HeaderDetector().detect(
        {{u"工单编号"_s, u"受理时间"_s, u"地市"_s, u"归属地市"_s, u"备用字段1"_s, QString(), u"投诉内容"_s}});
    QCOMPARE(detection.kind, u"complaints"_s);
    QCOMPARE(detection.column(u"city"_s), 2); // the first of two city columns
    QCOMPARE(detection.unmappedColumns, (QList<int>{3, 4}));
    QCOMPARE(detection.fieldOfColumn.size(), 7);
    QVERIFY(detection.fieldOfColumn.at(5).isEmpty()); // an empty trailing header is neither mapped nor unmapped
    QCOMPARE(detection.column(u"content"_s), 6);
    QCOMPARE(detection.column(u"grid"_s), -1);
}

void TstHeaderDetector::repeatedHeaderUsesTheFirstColumn()
{
    // The same name twice (after normalising: full-width brackets, spaces).
    const HeaderDetection complaints = HeaderDetector().detect(
        {{u"工单编号"_s, u"受理时间"_s, u"归属地市"_s, u"投诉内容"_s, u" 归属地市 "_s, u"处理时长(小时)"_s,
          u"处理时长（小时）"_s}});
    QCOMPARE(complaints.column(u"city"_s), 2);
    QCOMPARE(complaints.column(u"duration_hours"_s), 5);
    QCOMPARE(complaints.duplicateColumns, (QList<std::pair<int, int>>{{4, 2}, {6, 5}}));
    QVERIFY(complaints.unmappedColumns.isEmpty());

    // A survey question asked twice is one question: the second column is not a question of its own.
    const QString question = u"1、您对本产品的整体满意度打几分？(1-10分)"_s;
    const HeaderDetection survey =
        HeaderDetector().detect({{u"提交答卷时间"_s, u"地市"_s, question, u"地市"_s, question}});
    QCOMPARE(survey.kind, u"survey"_s);
    QCOMPARE(survey.questionColumns, QList<int>{2});
    QCOMPARE(survey.duplicateColumns, (QList<std::pair<int, int>>{{3, 1}, {4, 2}}));
}

void TstHeaderDetector::forcedKind()
{
    const Rows rows{{u"2024年投诉"_s}, split(complaintsHeader)};
    const HeaderDetection forced = HeaderDetector().detect(rows, u"funnel");
    QCOMPARE(forced.kind, u"funnel"_s);
    QVERIFY(!forced.isComplete());
    QVERIFY(forced.missingRequired.contains(u"month"_s));
    // No row fits a funnel; the first row of several cells is offered for mapping by hand.
    QVERIFY(forced.isValid());
    QCOMPARE(forced.headerRow, 1);
    QVERIFY(forced.candidates.isEmpty());

    // Forcing the kind the header really is gives the same answer as detecting it.
    const HeaderDetection same = HeaderDetector().detect(rows, u"complaints");
    QCOMPARE(same.kind, u"complaints"_s);
    QCOMPARE(same.headerRow, 1);
    QVERIFY(same.isComplete());

    // A kind with no profile at all is no kind.
    QVERIFY(!HeaderDetector().detect(rows, u"no_such_kind").isValid());
}

void TstHeaderDetector::userProfile()
{
    const Rows rows{{u"单号"_s, u"客户反映时间"_s, u"客户反映问题"_s}};
    const HeaderDetector detector;
    const HeaderDetection before = detector.detect(rows, u"complaints");
    QVERIFY(before.missingRequired.contains(u"accepted_at"_s));

    cx::MappingProfile profile = cx::MappingProfile::builtIn(u"complaints");
    profile.setName(u"县公司系统"_s);
    QVERIFY(profile.addSynonym(u"accepted_at", u"客户反映时间"_s));
    QVERIFY(profile.addSynonym(u"content", u"客户反映问题"_s));
    const HeaderDetection after = HeaderDetector({profile}).detect(rows, profile);
    QVERIFY(after.isComplete());
    QCOMPARE(after.column(u"accepted_at"_s), 1);
    QCOMPARE(after.column(u"content"_s), 2);

    // A saved profile is tried beside the built-in ones.
    const HeaderDetection mixed =
        HeaderDetector(QList<cx::MappingProfile>{profile} + cx::MappingProfile::builtInProfiles()).detect(rows);
    QCOMPARE(mixed.kind, u"complaints"_s);
    QCOMPARE(mixed.profileName, u"县公司系统"_s);
    QVERIFY(mixed.isComplete());
    QCOMPARE(std::count_if(mixed.candidates.cbegin(), mixed.candidates.cend(),
                           [](const cx::KindScore &candidate) { return candidate.kind == u"complaints"_s; }),
             1);

    // On a tie the profile listed first (the saved one) wins.
    const HeaderDetection tie =
        HeaderDetector(QList<cx::MappingProfile>{profile} + cx::MappingProfile::builtInProfiles())
            .detect({split(complaintsHeader)});
    QCOMPARE(tie.profileName, u"县公司系统"_s);
    QCOMPARE(HeaderDetector().detect({split(complaintsHeader)}).score, tie.score);
}

void TstHeaderDetector::mapKnownHeader()
{
    const HeaderDetection detection =
        HeaderDetector().mapHeader(split(funnelHeader), cx::MappingProfile::builtIn(u"funnel"));
    QCOMPARE(detection.headerRow, 0);
    QCOMPARE(detection.kind, u"funnel"_s);
    QVERIFY(detection.isComplete());
    QCOMPARE(detection.column(u"approval"_s), 5);
}

void TstHeaderDetector::noHeader_data()
{
    QTest::addColumn<Rows>("rows");
    QTest::newRow("nothing") << Rows{};
    QTest::newRow("blank rows") << Rows{{}, {QString(), QString()}};
    QTest::newRow("title only") << Rows{{u"2024年5-8月投诉工单明细"_s}};
    QTest::newRow("data without header") << Rows{split(complaintsRow), split(complaintsRow)};
    QTest::newRow("unrelated table") << Rows{{u"姓名"_s, u"年龄"_s, u"爱好"_s}, {u"张三"_s, u"30"_s, u"钓鱼"_s}};
}

void TstHeaderDetector::noHeader()
{
    QFETCH(Rows, rows);
    const HeaderDetection detection = HeaderDetector().detect(rows);
    QVERIFY(!detection.isValid());
    QVERIFY(detection.kind.isEmpty());
    QCOMPARE(detection.headerRow, -1);
}

void TstHeaderDetector::headerBeyondPreview()
{
    Rows rows(HeaderDetector::maxPreviewRows, QStringList{u"说明文字"_s});
    rows << split(complaintsHeader);
    QVERIFY(!HeaderDetector().detect(rows).isValid());
    rows.removeFirst();
    QCOMPARE(HeaderDetector().detect(rows).headerRow, HeaderDetector::maxPreviewRows - 1);
}

void TstHeaderDetector::pickSheet()
{
    const Rows notes{{u"填表说明"_s}, {u"1. 请勿修改表头"_s}};
    const Rows figures{split(productMonthlyHeader)};
    const Rows complaints{{u"投诉明细"_s}, split(complaintsHeader)};
    const HeaderDetector detector;

    const HeaderDetector::SheetChoice best = detector.pickSheet({notes, figures, complaints});
    QCOMPARE(best.sheet, 2);
    QCOMPARE(best.detection.kind, u"complaints"_s);
    QCOMPARE(best.detection.headerRow, 1);

    // The user asked for monthly figures: that sheet, although it scores less.
    const HeaderDetector::SheetChoice chosen = detector.pickSheet({notes, figures, complaints}, u"product_monthly");
    QCOMPARE(chosen.sheet, 1);
    QCOMPARE(chosen.detection.kind, u"product_monthly"_s);

    QCOMPARE(detector.pickSheet({notes}).sheet, -1);
    QCOMPARE(detector.pickSheet({}).sheet, -1);
}

void TstHeaderDetector::classifyRow_data()
{
    QTest::addColumn<QStringList>("row");
    QTest::addColumn<int>("columns");
    QTest::addColumn<RowKind>("kind");

    QTest::newRow("data") << split(complaintsRow) << 20 << RowKind::Data;
    QTest::newRow("合计") << QStringList{u"合计"_s, QString(), u"1234"_s} << 7 << RowKind::Footer;
    QTest::newRow("合计 with numbers") << QStringList{u"合计"_s, u"8216"_s, QString(), u"37.5"_s, u"12"_s, u"9"_s}
                                     << 20 << RowKind::Footer;
    QTest::newRow("总计 with colon") << QStringList{u"总计："_s, u"24000"_s} << 7 << RowKind::Footer;
    QTest::newRow("合 计 spaced") << QStringList{u"合 计"_s, u"12"_s, u"34"_s} << 7 << RowKind::Footer;
    QTest::newRow("小计 second cell") << QStringList{QString(), u"广州"_s, u"小计"_s, u"12"_s} << 7 << RowKind::Footer;
    QTest::newRow("全省合计") << QStringList{u"全省合计"_s, u"2024-03"_s, u"12"_s} << 7 << RowKind::Footer;
    QTest::newRow("共计") << QStringList{u"共计 24000 条"_s} << 20 << RowKind::Footer;
    QTest::newRow("Total") << QStringList{u"Total"_s, QString(), u"5"_s} << 7 << RowKind::Footer;
    QTest::newRow("Totals:") << QStringList{u"Totals:"_s, u"5"_s} << 7 << RowKind::Footer;
    QTest::newRow("Subtotal") << QStringList{u"Subtotal"_s, u"5"_s, u"6"_s} << 7 << RowKind::Footer;
    QTest::newRow("Grand Total") << QStringList{u"Grand Total"_s, u"5"_s} << 7 << RowKind::Footer;
    QTest::newRow("Totalplay is a product") << QStringList{u"Totalplay"_s, u"2024-03"_s, u"5"_s} << 7
                                            << RowKind::Data;
    QTest::newRow("Summary is no sum") << QStringList{u"Summary"_s, u"2024-03"_s, u"5"_s} << 7 << RowKind::Data;
    QTest::newRow("合计 in long text") << QStringList{u"GD1"_s, u"这个月费用合计多扣了三十块钱请尽快核实处理"_s, u"x"_s}
                                     << 7 << RowKind::Data;
    QTest::newRow("合计 in a later cell") << QStringList{u"GD1"_s, u"2024/1/1 0:00:00"_s, u"合计"_s} << 7
                                        << RowKind::Data;
    QTest::newRow("blank") << QStringList{QString(), u"  "_s, QString()} << 7 << RowKind::Blank;
    QTest::newRow("no cells") << QStringList{} << 7 << RowKind::Blank;
    QTest::newRow("note") << QStringList{u"注：数据来源于客服系统"_s, QString(), QString()} << 7 << RowKind::Footer;
    QTest::newRow("maker") << QStringList{u"制表人：张三"_s, u"审核人：李四"_s} << 7 << RowKind::Footer;
    QTest::newRow("one cell") << QStringList{u"xyz"_s, QString(), QString()} << 7 << RowKind::NearEmpty;
    QTest::newRow("one cell of two columns") << QStringList{u"xyz"_s} << 2 << RowKind::Data;
}

void TstHeaderDetector::classifyRow()
{
    QFETCH(QStringList, row);
    QFETCH(int, columns);
    QFETCH(RowKind, kind);
    QCOMPARE(int(cx::classifyRow(row, columns)), int(kind));
    // The same for a row as the importer reads it, and the total test it runs on every row.
    cx::TableRow read;
    for (const QString &cell : row)
        read.appendUtf8Cell(cell.toUtf8());
    QCOMPARE(int(cx::classifyRow(read, columns)), int(kind));
    const QByteArrayView tag(QTest::currentDataTag());
    const bool note = tag == "note" || tag == "maker";
    QCOMPARE(cx::isTotalRow(read), kind == RowKind::Footer && !note);
}

void TstHeaderDetector::sampleFiles_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QByteArray>("encoding");
    QTest::addColumn<QString>("kind");
    QTest::addColumn<int>("fields");

    QTest::newRow("complaints H1 (GBK)") << u"complaints_2024H1_gbk.csv"_s << QByteArray("GB18030") << u"complaints"_s
                                         << 20;
    QTest::newRow("complaints H2 (UTF-8 BOM)") << u"complaints_2024H2_utf8bom.csv"_s << QByteArray("UTF-8")
                                               << u"complaints"_s << 20;
    QTest::newRow("product monthly") << u"product_monthly.csv"_s << QByteArray("UTF-8") << u"product_monthly"_s << 7;
    QTest::newRow("funnel") << u"product_funnel.csv"_s << QByteArray("UTF-8") << u"funnel"_s << 6;
    QTest::newRow("indicator tree") << u"indicator_tree.csv"_s << QByteArray("UTF-8") << u"indicator_tree"_s << 8;
    QTest::newRow("indicator values") << u"indicator_values.csv"_s << QByteArray("UTF-8") << u"indicator_values"_s
                                      << 4;
}

// Acceptance: the real headers of the sample exports are recognised, every
// column mapped.
void TstHeaderDetector::sampleFiles()
{
    CX_REQUIRE_SHARED_DATA(dir);
    QFETCH(QString, file);
    QFETCH(QByteArray, encoding);
    QFETCH(QString, kind);
    QFETCH(int, fields);

    const Rows rows = csvHead(dir + u'/' + file, encoding.constData(), 3);
    QVERIFY2(!rows.isEmpty(), qPrintable(file));
    const HeaderDetection detection = HeaderDetector().detect(rows);
    QCOMPARE(detection.kind, kind);
    QCOMPARE(detection.headerRow, 0);
    QVERIFY2(detection.isComplete(), qPrintable(detection.missingRequired.join(u", ")));
    QCOMPARE(detection.columnOfField.size(), fields);
    QVERIFY(detection.unmappedColumns.isEmpty());
    QCOMPARE(cx::classifyRow(rows.at(1), int(detection.headers.size())), RowKind::Data);
}

QTEST_GUILESS_MAIN(TstHeaderDetector)
#include "tst_headerdetector.moc"
