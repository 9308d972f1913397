#include "views/dataview.h"

#include "import/rejectedrowspanel.h"
#include "pipeline/batches.h"
#include "service/jobtracker.h"
#include "workspace/importbatchmodel.h"
#include "workspace/workspace.h"

#include <QAction>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include <functional>
#include <limits>

namespace cx {

using namespace Qt::StringLiterals;

namespace {

struct BatchOutcome
{
    bool ok = false;
    BatchRows rows;
    QString error;
};

} // namespace

DataView::DataView(QWidget *parent)
    : WorkspaceView(parent)
    , m_model(new ImportBatchModel(this))
    , m_table(new QTableView(this))
    , m_heading(new QLabel(this))
    , m_hint(new QLabel(this))
    , m_import(new QPushButton(this))
    , m_delete(new QPushButton(this))
    , m_notes(new QPlainTextEdit(this))
    , m_rejected(new RejectedRowsPanel(this))
{
    m_table->setObjectName(u"batches"_s);
    m_notes->setObjectName(u"batchNotes"_s);
    m_notes->setReadOnly(true);
    m_import->setObjectName(u"importFiles"_s);
    m_delete->setObjectName(u"deleteBatch"_s);

    QFont headingFont = m_heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.3);
    headingFont.setBold(true);
    m_heading->setFont(headingFont);
    m_hint->setWordWrap(true);

    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(ImportBatchModel::File, QHeaderView::Stretch);

    auto *deleteAction = new QAction(m_table);
    deleteAction->setShortcut(QKeySequence::Delete);
    deleteAction->setShortcutContext(Qt::WidgetShortcut);
    m_table->addAction(deleteAction);
    connect(deleteAction, &QAction::triggered, this, &DataView::deleteSelectedBatch);
    connect(m_delete, &QPushButton::clicked, this, &DataView::deleteSelectedBatch);
    connect(m_import, &QPushButton::clicked, this, &DataView::importRequested);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
        showSelectedBatch();
        updateActions();
    });

    auto *top = new QHBoxLayout;
    top->addWidget(m_heading, 1);
    top->addWidget(m_import);
    top->addWidget(m_delete);

    auto *batches = new QWidget(this);
    auto *batchLayout = new QVBoxLayout(batches);
    batchLayout->setContentsMargins(0, 0, 0, 0);
    batchLayout->addLayout(top);
    batchLayout->addWidget(m_hint);
    batchLayout->addWidget(m_table, 1);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(batches);
    splitter->addWidget(m_notes);
    splitter->addWidget(m_rejected);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    splitter->setStretchFactor(2, 2);
    splitter->setChildrenCollapsible(false);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 16, 24, 16);
    layout->addWidget(splitter);

    setTabOrder(m_import, m_delete);
    setTabOrder(m_delete, m_table);
    retranslate();
    updateActions();
}

QString DataView::title() const
{
    return tr("Data");
}

void DataView::retranslate()
{
    m_heading->setText(tr("Imported files"));
    m_import->setText(tr("&Import Files…"));
    m_import->setToolTip(tr("Import complaint, survey, monthly figure, funnel and indicator exports (Ctrl+I). "
                            "You can also drop files onto the window."));
    m_delete->setText(tr("&Delete Import…"));
    m_delete->setToolTip(tr("Remove the selected import and every row it brought into the workspace (Delete)."));
    m_notes->setPlaceholderText(tr("What the selected import had to guess, repair or decide is listed here."));
    m_hint->setText(workspace() ? tr("Nothing has been imported into this workspace yet. Import complaint work "
                                     "orders, survey results, monthly product figures, funnel rates and "
                                     "indicators with Import Files…, or drop the files onto the window.")
                                : tr("Open or create a workspace to import files into it."));
}

void DataView::refresh()
{
    const qint64 selected = currentBatchId();
    m_model->setDatabase(workspace() ? workspace()->database() : QSqlDatabase());
    m_hint->setVisible(m_model->rowCount() == 0);
    retranslate();
    selectBatch(selected);
    if (currentBatchId() == 0 && m_model->rowCount() > 0)
        m_table->setCurrentIndex(m_model->index(0, ImportBatchModel::File));
    showSelectedBatch();
    updateActions();
}

qint64 DataView::currentBatchId() const
{
    const QModelIndex current = m_table->currentIndex();
    return current.isValid() ? current.siblingAtColumn(0).data(int(ImportBatchModel::Role::BatchId)).toLongLong() : 0;
}

void DataView::selectBatch(qint64 batchId)
{
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const QModelIndex index = m_model->index(row, ImportBatchModel::File);
        if (index.data(int(ImportBatchModel::Role::BatchId)).toLongLong() == batchId) {
            m_table->setCurrentIndex(index);
            return;
        }
    }
}

void DataView::showSelectedBatch()
{
    const QModelIndex current = m_table->currentIndex().siblingAtColumn(0);
    const QString path = current.isValid() ? current.data(int(ImportBatchModel::Role::FilePath)).toString() : QString();
    const QStringList notes = current.data(int(ImportBatchModel::Role::NoteTexts)).toStringList();
    m_notes->setPlainText(notes.join(u'\n'));
    m_rejected->setBatch(workspace() ? workspace()->database() : QSqlDatabase(), currentBatchId(), path);
}

void DataView::updateActions()
{
    m_import->setEnabled(workspace() && !m_busy);
    m_delete->setEnabled(workspace() && !m_busy && currentBatchId() > 0);
}

void DataView::setBusy(const QString &message)
{
    m_busy = !message.isEmpty();
    if (m_busy)
        m_hint->setText(message);
    m_hint->setVisible(m_busy || m_model->rowCount() == 0);
    updateActions();
}

QString DataView::deletionQuestion(const QString &fileName, const BatchRows &rows)
{
    QStringList parts;
    const std::pair<qint64, QString> counts[] = {
        {rows.complaints, tr("%n complaint(s)", nullptr, int(rows.complaints))},
        {rows.surveyResponses, tr("%n survey response(s) with their answers", nullptr, int(rows.surveyResponses))},
        {rows.productMonthly, tr("%n product monthly figure(s)", nullptr, int(rows.productMonthly))},
        {rows.subscribers, tr("%n subscriber figure(s)", nullptr, int(rows.subscribers))},
        {rows.funnelRates, tr("%n funnel rate(s)", nullptr, int(rows.funnelRates))},
        {rows.indicators, tr("%n indicator(s)", nullptr, int(rows.indicators))},
        {rows.indicatorValues, tr("%n indicator value(s)", nullptr, int(rows.indicatorValues))},
        {rows.rejected, tr("%n rejected row(s)", nullptr, int(rows.rejected))},
    };
    for (const auto &[count, text] : counts)
        if (count > 0)
            parts << text;
    QString question = tr("Delete the import of %1?").arg(fileName) + u"\n\n"_s;
    question += rows.total() + rows.rejected == 0
        ? tr("No rows of it are left in the workspace; only the record of the import goes.")
        : tr("%n row(s) will be removed from the workspace: %1.", nullptr,
             int(std::min<qint64>(rows.total(), std::numeric_limits<int>::max())))
              .arg(parts.join(tr(", ")));
    if (rows.linkedWorkOrders > 0)
        question += u"\n\n"_s
            + tr("%n work order(s) cite these complaints as evidence and will lose those links.", nullptr,
                 int(rows.linkedWorkOrders));
    question += u"\n\n"_s + tr("This cannot be undone.");
    return question;
}

void DataView::runBatchOperation(BatchOperation operation, qint64 batchId, const QString &busyMessage,
                                 const std::function<void(const BatchRows &)> &done)
{
    setBusy(busyMessage);
    const QString path = workspace()->path();
    auto *watcher = new QFutureWatcher<BatchOutcome>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, path, done] {
        watcher->deleteLater();
        setBusy({});
        const BatchOutcome outcome = watcher->result();
        if (!workspace() || workspace()->path() != path)
            return;
        if (!outcome.ok)
            QMessageBox::warning(this, tr("Delete Import"), outcome.error);
        else
            done(outcome.rows);
    });
    watcher->setFuture(QtConcurrent::run(backgroundPool(), [path, batchId, operation] {
        BatchOutcome outcome;
        Batches batches(path);
        outcome.ok = (batches.*operation)(batchId, &outcome.rows, &outcome.error);
        return outcome;
    }));
}

void DataView::deleteSelectedBatch()
{
    const qint64 batchId = currentBatchId();
    if (!workspace() || batchId <= 0 || m_busy)
        return;
    const QString fileName = m_table->currentIndex().siblingAtColumn(ImportBatchModel::File).data().toString();
    runBatchOperation(&Batches::countRows, batchId, tr("Counting the rows of %1…").arg(fileName),
                      [this, batchId, fileName](const BatchRows &rows) { confirmAndDelete(batchId, fileName, rows); });
}

void DataView::confirmAndDelete(qint64 batchId, const QString &fileName, const BatchRows &rows)
{
    QMessageBox box(QMessageBox::Warning, tr("Delete Import"), deletionQuestion(fileName, rows),
                    QMessageBox::Yes | QMessageBox::Cancel, this);
    box.button(QMessageBox::Yes)->setText(tr("&Delete"));
    box.setDefaultButton(QMessageBox::Cancel);
    box.setEscapeButton(QMessageBox::Cancel);
    if (box.exec() != QMessageBox::Yes || !workspace())
        return;
    runBatchOperation(&Batches::deleteBatch, batchId, tr("Deleting the import of %1…").arg(fileName),
                      [this](const BatchRows &) { workspace()->notifyDataChanged(); });
}

} // namespace cx
