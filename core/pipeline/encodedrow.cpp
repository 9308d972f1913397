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
    m_values.push_back(Value{Type::Int, value, 0, 0, 0});
}

void EncodedRow::addDouble(double value)
{
    m_values.push_back(Value{Type::Double, 0, value, 0, 0});
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
    m_values.push_back(Value{Type::Text, 0, 0, quint32(offset), quint32(m_text.size() - offset)});
}

void EncodedRow::addUtf8(QByteArrayView bytes)
{
    if (bytes.isEmpty()) {
        addNull();
        return;
    }
    const size_t offset = m_text.size();
    m_text.append(bytes.data(), size_t(bytes.size()));
    m_values.push_back(Value{Type::Text, 0, 0, quint32(offset), quint32(bytes.size())});
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
            statement.bindUtf8Static(position, m_text.data() + value.offset, int(value.size));
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
        return QString::fromUtf8(m_text.data() + value.offset, qsizetype(value.size));
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
        return stored.size() == qsizetype(value.size)
            && std::memcmp(stored.constData(), m_text.data() + value.offset, value.size) == 0;
    }
    case Type::Null:
        break;
    }
    return false;
}

} // namespace cx
