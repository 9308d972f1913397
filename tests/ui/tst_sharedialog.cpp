// File › Save a Copy for Sharing: the summary follows the options, the copy
// is written on a worker, and the open workspace is never the target.
#include "share/sharedialog.h"
#include "workspace/workspace.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestShareDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void summaryFollowsTheOptions();
    void writesTheCopyOnAWorker();
    void neverTargetsTheOpenWorkspace();

private:
    QCheckBox *box(cx::ShareDialog &dialog, const QString &text) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<cx::Workspace> m_workspace;
};

void TestShareDialog::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    cx::WorkspaceError error;
    m_workspace = cx::Workspace::create(m_dir->filePath(u"open.cxw"_s), &error);
    QVERIFY2(m_workspace, qPrintable(error.message));
    QSqlQuery q(m_workspace->database());
    QVERIFY(q.exec(u"INSERT INTO import_batch(id, file_path, file_name, file_sha256, kind, imported_at) "
                   "VALUES (1, '/home/analyst/c.csv', 'c.csv', 'x', 'complaints', '2024-09-01T10:00:00')"_s));
    const QStringList months{u"2024-07"_s, u"2024-08"_s, u"2024-08"_s};
    for (int i = 0; i < months.size(); ++i) {
        const QString &month = months.at(i);
        q.prepare(u"INSERT INTO complaint(batch_id, order_no, accepted_at, month, phone, city, product, category3, "
                  "content, stage) VALUES (1, ?, ?, ?, '13800000000', '深圳', '咪咕视频', '播放卡顿', '画面卡住', '使用')"_s);
        q.addBindValue(u"GD%1"_s.arg(i));
        q.addBindValue(month + u"-05 10:00:00"_s);
        q.addBindValue(month);
        QVERIFY(q.exec());
    }
}

void TestShareDialog::cleanup()
{
    m_workspace.reset();
    m_dir.reset();
}

QCheckBox *TestShareDialog::box(cx::ShareDialog &dialog, const QString &text) const
{
    for (QCheckBox *candidate : dialog.findChildren<QCheckBox *>())
        if (candidate->text().remove(u'&').startsWith(text))
            return candidate;
    return nullptr;
}

void TestShareDialog::summaryFollowsTheOptions()
{
    cx::ShareDialog dialog(*m_workspace);
    QSignalSpy ready(&dialog, &cx::ShareDialog::summaryReady);
    QVERIFY(ready.wait(10000));
    QVERIFY2(dialog.summaryText().contains(u"complaints: 3"_s), qPrintable(dialog.summaryText()));
    QVERIFY2(dialog.summaryText().contains(u"phone numbers"_s), qPrintable(dialog.summaryText()));
    QVERIFY(dialog.options().dropPhones);

    // Only August: the July complaint goes, the months come from the workspace.
    QCheckBox *period = box(dialog, u"Months other than"_s);
    QVERIFY(period && period->isEnabled());
    const QList<QComboBox *> combos = dialog.findChildren<QComboBox *>();
    QCOMPARE(combos.size(), 2);
    QCOMPARE(combos.at(0)->count(), 2);
    combos.at(0)->setCurrentIndex(1);
    period->setChecked(true);
    QTRY_VERIFY_WITH_TIMEOUT(dialog.summaryText().contains(u"complaints of other months: 1"_s), 10000);
    QCOMPARE(dialog.options().fromMonth, u"2024-08"_s);
    QCOMPARE(dialog.options().toMonth, u"2024-08"_s);
    QVERIFY2(dialog.summaryText().contains(u"complaints: 2"_s), qPrintable(dialog.summaryText()));

    box(dialog, u"Complaint texts"_s)->setChecked(true);
    QTRY_VERIFY_WITH_TIMEOUT(dialog.summaryText().contains(u"complaint texts, survey reasons and free-text answers: 2"_s),
                             10000);
}

void TestShareDialog::writesTheCopyOnAWorker()
{
    cx::ShareDialog dialog(*m_workspace);
    QSignalSpy ready(&dialog, &cx::ShareDialog::summaryReady);
    QVERIFY(ready.wait(10000));
    const QString copy = m_dir->filePath(u"for-the-meeting"_s);
    dialog.setCopyPath(copy);
    QSignalSpy finished(&dialog, &cx::ShareDialog::copyFinished);
    dialog.save();
    QVERIFY(dialog.isWriting());
    QVERIFY(finished.wait(30000));
    QVERIFY2(finished.at(0).at(0).toBool(), qPrintable(finished.at(0).at(1).toString()));
    QVERIFY(!dialog.isWriting());

    // ".cxw" was added; phone numbers are gone, texts stay (the defaults).
    cx::WorkspaceError error;
    auto shared = cx::Workspace::open(copy + u".cxw"_s, &error);
    QVERIFY2(shared, qPrintable(error.message));
    QSqlQuery q(shared->database());
    QVERIFY(q.exec(u"SELECT count(*), count(phone), count(content) FROM complaint"_s) && q.next());
    QCOMPARE(q.value(0).toInt(), 3);
    QCOMPARE(q.value(1).toInt(), 0);
    QCOMPARE(q.value(2).toInt(), 3);
}

void TestShareDialog::neverTargetsTheOpenWorkspace()
{
    cx::ShareDialog dialog(*m_workspace);
    QSignalSpy ready(&dialog, &cx::ShareDialog::summaryReady);
    QVERIFY(ready.wait(10000));
    QFile file(m_workspace->path());
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray before = file.readAll();
    dialog.setCopyPath(m_workspace->path());
    dialog.save();
    QVERIFY(!dialog.isWriting());
    file.seek(0);
    QCOMPARE(file.readAll(), before);
}

QTEST_MAIN(TestShareDialog)
#include "tst_sharedialog.moc"
