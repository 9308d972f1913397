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

/// An index built in the background once data have arrived and dropped
/// before a bulk import, whose speed maintaining it would halve: a workspace
/// of any version from 1 may hold it or not. SchemaGuard accepts it with
/// exactly this SQL (as SQLite stores it: no IF NOT EXISTS).
struct BackgroundIndex
{
    QString name;
    QString table;
    QString sql;
};

/// The index complaint browsing reads (ComplaintBrowser): every column a
/// selection's conditions and sort keys read, month first because every
/// filter has a period.
const BackgroundIndex &complaintBrowseIndex();

/// Every background index.
const QList<BackgroundIndex> &backgroundIndexes();

} // namespace cx
