#include "application.h"
#include "mainwindow.h"
#include "views/headlinecard.h"
#include "settings/language.h"
#include "settings/preferences.h"
#include "testsupport.h"
#include "views/workspaceview.h"
#include "workspace/workspace.h"

#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QListWidget>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

// A workspace with a handful of complaints in two cities and two months.
QString makeWorkspace(const QTemporaryDir &dir)
{
    const QString path = dir.filePath(u"smoke.cxw"_s);
    cx::WorkspaceError error;
    auto workspace = cx::Workspace::create(path, &error);
    if (!workspace)
        return {};
    QSqlQuery q(workspace->database());
    q.exec(u"INSERT INTO import_batch(id, file_path, file_name, file_sha256, kind, imported_at, rows_read, inserted) "
           "VALUES (1, '/tmp/c.csv', 'c.csv', 'x', 'complaints', '2024-09-01T10:00:00', 3, 3)"_s);
    const char *rows[][5] = {{"GD1", "2024-07", "深圳", "罗湖区", "咪咕视频"},
                             {"GD2", "2024-08", "深圳", "南山区", "咪咕视频"},
                             {"GD3", "2024-08", "广州", "天河区", "家庭宽带"}};
    for (const auto &row : rows) {
        q.prepare(u"INSERT INTO complaint(batch_id, order_no, accepted_at, month, province, city, county, grid, "
                  "product, category3, stage) VALUES (1, ?, ?, ?, '广东', ?, ?, ?, ?, '播放卡顿', '使用')"_s);
        q.addBindValue(QString::fromUtf8(row[0]));
        q.addBindValue(QString::fromUtf8(row[1]) + u"-05 10:00:00"_s);
        q.addBindValue(QString::fromUtf8(row[1]));
        q.addBindValue(QString::fromUtf8(row[2]));
        q.addBindValue(QString::fromUtf8(row[3]));
        q.addBindValue(QString::fromUtf8(row[3]) + u"-网格01"_s);
        q.addBindValue(QString::fromUtf8(row[4]));
        if (!q.exec())
            return {};
    }
    return path;
}

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void opensWorkspaceAndShowsEveryView();
    void refusesBadWorkspaceAndKeepsCurrent();
    void filterBarDrillsDown();
    void switchesLanguage();
};

void TestMainWindow::opensWorkspaceAndShowsEveryView()
{
    QTemporaryDir dir;
    const QString path = makeWorkspace(dir);
    QVERIFY(!path.isEmpty());
    cx::Preferences preferences(dir.filePath(u"prefs.ini"_s));
    cx::LanguageManager languages;
    languages.apply(u"en"_s);
    cx::MainWindow window(preferences, languages);
    window.show();
    QVERIFY(window.openWorkspace(path, false));
    QVERIFY(window.windowTitle().contains(u"smoke"_s));
    QCOMPARE(preferences.recentWorkspaces().value(0), path);
    cx::settle(window, 60000);

    // The dashboard shows the last month's complaints (2 in 2024-08), the analysis done off the GUI thread.
    const QList<cx::HeadlineCard *> cards = window.views().at(0)->findChildren<cx::HeadlineCard *>();
    const bool showsCount = std::any_of(cards.begin(), cards.end(), [](cx::HeadlineCard *c) { return c->value() == "2"_L1; });
    QVERIFY2(showsCount, "dashboard should show 2 complaints in 2024-08");
    const QList<QLabel *> labels = window.views().at(0)->findChildren<QLabel *>();
    QVERIFY(std::any_of(labels.begin(), labels.end(), [](QLabel *l) { return l->text().contains(u"2024-08"_s); }));

    QCOMPARE(window.views().size(), 12);
    for (int i = 0; i < window.views().size(); ++i) {
        window.showView(i);
        QVERIFY(window.views().at(i)->isVisible());
        QVERIFY(!window.views().at(i)->title().isEmpty());
        const QImage image = window.grab().toImage();
        QVERIFY(!image.isNull());
    }
    // Ctrl+PgDown and Ctrl+PgUp step through every view, wrapping around.
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QTest::keyClick(&window, Qt::Key_PageDown, Qt::ControlModifier);
    QVERIFY(window.views().at(0)->isVisible());
    QTest::keyClick(&window, Qt::Key_PageUp, Qt::ControlModifier);
    QVERIFY(window.views().at(11)->isVisible());
    QTest::keyClick(&window, Qt::Key_PageUp, Qt::ControlModifier);
    QVERIFY(window.views().at(10)->isVisible());
    window.closeWorkspace();
    QCOMPARE(window.workspace(), nullptr);
}

void TestMainWindow::refusesBadWorkspaceAndKeepsCurrent()
{
    QTemporaryDir dir;
    const QString path = makeWorkspace(dir);
    const QString bad = dir.filePath(u"notes.cxw"_s);
    QVERIFY(cx::test::writeFile(bad, "not a database"));
    cx::Preferences preferences(dir.filePath(u"prefs.ini"_s));
    cx::LanguageManager languages;
    cx::MainWindow window(preferences, languages);
    QVERIFY(window.openWorkspace(path, false));
    QVERIFY(!window.openWorkspace(bad, false));
    QVERIFY(window.lastError().contains(u"notes.cxw"_s));
    QVERIFY(window.workspace());
    QCOMPARE(window.workspace()->path(), path);
}

void TestMainWindow::filterBarDrillsDown()
{
    QTemporaryDir dir;
    const QString path = makeWorkspace(dir);
    cx::Preferences preferences(dir.filePath(u"prefs.ini"_s));
    cx::LanguageManager languages;
    cx::MainWindow window(preferences, languages);
    QVERIFY(window.openWorkspace(path, false));
    cx::settle(window, 60000);

    QComboBox *city = nullptr;
    QComboBox *county = nullptr;
    for (QComboBox *combo : window.findChildren<QComboBox *>()) {
        if (combo->findText(u"深圳"_s) >= 0)
            city = combo;
    }
    QVERIFY(city);
    QCOMPARE(city->count(), 3); // all, 广州, 深圳
    city->setCurrentIndex(city->findText(u"深圳"_s));
    for (QComboBox *combo : window.findChildren<QComboBox *>()) {
        if (combo->findText(u"南山区"_s) >= 0)
            county = combo;
    }
    QVERIFY(county);
    QVERIFY(county->isEnabled());
    QCOMPARE(county->count(), 3); // all, 南山区, 罗湖区
    QCOMPARE(county->findText(u"天河区"_s), -1);
}

void TestMainWindow::switchesLanguage()
{
    QTemporaryDir dir;
    cx::Preferences preferences(dir.filePath(u"prefs.ini"_s));
    cx::LanguageManager languages;
    languages.apply(u"en"_s);
    cx::MainWindow window(preferences, languages);
    auto *navigation = window.findChild<QListWidget *>();
    QVERIFY(navigation);
    QCOMPARE(navigation->item(0)->text(), u"Dashboard"_s);
    languages.apply(u"zh_CN"_s);
    QApplication::processEvents();
    QCOMPARE(navigation->item(0)->text(), u"仪表盘"_s);
    QCOMPARE(window.windowTitle(), u"客户体验分析工作台"_s);
    languages.apply(u"en"_s);
    QApplication::processEvents();
    QCOMPARE(navigation->item(0)->text(), u"Dashboard"_s);
    languages.apply(u"fr_FR"_s);
    QApplication::processEvents();
    QCOMPARE(navigation->item(0)->text(), u"Dashboard"_s);
    QCOMPARE(QCoreApplication::translate("cx::DataView", "%n complaint(s)", nullptr, 2), u"2 complaints"_s);
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
