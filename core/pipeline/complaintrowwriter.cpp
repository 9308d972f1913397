#include "pipeline/complaintrowwriter.h"

#include "io/tablereader.h"

#include <string_view>

namespace cx {

using namespace Qt::StringLiterals;

namespace {

constexpr const char *fieldNames[] = {
    "order_no", "accepted_at", "archived_at", "channel", "phone", "customer_level", "province", "city",
    "county", "grid", "product", "category1", "category2", "category3", "content", "department", "result",
    "duration_hours", "repeated", "escalated", "callback_rating"};

// The stored columns in the order encode() adds their values; the last
// three are derived from the category map, not read from the file.
constexpr const char *storedColumns[] = {
    "order_no", "accepted_at", "month", "archived_at", "channel", "phone", "customer_level", "province", "city",
    "county", "grid", "product", "category1", "category2", "category3", "content", "department", "result",
    "duration_hours", "repeated", "escalated", "callback_rating", "stage", "element_code", "experience_level"};
constexpr int storedCount = int(std::size(storedColumns));
constexpr int derivedCount = 3;

// The index of a stored column among the values encode() adds.
consteval int storedIndex(std::string_view name)
{
    for (int i = 0; i < storedCount; ++i)
        if (storedColumns[i] == name)
            return i;
    throw "not a stored column"; // a compile error
}

QString storedColumnList()
{
    QStringList names;
    for (const char *name : storedColumns)
        names << QString::fromLatin1(name);
    return names.join(u", "_s);
}

} // namespace

ComplaintRowWriter::ComplaintRowWriter(const WriteContext &context)
    : RowWriter(context)
{
}

bool ComplaintRowWriter::prepare(QString *error)
{
    static_assert(std::size(fieldNames) == FieldCount);
    for (int i = 0; i < FieldCount; ++i)
        m_columns[i] = column(QString::fromLatin1(fieldNames[i]));
    m_categories = CategoryMap::fromWorkspace(*m_context.db);
    QStringList placeholders, assignments;
    for (int i = 0; i < storedCount; ++i) {
        placeholders << u"?%1"_s.arg(i + 3);
        assignments << u"%1 = ?%2"_s.arg(QString::fromLatin1(storedColumns[i])).arg(i + 3);
    }
    m_insert = m_context.db->prepare(u"INSERT OR IGNORE INTO complaint(batch_id, line, %1) VALUES (?1, ?2, %2)"_s.arg(
        storedColumnList(), placeholders.join(u", "_s)));
    m_find = m_context.db->prepare(
        u"SELECT id, batch_id, line, %1 FROM complaint WHERE order_no = ?1"_s.arg(storedColumnList()));
    m_update = m_context.db->prepare(u"UPDATE complaint SET batch_id = ?1, line = ?2, %1 WHERE id = ?%2"_s.arg(
        assignments.join(u", "_s)).arg(storedCount + 3));
    if (!m_insert.isValid() || !m_find.isValid() || !m_update.isValid()) {
        *error = m_context.db->errorString();
        return false;
    }
    return true;
}

bool ComplaintRowWriter::encode(const TableRow &row, EncodedRow &out, QString *reason)
{
    QStringView orderNo;
    bool repairedKey = false;
    if (!readKey(row, m_columns[OrderNo], &orderNo, reason, &repairedKey))
        return false;
    if (orderNo.isEmpty()) {
        *reason = cellError(m_columns[OrderNo], tr("the work-order number is empty"));
        return false;
    }
    const QStringView acceptedText = cell(row, m_columns[AcceptedAt]);
    const DateTimeParts accepted = dateTime(acceptedText);
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
    if (repairedKey)
        out.addText(orderNo);
    else
        addCellText(out, row, m_columns[OrderNo]);
    out.addUtf8(QByteArrayView(acceptedIso, 19));
    out.addUtf8(QByteArrayView(acceptedIso, 7));
    const DateTimeParts archived = dateTime(cell(row, m_columns[ArchivedAt]));
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

RowWriter::Outcome ComplaintRowWriter::store(const EncodedRow &row, QString *reason)
{
    m_insert.bindInt(1, m_context.batchId);
    m_insert.bindInt(2, row.line);
    row.bind(m_insert, 0, row.size(), 3);
    if (!m_insert.exec()) {
        *reason = m_context.db->errorString();
        return Outcome::Rejected;
    }
    if (m_context.db->changes() == 0)
        return storeExisting(row, reason);
    if (row.flags & UnmappedCategory)
        ++m_unmappedRows;
    return Outcome::Inserted;
}

// The number is taken: the same values make a duplicate, other values
// update the stored complaint. The category-derived columns are not
// compared, so that an edited category map alone changes nothing.
RowWriter::Outcome ComplaintRowWriter::storeExisting(const EncodedRow &row, QString *reason)
{
    StoredRow stored;
    if (!findStored(m_find, row, storedCount - derivedCount, &stored, reason))
        return Outcome::Rejected;
    noteExisting(row, stored.sameValues, stored.batch, stored.line, stored.key);
    if (stored.sameValues)
        return Outcome::Duplicate;

    m_update.bindInt(1, m_context.batchId);
    m_update.bindInt(2, row.line);
    row.bind(m_update, 0, row.size(), 3);
    m_update.bindInt(storedCount + 3, stored.id);
    if (!m_update.exec()) {
        *reason = m_context.db->errorString();
        return Outcome::Rejected;
    }
    setUpdatedFacts();
    if (row.flags & UnmappedCategory)
        ++m_unmappedRows;
    return Outcome::Updated;
}

ComplaintFields ComplaintRowWriter::foldFields(const EncodedRow &row)
{
    const auto text = [&](int index) { return row.utf8At(index); };
    const auto number = [&](int index) {
        return row.isNull(index) ? std::nullopt : std::optional<qint64>(row.intAt(index));
    };
    ComplaintFields f;
    f.month = text(storedIndex("month"));
    f.product = text(storedIndex("product"));
    f.province = text(storedIndex("province"));
    f.city = text(storedIndex("city"));
    f.county = text(storedIndex("county"));
    f.grid = text(storedIndex("grid"));
    f.channel = text(storedIndex("channel"));
    f.category1 = text(storedIndex("category1"));
    f.category2 = text(storedIndex("category2"));
    f.category3 = text(storedIndex("category3"));
    f.stage = text(storedIndex("stage"));
    f.content = text(storedIndex("content"));
    f.elementCode = text(storedIndex("element_code"));
    f.department = text(storedIndex("department"));
    f.result = text(storedIndex("result"));
    if (constexpr int hours = storedIndex("duration_hours"); !row.isNull(hours))
        f.hours = row.doubleAt(hours);
    f.repeated = number(storedIndex("repeated"));
    f.escalated = number(storedIndex("escalated"));
    f.callbackRating = text(storedIndex("callback_rating"));
    return f;
}

QList<ImportNote> ComplaintRowWriter::kindNotes() const
{
    if (m_unmappedRows == 0)
        return {};
    QStringList names(m_unmapped.begin(), m_unmapped.end());
    names.sort();
    ImportNote note;
    note.code = u"unmapped_category"_s;
    note.count = m_unmappedRows;
    note.message = tr("%n row(s) have a complaint category the category map does not know (%1); they are filed "
                      "under the stage %2. Add the categories to the category map to place them on the journey.",
                      nullptr, int(m_unmappedRows))
                       .arg(names.join(u", "_s), CategoryMap::unmappedStage());
    return {note};
}


// Runs on the reading thread. A complaint file uses a dozen or two
// categories: a short list compared by view beats hashing a new QString
// for every row.
const ComplaintRowWriter::Placement &ComplaintRowWriter::category(QStringView category3, QStringView category2,
                                                                  QStringView category1)
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

} // namespace cx
