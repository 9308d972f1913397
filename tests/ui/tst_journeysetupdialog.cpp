#include "categories/journeysetupdialog.h"
#include "mainwindow.h"
#include "pipeline/importer.h"
#include "pipeline/sqlite.h"
#include "settings/language.h"
#include "settings/preferences.h"
#include "workspace/categorymapchange.h"
#include "workspace/categorymapeditor.h"
#include "workspace/categorymapmodel.h"
#include "workspace/journeystagemodel.h"
#include "workspace/workspace.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QInputMethodEvent>
#include <QComboBox>
#include <QDir>
#include <QLineEdit>
#include <QMenuBar>
#include <QPushButton>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QUndoStack>

using namespace cx;
using namespace Qt::StringLiterals;

namespace {

QPushButton *button(QWidget &dialog, const QString &text)
{
    const QList<QPushButton *> buttons = dialog.findChildren<QPushButton *>();
    const auto it = std::find_if(buttons.begin(), buttons.end(), [&](QPushButton *b) {
        return b->text().remove(u'&') == text;
    });
    return it != buttons.end() ? *it : nullptr;
}

QString stageOf(const QString &workspace, const QString &category)
{
    sqlite::Database db;
    if (!db.open(workspace))
        return {};
    for (const CategoryMapping &row : workspaceCategoryMappings(db)) {
        if (row.category == category)
            return row.stage;
    }
    return {};
}

QStringList stagesOf(const QString &workspace)
{
    sqlite::Database db;
    return db.open(workspace) ? workspaceStages(db) : QStringList{};
}

void grab(QWidget &widget, const QString &name)
{
    const QString dir = qEnvironmentVariable("CX_GRAB_DIR");
    if (dir.isEmpty())
        return;
    QDir().mkpath(dir);
    QVERIFY(widget.grab().save(QDir(dir).filePath(name + u".png"_s)));
}

} // namespace

class TestJourneySetupDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void mapsACategoryWithTheStageDropDown();
    void movesRenamesAndRemovesStages();
    void toolsMenuOpensTheDialog();

private:
    CategoryMapEditor &editor() { return *CategoryMapEditor::forWorkspace(*m_workspace); }
    void waitUntilIdle();

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
    std::unique_ptr<Workspace> m_workspace;
    LanguageManager m_languages;
};

void TestJourneySetupDialog::initTestCase()
{
    m_languages.apply(u"en"_s);
}

void TestJourneySetupDialog::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_path = m_dir->filePath(u"journey.cxw"_s);
    {
        WorkspaceError error;
        QVERIFY(Workspace::create(m_path, &error));
    }
    Importer importer(m_path);
    QCOMPARE(importer.importFile(QFINDTESTDATA("../workspace/data/journey_complaints.csv")).inserted(), 12);
    WorkspaceError error;
    m_workspace = Workspace::open(m_path, &error);
    QVERIFY2(m_workspace, qPrintable(error.message));
}

void TestJourneySetupDialog::cleanup()
{
    m_workspace.reset();
    m_dir.reset();
}

void TestJourneySetupDialog::waitUntilIdle()
{
    QTRY_VERIFY(!editor().isBusy());
}

void TestJourneySetupDialog::mapsACategoryWithTheStageDropDown()
{
    JourneySetupDialog dialog(*m_workspace);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    waitUntilIdle();
    QTableView *stages = dialog.stageView();
    QTableView *categories = dialog.categoryView();
    QCOMPARE(stages->model()->rowCount(), 7);
    QCOMPARE(stages->model()->index(3, JourneyStageModel::Complaints).data().toString(), u"6"_s);
    QCOMPARE(categories->model()->rowCount(), 18); // 16 mapped, 服务 and 账单看不懂 found in the data

    // Search the list as the user types (Chinese arrives from the input method).
    auto *filter = dialog.findChild<QLineEdit *>();
    QVERIFY(filter);
    filter->setFocus();
    QInputMethodEvent typed;
    typed.setCommitString(u"账单"_s);
    QApplication::sendEvent(filter, &typed);
    QCOMPARE(categories->model()->rowCount(), 1);
    const QModelIndex stageCell = categories->model()->index(0, CategoryMapModel::Stage);
    QCOMPARE(stageCell.data().toString(), u"未归类"_s);
    QCOMPARE(categories->model()->index(0, CategoryMapModel::Complaints).data().toString(), u"2"_s);

    // The stage drop-down: picking 缴费 maps the category, one step on the undo stack.
    categories->setCurrentIndex(stageCell);
    categories->edit(stageCell);
    auto *combo = categories->findChild<QComboBox *>();
    QVERIFY(combo);
    QCOMPARE(combo->count(), 7);
    const int paying = combo->findText(u"缴费"_s);
    QVERIFY(paying >= 0);
    combo->setCurrentIndex(paying);
    Q_EMIT combo->activated(paying);
    QCOMPARE(m_workspace->undoStack()->count(), 1);
    QCOMPARE(categories->model()->index(0, CategoryMapModel::Stage).data().toString(), u"缴费"_s);
    waitUntilIdle();
    QCOMPARE(stageOf(m_path, u"账单看不懂"_s), u"缴费"_s);
    QVERIFY2(dialog.status().contains(u"2 complaint"_s), qPrintable(dialog.status()));
    QCOMPARE(stages->model()->index(4, JourneyStageModel::Complaints).data().toString(), u"3"_s);

    filter->clear();
    QCOMPARE(categories->model()->rowCount(), 18);
    grab(dialog, u"journey-stages-and-categories"_s);

    // Undo with the dialog's button, as Edit › Undo would.
    const QList<QToolButton *> tools = dialog.findChildren<QToolButton *>();
    const auto undo = std::find_if(tools.begin(), tools.end(), [](QToolButton *b) {
        return b->text().startsWith(u"Undo"_s);
    });
    QVERIFY(undo != tools.end() && (*undo)->isEnabled());
    QVERIFY2((*undo)->text().contains(u"账单看不懂"_s), qPrintable((*undo)->text()));
    QTest::mouseClick(*undo, Qt::LeftButton);
    waitUntilIdle();
    QCOMPARE(stageOf(m_path, u"账单看不懂"_s), QString());
    QCOMPARE(m_workspace->undoStack()->index(), 0);
}

void TestJourneySetupDialog::movesRenamesAndRemovesStages()
{
    JourneySetupDialog dialog(*m_workspace);
    dialog.show();
    waitUntilIdle();
    QTableView *stages = dialog.stageView();
    QPushButton *up = button(dialog, u"Move Up"_s);
    QPushButton *remove = button(dialog, u"Remove"_s);
    QVERIFY(up && remove);

    // 使用 moves up before 开通.
    stages->setCurrentIndex(stages->model()->index(3, JourneyStageModel::Name));
    QVERIFY(!remove->isEnabled()); // its categories keep it
    QTest::mouseClick(up, Qt::LeftButton);
    QCOMPARE(stages->currentIndex().row(), 2);
    waitUntilIdle();
    QCOMPARE(stagesOf(m_path).at(2), u"使用"_s);

    // Renamed in place.
    QVERIFY(stages->model()->setData(stages->model()->index(2, JourneyStageModel::Name), u"使用体验"_s));
    waitUntilIdle();
    QCOMPARE(stageOf(m_path, u"网速慢"_s), u"使用体验"_s);

    // A new stage after the current one, removable while nothing uses it.
    QVERIFY(dialog.addStage(u"售后"_s));
    QCOMPARE(stages->currentIndex().row(), 3);
    QVERIFY(remove->isEnabled());
    QVERIFY(!dialog.addStage(u"售后"_s)); // once only
    QVERIFY(dialog.status().contains(u"售后"_s));
    waitUntilIdle();
    QCOMPARE(stagesOf(m_path).at(3), u"售后"_s);
    QTest::mouseClick(remove, Qt::LeftButton);
    waitUntilIdle();
    QVERIFY(!stagesOf(m_path).contains(u"售后"_s));

    // Everything undone in turn: the journey is as imported.
    QCOMPARE(m_workspace->undoStack()->count(), 4);
    while (m_workspace->undoStack()->canUndo())
        m_workspace->undoStack()->undo();
    waitUntilIdle();
    QCOMPARE(stagesOf(m_path), (QStringList{u"了解"_s, u"订购"_s, u"开通"_s, u"使用"_s, u"缴费"_s, u"咨询投诉"_s,
                                            u"续订退订"_s}));
    QCOMPARE(stageOf(m_path, u"网速慢"_s), u"使用"_s);
}

void TestJourneySetupDialog::toolsMenuOpensTheDialog()
{
    Preferences preferences(m_dir->filePath(u"prefs.ini"_s));
    MainWindow window(preferences, m_languages);
    window.show();
    m_workspace.reset(); // the window opens its own
    QVERIFY(window.openWorkspace(m_path, false));
    QAction *action = nullptr;
    for (QAction *menu : window.menuBar()->actions()) {
        for (QAction *item : menu->menu()->actions()) {
            if (item->text().remove(u'&').startsWith(u"Journey Stages and Categories"_s))
                action = item;
        }
    }
    QVERIFY(action && action->isEnabled());
    action->trigger();
    auto *dialog = window.findChild<JourneySetupDialog *>();
    QVERIFY(dialog && dialog->isVisible());
    action->trigger();
    QCOMPARE(window.findChildren<JourneySetupDialog *>().size(), 1); // the same one again

    // Closing the workspace closes the dialog with it.
    CategoryMapEditor *open = CategoryMapEditor::forWorkspace(*window.workspace());
    QTRY_VERIFY(!open->isBusy());
    window.closeWorkspace();
    QVERIFY(window.findChildren<JourneySetupDialog *>().isEmpty());
    QVERIFY(!action->isEnabled());
}

QTEST_MAIN(TestJourneySetupDialog)
#include "tst_journeysetupdialog.moc"
