#include "pipeline/surveyrowwriter.h"

#include "io/tablereader.h"

#include <algorithm>

namespace cx {

using namespace Qt::StringLiterals;

namespace {

const QString responseColumns = u"response_key, submitted_at, month, channel, phone, province, city, county, grid, "
                                "product, overall, nps, reason"_s;

} // namespace

SurveyRowWriter::SurveyRowWriter(const WriteContext &context)
    : RowWriter(context)
{
}

bool SurveyRowWriter::isScored(QuestionKind kind)
{
    return kind == QuestionKind::Overall || kind == QuestionKind::Nps || kind == QuestionKind::Stage;
}

std::pair<int, int> SurveyRowWriter::scale(const SurveyQuestion &question)
{
    if (question.scaleMin >= 0 && question.scaleMax > question.scaleMin)
        return {question.scaleMin, question.scaleMax};
    return question.kind == QuestionKind::Nps ? std::pair{0, 10} : std::pair{1, 10};
}

bool SurveyRowWriter::prepare(QString *error)
{
    const FileInspection &inspection = *m_context.inspection;
    m_submittedAt = column(u"submitted_at"_s);
    m_responseId = column(u"response_key"_s);
    for (const char *name : {"channel", "phone", "province", "city", "county", "grid", "product"})
        m_plain << column(QString::fromLatin1(name));

    const SurveyQuestionClassifier classifier(m_context.stages);
    sqlite::Statement insertQuestion = m_context.db->prepare(
        u"INSERT INTO survey_question(text, kind, stage, feature) VALUES (?1, ?2, ?3, ?4) "
        "ON CONFLICT(text) DO UPDATE SET kind = excluded.kind, stage = excluded.stage, feature = excluded.feature"_s);
    sqlite::Statement findQuestion = m_context.db->prepare(u"SELECT id FROM survey_question WHERE text = ?1"_s);
    for (int col : inspection.detection.questionColumns) {
        Question question;
        question.column = col;
        question.spec = classifier.classify(inspection.detection.headers.value(col));
        insertQuestion.bindText(1, question.spec.text);
        insertQuestion.bindText(2, questionKindName(question.spec.kind));
        insertQuestion.bindTextOrNull(3, question.spec.stage);
        insertQuestion.bindTextOrNull(4, question.spec.feature);
        findQuestion.bindText(1, question.spec.text);
        if (!insertQuestion.exec() || !findQuestion.next()) {
            *error = m_context.db->errorString();
            return false;
        }
        question.id = findQuestion.columnInt(0);
        findQuestion.reset();
        m_questions << question;
    }

    QStringList placeholders, assignments;
    const QStringList names = responseColumns.split(u", "_s);
    for (int i = 0; i < responseValues; ++i) {
        placeholders << u"?%1"_s.arg(i + 3);
        assignments << u"%1 = ?%2"_s.arg(names.at(i)).arg(i + 3);
    }
    m_insertResponse = m_context.db->prepare(u"INSERT OR IGNORE INTO survey_response(batch_id, line, %1) "
                                             "VALUES (?1, ?2, %2)"_s.arg(responseColumns, placeholders.join(u", "_s)));
    m_insertAnswer = m_context.db->prepare(
        u"INSERT INTO survey_answer(response_id, question_id, score, answer) VALUES (?1, ?2, ?3, ?4)"_s);
    m_findResponse = m_context.db->prepare(
        u"SELECT id, batch_id, line, %1 FROM survey_response WHERE response_key = ?1"_s.arg(responseColumns));
    m_findAnswers = m_context.db->prepare(
        u"SELECT question_id, score, answer FROM survey_answer WHERE response_id = ?1 ORDER BY question_id"_s);
    m_updateResponse = m_context.db->prepare(u"UPDATE survey_response SET batch_id = ?1, line = ?2, %1 WHERE id = ?%2"_s
                                                 .arg(assignments.join(u", "_s))
                                                 .arg(responseValues + 3));
    m_deleteAnswers = m_context.db->prepare(u"DELETE FROM survey_answer WHERE response_id = ?1"_s);
    for (const sqlite::Statement *statement : {&m_insertResponse, &m_insertAnswer, &m_findResponse, &m_findAnswers,
                                               &m_updateResponse, &m_deleteAnswers}) {
        if (!statement->isValid()) {
            *error = m_context.db->errorString();
            return false;
        }
    }
    return true;
}

bool SurveyRowWriter::encode(const TableRow &row, EncodedRow &out, QString *reason)
{
    const QStringView submittedText = cell(row, m_submittedAt);
    const DateTimeParts submitted = dateTime(submittedText);
    if (!submitted.isValid()) {
        *reason = submittedText.isEmpty()
            ? cellError(m_submittedAt, tr("the submission time is empty"))
            : cellError(m_submittedAt, tr("\"%1\" is not a date").arg(submittedText));
        return false;
    }
    // The phone number is part of the response's key; an answer-sheet id
    // Excel turned into a rounded number says the export went through it.
    QStringView phoneText;
    QStringView responseId;
    if (!readKey(row, m_plain.at(1), &phoneText, reason) || !readKey(row, m_responseId, &responseId, reason))
        return false;

    // Validate every answer before anything of the response is kept.
    m_scores.fill(std::nullopt, m_questions.size());
    for (int i = 0; i < m_questions.size(); ++i) {
        const Question &question = m_questions.at(i);
        if (!isScored(question.spec.kind))
            continue;
        const QStringView text = cell(row, question.column);
        if (text.isEmpty() || ValueParser::isPlaceholder(text))
            continue;
        const std::optional<double> score = ValueParser::parseNumber(text);
        const auto [low, high] = scale(question.spec);
        if (!score || *score < low || *score > high) {
            *reason = cellError(question.column, tr("\"%1\" is not a score from %2 to %3").arg(text).arg(low).arg(high));
            return false;
        }
        m_scores[i] = *score;
    }

    char submittedIso[19];
    submitted.writeIso(submittedIso);
    const QString phone = ValueParser::maskPhone(phoneText, m_context.convert.keepFullPhone);
    const QStringView product = cell(row, m_plain.at(6));
    out.addText(QLatin1StringView(submittedIso, 19) + u'|' + phone + u'|' + product.toString());
    out.addUtf8(QByteArrayView(submittedIso, 19));
    out.addUtf8(QByteArrayView(submittedIso, 7));
    out.addText(cell(row, m_plain.at(0)));
    out.addText(phone);
    for (int i = 2; i < m_plain.size(); ++i)
        out.addText(cell(row, m_plain.at(i)));
    int overall = -1, nps = -1, reasonColumn = -1;
    for (int i = 0; i < m_questions.size(); ++i) {
        const SurveyQuestion &spec = m_questions.at(i).spec;
        if (spec.kind == QuestionKind::Overall)
            overall = i;
        else if (spec.kind == QuestionKind::Nps)
            nps = i;
        else if (spec.kind == QuestionKind::FreeText && spec.reason)
            reasonColumn = m_questions.at(i).column;
    }
    for (int index : {overall, nps}) {
        if (index >= 0 && m_scores.at(index))
            out.addDouble(*m_scores.at(index));
        else
            out.addNull();
    }
    out.addText(cell(row, reasonColumn));

    // Then one (question, score, answer) triple per answered question.
    for (int i = 0; i < m_questions.size(); ++i) {
        const QStringView text = cell(row, m_questions.at(i).column);
        if (text.isEmpty())
            continue;
        out.addInt(m_questions.at(i).id);
        if (m_scores.at(i)) {
            out.addDouble(*m_scores.at(i));
            out.addNull();
        } else {
            out.addNull();
            out.addText(text);
        }
    }
    return true;
}

bool SurveyRowWriter::insertAnswers(const EncodedRow &row, qint64 responseId, QString *reason)
{
    for (int i = responseValues; i + 3 <= row.size(); i += 3) {
        m_insertAnswer.bindInt(1, responseId);
        row.bind(m_insertAnswer, i, 3, 2);
        if (!m_insertAnswer.exec()) {
            *reason = m_context.db->errorString();
            return false;
        }
    }
    return true;
}

RowWriter::Outcome SurveyRowWriter::store(const EncodedRow &row, QString *reason)
{
    m_insertResponse.bindInt(1, m_context.batchId);
    m_insertResponse.bindInt(2, row.line);
    row.bind(m_insertResponse, 0, responseValues, 3);
    if (!m_insertResponse.exec()) {
        *reason = m_context.db->errorString();
        return Outcome::Rejected;
    }
    if (m_context.db->changes() == 0)
        return storeExisting(row, reason);
    return insertAnswers(row, m_context.db->lastInsertRowId(), reason) ? Outcome::Inserted : Outcome::Rejected;
}

bool SurveyRowWriter::sameAnswers(const EncodedRow &row, qint64 responseId)
{
    QList<std::pair<qint64, int>> encoded; // question id, index of its triple
    for (int i = responseValues; i + 3 <= row.size(); i += 3)
        encoded.append({row.intAt(i), i});
    std::sort(encoded.begin(), encoded.end());
    m_findAnswers.bindInt(1, responseId);
    bool same = true;
    qsizetype n = 0;
    while (same && m_findAnswers.next()) {
        same = n < encoded.size() && m_findAnswers.columnInt(0) == encoded.at(n).first
            && row.equals(encoded.at(n).second + 1, m_findAnswers, 1)
            && row.equals(encoded.at(n).second + 2, m_findAnswers, 2);
        ++n;
    }
    m_findAnswers.reset();
    return same && n == encoded.size();
}

// The key is taken: the same response and answers make a duplicate, other
// values replace the stored response and its answers.
RowWriter::Outcome SurveyRowWriter::storeExisting(const EncodedRow &row, QString *reason)
{
    StoredRow stored;
    if (!findStored(m_findResponse, row, responseValues, &stored, reason))
        return Outcome::Rejected;
    const bool same = stored.sameValues && sameAnswers(row, stored.id);
    noteExisting(row, same, stored.batch, stored.line, stored.key);
    if (same)
        return Outcome::Duplicate;

    m_updateResponse.bindInt(1, m_context.batchId);
    m_updateResponse.bindInt(2, row.line);
    row.bind(m_updateResponse, 0, responseValues, 3);
    m_updateResponse.bindInt(responseValues + 3, stored.id);
    m_deleteAnswers.bindInt(1, stored.id);
    if (!m_updateResponse.exec() || !m_deleteAnswers.exec()) {
        *reason = m_context.db->errorString();
        return Outcome::Rejected;
    }
    setUpdatedFacts();
    return insertAnswers(row, stored.id, reason) ? Outcome::Updated : Outcome::Rejected;
}

} // namespace cx
