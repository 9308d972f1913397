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
const QString analystKey = u"workorders/analystName"_s;
} // namespace

Preferences::Preferences()
    : m_settings(QSettings::UserScope, u"CX Workbench"_s, u"cxwb"_s)
{
}

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

QString Preferences::analystName() const
{
    const QString stored = storedAnalystName();
    return stored.isEmpty() ? systemUserName() : stored;
}

QString Preferences::storedAnalystName() const
{
    return m_settings.value(analystKey).toString().trimmed();
}

void Preferences::setAnalystName(const QString &name)
{
    if (name.trimmed().isEmpty())
        m_settings.remove(analystKey);
    else
        m_settings.setValue(analystKey, name.trimmed());
}

QString Preferences::systemUserName()
{
    for (const char *variable : {"USER", "USERNAME", "LOGNAME"})
        if (const QString name = qEnvironmentVariable(variable).trimmed(); !name.isEmpty())
            return name;
    return u"analyst"_s;
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
