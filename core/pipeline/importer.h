#pragma once

#include "pipeline/fileinspection.h"
#include "pipeline/importnote.h"
#include "pipeline/sqlite.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QTimeZone>

#include <atomic>
#include <functional>
#include <optional>

namespace cx {

/// A data row that was not imported, with why.
struct RowRejection
{
    qint64 line = 0; ///< 1-based line in the file (sheet row for XLSX)
    QString reason;  ///< translated
};

/// What importing a text file, or one sheet of a workbook, did: one import
/// batch. Every row is accounted for:
/// rowsRead == inserted + updated + duplicates + skipped + rejected.
struct SheetReport
{
    QString sheet;         ///< empty for a text file
    qint64 headerRow = 0;  ///< 1-based line of the header
    qint64 rowsRead = 0;   ///< every non-blank row but the header
    qint64 inserted = 0;
    qint64 updated = 0;    ///< rows with a key already in the workspace (or earlier in the file) and other values: they replaced those
    qint64 duplicates = 0; ///< rows with a key already in the workspace (or earlier in the file) and the same values
    qint64 skipped = 0;    ///< titles above the header, totals and remarks below it
    qint64 rejected = 0;
    QList<RowRejection> errors; ///< the first rejections (all are kept in the workspace)
    QList<ImportNote> notes;    ///< what was guessed, repaired or decided
    qint64 batchId = 0;         ///< the import_batch row; 0 when nothing was kept

    /// Whether the counts add up to the rows read.
    bool isBalanced() const { return rowsRead == inserted + updated + duplicates + skipped + rejected; }
    QJsonObject toJson() const;
};

/// What importing one file did: a SheetReport per sheet imported (one for a
/// text file), the sheets left out, or the error that kept all of it out.
struct ImportReport
{
    QString file;     ///< the path as given
    QString kind;
    QString encoding;
    QList<SheetReport> sheets;
    QList<SkippedSheet> skippedSheets;
    QString error;    ///< translated; set when the file failed and nothing of it was kept
    bool cancelled = false;

    bool failed() const { return !error.isEmpty(); }
    /// The sheets' counts added up (sheet, header row, notes and errors left empty).
    SheetReport totals() const;
    qint64 rowsRead() const { return totals().rowsRead; }
    qint64 inserted() const { return totals().inserted; }
    qint64 updated() const { return totals().updated; }
    qint64 duplicates() const { return totals().duplicates; }
    qint64 skipped() const { return totals().skipped; }
    qint64 rejected() const { return totals().rejected; }
    /// The notes of every sheet.
    QList<ImportNote> notes() const;
    /// The object `cxwb-cli import --json` prints for the file: its totals,
    /// `sheets` (one object per sheet imported) and `sheets_not_imported`.
    QJsonObject toJson() const;
};

/// Imports files into a workspace. Each file is one transaction, the sheets
/// of a workbook included: a file that cannot be read, lacks a required
/// column, fails midway or is cancelled leaves the workspace exactly as it
/// was. Bad rows are rejected with line and reason (kept in `rejected_row`)
/// while the good rows load. A row whose key is already in the workspace
/// with the same values is a duplicate; with other values it updates the
/// stored row (the later import wins: a work order's status moves on between
/// monthly exports). Each sheet (or text file) becomes an import batch with
/// its counts and notes.
///
/// Uses its own SQLite connection, so it may run on a worker thread while
/// the GUI keeps reading the workspace. Callers that may run beside another
/// import hold an ImportLock.
class Importer
{
    Q_DECLARE_TR_FUNCTIONS(cx::Importer)

public:
    /// Called now and then with the work done and the work in all: the
    /// bytes of each part (sheet) read, then the rows folded into the
    /// aggregates (see finishImportFold()).
    using Progress = std::function<void(qint64 done, qint64 total)>;

    explicit Importer(const QString &workspacePath);

    /// Store phone numbers unmasked (the workspace setting
    /// privacy.keepFullPhoneNumbers); masked by default.
    void setKeepFullPhoneNumbers(bool keep) { m_keepFullPhoneNumbers = keep; }
    /// The zone times written with a UTC offset are converted to (the
    /// workspace setting import.timeZone); the system's by default.
    void setTimeZone(const QTimeZone &zone) { m_timeZone = zone; }

    /// The journey stages and saved mapping profiles of the workspace, as
    /// the inspector should see them (read once per Importer).
    FileInspector inspector() const;

    /// Plans (every sheet of the kind, or options.sheet) and imports a file.
    ImportReport importFile(const QString &path, const ImportOptions &options = {}, const Progress &progress = {},
                            const std::atomic_bool *cancel = nullptr);

    /// Imports a file already planned (the wizard's preview).
    ImportReport importPlan(const ImportPlan &plan, const Progress &progress = {},
                            const std::atomic_bool *cancel = nullptr);

    /// How many rejections a report lists; the workspace keeps them all.
    static constexpr int maxReportedErrors = 20;

private:
    struct Part;
    bool openDatabase(QString *error);
    bool importPart(Part &part);
    bool keepPart(Part &part, const QString &fingerprint);

    QString m_path;
    sqlite::Database m_db;
    bool m_keepFullPhoneNumbers = false;
    QTimeZone m_timeZone;
    mutable std::optional<FileInspector> m_inspector;
};

} // namespace cx
