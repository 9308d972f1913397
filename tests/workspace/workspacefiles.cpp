#include "workspacefiles.h"

#include "workspace/schema.h"
#include "workspace/workspace.h"

#include <QCryptographicHash>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace cx::test {

QByteArray sha256Of(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&file);
    return hash.result();
}

QStringList sidecarsOf(const QString &path)
{
    QStringList present;
    for (const QString &suffix : {u"-wal"_s, u"-shm"_s, u"-journal"_s})
        if (QFile::exists(path + suffix))
            present << suffix;
    return present;
}

bool execUnprotected(const QString &path, const QStringList &statements, QString *error)
{
    bool ok = true;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"unprotected"_s);
        db.setDatabaseName(path);
        ok = db.open();
        QSqlQuery q(db);
        for (const QString &statement : statements) {
            if (!ok)
                break;
            ok = q.exec(statement);
            if (!ok && error)
                *error = q.lastError().text() + u": "_s + statement;
        }
        q.exec(u"PRAGMA wal_checkpoint(TRUNCATE)"_s);
        q.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(u"unprotected"_s);
    return ok;
}

bool makeWorkspaceFile(const QString &path, int version)
{
    if (version == cx::currentSchemaVersion()) {
        WorkspaceError error;
        return bool(Workspace::create(path, &error));
    }
    QStringList statements{u"PRAGMA application_id = %1"_s.arg(cx::workspaceApplicationId)};
    for (const Migration &migration : cx::schemaMigrations())
        if (migration.version <= version)
            statements << migration.statements;
    statements << u"PRAGMA user_version = %1"_s.arg(version);
    return execUnprotected(path, statements);
}

} // namespace cx::test
