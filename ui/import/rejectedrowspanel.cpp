#include "import/rejectedrowspanel.h"

#include "pipeline/rejectedrowmodel.h"

#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace cx {

using namespace Qt::StringLiterals;

RejectedRowsPanel::RejectedRowsPanel(QWidget *parent)
    : QWidget(parent)
    , m_model(new RejectedRowModel(this))
    , m_heading(new QLabel(this))
    , m_export(new QPushButton(this))
    , m_table(new QTableView(this))
{
    m_table->setObjectName(u"rejectedRows"_s);
    m_export->setObjectName(u"exportRejected"_s);
    m_table->setModel(m_model);
    m_table->setAlternatingRowColors(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(RejectedRowModel::Line, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(RejectedRowModel::Reason, QHeaderView::Interactive);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setColumnWidth(RejectedRowModel::Reason, 420);
    m_heading->setBuddy(m_table);

    auto *top = new QHBoxLayout;
    top->addWidget(m_heading, 1);
    top->addWidget(m_export);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addWidget(m_table, 1);
    setTabOrder(m_table, m_export);

    connect(m_export, &QPushButton::clicked, this, &RejectedRowsPanel::exportInteractive);
    retranslate();
    updateHeading();
}

void RejectedRowsPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void RejectedRowsPanel::retranslate()
{
    m_export->setText(tr("E&xport Rejected Rows…"));
    m_export->setToolTip(tr("Save every rejected row of this import as a CSV file that Excel opens."));
    updateHeading();
}

void RejectedRowsPanel::setBatch(const QSqlDatabase &db, qint64 batchId, const QString &sourcePath)
{
    m_db = db;
    m_sourcePath = sourcePath;
    m_model->setBatch(db, batchId);
    updateHeading();
}

qint64 RejectedRowsPanel::batchId() const
{
    return m_model->batchId();
}

void RejectedRowsPanel::updateHeading()
{
    const qint64 total = m_model->totalCount();
    if (m_model->batchId() <= 0)
        m_heading->setText(tr("&Rejected rows: select an import to see them."));
    else if (total == 0)
        m_heading->setText(tr("&Rejected rows of %1: none.").arg(QFileInfo(m_sourcePath).fileName()));
    else
        m_heading->setText(tr("&Rejected rows of %1: %2.")
                               .arg(QFileInfo(m_sourcePath).fileName(), QLocale().toString(total)));
    m_export->setEnabled(total > 0);
}

bool RejectedRowsPanel::exportCsv(const QString &path, QString *error) const
{
    return RejectedRowModel::exportCsv(m_db, m_model->batchId(), path, error);
}

void RejectedRowsPanel::exportInteractive()
{
    const QFileInfo source(m_sourcePath);
    const QString suggested =
        source.dir().filePath(tr("%1 - rejected rows.csv", "file name").arg(source.completeBaseName()));
    const QString path = QFileDialog::getSaveFileName(this, tr("Export Rejected Rows"), suggested,
                                                      tr("CSV files (*.csv);;All files (*)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!exportCsv(path, &error))
        QMessageBox::warning(this, tr("Export Rejected Rows"), error);
}

} // namespace cx
