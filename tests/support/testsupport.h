#pragma once

#include "pipeline/importer.h"

#include <QByteArray>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <optional>

namespace cx::test {

/// Folder of the sample exports in ../shared/data. Empty when absent; in CI
/// (CI=true) its absence is a failure, not a skip.
QString sharedDataDir();

/// Skips the calling test when the sample exports are absent outside CI (CTest
/// then reports the test as skipped, see cx_add_test) and fails it inside CI.
/// Use as: CX_REQUIRE_SHARED_DATA(dir);
#define CX_REQUIRE_SHARED_DATA(dirVar)                                                            \
    const QString dirVar = cx::test::sharedDataDir();                                             \
    if (dirVar.isEmpty()) {                                                                        \
        if (qEnvironmentVariableIsSet("CI"))                                                       \
            QFAIL("../shared/data is missing, and CI must have it");                               \
        QSKIP("../shared/data is not present beside the project");                                 \
    }

/// Writes bytes to a file, creating folders; returns false on failure.
bool writeFile(const QString &path, const QByteArray &bytes);

/// Path of the cxwb-cli executable built beside the tests.
QString cliPath();

/// The first column of the first row `sql` returns in `db`: as a number (-1
/// when the query fails or returns nothing) or as text (null then).
qint64 queryInt(const QSqlDatabase &db, const QString &sql);
QString queryText(const QSqlDatabase &db, const QString &sql);

/// The first note of `report` (any sheet) with `code`; none when absent.
std::optional<ImportNote> noteOf(const ImportReport &report, QStringView code);

/// How a cxwb-cli run ended; exitCode is -1 when it crashed or timed out.
struct CliRun
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

/// Runs cxwb-cli with `arguments` and waits for it.
CliRun runCli(const QStringList &arguments, int timeoutMs = 300000);

} // namespace cx::test
