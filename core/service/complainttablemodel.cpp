#include "service/complainttablemodel.h"

#include "analytics/analysisscope.h"
#include "analytics/analyticscube.h"
#include "service/sqlworker.h"

#include <QFutureWatcher>
#include <QtConcurrent/QtConcurrentRun>

namespace cx {

using namespace Qt::StringLiterals;

namespace {

// Pages kept in memory; further pages evict the oldest (a view shows a few).
constexpr int cachedPages = 400;

QString displayed(const ComplaintRow &row, ComplaintColumn column)
{
    switch (column) {
    case ComplaintColumn::AcceptedAt:
        return row.acceptedAt;
    case ComplaintColumn::OrderNo:
        return row.orderNo;
    case ComplaintColumn::Channel:
        return row.channel;
    case ComplaintColumn::City:
        return row.city;
    case ComplaintColumn::County:
        return row.county;
    case ComplaintColumn::Product:
        return row.product;
    case ComplaintColumn::Category:
        return row.category;
    case ComplaintColumn::Stage:
        return row.stage;
    case ComplaintColumn::Content:
        return QString(row.content).replace(u'\n', u' ').replace(u'\r', u' ');
    case ComplaintColumn::Department:
        return row.department;
    case ComplaintColumn::Result:
        return row.result;
    case ComplaintColumn::Phone:
        return row.phone;
    }
    return {};
}

} // namespace

ComplaintTableModel::ComplaintTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
    connect(&m_jobs, &JobTracker::busyChanged, this, &ComplaintTableModel::loadingChanged);
}

ComplaintTableModel::~ComplaintTableModel() = default;

QString ComplaintTableModel::columnTitle(ComplaintColumn column)
{
    switch (column) {
    case ComplaintColumn::AcceptedAt:
        return tr("Accepted");
    case ComplaintColumn::OrderNo:
        return tr("Work order");
    case ComplaintColumn::Channel:
        return tr("Channel");
    case ComplaintColumn::City:
        return tr("City");
    case ComplaintColumn::County:
        return tr("County");
    case ComplaintColumn::Product:
        return tr("Product");
    case ComplaintColumn::Category:
        return tr("Category");
    case ComplaintColumn::Stage:
        return tr("Stage");
    case ComplaintColumn::Content:
        return tr("Complaint");
    case ComplaintColumn::Department:
        return tr("Department");
    case ComplaintColumn::Result:
        return tr("Result");
    case ComplaintColumn::Phone:
        return tr("Phone");
    }
    return {};
}

void ComplaintTableModel::setSource(std::shared_ptr<SqlWorker> worker, std::shared_ptr<const AnalyticsCube> cube)
{
    if (worker == m_worker && cube == m_cube)
        return;
    m_worker = std::move(worker);
    m_cube = std::move(cube);
    restart();
}

void ComplaintTableModel::setSelection(const ComplaintSelection &selection)
{
    if (selection == m_selection && m_selected)
        return;
    m_selection = selection;
    m_selected = true;
    restart();
}

void ComplaintTableModel::setSearchText(const QString &text)
{
    if (text.trimmed() == m_selection.search)
        return;
    m_selection.search = text.trimmed();
    restart();
}

void ComplaintTableModel::restart()
{
    if (!m_selected)
        return;
    if (!m_worker || !m_cube) {
        m_jobs.cancel();
        apply(m_selection, {std::make_shared<ComplaintKeys>(), {}});
        return;
    }
    SqlWorker *worker = m_worker.get();
    const ComplaintSelection selection = m_selection;
    const ComplaintColumn column = m_sortColumn;
    const Qt::SortOrder order = m_sortOrder;
    m_jobs.start(
        worker->pool(),
        [worker, cube = m_cube, selection, column, order](const JobToken &token) {
            Selected selected;
            selected.keys = ComplaintBrowser::select(worker->native(), cube->scope(selection.filter), selection, column,
                                                     token.flag());
            if (selected.keys)
                selected.ids = selected.keys->sorted(order);
            return selected;
        },
        [this, selection](Selected selected) {
            if (!selected.keys)
                Q_EMIT failed(tr("The complaints could not be read from the workspace."));
            apply(selection, std::move(selected));
        });
}

void ComplaintTableModel::sort(int column, Qt::SortOrder order)
{
    const auto sortColumn = ComplaintColumn(column);
    if (column < 0 || column >= complaintColumnCount || !isSortableComplaintColumn(sortColumn))
        return;
    if (sortColumn == m_sortColumn && order == m_sortOrder)
        return;
    m_sortColumn = sortColumn;
    m_sortOrder = order;
    if (!m_keys || m_keys->column() != sortColumn || !(m_shown == m_selection) || m_jobs.isBusy()) {
        restart();
        return;
    }
    // The same keys in the other order: no SQL.
    const std::shared_ptr<const ComplaintKeys> keys = m_keys;
    const ComplaintSelection selection = m_selection;
    m_jobs.start(
        nullptr, [keys, order](const JobToken &) { return Selected{keys, keys->sorted(order)}; },
        [this, selection](Selected selected) { apply(selection, std::move(selected)); });
}

void ComplaintTableModel::apply(const ComplaintSelection &shown, Selected selected)
{
    beginResetModel();
    m_shown = shown;
    m_keys = std::move(selected.keys);
    m_ids = std::move(selected.ids);
    m_pages.clear();
    m_pending.clear();
    m_pageOrder.clear();
    m_shownGeneration = m_jobs.generation();
    endResetModel();
    Q_EMIT selectionLoaded();
}

int ComplaintTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_ids.size());
}

int ComplaintTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : complaintColumnCount;
}

const ComplaintRow *ComplaintTableModel::complaint(int row) const
{
    if (row < 0 || row >= m_ids.size())
        return nullptr;
    const auto page = m_pages.constFind(row / pageSize);
    if (page == m_pages.constEnd() || row % pageSize >= page->size())
        return nullptr;
    return &page->at(row % pageSize);
}

QVariant ComplaintTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_ids.size())
        return {};
    const ComplaintRow *row = complaint(index.row());
    if (!row) {
        if (role == Qt::DisplayRole || role == LoadedRole)
            requestPage(index.row() / pageSize);
        if (role == LoadedRole)
            return false;
        return role == ComplaintIdRole ? QVariant(qint64(0)) : QVariant();
    }
    const auto column = ComplaintColumn(index.column());
    switch (role) {
    case Qt::DisplayRole:
        return displayed(*row, column);
    case Qt::ToolTipRole:
        if (column == ComplaintColumn::Content)
            return row->content;
        if (column == ComplaintColumn::County && !row->grid.isEmpty())
            return row->grid;
        return {};
    case ComplaintIdRole:
        return row->id;
    case LoadedRole:
        return true;
    default:
        return {};
    }
}

QVariant ComplaintTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= complaintColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::DisplayRole)
        return columnTitle(ComplaintColumn(section));
    if (role == Qt::ToolTipRole && isSortableComplaintColumn(ComplaintColumn(section)))
        return tr("Click to sort");
    return {};
}

bool ComplaintTableModel::isLoaded(int first, int last) const
{
    for (int page = std::max(0, first) / pageSize; page <= last / pageSize && page * pageSize < m_ids.size(); ++page)
        if (!m_pages.contains(page))
            return false;
    return true;
}

void ComplaintTableModel::prefetch(int first, int last)
{
    for (int page = std::max(0, first) / pageSize; page <= last / pageSize && page * pageSize < m_ids.size(); ++page)
        requestPage(page);
}

void ComplaintTableModel::requestPage(int page) const
{
    if (!m_worker || m_pages.contains(page) || m_pending.contains(page))
        return;
    m_pending.insert(page);
    const QList<qint64> ids = m_ids.mid(qsizetype(page) * pageSize, pageSize);
    SqlWorker *worker = m_worker.get();
    auto *self = const_cast<ComplaintTableModel *>(this);
    auto *watcher = new QFutureWatcher<QList<ComplaintRow>>(self);
    const quint64 generation = m_shownGeneration;
    connect(watcher, &QFutureWatcherBase::finished, self, [self, watcher, generation, page] {
        watcher->deleteLater();
        self->storePage(generation, page, watcher->future().takeResult());
    });
    watcher->setFuture(QtConcurrent::run(worker->pool(), [worker, ids] { return ComplaintBrowser::rows(worker->native(), ids); }));
}

void ComplaintTableModel::storePage(quint64 generation, int page, QList<ComplaintRow> rows)
{
    if (generation != m_shownGeneration)
        return;
    m_pending.remove(page);
    m_pages.insert(page, std::move(rows));
    m_pageOrder << page;
    while (m_pageOrder.size() > cachedPages)
        m_pages.remove(m_pageOrder.takeFirst());
    const int first = page * pageSize;
    const int last = std::min(int(m_ids.size()), first + pageSize) - 1;
    if (last >= first)
        Q_EMIT dataChanged(index(first, 0), index(last, complaintColumnCount - 1));
    Q_EMIT pagesArrived();
}

} // namespace cx
