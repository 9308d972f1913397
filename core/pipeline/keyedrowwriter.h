#pragma once

#include "pipeline/rowwriter.h"

#include <QHash>

namespace cx {

/// Writes the small tables keyed by product and month, indicator code, or
/// code, month and city (monthly figures, funnel rates, indicators and their
/// values), with the columns of the kind's mapping profile. A key already
/// stored with other values is updated: a later monthly file corrects an
/// earlier one.
class KeyedRowWriter : public RowWriter
{
    // Its own context: the messages it writes are catalogued under this class.
    Q_DECLARE_TR_FUNCTIONS(cx::KeyedRowWriter)

public:
    explicit KeyedRowWriter(const WriteContext &context);

    bool prepare(QString *error) override;
    Outcome store(const EncodedRow &row, QString *reason) override;

protected:
    bool encode(const TableRow &row, EncodedRow &out, QString *reason) override;

private:
    struct Column
    {
        const FieldSpec *field = nullptr;
        int column = -1;
    };

    QString keyText(const EncodedRow &row) const;

    QList<Column> m_keys;
    QList<Column> m_values;
    sqlite::Statement m_select;
    sqlite::Statement m_insert;
    sqlite::Statement m_update;
    QHash<QString, qint64> m_lineOfKey; // the line each key was last stored from in this file
};

} // namespace cx
