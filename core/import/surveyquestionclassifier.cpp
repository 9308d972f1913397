#include "import/surveyquestionclassifier.h"

#include "import/textnormalize.h"

#include <QRegularExpression>

namespace cx {

using namespace Qt::StringLiterals;

namespace {

using Re = QRegularExpression;

// Every pattern the classifier uses, compiled once.
struct Patterns
{
    static constexpr auto ci = Re::CaseInsensitiveOption;

    // "1、", "Q3.", "Q3", "3.", "3)", "(3)", "第3题:" before the question text.
    Re numbering{uR"(^\s*(?:[Qq]\s*(\d{1,3})\s*[、.．:：)）-]?|第\s*(\d{1,3})\s*题\s*[、.．:：]?)"
                 uR"(|[(（]\s*(\d{1,3})\s*[)）]|(\d{1,3})\s*[、.．:：)）])\s*)"_s};
    // "(1-10分)", "（0~10）", "【1-5分】", "1-10分", "(满分10分)".
    Re scale{uR"re(\s*(?:[(（\[【]\s*(\d{1,3})\s*分?\s*[-~～—–至到]\s*(\d{1,3})\s*分?\s*[)）\]】])re"
             uR"re(|(\d{1,3})\s*[-~～—–至到]\s*(\d{1,3})\s*分|[(（]\s*满分\s*(\d{1,3})\s*分?\s*[)）]))re"_s};
    // A feature or stage in quotes: “了解”, 「订购」, 『使用』, "X", 'X', ‘X’.
    Re quoted{uR"([“「『"'‘]([^”」』"'’]{1,40})[”」』"'’])"_s};
    Re kanoCondition{uR"((?:如果|若|假如|假设|要是|倘若).{0,20}?(?:提供|有|具备|支持|包含|具有|能|增加|推出))"
                     uR"(|\bif\b.*\b(?:has|had|have|provides?|provided|offers?|offered|includes?|included)\b)"_s,
                     ci};
    Re kanoNegation{uR"((?:如果|若|假如|假设|要是|倘若).{0,20}?(?:不|没有|没|未|无法|取消|去掉)(?:再)?)"
                    uR"((?:提供|有|具备|支持|包含|具有|能|增加|推出))"
                    uR"(|\bif\b.*\b(?:not|no|doesn't|didn't|don't|without|lacks?|lacked)\b)"_s,
                    ci};
    // The feature of an unquoted Kano question: what follows the verb, up to
    // a comma, question mark or "您".
    Re kanoFeature{uR"((?:提供|具备|支持|包含|具有|增加|推出|有)\s*([^，,。？?]+?)\s*(?:的话|功能)?\s*(?:[，,。？?]|您|你|$))"
                   uR"(|\b(?:has|had|have|provides?|provided|offers?|offered|includes?|included)\s+)"
                   uR"((?:an?\s+|the\s+)?([^,?]+?)\s*(?:[,?]|$))"_s,
                   ci};
    // How the respondent would feel: what makes a conditional a Kano
    // question rather than "如果您有任何建议……".
    Re feeling{uR"(感受|感觉|觉得|看法|态度|认为|\bfeel|\bthink\b)"_s, ci};
    Re freeText{uR"(原因|理由|建议|意见|其他|其它|为什么|哪些方面|哪些问题|留言|补充|想说|想对)"
                uR"(|\breasons?\b|\bwhy\b|suggest|comment|feedback|\bother\b)"_s,
                ci};
    Re reason{uR"(原因|理由|为什么|\breasons?\b|\bwhy\b)"_s, ci};
    Re nps{uR"(推荐.{0,12}(?:可能|意愿|愿意|程度|几分|多大|多少)|(?:可能|愿意|意愿).{0,12}推荐|净推荐)"
           uR"(|\bNPS\b|recommend)"_s,
           ci};
    Re overall{uR"(整体满意|总体满意|综合满意|整体评价|总体评价|整体感受|总体感受|整体打分|总体打分|overall)"_s, ci};
    Re scoring{uR"(满意|评价|打分|评分|体验|感受|环节|几分|satisf|\brate\b|\brating\b|\bscore\b)"_s, ci};
};

const Patterns &patterns()
{
    static const Patterns compiled;
    return compiled;
}

bool matches(const Re &re, const QString &text)
{
    return re.match(text).hasMatch();
}

int capturedNumber(const QRegularExpressionMatch &match, std::initializer_list<int> groups)
{
    for (int group : groups)
        if (match.hasCaptured(group))
            return match.captured(group).toInt();
    return -1;
}

void setIfWanted(int *target, int value)
{
    if (target)
        *target = value;
}

} // namespace

QString questionKindName(QuestionKind kind)
{
    switch (kind) {
    case QuestionKind::Overall:
        return u"overall"_s;
    case QuestionKind::Nps:
        return u"nps"_s;
    case QuestionKind::Stage:
        return u"stage"_s;
    case QuestionKind::KanoFunctional:
        return u"kano_functional"_s;
    case QuestionKind::KanoDysfunctional:
        return u"kano_dysfunctional"_s;
    case QuestionKind::FreeText:
        return u"text"_s;
    case QuestionKind::Other:
        break;
    }
    return u"other"_s;
}

SurveyQuestionClassifier::SurveyQuestionClassifier(QStringList stages)
    : m_stages(std::move(stages))
{
}

QString SurveyQuestionClassifier::stripDecorations(const QString &header, int *number, int *scaleMin, int *scaleMax)
{
    QString title = header.trimmed();
    const QRegularExpressionMatch numbering = patterns().numbering.match(title);
    setIfWanted(number, numbering.hasMatch() ? capturedNumber(numbering, {1, 2, 3, 4}) : -1);
    if (numbering.hasMatch())
        title.remove(0, numbering.capturedLength());

    const QRegularExpressionMatch scale = patterns().scale.match(title);
    setIfWanted(scaleMin, scale.hasMatch() ? capturedNumber(scale, {1, 3}) : -1);
    setIfWanted(scaleMax, scale.hasMatch() ? capturedNumber(scale, {2, 4, 5}) : -1);
    if (scale.hasMatch())
        title.remove(scale.capturedStart(), scale.capturedLength());
    return title.trimmed();
}

SurveyQuestion SurveyQuestionClassifier::classify(const QString &header) const
{
    SurveyQuestion question;
    question.text = header;
    question.title = stripDecorations(header, &question.number, &question.scaleMin, &question.scaleMax);
    const QString &title = question.title;

    // Quoted text is a feature or a stage; its words must not be read as the
    // question's own ("如果提供“没有广告”" is a functional question).
    const QRegularExpressionMatch quote = patterns().quoted.match(title);
    const QString quoted = quote.hasMatch() ? quote.captured(1).trimmed() : QString();
    QString frame = title;
    if (quote.hasMatch())
        frame.replace(quote.capturedStart(), quote.capturedLength(), u"“X”"_s);

    auto setKind = [&](QuestionKind kind) {
        question.kind = kind;
        return question;
    };

    const Patterns &p = patterns();
    const bool negated = matches(p.kanoNegation, frame);
    if ((negated || matches(p.kanoCondition, frame)) && (!quoted.isEmpty() || matches(p.feeling, frame))) {
        question.feature = quoted;
        if (question.feature.isEmpty()) {
            const QRegularExpressionMatch feature = p.kanoFeature.match(frame);
            question.feature = feature.hasCaptured(1) ? feature.captured(1) : feature.captured(2);
        }
        if (!question.feature.isEmpty())
            return setKind(negated ? QuestionKind::KanoDysfunctional : QuestionKind::KanoFunctional);
    }
    if (matches(p.freeText, frame)) {
        question.reason = matches(p.reason, frame);
        return setKind(QuestionKind::FreeText);
    }
    if (!quoted.isEmpty()) {
        question.stage = matchStage(quoted, true);
        if (!question.stage.isEmpty())
            return setKind(QuestionKind::Stage);
    }
    if (matches(p.nps, frame))
        return setKind(QuestionKind::Nps);
    const QString key = normalizeHeader(title);
    if (matches(p.overall, frame) || key == u"满意度"_s || key == u"satisfaction"_s)
        return setKind(QuestionKind::Overall);
    if (const QString stage = matchStage(title, false); !stage.isEmpty()) {
        if (key == normalizeHeader(stage) || matches(p.scoring, frame)) {
            question.stage = stage;
            return setKind(QuestionKind::Stage);
        }
    }
    return setKind(QuestionKind::Other);
}

QString SurveyQuestionClassifier::matchStage(const QString &text, bool quoted) const
{
    const QString key = normalizeHeader(text);
    QString best;
    qsizetype bestLength = 0;
    for (const QString &stage : m_stages) {
        const QString stageKey = normalizeHeader(stage);
        if (stageKey.isEmpty())
            continue;
        // A quoted stage may be written a little differently ("咨询/投诉",
        // "缴费充值"); unquoted, the stage name must appear in the text.
        const bool found = key.contains(stageKey)
            || (quoted && key.size() >= 2 && stageKey.contains(key));
        if (found && stageKey.size() > bestLength) {
            best = stage;
            bestLength = stageKey.size();
        }
    }
    return best;
}

QList<SurveyQuestion> SurveyQuestionClassifier::classifyAll(const QStringList &headers) const
{
    QList<SurveyQuestion> questions;
    questions.reserve(headers.size());
    for (const QString &header : headers)
        questions.append(classify(header));
    return questions;
}

QList<KanoPair> SurveyQuestionClassifier::pairKano(const QList<SurveyQuestion> &questions)
{
    QList<KanoPair> pairs;
    QHash<QString, qsizetype> byFeature;
    for (qsizetype i = 0; i < questions.size(); ++i) {
        const SurveyQuestion &question = questions.at(i);
        const bool functional = question.kind == QuestionKind::KanoFunctional;
        if (!functional && question.kind != QuestionKind::KanoDysfunctional)
            continue;
        const QString key = normalizeHeader(question.feature);
        auto it = byFeature.constFind(key);
        if (it == byFeature.cend()) {
            it = byFeature.insert(key, pairs.size());
            pairs.append({question.feature, -1, -1});
        }
        int &slot = functional ? pairs[it.value()].functional : pairs[it.value()].dysfunctional;
        if (slot < 0)
            slot = int(i);
    }
    return pairs;
}

} // namespace cx
