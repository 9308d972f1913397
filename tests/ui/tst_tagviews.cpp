// Pain-point tags in the desk on the sample exports: the hotspot view ranks
// tags (网速慢 in 2024-08 hand-checked against the CSV files), a tag's detail
// lists exactly its complaints, the journey shows each stage's top tags, and
// Tools › Word Lists stores an edited rule, after which the views say the
// keywords are being recomputed until the new tags are in. The views and the
// dialog are saved as PNG in English and Chinese (to $CX_GRAB_DIR when set).

#include "complaints/complainttable.h"
#include "filterbar.h"
#include "mainwindow.h"
#include "samplewindow.h"
#include "service/analysisservice.h"
#include "service/complainttablemodel.h"
#include "service/deskformat.h"
#include "service/hotspotmodel.h"
#include "service/journeymodel.h"
#include "settings/language.h"
#include "testsupport.h"
#include "text/wordlistsdialog.h"
#include "text/wordlistseditor.h"
#include "views/detailpanel.h"
#include "views/hotspotsview.h"
#include "views/journeyview.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestTagViews : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void ranksTags();
    void opensATag();
    void journeyShowsTags();
    void rendersInBothLanguages();
    void wordListsDialogAppliesARule();

private:
    cx::HotspotsView *showTags();
    int rowOf(const cx::HotspotModel *model, const QString &name) const;
    void grab(QWidget *widget, const QString &name);

    QTemporaryDir m_dir;
    cx::test::SampleWindow m_sample;
    cx::MainWindow *m_window = nullptr;
};

void TestTagViews::initTestCase()
{
    CX_REQUIRE_SHARED_DATA(data);
    const QString error = m_sample.open(m_dir.path(), data, u"en"_s);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    m_window = m_sample.window();
    m_sample.showMonth(u"2024-08"_s);
}

void TestTagViews::cleanupTestCase()
{
    m_sample.close();
    m_window = nullptr;
}

cx::HotspotsView *TestTagViews::showTags()
{
    cx::HotspotsView *view = m_sample.show<cx::HotspotsView>();
    if (view) {
        view->setRanking(cx::HotspotRanking::Volume);
        view->setAxis(cx::HotspotAxis::Tag);
        cx::settle(*m_window, 30000);
    }
    return view;
}

int TestTagViews::rowOf(const cx::HotspotModel *model, const QString &name) const
{
    for (int row = 0; row < model->rowCount(); ++row)
        if (model->hotspot(row)->name() == name)
            return row;
    return -1;
}

void TestTagViews::grab(QWidget *widget, const QString &name)
{
    cx::settle(*m_window, 60000);
    QVERIFY(widget->grab().toImage().save(m_sample.grabPath(name + u".png"_s)));
}

void TestTagViews::ranksTags()
{
    cx::HotspotsView *view = showTags();
    QVERIFY(view);
    const cx::HotspotModel *model = view->model();
    QCOMPARE(model->axis(), cx::HotspotAxis::Tag);
    QCOMPARE(model->headerData(cx::HotspotModel::Category, Qt::Horizontal).toString(), u"Pain-point tag"_s);
    QCOMPARE(model->rowCount(), 10);
    // 网速慢 in 2024-08: 330 complaints whose text holds one of its phrases (counted in the
    // two CSV files with Python: distinct work orders, content containing any phrase).
    const int row = rowOf(model, u"网速慢"_s);
    QVERIFY(row >= 0);
    QCOMPARE(model->data(model->index(row, cx::HotspotModel::Complaints), cx::ValueRole).toDouble(), 330.0);
    QVERIFY2(model->data(model->index(row, cx::HotspotModel::Stage)).toString().startsWith(u"使用"_s),
             qPrintable(model->data(model->index(row, cx::HotspotModel::Stage)).toString()));
    QVERIFY(!model->data(model->index(row, cx::HotspotModel::Keywords)).toString().isEmpty()); // its categories
    QCOMPARE(model->data(model->index(row, cx::HotspotModel::Trend), cx::SeriesRole).value<QList<double>>().size(), 6);
    double previous = 1e12;
    for (int r = 0; r < model->rowCount(); ++r) {
        const double n = model->data(model->index(r, cx::HotspotModel::Complaints), cx::ValueRole).toDouble();
        QVERIFY(n <= previous);
        previous = n;
    }
    // Tags overlap: the view says so.
    bool said = false;
    for (const QLabel *label : view->findChildren<QLabel *>())
        said = said || (label->isVisible() && label->text().contains(u"overlap"_s));
    QVERIFY(said);
    // The increase ranking of tags lists only tags that grew.
    view->setRanking(cx::HotspotRanking::Increase);
    cx::settle(*m_window, 30000);
    for (int r = 0; r < model->rowCount(); ++r)
        QVERIFY(model->hotspot(r)->increase.value_or(0) > 0);
    view->setRanking(cx::HotspotRanking::Volume);
    // Categories again.
    view->setAxis(cx::HotspotAxis::Category);
    cx::settle(*m_window, 30000);
    QCOMPARE(model->headerData(cx::HotspotModel::Category, Qt::Horizontal).toString(), u"Category"_s);
    QVERIFY(model->hotspot(0)->tag.isEmpty());
}

void TestTagViews::opensATag()
{
    cx::HotspotsView *view = showTags();
    QTableView *table = nullptr;
    for (QTableView *t : view->findChildren<QTableView *>())
        if (t->model() == view->model())
            table = t;
    QVERIFY(table);
    const int row = rowOf(view->model(), u"网速慢"_s);
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {},
                      table->visualRect(view->model()->index(row, cx::HotspotModel::Category)).center());
    cx::settle(*m_window, 30000);
    QVERIFY(view->detail()->isVisible());
    cx::ComplaintTableModel *complaints = view->detail()->complaints()->model();
    QCOMPARE(complaints->selection().tag, u"网速慢"_s);
    QTRY_VERIFY_WITH_TIMEOUT(!complaints->isLoading(), 30000);
    QCOMPARE(complaints->rowCount(), 330);
    grab(m_window, u"hotspots-tag-detail"_s);
    QVERIFY(view->closeDetail());
}

void TestTagViews::journeyShowsTags()
{
    cx::JourneyView *journey = m_sample.show<cx::JourneyView>();
    QVERIFY(journey);
    const cx::JourneyModel *model = journey->model();
    const int usage = model->columnOf(u"使用"_s);
    QVERIFY(usage >= 0);
    const QString tags = model->data(model->index(cx::JourneyModel::PainPointTags, usage)).toString();
    QVERIFY2(tags.contains(u"网速慢 330"_s), qPrintable(tags));
    QCOMPARE(tags.count(u'\n'), 2); // the three largest
    QVERIFY(model->data(model->index(cx::JourneyModel::PainPointTags, usage), Qt::ToolTipRole).toString().contains(u"overlap"_s));
    QCOMPARE(model->headerData(cx::JourneyModel::PainPointTags, Qt::Vertical).toString(), u"Pain-point tags"_s);
}

void TestTagViews::rendersInBothLanguages()
{
    for (const QString &language : {u"en"_s, u"zh_CN"_s}) {
        m_sample.languages().apply(language);
        QApplication::processEvents();
        showTags();
        grab(m_window, u"hotspots-tags-"_s + language);
        m_sample.show<cx::JourneyView>();
        grab(m_window, u"journey-tags-"_s + language);
    }
    m_sample.languages().apply(u"en"_s);
    QApplication::processEvents();
}

void TestTagViews::wordListsDialogAppliesARule()
{
    QAction *action = nullptr;
    for (QAction *menu : m_window->menuBar()->actions())
        if (menu->menu())
            for (QAction *item : menu->menu()->actions())
                if (item->text().remove(u'&') == u"Word Lists…"_s)
                    action = item;
    QVERIFY(action);
    QVERIFY(action->isEnabled());
    action->trigger();
    auto *dialog = m_window->findChild<cx::WordListsDialog *>();
    QVERIFY(dialog);
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    QCOMPARE(dialog->pages()->count(), 3);
    QVERIFY(dialog->table(cx::TextListKind::Tags)->model()->rowCount() > 10);
    dialog->pages()->setCurrentIndex(int(cx::TextListKind::Tags));
    grab(dialog, u"wordlists-en"_s);
    m_sample.languages().apply(u"zh_CN"_s);
    QApplication::processEvents();
    grab(dialog, u"wordlists-zh_CN"_s);
    m_sample.languages().apply(u"en"_s);
    QApplication::processEvents();

    // A rule that can never match is refused, with its reason on the status line.
    QVERIFY(!dialog->addRow(cx::TextListKind::Tags, {u"测速"_s, u"测速"_s, u"测速"_s}));
    QVERIFY2(dialog->status().contains(u"can never be given"_s), qPrintable(dialog->status()));
    // A new rule, previewed, then applied.
    QVERIFY(dialog->addRow(cx::TextListKind::Tags, {u"网速问题"_s, u"网速"_s, QString()}));
    dialog->sample()->setText(u"晚上网速很慢"_s);
    QCOMPARE(dialog->editor()->preview(u"晚上网速很慢"_s).tags, (QStringList{u"网速慢"_s, u"网速问题"_s}));
    auto *hotspots = showTags();
    QSignalSpy applied(dialog, &cx::WordListsDialog::applied);
    dialog->apply();
    QTRY_COMPARE_WITH_TIMEOUT(applied.size(), 1, 30000);
    QCOMPARE(applied.at(0).at(0).toString(), QString());
    cx::AnalysisService *service = m_window->analysisService();
    QVERIFY(service->isRecomputingText());
    QVERIFY2(hotspots->noticeText().contains(u"being recomputed"_s), qPrintable(hotspots->noticeText()));
    cx::settle(*m_window, 120000);
    QVERIFY(!service->isRecomputingText());
    QVERIFY(!hotspots->noticeText().contains(u"being recomputed"_s));
    showTags();
    const int row = rowOf(hotspots->model(), u"网速问题"_s);
    QVERIFY(row >= 0);
    // Every complaint with a 网速慢 phrase holding 网速 has the new tag too.
    QVERIFY(hotspots->model()->hotspot(row)->complaints >= 300);
    dialog->close();
}

QTEST_MAIN(TestTagViews)
#include "tst_tagviews.moc"
