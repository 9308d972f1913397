#pragma once

#include "import/surveyquestionclassifier.h"
#include "pipeline/rowwriter.h"

namespace cx {

/// Writes survey responses: one row per response, its scores and answers
/// per question. Submission time, phone number and product identify a
/// response (序号 only counts rows within one export).
class SurveyRowWriter : public RowWriter
{
    // Its own context: the messages it writes are catalogued under this class.
    Q_DECLARE_TR_FUNCTIONS(cx::SurveyRowWriter)

public:
    explicit SurveyRowWriter(const WriteContext &context);

    bool prepare(QString *error) override;
    Outcome store(const EncodedRow &row, QString *reason) override;

protected:
    bool encode(const TableRow &row, EncodedRow &out, QString *reason) override;

private:
    struct Question
    {
        int column = -1;
        qint64 id = 0;
        SurveyQuestion spec;
    };

    static bool isScored(QuestionKind kind);
    static std::pair<int, int> scale(const SurveyQuestion &question);
    bool insertAnswers(const EncodedRow &row, qint64 responseId, QString *reason);
    bool sameAnswers(const EncodedRow &row, qint64 responseId);
    Outcome storeExisting(const EncodedRow &row, QString *reason);

    // key, submitted_at, month, channel, phone, province, city, county, grid, product, overall, nps, reason
    static constexpr int responseValues = 13;

    int m_submittedAt = -1;
    int m_responseId = -1;
    QList<int> m_plain; // channel, phone, province, city, county, grid, product
    QList<Question> m_questions;
    QList<std::optional<double>> m_scores;
    sqlite::Statement m_insertResponse;
    sqlite::Statement m_insertAnswer;
    sqlite::Statement m_findResponse;
    sqlite::Statement m_findAnswers;
    sqlite::Statement m_updateResponse;
    sqlite::Statement m_deleteAnswers;
};

} // namespace cx
