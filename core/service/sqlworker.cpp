#include "service/sqlworker.h"

#include <QAtomicInt>
#include <QSqlQuery>

namespace cx {

using namespace Qt::StringLiterals;

SqlWorker::SqlWorker(const QString &workspacePath)
    : m_path(workspacePath)
{
    static QAtomicInt counter;
    m_connectionName = u"cx-worker-%1"_s.arg(counter.fetchAndAddRelaxed(1));
    m_pool.setMaxThreadCount(1);
    m_pool.setExpiryTimeout(-1);
}

SqlWorker::~SqlWorker()
{
    const QString name = m_connectionName;
    m_pool.start([this, name] {
        if (QSqlDatabase::contains(name)) {
            QSqlDatabase::database(name, false).close();
            QSqlDatabase::removeDatabase(name);
        }
        m_native = sqlite::Database();
    });
    m_pool.waitForDone();
}

QSqlDatabase SqlWorker::connection()
{
    if (QSqlDatabase::contains(m_connectionName))
        return QSqlDatabase::database(m_connectionName);
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_connectionName);
    db.setDatabaseName(m_path);
    db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=10000"_s);
    if (db.open()) {
        QSqlQuery q(db);
        q.exec(u"PRAGMA foreign_keys = ON"_s);
        q.exec(u"PRAGMA synchronous = NORMAL"_s);
    }
    return db;
}

sqlite::Database &SqlWorker::native()
{
    if (!m_native.isOpen())
        m_native.open(m_path);
    return m_native;
}

} // namespace cx
