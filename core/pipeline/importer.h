#pragma once

#include "pipeline/fileinspection.h"
#include "pipeline/sqlite.h"

#include <QCoreApplication>
#include <QJsonObject>

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

/// What importing one file did.
struct ImportReport
{
    QString file;
    QString kind;
    QString encoding;
    QString sheet;
    qint64 headerRow = 0; ///< 1-based line of the header
    qint64 rowsRead = 0;  ///< rows below the header
    qint64 inserted = 0;
    qint64 duplicates = 0; ///< already in the workspace (or earlier in the file) with the same values
    qint64 replaced = 0;   ///< monthly figures whose values this later file changed
    qint64 skipped = 0;    ///< footer and remark rows
    qint64 rejected = 0;
    QList<RowRejection> errors; ///< the first rejections (all are kept in the workspace)
    QStringList notes;          ///< translated remarks (unmapped categories, replaced values ...)
    QString error;              ///< translated; set when the file failed and nothing of it was kept
    bool cancelled = false;
    qint64 batchId = 0;         ///< the import_batch row; 0 when nothing was kept

    bool failed() const { return !error.isEmpty(); }
    /// The object `cxwb-cli import --json` prints for the file.
    QJsonObject toJson() const;
};

/// Imports files into a workspace. Each file is one transaction: a file that
/// cannot be read, lacks a required column, fails midway or is cancelled
/// leaves the workspace exactly as it was. Bad rows are rejected with line
/// and reason (kept in `rejected_row`) while the good rows load; rows already
/// in the workspace are counted as duplicates, never stored twice.
///
/// Uses its own SQLite connection, so it may run on a worker thread while
/// the GUI keeps reading the workspace.
class Importer
{
    Q_DECLARE_TR_FUNCTIONS(cx::Importer)

public:
    /// Called now and then with bytes done and bytes in all.
    using Progress = std::function<void(qint64 done, qint64 total)>;

    explicit Importer(const QString &workspacePath);

    /// Store phone numbers unmasked (the workspace setting
    /// privacy.keepFullPhoneNumbers); masked by default.
    void setKeepFullPhoneNumbers(bool keep) { m_keepFullPhoneNumbers = keep; }

    /// The journey stages and saved mapping profiles of the workspace, as
    /// the inspector should see them (read once per Importer).
    FileInspector inspector() const;

    ImportReport importFile(const QString &path, const ImportOptions &options = {}, const Progress &progress = {},
                            const std::atomic_bool *cancel = nullptr);

    /// Imports a file already inspected (the wizard's preview).
    ImportReport importInspected(const FileInspection &inspection, const Progress &progress = {},
                                 const std::atomic_bool *cancel = nullptr);

    /// How many rejections a report lists; the workspace keeps them all.
    static constexpr int maxReportedErrors = 20;

private:
    bool openDatabase(QString *error);

    QString m_path;
    sqlite::Database m_db;
    bool m_keepFullPhoneNumbers = false;
    mutable std::optional<FileInspector> m_inspector;
};

} // namespace cx
