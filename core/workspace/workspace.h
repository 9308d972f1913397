#pragma once

#include <QObject>
#include <QSqlDatabase>
#include <QString>

#include <memory>

class QUndoStack;

namespace cx {

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
    /// thread (QtSql connections belong to the thread that made them).
    /// The caller removes it with QSqlDatabase::removeDatabase(name).
    QSqlDatabase openConnection(const QString &connectionName) const;

    int schemaVersion() const;

    /// `PRAGMA integrity_check`: "ok", or SQLite's first complaint.
    QString integrityCheck() const;

    QUndoStack *undoStack() const { return m_undoStack; }

    /// Tells views that data changed (an import, a deletion, a work order edit).
    void notifyDataChanged();

Q_SIGNALS:
    void dataChanged();

private:
    explicit Workspace(const QString &path, const QString &connectionName);
    bool initialize(WorkspaceError *error);
    static bool seedDefaults(QSqlDatabase &db);

    QString m_path;
    QString m_connectionName;
    QUndoStack *m_undoStack = nullptr;
};

/// The `PRAGMA application_id` stamped on every workspace ("CXWB").
constexpr int workspaceApplicationId = 0x43585742;

} // namespace cx
