#include "pipeline/sqlite.h"
#include "workspace/categorymapchange.h"
#include "workspace/categorymapcsv.h"

#include "testsupport.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace cx;
using namespace Qt::StringLiterals;

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

Run runCli(const QStringList &arguments)
{
    QProcess process;
    process.start(test::cliPath(), arguments);
    Run run;
    if (!process.waitForFinished(120000))
        return run;
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QString stageOf(const QString &workspace, const QString &orderNo)
{
    sqlite::Database db;
    if (!db.open(workspace))
        return {};
    sqlite::Statement q = db.prepare(u"SELECT stage FROM complaint WHERE order_no = ?1"_s);
    q.bindText(1, orderNo);
    return q.next() ? q.columnText(0) : QString();
}

QList<CategoryMapping> mapOf(const QString &workspace)
{
    sqlite::Database db;
    return db.open(workspace) ? workspaceCategoryMappings(db) : QList<CategoryMapping>{};
}

} // namespace

class TestCliCategories : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void exportEditImport();
    void fileSavedAgainByExcel();
    void invalidRowsChangeNothing();
    void usageErrors_data();
    void usageErrors();

private:
    QString data(const QString &name) const { return QFINDTESTDATA(u"data/"_s + name); }
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_workspace;
};

void TestCliCategories::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_workspace = m_dir->filePath(u"journey.cxw"_s);
    const Run imported =
        runCli({u"import"_s, u"-w"_s, m_workspace, QFINDTESTDATA("../workspace/data/journey_complaints.csv")});
    QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));
}

void TestCliCategories::exportEditImport()
{
    // The export of a new workspace: the default map, as the fixtures were made from.
    const QString exported = m_dir->filePath(u"map.csv"_s);
    const Run exportRun = runCli({u"categories"_s, u"export"_s, u"-w"_s, m_workspace, u"-o"_s, exported});
    QVERIFY2(exportRun.exitCode == 0, qPrintable(exportRun.err));
    QVERIFY(exportRun.out.contains(u"16"_s));
    const QByteArray bytes = readAll(exported);
    QVERIFY(bytes.startsWith("\xEF\xBB\xBF" "category,stage,element_code,experience_level\r\n"));
    QCOMPARE(bytes.count("\r\n"), 17);
    QCOMPARE(bytes, readAll(data(u"categories_export.csv"_s)));

    // categories_edited.csv: that export edited with Python's csv module (UTF-8
    // with BOM): 营销短信过多 removed, 网速慢 moved to 咨询投诉, 账单看不懂 added to 缴费.
    const Run importRun = runCli({u"categories"_s, u"import"_s, u"-w"_s, m_workspace, data(u"categories_edited.csv"_s)});
    QVERIFY2(importRun.exitCode == 0, qPrintable(importRun.err));
    QVERIFY2(importRun.out.contains(u"16 rows read, 16 accepted, 0 refused"_s), qPrintable(importRun.out));
    QVERIFY2(importRun.out.contains(u"added: 1, changed: 1, removed: 1"_s), qPrintable(importRun.out));
    // 网速慢 4 complaints, 账单看不懂 2.
    QVERIFY2(importRun.out.contains(u"re-derived: 6 (6 moved"_s), qPrintable(importRun.out));
    QCOMPARE(stageOf(m_workspace, u"JC001"_s), u"咨询投诉"_s);
    QCOMPARE(stageOf(m_workspace, u"JC008"_s), u"缴费"_s);
    QCOMPARE(stageOf(m_workspace, u"JC004"_s), u"使用"_s);

    // What the workspace holds now exports as what was imported.
    const CategoryCsvContent edited = readCategoryMapCsv(data(u"categories_edited.csv"_s), {u"了解"_s, u"订购"_s,
        u"开通"_s, u"使用"_s, u"缴费"_s, u"咨询投诉"_s, u"续订退订"_s});
    QVERIFY(edited.problems.isEmpty());
    QList<CategoryMapping> expected = edited.rows;
    std::sort(expected.begin(), expected.end(),
              [](const CategoryMapping &a, const CategoryMapping &b) { return a.category < b.category; });
    QCOMPARE(mapOf(m_workspace), expected);

    // The same file again changes nothing.
    const Run again = runCli({u"categories"_s, u"import"_s, u"-w"_s, m_workspace, data(u"categories_edited.csv"_s)});
    QCOMPARE(again.exitCode, 0);
    QVERIFY2(again.out.contains(u"nothing was changed"_s), qPrintable(again.out));
}

void TestCliCategories::fileSavedAgainByExcel()
{
    // GBK without BOM, as Excel on Chinese Windows saves "CSV (逗号分隔)"; a
    // quoted category with a comma; 网速慢 moved, 服务 (a first-level category of the data) mapped.
    const Run run = runCli({u"categories"_s, u"import"_s, u"-w"_s, m_workspace, data(u"categories_edited_gbk.csv"_s)});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY2(run.out.contains(u"added: 2, changed: 1, removed: 0"_s), qPrintable(run.out));
    QVERIFY2(run.out.contains(u"re-derived: 5 (5 moved"_s), qPrintable(run.out));
    QCOMPARE(stageOf(m_workspace, u"JC010"_s), u"咨询投诉"_s);
    const QList<CategoryMapping> map = mapOf(m_workspace);
    QVERIFY(std::any_of(map.begin(), map.end(), [](const CategoryMapping &row) {
        return row.category == u"资费,套餐"_s && row.stage == u"了解"_s && row.elementCode == u"QOE03"_s;
    }));
}

void TestCliCategories::invalidRowsChangeNothing()
{
    const QList<CategoryMapping> before = mapOf(m_workspace);
    const Run run = runCli({u"categories"_s, u"import"_s, u"-w"_s, m_workspace, data(u"categories_invalid.csv"_s)});
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.out.contains(u"5 rows read, 1 accepted, 4 refused"_s), qPrintable(run.out));
    for (const QString &expected : {u"line 3: the category is empty"_s, u"line 4: the category “网速慢” is already on line 2"_s,
                                    u"line 5: “售后” is not a journey stage"_s, u"line 6: the experience level “很好”"_s})
        QVERIFY2(run.err.contains(expected), qPrintable(run.err));
    QVERIFY(run.err.contains(u"Nothing was changed"_s));
    QCOMPARE(mapOf(m_workspace), before);
    QCOMPARE(stageOf(m_workspace, u"JC001"_s), u"使用"_s);
}

void TestCliCategories::usageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::newRow("no action") << QStringList{u"-w"_s, u"WS"_s} << 64;
    QTest::newRow("unknown action") << QStringList{u"merge"_s, u"-w"_s, u"WS"_s} << 64;
    QTest::newRow("export without -o") << QStringList{u"export"_s, u"-w"_s, u"WS"_s} << 64;
    QTest::newRow("import without a file") << QStringList{u"import"_s, u"-w"_s, u"WS"_s} << 64;
    QTest::newRow("no workspace") << QStringList{u"export"_s, u"-o"_s, u"out.csv"_s} << 64;
    QTest::newRow("missing file") << QStringList{u"import"_s, u"-w"_s, u"WS"_s, u"nothere.csv"_s} << 1;
    QTest::newRow("missing workspace") << QStringList{u"export"_s, u"-w"_s, u"nothere.cxw"_s, u"-o"_s, u"x.csv"_s} << 1;
}

void TestCliCategories::usageErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    arguments.replaceInStrings(u"WS"_s, m_workspace);
    arguments.prepend(u"categories"_s);
    const QByteArray map = readAll(m_workspace);
    const Run run = runCli(arguments);
    QCOMPARE(run.exitCode, exitCode);
    QVERIFY(!run.err.isEmpty());
    QCOMPARE(readAll(m_workspace), map);
}

QTEST_GUILESS_MAIN(TestCliCategories)
#include "tst_clicategories.moc"
