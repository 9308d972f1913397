#pragma once

#include "analytics/complaintfields.h"
#include "import/categorymap.h"
#include "pipeline/rowwriter.h"

#include <QSet>

#include <array>

namespace cx {

/// Writes complaint work orders, the big table: a million rows must load in
/// seconds. Dates are formatted into a stack buffer and cells read as views
/// of the row buffer, so encoding a row allocates nothing beyond its
/// EncodedRow (whose buffers are reused). The work-order number is the key.
class ComplaintRowWriter : public RowWriter
{
    // Its own context: the messages it writes are catalogued under this class.
    Q_DECLARE_TR_FUNCTIONS(cx::ComplaintRowWriter)

public:
    explicit ComplaintRowWriter(const WriteContext &context);

    bool prepare(QString *error) override;
    Outcome store(const EncodedRow &row, QString *reason) override;

    /// The fields the aggregates count of a row encode() made (see
    /// ComplaintImportFold), as views of its values.
    static ComplaintFields foldFields(const EncodedRow &row);

protected:
    bool encode(const TableRow &row, EncodedRow &out, QString *reason) override;
    QList<ImportNote> kindNotes() const override;

private:
    enum Field {
        OrderNo, AcceptedAt, ArchivedAt, Channel, Phone,
        CustomerLevel, Province, City, County, Grid, Product, Category1, Category2, Category3, Content, Department,
        Result, Duration, Repeated, Escalated, Callback, FieldCount
    };

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

    const Placement &category(QStringView category3, QStringView category2, QStringView category1);
    Outcome storeExisting(const EncodedRow &row, QString *reason);

    static constexpr quint32 UnmappedCategory = 1;

    int m_columns[FieldCount] = {};
    sqlite::Statement m_insert;
    sqlite::Statement m_find;
    sqlite::Statement m_update;
    CategoryMap m_categories;
    QList<Placement> m_categoryCache;
    QSet<QString> m_unmapped;
    qint64 m_unmappedRows = 0;
};

} // namespace cx
