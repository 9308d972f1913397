#include "text/wordlistsdialog.h"

#include "pipeline/sqlite.h"
#include "service/analysisservice.h"
#include "service/jobtracker.h"
#include "text/wordlistseditor.h"
#include "workspace/workspace.h"

#include <QCloseEvent>
#include <QDialogButtonBox>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace cx {

using namespace Qt::StringLiterals;

WordListsDialog::WordListsDialog(Workspace &workspace, AnalysisService &service, QWidget *parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_service(service)
    , m_editor(new WordListsEditor(this))
    , m_pages(new QTabWidget(this))
    , m_add(new QPushButton(this))
    , m_remove(new QPushButton(this))
    , m_import(new QPushButton(this))
    , m_export(new QPushButton(this))
    , m_reset(new QPushButton(this))
    , m_undo(new QPushButton(this))
    , m_redo(new QPushButton(this))
    , m_sampleLabel(new QLabel(this))
    , m_sample(new QLineEdit(this))
    , m_preview(new QLabel(this))
    , m_status(new QLabel(this))
{
    for (TextListKind kind : textListKinds())
        m_pages->addTab(createPage(kind), QString());

    auto *buttons = new QHBoxLayout;
    for (QPushButton *button : {m_add, m_remove, m_import, m_export, m_reset})
        buttons->addWidget(button);
    buttons->addStretch();
    buttons->addWidget(m_undo);
    buttons->addWidget(m_redo);

    m_sample->setText(u"看视频一直卡顿转圈，客服态度差，还乱扣费"_s);
    m_sample->setClearButtonEnabled(true);
    m_preview->setWordWrap(true);
    m_preview->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status->setWordWrap(true);
    auto *sampleRow = new QHBoxLayout;
    sampleRow->addWidget(m_sampleLabel);
    sampleRow->addWidget(m_sample, 1);

    auto *box = new QDialogButtonBox(this);
    m_apply = box->addButton(QString(), QDialogButtonBox::ApplyRole);
    m_close = box->addButton(QString(), QDialogButtonBox::RejectRole);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_pages, 1);
    layout->addLayout(buttons);
    layout->addLayout(sampleRow);
    layout->addWidget(m_preview);
    layout->addWidget(m_status);
    layout->addWidget(box);

    QUndoStack *undo = m_editor->undoStack();
    connect(m_undo, &QPushButton::clicked, undo, &QUndoStack::undo);
    connect(m_redo, &QPushButton::clicked, undo, &QUndoStack::redo);
    connect(undo, &QUndoStack::indexChanged, this, [this] {
        updateButtons();
        updatePreview();
    });
    connect(m_pages, &QTabWidget::currentChanged, this, &WordListsDialog::updateButtons);
    connect(m_sample, &QLineEdit::textChanged, this, &WordListsDialog::updatePreview);
    connect(m_add, &QPushButton::clicked, this, &WordListsDialog::promptAdd);
    connect(m_remove, &QPushButton::clicked, this, [this] {
        QList<int> rows;
        for (const QModelIndex &index : table(currentKind())->selectionModel()->selectedRows())
            rows << index.row();
        m_editor->model(currentKind())->removeRowsAt(rows);
    });
    connect(m_import, &QPushButton::clicked, this, &WordListsDialog::promptImport);
    connect(m_export, &QPushButton::clicked, this, &WordListsDialog::promptExport);
    connect(m_reset, &QPushButton::clicked, this, [this] { m_editor->resetToDefault(currentKind()); });
    connect(m_apply, &QPushButton::clicked, this, &WordListsDialog::apply);
    connect(m_close, &QPushButton::clicked, this, &QDialog::close);
    connect(&m_applying, &QFutureWatcher<QString>::finished, this, [this] {
        const QString error = m_applying.result();
        if (error.isEmpty()) {
            m_editor->markApplied();
            m_service.reloadWordLists();
            showMessage(tr("The word lists are stored. Keywords and pain-point tags are being recomputed; the status bar "
                           "shows the progress."),
                        false);
        } else {
            showMessage(error, true);
        }
        updateButtons();
        Q_EMIT applied(error);
    });

    // The dialog edits one workspace: it goes with it.
    connect(&workspace, &QObject::destroyed, this, [this] { delete this; });

    QString error;
    sqlite::Database db;
    std::optional<TextLists> lists;
    if (db.open(m_workspace.path()))
        lists = TextLists::read(db, &error);
    else
        error = db.errorString();
    m_editor->load(lists ? *lists : TextLists::defaults());
    retranslate();
    if (!lists)
        showMessage(error, true);
    updatePreview();
    updateButtons();
    resize(820, 620);
}

WordListsDialog::~WordListsDialog()
{
    m_applying.waitForFinished();
}

QWidget *WordListsDialog::createPage(TextListKind kind)
{
    auto *page = new QWidget(this);
    auto *view = new QTableView(page);
    WordListModel *model = m_editor->model(kind);
    view->setModel(model);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    view->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                          | QAbstractItemView::AnyKeyPressed);
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 8);
    QHeaderView *header = view->horizontalHeader();
    header->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    if (kind == TextListKind::Tags) {
        // The phrases are what a rule is mostly made of.
        header->setSectionResizeMode(1, QHeaderView::Stretch);
        header->setSectionResizeMode(2, QHeaderView::Interactive);
        header->resizeSection(2, 220);
    } else {
        header->setStretchLastSection(true);
    }
    connect(model, &WordListModel::refused, this, [this](const QString &reason) { showMessage(reason, true); });
    connect(view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &WordListsDialog::updateButtons);
    m_tables[std::size_t(kind)] = view;
    auto *hint = new QLabel(page);
    hint->setWordWrap(true);
    m_hints[std::size_t(kind)] = hint;
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(hint);
    layout->addWidget(view, 1);
    return page;
}

void WordListsDialog::retranslate()
{
    setWindowTitle(tr("Word Lists"));
    m_pages->setTabText(int(TextListKind::Terms), tr("User dictionary"));
    m_pages->setTabText(int(TextListKind::StopWords), tr("Stop words"));
    m_pages->setTabText(int(TextListKind::Tags), tr("Pain-point tags"));
    m_hints[std::size_t(TextListKind::Terms)]->setText(
        tr("Telecom terms the segmenter keeps whole (携号转网, 光猫). A frequency (as in jieba's dictionary) makes a "
           "term win over the words it could be split into; without one it counts as %1.")
            .arg(Term::kDefaultFrequency));
    m_hints[std::size_t(TextListKind::StopWords)]->setText(
        tr("Words that are never keywords (的, 客户, 来电, 核实)."));
    m_hints[std::size_t(TextListKind::Tags)]->setText(
        tr("A complaint gets a tag when its text contains one of the tag's phrases, except inside one of its "
           "exceptions (卡顿 inside 不卡顿). A complaint may get several tags, so tag counts overlap."));
    m_add->setText(tr("&Add…"));
    m_remove->setText(tr("&Remove"));
    m_import->setText(tr("&Import…"));
    m_export->setText(tr("&Export…"));
    m_reset->setText(tr("&Reset to Default"));
    m_undo->setText(tr("&Undo"));
    m_redo->setText(tr("Re&do"));
    m_sampleLabel->setText(tr("Try a sentence:"));
    m_apply->setText(tr("A&pply"));
    m_close->setText(tr("&Close"));
    updatePreview();
    updateButtons();
}

void WordListsDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void WordListsDialog::closeEvent(QCloseEvent *event)
{
    if (isApplying()) {
        showMessage(tr("The word lists are being stored; close the dialog when that is done."), true);
        event->ignore();
        return;
    }
    QDialog::closeEvent(event);
}

TextListKind WordListsDialog::currentKind() const
{
    return TextListKind(std::max(0, m_pages->currentIndex()));
}

QString WordListsDialog::status() const
{
    return m_status->text();
}

void WordListsDialog::showMessage(const QString &message, bool problem)
{
    m_status->setText(message);
    m_status->setStyleSheet(problem ? u"color: #b00020;"_s : QString());
}

void WordListsDialog::updateButtons()
{
    const TextListKind kind = currentKind();
    QUndoStack *undo = m_editor->undoStack();
    m_remove->setEnabled(table(kind)->selectionModel()->hasSelection());
    m_reset->setEnabled(!m_editor->model(kind)->isDefault());
    m_undo->setEnabled(undo->canUndo());
    m_redo->setEnabled(undo->canRedo());
    m_undo->setToolTip(undo->undoText());
    m_redo->setToolTip(undo->redoText());
    m_apply->setEnabled(m_editor->isModified() && !isApplying());
}

void WordListsDialog::updatePreview()
{
    const QString sentence = m_sample->text().trimmed();
    if (sentence.isEmpty()) {
        m_preview->setText(tr("Write a sentence to see its words, keywords and pain-point tags."));
        return;
    }
    const TextPreview preview = m_editor->preview(sentence);
    m_preview->setText(tr("Words: %1\nKeywords: %2\nPain-point tags: %3")
                           .arg(preview.words.join(u" / "_s), preview.keywords.join(u", "_s),
                                preview.tags.isEmpty() ? tr("none") : preview.tags.join(u", "_s)));
}

bool WordListsDialog::addRow(TextListKind kind, const QStringList &cells)
{
    WordListModel *model = m_editor->model(kind);
    if (!model->addRow(cells))
        return false;
    m_pages->setCurrentIndex(int(kind));
    table(kind)->scrollToBottom();
    table(kind)->selectRow(model->rowCount() - 1);
    showMessage(tr("Added %1.").arg(cells.value(0).trimmed()), false);
    return true;
}

void WordListsDialog::promptAdd()
{
    const TextListKind kind = currentKind();
    bool ok = false;
    const QString label = kind == TextListKind::Terms   ? tr("Term (optionally a space and its frequency):")
        : kind == TextListKind::StopWords               ? tr("Stop word:")
                                                        : tr("Tag name and its phrases (TAG: phrase|phrase|!exception):");
    const QString text = QInputDialog::getText(this, m_pages->tabText(int(kind)), label, QLineEdit::Normal, {}, &ok).trimmed();
    if (!ok || text.isEmpty())
        return;
    QStringList cells;
    if (kind == TextListKind::Terms) {
        cells = text.split(u' ', Qt::SkipEmptyParts);
    } else if (kind == TextListKind::Tags) {
        qsizetype colon = text.indexOf(u':');
        if (colon < 0)
            colon = text.indexOf(u'：');
        const QString name = colon < 0 ? text : text.left(colon).trimmed();
        QStringList phrases;
        QStringList exceptions;
        for (const QString &part : (colon < 0 ? name : text.sliced(colon + 1)).split(u'|', Qt::SkipEmptyParts)) {
            const QString p = part.trimmed();
            (p.startsWith(u'!') || p.startsWith(u'！') ? exceptions : phrases) << p;
        }
        cells = QStringList{name, phrases.join(u'|'), exceptions.join(u'|')};
    } else {
        cells = QStringList{text};
    }
    addRow(kind, cells);
}

bool WordListsDialog::importFile(TextListKind kind, const QString &path)
{
    QString error;
    const std::optional<QString> text = readTextListFile(path, &error);
    if (!text) {
        showMessage(error, true);
        return false;
    }
    QList<TextListProblem> problems;
    if (!m_editor->model(kind)->replace(*text, false, tr("Import %1").arg(QFileInfo(path).fileName()), &problems)) {
        QStringList lines;
        for (const TextListProblem &p : problems.mid(0, 3))
            lines << tr("%1, line %2: %3").arg(QDir::toNativeSeparators(path)).arg(p.line).arg(p.reason);
        if (problems.size() > 3)
            lines << tr("… and %n more", nullptr, int(problems.size() - 3));
        showMessage(tr("Nothing was imported:\n%1").arg(lines.join(u'\n')), true);
        return false;
    }
    m_pages->setCurrentIndex(int(kind));
    showMessage(tr("Imported %n rows from %1.", nullptr, m_editor->model(kind)->rowCount()).arg(QDir::toNativeSeparators(path)), false);
    return true;
}

bool WordListsDialog::exportFile(TextListKind kind, const QString &path)
{
    QSaveFile file(path);
    const QByteArray bytes = m_editor->model(kind)->text().toUtf8();
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        showMessage(tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()), true);
        return false;
    }
    showMessage(tr("Exported to %1.").arg(QDir::toNativeSeparators(path)), false);
    return true;
}

void WordListsDialog::promptImport()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Import a Word List"), {}, tr("Text files (*.txt);;All files (*)"));
    if (!path.isEmpty())
        importFile(currentKind(), path);
}

void WordListsDialog::promptExport()
{
    const TextListKind kind = currentKind();
    const QString path = QFileDialog::getSaveFileName(this, tr("Export a Word List"), textListName(kind) + u".txt"_s,
                                                      tr("Text files (*.txt)"));
    if (!path.isEmpty())
        exportFile(kind, path);
}

void WordListsDialog::apply()
{
    if (isApplying())
        return;
    showMessage(tr("Storing the word lists…"), false);
    m_applying.setFuture(QtConcurrent::run(backgroundPool(), [path = m_workspace.path(), texts = m_editor->texts()] {
        sqlite::Database db;
        if (!db.open(path))
            return tr("Cannot open %1: %2").arg(QDir::toNativeSeparators(path), db.errorString());
        QString error;
        if (!db.exec(u"BEGIN IMMEDIATE"_s))
            return tr("Cannot store the word lists: %1").arg(db.errorString());
        if (!writeTextLists(db, texts, &error)) {
            db.exec(u"ROLLBACK"_s);
            return error;
        }
        if (!db.exec(u"COMMIT"_s)) {
            error = tr("Cannot store the word lists: %1").arg(db.errorString());
            db.exec(u"ROLLBACK"_s);
        }
        return error;
    }));
    updateButtons();
}

} // namespace cx
