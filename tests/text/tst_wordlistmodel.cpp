// The word-list models of the word-lists dialog: the three lists as tables
// (checked by QAbstractItemModelTester), edits checked as the list files'
// parser checks a line plus duplicates, a rule that can never match refused
// with its reason, undo and redo of edits across the lists, the text they
// store, and the preview of a sentence with the edited lists.

#include "text/wordlistmodel.h"
#include "text/wordlistseditor.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>

using namespace cx;
using namespace Qt::StringLiterals;

class TestWordListModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void showsTheDefaults_data();
    void showsTheDefaults();
    void refusesEdits_data();
    void refusesEdits();
    void refusesARuleThatCanNeverMatch();
    void undoesAndRedoesEdits();
    void importsOnlyWholeFiles();
    void keepsComments();
    void previewsASentence();
};

void TestWordListModel::showsTheDefaults_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<int>("columns");
    QTest::addColumn<QString>("firstRow");
    QTest::newRow("terms") << int(TextListKind::Terms) << 2 << u"10086"_s;
    QTest::newRow("stopwords") << int(TextListKind::StopWords) << 1 << u"一个"_s;
    QTest::newRow("tags") << int(TextListKind::Tags) << 3 << u"卡顿"_s;
}

void TestWordListModel::showsTheDefaults()
{
    QFETCH(int, kind);
    QFETCH(int, columns);
    QFETCH(QString, firstRow);
    WordListsEditor editor;
    WordListModel *model = editor.model(TextListKind(kind));
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    editor.load(TextLists::defaults());
    QCOMPARE(model->columnCount(), columns);
    QVERIFY(model->rowCount() > 10);
    QVERIFY(model->isDefault());
    QVERIFY(!editor.isModified());
    QVERIFY2(model->data(model->index(0, 0)).toString().contains(firstRow), qPrintable(model->data(model->index(0, 0)).toString()));
    // The text it stores parses to the same list as the default file.
    const QString text = model->text();
    switch (TextListKind(kind)) {
    case TextListKind::Terms:
        QCOMPARE(parseTerms(text).size(), TextLists::defaults().terms().size());
        break;
    case TextListKind::StopWords:
        QCOMPARE(parseStopWords(text), TextLists::defaults().stopWords());
        break;
    case TextListKind::Tags: {
        const QList<TagRule> rules = parseTagRules(text);
        QCOMPARE(rules.size(), TextLists::defaults().tagRules().size());
        QCOMPARE(rules.constFirst().exceptions, TextLists::defaults().tagRules().constFirst().exceptions);
        QCOMPARE(model->data(model->index(0, 2)).toString(), u"不卡顿|不缓冲"_s);
        break;
    }
    }
    QVERIFY(editor.texts()[std::size_t(kind)] == std::nullopt); // a default is stored as none
}

void TestWordListModel::refusesEdits_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<int>("row");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("reason");
    QTest::newRow("duplicate term") << int(TextListKind::Terms) << 1 << 0 << u"10086"_s << u"listed already (row 1)"_s;
    QTest::newRow("term with a space") << int(TextListKind::Terms) << 0 << 0 << u"宽带 提速"_s << u"holds a space"_s;
    QTest::newRow("bad frequency") << int(TextListKind::Terms) << 0 << 1 << u"many"_s << u"no frequency"_s;
    QTest::newRow("empty term") << int(TextListKind::Terms) << 0 << 0 << QString() << u"Write a term"_s;
    QTest::newRow("duplicate stop word") << int(TextListKind::StopWords) << 1 << 0 << u"一个"_s << u"listed already"_s;
    QTest::newRow("empty tag") << int(TextListKind::Tags) << 0 << 0 << u"  "_s << u"needs a name"_s;
    QTest::newRow("tag without phrase") << int(TextListKind::Tags) << 0 << 1 << QString() << u"at least one phrase"_s;
    QTest::newRow("duplicate tag") << int(TextListKind::Tags) << 1 << 0 << u"卡顿"_s << u"defined already"_s;
    QTest::newRow("exception without phrase") << int(TextListKind::Tags) << 0 << 2 << u"流畅"_s << u"never applies"_s;
}

void TestWordListModel::refusesEdits()
{
    QFETCH(int, kind);
    QFETCH(int, row);
    QFETCH(int, column);
    QFETCH(QString, value);
    QFETCH(QString, reason);
    WordListsEditor editor;
    editor.load(TextLists::defaults());
    WordListModel *model = editor.model(TextListKind(kind));
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy refused(model, &WordListModel::refused);
    const QString before = model->text();
    QVERIFY(!model->setData(model->index(row, column), value));
    QCOMPARE(refused.size(), 1);
    QVERIFY2(refused.at(0).at(0).toString().contains(reason), qPrintable(refused.at(0).at(0).toString()));
    QCOMPARE(model->lastRefusal(), refused.at(0).at(0).toString());
    QCOMPARE(model->text(), before);
    QVERIFY(!editor.isModified());
    QCOMPARE(editor.undoStack()->count(), 0);
}

void TestWordListModel::refusesARuleThatCanNeverMatch()
{
    WordListsEditor editor;
    editor.load(TextLists::defaults());
    WordListModel *tags = editor.model(TextListKind::Tags);
    QSignalSpy refused(tags, &WordListModel::refused);
    // Every phrase is also an exception: no text could ever get the tag.
    QVERIFY(!tags->addRow({u"信号盲区"_s, u"没信号|无服务"_s, u"没信号|无服务"_s}));
    QCOMPARE(refused.size(), 1);
    QVERIFY2(tags->lastRefusal().contains(u"can never be given"_s), qPrintable(tags->lastRefusal()));
    // One phrase excepted whole: it never counts, which is refused too.
    QVERIFY(!tags->addRow({u"信号盲区"_s, u"没信号|无服务"_s, u"!无服务"_s}));
    QVERIFY2(tags->lastRefusal().contains(u"never counts"_s), qPrintable(tags->lastRefusal()));
    // The same refused by an edit of a stored rule (卡顿's phrase 转圈 made an exception).
    QVERIFY(!tags->setData(tags->index(0, 2), u"不卡顿|转圈"_s));
    QVERIFY2(tags->lastRefusal().contains(u"never counts"_s), qPrintable(tags->lastRefusal()));
    QCOMPARE(tags->data(tags->index(0, 2)).toString(), u"不卡顿|不缓冲"_s);
    // And by the parser itself, so that cxwb-cli text --import refuses the line as well.
    QList<TextListProblem> problems;
    QVERIFY(parseTagRules(u"信号盲区: 没信号|!没信号"_s, &problems).isEmpty());
    QCOMPARE(problems.size(), 1);
    QCOMPARE(problems.constFirst().line, 1);
    QVERIFY(!editor.isModified());
    // A sound rule is added.
    QVERIFY(tags->addRow({u"信号盲区"_s, u"没信号|无服务"_s, u"!有没信号"_s}));
    QCOMPARE(tags->data(tags->index(tags->rowCount() - 1, 2)).toString(), u"有没信号"_s);
}

void TestWordListModel::undoesAndRedoesEdits()
{
    WordListsEditor editor;
    editor.load(TextLists::defaults());
    WordListModel *terms = editor.model(TextListKind::Terms);
    WordListModel *tags = editor.model(TextListKind::Tags);
    QAbstractItemModelTester termTester(terms, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester tagTester(tags, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy modified(&editor, &WordListsEditor::modifiedChanged);
    const int termRows = terms->rowCount();
    const QString firstTerm = terms->data(terms->index(0, 0)).toString();

    // An edit of a term's frequency (full-width digits read as half-width), a new term, a tag's phrases.
    QVERIFY(terms->setData(terms->index(0, 1), u"５０００"_s));
    QCOMPARE(terms->data(terms->index(0, 1)).toString(), u"5000"_s);
    QVERIFY(!terms->isDefault());
    QVERIFY(terms->addRow({u"云手机"_s}));
    QCOMPARE(terms->rowCount(), termRows + 1);
    QVERIFY(tags->setData(tags->index(0, 1), u"卡顿|缓冲|转圈"_s));
    QCOMPARE(editor.undoStack()->count(), 3);
    QVERIFY(editor.isModified());
    QCOMPARE(modified.size(), 1);
    QVERIFY(editor.texts()[std::size_t(TextListKind::Terms)]->contains(u"%1 5000\n"_s.arg(firstTerm)));
    QVERIFY(editor.texts()[std::size_t(TextListKind::Terms)]->endsWith(u"云手机\n"_s));

    // Undo goes back across the lists, edit by edit.
    editor.undoStack()->undo();
    QCOMPARE(tags->data(tags->index(0, 1)).toString().count(u'|'), TextLists::defaults().tagRules().constFirst().phrases.size() - 1);
    editor.undoStack()->undo();
    QCOMPARE(terms->rowCount(), termRows);
    editor.undoStack()->undo();
    QCOMPARE(terms->data(terms->index(0, 1)).toString(), QString());
    QVERIFY(terms->isDefault());
    QVERIFY(!editor.isModified());
    QVERIFY(editor.texts()[std::size_t(TextListKind::Terms)] == std::nullopt);

    // Redo brings them back.
    editor.undoStack()->redo();
    editor.undoStack()->redo();
    QCOMPARE(terms->data(terms->index(0, 1)).toString(), u"5000"_s);
    QCOMPARE(terms->data(terms->index(termRows, 0)).toString(), u"云手机"_s);

    // Removing rows and going back to the default are steps too.
    terms->removeRowsAt({0, termRows, 0});
    QCOMPARE(terms->rowCount(), termRows - 1);
    editor.resetToDefault(TextListKind::Terms);
    QVERIFY(terms->isDefault());
    QCOMPARE(terms->rowCount(), termRows);
    editor.undoStack()->undo();
    QCOMPARE(terms->rowCount(), termRows - 1);
    editor.undoStack()->undo();
    QCOMPARE(terms->rowCount(), termRows + 1);
}

void TestWordListModel::importsOnlyWholeFiles()
{
    WordListsEditor editor;
    editor.load(TextLists::defaults());
    WordListModel *tags = editor.model(TextListKind::Tags);
    QList<TextListProblem> problems;
    QVERIFY(!tags->replace(u"# comment\n卡顿: 卡顿\n卡顿: 转圈\n空: \n"_s, false, u"Import"_s, &problems));
    QCOMPARE(problems.size(), 2);
    QCOMPARE(problems.at(0).line, 3); // the tag defined twice
    QCOMPARE(problems.at(1).line, 4); // the empty phrase, found by the parser
    QCOMPARE(tags->rowCount(), TextLists::defaults().tagRules().size());
    QVERIFY(tags->replace(u"# comment\n卡顿：卡顿|！不卡顿\r\n\n掉线: 断网\n"_s, false, u"Import"_s, &problems));
    QCOMPARE(tags->rowCount(), 2);
    QCOMPARE(tags->text(), u"# comment\n卡顿: 卡顿|!不卡顿\n\n掉线: 断网\n"_s);
}

void TestWordListModel::keepsComments()
{
    // The default stop words as a file holds them: comments and sections stay through edits.
    QFile file(u":/defaults/stopwords_zh.txt"_s);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString defaults = QString::fromUtf8(file.readAll());
    WordListModel model(TextListKind::StopWords);
    model.load(defaults, true);
    QCOMPARE(model.text(), defaults);

    model.replace(u"# 功能词\n一个\n一些\n\n# 工单用语\n来电\n# end\n"_s, false, u"Import"_s, nullptr);
    QCOMPARE(model.rowCount(), 3);
    QVERIFY(model.setData(model.index(0, 0), u"一下"_s));
    QVERIFY(model.addRow({u"核实"_s}));
    QCOMPARE(model.text(), u"# 功能词\n一下\n一些\n\n# 工单用语\n来电\n核实\n# end\n"_s);
    // A removed row's comments stand above the row after it, or at the end.
    model.removeRowsAt({0});
    QCOMPARE(model.text(), u"# 功能词\n一些\n\n# 工单用语\n来电\n核实\n# end\n"_s);
    model.removeRowsAt({0, 1, 2});
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.text(), u"# 功能词\n\n# 工单用语\n# end\n"_s);
}

void TestWordListModel::previewsASentence()
{
    WordListsEditor editor;
    editor.load(TextLists::defaults());
    const QString sentence = u"看视频一直卡顿转圈，客服态度差，还乱扣费"_s;
    TextPreview preview = editor.preview(sentence);
    QCOMPARE(preview.tags, (QStringList{u"卡顿"_s, u"扣费不明"_s, u"服务态度"_s}));
    QVERIFY2(preview.words.contains(u"视频"_s), qPrintable(preview.words.join(u'/')));
    QVERIFY(!preview.keywords.isEmpty());
    // The preview follows the edited lists: 看视频 kept whole as a term, a new tag.
    QVERIFY(editor.model(TextListKind::Terms)->addRow({u"看视频"_s, u"100000"_s}));
    QVERIFY(editor.model(TextListKind::Tags)->addRow({u"视频问题"_s, u"视频"_s, QString()}));
    preview = editor.preview(sentence);
    QVERIFY2(preview.words.contains(u"看视频"_s), qPrintable(preview.words.join(u'/')));
    QVERIFY(preview.tags.contains(u"视频问题"_s));
}

QTEST_GUILESS_MAIN(TestWordListModel)
#include "tst_wordlistmodel.moc"
