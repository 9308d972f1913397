#pragma once

#include <QSqlDatabase>
#include <QString>

namespace cx {

class Workspace;

/// A connection of its own to an open workspace's file, for the thread that
/// creates it (QtSql connections belong to their thread): opened through
/// Workspace::openConnection() with a unique name, closed and removed when
/// it goes out of scope. The workspace must outlive it.
class WorkspaceConnection
{
public:
    explicit WorkspaceConnection(const Workspace &workspace);
    ~WorkspaceConnection();
    WorkspaceConnection(const WorkspaceConnection &) = delete;
    WorkspaceConnection &operator=(const WorkspaceConnection &) = delete;

    QSqlDatabase database() const;
    bool isOpen() const;

private:
    QString m_name;
};

} // namespace cx
