#include "pipeline/encodedrow.h"

#include <cmath>
#include <cstring>

namespace cx {

void EncodedRow::clear()
{
    m_values.clear();
    m_text.clear();
    line = 0;
    flags = 0;
    rejected = false;
    reason.clear();
    raw.clear();
    kind = RowKind::Data;
}

void EncodedRow::addNull()
{
    m_values.push_back(Value{});
}

void EncodedRow::addInt(qint64 value)
{
    Value v;
    v.type = Type::Int;
    v.integer = value;
    m_values.push_back(v);
}

void EncodedRow::addDouble(double value)
{
    Value v;
    v.type = Type::Double;
    v.real = value;
    m_values.push_back(v);
}

void EncodedRow::addText(QStringView text, bool emptyAsNull)
{
    if (text.isEmpty() && emptyAsNull) {
        addNull();
        return;
    }
    const size_t offset = m_text.size();
    // A UTF-16 unit never needs more than three UTF-8 bytes.
    m_text.resize(offset + 3 * size_t(text.size()));
    char *end = m_encoder.appendToBuffer(m_text.data() + offset, text);
    m_text.resize(size_t(end - m_text.data()));
    addSpan(offset, m_text.size() - offset);
}

void EncodedRow::addUtf8(QByteArrayView bytes)
{
    if (bytes.isEmpty()) {
        addNull();
        return;
    }
    const size_t offset = m_text.size();
    m_text.append(bytes.data(), size_t(bytes.size()));
    addSpan(offset, size_t(bytes.size()));
}

void EncodedRow::addSpan(size_t offset, size_t size)
{
    Value v;
    v.type = Type::Text;
    v.text = TextSpan{quint32(offset), quint32(size)};
    m_values.push_back(v);
}

void EncodedRow::bind(sqlite::Statement &statement, int first, int count, int position) const
{
    for (int i = first; i < first + count; ++i, ++position) {
        const Value &value = m_values[size_t(i)];
        switch (value.type) {
        case Type::Null:
            statement.bindNull(position);
            break;
        case Type::Int:
            statement.bindInt(position, value.integer);
            break;
        case Type::Double:
            statement.bindDouble(position, value.real);
            break;
        case Type::Text:
            statement.bindUtf8Static(position, m_text.data() + value.text.offset, int(value.text.size));
            break;
        }
    }
}

QString EncodedRow::textAt(int index) const
{
    const Value &value = m_values[size_t(index)];
    switch (value.type) {
    case Type::Null:
        return {};
    case Type::Int:
        return QString::number(value.integer);
    case Type::Double:
        return QString::number(value.real);
    case Type::Text:
        return QString::fromUtf8(m_text.data() + value.text.offset, qsizetype(value.text.size));
    }
    return {};
}

bool EncodedRow::equals(int index, const sqlite::Statement &statement, int column) const
{
    const Value &value = m_values[size_t(index)];
    if (value.type == Type::Null || statement.columnIsNull(column))
        return value.type == Type::Null && statement.columnIsNull(column);
    switch (value.type) {
    case Type::Int:
        return statement.columnInt(column) == value.integer;
    case Type::Double:
        return std::abs(statement.columnDouble(column) - value.real) <= 1e-9 * std::max(1.0, std::abs(value.real));
    case Type::Text: {
        const QByteArray stored = statement.columnUtf8(column);
        return stored.size() == qsizetype(value.text.size)
            && std::memcmp(stored.constData(), m_text.data() + value.text.offset, value.text.size) == 0;
    }
    case Type::Null:
        break;
    }
    return false;
}

} // namespace cx
