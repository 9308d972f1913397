#pragma once

#include "import/journeystages.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace cx {

/// What a survey question measures. The names (questionKindName) are the
/// values of `survey_question.kind` in the workspace.
enum class QuestionKind {
    Overall,           ///< overall satisfaction score ("overall")
    Nps,               ///< 0-10 likelihood to recommend ("nps")
    Stage,             ///< satisfaction with one journey stage ("stage")
    KanoFunctional,    ///< "if the product had X, how would you feel" ("kano_functional")
    KanoDysfunctional, ///< "if the product did not have X ..." ("kano_dysfunctional")
    FreeText,          ///< reason, suggestion, comment ("text")
    Other,             ///< anything else ("other")
};

/// The workspace name of a question kind ("overall", "kano_functional" ...).
QString questionKindName(QuestionKind kind);

/// A survey column header understood as a question.
struct SurveyQuestion
{
    QString text;              ///< the header as in the file
    QString title;             ///< without leading number and score range
    QuestionKind kind = QuestionKind::Other;
    QString stage;             ///< Stage: the journey stage it scores
    QString feature;           ///< Kano questions: the feature asked about
    bool reason = false;       ///< FreeText asking why (原因/理由): goes to survey_response.reason
    int number = -1;           ///< leading question number ("3、" → 3), -1 when none
    int scaleMin = -1;         ///< score range stated in the header ("(1-10分)" → 1 and 10),
    int scaleMax = -1;         ///< -1 when none is stated
};

/// A functional and a dysfunctional Kano question about the same feature.
struct KanoPair
{
    QString feature;
    int functional = -1;    ///< index into the classified list
    int dysfunctional = -1; ///< index into the classified list
};

/// Recognises survey questions from their column headers: overall
/// satisfaction (整体满意度 / 总体满意 …), NPS (推荐 … 可能性, NPS), per-stage
/// scores (the stage named in quotes “了解”/「订购」/'使用' or plainly),
/// Kano functional (如果提供“X”) and dysfunctional (如果不提供“X”) questions
/// with their feature, and free text (原因 / 建议 / 意见 / 其他). Chinese and
/// English wording; numbering ("1、", "Q3.", "3.", "第3题") and score ranges
/// ("(1-10分)") are ignored.
class SurveyQuestionClassifier
{
public:
    /// `stages`: the workspace's journey stages, matched in stage questions.
    explicit SurveyQuestionClassifier(QStringList stages = defaultJourneyStages());

    SurveyQuestion classify(const QString &header) const;
    QList<SurveyQuestion> classifyAll(const QStringList &headers) const;

    /// Pairs the Kano questions of a classified list by feature, in order of
    /// first appearance; a feature lacking one side keeps -1 there.
    static QList<KanoPair> pairKano(const QList<SurveyQuestion> &questions);

    /// The header without its leading number and score range; fills the
    /// optional outputs with what was removed (-1 when absent).
    static QString stripDecorations(const QString &header, int *number = nullptr, int *scaleMin = nullptr,
                                    int *scaleMax = nullptr);

    const QStringList &stages() const { return m_stages; }

private:
    QString matchStage(const QString &text, bool quoted) const;

    QStringList m_stages;
};

} // namespace cx
