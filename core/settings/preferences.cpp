#include "settings/preferences.h"

#include <QDir>
#include <QFileInfo>

namespace cx {

using namespace Qt::StringLiterals;

namespace {
const QString languageKey = u"ui/language"_s;
const QString recentKey = u"workspaces/recent"_s;
const QString importFolderKey = u"import/lastFolder"_s;
const QString geometryKey = u"ui/mainWindowGeometry"_s;
} // namespace

Preferences::Preferences() = default;

Preferences::Preferences(const QString &iniFile)
    : m_settings(iniFile, QSettings::IniFormat)
{
}

QString Preferences::language() const
{
    return m_settings.value(languageKey).toString();
}

void Preferences::setLanguage(const QString &language)
{
    m_settings.setValue(languageKey, language);
}

QStringList Preferences::recentWorkspaces() const
{
    QStringList result;
    for (const QString &path : m_settings.value(recentKey).toStringList())
        if (QFileInfo::exists(path) && !result.contains(path))
            result << path;
    return result.mid(0, maxRecentWorkspaces);
}

void Preferences::addRecentWorkspace(const QString &path)
{
    const QString absolute = QDir::cleanPath(QFileInfo(path).absoluteFilePath());
    QStringList list = m_settings.value(recentKey).toStringList();
    list.removeAll(absolute);
    list.prepend(absolute);
    m_settings.setValue(recentKey, list.mid(0, maxRecentWorkspaces));
}

void Preferences::removeRecentWorkspace(const QString &path)
{
    QStringList list = m_settings.value(recentKey).toStringList();
    list.removeAll(QDir::cleanPath(QFileInfo(path).absoluteFilePath()));
    m_settings.setValue(recentKey, list);
}

QString Preferences::lastImportFolder() const
{
    return m_settings.value(importFolderKey, QDir::homePath()).toString();
}

void Preferences::setLastImportFolder(const QString &folder)
{
    m_settings.setValue(importFolderKey, folder);
}

QByteArray Preferences::mainWindowGeometry() const
{
    return m_settings.value(geometryKey).toByteArray();
}

void Preferences::setMainWindowGeometry(const QByteArray &geometry)
{
    m_settings.setValue(geometryKey, geometry);
}

void Preferences::sync()
{
    m_settings.sync();
}

} // namespace cx
