#include "import/importsummarypanel.h"

#include "import/mappingprofile.h"
#include "import/rejectedrowspanel.h"

#include <QDir>
#include <QEvent>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

namespace cx {

using namespace Qt::StringLiterals;

namespace {

QTableWidgetItem *countItem(qint64 value)
{
    auto *item = new QTableWidgetItem(QLocale().toString(value));
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

const QColor problemColor(0xB7, 0x1C, 0x1C);

} // namespace

ImportSummaryPanel::ImportSummaryPanel(QWidget *parent)
    : QWidget(parent)
    , m_headline(new QLabel(this))
    , m_table(new QTableWidget(this))
    , m_details(new QPlainTextEdit(this))
    , m_rejected(new RejectedRowsPanel(this))
{
    m_table->setObjectName(u"summary"_s);
    m_details->setObjectName(u"summaryDetails"_s);
    m_headline->setWordWrap(true);
    QFont headlineFont = m_headline->font();
    headlineFont.setBold(true);
    m_headline->setFont(headlineFont);

    m_table->setColumnCount(ColumnCount);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(File, QHeaderView::Stretch);
    m_details->setReadOnly(true);
    m_details->setMaximumBlockCount(2000);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_table);
    splitter->addWidget(m_details);
    splitter->addWidget(m_rejected);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 1);
    splitter->setStretchFactor(2, 3);
    splitter->setChildrenCollapsible(false);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_headline);
    layout->addWidget(splitter, 1);

    connect(m_table, &QTableWidget::currentCellChanged, this, [this](int row) { showDetails(row); });
    retranslate();
}

void ImportSummaryPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void ImportSummaryPanel::retranslate()
{
    m_table->setHorizontalHeaderLabels({tr("File"), tr("Sheet"), tr("Kind"), tr("Rows read"), tr("Inserted"),
                                        tr("Updated"), tr("Duplicates"), tr("Skipped"), tr("Rejected"), tr("Result")});
    if (!m_reports.isEmpty())
        fill();
}

void ImportSummaryPanel::setReports(const QSqlDatabase &db, const QList<ImportReport> &reports)
{
    m_db = db;
    m_reports = reports;
    fill();
    selectFile(0);
}

void ImportSummaryPanel::selectFile(int index)
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).file == index) {
            m_table->setCurrentCell(row, File);
            return;
        }
    }
}

void ImportSummaryPanel::fill()
{
    const int current = m_table->currentRow();
    m_rows.clear();
    for (int file = 0; file < m_reports.size(); ++file) {
        const ImportReport &report = m_reports.at(file);
        if (report.failed() || report.sheets.isEmpty())
            m_rows << Row{file, -1, -1};
        for (int sheet = 0; sheet < report.sheets.size(); ++sheet)
            m_rows << Row{file, sheet, -1};
        for (int skipped = 0; skipped < report.skippedSheets.size(); ++skipped)
            m_rows << Row{file, -1, skipped};
    }
    m_table->setRowCount(int(m_rows.size()));
    for (int row = 0; row < m_rows.size(); ++row)
        fillRow(row, m_rows.at(row));

    SheetReport sum;
    int imported = 0;
    bool cancelled = false;
    for (const ImportReport &report : std::as_const(m_reports)) {
        const SheetReport totals = report.totals();
        sum.inserted += totals.inserted;
        sum.updated += totals.updated;
        sum.duplicates += totals.duplicates;
        sum.rejected += totals.rejected;
        imported += report.failed() ? 0 : 1;
        cancelled = cancelled || report.cancelled;
    }
    QString headline = tr("%1 of %n file(s) imported.", nullptr, int(m_reports.size())).arg(imported) + u' '
        + tr("Rows inserted: %1; updated: %2; duplicates: %3; rejected: %4.")
              .arg(QLocale().toString(sum.inserted), QLocale().toString(sum.updated),
                   QLocale().toString(sum.duplicates), QLocale().toString(sum.rejected));
    if (cancelled)
        headline += u' ' + tr("The import was cancelled: files finished before that stay imported.");
    m_headline->setText(headline);
    if (current >= 0 && current < m_rows.size())
        m_table->setCurrentCell(current, File);
}

void ImportSummaryPanel::fillRow(int row, const Row &what)
{
    const ImportReport &report = m_reports.at(what.file);
    auto *file = new QTableWidgetItem(QFileInfo(report.file).fileName());
    file->setToolTip(QDir::toNativeSeparators(report.file));
    m_table->setItem(row, File, file);
    const bool imported = what.skipped < 0 && !report.kind.isEmpty();
    m_table->setItem(row, Kind, new QTableWidgetItem(imported ? MappingProfile::kindLabel(report.kind) : QString()));
    for (int column = RowsRead; column <= Rejected; ++column)
        m_table->setItem(row, column, new QTableWidgetItem);

    QString result;
    QString problem;
    QString sheetName;
    if (what.skipped >= 0) {
        const SkippedSheet &skipped = report.skippedSheets.at(what.skipped);
        sheetName = skipped.name;
        result = tr("Not imported: %1").arg(skipped.reason);
    } else if (what.sheet < 0) {
        result = report.cancelled ? tr("Cancelled; nothing of it kept")
            : report.failed()     ? tr("Failed; nothing of it kept")
                                  : tr("Nothing to import");
        problem = report.error;
    } else {
        const SheetReport &sheet = report.sheets.at(what.sheet);
        sheetName = sheet.sheet;
        const qint64 counts[] = {sheet.rowsRead, sheet.inserted,  sheet.updated,
                                 sheet.duplicates, sheet.skipped, sheet.rejected};
        for (int i = 0; i < int(std::size(counts)); ++i)
            m_table->setItem(row, RowsRead + i, countItem(counts[i]));
        if (sheet.inserted + sheet.updated + sheet.duplicates + sheet.rejected == 0)
            result = tr("No data rows");
        else if (sheet.batchId == 0)
            result = tr("Nothing new");
        else if (sheet.rejected > 0)
            result = tr("Imported, some rows rejected");
        else
            result = tr("Imported in full");
        if (!sheet.notes.isEmpty())
            result += u' ' + tr("(%n note(s))", nullptr, int(sheet.notes.size()));
    }
    m_table->setItem(row, Sheet, new QTableWidgetItem(sheetName));
    auto *resultItem = new QTableWidgetItem(result);
    resultItem->setToolTip(problem.isEmpty() ? result : problem);
    if (!problem.isEmpty())
        resultItem->setForeground(problemColor);
    m_table->setItem(row, Result, resultItem);
}

void ImportSummaryPanel::showDetails(int row)
{
    if (row < 0 || row >= m_rows.size()) {
        m_details->clear();
        m_rejected->setBatch(m_db, 0, QString());
        return;
    }
    const Row &what = m_rows.at(row);
    const ImportReport &report = m_reports.at(what.file);
    QStringList lines{QDir::toNativeSeparators(report.file)};
    if (!report.encoding.isEmpty())
        lines << tr("Encoding: %1").arg(report.encoding);
    if (report.failed())
        lines << tr("Error: %1").arg(report.error);
    qint64 batchId = 0;
    if (what.skipped >= 0) {
        const SkippedSheet &skipped = report.skippedSheets.at(what.skipped);
        lines << tr("Sheet %1 was not imported: %2").arg(skipped.name, skipped.reason);
    } else if (what.sheet >= 0) {
        const SheetReport &sheet = report.sheets.at(what.sheet);
        batchId = sheet.batchId;
        if (!sheet.sheet.isEmpty())
            lines << tr("Sheet: %1").arg(sheet.sheet);
        if (sheet.headerRow > 0)
            lines << tr("Header on line %1").arg(sheet.headerRow);
        for (const ImportNote &note : sheet.notes)
            lines << tr("Note: %1").arg(note.text());
        for (const RowRejection &rejection : sheet.errors)
            lines << tr("Line %1: %2").arg(rejection.line).arg(rejection.reason);
        if (sheet.rejected > sheet.errors.size())
            lines << tr("… and %n more rejected row(s), listed below.", nullptr,
                        int(sheet.rejected - sheet.errors.size()));
    }
    m_details->setPlainText(lines.join(u'\n'));
    m_rejected->setBatch(m_db, batchId, report.file);
}

} // namespace cx
