#include "share/sharedialog.h"

#include "service/jobtracker.h"
#include "workspace/workspace.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalBlocker>
#include <QTextDocumentFragment>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace cx {

using namespace Qt::StringLiterals;

namespace {

bool isWorkspaceItself(const QString &copy, const QString &workspace)
{
    const QFileInfo a(copy), b(workspace);
    return (a.exists() && b.exists() && a == b) || a.absoluteFilePath() == b.absoluteFilePath();
}

} // namespace

ShareDialog::ShareDialog(const Workspace &workspace, QWidget *parent)
    : QDialog(parent)
    , m_workspacePath(workspace.path())
    , m_intro(new QLabel(this))
    , m_pathLabel(new QLabel(this))
    , m_path(new QLineEdit(this))
    , m_browse(new QPushButton(this))
    , m_leaveOutLabel(new QLabel(this))
    , m_dropPhones(new QCheckBox(this))
    , m_dropText(new QCheckBox(this))
    , m_period(new QCheckBox(this))
    , m_from(new QComboBox(this))
    , m_toLabel(new QLabel(this))
    , m_to(new QComboBox(this))
    , m_summary(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_status(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this))
    , m_save(m_buttons->addButton(QString(), QDialogButtonBox::AcceptRole))
{
    m_intro->setWordWrap(true);
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::RichText);
    m_summary->setMinimumHeight(120);
    m_summary->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_status->setWordWrap(true);
    m_progress->setRange(0, 1000);
    m_progress->setVisible(false);
    m_dropPhones->setChecked(ShareOptions().dropPhones);
    m_dropText->setChecked(ShareOptions().dropText);
    m_from->setEnabled(false);
    m_to->setEnabled(false);
    m_pathLabel->setBuddy(m_path);

    const QFileInfo info(m_workspacePath);
    m_path->setText(QDir::toNativeSeparators(info.absoluteDir().filePath(info.completeBaseName() + u"-share.cxw"_s)));

    auto *pathRow = new QHBoxLayout;
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(m_browse);
    auto *periodRow = new QHBoxLayout;
    periodRow->addWidget(m_period);
    periodRow->addWidget(m_from);
    periodRow->addWidget(m_toLabel);
    periodRow->addWidget(m_to);
    periodRow->addStretch(1);
    auto *leaveOut = new QVBoxLayout;
    leaveOut->addWidget(m_dropPhones);
    leaveOut->addWidget(m_dropText);
    leaveOut->addLayout(periodRow);

    auto *form = new QFormLayout;
    form->addRow(m_pathLabel, pathRow);
    form->addRow(m_leaveOutLabel, leaveOut);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addLayout(form);
    layout->addWidget(m_summary, 1);
    layout->addWidget(m_progress);
    layout->addWidget(m_status);
    layout->addWidget(m_buttons);

    connect(m_browse, &QPushButton::clicked, this, &ShareDialog::browse);
    for (QCheckBox *box : {m_dropPhones, m_dropText})
        connect(box, &QCheckBox::toggled, this, &ShareDialog::replan);
    connect(m_period, &QCheckBox::toggled, this, [this](bool on) {
        m_from->setEnabled(on);
        m_to->setEnabled(on);
        replan();
    });
    for (QComboBox *combo : {m_from, m_to})
        connect(combo, &QComboBox::currentIndexChanged, this, &ShareDialog::replan);
    connect(m_save, &QPushButton::clicked, this, &ShareDialog::save);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ShareDialog::reject);

    retranslate();
    resize(620, 480);
    replan();
}

ShareDialog::~ShareDialog()
{
    cancelWriting();
    m_worker.waitForFinished();
}

void ShareDialog::setCopyPath(const QString &path)
{
    m_path->setText(QDir::toNativeSeparators(path));
}

QString ShareDialog::copyPath() const
{
    QString path = QDir::fromNativeSeparators(m_path->text().trimmed());
    if (!path.isEmpty() && QFileInfo(path).suffix().isEmpty())
        path += u".cxw"_s;
    return path;
}

ShareOptions ShareDialog::options() const
{
    ShareOptions options;
    options.dropPhones = m_dropPhones->isChecked();
    options.dropText = m_dropText->isChecked();
    if (m_period->isChecked()) {
        options.fromMonth = m_from->currentText();
        options.toMonth = m_to->currentText();
        if (!options.toMonth.isEmpty() && options.fromMonth > options.toMonth)
            std::swap(options.fromMonth, options.toMonth);
    }
    return options;
}

QString ShareDialog::summaryText() const
{
    return m_plan ? QTextDocumentFragment::fromHtml(m_summary->text()).toPlainText() : QString();
}

void ShareDialog::browse()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Save a Copy for Sharing"), copyPath(),
                                                      tr("CX Workbench workspaces (*.cxw)"));
    if (path.isEmpty())
        return;
    setCopyPath(path);
    // The file dialog asked before choosing an existing file.
    if (QFileInfo::exists(copyPath()))
        m_replaceConfirmed = copyPath();
}

void ShareDialog::replan()
{
    const int generation = ++m_planGeneration;
    m_plan.reset();
    updateSummary();
    auto *watcher = new QFutureWatcher<std::pair<std::optional<ShareSummary>, QString>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        if (generation == m_planGeneration)
            showPlan(watcher->result().first, watcher->result().second);
    });
    watcher->setFuture(QtConcurrent::run(backgroundPool(), [path = m_workspacePath, options = options()] {
        QString error;
        std::optional<ShareSummary> plan = ShareCopy::plan(path, options, &error);
        return std::pair{plan, error};
    }));
}

void ShareDialog::showPlan(const std::optional<ShareSummary> &plan, const QString &error)
{
    m_plan = plan;
    m_planError = error;
    if (plan && m_from->count() == 0 && !plan->months.isEmpty()) {
        const QSignalBlocker fromBlocker(m_from);
        const QSignalBlocker toBlocker(m_to);
        m_from->addItems(plan->months);
        m_to->addItems(plan->months);
        m_to->setCurrentIndex(m_to->count() - 1);
    }
    m_period->setEnabled(m_from->count() > 0 && !isWriting());
    updateSummary();
    Q_EMIT summaryReady();
}

void ShareDialog::updateSummary()
{
    if (!m_plan) {
        m_summary->setText(m_planError.isEmpty() ? tr("Counting what the copy keeps and removes…")
                                                 : m_planError.toHtmlEscaped());
        m_save->setEnabled(false);
        return;
    }
    const ShareSummary &s = *m_plan;
    const ShareOptions o = options();
    const QLocale locale;
    const auto item = [&](const QString &label, qint64 count) {
        return u"<li>%1: %2</li>"_s.arg(label.toHtmlEscaped(), locale.toString(count));
    };
    QString keeps = item(tr("complaints"), s.complaintsKept) + item(tr("survey responses"), s.responsesKept)
        + item(tr("work orders"), s.workOrders);
    QString removes;
    if (o.hasPeriod()) {
        removes += item(tr("complaints of other months"), s.complaintsRemoved)
            + item(tr("survey responses of other months"), s.responsesRemoved)
            + item(tr("monthly product figures, subscribers, funnel rates and indicator values of other months"),
                   s.monthlyRowsRemoved)
            + item(tr("imports with no rows left in the period"), s.batchesRemoved)
            + item(tr("their rejected rows"), s.rejectedRowsRemoved)
            + item(tr("work-order evidence links to complaints of other months"), s.workOrderLinksRemoved);
    }
    if (o.dropPhones)
        removes += item(tr("phone numbers (numbers written into the texts kept are blanked too)"), s.phonesRemoved);
    if (o.dropText)
        removes += item(tr("complaint texts, survey reasons and free-text answers"), s.textsRemoved);
    if (o.dropPhones || o.dropText)
        removes += item(tr("raw lines of the rejected rows kept"), s.rejectedTextsRemoved);
    m_summary->setText(u"<p>%1</p><ul>%2</ul><p>%3</p>%4"_s.arg(
        tr("The copy keeps the settings, journey stages, category map, indicators and mapping profiles, and:"), keeps,
        removes.isEmpty() ? tr("It removes nothing.") : tr("It removes:"),
        removes.isEmpty() ? QString() : u"<ul>%1</ul>"_s.arg(removes)));
    m_save->setEnabled(!isWriting());
}

void ShareDialog::save()
{
    if (isWriting() || !m_plan)
        return;
    const QString copy = copyPath();
    if (copy.isEmpty()) {
        m_status->setText(tr("Name the file of the copy."));
        return;
    }
    if (isWorkspaceItself(copy, m_workspacePath)) {
        m_status->setText(tr("%1 is the open workspace; the copy must be another file.")
                              .arg(QDir::toNativeSeparators(copy)));
        return;
    }
    bool replace = false;
    if (QFileInfo::exists(copy)) {
        replace = m_replaceConfirmed == copy
            || QMessageBox::question(this, tr("Save a Copy for Sharing"),
                                     tr("%1 already exists. Replace it with the copy?").arg(QDir::toNativeSeparators(copy)))
                == QMessageBox::Yes;
        if (!replace)
            return;
    }

    m_cancel = std::make_shared<std::atomic_bool>(false);
    setWriting(true);
    m_worker = QtConcurrent::run(backgroundPool(), [this, cancel = m_cancel, source = m_workspacePath, copy,
                                                    options = options(), replace] {
        const auto progress = [this](int permille, const QString &step) {
            QMetaObject::invokeMethod(
                this,
                [this, permille, step] {
                    m_progress->setValue(permille);
                    m_status->setText(step);
                },
                Qt::QueuedConnection);
        };
        ShareSummary written;
        QString error;
        const bool ok = ShareCopy::write(source, copy, options, replace, progress, cancel.get(), &written, &error);
        QMetaObject::invokeMethod(
            this, [this, ok, error, written] { writingDone(ok, error, written); }, Qt::QueuedConnection);
    });
}

void ShareDialog::writingDone(bool ok, const QString &message, const ShareSummary &written)
{
    setWriting(false);
    const QString text = ok ? tr("Saved %1: %2 complaints and %3 survey responses, phone numbers blanked in %4 texts.")
                                  .arg(QDir::toNativeSeparators(copyPath()), QLocale().toString(written.complaintsKept),
                                       QLocale().toString(written.responsesKept),
                                       QLocale().toString(written.textsWithPhonesBlanked))
                            : message;
    m_status->setText(text);
    if (ok) {
        m_save->hide();
        m_buttons->setStandardButtons(QDialogButtonBox::Close);
    }
    Q_EMIT copyFinished(ok, text);
}

void ShareDialog::cancelWriting()
{
    if (m_cancel)
        m_cancel->store(true);
}

void ShareDialog::reject()
{
    // While writing, Cancel and Escape stop the copy; the dialog stays to say so.
    if (isWriting()) {
        cancelWriting();
        return;
    }
    QDialog::reject();
}

void ShareDialog::setWriting(bool writing)
{
    for (QWidget *input : std::initializer_list<QWidget *>{m_path, m_browse, m_dropPhones, m_dropText, m_period})
        input->setEnabled(!writing);
    m_from->setEnabled(!writing && m_period->isChecked());
    m_to->setEnabled(!writing && m_period->isChecked());
    m_writing = writing;
    m_save->setEnabled(!writing && m_plan.has_value());
    m_progress->setVisible(writing);
    m_progress->setValue(0);
}

void ShareDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        updateSummary();
    }
    QDialog::changeEvent(event);
}

void ShareDialog::retranslate()
{
    setWindowTitle(tr("Save a Copy for Sharing"));
    m_intro->setText(tr("The copy is a new workspace file with only what its recipient needs. The open workspace "
                        "is not changed."));
    m_pathLabel->setText(tr("&Copy:"));
    m_browse->setText(tr("&Browse…"));
    m_leaveOutLabel->setText(tr("Leave out:"));
    m_dropPhones->setText(tr("&Phone numbers"));
    m_dropText->setText(tr("Complaint &texts and free-text survey answers"));
    m_period->setText(tr("&Months other than"));
    m_toLabel->setText(tr("to"));
    m_save->setText(tr("&Save Copy"));
}

} // namespace cx
