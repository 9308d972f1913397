#include "import/defaultsfile.h"

#include <QFile>

namespace cx {

using namespace Qt::StringLiterals;

QString defaultsPath(const QString &relativePath)
{
    return u":/defaults/"_s + relativePath;
}

QByteArray readDefaultsFile(const QString &relativePath)
{
    QFile file(defaultsPath(relativePath));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace cx
