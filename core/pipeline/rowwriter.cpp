#include "pipeline/rowwriter.h"

#include "import/categorymap.h"
#include "import/surveyquestionclassifier.h"
#include "io/tablereader.h"

#include <QSet>

#include <cmath>

namespace cx {

using namespace Qt::StringLiterals;

namespace {

// ---------------------------------------------------------------------------
// Complaints: the big table. Dates are formatted into a stack buffer and
// cells read as views of the row buffer, so encoding a row allocates nothing
// beyond its EncodedRow (whose buffers are reused).
class ComplaintWriter : public RowWriter
{
public:
    explicit ComplaintWriter(const WriteContext &context)
        : RowWriter(context)
    {
    }

    bool prepare(QString *error) override
    {
        for (int i = 0; i < FieldCount; ++i)
            m_columns[i] = column(QString::fromLatin1(fieldNames[i]));
        m_categories = CategoryMap::fromWorkspace(*m_context.db);
        m_insert = m_context.db->prepare(
            u"INSERT OR IGNORE INTO complaint(batch_id, order_no, accepted_at, month, archived_at, channel, phone, "
            "customer_level, province, city, county, grid, product, category1, category2, category3, content, "
            "department, result, duration_hours, repeated, escalated, callback_rating, stage, element_code, "
            "experience_level) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, "
            "?18, ?19, ?20, ?21, ?22, ?23, ?24, ?25, ?26)"_s);
        if (!m_insert.isValid()) {
            *error = m_context.db->errorString();
            return false;
        }
        return true;
    }

    bool encode(const TableRow &row, EncodedRow &out, QString *reason) override
    {
        const QStringView orderNo = cell(row, m_columns[OrderNo]);
        if (orderNo.isEmpty()) {
            *reason = cellError(m_columns[OrderNo], tr("the work-order number is empty"));
            return false;
        }
        const QStringView acceptedText = cell(row, m_columns[AcceptedAt]);
        const DateTimeParts accepted = ValueParser::parseDateTime(acceptedText, m_context.convert.date1904);
        if (!accepted.isValid()) {
            *reason = acceptedText.isEmpty()
                ? cellError(m_columns[AcceptedAt], tr("the date is empty"))
                : cellError(m_columns[AcceptedAt], tr("\"%1\" is not a date").arg(acceptedText));
            return false;
        }
        // Placeholders ("-", "N/A") are looked for only when a value does not
        // parse: the check normalises text and would cost every row.
        std::optional<double> duration;
        if (const QStringView text = cell(row, m_columns[Duration]); !text.isEmpty()) {
            duration = ValueParser::parseNumber(text);
            if (!duration && !ValueParser::isPlaceholder(text)) {
                *reason = cellError(m_columns[Duration], tr("\"%1\" is not a number").arg(text));
                return false;
            }
        }
        std::optional<bool> flags[2];
        for (int i = 0; i < 2; ++i) {
            const int col = m_columns[Repeated + i];
            if (const QStringView text = cell(row, col); !text.isEmpty()) {
                flags[i] = ValueParser::parseBoolean(text);
                if (!flags[i] && !ValueParser::isPlaceholder(text)) {
                    *reason = cellError(col, tr("\"%1\" is not yes or no").arg(text));
                    return false;
                }
            }
        }

        char acceptedIso[19];
        accepted.writeIso(acceptedIso);
        addCellText(out, row, m_columns[OrderNo]);
        out.addUtf8(QByteArrayView(acceptedIso, 19));
        out.addUtf8(QByteArrayView(acceptedIso, 7));
        const DateTimeParts archived = ValueParser::parseDateTime(cell(row, m_columns[ArchivedAt]),
                                                                  m_context.convert.date1904);
        if (archived.isValid()) {
            char archivedIso[19];
            archived.writeIso(archivedIso);
            out.addUtf8(QByteArrayView(archivedIso, 19));
        } else {
            out.addNull();
        }
        addCellText(out, row, m_columns[Channel]);
        const QStringView phone = cell(row, m_columns[Phone]);
        if (phone.isEmpty() || (phone.contains(u'*') && !m_context.convert.keepFullPhone))
            out.addText(phone);
        else
            out.addText(ValueParser::maskPhone(phone, m_context.convert.keepFullPhone));
        for (int field = CustomerLevel; field <= Result; ++field)
            addCellText(out, row, m_columns[field]);
        if (duration)
            out.addDouble(*duration);
        else
            out.addNull();
        for (const std::optional<bool> &flag : flags) {
            if (flag)
                out.addInt(*flag ? 1 : 0);
            else
                out.addNull();
        }
        addCellText(out, row, m_columns[Callback]);
        const Placement &placement = category(cell(row, m_columns[Category3]), cell(row, m_columns[Category2]),
                                              cell(row, m_columns[Category1]));
        out.addUtf8(placement.stage);
        out.addUtf8(placement.elementCode);
        out.addUtf8(placement.experienceLevel);
        if (!placement.mapped)
            out.flags |= UnmappedCategory;
        return true;
    }

    Outcome store(const EncodedRow &row, QString *reason) override
    {
        m_insert.bindInt(1, m_context.batchId);
        row.bind(m_insert, 0, row.size(), 2);
        if (!m_insert.exec()) {
            *reason = m_context.db->errorString();
            return Outcome::Rejected;
        }
        if (m_context.db->changes() == 0)
            return Outcome::Duplicate;
        if (row.flags & UnmappedCategory)
            ++m_unmappedRows;
        return Outcome::Inserted;
    }

    QStringList notes() const override
    {
        if (m_unmappedRows == 0)
            return {};
        QStringList names(m_unmapped.begin(), m_unmapped.end());
        names.sort();
        return {tr("%n row(s) have a complaint category the category map does not know (%1); they are filed "
                   "under the stage %2. Add the categories to the category map to place them on the journey.",
                   nullptr, int(m_unmappedRows))
                    .arg(names.join(u", "_s), CategoryMap::unmappedStage())};
    }

private:
    enum Field {
        OrderNo, AcceptedAt, ArchivedAt, Channel, Phone,
        CustomerLevel, Province, City, County, Grid, Product, Category1, Category2, Category3, Content, Department,
        Result, Duration, Repeated, Escalated, Callback, FieldCount
    };
    static constexpr const char *fieldNames[FieldCount] = {
        "order_no", "accepted_at", "archived_at", "channel", "phone", "customer_level", "province", "city",
        "county", "grid", "product", "category1", "category2", "category3", "content", "department", "result",
        "duration_hours", "repeated", "escalated", "callback_rating"};

    // What the map says of one (category3, category2, category1), with the
    // derived texts already in UTF-8 for every row that uses it.
    struct Placement
    {
        std::array<QString, 3> key;
        bool mapped = true;
        QByteArray stage;
        QByteArray elementCode;
        QByteArray experienceLevel;
    };

    // Runs on the reading thread. A complaint file uses a dozen or two
    // categories: a short list compared by view beats hashing a new QString
    // for every row.
    const Placement &category(QStringView category3, QStringView category2, QStringView category1)
    {
        for (const Placement &placement : m_categoryCache)
            if (placement.key[0] == category3 && placement.key[1] == category2 && placement.key[2] == category1)
                return placement;
        const CategoryEntry entry = m_categories.lookup(category3, category2, category1);
        if (!entry.mapped)
            m_unmapped.insert((category3.isEmpty() ? category2.isEmpty() ? category1 : category2 : category3).toString());
        m_categoryCache.append(Placement{{category3.toString(), category2.toString(), category1.toString()},
                                         entry.mapped,
                                         entry.stage.toUtf8(),
                                         entry.elementCode.toUtf8(),
                                         entry.experienceLevel.toUtf8()});
        return m_categoryCache.constLast();
    }

    static constexpr quint32 UnmappedCategory = 1;

    int m_columns[FieldCount] = {};
    sqlite::Statement m_insert;
    CategoryMap m_categories;
    QList<Placement> m_categoryCache;
    QSet<QString> m_unmapped;
    qint64 m_unmappedRows = 0;
};

// ---------------------------------------------------------------------------
// Survey responses: one row per response, its scores and answers per question.
class SurveyWriter : public RowWriter
{
public:
    explicit SurveyWriter(const WriteContext &context)
        : RowWriter(context)
    {
    }

    bool prepare(QString *error) override
    {
        const FileInspection &inspection = *m_context.inspection;
        m_submittedAt = column(u"submitted_at"_s);
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

        m_insertResponse = m_context.db->prepare(
            u"INSERT OR IGNORE INTO survey_response(batch_id, response_key, submitted_at, month, channel, phone, "
            "province, city, county, grid, product, overall, nps, reason) "
            "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14)"_s);
        m_insertAnswer = m_context.db->prepare(
            u"INSERT INTO survey_answer(response_id, question_id, score, answer) VALUES (?1, ?2, ?3, ?4)"_s);
        if (!m_insertResponse.isValid() || !m_insertAnswer.isValid()) {
            *error = m_context.db->errorString();
            return false;
        }
        return true;
    }

    bool encode(const TableRow &row, EncodedRow &out, QString *reason) override
    {
        const QStringView submittedText = cell(row, m_submittedAt);
        const DateTimeParts submitted = ValueParser::parseDateTime(submittedText, m_context.convert.date1904);
        if (!submitted.isValid()) {
            *reason = submittedText.isEmpty()
                ? cellError(m_submittedAt, tr("the submission time is empty"))
                : cellError(m_submittedAt, tr("\"%1\" is not a date").arg(submittedText));
            return false;
        }

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
        const QString phone = ValueParser::maskPhone(cell(row, m_plain.at(1)), m_context.convert.keepFullPhone);
        const QStringView product = cell(row, m_plain.at(6));
        // 序号 only counts rows within one export; time, phone and product identify a response.
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

    Outcome store(const EncodedRow &row, QString *reason) override
    {
        m_insertResponse.bindInt(1, m_context.batchId);
        row.bind(m_insertResponse, 0, responseValues, 2);
        if (!m_insertResponse.exec()) {
            *reason = m_context.db->errorString();
            return Outcome::Rejected;
        }
        if (m_context.db->changes() == 0)
            return Outcome::Duplicate;

        const qint64 responseId = m_context.db->lastInsertRowId();
        for (int i = responseValues; i + 3 <= row.size(); i += 3) {
            m_insertAnswer.bindInt(1, responseId);
            row.bind(m_insertAnswer, i, 3, 2);
            if (!m_insertAnswer.exec()) {
                *reason = m_context.db->errorString();
                return Outcome::Rejected;
            }
        }
        return Outcome::Inserted;
    }

private:
    struct Question
    {
        int column = -1;
        qint64 id = 0;
        SurveyQuestion spec;
    };

    static bool isScored(QuestionKind kind)
    {
        return kind == QuestionKind::Overall || kind == QuestionKind::Nps || kind == QuestionKind::Stage;
    }

    static std::pair<int, int> scale(const SurveyQuestion &question)
    {
        if (question.scaleMin >= 0 && question.scaleMax > question.scaleMin)
            return {question.scaleMin, question.scaleMax};
        return question.kind == QuestionKind::Nps ? std::pair{0, 10} : std::pair{1, 10};
    }

    // key, submitted_at, month, channel, phone, province, city, county, grid, product, overall, nps, reason
    static constexpr int responseValues = 13;

    int m_submittedAt = -1;
    QList<int> m_plain; // channel, phone, province, city, county, grid, product
    QList<Question> m_questions;
    QList<std::optional<double>> m_scores;
    sqlite::Statement m_insertResponse;
    sqlite::Statement m_insertAnswer;
};

// ---------------------------------------------------------------------------
// Small tables keyed by product/month, code, code/month/city: the later file
// wins, and a changed value is counted as replaced.
class KeyedWriter : public RowWriter
{
public:
    explicit KeyedWriter(const WriteContext &context)
        : RowWriter(context)
    {
    }

    bool prepare(QString *error) override
    {
        const MappingProfile &profile = m_context.inspection->profile;
        for (const FieldSpec &field : profile.fields()) {
            if (!field.stored)
                continue;
            const int col = column(field.name);
            if (field.key)
                m_keys << Column{&field, col};
            else if (col >= 0)
                m_values << Column{&field, col};
        }
        const QString table = profile.table();
        QStringList keyNames, valueNames, keyTests, assignments, placeholders;
        for (const Column &key : std::as_const(m_keys)) {
            keyNames << key.field->name;
            keyTests << u"%1 = ?%2"_s.arg(key.field->name).arg(keyTests.size() + 1);
        }
        for (const Column &value : std::as_const(m_values)) {
            valueNames << value.field->name;
            assignments << u"%1 = ?%2"_s.arg(value.field->name).arg(m_keys.size() + assignments.size() + 1);
        }
        const int batchPosition = int(m_keys.size() + m_values.size() + 1);
        for (int i = 1; i <= batchPosition; ++i)
            placeholders << u"?%1"_s.arg(i);

        m_select = m_context.db->prepare(u"SELECT %1 FROM %2 WHERE %3"_s.arg(
            valueNames.isEmpty() ? u"1"_s : valueNames.join(u", "_s), table, keyTests.join(u" AND "_s)));
        m_insert = m_context.db->prepare(u"INSERT INTO %1(%2) VALUES (%3)"_s.arg(
            table, (keyNames + valueNames + QStringList{u"batch_id"_s}).join(u", "_s), placeholders.join(u", "_s)));
        m_update = m_context.db->prepare(u"UPDATE %1 SET %2 batch_id = ?%3 WHERE %4"_s.arg(
            table, assignments.isEmpty() ? QString() : assignments.join(u", "_s) + u", "_s,
            QString::number(batchPosition), keyTests.join(u" AND "_s)));
        if (!m_select.isValid() || !m_insert.isValid() || !m_update.isValid()) {
            *error = m_context.db->errorString();
            return false;
        }
        return true;
    }

    bool encode(const TableRow &row, EncodedRow &out, QString *reason) override
    {
        for (const QList<Column> *columns : {&m_keys, &m_values}) {
            for (const Column &c : *columns) {
                const ConvertedValue value = ValueParser::convert(*c.field, cell(row, c.column), m_context.convert);
                if (value.isError()) {
                    *reason = cellError(c.column, value.error);
                    return false;
                }
                if (!value.value.isValid()) {
                    if (c.field->required) {
                        *reason = cellError(c.column, tr("the value is empty"));
                        return false;
                    }
                    // An absent optional key (e.g. no city column) means "all": ''.
                    if (c.field->key)
                        out.addText(QStringView(), false);
                    else
                        out.addNull();
                    continue;
                }
                switch (value.value.typeId()) {
                case QMetaType::LongLong:
                case QMetaType::Int:
                case QMetaType::Bool:
                    out.addInt(value.value.toLongLong());
                    break;
                case QMetaType::Double:
                    out.addDouble(value.value.toDouble());
                    break;
                default:
                    out.addText(value.value.toString(), !c.field->key);
                }
            }
        }
        return true;
    }

    Outcome store(const EncodedRow &row, QString *reason) override
    {
        const int keyCount = int(m_keys.size());
        row.bind(m_select, 0, keyCount, 1);
        const bool exists = m_select.next();
        bool same = exists;
        for (int i = 0; same && i < m_values.size(); ++i)
            same = row.equals(keyCount + i, m_select, i);
        m_select.reset();
        if (same)
            return Outcome::Duplicate;

        sqlite::Statement &statement = exists ? m_update : m_insert;
        row.bind(statement, 0, row.size(), 1);
        statement.bindInt(row.size() + 1, m_context.batchId);
        if (!statement.exec()) {
            *reason = m_context.db->errorString();
            return Outcome::Rejected;
        }
        return exists ? Outcome::Replaced : Outcome::Inserted;
    }

private:
    struct Column
    {
        const FieldSpec *field = nullptr;
        int column = -1;
    };

    QList<Column> m_keys;
    QList<Column> m_values;
    sqlite::Statement m_select;
    sqlite::Statement m_insert;
    sqlite::Statement m_update;
};

} // namespace

RowWriter::RowWriter(const WriteContext &context)
    : m_context(context)
{
}

RowWriter::~RowWriter() = default;

std::unique_ptr<RowWriter> RowWriter::create(const WriteContext &context)
{
    const QString kind = context.inspection->detection.kind;
    if (kind == "complaints"_L1)
        return std::make_unique<ComplaintWriter>(context);
    if (kind == "survey"_L1)
        return std::make_unique<SurveyWriter>(context);
    if (!kind.isEmpty() && !context.inspection->profile.table().isEmpty())
        return std::make_unique<KeyedWriter>(context);
    return nullptr;
}

int RowWriter::column(const QString &field) const
{
    return m_context.inspection->detection.column(field);
}

QString RowWriter::columnName(int column) const
{
    return m_context.inspection->detection.headers.value(column);
}

QStringView RowWriter::cell(const TableRow &row, int column)
{
    return column < 0 ? QStringView() : row.cell(column).trimmed();
}

namespace {

bool isAsciiSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f';
}

// Whether UTF-8 text may begin or end with a non-ASCII space that
// QStringView::trimmed() would remove (U+0085, U+00A0, U+1680, U+2000-U+200A,
// U+2028, U+2029, U+202F, U+205F, U+3000): their lead bytes are C2, E1, E2, E3.
bool mayHaveUnicodeSpaceAtEdge(QByteArrayView bytes)
{
    const auto isSpaceLead = [](char c) { return c == '\xC2' || (c >= '\xE1' && c <= '\xE3'); };
    if (bytes.isEmpty())
        return false;
    if (isSpaceLead(bytes.front()))
        return true;
    // The last character's lead byte: step back over continuation bytes.
    qsizetype lead = bytes.size() - 1;
    while (lead > 0 && (uchar(bytes[lead]) & 0xC0) == 0x80)
        --lead;
    return isSpaceLead(bytes[lead]);
}

} // namespace

void RowWriter::addCellText(EncodedRow &out, const TableRow &row, int column)
{
    if (column < 0) {
        out.addNull();
        return;
    }
    QByteArrayView bytes = row.utf8Cell(column);
    if (!bytes.isNull()) {
        while (!bytes.isEmpty() && isAsciiSpace(bytes.front()))
            bytes = bytes.sliced(1);
        while (!bytes.isEmpty() && isAsciiSpace(bytes.back()))
            bytes.chop(1);
        if (!mayHaveUnicodeSpaceAtEdge(bytes)) {
            out.addUtf8(bytes);
            return;
        }
    }
    out.addText(row.cell(column).trimmed());
}

QString RowWriter::cellError(int column, const QString &problem) const
{
    return tr("column %1: %2").arg(columnName(column), problem);
}

} // namespace cx
