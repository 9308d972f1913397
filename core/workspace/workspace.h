#pragma once

#include <QObject>
#include <QSqlDatabase>
#include <QString>

#include <memory>

class QUndoStack;
struct sqlite3;

namespace cx {

class LogCheckpointer;

/// Why a workspace could not be created or opened. Every refusal leaves the
/// file exactly as it was.
struct WorkspaceError
{
    enum class Code {
        None,
        NotFound,       ///< no file at the path
        AlreadyExists,  ///< create() over an existing file
        NotSqlite,      ///< the file is not an SQLite database at all
        NotWorkspace,   ///< an SQLite database, but not a CX Workbench workspace
        Corrupt,        ///< SQLite reports damage
        ReadOnly,       ///< the file or its folder cannot be written
        NewerVersion,   ///< written by a newer CX Workbench
        UnexpectedSchema, ///< tables, indexes, triggers or views other than this version creates
        OversizedValue, ///< a row larger than a workspace value may be (ConnectionLimits)
        Database,       ///< any other SQLite failure
    };

    Code code = Code::None;
    QString message; ///< translated, names the file and says what to do

    explicit operator bool() const { return code != Code::None; }
};

/// A `.cxw` workspace: one SQLite file holding imports, analyses and work
/// orders. Opened in WAL mode with foreign keys on; its schema is versioned
/// by `PRAGMA user_version` and migrated forward on open (after a backup copy
/// of the old file). Owns the undo stack of everything the user edits in it.
///
/// A workspace file may come from someone else, so it is treated as
/// untrusted input: every connection runs with SQLite's protections
/// (hardenConnection()), and open() refuses, without writing to the file, one
/// that is truncated, damaged, holds other database objects than its format
/// version creates (SchemaGuard) or a row larger than ConnectionLimits allow.
class Workspace : public QObject
{
    Q_OBJECT

public:
    ~Workspace() override;

    /// Creates a new workspace file; refuses to overwrite an existing one.
    static std::unique_ptr<Workspace> create(const QString &path, WorkspaceError *error);
    /// Opens an existing workspace, migrating an older schema forward.
    static std::unique_ptr<Workspace> open(const QString &path, WorkspaceError *error);

    QString path() const { return m_path; }
    QString displayName() const;

    /// The connection owned by the thread that opened the workspace.
    QSqlDatabase database() const;

    /// Opens a further connection to the same file for use on another
    /// thread (QtSql connections belong to the thread that made them), with
    /// the same protections; it is not open when they cannot be applied.
    /// The caller removes it with QSqlDatabase::removeDatabase(name).
    QSqlDatabase openConnection(const QString &connectionName) const;

    int schemaVersion() const;

    /// `PRAGMA integrity_check`: "ok", or SQLite's first complaint.
    QString integrityCheck() const;

    QUndoStack *undoStack() const { return m_undoStack; }

    /// Tells views that data changed (an import, a deletion, a work order edit).
    void notifyDataChanged();
    /// This process wrote data that it tells its views of in another way (a
    /// saved work order): the next look at the file does not take it for a
    /// change made elsewhere.
    void noteOwnWrite();

Q_SIGNALS:
    /// The data changed, here (notifyDataChanged()) or elsewhere.
    void dataChanged();
    /// Another program, such as cxwb-cli, imported or deleted rows or changed
    /// work orders; dataChanged() follows.
    void changedElsewhere();

private:
    explicit Workspace(const QString &path, const QString &connectionName);
    bool initialize(WorkspaceError *error, bool existing);
    bool checkContent(sqlite3 *handle, int *version, WorkspaceError *error) const;
    bool backUp(sqlite3 *handle, int version, WorkspaceError *error) const;
    static QString notWorkspaceMessage(const QString &nativePath);
    static QString newerVersionMessage(const QString &nativePath, int version);
    static bool seedDefaults(QSqlDatabase &db);

    QString m_path;
    QString m_connectionName;
    QUndoStack *m_undoStack = nullptr;
    LogCheckpointer *m_checkpointer = nullptr;
};

/// The `PRAGMA application_id` stamped on every workspace ("CXWB").
constexpr int workspaceApplicationId = 0x43585742;

} // namespace cx
