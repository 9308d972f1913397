#include "testsupport.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSqlQuery>

namespace cx::test {

QString sharedDataDir()
{
    const QString dir = qEnvironmentVariable("CX_SHARED_DATA_DIR");
    if (dir.isEmpty() || !QFileInfo::exists(dir + QStringLiteral("/truth.json")))
        return {};
    return dir;
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    return file.write(bytes) == bytes.size();
}

QString cliPath()
{
    return QStringLiteral(CX_CLI_PATH);
}

qint64 queryInt(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery q(db);
    return q.exec(sql) && q.next() ? q.value(0).toLongLong() : -1;
}

QString queryText(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery q(db);
    return q.exec(sql) && q.next() ? q.value(0).toString() : QString();
}

std::optional<ImportNote> noteOf(const ImportReport &report, QStringView code)
{
    for (const ImportNote &note : report.notes())
        if (note.code == code)
            return note;
    return std::nullopt;
}

CliRun runCli(const QStringList &arguments, int timeoutMs)
{
    QProcess process;
    process.start(cliPath(), arguments);
    CliRun run;
    if (!process.waitForFinished(timeoutMs))
        return run;
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}

} // namespace cx::test
