#pragma once

#include <QSettings>
#include <QStringList>

namespace cx {

/// The user's own preferences, kept in QSettings (not in a workspace):
/// interface language, the analyst's name, recent workspaces, last folders.
/// The desktop app and the command-line tool share one file (organization
/// "CX Workbench", application "cxwb"). Every key is declared once, here and
/// in preferences.cpp; nothing else reads QSettings.
class Preferences
{
public:
    /// Uses the application's default QSettings location.
    Preferences();
    /// Uses an explicit settings file (tests, portable installs).
    explicit Preferences(const QString &iniFile);

    /// "zh_CN", "en", or empty to follow the system locale.
    QString language() const;
    void setLanguage(const QString &language);

    /// The name work-order history records edits under: the one set here,
    /// else the operating system's user name.
    QString analystName() const;
    /// The stored name only (empty when none is set).
    QString storedAnalystName() const;
    void setAnalystName(const QString &name);
    /// The operating system's user name ($USER, %USERNAME%).
    static QString systemUserName();

    /// Most recent first, existing files only, at most maxRecentWorkspaces.
    QStringList recentWorkspaces() const;
    void addRecentWorkspace(const QString &path);
    void removeRecentWorkspace(const QString &path);
    static constexpr int maxRecentWorkspaces = 8;

    QString lastImportFolder() const;
    void setLastImportFolder(const QString &folder);

    QByteArray mainWindowGeometry() const;
    void setMainWindowGeometry(const QByteArray &geometry);

    void sync();

private:
    QSettings m_settings;
};

} // namespace cx
