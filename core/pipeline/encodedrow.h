#pragma once

#include "import/rowfilter.h"
#include "pipeline/sqlite.h"

#include <QString>
#include <QStringEncoder>

#include <string>
#include <vector>

namespace cx {

/// One data row converted for the workspace on the reading thread: the values
/// to bind, in the writer's order, with every text encoded to UTF-8 once.
/// The writing thread only binds and steps.
class EncodedRow
{
public:
    void clear();

    void addNull();
    void addInt(qint64 value);
    void addDouble(double value);
    /// An empty text is stored as NULL unless `emptyAsNull` is false.
    void addText(QStringView text, bool emptyAsNull = true);
    /// Text already in valid UTF-8; empty is stored as NULL.
    void addUtf8(QByteArrayView bytes);

    int size() const { return int(m_values.size()); }
    bool isNull(int index) const { return m_values[size_t(index)].type == Type::Null; }
    qint64 intAt(int index) const { return m_values[size_t(index)].integer; }
    double doubleAt(int index) const { return m_values[size_t(index)].real; }
    /// Value `index`'s UTF-8 bytes, valid while the row is unchanged; empty
    /// for NULL (or a number).
    QByteArrayView utf8At(int index) const
    {
        const Value &value = m_values[size_t(index)];
        return value.type == Type::Text ? QByteArrayView(m_text.data() + value.text.offset, qsizetype(value.text.size))
                                        : QByteArrayView();
    }
    /// Value `index` as text, for messages ("" for NULL).
    QString textAt(int index) const;

    /// Binds values [first, first + count) to positions position, position + 1, ...
    void bind(sqlite::Statement &statement, int first, int count, int position) const;
    /// Whether value `index` equals column `column` of the statement's current row.
    bool equals(int index, const sqlite::Statement &statement, int column) const;

    qint64 line = 0;
    quint32 flags = 0;      ///< writer-specific marks (e.g. an unmapped category)
    bool rejected = false;  ///< not valid; see reason, raw, kind
    QString reason;
    QString raw;
    RowKind kind = RowKind::Data;

private:
    enum class Type : quint8 { Null, Int, Double, Text };
    struct TextSpan
    {
        quint32 offset;
        quint32 size;
    };
    // 16 bytes: a row of 25 values is copied and read per complaint.
    struct Value
    {
        Type type = Type::Null;
        union {
            qint64 integer = 0;
            double real;
            TextSpan text;
        };
    };
    static_assert(sizeof(Value) == 16);

    void addSpan(size_t offset, size_t size);

    std::vector<Value> m_values;
    std::string m_text;
    QStringEncoder m_encoder{QStringEncoder::Utf8};
};

} // namespace cx
