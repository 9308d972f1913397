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

/// An index the app builds after the fact instead of in a migration:
/// maintaining it while an import inserts a million rows would slow the
/// import, so it is dropped there and rebuilt in the background. A workspace
/// may therefore have it or not, and either is its expected schema.
struct OnDemandIndex
{
    QString name;
    QString statement; ///< CREATE INDEX IF NOT EXISTS on the current schema
};

/// The covering index complaint browsing reads (month first: every
/// selection has a period; the handling department and perception element
/// last, for a selection of a department's complaints).
const OnDemandIndex &complaintBrowseIndex();

/// The browse index of earlier versions (without the department columns):
/// accepted in a workspace, dropped once complaintBrowseIndex() is built.
const OnDemandIndex &previousComplaintBrowseIndex();

/// Every on-demand index, for the schema check.
QList<OnDemandIndex> onDemandIndexes();

} // namespace cx
