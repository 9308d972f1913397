#pragma once

#include <QString>
#include <QStringList>

namespace cx {

/// One step of the workspace schema: the statements that take a workspace
/// from `version - 1` to `version`. Migrations run in order, each inside the
/// same transaction as the `PRAGMA user_version` bump that records it.
struct Migration
{
    int version = 0;
    QStringList statements;
};

/// The ordered migrations of the `.cxw` schema. The last one's version is the
/// version this build writes; a workspace with a higher `user_version` was
/// written by a newer build and is refused.
const QList<Migration> &schemaMigrations();

/// The schema version this build creates and understands.
int currentSchemaVersion();

} // namespace cx
