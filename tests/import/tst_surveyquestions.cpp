#include "import/journeystages.h"
#include "import/surveyquestionclassifier.h"

#include <QRegularExpression>
#include <QTest>

using namespace Qt::StringLiterals;
using cx::QuestionKind;
using cx::SurveyQuestion;
using cx::SurveyQuestionClassifier;

namespace {

// The header row of the sample survey_2024.xlsx (sheet 问卷数据), as the
// survey platform writes it.
const QStringList sampleHeaderRow{
    u"序号"_s,
    u"提交答卷时间"_s,
    u"所用时间"_s,
    u"来源"_s,
    u"手机号码"_s,
    u"地市"_s,
    u"产品"_s,
    u"1、您对本产品的整体满意度打几分？(1-10分)"_s,
    u"2、您向亲友推荐本产品的可能性有多大？(0-10分)"_s,
    u"3、您对“了解”环节的满意度(1-10分)"_s,
    u"4、您对“订购”环节的满意度(1-10分)"_s,
    u"5、您对“开通”环节的满意度(1-10分)"_s,
    u"6、您对“使用”环节的满意度(1-10分)"_s,
    u"7、您对“缴费”环节的满意度(1-10分)"_s,
    u"8、您对“咨询投诉”环节的满意度(1-10分)"_s,
    u"9、如果提供“播放不卡顿”，您的感受是？"_s,
    u"10、如果不提供“播放不卡顿”，您的感受是？"_s,
    u"11、如果提供“资费扣费前短信提醒”，您的感受是？"_s,
    u"12、如果不提供“资费扣费前短信提醒”，您的感受是？"_s,
    u"13、如果提供“4K超高清画质”，您的感受是？"_s,
    u"14、如果不提供“4K超高清画质”，您的感受是？"_s,
    u"15、如果提供“热门新剧同步更新”，您的感受是？"_s,
    u"16、如果不提供“热门新剧同步更新”，您的感受是？"_s,
    u"17、如果提供“数智人互动直播”，您的感受是？"_s,
    u"18、如果不提供“数智人互动直播”，您的感受是？"_s,
    u"19、如果提供“VR观赛视角”，您的感受是？"_s,
    u"20、如果不提供“VR观赛视角”，您的感受是？"_s,
    u"21、如果提供“开屏广告”，您的感受是？"_s,
    u"22、如果不提供“开屏广告”，您的感受是？"_s,
    u"23、如果提供“个性化皮肤主题”，您的感受是？"_s,
    u"24、如果不提供“个性化皮肤主题”，您的感受是？"_s,
    u"25、您不满意的主要原因是？"_s,
};

const QStringList sampleFeatures{u"播放不卡顿"_s, u"资费扣费前短信提醒"_s, u"4K超高清画质"_s, u"热门新剧同步更新"_s,
                                 u"数智人互动直播"_s, u"VR观赛视角"_s, u"开屏广告"_s, u"个性化皮肤主题"_s};

} // namespace

Q_DECLARE_METATYPE(QuestionKind)

class TstSurveyQuestions : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void classify_data();
    void classify();
    void sampleHeaders_data();
    void sampleHeaders();
    void sampleKanoPairs();
    void pairsIncomplete();
    void configuredStages();
    void stripDecorations_data();
    void stripDecorations();
    void kindNames();
};

void TstSurveyQuestions::init()
{
    QTest::failOnWarning(QRegularExpression(u".*"_s));
}

void TstSurveyQuestions::classify_data()
{
    QTest::addColumn<QString>("header");
    QTest::addColumn<QuestionKind>("kind");
    QTest::addColumn<QString>("stage");
    QTest::addColumn<QString>("feature");

    auto row = [](const char *name, const QString &header, QuestionKind kind, const QString &stage = {},
                  const QString &feature = {}) { QTest::newRow(name) << header << kind << stage << feature; };

    row("overall 总体", u"总体满意度"_s, QuestionKind::Overall);
    row("overall 综合, 0-10", u"综合满意度评分(0-10)"_s, QuestionKind::Overall);
    row("overall bare", u"满意度"_s, QuestionKind::Overall);
    row("overall English", u"Q1. Overall satisfaction (1-10)"_s, QuestionKind::Overall);
    row("overall mentions 使用", u"您对本产品使用体验的整体满意度"_s, QuestionKind::Overall);
    row("NPS bare", u"NPS"_s, QuestionKind::Nps);
    row("NPS 愿意", u"您是否愿意向朋友推荐咪咕视频？(0-10分)"_s, QuestionKind::Nps);
    row("NPS English", u"How likely are you to recommend us to a friend?"_s, QuestionKind::Nps);
    row("stage 「」, Q numbering", u"Q3. 您对「订购」环节是否满意？（1-10分）"_s, QuestionKind::Stage, u"订购"_s);
    row("stage '' ", u"3.您对'使用'环节的评价"_s, QuestionKind::Stage, u"使用"_s);
    row("stage unquoted", u"您对缴费环节的满意度"_s, QuestionKind::Stage, u"缴费"_s);
    row("stage alone", u"咨询投诉"_s, QuestionKind::Stage, u"咨询投诉"_s);
    row("stage written differently", u"第5题 您对“咨询/投诉”环节的满意度"_s, QuestionKind::Stage, u"咨询投诉"_s);
    row("stage 续订退订", u"您对“续订退订”环节的满意度打分"_s, QuestionKind::Stage, u"续订退订"_s);
    row("stage word without scoring", u"您了解本产品的渠道"_s, QuestionKind::Other);
    row("Kano dysfunctional 没有", u"如果没有“开屏广告”，您的感受是？"_s, QuestionKind::KanoDysfunctional, {},
        u"开屏广告"_s);
    row("Kano feature with negation inside", u"如果提供“没有广告”，您的感受是？"_s, QuestionKind::KanoFunctional, {},
        u"没有广告"_s);
    row("Kano 「」", u"若产品提供「离线下载」，您觉得如何？"_s, QuestionKind::KanoFunctional, {}, u"离线下载"_s);
    row("Kano unquoted", u"若产品具备离线下载功能，您觉得如何？"_s, QuestionKind::KanoFunctional, {}, u"离线下载"_s);
    row("Kano unquoted negative", u"若产品不具备离线下载功能，您觉得如何？"_s, QuestionKind::KanoDysfunctional, {},
        u"离线下载"_s);
    row("Kano English", u"If the app had offline download, how would you feel?"_s, QuestionKind::KanoFunctional, {},
        u"offline download"_s);
    row("Kano English negative", u"If the app did not have offline download, how would you feel?"_s,
        QuestionKind::KanoDysfunctional, {}, u"offline download"_s);
    row("free text 建议", u"您的建议"_s, QuestionKind::FreeText);
    row("free text 其他意见", u"其他意见"_s, QuestionKind::FreeText);
    row("free text conditional", u"如果您有任何建议，请写下来"_s, QuestionKind::FreeText);
    row("free text stage reason", u"您对“使用”环节不满意的原因"_s, QuestionKind::FreeText);
    row("free text English", u"Any other comments?"_s, QuestionKind::FreeText);
    row("other attitude", u"您对客服人员的服务态度"_s, QuestionKind::Other);
    row("other meta", u"提交答卷时间"_s, QuestionKind::Other);
    row("other empty", QString(), QuestionKind::Other);
}

void TstSurveyQuestions::classify()
{
    QFETCH(QString, header);
    QFETCH(QuestionKind, kind);
    QFETCH(QString, stage);
    QFETCH(QString, feature);
    const SurveyQuestion question = SurveyQuestionClassifier().classify(header);
    QCOMPARE(cx::questionKindName(question.kind), cx::questionKindName(kind));
    QCOMPARE(question.stage, stage);
    QCOMPARE(question.feature, feature);
    QCOMPARE(question.text, header);
}

void TstSurveyQuestions::sampleHeaders_data()
{
    QTest::addColumn<int>("column");
    QTest::addColumn<QuestionKind>("kind");
    QTest::addColumn<QString>("stage");
    QTest::addColumn<QString>("feature");
    QTest::addColumn<int>("number");
    QTest::addColumn<int>("scaleMax");

    for (int column = 0; column < 7; ++column)
        QTest::addRow("meta %s", qPrintable(sampleHeaderRow.at(column)))
            << column << QuestionKind::Other << QString() << QString() << -1 << -1;
    QTest::newRow("1 overall") << 7 << QuestionKind::Overall << QString() << QString() << 1 << 10;
    QTest::newRow("2 NPS") << 8 << QuestionKind::Nps << QString() << QString() << 2 << 10;
    const QStringList stages{u"了解"_s, u"订购"_s, u"开通"_s, u"使用"_s, u"缴费"_s, u"咨询投诉"_s};
    for (int i = 0; i < stages.size(); ++i)
        QTest::addRow("%d stage %s", i + 3, qPrintable(stages.at(i)))
            << 9 + i << QuestionKind::Stage << stages.at(i) << QString() << i + 3 << 10;
    for (int i = 0; i < sampleFeatures.size(); ++i) {
        const int number = 9 + 2 * i;
        QTest::addRow("%d Kano functional %s", number, qPrintable(sampleFeatures.at(i)))
            << 6 + number << QuestionKind::KanoFunctional << QString() << sampleFeatures.at(i) << number << -1;
        QTest::addRow("%d Kano dysfunctional %s", number + 1, qPrintable(sampleFeatures.at(i)))
            << 7 + number << QuestionKind::KanoDysfunctional << QString() << sampleFeatures.at(i) << number + 1
            << -1;
    }
    QTest::newRow("25 reason") << 31 << QuestionKind::FreeText << QString() << QString() << 25 << -1;
}

void TstSurveyQuestions::sampleHeaders()
{
    QFETCH(int, column);
    QFETCH(QuestionKind, kind);
    QFETCH(QString, stage);
    QFETCH(QString, feature);
    QFETCH(int, number);
    QFETCH(int, scaleMax);
    const SurveyQuestion question = SurveyQuestionClassifier().classify(sampleHeaderRow.at(column));
    QCOMPARE(cx::questionKindName(question.kind), cx::questionKindName(kind));
    QCOMPARE(question.stage, stage);
    QCOMPARE(question.feature, feature);
    QCOMPARE(question.number, number);
    QCOMPARE(question.scaleMax, scaleMax);
    QCOMPARE(question.reason, kind == QuestionKind::FreeText);
    if (kind == QuestionKind::Nps)
        QCOMPARE(question.scaleMin, 0);
    if (kind == QuestionKind::Overall || kind == QuestionKind::Stage)
        QCOMPARE(question.scaleMin, 1);
}

void TstSurveyQuestions::sampleKanoPairs()
{
    const QList<SurveyQuestion> questions = SurveyQuestionClassifier().classifyAll(sampleHeaderRow);
    QCOMPARE(questions.size(), sampleHeaderRow.size());
    const QList<cx::KanoPair> pairs = SurveyQuestionClassifier::pairKano(questions);
    QCOMPARE(pairs.size(), sampleFeatures.size());
    for (qsizetype i = 0; i < pairs.size(); ++i) {
        QCOMPARE(pairs.at(i).feature, sampleFeatures.at(i));
        QCOMPARE(pairs.at(i).functional, int(15 + 2 * i));
        QCOMPARE(pairs.at(i).dysfunctional, int(16 + 2 * i));
    }
}

void TstSurveyQuestions::pairsIncomplete()
{
    // Dysfunctional first, a feature asked one way only, and quotes that differ.
    const QList<SurveyQuestion> questions = SurveyQuestionClassifier().classifyAll(
        {u"如果不提供“弹幕”，您的感受是？"_s, u"满意度"_s, u"如果提供「弹幕」，您的感受是？"_s,
         u"如果提供“倍速播放”，您的感受是？"_s});
    const QList<cx::KanoPair> pairs = SurveyQuestionClassifier::pairKano(questions);
    QCOMPARE(pairs.size(), 2);
    QCOMPARE(pairs.at(0).feature, u"弹幕"_s);
    QCOMPARE(pairs.at(0).functional, 2);
    QCOMPARE(pairs.at(0).dysfunctional, 0);
    QCOMPARE(pairs.at(1).feature, u"倍速播放"_s);
    QCOMPARE(pairs.at(1).functional, 3);
    QCOMPARE(pairs.at(1).dysfunctional, -1);
}

void TstSurveyQuestions::configuredStages()
{
    QCOMPARE(cx::defaultJourneyStages(),
             (QStringList{u"了解"_s, u"订购"_s, u"开通"_s, u"使用"_s, u"缴费"_s, u"咨询投诉"_s, u"续订退订"_s}));
    const SurveyQuestionClassifier custom({u"售前"_s, u"售中"_s, u"售后"_s});
    QCOMPARE(custom.stages().size(), 3);
    const SurveyQuestion after = custom.classify(u"您对“售后”环节的满意度(1-10分)"_s);
    QCOMPARE(after.kind, QuestionKind::Stage);
    QCOMPARE(after.stage, u"售后"_s);
    // A stage of the default journey is no stage of this workspace.
    const SurveyQuestion known = custom.classify(u"您对“了解”环节的满意度(1-10分)"_s);
    QCOMPARE(known.kind, QuestionKind::Other);
    QVERIFY(known.stage.isEmpty());
}

void TstSurveyQuestions::stripDecorations_data()
{
    QTest::addColumn<QString>("header");
    QTest::addColumn<QString>("title");
    QTest::addColumn<int>("number");
    QTest::addColumn<int>("scaleMin");
    QTest::addColumn<int>("scaleMax");

    QTest::newRow("、 and (1-10分)") << u"1、您对本产品的整体满意度打几分？(1-10分)"_s
                                   << u"您对本产品的整体满意度打几分？"_s << 1 << 1 << 10;
    QTest::newRow("Q3.") << u"Q3. 满意度"_s << u"满意度"_s << 3 << -1 << -1;
    QTest::newRow("3.") << u"3.满意度（1~5分）"_s << u"满意度"_s << 3 << 1 << 5;
    QTest::newRow("第12题") << u"第12题：满意度"_s << u"满意度"_s << 12 << -1 << -1;
    QTest::newRow("(4)") << u"(4) 满意度【0-10】"_s << u"满意度"_s << 4 << 0 << 10;
    QTest::newRow("unbracketed range") << u"请打分0-10分"_s << u"请打分"_s << -1 << 0 << 10;
    QTest::newRow("满分") << u"满意度(满分10分)"_s << u"满意度"_s << -1 << -1 << 10;
    QTest::newRow("5G is no number") << u"5G套餐满意度"_s << u"5G套餐满意度"_s << -1 << -1 << -1;
    QTest::newRow("nothing") << u"  来源 "_s << u"来源"_s << -1 << -1 << -1;
}

void TstSurveyQuestions::stripDecorations()
{
    QFETCH(QString, header);
    QFETCH(QString, title);
    QFETCH(int, number);
    QFETCH(int, scaleMin);
    QFETCH(int, scaleMax);
    int gotNumber = 0;
    int gotMin = 0;
    int gotMax = 0;
    QCOMPARE(SurveyQuestionClassifier::stripDecorations(header, &gotNumber, &gotMin, &gotMax), title);
    QCOMPARE(gotNumber, number);
    QCOMPARE(gotMin, scaleMin);
    QCOMPARE(gotMax, scaleMax);
}

// The names are the values the workspace schema documents for survey_question.kind.
void TstSurveyQuestions::kindNames()
{
    QCOMPARE(cx::questionKindName(QuestionKind::Overall), u"overall"_s);
    QCOMPARE(cx::questionKindName(QuestionKind::Nps), u"nps"_s);
    QCOMPARE(cx::questionKindName(QuestionKind::Stage), u"stage"_s);
    QCOMPARE(cx::questionKindName(QuestionKind::KanoFunctional), u"kano_functional"_s);
    QCOMPARE(cx::questionKindName(QuestionKind::KanoDysfunctional), u"kano_dysfunctional"_s);
    QCOMPARE(cx::questionKindName(QuestionKind::FreeText), u"text"_s);
    QCOMPARE(cx::questionKindName(QuestionKind::Other), u"other"_s);
}

QTEST_GUILESS_MAIN(TstSurveyQuestions)
#include "tst_surveyquestions.moc"
