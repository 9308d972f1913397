#pragma once

#include "import/valueparser.h"
#include "pipeline/encodedrow.h"
#include "pipeline/fileinspection.h"
#include "pipeline/sqlite.h"

#include <QCoreApplication>

#include <memory>

namespace cx {

class TableRow;

/// What a row writer needs to know about the file and the workspace.
struct WriteContext
{
    sqlite::Database *db = nullptr;
    qint64 batchId = 0;
    const FileInspection *inspection = nullptr;
    ConvertOptions convert;
    QStringList stages; ///< the workspace's journey stages
};

/// Writes the data rows of one kind of file into the workspace, inside the
/// importer's transaction, in two steps so that the importer can run them on
/// two threads: encode() validates and converts a row without touching the
/// database (reading thread); store() binds and writes it (the connection's
/// thread). A row is validated completely before anything of it is written,
/// so a rejected row leaves no trace but its rejection.
class RowWriter
{
    Q_DECLARE_TR_FUNCTIONS(cx::RowWriter)

public:
    enum class Outcome { Inserted, Duplicate, Replaced, Rejected };

    virtual ~RowWriter();

    /// The writer for the inspected kind; null for an unknown kind.
    static std::unique_ptr<RowWriter> create(const WriteContext &context);

    /// Prepares statements (and reads what encode() needs); false with a
    /// translated `error`. Runs before any encode().
    virtual bool prepare(QString *error) = 0;
    /// Validates and converts one data row into `out`; false with a
    /// translated `reason` when the row must be rejected.
    virtual bool encode(const TableRow &row, EncodedRow &out, QString *reason) = 0;
    /// Writes an encoded row; `reason` is set for Rejected.
    virtual Outcome store(const EncodedRow &row, QString *reason) = 0;
    /// What the user should know once the file is done (translated).
    virtual QStringList notes() const { return {}; }

protected:
    explicit RowWriter(const WriteContext &context);

    /// The column of a canonical field, -1 when the file has none.
    int column(const QString &field) const;
    /// The header text of a column, for messages.
    QString columnName(int column) const;
    /// The trimmed text of a cell; empty for a missing column.
    static QStringView cell(const TableRow &row, int column);
    /// Adds the trimmed text of a cell to `out`, from the reader's UTF-8
    /// bytes without decoding where it kept them.
    static void addCellText(EncodedRow &out, const TableRow &row, int column);
    /// "column 受理时间: '2024/13/45' is not a date" and the like.
    QString cellError(int column, const QString &problem) const;

    WriteContext m_context;
};

} // namespace cx
