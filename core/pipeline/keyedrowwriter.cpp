#include "pipeline/keyedrowwriter.h"

#include "io/tablereader.h"

namespace cx {

using namespace Qt::StringLiterals;

KeyedRowWriter::KeyedRowWriter(const WriteContext &context)
    : RowWriter(context)
{
}

bool KeyedRowWriter::prepare(QString *error)
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
        (QStringList{u"batch_id"_s} + valueNames).join(u", "_s), table, keyTests.join(u" AND "_s)));
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

bool KeyedRowWriter::encode(const TableRow &row, EncodedRow &out, QString *reason)
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

QString KeyedRowWriter::keyText(const EncodedRow &row) const
{
    QStringList parts;
    for (int i = 0; i < m_keys.size(); ++i)
        if (const QString part = row.textAt(i); !part.isEmpty())
            parts << part;
    return parts.join(u" / "_s);
}

RowWriter::Outcome KeyedRowWriter::store(const EncodedRow &row, QString *reason)
{
    const int keyCount = int(m_keys.size());
    row.bind(m_select, 0, keyCount, 1);
    const bool exists = m_select.next();
    const qint64 earlierBatch = exists ? m_select.columnInt(0) : 0;
    bool same = exists;
    for (int i = 0; same && i < m_values.size(); ++i)
        same = row.equals(keyCount + i, m_select, 1 + i);
    m_select.reset();
    const QString key = keyText(row);
    if (exists)
        noteExisting(row, same, earlierBatch, m_lineOfKey.value(key), key);
    if (same)
        return Outcome::Duplicate;

    sqlite::Statement &statement = exists ? m_update : m_insert;
    row.bind(statement, 0, row.size(), 1);
    statement.bindInt(row.size() + 1, m_context.batchId);
    if (!statement.exec()) {
        *reason = m_context.db->errorString();
        return Outcome::Rejected;
    }
    m_lineOfKey.insert(key, row.line);
    return exists ? Outcome::Updated : Outcome::Inserted;
}

} // namespace cx
