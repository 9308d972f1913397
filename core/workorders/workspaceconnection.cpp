#include "workorders/workspaceconnection.h"

#include "workspace/workspace.h"

#include <QAtomicInt>

namespace cx {

using namespace Qt::StringLiterals;

WorkspaceConnection::WorkspaceConnection(const Workspace &workspace)
{
    static QAtomicInt counter;
    m_name = u"cxw-workorders-%1"_s.arg(counter.fetchAndAddRelaxed(1));
    workspace.openConnection(m_name);
}

WorkspaceConnection::~WorkspaceConnection()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_name, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_name);
}

QSqlDatabase WorkspaceConnection::database() const
{
    return QSqlDatabase::database(m_name, false);
}

bool WorkspaceConnection::isOpen() const
{
    return database().isOpen();
}

} // namespace cx
