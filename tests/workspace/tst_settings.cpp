#include "settings/preferences.h"
#include "settings/workspacesettings.h"
#include "workspace/workspace.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestSettings : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyDeclaredKeyHasADefault();
    void storesValidValues();
    void refusesInvalidValues_data();
    void refusesInvalidValues();
    void badStoredValueReadsAsDefault();
    void recentWorkspaces();
};

void TestSettings::everyDeclaredKeyHasADefault()
{
    QTemporaryDir dir;
    cx::WorkspaceError error;
    auto workspace = cx::Workspace::create(dir.filePath(u"s.cxw"_s), &error);
    QVERIFY(workspace);
    const cx::WorkspaceSettings settings(workspace->database());
    for (const QString &key : cx::WorkspaceSettings::keys())
        QVERIFY2(settings.defaultValue(key).isValid(), qPrintable(key));
    QCOMPARE(settings.satisfiedScore(), 8);
    QCOMPARE(settings.significanceLevel(), 0.05);
    QCOMPARE(settings.alertMinScoreDrop(), 0.3);
    QCOMPARE(settings.keepFullPhoneNumbers(), false);
}

void TestSettings::storesValidValues()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"s.cxw"_s);
    {
        cx::WorkspaceError error;
        auto workspace = cx::Workspace::create(path, &error);
        cx::WorkspaceSettings settings(workspace->database());
        QVERIFY(settings.setValue(u"satisfaction.satisfiedScore"_s, 9));
        QVERIFY(settings.setValue(u"privacy.keepFullPhoneNumbers"_s, true));
        QVERIFY(settings.setValue(u"alerts.significanceLevel"_s, 0.01));
    }
    cx::WorkspaceError error;
    auto workspace = cx::Workspace::open(path, &error);
    const cx::WorkspaceSettings settings(workspace->database());
    QCOMPARE(settings.satisfiedScore(), 9);
    QCOMPARE(settings.keepFullPhoneNumbers(), true);
    QCOMPARE(settings.significanceLevel(), 0.01);
}

void TestSettings::refusesInvalidValues_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QVariant>("value");
    QTest::newRow("unknown key") << u"no.such.key"_s << QVariant(1);
    QTest::newRow("score above scale") << u"satisfaction.satisfiedScore"_s << QVariant(11);
    QTest::newRow("alpha zero") << u"alerts.significanceLevel"_s << QVariant(0.0);
    QTest::newRow("not a number") << u"alerts.minScoreDrop"_s << QVariant(u"abc"_s);
}

void TestSettings::refusesInvalidValues()
{
    QFETCH(QString, key);
    QFETCH(QVariant, value);
    QTemporaryDir dir;
    cx::WorkspaceError error;
    auto workspace = cx::Workspace::create(dir.filePath(u"s.cxw"_s), &error);
    cx::WorkspaceSettings settings(workspace->database());
    const QVariant before = settings.value(key);
    QVERIFY(!settings.setValue(key, value));
    QCOMPARE(settings.value(key), before);
}

void TestSettings::badStoredValueReadsAsDefault()
{
    QTemporaryDir dir;
    cx::WorkspaceError error;
    auto workspace = cx::Workspace::create(dir.filePath(u"s.cxw"_s), &error);
    QSqlQuery q(workspace->database());
    QVERIFY(q.exec(u"INSERT INTO setting VALUES ('satisfaction.satisfiedScore', '99')"_s));
    QCOMPARE(cx::WorkspaceSettings(workspace->database()).satisfiedScore(), 8);
}

void TestSettings::recentWorkspaces()
{
    QTemporaryDir dir;
    cx::Preferences preferences(dir.filePath(u"prefs.ini"_s));
    QStringList files;
    for (int i = 0; i < cx::Preferences::maxRecentWorkspaces + 2; ++i) {
        files << dir.filePath(u"w%1.cxw"_s.arg(i));
        QFile file(files.last());
        QVERIFY(file.open(QIODevice::WriteOnly));
        preferences.addRecentWorkspace(files.last());
    }
    QStringList recent = preferences.recentWorkspaces();
    QCOMPARE(recent.size(), cx::Preferences::maxRecentWorkspaces);
    QCOMPARE(recent.first(), files.last());

    preferences.addRecentWorkspace(files.at(5));
    QCOMPARE(preferences.recentWorkspaces().first(), files.at(5));

    QFile::remove(files.last());
    QVERIFY(!preferences.recentWorkspaces().contains(files.last()));
    preferences.removeRecentWorkspace(files.at(5));
    QVERIFY(!preferences.recentWorkspaces().contains(files.at(5)));
}

QTEST_GUILESS_MAIN(TestSettings)
#include "tst_settings.moc"
