#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace cx::test {

/// Creates a workspace at `path` and imports `files` into it with cx::Importer
/// (the aggregates are left to the first analysis, as after any import).
/// Empty on success, else what failed.
QString createWorkspace(const QString &path, const QStringList &files = {});

/// The seven sample exports of ../shared/data (`dir`), by name.
QStringList sampleExports(const QString &dir);

/// The sample's ground truth (truth.json of `dir`); empty when unreadable.
QJsonObject sampleTruth(const QString &dir);

/// A small fixture of tests/ui/data.
QString uiFixture(const QString &name);

} // namespace cx::test
