#pragma once

#include <QByteArray>
#include <QString>

namespace cx {

/// The path of a default compiled into the binary: `:/defaults/<relativePath>`.
QString defaultsPath(const QString &relativePath);

/// The bytes of a default compiled into the binary (`mapping/survey.json`,
/// `category_map.json` ...); empty when it is missing, which only a broken
/// build can cause.
QByteArray readDefaultsFile(const QString &relativePath);

} // namespace cx
