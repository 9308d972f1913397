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
    m_table->setHorizontalHeaderLabels({tr("File"), tr("Kind"), tr("Rows read"), tr("Inserted"), tr("Duplicates"),
                                        tr("Replaced"), tr("Skipped"), tr("Rejected"), tr("Result")});
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
    if (index >= 0 && index < m_table->rowCount())
        m_table->setCurrentCell(index, File);
}

void ImportSummaryPanel::fill()
{
    const int current = m_table->currentRow();
    m_table->setRowCount(int(m_reports.size()));
    qint64 inserted = 0, duplicates = 0, replaced = 0, rejected = 0;
    int imported = 0;
    bool cancelled = false;
    for (int row = 0; row < m_reports.size(); ++row) {
        const ImportReport &report = m_reports.at(row);
        auto *file = new QTableWidgetItem(QFileInfo(report.file).fileName());
        file->setToolTip(QDir::toNativeSeparators(report.file));
        m_table->setItem(row, File, file);
        m_table->setItem(row, Kind, new QTableWidgetItem(report.kind.isEmpty() ? QString()
                                                                               : MappingProfile::kindLabel(report.kind)));
        const qint64 counts[] = {report.rowsRead, report.inserted, report.duplicates,
                                 report.replaced, report.skipped,  report.rejected};
        for (int i = 0; i < 6; ++i)
            m_table->setItem(row, RowsRead + i, countItem(counts[i]));

        QString result;
        if (report.cancelled)
            result = tr("Cancelled; nothing of it kept");
        else if (report.failed())
            result = tr("Failed; nothing of it kept");
        else if (report.batchId == 0)
            result = tr("Nothing new");
        else if (report.rejected > 0)
            result = tr("Imported, some rows rejected");
        else
            result = tr("Imported in full");
        auto *resultItem = new QTableWidgetItem(result);
        if (report.failed()) {
            resultItem->setForeground(QColor(0xB7, 0x1C, 0x1C));
            resultItem->setToolTip(report.error);
        }
        m_table->setItem(row, Result, resultItem);

        inserted += report.inserted;
        duplicates += report.duplicates;
        replaced += report.replaced;
        rejected += report.rejected;
        imported += report.failed() ? 0 : 1;
        cancelled = cancelled || report.cancelled;
    }

    QString headline = tr("%1 of %n file(s) imported.", nullptr, int(m_reports.size())).arg(imported) + u' '
        + tr("Rows inserted: %1; duplicates: %2; replaced: %3; rejected: %4.")
              .arg(QLocale().toString(inserted), QLocale().toString(duplicates), QLocale().toString(replaced),
                   QLocale().toString(rejected));
    if (cancelled)
        headline += u' ' + tr("The import was cancelled: files finished before that stay imported.");
    m_headline->setText(headline);
    if (current >= 0)
        m_table->setCurrentCell(current, File);
}

void ImportSummaryPanel::showDetails(int index)
{
    if (index < 0 || index >= m_reports.size()) {
        m_details->clear();
        m_rejected->setBatch(m_db, 0, QString());
        return;
    }
    const ImportReport &report = m_reports.at(index);
    QStringList lines{QDir::toNativeSeparators(report.file)};
    if (!report.sheet.isEmpty())
        lines << tr("Sheet: %1").arg(report.sheet);
    if (!report.encoding.isEmpty())
        lines << tr("Encoding: %1").arg(report.encoding);
    if (report.headerRow > 0)
        lines << tr("Header on line %1").arg(report.headerRow);
    if (report.failed())
        lines << tr("Error: %1").arg(report.error);
    for (const QString &note : report.notes)
        lines << tr("Note: %1").arg(note);
    for (const RowRejection &rejection : report.errors)
        lines << tr("Line %1: %2").arg(rejection.line).arg(rejection.reason);
    if (report.rejected > report.errors.size())
        lines << tr("… and %n more rejected row(s), listed below.", nullptr, int(report.rejected - report.errors.size()));
    m_details->setPlainText(lines.join(u'\n'));
    m_rejected->setBatch(m_db, report.batchId, report.file);
}

} // namespace cx
