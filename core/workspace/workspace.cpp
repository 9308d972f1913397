#include "workspace/workspace.h"

#include "import/categorymap.h"
#include "import/journeystages.h"
#include "workspace/schema.h"

#include <QAtomicInt>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QUndoStack>
#include <QtEndian>

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
};

Header readHeader(const QString &path)
{
    Header header;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return header;
    const QByteArray bytes = file.read(100);
    static const QByteArray magic("SQLite format 3\0", 16);
    if (file.size() == 0) {
        header.kind = Header::Kind::Empty;
    } else if (bytes.size() < 100 || !bytes.startsWith(magic)) {
        header.kind = Header::Kind::NotSqlite;
    } else {
        header.kind = Header::Kind::Sqlite;
        header.userVersion = qFromBigEndian<qint32>(bytes.constData() + 60);
        header.applicationId = qFromBigEndian<qint32>(bytes.constData() + 68);
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
    if (!workspace->initialize(error)) {
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
    switch (header.kind) {
    case Header::Kind::Unreadable:
        setError(error, WorkspaceError::Code::Database,
                 tr("Cannot read %1. Check that you have permission to open it.").arg(nativePath));
        return nullptr;
    case Header::Kind::Empty:
    case Header::Kind::NotSqlite:
        setError(error, WorkspaceError::Code::NotSqlite,
                 tr("%1 is not a CX Workbench workspace (it is not an SQLite database).").arg(nativePath));
        return nullptr;
    case Header::Kind::Sqlite:
        break;
    }
    if (header.applicationId != workspaceApplicationId) {
        setError(error, WorkspaceError::Code::NotWorkspace,
                 tr("%1 is an SQLite database but not a CX Workbench workspace.").arg(nativePath));
        return nullptr;
    }
    if (header.userVersion > currentSchemaVersion()) {
        setError(error, WorkspaceError::Code::NewerVersion,
                 tr("%1 was saved by a newer version of CX Workbench (workspace format %2; this version reads up to %3). "
                    "Update CX Workbench to open it.")
                     .arg(nativePath)
                     .arg(header.userVersion)
                     .arg(currentSchemaVersion()));
        return nullptr;
    }
    if (!hasWritePermission(info) || !hasWritePermission(QFileInfo(info.absolutePath()))) {
        setError(error, WorkspaceError::Code::ReadOnly,
                 tr("%1 is in a read-only location. Copy it to a folder you can write to and open the copy.")
                     .arg(nativePath));
        return nullptr;
    }

    if (header.userVersion < currentSchemaVersion()) {
        // Keep the old file: a migration is the one moment data could be lost.
        const QString backup = u"%1.v%2.bak"_s.arg(info.absoluteFilePath()).arg(header.userVersion);
        QFile::remove(backup);
        if (!QFile::copy(info.absoluteFilePath(), backup)) {
            setError(error, WorkspaceError::Code::ReadOnly,
                     tr("Cannot upgrade %1: a backup copy could not be written next to it.").arg(nativePath));
            return nullptr;
        }
    }

    std::unique_ptr<Workspace> workspace(new Workspace(info.absoluteFilePath(), uniqueConnectionName()));
    if (!workspace->initialize(error))
        return nullptr;
    return workspace;
}

bool Workspace::initialize(WorkspaceError *error)
{
    QSqlDatabase db = addConnection(m_path, m_connectionName);
    const QString nativePath = QDir::toNativeSeparators(m_path);
    if (!db.open()) {
        setError(error, WorkspaceError::Code::Database,
                 tr("Cannot open %1: %2").arg(nativePath, db.lastError().text()));
        return false;
    }

    QSqlQuery q(db);
    // Reading only: a damaged file is refused before anything is written to it.
    if (QFileInfo(m_path).size() <= integrityCheckAtOpenLimit) {
        const bool ran = q.exec(u"PRAGMA quick_check(1)"_s) && q.next();
        if (!ran || q.value(0).toString() != "ok"_L1) {
            const QString detail = ran ? q.value(0).toString() : q.lastError().text();
            setError(error, WorkspaceError::Code::Corrupt,
                     tr("%1 is damaged (%2). Restore it from a backup copy.").arg(nativePath, detail));
            return false;
        }
    }
    if (!q.exec(u"PRAGMA journal_mode = WAL"_s)) {
        setError(error, WorkspaceError::Code::Database,
                 tr("Cannot open %1: %2").arg(nativePath, q.lastError().text()));
        return false;
    }
    applyConnectionPragmas(db);

    q.exec(u"PRAGMA user_version"_s);
    const int version = q.next() ? q.value(0).toInt() : 0;
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
    if (db.open())
        applyConnectionPragmas(db);
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
    Q_EMIT dataChanged();
}

} // namespace cx
