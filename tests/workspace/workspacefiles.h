#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace cx::test {

/// SHA-256 of a file's bytes (empty when it cannot be read).
QByteArray sha256Of(const QString &path);

/// The SQLite side files present beside `path` ("-wal", "-shm", "-journal").
QStringList sidecarsOf(const QString &path);

/// Runs `statements` on a file through a plain QSQLITE connection, without
/// the product's protections (to plant what another program could), then
/// checkpoints and closes it so that the file stands alone.
bool execUnprotected(const QString &path, const QStringList &statements, QString *error = nullptr);

/// Writes a closed workspace file at `path` with the schema migrations up to
/// `version` applied, as that version of the product left it.
bool makeWorkspaceFile(const QString &path, int version);

} // namespace cx::test
