#pragma once

#include "import/valueparser.h"
#include "pipeline/encodedrow.h"
#include "pipeline/fileinspection.h"
#include "pipeline/importnote.h"
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
/// two threads: encodeRow() validates and converts a row without touching
/// the database (reading thread); store() binds and writes it (the
/// connection's thread). A row is validated completely before anything of it
/// is written, so a rejected row leaves no trace but its rejection.
///
/// A row whose key is already stored is compared with the stored row: the
/// same values make a duplicate, other values update the stored row (the
/// later row wins, within a file as between files). What had to be repaired
/// or decided is tallied for notes().
class RowWriter
{
    Q_DECLARE_TR_FUNCTIONS(cx::RowWriter)

public:
    enum class Outcome { Inserted, Updated, Duplicate, Rejected };

    virtual ~RowWriter();

    /// The writer for the inspected kind; null for an unknown kind.
    static std::unique_ptr<RowWriter> create(const WriteContext &context);

    /// Prepares statements (and reads what encodeRow() needs); false with a
    /// translated `error`. Runs before any encodeRow().
    virtual bool prepare(QString *error) = 0;
    /// Validates and converts one data row into `out`; false with a
    /// translated `reason` when the row must be rejected.
    bool encodeRow(const TableRow &row, EncodedRow &out, QString *reason);
    /// Writes an encoded row; `reason` is set for Rejected.
    virtual Outcome store(const EncodedRow &row, QString *reason) = 0;
    /// What the user should know once the file is done (translated).
    QList<ImportNote> notes() const;
    /// Whether stored complaints or survey responses were changed in place
    /// (the analysis aggregates then no longer match them).
    bool updatedFacts() const { return m_updatedFacts; }

protected:
    explicit RowWriter(const WriteContext &context);

    /// The kind's own validation and conversion (see encodeRow()).
    virtual bool encode(const TableRow &row, EncodedRow &out, QString *reason) = 0;
    /// Notes of the kind beyond the common ones.
    virtual QList<ImportNote> kindNotes() const { return {}; }

    /// The column of a canonical field, -1 when the file has none.
    int column(const QString &field) const;
    /// The header text of a column, for messages.
    QString columnName(int column) const;
    /// The trimmed text of a cell, unwrapped from `="…"`; empty for a
    /// missing column.
    QStringView cell(const TableRow &row, int column);
    /// Adds the text of a cell as cell() reads it to `out`, from the
    /// reader's UTF-8 bytes without decoding where it kept them.
    void addCellText(EncodedRow &out, const TableRow &row, int column);
    /// A date and time read with the file's options (Excel serials only in
    /// workbooks, UTC offsets converted to the workspace's zone).
    DateTimeParts dateTime(QStringView text);
    /// The key in a key cell, or false with `reason` when Excel turned it
    /// into a number that cannot identify a row (see ValueParser::checkKey).
    /// `*repaired` (may be null) tells a key read from a decimal form.
    bool readKey(const TableRow &row, int column, QStringView *key, QString *reason, bool *repaired = nullptr);
    /// "column 受理时间: '2024/13/45' is not a date" and the like.
    QString cellError(int column, const QString &problem) const;

    /// The stored row a row's key (its first value) met.
    struct StoredRow
    {
        qint64 id = 0;
        qint64 batch = 0;       ///< this batch: the row came earlier in the same file
        qint64 line = 0;        ///< 0 where unknown
        QString key;
        bool sameValues = false;
    };
    /// Runs `find` (SELECT id, batch_id, line, <the row's values in order>
    /// … WHERE key = ?1) for `row` and compares values 1 .. `values` - 1.
    /// False with `reason` when there is no such row (the insert was
    /// refused for another reason).
    bool findStored(sqlite::Statement &find, const EncodedRow &row, int values, StoredRow *stored, QString *reason);
    /// Tallies a row that met a stored row with its key: `sameValues` for a
    /// duplicate, else an update; `earlierBatch` and `earlierLine` say where
    /// the stored row came from (this batch: earlier in the same file).
    void noteExisting(const EncodedRow &row, bool sameValues, qint64 earlierBatch, qint64 earlierLine,
                      const QString &key);
    /// Marks that a stored fact row changed (see updatedFacts()).
    void setUpdatedFacts() { m_updatedFacts = true; }

    WriteContext m_context;

private:
    // What encode() had to do to the row being encoded (reading thread).
    enum Mark : quint32 { Unwrapped = 1, SerialDate = 2, OffsetDate = 4, DecimalKey = 8 };
    quint32 m_marks = 0;
    NoteTally m_unwrapped;
    NoteTally m_serialDates;
    NoteTally m_offsetDates;
    NoteTally m_decimalKeys;

    // What store() met (writing thread).
    NoteTally m_updatedEarlier;
    NoteTally m_repeatedInFile;
    NoteTally m_changedInFile;
    QList<std::pair<QString, QList<qint64>>> m_changedKeys; // the first keys repeated with other values, their lines
    bool m_moreChangedKeys = false;
    bool m_updatedFacts = false;
};

} // namespace cx
