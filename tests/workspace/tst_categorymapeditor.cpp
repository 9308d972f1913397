#include "analytics/aggregates.h"
#include "analytics/serviceaggregates.h"
#include "analytics/tagcounts.h"
#include "import/categorymap.h"
#include "pipeline/importer.h"
#include "pipeline/sqlite.h"
#include "workspace/categorymapchange.h"
#include "workspace/categorymapeditor.h"
#include "workspace/categorymapmodel.h"
#include "workspace/journeystagemodel.h"
#include "workspace/workspace.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include <map>

using namespace cx;
using namespace Qt::StringLiterals;

namespace {

// tests/workspace/data/journey_complaints.csv under the default map: 使用 6
// (网速慢 4, 信号差 1, 播放卡顿 1), 订购 2, 缴费 1, 未归类 3 (账单看不懂 2 by
// its third level, 服务 1 with only a first level).
const std::map<QString, qint64> kInitialStages{
    {u"使用"_s, 6}, {u"订购"_s, 2}, {u"缴费"_s, 1}, {u"未归类"_s, 3}
};

std::map<QString, qint64> stageCounts(sqlite::Database &db)
{
    std::map<QString, qint64> counts;
    sqlite::Statement q = db.prepare(u"SELECT stage, count(*) FROM complaint GROUP BY stage"_s);
    while (q.next())
        counts[q.columnText(0)] = q.columnInt(1);
    return counts;
}

QString scalarText(sqlite::Database &db, const QString &sql)
{
    sqlite::Statement q = db.prepare(sql);
    return q.next() ? q.columnText(0) : QString();
}

// agg_cell with its tag counts (the table with a stage) by dimension values
// (ids differ between folds), sorted.
QStringList complaintAggregates(sqlite::Database &db)
{
    QStringList rows;
    sqlite::Statement dim = db.prepare(u"SELECT value FROM agg_dim WHERE id = ?1"_s);
    sqlite::Statement city = db.prepare(u"SELECT city FROM agg_region WHERE id = ?1"_s);
    const auto valueOf = [](sqlite::Statement &lookup, qint64 id) {
        lookup.bindInt(1, id);
        const QString value = lookup.next() ? lookup.columnText(0) : u"?"_s;
        lookup.reset();
        return value;
    };
    const bool read = forEachStoredCell(db, [&](const StoredCell &cell) {
        QStringList fields;
        for (std::size_t i = 0; i < cell.key.ids.size(); ++i)
            fields << valueOf(i == 2 ? city : dim, cell.key.ids[i]);
        rows << fields.join(u'|') + u"|="_s + QString::number(cell.counts.complaints);
        for (const TagCount &count : cell.tags)
            rows << fields.join(u'|') + u"|tag "_s + valueOf(dim, count.tag) + u'=' + QString::number(count.n);
        return true;
    });
    if (!read)
        rows << u"damaged cells"_s;
    rows.sort();
    return rows;
}

// What a full rebuild of the aggregates would hold, without keeping it.
QStringList rebuiltComplaintAggregates(sqlite::Database &db)
{
    QString error;
    db.exec(u"SAVEPOINT rebuilt"_s);
    const bool ok = rebuildAggregates(db, &error);
    const QStringList rows = ok ? complaintAggregates(db) : QStringList{error};
    db.exec(u"ROLLBACK TO rebuilt; RELEASE rebuilt"_s);
    return rows;
}

CategoryMapping mappingOf(sqlite::Database &db, const QString &category)
{
    for (const CategoryMapping &row : workspaceCategoryMappings(db)) {
        if (row.category == category)
            return row;
    }
    return {};
}

JourneyChange setRow(sqlite::Database &db, const CategoryMapping &row)
{
    JourneyChange change;
    const CategoryMapping before = mappingOf(db, row.category);
    const std::optional<CategoryMapping> existing = before.category.isEmpty() ? std::nullopt : std::optional(before);
    change.categories = {CategoryDelta{row.category, existing, row}};
    return change;
}

JourneyChange stageListChange(sqlite::Database &db, const QStringList &after,
                              QList<QPair<QString, QString>> renamed = {})
{
    JourneyChange change;
    change.stagesBefore = workspaceStages(db);
    change.stagesAfter = after;
    change.renamedStages = std::move(renamed);
    return change;
}

} // namespace

class TestCategoryMapEditor : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void movingACategoryMovesItsComplaints();
    void mappingUnmappedCategories();
    void renamingAStage();
    void stageRules_data();
    void stageRules();
    void invalidRows_data();
    void invalidRows();
    void editorUndoAndRedo();
    void modelsFollowTheEditor();

private:
    sqlite::Database &db() { return m_db; }
    QString m_path;
    std::unique_ptr<QTemporaryDir> m_dir;
    sqlite::Database m_db;
};

void TestCategoryMapEditor::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_path = m_dir->filePath(u"journey.cxw"_s);
    {
        WorkspaceError error;
        QVERIFY(Workspace::create(m_path, &error));
    }
    Importer importer(m_path);
    const ImportReport report = importer.importFile(QFINDTESTDATA("data/journey_complaints.csv"));
    QVERIFY2(!report.failed(), qPrintable(report.error));
    QCOMPARE(report.inserted(), 12);
    m_db = sqlite::Database();
    QVERIFY(m_db.open(m_path));
    QString error;
    QVERIFY2(ensureAggregates(m_db, &error), qPrintable(error));
    QCOMPARE(stageCounts(db()), kInitialStages);
}

void TestCategoryMapEditor::cleanup()
{
    m_db = sqlite::Database();
    m_dir.reset();
}

void TestCategoryMapEditor::movingACategoryMovesItsComplaints()
{
    const QStringList before = complaintAggregates(db());
    QCOMPARE(before, rebuiltComplaintAggregates(db()));

    CategoryMapping row = mappingOf(db(), u"网速慢"_s);
    QCOMPARE(row.stage, u"使用"_s);
    row.stage = u"咨询投诉"_s;
    int lastPermille = -1;
    const JourneyChangeReport report = applyJourneyChange(m_path, setRow(db(), row), [&](int p) { lastPermille = p; });
    QVERIFY2(report.ok, qPrintable(report.error));
    QCOMPARE(report.categoriesChanged, 1);
    QCOMPARE(report.categoriesAdded, 0);
    QCOMPARE(report.complaintsRestaged, 4);
    QCOMPARE(report.complaintsRederived, 4);
    QCOMPARE(lastPermille, 1000);

    const std::map<QString, qint64> expected{
        {u"使用"_s, 2}, {u"咨询投诉"_s, 4}, {u"订购"_s, 2}, {u"缴费"_s, 1}, {u"未归类"_s, 3}
    };
    QCOMPARE(stageCounts(db()), expected);
    // Element and level come with the category's row; the aggregates follow as a rebuild would.
    QCOMPARE(scalarText(db(), u"SELECT element_code FROM complaint WHERE order_no = 'JC001'"_s), u"QOE02"_s);
    const QStringList after = complaintAggregates(db());
    QVERIFY(after != before);
    QCOMPARE(after, rebuiltComplaintAggregates(db()));
    QCOMPARE(aggregateState(db()), AggregateState::Current);

    // Applying the same change again changes nothing more.
    const JourneyChangeReport again = applyJourneyChange(m_path, setRow(db(), row));
    QVERIFY(again.ok);
    QCOMPARE(again.complaintsRederived, 0);
    QCOMPARE(complaintAggregates(db()), after);
}

void TestCategoryMapEditor::mappingUnmappedCategories()
{
    // A third-level category, and a first-level one (its complaint has no lower levels).
    JourneyChange change = setRow(db(), {u"账单看不懂"_s, u"缴费"_s, u"QOE03"_s, u"便利性"_s});
    change.categories += setRow(db(), {u"服务"_s, u"咨询投诉"_s, {}, {}}).categories;
    const JourneyChangeReport report = applyJourneyChange(m_path, change);
    QVERIFY2(report.ok, qPrintable(report.error));
    QCOMPARE(report.categoriesAdded, 2);
    QCOMPARE(report.complaintsRestaged, 3);
    const std::map<QString, qint64> expected{
        {u"使用"_s, 6}, {u"订购"_s, 2}, {u"缴费"_s, 3}, {u"咨询投诉"_s, 1}
    };
    QCOMPARE(stageCounts(db()), expected);
    QCOMPARE(scalarText(db(), u"SELECT experience_level FROM complaint WHERE order_no = 'JC008'"_s), u"便利性"_s);
    QCOMPARE(complaintAggregates(db()), rebuiltComplaintAggregates(db()));

    // Removing the row again files them under 未归类, as the importer does.
    JourneyChange removal;
    removal.categories = {CategoryDelta{u"账单看不懂"_s, mappingOf(db(), u"账单看不懂"_s), std::nullopt}};
    const JourneyChangeReport removed = applyJourneyChange(m_path, removal);
    QVERIFY(removed.ok);
    QCOMPARE(removed.categoriesRemoved, 1);
    QCOMPARE(stageCounts(db())[CategoryMap::unmappedStage()], 2);
    QVERIFY(scalarText(db(), u"SELECT coalesce(element_code, 'none') FROM complaint WHERE order_no = 'JC008'"_s)
            == u"none"_s);
}

void TestCategoryMapEditor::renamingAStage()
{
    QStringList stages = workspaceStages(db());
    const qsizetype use = stages.indexOf(u"使用"_s);
    stages[use] = u"使用体验"_s;
    QVERIFY(db().exec(u"INSERT INTO survey_question(text, kind, stage) VALUES ('使用满意度', 'stage', '使用')"_s));
    const JourneyChangeReport report =
        applyJourneyChange(m_path, stageListChange(db(), stages, {{u"使用"_s, u"使用体验"_s}}));
    QVERIFY2(report.ok, qPrintable(report.error));
    QCOMPARE(report.complaintsRestaged, 6);
    QCOMPARE(workspaceStages(db()), stages);
    QCOMPARE(mappingOf(db(), u"网速慢"_s).stage, u"使用体验"_s);
    QCOMPARE(scalarText(db(), u"SELECT stage FROM survey_question WHERE text = '使用满意度'"_s), u"使用体验"_s);
    QCOMPARE(stageCounts(db())[u"使用体验"_s], 6);
    QCOMPARE(stageCounts(db()).count(u"使用"_s), size_t(0));
    QCOMPARE(complaintAggregates(db()), rebuiltComplaintAggregates(db()));
    // The old name is gone from the analysis dimensions too (the analyses list every stage value).
    QCOMPARE(scalarText(db(), u"SELECT count(*) FROM agg_dim WHERE kind = 5 AND value = '使用'"_s), u"0"_s);

    // Moving a stage only reorders.
    stages.move(use, 0);
    const JourneyChangeReport moved = applyJourneyChange(m_path, stageListChange(db(), stages));
    QVERIFY(moved.ok);
    QCOMPARE(moved.complaintsRederived, 0);
    QCOMPARE(workspaceStages(db()).constFirst(), u"使用体验"_s);
}

void TestCategoryMapEditor::stageRules_data()
{
    QTest::addColumn<QString>("operation");
    QTest::addColumn<QString>("stage");
    QTest::addColumn<QString>("refusal"); // a word of the message; empty: allowed

    QTest::newRow("remove a stage with categories") << u"remove"_s << u"使用"_s << u"not a journey stage"_s;
    QTest::newRow("remove a stage a question refers to") << u"remove-question"_s << u"开通"_s << u"survey"_s;
    QTest::newRow("remove an unused stage") << u"remove-unused"_s << u"售后"_s << QString();
    QTest::newRow("rename onto another stage") << u"rename"_s << u"订购"_s << u"already"_s;
    QTest::newRow("rename to the unmapped stage") << u"rename"_s << u"未归类"_s << u"未归类"_s;
    QTest::newRow("rename to nothing") << u"rename"_s << u" "_s << u"name"_s;
}

void TestCategoryMapEditor::stageRules()
{
    QFETCH(QString, operation);
    QFETCH(QString, stage);
    QFETCH(QString, refusal);
    QStringList stages = workspaceStages(db());
    JourneyChange change;
    if (operation == "remove"_L1) {
        stages.removeAll(stage);
        change = stageListChange(db(), stages);
    } else if (operation == "remove-question"_L1) {
        // Its only category goes elsewhere first; the survey question still refers to it.
        QVERIFY(db().exec(u"INSERT INTO survey_question(text, kind, stage) VALUES ('开通满意度', 'stage', '开通')"_s));
        QVERIFY(applyJourneyChange(m_path, setRow(db(), {u"安装超时"_s, u"使用"_s, u"QOE06"_s, u"便利性"_s})).ok);
        stages.removeAll(stage);
        change = stageListChange(db(), stages);
    } else if (operation == "remove-unused"_L1) {
        stages << stage;
        QVERIFY(applyJourneyChange(m_path, stageListChange(db(), stages)).ok);
        stages.removeAll(stage);
        change = stageListChange(db(), stages);
    } else {
        stages[stages.indexOf(u"使用"_s)] = stage;
        change = stageListChange(db(), stages, {{u"使用"_s, stage}});
    }
    const QStringList before = workspaceStages(db());
    const JourneyChangeReport report = applyJourneyChange(m_path, change);
    if (refusal.isEmpty()) {
        QVERIFY2(report.ok, qPrintable(report.error));
        QCOMPARE(workspaceStages(db()), stages);
        return;
    }
    QVERIFY(!report.ok);
    QVERIFY2(report.error.contains(refusal), qPrintable(report.error));
    QCOMPARE(workspaceStages(db()), before); // nothing changed
    QCOMPARE(stageCounts(db())[u"使用"_s], 6);
}

void TestCategoryMapEditor::invalidRows_data()
{
    QTest::addColumn<QString>("category");
    QTest::addColumn<QString>("stage");
    QTest::addColumn<QString>("level");
    QTest::addColumn<QString>("refusal");
    QTest::newRow("spelled like an existing one") << u" 网速慢"_s << u"使用"_s << QString() << u"already"_s;
    QTest::newRow("unknown stage") << u"账单看不懂"_s << u"售后"_s << QString() << u"售后"_s;
    QTest::newRow("unknown level") << u"账单看不懂"_s << u"缴费"_s << u"很好"_s << u"很好"_s;
    QTest::newRow("no name") << u" "_s << u"缴费"_s << QString() << u"name"_s;
}

void TestCategoryMapEditor::invalidRows()
{
    QFETCH(QString, category);
    QFETCH(QString, stage);
    QFETCH(QString, level);
    QFETCH(QString, refusal);
    JourneyChange change;
    change.categories = {CategoryDelta{category, std::nullopt, CategoryMapping{category, stage, {}, level}}};
    const QString message = validateJourneyChange(change, workspaceStages(db()), workspaceCategoryMappings(db()));
    QVERIFY2(message.contains(refusal), qPrintable(message));
    const JourneyChangeReport report = applyJourneyChange(m_path, change);
    QVERIFY(!report.ok);
    QCOMPARE(report.error, message);
    QCOMPARE(stageCounts(db()), kInitialStages);
}

void TestCategoryMapEditor::editorUndoAndRedo()
{
    const QStringList original = complaintAggregates(db());
    WorkspaceError error;
    const std::unique_ptr<Workspace> workspace = Workspace::open(m_path, &error);
    QVERIFY2(workspace, qPrintable(error.message));
    CategoryMapEditor *editor = CategoryMapEditor::forWorkspace(*workspace);
    QCOMPARE(CategoryMapEditor::forWorkspace(*workspace), editor);
    QSignalSpy dataChanged(workspace.get(), &Workspace::dataChanged);
    QSignalSpy applied(editor, &CategoryMapEditor::changeApplied);
    editor->reload();
    QVERIFY(!editor->setMapping({u"网速慢"_s, u"咨询投诉"_s, {}, {}}).isEmpty()); // still reading
    QTRY_VERIFY(editor->isLoaded());
    QCOMPARE(editor->complaintsInStage(u"使用"_s), 6);
    QCOMPARE(editor->complaintsOf(u"网速慢"_s), 4);
    QCOMPARE(editor->unmappedCategories(), (QStringList{u"服务"_s, u"账单看不懂"_s}));
    QCOMPARE(editor->complaintsOf(u"账单看不懂"_s), 2);

    CategoryMapping row = mappingOf(db(), u"网速慢"_s);
    row.stage = u"咨询投诉"_s;
    QCOMPARE(editor->setMapping(row), QString());
    QCOMPARE(workspace->undoStack()->count(), 1);
    // Shown at once, applied on the worker.
    QCOMPARE(editor->complaintsInStage(u"咨询投诉"_s), 4);
    QTRY_COMPARE(applied.count(), 1);
    QVERIFY(!editor->isBusy());
    QCOMPARE(applied.at(0).at(0).value<JourneyChangeReport>().complaintsRestaged, 4);
    QCOMPARE(stageCounts(db())[u"咨询投诉"_s], 4);
    QCOMPARE(dataChanged.count(), 1);

    workspace->undoStack()->undo();
    QCOMPARE(editor->complaintsInStage(u"咨询投诉"_s), 0);
    QTRY_COMPARE(applied.count(), 2);
    QCOMPARE(stageCounts(db()), kInitialStages);
    QCOMPARE(mappingOf(db(), u"网速慢"_s).stage, u"使用"_s);
    QCOMPARE(complaintAggregates(db()), original);

    workspace->undoStack()->redo();
    QTRY_COMPARE(applied.count(), 3);
    QCOMPARE(stageCounts(db())[u"咨询投诉"_s], 4);

    // Edits queue behind each other; a rename and a move, undone in one go at the end.
    QCOMPARE(editor->renameStage(u"咨询投诉"_s, u"客服"_s), QString());
    QCOMPARE(editor->moveStage(0, 2), QString());
    QCOMPARE(editor->stages().at(2), u"了解"_s);
    QVERIFY(!editor->removeStage(u"客服"_s).isEmpty()); // categories are mapped to it
    QTRY_COMPARE(applied.count(), 5);
    QCOMPARE(stageCounts(db())[u"客服"_s], 4);
    while (workspace->undoStack()->canUndo())
        workspace->undoStack()->undo();
    editor->waitForIdle();
    QTRY_VERIFY(!editor->isBusy());
    QCOMPARE(workspaceStages(db()), CategoryMapEditor::forWorkspace(*workspace)->stages());
    QCOMPARE(stageCounts(db()), kInitialStages);
    QCOMPARE(complaintAggregates(db()), original);
}

void TestCategoryMapEditor::modelsFollowTheEditor()
{
    WorkspaceError error;
    const std::unique_ptr<Workspace> workspace = Workspace::open(m_path, &error);
    QVERIFY(workspace);
    CategoryMapEditor *editor = CategoryMapEditor::forWorkspace(*workspace);
    JourneyStageModel stages(*editor);
    CategoryMapModel categories(*editor);
    QAbstractItemModelTester stageTester(&stages, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester categoryTester(&categories, QAbstractItemModelTester::FailureReportingMode::QtTest);
    editor->reload();
    QTRY_VERIFY(editor->isLoaded());

    QCOMPARE(stages.rowCount(), 7);
    QCOMPARE(stages.index(3, JourneyStageModel::Name).data().toString(), u"使用"_s);
    QCOMPARE(stages.index(3, JourneyStageModel::Complaints).data(int(JourneyStageModel::Role::ComplaintCount)), 6);
    QCOMPARE(stages.index(3, 0).data(int(JourneyStageModel::Role::Removable)).toBool(), false);

    // 16 default rows, then the two categories of the data the map does not know.
    QCOMPARE(categories.rowCount(), 18);
    const int unmapped = categories.rowOf(u"账单看不懂"_s);
    QCOMPARE(unmapped, 17);
    const QModelIndex stageCell = categories.index(unmapped, CategoryMapModel::Stage);
    QCOMPARE(stageCell.data().toString(), CategoryMap::unmappedStage());
    QVERIFY(!(categories.flags(categories.index(unmapped, CategoryMapModel::ElementCode)) & Qt::ItemIsEditable));
    QCOMPARE(stageCell.data(int(CategoryMapModel::Role::Choices)).toStringList(), editor->stages());

    QSignalSpy applied(editor, &CategoryMapEditor::changeApplied);
    QVERIFY(categories.setData(stageCell, u"缴费"_s));
    QCOMPARE(workspace->undoStack()->count(), 1);
    const int mapped = categories.rowOf(u"账单看不懂"_s);
    QVERIFY(categories.index(mapped, 0).data(int(CategoryMapModel::Role::Mapped)).toBool());
    QCOMPARE(categories.index(mapped, CategoryMapModel::Complaints).data(int(CategoryMapModel::Role::ComplaintCount)),
             2);
    QVERIFY(categories.setData(categories.index(mapped, CategoryMapModel::ExperienceLevel), u"便利性"_s));
    QCOMPARE(workspace->undoStack()->count(), 2);

    QSignalSpy refused(&categories, &CategoryMapModel::editRefused);
    QVERIFY(!categories.setData(categories.index(mapped, CategoryMapModel::ExperienceLevel), u"很好"_s));
    QCOMPARE(refused.count(), 1);
    QSignalSpy stageRefused(&stages, &JourneyStageModel::editRefused);
    QVERIFY(!stages.setData(stages.index(0, JourneyStageModel::Name), u"订购"_s));
    QCOMPARE(stageRefused.count(), 1);
    QVERIFY(stages.setData(stages.index(0, JourneyStageModel::Name), u"认知"_s));
    QCOMPARE(editor->stages().constFirst(), u"认知"_s);

    QTRY_COMPARE(applied.count(), 3);
    QCOMPARE(mappingOf(db(), u"账单看不懂"_s).experienceLevel, u"便利性"_s);
    QCOMPARE(workspaceStages(db()).constFirst(), u"认知"_s);
    QCOMPARE(mappingOf(db(), u"套餐资费不清"_s).stage, u"认知"_s);
}

QTEST_GUILESS_MAIN(TestCategoryMapEditor)
#include "tst_categorymapeditor.moc"
