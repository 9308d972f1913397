#include "categories/journeysetupdialog.h"

#include "categories/choicedelegate.h"
#include "workspace/categorymapeditor.h"
#include "workspace/categorymapmodel.h"
#include "workspace/journeystagemodel.h"
#include "workspace/workspace.h"

#include <QAction>
#include <QEvent>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>

namespace cx {

using namespace Qt::StringLiterals;

namespace {

QTableView *makeTable(QWidget *parent)
{
    auto *view = new QTableView(parent);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                          | QAbstractItemView::SelectedClicked);
    view->verticalHeader()->setVisible(false);
    view->horizontalHeader()->setStretchLastSection(false);
    view->setAlternatingRowColors(true);
    return view;
}

} // namespace

JourneySetupDialog::JourneySetupDialog(Workspace &workspace, QWidget *parent)
    : QDialog(parent)
    , m_editor(*CategoryMapEditor::forWorkspace(workspace))
    , m_stages(new JourneyStageModel(m_editor, this))
    , m_categories(new CategoryMapModel(m_editor, this))
    , m_filtered(new QSortFilterProxyModel(this))
{
    m_filtered->setSourceModel(m_categories);
    m_filtered->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_filtered->setFilterKeyColumn(-1);
    m_filtered->setSortRole(Qt::EditRole);

    m_stageBox = new QGroupBox(this);
    m_stageView = makeTable(m_stageBox);
    m_stageView->setModel(m_stages);
    m_stageView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_stageView->horizontalHeader()->setSectionResizeMode(JourneyStageModel::Name, QHeaderView::Stretch);
    m_addStage = new QPushButton(m_stageBox);
    m_removeStage = new QPushButton(m_stageBox);
    m_moveUp = new QPushButton(m_stageBox);
    m_moveDown = new QPushButton(m_stageBox);
    auto *stageButtons = new QHBoxLayout;
    for (QPushButton *button : {m_addStage, m_removeStage, m_moveUp, m_moveDown})
        stageButtons->addWidget(button);
    stageButtons->addStretch();
    auto *stageLayout = new QVBoxLayout(m_stageBox);
    stageLayout->addWidget(m_stageView, 1);
    stageLayout->addLayout(stageButtons);

    m_categoryBox = new QGroupBox(this);
    m_filter = new QLineEdit(m_categoryBox);
    m_filter->setClearButtonEnabled(true);
    m_categoryView = makeTable(m_categoryBox);
    m_categoryView->setModel(m_filtered);
    m_categoryView->setSortingEnabled(true);
    m_categoryView->sortByColumn(-1, Qt::AscendingOrder); // the model's order: mapped rows, then unmapped
    auto *delegate = new ChoiceDelegate(int(CategoryMapModel::Role::Choices), m_categoryView);
    m_categoryView->setItemDelegateForColumn(CategoryMapModel::Stage, delegate);
    m_categoryView->setItemDelegateForColumn(CategoryMapModel::ExperienceLevel, delegate);
    m_categoryView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_categoryView->horizontalHeader()->setSectionResizeMode(CategoryMapModel::Category, QHeaderView::Stretch);
    m_addCategory = new QPushButton(m_categoryBox);
    m_removeCategory = new QPushButton(m_categoryBox);
    m_unmapped = new QLabel(m_categoryBox);
    m_unmapped->setWordWrap(true);
    auto *categoryButtons = new QHBoxLayout;
    categoryButtons->addWidget(m_addCategory);
    categoryButtons->addWidget(m_removeCategory);
    categoryButtons->addWidget(m_unmapped, 1);
    auto *categoryLayout = new QVBoxLayout(m_categoryBox);
    categoryLayout->addWidget(m_filter);
    categoryLayout->addWidget(m_categoryView, 1);
    categoryLayout->addLayout(categoryButtons);

    auto *splitter = new QSplitter(this);
    splitter->addWidget(m_stageBox);
    splitter->addWidget(m_categoryBox);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 5);
    splitter->setChildrenCollapsible(false);

    m_progress = new QProgressBar(this);
    m_progress->setRange(0, 1000);
    m_progress->setTextVisible(false);
    m_progress->setMaximumWidth(160);
    m_progress->setVisible(false);
    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    QUndoStack *stack = workspace.undoStack();
    m_undo = new QToolButton(this);
    m_undo->setDefaultAction(stack->createUndoAction(this));
    m_undo->defaultAction()->setShortcut(QKeySequence::Undo);
    m_redo = new QToolButton(this);
    m_redo->setDefaultAction(stack->createRedoAction(this));
    m_redo->defaultAction()->setShortcut(QKeySequence::Redo);
    addActions({m_undo->defaultAction(), m_redo->defaultAction()});
    m_close = new QPushButton(this);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_progress);
    bottom->addWidget(m_status, 1);
    bottom->addWidget(m_undo);
    bottom->addWidget(m_redo);
    bottom->addWidget(m_close);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter, 1);
    layout->addLayout(bottom);

    connect(m_addStage, &QPushButton::clicked, this, &JourneySetupDialog::promptStage);
    connect(m_removeStage, &QPushButton::clicked, this, &JourneySetupDialog::removeCurrentStage);
    connect(m_moveUp, &QPushButton::clicked, this, [this] { moveCurrentStage(-1); });
    connect(m_moveDown, &QPushButton::clicked, this, [this] { moveCurrentStage(1); });
    connect(m_addCategory, &QPushButton::clicked, this, &JourneySetupDialog::promptCategory);
    connect(m_removeCategory, &QPushButton::clicked, this, &JourneySetupDialog::removeCurrentCategory);
    connect(m_filter, &QLineEdit::textChanged, this, &JourneySetupDialog::setFilter);
    connect(m_close, &QPushButton::clicked, this, &QDialog::close);
    connect(m_stageView->selectionModel(), &QItemSelectionModel::currentChanged, this, &JourneySetupDialog::updateButtons);
    connect(m_categoryView->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &JourneySetupDialog::updateButtons);
    connect(m_stages, &JourneyStageModel::editRefused, this, &JourneySetupDialog::refuse);
    connect(m_categories, &CategoryMapModel::editRefused, this, &JourneySetupDialog::refuse);
    connect(&m_editor, &CategoryMapEditor::changed, this, &JourneySetupDialog::updateButtons);
    connect(&m_editor, &CategoryMapEditor::busyChanged, this, [this](bool busy) {
        m_progress->setValue(0);
        m_progress->setVisible(busy);
    });
    connect(&m_editor, &CategoryMapEditor::progress, m_progress, &QProgressBar::setValue);
    connect(&m_editor, &CategoryMapEditor::changeApplied, this, &JourneySetupDialog::showApplied);
    connect(&m_editor, &CategoryMapEditor::failed, this, &JourneySetupDialog::refuse);
    // The editor and its models go with the workspace: so does the dialog.
    connect(&workspace, &QObject::destroyed, this, [this] { delete this; });

    retranslate();
    resize(1100, 640);
    m_editor.reload(); // fresh counts; edits wait until they are read
    m_progress->setVisible(m_editor.isBusy());
    updateButtons();
}

void JourneySetupDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void JourneySetupDialog::retranslate()
{
    setWindowTitle(tr("Journey Stages and Categories — %1").arg(m_editor.workspace().displayName()));
    m_stageBox->setTitle(tr("Journey stages, in order"));
    m_addStage->setText(tr("&Add…"));
    m_removeStage->setText(tr("Re&move"));
    m_moveUp->setText(tr("Move &Up"));
    m_moveDown->setText(tr("Move &Down"));
    m_categoryBox->setTitle(tr("Category map"));
    m_filter->setPlaceholderText(tr("Filter categories, stages, elements…"));
    m_addCategory->setText(tr("Add &Category…"));
    m_removeCategory->setText(tr("Remove from Map"));
    m_close->setText(tr("Close"));
    m_stageView->setToolTip(tr("Double-click a stage to rename it; its categories, survey questions and complaints "
                               "follow the new name."));
    m_categoryView->setToolTip(tr("Double-click a stage, element or level to change it; the complaints of the "
                                  "category are filed again."));
    updateButtons();
}

void JourneySetupDialog::updateButtons()
{
    const bool loaded = m_editor.isLoaded();
    const QModelIndex stage = m_stageView->currentIndex();
    m_addStage->setEnabled(loaded);
    m_removeStage->setEnabled(loaded && stage.isValid()
                              && stage.data(int(JourneyStageModel::Role::Removable)).toBool());
    m_moveUp->setEnabled(loaded && stage.isValid() && stage.row() > 0);
    m_moveDown->setEnabled(loaded && stage.isValid() && stage.row() + 1 < m_stages->rowCount());
    const QModelIndex category = m_categoryView->currentIndex();
    m_addCategory->setEnabled(loaded);
    m_removeCategory->setEnabled(loaded && category.isValid()
                                 && category.data(int(CategoryMapModel::Role::Mapped)).toBool());
    const QStringList unmapped = m_editor.unmappedCategories();
    qint64 complaints = 0;
    for (const QString &name : unmapped)
        complaints += m_editor.complaintsOf(name);
    m_unmapped->setText(!loaded ? tr("Reading the journey stages and categories…")
                        : unmapped.isEmpty()
                            ? tr("Every complaint category is in the map.")
                            : tr("%n complaint categories are not in the map.", nullptr, int(unmapped.size()))
                                  + u' '
                                  + tr("%n complaint(s) are filed under 未归类 for now. Give their categories a stage.",
                                       nullptr, int(complaints)));
}

QString JourneySetupDialog::currentStage() const
{
    const QModelIndex current = m_stageView->currentIndex();
    return current.isValid() ? current.data(int(JourneyStageModel::Role::Name)).toString()
                             : m_editor.stages().value(0);
}

QString JourneySetupDialog::status() const
{
    return m_status->text();
}

void JourneySetupDialog::refuse(const QString &message)
{
    if (!message.isEmpty())
        showMessage(message, true);
}

void JourneySetupDialog::showMessage(const QString &message, bool problem)
{
    m_status->setText(message);
    m_status->setStyleSheet(problem ? u"color: #b3261e;"_s : QString());
}

void JourneySetupDialog::showApplied(const JourneyChangeReport &report)
{
    showMessage(tr("Saved: %n complaint(s) filed again (%1 moved to another stage) in %2 s.", nullptr,
                   int(report.complaintsRederived))
                    .arg(QLocale().toString(report.complaintsRestaged))
                    .arg(QLocale().toString(report.seconds, 'f', 1)),
                false);
}

bool JourneySetupDialog::addStage(const QString &name)
{
    const QModelIndex current = m_stageView->currentIndex();
    const int position = current.isValid() ? current.row() + 1 : int(m_editor.stages().size());
    const QString message = m_editor.addStage(name, position);
    refuse(message);
    if (!message.isEmpty())
        return false;
    m_stageView->setCurrentIndex(m_stages->index(position, JourneyStageModel::Name));
    return true;
}

bool JourneySetupDialog::addCategory(const QString &category)
{
    const QString message = m_editor.setMapping({category.trimmed(), currentStage(), {}, {}});
    refuse(message);
    if (!message.isEmpty())
        return false;
    const QModelIndex added = m_filtered->mapFromSource(
        m_categories->index(m_categories->rowOf(category.trimmed()), CategoryMapModel::Stage));
    m_categoryView->setCurrentIndex(added);
    m_categoryView->scrollTo(added);
    return true;
}

void JourneySetupDialog::moveCurrentStage(int offset)
{
    const QModelIndex current = m_stageView->currentIndex();
    if (!current.isValid())
        return;
    const int to = current.row() + offset;
    const QString message = m_editor.moveStage(current.row(), to);
    refuse(message);
    if (!message.isEmpty())
        return;
    m_stageView->setCurrentIndex(m_stages->index(to, current.column()));
}

void JourneySetupDialog::removeCurrentStage()
{
    const QModelIndex current = m_stageView->currentIndex();
    if (!current.isValid())
        return;
    refuse(m_editor.removeStage(current.data(int(JourneyStageModel::Role::Name)).toString()));
}

void JourneySetupDialog::removeCurrentCategory()
{
    const QModelIndex current = m_categoryView->currentIndex();
    if (!current.isValid())
        return;
    refuse(m_editor.removeMapping(current.data(int(CategoryMapModel::Role::Category)).toString()));
}

void JourneySetupDialog::setFilter(const QString &text)
{
    if (m_filter->text() != text)
        m_filter->setText(text);
    m_filtered->setFilterFixedString(text.trimmed());
}

void JourneySetupDialog::promptStage()
{
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("Add Journey Stage"), tr("Name of the new stage:"),
                                               QLineEdit::Normal, QString(), &ok);
    if (ok && !name.trimmed().isEmpty())
        addStage(name);
}

void JourneySetupDialog::promptCategory()
{
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("Add Category"),
                                               tr("Complaint category (any level) to map to %1:").arg(currentStage()),
                                               QLineEdit::Normal, QString(), &ok);
    if (ok && !name.trimmed().isEmpty())
        addCategory(name);
}

} // namespace cx
