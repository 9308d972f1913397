#include "pipeline/rowwriter.h"

#include "io/tablereader.h"
#include "pipeline/complaintrowwriter.h"
#include "pipeline/keyedrowwriter.h"
#include "pipeline/surveyrowwriter.h"

#include <QTimeZone>

namespace cx {

using namespace Qt::StringLiterals;

namespace {

// Keys of rows that repeat an earlier row's key with other values, named in the note.
constexpr int maxNamedKeys = 5;

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

RowWriter::RowWriter(const WriteContext &context)
    : m_context(context)
{
}

RowWriter::~RowWriter() = default;

std::unique_ptr<RowWriter> RowWriter::create(const WriteContext &context)
{
    const QString kind = context.inspection->detection.kind;
    if (kind == "complaints"_L1)
        return std::make_unique<ComplaintRowWriter>(context);
    if (kind == "survey"_L1)
        return std::make_unique<SurveyRowWriter>(context);
    if (!kind.isEmpty() && !context.inspection->profile.table().isEmpty())
        return std::make_unique<KeyedRowWriter>(context);
    return nullptr;
}

bool RowWriter::encodeRow(const TableRow &row, EncodedRow &out, QString *reason)
{
    m_marks = 0;
    if (!encode(row, out, reason))
        return false;
    // Repairs count for rows that were imported; a rejected row says its reason.
    const std::pair<Mark, NoteTally *> tallies[] = {
        {Unwrapped, &m_unwrapped}, {SerialDate, &m_serialDates}, {OffsetDate, &m_offsetDates},
        {DecimalKey, &m_decimalKeys}};
    for (const auto &[mark, tally] : tallies)
        if (m_marks & mark)
            tally->add(row.line());
    return true;
}

QList<ImportNote> RowWriter::notes() const
{
    QList<ImportNote> notes;
    if (!m_unwrapped.isEmpty())
        notes << m_unwrapped.note(u"unwrapped_text"_s,
                                  tr("%n row(s) have cells written as =\"…\" (Excel's way of keeping text as text); "
                                     "the text inside the quotes was imported.",
                                     nullptr, int(m_unwrapped.count())));
    if (!m_decimalKeys.isEmpty())
        notes << m_decimalKeys.note(u"decimal_key"_s,
                                    tr("%n row(s) have a key written as a decimal number such as 12345.0; it was "
                                       "read as the whole number.",
                                       nullptr, int(m_decimalKeys.count())));
    if (!m_serialDates.isEmpty())
        notes << m_serialDates.note(u"excel_serial_date"_s,
                                    tr("%n row(s) have a date given as a plain number in a cell not formatted as a "
                                       "date; it was read as an Excel serial date.",
                                       nullptr, int(m_serialDates.count())));
    if (!m_offsetDates.isEmpty()) {
        const QTimeZone &zone = m_context.convert.timeZone;
        const QString zoneName = QString::fromUtf8(zone.isValid() ? zone.id() : QTimeZone::systemTimeZoneId());
        notes << m_offsetDates.note(u"utc_offset"_s,
                                    tr("%n row(s) have times written with Z or a UTC offset; they were converted to "
                                       "the workspace's time zone %1.",
                                       nullptr, int(m_offsetDates.count()))
                                        .arg(zoneName));
    }
    if (!m_updatedEarlier.isEmpty())
        notes << m_updatedEarlier.note(u"updated"_s,
                                       tr("%n row(s) have the key of a row imported before (from another file or "
                                          "sheet) but other values, and updated it: the later import wins.",
                                          nullptr, int(m_updatedEarlier.count())));
    if (!m_changedInFile.isEmpty()) {
        QStringList keys;
        for (const auto &[key, lines] : m_changedKeys)
            keys << tr("%1 (lines %2)").arg(key, ImportNote::lineList(lines));
        QString named = keys.join(u"; "_s);
        if (m_moreChangedKeys)
            named += u" …"_s;
        notes << m_changedInFile.note(u"key_repeated_in_file"_s,
                                      tr("%n row(s) repeat the key of an earlier row of this file with other values; "
                                         "the last one was kept, each counted as updated: %1.",
                                         nullptr, int(m_changedInFile.count()))
                                          .arg(named));
    }
    if (!m_repeatedInFile.isEmpty())
        notes << m_repeatedInFile.note(u"duplicate_in_file"_s,
                                       tr("%n row(s) repeat an earlier row of this file exactly and were counted as "
                                          "duplicates.",
                                          nullptr, int(m_repeatedInFile.count())));
    return notes + kindNotes();
}

bool RowWriter::findStored(sqlite::Statement &find, const EncodedRow &row, int values, StoredRow *stored,
                           QString *reason)
{
    row.bind(find, 0, 1, 1);
    if (!find.next()) {
        find.reset();
        *reason = tr("the row could not be stored (%1)").arg(m_context.db->errorString());
        return false;
    }
    stored->id = find.columnInt(0);
    stored->batch = find.columnInt(1);
    stored->line = find.columnInt(2);
    stored->key = find.columnText(3);
    stored->sameValues = true;
    for (int i = 1; stored->sameValues && i < values; ++i)
        stored->sameValues = row.equals(i, find, 3 + i);
    find.reset();
    return true;
}

void RowWriter::noteExisting(const EncodedRow &row, bool sameValues, qint64 earlierBatch, qint64 earlierLine,
                             const QString &key)
{
    const bool sameFile = earlierBatch == m_context.batchId;
    if (sameValues) {
        if (sameFile)
            m_repeatedInFile.add(row.line);
        return;
    }
    if (!sameFile) {
        m_updatedEarlier.add(row.line);
        return;
    }
    m_changedInFile.add(row.line);
    const auto known = std::find_if(m_changedKeys.begin(), m_changedKeys.end(),
                                    [&key](const auto &entry) { return entry.first == key; });
    if (known != m_changedKeys.end()) {
        if (known->second.size() < NoteTally::maxLines)
            known->second << row.line;
    } else if (m_changedKeys.size() < maxNamedKeys) {
        m_changedKeys.append({key, earlierLine > 0 ? QList<qint64>{earlierLine, row.line} : QList<qint64>{row.line}});
    } else {
        m_moreChangedKeys = true;
    }
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
    if (column < 0)
        return {};
    const QStringView trimmed = row.cell(column).trimmed();
    const QStringView text = ValueParser::unwrapFormulaText(trimmed);
    if (text.size() != trimmed.size())
        m_marks |= Unwrapped;
    return text;
}

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
            const QByteArrayView text = ValueParser::unwrapFormulaText(bytes);
            if (text.size() != bytes.size())
                m_marks |= Unwrapped;
            out.addUtf8(text);
            return;
        }
    }
    out.addText(cell(row, column));
}

DateTimeParts RowWriter::dateTime(QStringView text)
{
    const DateTimeParts parts = ValueParser::parseDateTime(text, m_context.convert);
    if (parts.origin & DateTimeParts::FromExcelSerial)
        m_marks |= SerialDate;
    if (parts.origin & DateTimeParts::FromUtcOffset)
        m_marks |= OffsetDate;
    return parts;
}

bool RowWriter::readKey(const TableRow &row, int column, QStringView *key, QString *reason, bool *repaired)
{
    const KeyCheck check = ValueParser::checkKey(cell(row, column));
    if (!check.problem.isEmpty()) {
        *reason = cellError(column, check.problem);
        return false;
    }
    if (check.repaired)
        m_marks |= DecimalKey;
    if (repaired)
        *repaired = check.repaired;
    *key = check.key;
    return true;
}

QString RowWriter::cellError(int column, const QString &problem) const
{
    return tr("column %1: %2").arg(columnName(column), problem);
}

} // namespace cx
