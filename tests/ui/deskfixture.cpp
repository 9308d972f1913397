#include "deskfixture.h"

#include "pipeline/importer.h"
#include "workspace/workspace.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace cx::test {

QString createWorkspace(const QString &path, const QStringList &files)
{
    WorkspaceError error;
    if (!Workspace::create(path, &error))
        return error.message;
    Importer importer(path);
    for (const QString &file : files) {
        const ImportReport report = importer.importFile(file);
        if (report.failed() || report.rejected() > 0)
            return u"%1: %2 (%3 rows rejected)"_s.arg(file, report.error).arg(report.rejected());
    }
    return {};
}

QJsonObject sampleTruth(const QString &dir)
{
    QFile truth(QDir(dir).filePath(u"truth.json"_s));
    if (!truth.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(truth.readAll()).object();
}

QStringList sampleExports(const QString &dir)
{
    QStringList files;
    for (const QFileInfo &info : QDir(dir).entryInfoList({u"*.csv"_s, u"*.xlsx"_s}, QDir::Files, QDir::Name))
        files << info.absoluteFilePath();
    return files;
}

QString uiFixture(const QString &name)
{
    return QStringLiteral(CX_UI_TEST_DATA) + u'/' + name;
}

} // namespace cx::test
