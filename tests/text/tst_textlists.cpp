// The word lists: parsing with line-numbered problems, the defaults, a
// workspace's own copies (which make the aggregates follow), list files in
// the encodings editors save, and `cxwb-cli text`.

#include "../analytics/analyticsfixture.h"

#include "analytics/aggregates.h"
#include "analytics/serviceaggregates.h"
#include "analytics/tagcounts.h"
#include "pipeline/sqlite.h"
#include "testsupport.h"
#include "text/textlists.h"

#include <QDir>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

QString problemsText(const QList<cx::TextListProblem> &problems)
{
    QStringList lines;
    for (const cx::TextListProblem &p : problems)
        lines << QString::number(p.line);
    return lines.join(u',');
}

qint64 count(cx::sqlite::Database &db, const QString &sql)
{
    cx::sqlite::Statement q = db.prepare(sql);
    return q.next() ? q.columnInt(0) : -1;
}

// The complaints of every cell with the pain-point tag `tag`; -1 when the cells do not read.
qint64 tagComplaints(cx::sqlite::Database &db, const QString &tag)
{
    cx::sqlite::Statement id = db.prepare(u"SELECT id FROM agg_dim WHERE kind = 8 AND value = coalesce(?1, '')"_s);
    id.bindText(1, tag);
    const qint64 tagId = id.next() ? id.columnInt(0) : -1;
    qint64 n = 0;
    const bool read = cx::forEachStoredCell(db, [&](const cx::StoredCell &cell) {
        for (const cx::TagCount &count : cell.tags)
            n += count.tag == tagId ? count.n : 0;
        return true;
    });
    return read ? n : -1;
}

} // namespace

class TestTextLists : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parseTerms_data();
    void parseTerms();
    void parseTagRules();
    void parseStopWords();
    void defaults();
    void workspaceCopiesMakeAggregatesFollow();
    void listFilesInEditorEncodings();
    void commandLine();
};

void TestTextLists::parseTerms_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("words");
    QTest::addColumn<QList<double>>("frequencies");
    QTest::addColumn<QString>("problemLines");

    QTest::newRow("plain") << u"# comment\n\n光猫\r\n携号转网 5000\n"_s << QStringList{u"光猫"_s, u"携号转网"_s}
                           << QList<double>{2000, 5000} << QString();
    QTest::newRow("tab and full width") << u"５Ｇ消息\t300\n"_s << QStringList{u"5G消息"_s} << QList<double>{300}
                                        << QString();
    QTest::newRow("problems") << u"光猫\n光 猫 1\n宽带 lots\n宽带 0\n一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十一二三\n和|彩云\n"_s
                              << QStringList{u"光猫"_s} << QList<double>{2000} << u"2,3,4,5,6"_s;
}

void TestTextLists::parseTerms()
{
    QFETCH(QString, text);
    QFETCH(QStringList, words);
    QFETCH(QList<double>, frequencies);
    QFETCH(QString, problemLines);
    QList<cx::TextListProblem> problems;
    const QList<cx::Term> terms = cx::parseTerms(text, &problems);
    QStringList gotWords;
    QList<double> gotFrequencies;
    for (const cx::Term &t : terms) {
        gotWords << t.word;
        gotFrequencies << t.frequency;
    }
    QCOMPARE(gotWords, words);
    QCOMPARE(gotFrequencies, frequencies);
    QCOMPARE(problemsText(problems), problemLines);
    for (const cx::TextListProblem &p : std::as_const(problems))
        QVERIFY(!p.reason.isEmpty());
}

void TestTextLists::parseTagRules()
{
    QFile file(QFINDTESTDATA("data/tags_with_problems.txt"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QList<cx::TextListProblem> problems;
    const QList<cx::TagRule> rules = cx::parseTagRules(QString::fromUtf8(file.readAll()), &problems);
    QCOMPARE(problemsText(problems), u"3,4,6,7"_s);
    QCOMPARE(rules.size(), 2);
    QCOMPARE(rules.at(0).tag, u"光猫故障"_s);
    QCOMPARE(rules.at(0).phrases, (QStringList{u"光猫"_s, u"指示灯"_s}));
    QCOMPARE(rules.at(1).tag, u"掉线"_s);

    // Full-width colon and exclamation mark, spaces around the parts.
    const QList<cx::TagRule> wide = cx::parseTagRules(u"卡顿： 卡顿 | 缓冲 | ！不卡顿"_s, &problems);
    QCOMPARE(wide.size(), 1);
    QCOMPARE(wide.at(0).phrases, (QStringList{u"卡顿"_s, u"缓冲"_s}));
    QCOMPARE(wide.at(0).exceptions, QStringList{u"不卡顿"_s});
}

void TestTextLists::parseStopWords()
{
    QList<cx::TextListProblem> problems;
    const QSet<QString> words = cx::parseStopWords(u"的\n了\n的\n# 注释\n客 户\n"_s, &problems);
    QCOMPARE(words, (QSet<QString>{u"的"_s, u"了"_s}));
    QCOMPARE(problemsText(problems), u"5"_s);
}

void TestTextLists::defaults()
{
    const cx::TextLists &lists = cx::TextLists::defaults();
    for (cx::TextListKind kind : cx::textListKinds()) {
        QList<cx::TextListProblem> problems;
        QVERIFY(lists.isDefault(kind));
        const QString text = lists.text(kind);
        if (kind == cx::TextListKind::Terms)
            cx::parseTerms(text, &problems);
        else if (kind == cx::TextListKind::StopWords)
            cx::parseStopWords(text, &problems);
        else
            cx::parseTagRules(text, &problems);
        QVERIFY2(problems.isEmpty(), qPrintable(cx::textListName(kind) + u": line "_s + problemsText(problems)));
        QCOMPARE(cx::textListKind(cx::textListName(kind)), kind);
    }
    QVERIFY(!cx::textListKind(u"dictionary"));

    QVERIFY(lists.terms().size() >= 200);
    QStringList terms;
    for (const cx::Term &t : lists.terms())
        terms << t.word;
    for (const QString &term : {u"携号转网"_s, u"光猫"_s, u"流量包"_s, u"家庭宽带"_s, u"工信部"_s, u"乱扣费"_s,
                                u"视频彩铃"_s, u"咪咕视频"_s, u"和彩云"_s, u"宽带提速"_s, u"副卡"_s, u"亲情号"_s,
                                u"实名认证"_s, u"销户"_s, u"补卡"_s, u"自动续费"_s, u"不知情订购"_s, u"营销短信"_s,
                                u"信号差"_s, u"掉话"_s, u"网速慢"_s, u"卡顿"_s, u"首帧"_s, u"10086"_s})
        QVERIFY2(terms.contains(term), qPrintable(term));
    for (const QString &term : std::as_const(terms))
        QVERIFY2(!lists.stopWords().contains(term), qPrintable(term + u" is a term and a stop word"_s));

    for (const QString &word : {u"的"_s, u"了"_s, u"我"_s, u"客户"_s, u"用户"_s, u"反映"_s, u"表示"_s, u"来电"_s,
                                u"要求"_s, u"核实"_s, u"处理"_s, u"回复"_s, u"工单"_s})
        QVERIFY2(lists.stopWords().contains(word), qPrintable(word));

    QVERIFY(lists.tagRules().size() >= 20);
    QStringList tags;
    for (const cx::TagRule &rule : lists.tagRules())
        tags << rule.tag;
    for (const QString &tag : {u"卡顿"_s, u"扣费不明"_s, u"无法退订"_s, u"信号差"_s, u"网速慢"_s, u"掉线"_s,
                               u"营销骚扰"_s, u"不知情订购"_s, u"办理失败"_s, u"服务态度"_s})
        QVERIFY2(tags.contains(tag), qPrintable(tag));
}

void TestTextLists::workspaceCopiesMakeAggregatesFollow()
{
    cx::test::AnalyticsWorkspace ws;
    QVERIFY2(ws.error().isEmpty(), qPrintable(ws.error()));
    const QString imported = ws.importFiles({QFINDTESTDATA("data/complaints_text.csv")});
    QVERIFY2(imported.isEmpty(), qPrintable(imported));

    cx::sqlite::Database db;
    QVERIFY(db.open(ws.path()));
    QString error;
    QVERIFY2(cx::ensureAggregates(db, &error), qPrintable(error));
    QCOMPARE(cx::aggregateState(db), cx::AggregateState::Current);
    // Twelve complaints, eleven with a text (the '' keyword counts them); each counted once per tag or as untagged.
    QVERIFY(cx::registerTagCountFunctions(db.handle()));
    QCOMPARE(count(db, u"SELECT sum(cx_tag_count(k.keywords, d.id)) FROM agg_keyword k, agg_dim d "
                       "WHERE d.kind = 6 AND d.value = ''"_s),
             qint64(11));
    QCOMPARE(tagComplaints(db, u""_s), qint64(1)); // the complaint without a text; every other one has a pain point
    QCOMPARE(count(db, u"SELECT count(*) FROM agg_dim WHERE kind = 6 AND value = '重启光猫'"_s), qint64(0));

    const std::optional<cx::TextLists> defaults = cx::TextLists::read(db, &error);
    QVERIFY(defaults);
    QVERIFY(defaults->isDefault(cx::TextListKind::Terms));
    const qint64 before = defaults->fingerprint();

    // A term of the workspace's own: the aggregates are stale until folded again with it.
    QList<cx::TextListProblem> problems;
    const QString terms = defaults->text(cx::TextListKind::Terms) + u"\n重启光猫 5000\n"_s;
    QVERIFY2(cx::writeTextList(db, cx::TextListKind::Terms, terms, &problems, &error), qPrintable(error));
    const std::optional<cx::TextLists> own = cx::TextLists::read(db, &error);
    QVERIFY(own && !own->isDefault(cx::TextListKind::Terms));
    QCOMPARE(own->text(cx::TextListKind::Terms), terms);
    QVERIFY(own->fingerprint() != before);
    QCOMPARE(cx::aggregateState(db), cx::AggregateState::Stale);
    QVERIFY2(cx::ensureAggregates(db, &error), qPrintable(error));
    QCOMPARE(cx::aggregateState(db), cx::AggregateState::Current);
    QCOMPARE(count(db, u"SELECT count(*) FROM agg_dim WHERE kind = 6 AND value = '重启光猫'"_s), qint64(1));

    // A tag of one's own.
    const QString tags = own->text(cx::TextListKind::Tags) + u"\n光猫故障: 光猫|指示灯\n"_s;
    QVERIFY(cx::writeTextList(db, cx::TextListKind::Tags, tags, &problems, &error));
    QVERIFY(cx::ensureAggregates(db, &error));
    QCOMPARE(tagComplaints(db, u"光猫故障"_s), qint64(3));

    // A list with problems is not stored.
    QVERIFY(!cx::writeTextList(db, cx::TextListKind::Tags, u"没有冒号\n"_s, &problems, &error));
    QCOMPARE(problemsText(problems), u"1"_s);
    QCOMPARE(cx::TextLists::read(db, &error)->text(cx::TextListKind::Tags), tags);

    // Back to the defaults: the first fingerprint again.
    QVERIFY(cx::resetTextList(db, cx::TextListKind::Terms, &error));
    QVERIFY(cx::resetTextList(db, cx::TextListKind::Tags, &error));
    QCOMPARE(cx::TextLists::read(db, &error)->fingerprint(), before);
    QCOMPARE(cx::aggregateState(db), cx::AggregateState::Stale);
}

void TestTextLists::listFilesInEditorEncodings()
{
    QString error;
    const std::optional<QString> gbk = cx::readTextListFile(QFINDTESTDATA("data/terms_gbk.txt"), &error);
    QVERIFY2(gbk, qPrintable(error));
    QStringList words;
    for (const cx::Term &t : cx::parseTerms(*gbk))
        words << t.word;
    QCOMPARE(words, (QStringList{u"光猫"_s, u"重启光猫"_s, u"指示灯"_s, u"携号转网"_s}));

    const std::optional<QString> bom = cx::readTextListFile(QFINDTESTDATA("data/terms_utf8bom.txt"), &error);
    QVERIFY2(bom, qPrintable(error));
    QVERIFY(bom->startsWith(u'#'));
    QCOMPARE(cx::parseTerms(*bom).size(), 2);

    QVERIFY(!cx::readTextListFile(u"/nonexistent/terms.txt"_s, &error));
    QVERIFY(error.contains(u"terms.txt"_s));
}

void TestTextLists::commandLine()
{
    cx::test::AnalyticsWorkspace ws;
    QVERIFY2(ws.error().isEmpty(), qPrintable(ws.error()));
    QTemporaryDir dir;
    const QString exported = dir.filePath(u"terms.txt"_s);

    cx::test::CliRun run = cx::test::runCli({u"text"_s, u"-w"_s, ws.path()});
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(QString::fromUtf8(run.out).contains(u"built-in default"_s), run.out.constData());

    run = cx::test::runCli({u"text"_s, u"-w"_s, ws.path(), u"--export"_s, u"terms"_s, u"-o"_s, exported});
    QCOMPARE(run.exitCode, 0);
    QFile file(exported);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(QString::fromUtf8(file.readAll()), cx::TextLists::defaults().text(cx::TextListKind::Terms));

    run = cx::test::runCli({u"text"_s, u"-w"_s, ws.path(), u"--import"_s, u"terms"_s, QFINDTESTDATA("data/terms_gbk.txt")});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QVERIFY2(QString::fromUtf8(run.out).contains(u"the workspace's own, 4 entries"_s), run.out.constData());

    // A file with problems: every line named, nothing stored.
    const QString bad = QFINDTESTDATA("data/tags_with_problems.txt");
    run = cx::test::runCli({u"text"_s, u"-w"_s, ws.path(), u"--import"_s, u"tags"_s, bad});
    QCOMPARE(run.exitCode, 1);
    const QString err = QString::fromUtf8(run.err);
    for (int line : {3, 4, 6, 7})
        QVERIFY2(err.contains(u"tags_with_problems.txt:%1: "_s.arg(line)), run.err.constData());
    run = cx::test::runCli({u"text"_s, u"-w"_s, ws.path(), u"--export"_s, u"tags"_s});
    QCOMPARE(QString::fromUtf8(run.out), cx::TextLists::defaults().text(cx::TextListKind::Tags));

    run = cx::test::runCli({u"text"_s, u"-w"_s, ws.path(), u"--reset"_s, u"terms"_s});
    QCOMPARE(run.exitCode, 0);
    run = cx::test::runCli({u"text"_s, u"-w"_s, ws.path(), u"--export"_s, u"terms"_s});
    QCOMPARE(QString::fromUtf8(run.out), cx::TextLists::defaults().text(cx::TextListKind::Terms));

    QCOMPARE(cx::test::runCli({u"text"_s, u"-w"_s, ws.path(), u"--export"_s, u"words"_s}).exitCode, 64);
    QCOMPARE(cx::test::runCli({u"text"_s, u"-w"_s, ws.path(), u"--import"_s, u"terms"_s}).exitCode, 64);
    QCOMPARE(cx::test::runCli({u"text"_s, u"-w"_s, ws.path(), u"--reset"_s, u"terms"_s, u"--export"_s, u"tags"_s})
                 .exitCode,
             64);
}

QTEST_GUILESS_MAIN(TestTextLists)
#include "tst_textlists.moc"
