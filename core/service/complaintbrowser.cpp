#include "service/complaintbrowser.h"

#include "analytics/aggregatedimensions.h"
#include "analytics/aggregates.h"
#include "analytics/analysisscope.h"
#include "analytics/taggedcomplaints.h"
#include "import/valueparser.h"
#include "pipeline/sqlite.h"
#include "text/painpointtagger.h"
#include "text/textlists.h"
#include "workspace/schema.h"

#include <QCollator>
#include <QHash>

#include <sqlite3.h>

#include <algorithm>
#include <optional>

namespace cx {

using namespace Qt::StringLiterals;

namespace {

// The finest category level filed, as the aggregates count it.
constexpr auto finestCategory = "coalesce(nullif(c.category3, ''), nullif(c.category2, ''), c.category1)"_L1;

struct Conditions
{
    QString sql;
    QVariantList bindings;
};

// Whether texts holding a phrase of the rule can be found by instr(): the
// tagger reads full-width forms as half-width and Latin letters in any case,
// which only ASCII signs, digits and letters have.
bool canPrefilter(const TagRule &rule)
{
    for (const QString &phrase : rule.phrases)
        for (QChar c : phrase)
            if ((c.unicode() >= 0x21 && c.unicode() <= 0x7E) || (c.unicode() >= 0xFF01 && c.unicode() <= 0xFF5E))
                return false;
    return true;
}

// The complaint ids of a tag bound to one step of the key scan: a list of
// them lets SQLite look them up in one go, where a step per id spent about
// 2.5 µs each on the statement alone.
constexpr int idsPerStep = 500;

// How the complaints of a tag are found: through complaint_tag when the
// aggregates are current (it is folded with them), else by applying its rule.
struct TagFilter
{
    std::optional<TagRule> rule;            ///< the rule to apply to each text
    std::optional<std::vector<qint64>> ids; ///< the tag's complaints in complaint_tag, ascending
};

Conditions conditionsOf(const AnalysisScope &scope, const ComplaintSelection &selection, const TagFilter &tag)
{
    const TagRule *tagRule = tag.rule ? &*tag.rule : nullptr;
    const SqlConditions filter = scope.conditions(u"c"_s);
    Conditions c{u" WHERE 1"_s + filter.sql, filter.bindings};
    if (!selection.stage.isEmpty()) {
        c.sql += u" AND c.stage = ?"_s;
        c.bindings << selection.stage;
    }
    if (!selection.category.isEmpty()) {
        c.sql += u" AND "_s + finestCategory + u" = ?"_s;
        c.bindings << selection.category;
    }
    if (!selection.department.isEmpty()) {
        c.sql += u" AND coalesce(nullif((SELECT i.department FROM indicator i WHERE i.code = c.element_code), ''), "
                 "nullif(c.department, ''), '') = ?"_s;
        c.bindings << selection.department;
    }
    if (tag.ids) {
        // The last parameters: select() binds the tag's complaints to them, idsPerStep at a time.
        QStringList ids;
        for (int i = 0; i < idsPerStep; ++i) {
            ids << u"?"_s;
            c.bindings << qint64(0);
        }
        c.sql += u" AND c.id IN ("_s + ids.join(u',') + u')';
    }
    if (tagRule && canPrefilter(*tagRule)) {
        QStringList any;
        for (const QString &phrase : tagRule->phrases) {
            any << u"instr(c.content, ?) > 0"_s;
            c.bindings << phrase;
        }
        c.sql += u" AND ("_s + any.join(u" OR "_s) + u')';
    }
    if (const QString search = selection.search.trimmed(); !search.isEmpty()) {
        c.sql += u" AND (instr(c.content, ?) > 0 OR instr(c.order_no, ?) > 0)"_s;
        c.bindings << search << search;
    }
    return c;
}

struct StatementDeleter
{
    void operator()(sqlite3_stmt *statement) const { sqlite3_finalize(statement); }
};
using RawStatement = std::unique_ptr<sqlite3_stmt, StatementDeleter>;

// The key scan reads raw column bytes (no QString per value): a million rows
// are read in a fraction of a second.
RawStatement prepare(sqlite::Database &db, const QString &sql, const QVariantList &bindings)
{
    sqlite3_stmt *statement = nullptr;
    const QByteArray utf8 = sql.toUtf8();
    if (sqlite3_prepare_v2(db.handle(), utf8.constData(), int(utf8.size()), &statement, nullptr) != SQLITE_OK)
        return {};
    RawStatement result(statement);
    for (int i = 0; i < bindings.size(); ++i) {
        const QVariant &value = bindings.at(i);
        if (value.typeId() == QMetaType::Int || value.typeId() == QMetaType::LongLong) {
            sqlite3_bind_int64(statement, i + 1, value.toLongLong());
        } else {
            const QByteArray text = value.toString().toUtf8();
            sqlite3_bind_text(statement, i + 1, text.constData(), int(text.size()), SQLITE_TRANSIENT);
        }
    }
    return result;
}

QByteArrayView columnBytes(sqlite3_stmt *statement, int column)
{
    const auto *bytes = reinterpret_cast<const char *>(sqlite3_column_text(statement, column));
    return bytes ? QByteArrayView(bytes, sqlite3_column_bytes(statement, column)) : QByteArrayView();
}

// "2024-08-05 14:03:22" as 20240805140322.
qint64 packedTime(QByteArrayView text)
{
    qint64 value = 0;
    int digits = 0;
    for (const char ch : text) {
        if (ch >= '0' && ch <= '9' && digits < 14) {
            value = value * 10 + (ch - '0');
            ++digits;
        }
    }
    for (; digits < 14; ++digits)
        value *= 10;
    return value;
}

// Distinct texts of one sort column, numbered as met, ranked at the end.
class Dictionary
{
public:
    qint32 id(QByteArrayView text)
    {
        const auto it = m_ids.constFind(QByteArray::fromRawData(text.data(), text.size()));
        if (it != m_ids.constEnd())
            return it.value();
        const auto id = qint32(m_texts.size());
        m_texts << QByteArray(text.data(), text.size());
        m_ids.insert(m_texts.constLast(), id);
        return id;
    }
    /// Rank of each id in the collation order of the texts.
    std::vector<qint32> ranks(const QCollator &collator) const
    {
        std::vector<qint32> order(std::size_t(m_texts.size()));
        QStringList texts;
        for (const QByteArray &text : m_texts)
            texts << QString::fromUtf8(text);
        for (qint32 i = 0; i < qint32(order.size()); ++i)
            order[std::size_t(i)] = i;
        std::sort(order.begin(), order.end(), [&](qint32 a, qint32 b) {
            return collator.compare(texts.at(a), texts.at(b)) < 0;
        });
        std::vector<qint32> rank(order.size());
        for (std::size_t r = 0; r < order.size(); ++r)
            rank[std::size_t(order[r])] = qint32(r);
        return rank;
    }

private:
    QHash<QByteArray, qint32> m_ids;
    QList<QByteArray> m_texts;
};

} // namespace

bool isSortableComplaintColumn(ComplaintColumn column)
{
    return column == ComplaintColumn::AcceptedAt || column == ComplaintColumn::Category
        || column == ComplaintColumn::City || column == ComplaintColumn::Channel;
}

QList<qint64> ComplaintKeys::sorted(Qt::SortOrder order) const
{
    std::vector<Key> keys = m_rows;
    // Newest first within a text; a time sort is newest first when descending.
    const bool ascending = order == Qt::AscendingOrder;
    const bool byTime = m_column == ComplaintColumn::AcceptedAt;
    std::sort(keys.begin(), keys.end(), [&](const Key &a, const Key &b) {
        if (a.rank != b.rank)
            return ascending ? a.rank < b.rank : a.rank > b.rank;
        if (a.time != b.time)
            return byTime && ascending ? a.time < b.time : a.time > b.time;
        return byTime && ascending ? a.id < b.id : a.id > b.id;
    });
    QList<qint64> ids;
    ids.reserve(qsizetype(keys.size()));
    for (const Key &key : keys)
        ids << key.id;
    return ids;
}

bool ComplaintBrowser::hasBrowseIndex(sqlite::Database &db)
{
    sqlite::Statement q = db.prepare(u"SELECT 1 FROM sqlite_master WHERE type = 'index' AND name = ?1"_s);
    q.bindText(1, complaintBrowseIndex().name);
    return q.next();
}

bool ComplaintBrowser::createBrowseIndex(sqlite::Database &db)
{
    return db.exec(complaintBrowseIndex().statement)
        && db.exec(u"DROP INDEX IF EXISTS %1"_s.arg(previousComplaintBrowseIndex().name));
}

bool ComplaintBrowser::dropBrowseIndex(sqlite::Database &db)
{
    return db.exec(u"DROP INDEX IF EXISTS %1"_s.arg(complaintBrowseIndex().name))
        && db.exec(u"DROP INDEX IF EXISTS %1"_s.arg(previousComplaintBrowseIndex().name));
}

std::shared_ptr<const ComplaintKeys> ComplaintBrowser::select(sqlite::Database &db, const AnalysisScope &scope,
                                                              const ComplaintSelection &selection, ComplaintColumn column,
                                                              const std::atomic_bool *cancelled)
{
    if (!isSortableComplaintColumn(column))
        column = ComplaintColumn::AcceptedAt;
    QString keyColumns;
    switch (column) {
    case ComplaintColumn::Category:
        keyColumns = u", c.category3, c.category2, c.category1"_s;
        break;
    case ComplaintColumn::City:
        keyColumns = u", c.city"_s;
        break;
    case ComplaintColumn::Channel:
        keyColumns = u", c.channel"_s;
        break;
    default:
        break;
    }
    TagFilter tag;
    if (!selection.tag.isEmpty()) {
        const std::optional<TextLists> lists = TextLists::read(db, nullptr);
        if (!lists)
            return {};
        for (const TagRule &rule : lists->tagRules())
            if (rule.tag == selection.tag)
                tag.rule = rule;
        if (!tag.rule)
            return std::make_shared<ComplaintKeys>();
        if (aggregateState(db, lists->fingerprint()) == AggregateState::Current) {
            sqlite::Statement id = db.prepare(u"SELECT id FROM agg_dim WHERE kind = ?1 AND value = ?2"_s);
            id.bindInt(1, TagDim);
            id.bindText(2, selection.tag);
            if (!id.next())
                return id.failed() ? nullptr : std::make_shared<ComplaintKeys>(); // no complaint has it
            tag.ids = taggedComplaints(db, id.columnInt(0));
            if (!tag.ids)
                return {};
            if (tag.ids->empty())
                return std::make_shared<ComplaintKeys>();
            tag.rule.reset();
        }
    }
    const std::optional<TagRule> &tagRule = tag.rule;
    const Conditions c = conditionsOf(scope, selection, tag);
    const int contentColumn = 2 + int(keyColumns.count(u',')); // after the key columns
    const RawStatement statement = prepare(
        db, u"SELECT c.id, c.accepted_at"_s + keyColumns + (tagRule ? u", c.content"_s : QString()) + u" FROM complaint c"_s + c.sql,
        c.bindings);
    if (!statement)
        return {};
    std::optional<PainPointTagger> tagger;
    if (tagRule)
        tagger.emplace(QList<TagRule>{*tagRule});
    auto keys = std::make_shared<ComplaintKeys>();
    keys->m_column = column;
    Dictionary texts;
    sqlite3_stmt *s = statement.get();
    const bool ranked = column != ComplaintColumn::AcceptedAt;
    const auto keep = [&] {
        if (tagger && tagger->tag(QString::fromUtf8(columnBytes(s, contentColumn))).empty())
            return;
        qint32 text = 0;
        if (ranked) {
            // The finest category level filed, as the aggregates count it.
            int at = 2;
            while (column == ComplaintColumn::Category && at < 4 && columnBytes(s, at).isEmpty())
                ++at;
            text = texts.id(columnBytes(s, std::min(at, 4)));
        }
        keys->m_rows.push_back(ComplaintKeys::Key{sqlite3_column_int64(s, 0), packedTime(columnBytes(s, 1)), text});
    };
    const auto isCancelled = [&](qint64 step) {
        return (step & 4095) == 0 && cancelled && cancelled->load(std::memory_order_relaxed);
    };
    int rc = SQLITE_ROW;
    if (tag.ids) {
        // A tag's complaints are a few percent of all: they are looked up
        // by id rather than found in a scan of the selection. Parameters
        // left over in the last step are NULL, which no id equals.
        const int firstId = sqlite3_bind_parameter_count(s) - idsPerStep + 1;
        const std::vector<qint64> &ids = *tag.ids;
        for (std::size_t from = 0; from < ids.size(); from += idsPerStep) {
            if (isCancelled(qint64(from / idsPerStep)))
                return std::make_shared<ComplaintKeys>();
            for (int i = 0; i < idsPerStep; ++i) {
                if (from + std::size_t(i) < ids.size())
                    sqlite3_bind_int64(s, firstId + i, ids[from + std::size_t(i)]);
                else
                    sqlite3_bind_null(s, firstId + i);
            }
            while ((rc = sqlite3_step(s)) == SQLITE_ROW)
                keep();
            sqlite3_reset(s);
            if (rc != SQLITE_DONE)
                return {};
        }
    } else {
        for (qint64 row = 0; (rc = sqlite3_step(s)) == SQLITE_ROW; ++row) {
            if (isCancelled(row))
                return std::make_shared<ComplaintKeys>();
            keep();
        }
        if (rc != SQLITE_DONE)
            return {};
    }
    if (ranked) {
        const std::vector<qint32> rank = texts.ranks(QCollator());
        for (ComplaintKeys::Key &key : keys->m_rows)
            key.rank = rank[std::size_t(key.rank)];
    }
    return keys;
}

QList<ComplaintRow> ComplaintBrowser::rows(sqlite::Database &db, const QList<qint64> &ids)
{
    if (ids.isEmpty())
        return {};
    QStringList numbers;
    numbers.reserve(ids.size());
    for (qint64 id : ids)
        numbers << QString::number(id);
    sqlite::Statement q = db.prepare(
        u"SELECT c.id, c.order_no, c.accepted_at, c.channel, c.city, c.county, c.grid, c.product, "_s + finestCategory
        + u", c.stage, c.content, c.department, c.result, c.phone FROM complaint c WHERE c.id IN (%1)"_s.arg(
            numbers.join(u',')));
    QHash<qint64, ComplaintRow> byId;
    while (q.next()) {
        ComplaintRow row;
        row.id = q.columnInt(0);
        row.orderNo = q.columnText(1);
        row.acceptedAt = q.columnText(2);
        row.channel = q.columnText(3);
        row.city = q.columnText(4);
        row.county = q.columnText(5);
        row.grid = q.columnText(6);
        row.product = q.columnText(7);
        row.category = q.columnText(8);
        row.stage = q.columnText(9);
        row.content = q.columnText(10);
        row.department = q.columnText(11);
        row.result = q.columnText(12);
        row.phone = ValueParser::maskPhone(q.columnText(13));
        byId.insert(row.id, row);
    }
    QList<ComplaintRow> result;
    result.reserve(ids.size());
    for (qint64 id : ids)
        if (const auto it = byId.constFind(id); it != byId.constEnd())
            result << *it;
    return result;
}

} // namespace cx
