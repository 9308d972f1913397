#include "workspace/workspace.h"

#include "import/categorymap.h"
#include "import/journeystages.h"
#include "pipeline/sqlite.h"
#include "workspace/hardening.h"
#include "workspace/logcheckpointer.h"
#include "workspace/schema.h"
#include "workspace/schemaguard.h"

#include <QAtomicInt>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QUndoStack>
#include <QtEndian>

#include <algorithm>

#include <sqlite3.h>

namespace cx {

using namespace Qt::StringLiterals;

namespace {

// Above this size the open-time integrity check would keep the user waiting
// for seconds; such files are checked on demand instead.
constexpr qint64 integrityCheckAtOpenLimit = 256LL * 1024 * 1024;

QString uniqueConnectionName()
{
    static QAtomicInt counter;
    return u"cxw-%1"_s.arg(counter.fetchAndAddRelaxed(1));
}

void setError(WorkspaceError *error, WorkspaceError::Code code, const QString &message)
{
    if (error)
        *error = WorkspaceError{code, message};
}

bool hasWritePermission(const QFileInfo &info)
{
    // The mode bits are checked as well as access(): root may write anywhere,
    // but a file or folder the user marked read-only is still refused.
    constexpr auto writeBits = QFile::WriteOwner | QFile::WriteGroup | QFile::WriteOther;
    return info.isWritable() && (info.permissions() & writeBits);
}

// What the 100-byte SQLite header says, read without opening the database so
// that a refused file is not touched at all (no -wal or -shm beside it).
struct Header
{
    enum class Kind { Sqlite, Empty, NotSqlite, Unreadable };
    Kind kind = Kind::Unreadable;
    int userVersion = 0;
    int applicationId = 0;
    qint64 pageSize = 0;     ///< 0 when the header holds no valid page size
    qint64 pageCount = 0;    ///< 0 when the header's page count is not valid
    qint64 fileSize = 0;
};

Header readHeader(const QString &path)
{
    Header header;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return header;
    const QByteArray bytes = file.read(100);
    static const QByteArray magic("SQLite format 3\0", 16);
    header.fileSize = file.size();
    if (file.size() == 0) {
        header.kind = Header::Kind::Empty;
    } else if (bytes.size() < 100 || !bytes.startsWith(magic)) {
        header.kind = Header::Kind::NotSqlite;
    } else {
        header.kind = Header::Kind::Sqlite;
        header.userVersion = qFromBigEndian<qint32>(bytes.constData() + 60);
        header.applicationId = qFromBigEndian<qint32>(bytes.constData() + 68);
        // The page size is a power of two from 512 to 65536 (stored as 1).
        const qint64 pageSize = qFromBigEndian<quint16>(bytes.constData() + 16);
        header.pageSize = pageSize == 1 ? 65536 : pageSize;
        if (header.pageSize < 512 || (header.pageSize & (header.pageSize - 1)) != 0)
            header.pageSize = 0;
        // The page count is only valid when the change counter matches the
        // "version valid for" number (older writers did not keep it).
        if (qFromBigEndian<quint32>(bytes.constData() + 24) == qFromBigEndian<quint32>(bytes.constData() + 92))
            header.pageCount = qFromBigEndian<quint32>(bytes.constData() + 28);
    }
    return header;
}

void applyConnectionPragmas(QSqlDatabase &db)
{
    QSqlQuery q(db);
    q.exec(u"PRAGMA foreign_keys = ON"_s);
    q.exec(u"PRAGMA busy_timeout = 10000"_s);
    q.exec(u"PRAGMA synchronous = NORMAL"_s);
}

QSqlDatabase addConnection(const QString &path, const QString &name)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
    db.setDatabaseName(path);
    db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=10000"_s);
    return db;
}

// Opens a connection with SQLite's protections for untrusted files in place
// before the first statement that reads the file; null (and `reason`) when
// either fails.
sqlite3 *openHardened(QSqlDatabase &db, QString *reason)
{
    if (!db.open()) {
        *reason = db.lastError().text();
        return nullptr;
    }
    sqlite3 *handle = sqliteHandle(db, reason);
    if (!handle || !hardenConnection(handle, reason)) {
        db.close();
        return nullptr;
    }
    return handle;
}

// The largest row of any table or index, from the page-level statistics:
// no value is decoded, so an oversized one costs nothing to find.
struct LargestRow
{
    QString table;
    qint64 bytes = 0;
};

LargestRow largestRowAbove(sqlite3 *db, qint64 limit)
{
    // Builds without the dbstat table skip the check (the statement does
    // not prepare): reads of such a value still fail, on the length limit.
    sqlite::Statement q(db, u"SELECT name, mx_payload FROM dbstat WHERE aggregate = 1 AND mx_payload > ?1 "
                            "ORDER BY mx_payload DESC LIMIT 1"_s);
    q.bindInt(1, limit);
    if (!q.next())
        return {};
    return {q.columnText(0), q.columnInt(1)};
}

} // namespace

Workspace::Workspace(const QString &path, const QString &connectionName)
    : m_path(path)
    , m_connectionName(connectionName)
    , m_undoStack(new QUndoStack(this))
{
}

Workspace::~Workspace()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

std::unique_ptr<Workspace> Workspace::create(const QString &path, WorkspaceError *error)
{
    const QFileInfo info(path);
    const QString nativePath = QDir::toNativeSeparators(info.absoluteFilePath());
    if (info.exists()) {
        setError(error, WorkspaceError::Code::AlreadyExists,
                 tr("%1 already exists. Open it, or choose another name for the new workspace.").arg(nativePath));
        return nullptr;
    }
    const QFileInfo folder(info.absolutePath());
    if (!folder.isDir()) {
        setError(error, WorkspaceError::Code::NotFound,
                 tr("The folder %1 does not exist.").arg(QDir::toNativeSeparators(folder.absoluteFilePath())));
        return nullptr;
    }
    if (!hasWritePermission(folder)) {
        setError(error, WorkspaceError::Code::ReadOnly,
                 tr("Cannot create %1: the folder is read-only. Choose a folder you can write to.").arg(nativePath));
        return nullptr;
    }

    std::unique_ptr<Workspace> workspace(new Workspace(info.absoluteFilePath(), uniqueConnectionName()));
    if (!workspace->initialize(error, false)) {
        workspace.reset();
        for (const char *suffix : {"", "-wal", "-shm", "-journal"})
            QFile::remove(info.absoluteFilePath() + QLatin1StringView(suffix));
        return nullptr;
    }
    return workspace;
}

std::unique_ptr<Workspace> Workspace::open(const QString &path, WorkspaceError *error)
{
    const QFileInfo info(path);
    const QString nativePath = QDir::toNativeSeparators(info.absoluteFilePath());
    if (!info.exists() || !info.isFile()) {
        setError(error, WorkspaceError::Code::NotFound, tr("%1 does not exist.").arg(nativePath));
        return nullptr;
    }

    const Header header = readHeader(path);
    // With committed pages in a -wal file beside it (the workspace is open
    // elsewhere, or was not closed), the file's own header may be older than
    // the database, or missing when nothing was checkpointed yet: what it
    // says is then read through SQLite (checkContent()).
    const bool pendingLog = hasPendingLog(path);
    switch (header.kind) {
    case Header::Kind::Unreadable:
        setError(error, WorkspaceError::Code::Database,
                 tr("Cannot read %1. Check that you have permission to open it.").arg(nativePath));
        return nullptr;
    case Header::Kind::Empty:
        if (pendingLog)
            break;
        [[fallthrough]];
    case Header::Kind::NotSqlite:
        setError(error, WorkspaceError::Code::NotSqlite,
                 tr("%1 is not a CX Workbench workspace (it is not an SQLite database).").arg(nativePath));
        return nullptr;
    case Header::Kind::Sqlite:
        break;
    }
    if (!pendingLog && header.applicationId != workspaceApplicationId) {
        setError(error, WorkspaceError::Code::NotWorkspace,
                 notWorkspaceMessage(nativePath));
        return nullptr;
    }
    if (!pendingLog && header.userVersion > currentSchemaVersion()) {
        setError(error, WorkspaceError::Code::NewerVersion, newerVersionMessage(nativePath, header.userVersion));
        return nullptr;
    }
    if (!pendingLog && header.pageSize == 0) {
        setError(error, WorkspaceError::Code::Corrupt,
                 tr("%1 is damaged (its header names no valid page size). Restore it from a backup copy.")
                     .arg(nativePath));
        return nullptr;
    }
    const qint64 describedSize = header.pageCount * header.pageSize;
    if (!pendingLog && (header.fileSize < describedSize || header.fileSize % header.pageSize != 0)) {
        setError(error, WorkspaceError::Code::Corrupt,
                 tr("%1 is incomplete: it has %2 bytes where its header describes %3. It was probably cut short "
                    "while being copied; copy it again or restore it from a backup copy.")
                     .arg(nativePath)
                     .arg(header.fileSize)
                     .arg(std::max(describedSize, (header.fileSize / header.pageSize + 1) * header.pageSize)));
        return nullptr;
    }
    if (!hasWritePermission(info) || !hasWritePermission(QFileInfo(info.absolutePath()))) {
        setError(error, WorkspaceError::Code::ReadOnly,
                 tr("%1 is in a read-only location. Copy it to a folder you can write to and open the copy.")
                     .arg(nativePath));
        return nullptr;
    }

    std::unique_ptr<Workspace> workspace(new Workspace(info.absoluteFilePath(), uniqueConnectionName()));
    if (!workspace->initialize(error, true))
        return nullptr;
    return workspace;
}

QString Workspace::notWorkspaceMessage(const QString &nativePath)
{
    return tr("%1 is an SQLite database but not a CX Workbench workspace.").arg(nativePath);
}

QString Workspace::newerVersionMessage(const QString &nativePath, int version)
{
    return tr("%1 was saved by a newer version of CX Workbench (workspace format %2; this version reads up to %3). "
              "Update CX Workbench to open it.")
        .arg(nativePath)
        .arg(version)
        .arg(currentSchemaVersion());
}

bool Workspace::initialize(WorkspaceError *error, bool existing)
{
    const bool hadLog = hasPendingLog(m_path);
    const bool hadIndex = QFile::exists(m_path + u"-shm"_s);
    QSqlDatabase db = addConnection(m_path, m_connectionName);
    const QString nativePath = QDir::toNativeSeparators(m_path);
    QString reason;
    sqlite3 *handle = openHardened(db, &reason);
    if (!handle) {
        setError(error, WorkspaceError::Code::Database, tr("Cannot open %1: %2").arg(nativePath, reason));
        return false;
    }

    // Reading only: a damaged or altered file is refused before anything is
    // written to it, and an older one is copied before it is migrated.
    int version = 0;
    if (existing && (!checkContent(handle, &version, error) || !backUp(handle, version, error))) {
        // A refused file that came with a -wal file stays as it came: closing
        // must not checkpoint the log into it. The -shm index it needed goes
        // again unless it was there before (then someone else has it open).
        if (hadLog)
            sqlite3_db_config(handle, SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE, 1, nullptr);
        db.close();
        if (hadLog && !hadIndex)
            QFile::remove(m_path + u"-shm"_s);
        return false;
    }

    QSqlQuery q(db);
    // 16 KiB pages rather than SQLite's 4 KiB: a million-complaint import
    // then writes and reads back a quarter of the pages, and takes a fifth
    // less CPU. Only a new file takes it; an existing one keeps its size.
    if (!existing)
        q.exec(u"PRAGMA page_size = 16384"_s);
    if (!q.exec(u"PRAGMA journal_mode = WAL"_s)) {
        setError(error, WorkspaceError::Code::Database,
                 tr("Cannot open %1: %2").arg(nativePath, q.lastError().text()));
        return false;
    }
    applyConnectionPragmas(db);

    for (const Migration &migration : schemaMigrations()) {
        if (migration.version <= version)
            continue;
        db.transaction();
        bool ok = true;
        QString failed;
        for (const QString &statement : migration.statements) {
            if (!q.exec(statement)) {
                ok = false;
                failed = q.lastError().text();
                break;
            }
        }
        if (ok && migration.version == 1)
            ok = q.exec(u"PRAGMA application_id = %1"_s.arg(workspaceApplicationId));
        if (ok)
            ok = q.exec(u"PRAGMA user_version = %1"_s.arg(migration.version));
        if (!ok || !db.commit()) {
            if (failed.isEmpty())
                failed = q.lastError().isValid() ? q.lastError().text() : db.lastError().text();
            db.rollback();
            setError(error, WorkspaceError::Code::Database,
                     tr("Cannot prepare %1 (format step %2): %3").arg(nativePath).arg(migration.version).arg(failed));
            return false;
        }
    }
    if (version == 0 && !seedDefaults(db)) {
        setError(error, WorkspaceError::Code::Database,
                 tr("Cannot prepare %1: %2").arg(nativePath, db.lastError().text()));
        return false;
    }
    m_checkpointer = new LogCheckpointer(m_path, this);
    connect(m_checkpointer, &LogCheckpointer::changedElsewhere, this, [this] {
        Q_EMIT changedElsewhere();
        Q_EMIT dataChanged();
    });
    return true;
}

bool Workspace::checkContent(sqlite3 *handle, int *version, WorkspaceError *error) const
{
    const QString nativePath = QDir::toNativeSeparators(m_path);
    // The file's header was checked in open() unless a -wal file holds a
    // newer one: the database's own answer decides.
    sqlite::Statement applicationId(handle, u"PRAGMA application_id"_s);
    if (!applicationId.next() || applicationId.columnInt(0) != workspaceApplicationId) {
        setError(error, WorkspaceError::Code::NotWorkspace,
                 notWorkspaceMessage(nativePath));
        return false;
    }
    // Both full scans are left out for huge files, which would keep the user
    // waiting; the connection's limits still refuse an oversized value on read.
    const bool scan = QFileInfo(m_path).size() <= integrityCheckAtOpenLimit;
    if (scan) {
        sqlite::Statement check(handle, u"PRAGMA quick_check(1)"_s);
        const bool ran = check.isValid() && check.next();
        const QString detail = ran ? check.columnText(0) : QString::fromUtf8(sqlite3_errmsg(handle));
        if (!ran || detail != "ok"_L1) {
            setError(error, WorkspaceError::Code::Corrupt,
                     tr("%1 is damaged (%2). Restore it from a backup copy.").arg(nativePath, detail));
            return false;
        }
    }

    sqlite::Statement userVersion(handle, u"PRAGMA user_version"_s);
    *version = userVersion.next() ? int(userVersion.columnInt(0)) : 0;
    // The header said otherwise when a -wal file beside it holds a newer state.
    if (*version > currentSchemaVersion()) {
        setError(error, WorkspaceError::Code::NewerVersion, newerVersionMessage(nativePath, *version));
        return false;
    }
    if (*version < 0) {
        setError(error, WorkspaceError::Code::Corrupt,
                 tr("%1 is damaged (its format number %2 is not one CX Workbench writes). Restore it from a backup "
                    "copy.")
                     .arg(nativePath)
                     .arg(*version));
        return false;
    }

    QList<SchemaGuard::Difference> differences;
    QString reason;
    if (!SchemaGuard::compare(handle, *version, &differences, &reason)) {
        setError(error, WorkspaceError::Code::Corrupt,
                 tr("%1 is damaged (%2). Restore it from a backup copy.").arg(nativePath, reason));
        return false;
    }
    if (!differences.isEmpty()) {
        setError(error, WorkspaceError::Code::UnexpectedSchema,
                 tr("%1 was not opened: its database structure differs from the one CX Workbench writes (%2). "
                    "Another program may have changed it; ask for a copy saved by CX Workbench.")
                     .arg(nativePath, SchemaGuard::describe(differences)));
        return false;
    }

    if (scan) {
        const LargestRow largest = largestRowAbove(handle, ConnectionLimits::valueBytes);
        if (largest.bytes > 0) {
            constexpr double mb = 1024.0 * 1024.0;
            setError(error, WorkspaceError::Code::OversizedValue,
                     tr("%1 was not opened: a row of %2 holds %3 MB, more than the %4 MB a workspace value may have. "
                        "Another program may have changed it; ask for a copy saved by CX Workbench.")
                         .arg(nativePath, largest.table)
                         .arg(double(largest.bytes) / mb, 0, 'f', 1)
                         .arg(double(ConnectionLimits::valueBytes) / mb, 0, 'f', 0));
            return false;
        }
    }
    return true;
}

bool Workspace::backUp(sqlite3 *handle, int version, WorkspaceError *error) const
{
    if (version >= currentSchemaVersion())
        return true;
    // Keep the old file: a migration is the one moment data could be lost.
    // Pages still in the -wal file go into the main file first, so that the
    // copy holds them.
    if (hasPendingLog(m_path))
        sqlite3_exec(handle, "PRAGMA wal_checkpoint(TRUNCATE)", nullptr, nullptr, nullptr);
    const QString backup = u"%1.v%2.bak"_s.arg(m_path).arg(version);
    QFile::remove(backup);
    if (!QFile::copy(m_path, backup)) {
        setError(error, WorkspaceError::Code::ReadOnly,
                 tr("Cannot upgrade %1: a backup copy could not be written next to it.")
                     .arg(QDir::toNativeSeparators(m_path)));
        return false;
    }
    return true;
}

bool Workspace::seedDefaults(QSqlDatabase &db)
{
    // A new workspace starts with the default journey and category map; the
    // user edits both per workspace afterwards.
    db.transaction();
    QSqlQuery q(db);
    q.prepare(u"INSERT INTO journey_stage(name, position) VALUES (?, ?)"_s);
    const QStringList stages = defaultJourneyStages();
    for (int i = 0; i < stages.size(); ++i) {
        q.addBindValue(stages.at(i));
        q.addBindValue(i);
        if (!q.exec()) {
            db.rollback();
            return false;
        }
    }
    q.prepare(u"INSERT INTO category_map(category, stage, element_code, experience_level) VALUES (?, ?, ?, ?)"_s);
    const QHash<QString, CategoryEntry> &entries = CategoryMap::defaults().entries();
    for (auto it = entries.begin(); it != entries.end(); ++it) {
        q.addBindValue(it.key());
        q.addBindValue(it->stage);
        q.addBindValue(it->elementCode);
        q.addBindValue(it->experienceLevel);
        if (!q.exec()) {
            db.rollback();
            return false;
        }
    }
    return db.commit();
}

QString Workspace::displayName() const
{
    return QFileInfo(m_path).completeBaseName();
}

QSqlDatabase Workspace::database() const
{
    return QSqlDatabase::database(m_connectionName);
}

QSqlDatabase Workspace::openConnection(const QString &connectionName) const
{
    QSqlDatabase db = addConnection(m_path, connectionName);
    QString reason;
    if (openHardened(db, &reason))
        applyConnectionPragmas(db);
    else
        qWarning("Cannot open a further connection to %s: %s", qPrintable(m_path), qPrintable(reason));
    return db;
}

int Workspace::schemaVersion() const
{
    QSqlQuery q(database());
    return q.exec(u"PRAGMA user_version"_s) && q.next() ? q.value(0).toInt() : 0;
}

QString Workspace::integrityCheck() const
{
    QSqlQuery q(database());
    if (!q.exec(u"PRAGMA integrity_check"_s) || !q.next())
        return q.lastError().text();
    return q.value(0).toString();
}

void Workspace::notifyDataChanged()
{
    noteOwnWrite();
    Q_EMIT dataChanged();
}

void Workspace::noteOwnWrite()
{
    if (m_checkpointer)
        m_checkpointer->noteOwnWrite();
}

} // namespace cx
