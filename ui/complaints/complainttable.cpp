#include "complaints/complainttable.h"

#include "service/analysisservice.h"
#include "service/complainttablemodel.h"
#include "service/deskformat.h"
#include "tableexport.h"
#include "views/emptyhint.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QSet>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace cx {

using namespace Qt::StringLiterals;

namespace {

// More rows than this are not copied at once (and they fit the model's page cache).
constexpr int copyLimit = 20000;

} // namespace

ComplaintTable::ComplaintTable(AnalysisService &service, QWidget *parent)
    : QWidget(parent)
    , m_service(service)
    , m_model(new ComplaintTableModel(this))
    , m_search(new QLineEdit(this))
    , m_count(new QLabel(this))
    , m_view(new QTableView(this))
    , m_searchDelay(new QTimer(this))
    , m_copy(new QAction(this))
    , m_copyAll(new QAction(this))
{
    m_search->setClearButtonEnabled(true);
    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(300);
    m_view->setModel(m_model);
    m_view->setSortingEnabled(true);
    m_view->horizontalHeader()->setSortIndicator(int(ComplaintColumn::AcceptedAt), Qt::DescendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setWordWrap(false);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(false);
    const QFontMetrics metrics = m_view->fontMetrics();
    const auto width = [&](ComplaintColumn column, const QString &sample) {
        m_view->setColumnWidth(int(column), metrics.horizontalAdvance(sample) + 24);
    };
    width(ComplaintColumn::AcceptedAt, u"2024-08-31 23:59:59"_s);
    width(ComplaintColumn::OrderNo, u"GD202408316850935"_s);
    width(ComplaintColumn::Channel, u"10086热线"_s);
    width(ComplaintColumn::City, u"深圳市"_s);
    width(ComplaintColumn::County, u"惠东县开发区"_s);
    width(ComplaintColumn::Product, u"咪咕视频会员"_s);
    width(ComplaintColumn::Category, u"不知情订购"_s);
    width(ComplaintColumn::Stage, u"咨询投诉"_s);
    width(ComplaintColumn::Content, u"刷短视频一直转圈，换了手机也一样，客服也说不清"_s);
    width(ComplaintColumn::Department, u"信息系统部"_s);
    width(ComplaintColumn::Result, u"已解决"_s);
    width(ComplaintColumn::Phone, u"188****7326"_s);

    m_copy->setShortcut(QKeySequence::Copy);
    m_copy->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_copy, &QAction::triggered, this, [this] { copyRows(false); });
    connect(m_copyAll, &QAction::triggered, this, [this] { copyRows(true); });
    m_view->addAction(m_copy);
    m_view->addAction(m_copyAll);
    m_view->setContextMenuPolicy(Qt::ActionsContextMenu);
    installEmptyHint(m_view, [this] {
        if (m_model->isLoading())
            return tr("Finding the complaints…");
        return m_model->selection().search.isEmpty() ? tr("No complaints for this selection.")
                                                     : tr("No complaint contains “%1”.").arg(m_model->selection().search);
    });

    auto *top = new QHBoxLayout;
    top->setContentsMargins(0, 0, 0, 0);
    top->addWidget(m_count, 1);
    top->addWidget(m_search, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addWidget(m_view, 1);

    connect(m_search, &QLineEdit::textChanged, m_searchDelay, qOverload<>(&QTimer::start));
    connect(m_searchDelay, &QTimer::timeout, this, [this] { m_model->setSearchText(m_search->text()); });
    connect(m_model, &ComplaintTableModel::loadingChanged, this, &ComplaintTable::updateCount);
    connect(m_model, &ComplaintTableModel::selectionLoaded, this, &ComplaintTable::updateCount);
    connect(m_model, &ComplaintTableModel::pagesArrived, this, &ComplaintTable::finishCopy);
    connect(m_model, &ComplaintTableModel::failed, m_count, &QLabel::setText);
    const auto follow = [this] { m_model->setSource(m_service.browseWorker(), m_service.cube()); };
    connect(&m_service, &AnalysisService::workspaceChanged, this, follow);
    connect(&m_service, &AnalysisService::cubeLoaded, this, follow);
    follow();
    retranslate();
}

ComplaintTable::~ComplaintTable() = default;

void ComplaintTable::setSelection(const ComplaintSelection &selection)
{
    ComplaintSelection withSearch = selection;
    withSearch.search = m_search->text().trimmed();
    m_model->setSelection(withSearch);
    updateCount();
}

void ComplaintTable::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void ComplaintTable::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void ComplaintTable::retranslate()
{
    m_search->setPlaceholderText(tr("Search the complaint texts and work-order numbers (Ctrl+F)"));
    m_copy->setText(tr("&Copy"));
    m_copyAll->setText(tr("Copy &All Rows"));
    Q_EMIT m_model->headerDataChanged(Qt::Horizontal, 0, complaintColumnCount - 1);
    updateCount();
}

void ComplaintTable::updateCount()
{
    if (!m_service.browseWorker()) {
        m_count->setText(tr("No workspace open"));
        return;
    }
    if (m_model->isLoading()) {
        m_count->setText(m_model->selection().search.isEmpty() ? tr("Finding the complaints…") : tr("Searching…"));
        return;
    }
    const QString count = tr("%n complaint(s)", nullptr, m_model->rowCount());
    m_count->setText(m_model->selection().search.isEmpty()
                         ? count
                         : tr("%1 containing “%2”").arg(count, m_model->selection().search));
}

void ComplaintTable::copyRows(bool all)
{
    QList<int> rows;
    if (!all) {
        QSet<int> selected;
        for (const QModelIndex &index : m_view->selectionModel()->selectedIndexes())
            selected.insert(index.row());
        rows = QList<int>(selected.cbegin(), selected.cend());
        std::sort(rows.begin(), rows.end());
    }
    if (rows.isEmpty())
        for (int row = 0; row < std::min(m_model->rowCount(), copyLimit); ++row)
            rows << row;
    if (rows.size() > copyLimit)
        rows.resize(copyLimit);
    if (rows.isEmpty())
        return;
    m_pendingCopy = rows;
    m_model->prefetch(rows.constFirst(), rows.constLast());
    m_count->setText(tr("Fetching %n row(s) to copy…", nullptr, int(rows.size())));
    finishCopy();
}

void ComplaintTable::finishCopy()
{
    if (m_pendingCopy.isEmpty() || !m_model->isLoaded(m_pendingCopy.constFirst(), m_pendingCopy.constLast()))
        return;
    QList<int> columns;
    for (int column = 0; column < complaintColumnCount; ++column)
        columns << column;
    QApplication::clipboard()->setText(tableText(*m_model, m_pendingCopy, columns));
    m_pendingCopy.clear();
    updateCount();
}

} // namespace cx
