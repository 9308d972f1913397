#include "application.h"
#include "import/importsummarypanel.h"
#include "import/importwizard.h"
#include "import/rejectedrowspanel.h"
#include "mainwindow.h"
#include "pipeline/importer.h"
#include "pipeline/importpreviewmodel.h"
#include "pipeline/rejectedrowmodel.h"
#include "settings/language.h"
#include "settings/preferences.h"
#include "testsupport.h"
#include "views/dataview.h"
#include "workspace/workspace.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QDropEvent>
#include <QFile>
#include <QMessageBox>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStringEncoder>
#include <QTableView>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUrl>

#include <xlsxwriter.h>

using namespace Qt::StringLiterals;

namespace {

const QString complaintHeader = u"工单流水号,受理时间,受理渠道,客户号码,归属地市,区县,业务名称,投诉三级分类,投诉内容"_s;

QString complaint(const QString &orderNo, const QString &acceptedAt)
{
    return u"%1,%2,10086热线,13812345678,深圳,南山区,咪咕视频,播放卡顿,看视频一直转圈"_s.arg(orderNo, acceptedAt);
}

// A survey workbook as survey platforms export it: a notes sheet first, the
// data sheet second with a merged title above the header.
bool writeSurveyWorkbook(const QString &path, int rows)
{
    lxw_workbook *workbook = workbook_new(path.toUtf8().constData());
    worksheet_write_string(workbook_add_worksheet(workbook, "说明"), 0, 0, "导出说明：本表为问卷原始数据", nullptr);
    lxw_worksheet *sheet = workbook_add_worksheet(workbook, "问卷数据");
    worksheet_merge_range(sheet, 0, 0, 0, 6, "2024年6月满意度调查", nullptr);
    const char *headers[] = {"序号", "提交答卷时间", "手机号码", "地市", "产品",
                             "1、您对本产品的整体满意度打几分？(1-10分)", "2、您向亲友推荐本产品的可能性有多大？(0-10分)"};
    for (int c = 0; c < 7; ++c)
        worksheet_write_string(sheet, 1, lxw_col_t(c), headers[c], nullptr);
    for (int r = 0; r < rows; ++r) {
        const lxw_row_t row = lxw_row_t(r + 2);
        worksheet_write_number(sheet, row, 0, r + 1, nullptr);
        worksheet_write_string(sheet, row, 1, u"2024-06-%1 09:30:00"_s.arg(r % 28 + 1, 2, 10, QChar(u'0')).toUtf8().constData(),
                               nullptr);
        worksheet_write_string(sheet, row, 2, u"1391234%1"_s.arg(1000 + r).toUtf8().constData(), nullptr);
        worksheet_write_string(sheet, row, 3, r % 2 ? "深圳" : "广州", nullptr);
        worksheet_write_string(sheet, row, 4, "咪咕视频", nullptr);
        worksheet_write_number(sheet, row, 5, 5 + r % 6, nullptr);
        worksheet_write_number(sheet, row, 6, r % 11, nullptr);
    }
    return workbook_close(workbook) == LXW_NO_ERROR;
}

QComboBox *columnCombo(cx::ImportWizard &wizard, int column)
{
    return wizard.findChild<QComboBox *>(u"column%1"_s.arg(column));
}

// Picks an item as the user would (activated is what the wizard listens to).
bool chooseIndex(QComboBox *combo, int index)
{
    if (!combo || index < 0)
        return false;
    combo->setCurrentIndex(index);
    Q_EMIT combo->activated(index);
    return true;
}

bool choose(QComboBox *combo, const QVariant &data)
{
    return chooseIndex(combo, combo ? combo->findData(data) : -1);
}

bool chooseText(QComboBox *combo, const QString &text)
{
    return chooseIndex(combo, combo ? combo->findText(text) : -1);
}

cx::ImportPreviewModel *previewModel(cx::ImportWizard &wizard)
{
    auto *view = wizard.findChild<QTableView *>(u"preview"_s);
    return view ? qobject_cast<cx::ImportPreviewModel *>(view->model()) : nullptr;
}

int previewColumn(cx::ImportPreviewModel *model, const QString &field)
{
    for (int column = 0; column < model->columnCount(); ++column)
        if (model->headerData(column, Qt::Horizontal, int(cx::ImportPreviewModel::Role::Field)).toString() == field)
            return column;
    return -1;
}

} // namespace

class TestImportWizard : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void gbkComplaintsWithTitleRow();
    void unknownHeaderFixedByMapping();
    void surveyWorkbookAndSheetOverride();
    void everySheetInTheSummaryAndDataView();
    void escapeCancelsAndRollsBack();
    void droppedFilesOpenTheWizard();

private:
    QString fixture(const QString &name, const QByteArray &bytes);
    qint64 count(const QString &sql) const;
    /// Saves a picture of `widget` to $CX_GRAB_DIR/<name>.png (for looking at the dialog headless).
    static void grab(QWidget *widget, const QString &name);
    void importAndWait(cx::ImportWizard &wizard);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<cx::Workspace> m_workspace;
    std::unique_ptr<cx::Preferences> m_preferences;
    cx::LanguageManager m_languages;
};

void TestImportWizard::initTestCase()
{
    cx::configureApplication(*qApp);
    // Pictures may be taken in Chinese (CX_GRAB_LANG=zh_CN); the assertions read English.
    m_languages.apply(qEnvironmentVariable("CX_GRAB_LANG", u"en"_s));
}

void TestImportWizard::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    cx::WorkspaceError error;
    m_workspace = cx::Workspace::create(m_dir->filePath(u"wizard.cxw"_s), &error);
    QVERIFY2(m_workspace, qPrintable(error.message));
    m_preferences = std::make_unique<cx::Preferences>(m_dir->filePath(u"prefs.ini"_s));
}

void TestImportWizard::cleanup()
{
    m_workspace.reset();
    m_preferences.reset();
    m_dir.reset();
}

QString TestImportWizard::fixture(const QString &name, const QByteArray &bytes)
{
    const QString path = m_dir->filePath(name);
    return cx::test::writeFile(path, bytes) ? path : QString();
}

qint64 TestImportWizard::count(const QString &sql) const
{
    QSqlQuery q(m_workspace->database());
    return q.exec(sql) && q.next() ? q.value(0).toLongLong() : -1;
}

void TestImportWizard::grab(QWidget *widget, const QString &name)
{
    const QString dir = qEnvironmentVariable("CX_GRAB_DIR");
    if (dir.isEmpty())
        return;
    QDir().mkpath(dir);
    QApplication::processEvents();
    QVERIFY(widget->grab().save(QDir(dir).filePath(name + u".png"_s)));
}

void TestImportWizard::importAndWait(cx::ImportWizard &wizard)
{
    QTRY_VERIFY(!wizard.isInspecting());
    QVERIFY(wizard.canImport());
    QSignalSpy finished(&wizard, &cx::ImportWizard::importFinished);
    auto *importButton = wizard.findChild<QPushButton *>(u"import"_s);
    QVERIFY(importButton && importButton->isEnabled());
    QTest::mouseClick(importButton, Qt::LeftButton);
    QVERIFY(wizard.isImporting() || !finished.isEmpty());
    QVERIFY(finished.wait(60000) || !finished.isEmpty());
    QCOMPARE(wizard.page(), cx::ImportWizard::Page::Summary);
}

void TestImportWizard::gbkComplaintsWithTitleRow()
{
    const QString text = u"2024年5月投诉工单明细\r\n"_s + complaintHeader + u"\r\n"_s
        + complaint(u"GD1"_s, u"2024/5/1 10:00:00"_s) + u"\r\n"_s
        + complaint(u"GD2"_s, u"2024/13/45 10:00"_s) + u"\r\n"_s // line 4: no such date
        + complaint(u"GD3"_s, u"2024年5月3日 10:00"_s) + u"\r\n合计,3条\r\n"_s;
    const QString path = fixture(u"gbk.csv"_s, QStringEncoder("GB18030").encode(text));

    cx::ImportWizard wizard(*m_workspace, *m_preferences);
    wizard.show();
    wizard.addFiles({path});
    QCOMPARE(wizard.fileCount(), 1);
    QTRY_VERIFY(!wizard.isInspecting());

    const cx::FileInspection &inspection = wizard.inspection(0);
    QVERIFY2(inspection.isImportable(), qPrintable(inspection.error));
    QCOMPARE(inspection.detection.kind, u"complaints"_s);
    QCOMPARE(inspection.encoding, u"GB18030"_s);
    QCOMPARE(inspection.headerLine(), 2);

    // The file list says what was detected.
    auto *files = wizard.findChild<QTableWidget *>(u"files"_s);
    QVERIFY(files);
    QCOMPARE(files->item(0, 0)->text(), u"gbk.csv"_s);
    QCOMPARE(files->item(0, 1)->text(), cx::MappingProfile::kindLabel(u"complaints"));
    QCOMPARE(files->item(0, 2)->text(), u"GB18030"_s);
    QCOMPARE(files->item(0, 4)->text(), u"2"_s);

    // The preview: mapped fields with their labels, converted values, the bad date in red, the footer left out.
    cx::ImportPreviewModel *preview = previewModel(wizard);
    QVERIFY(preview);
    QCOMPARE(preview->rowCount(), 3);
    const int accepted = previewColumn(preview, u"accepted_at"_s);
    const int phone = previewColumn(preview, u"phone"_s);
    QVERIFY(accepted >= 0 && phone >= 0);
    QCOMPARE(preview->headerData(accepted, Qt::Horizontal).toString(), cx::MappingProfile::fieldLabel(u"accepted_at"));
    QCOMPARE(preview->headerData(1, Qt::Vertical).toString(), u"4"_s);
    QCOMPARE(preview->index(0, accepted).data().toString(), u"2024-05-01 10:00:00"_s);
    QCOMPARE(preview->index(2, accepted).data().toString(), u"2024-05-03 10:00:00"_s);
    QCOMPARE(preview->index(0, phone).data().toString(), u"138****5678"_s);
    QVERIFY(preview->index(0, accepted).data(int(cx::ImportPreviewModel::Role::Error)).isNull());
    const QString dateError = preview->index(1, accepted).data(Qt::ToolTipRole).toString();
    QVERIFY2(dateError.contains(u"2024/13/45"_s), qPrintable(dateError));
    QCOMPARE(preview->index(1, accepted).data(Qt::ForegroundRole).value<QColor>().red() > 150, true);
    QCOMPARE(preview->errorCount(), 1);
    grab(&wizard, u"wizard-1-files"_s);

    importAndWait(wizard);
    QCOMPARE(count(u"SELECT count(*) FROM complaint"_s), 2);
    QCOMPARE(count(u"SELECT count(*) FROM complaint WHERE order_no = 'GD3' AND accepted_at = '2024-05-03 10:00:00'"_s), 1);

    // The summary per file.
    const QList<cx::ImportReport> &reports = wizard.summary()->reports();
    QCOMPARE(reports.size(), 1);
    QCOMPARE(reports.at(0).inserted(), 2);
    QCOMPARE(reports.at(0).rejected(), 1);
    QCOMPARE(reports.at(0).skipped(), 2); // the title and the total
    auto *summary = wizard.findChild<QTableWidget *>(u"summary"_s);
    QVERIFY(summary);
    QCOMPARE(summary->item(0, cx::ImportSummaryPanel::RowsRead)->text(), u"5"_s);
    QCOMPARE(summary->item(0, cx::ImportSummaryPanel::Inserted)->text(), u"2"_s);
    QCOMPARE(summary->item(0, cx::ImportSummaryPanel::Updated)->text(), u"0"_s);
    QCOMPARE(summary->item(0, cx::ImportSummaryPanel::Rejected)->text(), u"1"_s);
    QCOMPARE(summary->item(0, cx::ImportSummaryPanel::Skipped)->text(), u"2"_s);

    // Its rejected rows, shown and exported for Excel.
    cx::RejectedRowsPanel *rejected = wizard.summary()->rejectedRows();
    QCOMPARE(rejected->batchId(), reports.at(0).sheets.value(0).batchId);
    QCOMPARE(rejected->model()->totalCount(), 1);
    QTRY_COMPARE(rejected->model()->rowCount(), 1);
    QCOMPARE(rejected->model()->index(0, cx::RejectedRowModel::Line).data().toString(), u"4"_s);
    grab(&wizard, u"wizard-3-summary"_s);

    const QString csv = m_dir->filePath(u"rejected.csv"_s);
    QString error;
    QVERIFY2(rejected->exportCsv(csv, &error), qPrintable(error));
    QFile file(csv);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QVERIFY(bytes.startsWith("\xEF\xBB\xBFLine,Reason,Raw row\r\n"));
    const QList<QByteArray> lines = bytes.split('\n');
    QCOMPARE(lines.size(), 3); // header, one row, nothing after the last CRLF
    QVERIFY2(lines.at(1).startsWith("4,"), lines.at(1).constData());
    QVERIFY(QString::fromUtf8(lines.at(1)).contains(u"\"GD2,2024/13/45 10:00,10086热线"_s));
    // Phone numbers are masked in the export as everywhere else.
    QVERIFY2(QString::fromUtf8(lines.at(1)).contains(u"138****5678"_s), lines.at(1).constData());
    QVERIFY(!lines.at(1).contains("13812345678"));
    QVERIFY(rejected->model()->index(0, cx::RejectedRowModel::Raw).data().toString().contains(u"138****5678"_s));

    // Esc closes the summary.
    QTest::keyClick(&wizard, Qt::Key_Escape);
    QVERIFY(!wizard.isVisible());
}

void TestImportWizard::unknownHeaderFixedByMapping()
{
    const QString header = u"工单流水号,发生时刻,受理渠道,归属地市,业务名称,投诉三级分类"_s;
    const QString rows = u"WX1,2024-07-01 08:00:00,微信,深圳,咪咕视频,播放卡顿\n"
                         "WX2,2024-07-02 09:30:00,微信,广州,咪咕视频,播放卡顿\n"_s;
    const QString path = fixture(u"wechat.csv"_s, (header + u"\n"_s + rows).toUtf8());

    cx::ImportWizard wizard(*m_workspace, *m_preferences);
    wizard.show();
    wizard.addFiles({path});
    QTRY_VERIFY(!wizard.isInspecting());
    QCOMPARE(wizard.inspection(0).detection.kind, u"complaints"_s);
    QVERIFY(!wizard.inspection(0).isImportable());
    QVERIFY2(wizard.inspection(0).error.contains(cx::MappingProfile::fieldLabel(u"accepted_at")),
             qPrintable(wizard.inspection(0).error));
    QVERIFY(!wizard.canImport());
    // The rows are previewed all the same, for the user to see what to map.
    QCOMPARE(previewModel(wizard)->rowCount(), 2);
    QCOMPARE(columnCombo(wizard, 1)->currentData().toString(), u"not_imported"_s);
    auto *tabs = wizard.findChild<QTabWidget *>(u"fileTabs"_s);
    QVERIFY(tabs);
    tabs->setCurrentIndex(1);
    grab(&wizard, u"wizard-2-unmapped"_s);
    tabs->setCurrentIndex(0);

    // 发生时刻 is when the complaint was accepted; 受理渠道 is not wanted.
    QVERIFY(choose(columnCombo(wizard, 1), u"accepted_at"_s));
    QTRY_VERIFY(!wizard.isInspecting());
    QVERIFY(choose(columnCombo(wizard, 2), u"not_imported"_s));
    QTRY_VERIFY(!wizard.isInspecting());
    const cx::FileInspection &fixed = wizard.inspection(0);
    QVERIFY2(fixed.isImportable(), qPrintable(fixed.error));
    QCOMPARE(fixed.detection.column(u"accepted_at"_s), 1);
    QCOMPARE(fixed.detection.column(u"channel"_s), -1);
    cx::ImportPreviewModel *preview = previewModel(wizard);
    QCOMPARE(previewColumn(preview, u"channel"_s), -1);
    const int accepted = previewColumn(preview, u"accepted_at"_s);
    QVERIFY(accepted >= 0);
    QCOMPARE(preview->index(1, accepted).data().toString(), u"2024-07-02 09:30:00"_s);
    QCOMPARE(columnCombo(wizard, 1)->currentData().toString(), u"accepted_at"_s);
    grab(&wizard, u"wizard-2-mapped"_s);

    // Saved as a profile, the mapping serves the next file of this layout by itself.
    QString error;
    QVERIFY2(wizard.saveProfile(u"微信渠道工单"_s, &error), qPrintable(error));
    QCOMPARE(count(u"SELECT count(*) FROM mapping_profile WHERE name = '微信渠道工单' AND kind = 'complaints'"_s), 1);
    const QString next = fixture(u"wechat-2.csv"_s, (header + u"\nWX3,2024-08-01 08:00:00,微信,深圳,咪咕视频,播放卡顿\n"_s).toUtf8());
    const cx::FileInspection later = cx::Importer(m_workspace->path()).inspector().inspect(next);
    QVERIFY2(later.isImportable(), qPrintable(later.error));
    QCOMPARE(later.detection.column(u"accepted_at"_s), 1);

    importAndWait(wizard);
    QCOMPARE(count(u"SELECT count(*) FROM complaint"_s), 2);
    QCOMPARE(count(u"SELECT count(*) FROM complaint WHERE accepted_at = '2024-07-02 09:30:00' AND month = '2024-07'"_s), 1);
    QCOMPARE(count(u"SELECT count(*) FROM complaint WHERE channel IS NULL"_s), 2);
    QCOMPARE(wizard.summary()->reports().at(0).inserted(), 2);
}

void TestImportWizard::surveyWorkbookAndSheetOverride()
{
    const QString path = m_dir->filePath(u"survey.xlsx"_s);
    QVERIFY(writeSurveyWorkbook(path, 12));

    cx::ImportWizard wizard(*m_workspace, *m_preferences);
    wizard.show();
    wizard.addFiles({path});
    QTRY_VERIFY(!wizard.isInspecting());
    QCOMPARE(wizard.inspection(0).detection.kind, u"survey"_s);
    QCOMPARE(wizard.inspection(0).sheetName(), u"问卷数据"_s);
    QCOMPARE(wizard.inspection(0).headerLine(), 2);
    QCOMPARE(wizard.inspection(0).detection.questionColumns.size(), 2);

    // The questions appear in the preview after the fields, as read.
    cx::ImportPreviewModel *preview = previewModel(wizard);
    QCOMPARE(preview->rowCount(), 12);
    QVERIFY(preview->headerData(preview->columnCount() - 1, Qt::Horizontal).toString().contains(u"推荐"_s));
    QCOMPARE(preview->index(0, previewColumn(preview, u"city"_s)).data().toString(), u"广州"_s);

    // Another sheet: re-inspected, and refused for what it is.
    auto *sheet = wizard.findChild<QComboBox *>(u"sheet"_s);
    QVERIFY(sheet && sheet->isEnabled());
    QCOMPARE(sheet->count(), 3); // every sheet of the kind, or one of the two
    QVERIFY(chooseText(sheet, u"说明"_s));
    QTRY_VERIFY(!wizard.isInspecting());
    QCOMPARE(wizard.inspection(0).sheetName(), u"说明"_s);
    QVERIFY(!wizard.inspection(0).isImportable());
    QVERIFY(!wizard.canImport());
    QVERIFY(chooseText(wizard.findChild<QComboBox *>(u"sheet"_s), u"问卷数据"_s));
    QTRY_VERIFY(!wizard.isInspecting());
    QVERIFY(wizard.inspection(0).isImportable());

    // Choosing the kind by hand re-inspects too.
    QVERIFY(choose(wizard.findChild<QComboBox *>(u"kind"_s), u"survey"_s));
    QTRY_VERIFY(!wizard.isInspecting());
    QCOMPARE(wizard.inspection(0).detection.kind, u"survey"_s);
    grab(&wizard, u"wizard-4-survey"_s);

    importAndWait(wizard);
    QCOMPARE(count(u"SELECT count(*) FROM survey_response"_s), 12);
    QCOMPARE(count(u"SELECT count(*) FROM survey_response WHERE phone LIKE '139****%'"_s), 12);
    QCOMPARE(wizard.summary()->reports().at(0).sheets.value(0).sheet, u"问卷数据"_s);
}

void TestImportWizard::everySheetInTheSummaryAndDataView()
{
    cx::ImportWizard wizard(*m_workspace, *m_preferences);
    wizard.show();
    wizard.addFiles({QFINDTESTDATA("../pipeline/data/complaints_by_month.xlsx")});
    QTRY_VERIFY(!wizard.isInspecting());
    QCOMPARE(wizard.plan(0).sheetNames(), (QStringList{u"1月"_s, u"2月"_s, u"3月"_s}));
    QCOMPARE(wizard.plan(0).skippedSheets.size(), 4);
    // The file list and the sheet choice say every sheet of the kind is imported.
    auto *files = wizard.findChild<QTableWidget *>(u"files"_s);
    QCOMPARE(files->item(0, 3)->text(), u"1月, 2月, 3月"_s);
    auto *sheet = wizard.findChild<QComboBox *>(u"sheet"_s);
    QCOMPARE(sheet->currentData().toString(), QString());
    QVERIFY2(sheet->currentText().contains(u"1月, 2月, 3月"_s), qPrintable(sheet->currentText()));
    grab(&wizard, u"wizard-5-sheets"_s);

    importAndWait(wizard);
    QCOMPARE(count(u"SELECT count(*) FROM complaint"_s), 9);
    auto *summary = wizard.findChild<QTableWidget *>(u"summary"_s);
    QCOMPARE(summary->rowCount(), 7); // three sheets imported, four not
    QCOMPARE(summary->item(0, cx::ImportSummaryPanel::Sheet)->text(), u"1月"_s);
    QCOMPARE(summary->item(1, cx::ImportSummaryPanel::Updated)->text(), u"1"_s);
    QCOMPARE(summary->item(2, cx::ImportSummaryPanel::Skipped)->text(), u"1"_s);
    QCOMPARE(summary->item(4, cx::ImportSummaryPanel::Sheet)->text(), u"空白"_s);
    QVERIFY(summary->item(4, cx::ImportSummaryPanel::Result)->text().startsWith(u"Not imported: empty"_s));
    QCOMPARE(summary->item(4, cx::ImportSummaryPanel::Inserted)->text(), QString());
    summary->setCurrentCell(1, 0);
    const QString details = wizard.findChild<QPlainTextEdit *>(u"summaryDetails"_s)->toPlainText();
    QVERIFY2(details.contains(u"Sheet: 2月"_s) && details.contains(u"updated it"_s), qPrintable(details));
    grab(&wizard, u"wizard-6-sheets-summary"_s);

    // The Data view lists each sheet with its counts and, for the one selected, its notes.
    cx::DataView view;
    view.setWorkspace(m_workspace.get());
    auto *batches = view.findChild<QTableView *>(u"batches"_s);
    QCOMPARE(batches->model()->rowCount(), 3);
    QStringList sheets;
    for (int row = 0; row < 3; ++row)
        sheets << batches->model()->index(row, 1).data().toString();
    sheets.sort();
    QCOMPARE(sheets, (QStringList{u"1月"_s, u"2月"_s, u"3月"_s}));
    int february = -1;
    for (int row = 0; row < 3; ++row)
        if (batches->model()->index(row, 1).data().toString() == u"2月"_s)
            february = row;
    QVERIFY(february >= 0);
    batches->setCurrentIndex(batches->model()->index(february, 0));
    QCOMPARE(batches->model()->index(february, 6).data().toString(), u"1"_s); // updated
    const QString notes = view.findChild<QPlainTextEdit *>(u"batchNotes"_s)->toPlainText();
    QVERIFY2(notes.contains(u"updated it"_s), qPrintable(notes));
}

void TestImportWizard::escapeCancelsAndRollsBack()
{
    QByteArray big = (complaintHeader + u"\n"_s).toUtf8();
    for (int i = 0; i < 30000; ++i)
        big += complaint(u"BIG%1"_s.arg(i), u"2024-06-01 10:00:00"_s).toUtf8() + '\n';
    const QString first = fixture(u"big.csv"_s, big);
    const QString second =
        fixture(u"small.csv"_s, (complaintHeader + u"\n"_s + complaint(u"S1"_s, u"2024-06-02 10:00:00"_s)).toUtf8());

    cx::ImportWizard wizard(*m_workspace, *m_preferences);
    wizard.show();
    wizard.addFiles({first, second});
    QTRY_VERIFY(!wizard.isInspecting());
    QSignalSpy finished(&wizard, &cx::ImportWizard::importFinished);
    wizard.startImport();
    QCOMPARE(wizard.page(), cx::ImportWizard::Page::Progress);
    grab(&wizard, u"wizard-5-progress"_s);
    // Esc during the import cancels it rather than closing the dialog.
    QTest::keyClick(&wizard, Qt::Key_Escape);
    QVERIFY(wizard.isVisible());
    QVERIFY(finished.wait(60000) || !finished.isEmpty());
    QVERIFY(wizard.isVisible());
    QCOMPARE(wizard.page(), cx::ImportWizard::Page::Summary);

    const QList<cx::ImportReport> &reports = wizard.summary()->reports();
    QCOMPARE(reports.size(), 2);
    QVERIFY(reports.at(0).cancelled);
    QVERIFY(reports.at(1).cancelled);
    QCOMPARE(count(u"SELECT count(*) FROM complaint"_s), 0);
    QCOMPARE(count(u"SELECT count(*) FROM import_batch"_s), 0);
    QCOMPARE(m_workspace->integrityCheck(), u"ok"_s);
    auto *summary = wizard.findChild<QTableWidget *>(u"summary"_s);
    QVERIFY(summary->item(0, cx::ImportSummaryPanel::Result)->text().contains(u"Cancelled"_s));
}

void TestImportWizard::droppedFilesOpenTheWizard()
{
    const QString a = fixture(u"a.csv"_s, (complaintHeader + u"\n"_s + complaint(u"A1"_s, u"2024-06-02 10:00:00"_s)).toUtf8());
    const QString b = fixture(u"b.csv"_s, (complaintHeader + u"\n"_s + complaint(u"B1"_s, u"2024-06-03 10:00:00"_s)).toUtf8());
    const QString workspacePath = m_workspace->path();
    m_workspace.reset();

    cx::MainWindow window(*m_preferences, m_languages);
    window.show();
    QVERIFY(window.openWorkspace(workspacePath, false));

    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(a), QUrl::fromLocalFile(b), QUrl::fromLocalFile(a)});
    QDragEnterEvent enter(QPoint(200, 200), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(&window, &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent drop(QPointF(200, 200), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(&window, &drop);

    auto *wizard = window.findChild<cx::ImportWizard *>();
    QVERIFY(wizard);
    QVERIFY(wizard->isVisible());
    QCOMPARE(wizard->fileCount(), 2); // the same file dropped twice is listed once
    importAndWait(*wizard);
    QCOMPARE(wizard->summary()->reports().size(), 2);

    // The main window's views saw the new data.
    const auto complaints = [&window] {
        QSqlQuery q(window.workspace()->database());
        return q.exec(u"SELECT count(*) FROM complaint"_s) && q.next() ? q.value(0).toInt() : -1;
    };
    QCOMPARE(complaints(), 2);
    auto *batches = window.findChild<QTableView *>(u"batches"_s);
    QVERIFY(batches);
    QCOMPARE(batches->model()->rowCount(), 2);
    wizard->close();
    window.showView(int(window.views().size()) - 1);
    grab(&window, u"dataview"_s);

    // Delete on the selected import asks, saying what goes, and then removes it.
    QString question;
    QTimer answer;
    connect(&answer, &QTimer::timeout, this, [&question] {
        if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
            question = box->text();
            box->button(QMessageBox::Yes)->click();
        }
    });
    answer.start(20);
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    batches->setFocus();
    batches->setCurrentIndex(batches->model()->index(0, 0));
    const QString deletedFile = batches->currentIndex().data().toString();
    QTest::keyClick(batches, Qt::Key_Delete);
    QTRY_COMPARE(batches->model()->rowCount(), 1);
    QVERIFY2(question.contains(deletedFile) && question.contains(u"1 complaint"_s), qPrintable(question));
    QCOMPARE(complaints(), 1);
    QVERIFY(batches->currentIndex().data().toString() != deletedFile);
}

QTEST_MAIN(TestImportWizard)
#include "tst_importwizard.moc"
