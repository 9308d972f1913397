#pragma once

#include "service/complaintbrowser.h"
#include "service/jobtracker.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QSet>

#include <memory>

namespace cx {

class AnalyticsCube;
class SqlWorker;

/// The complaint work orders of a ComplaintSelection, for any view that
/// lists complaints (journey cells, hotspots, later service quality).
///
/// Lazily fetched, and the GUI thread never waits on SQL: a new selection,
/// search or sort finds the matching complaints on the worker connection
/// (ComplaintBrowser::select(), answered from the browse index) and only
/// then resets the model with their count, so the scroll bar spans the whole
/// result at once; the rows' contents are fetched a page at a time, on the
/// worker, when a view asks for them, and arrive asynchronously (dataChanged()).
/// Sorting by time, category, city or channel reads that column's keys
/// (from the browse index); reversing a sort only reorders the ids held.
/// Until a row's page has arrived its cells are empty (LoadedRole false).
class ComplaintTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Role {
        ComplaintIdRole = Qt::UserRole + 1, ///< qint64; 0 until the row's page arrived
        LoadedRole,                        ///< bool: the row's page arrived
    };

    /// Rows per page fetched from the worker.
    static constexpr int pageSize = 100;

    explicit ComplaintTableModel(QObject *parent = nullptr);
    ~ComplaintTableModel() override;

    /// The worker to read on (AnalysisService::browseWorker()) and the cube
    /// the selection's filter is resolved against (AnalysisService::cube());
    /// either null empties the model.
    void setSource(std::shared_ptr<SqlWorker> worker, std::shared_ptr<const AnalyticsCube> cube);
    /// The complaints to list; the model stays empty until it is given one.
    void setSelection(const ComplaintSelection &selection);
    const ComplaintSelection &selection() const { return m_selection; }
    /// Narrows the selection to complaints whose text or number contains `text`.
    void setSearchText(const QString &text);

    /// Whether a selection, search or sort is being computed.
    bool isLoading() const { return m_jobs.isBusy(); }
    /// Whether the rows shown belong to the current selection.
    bool isCurrent() const { return m_shown == m_selection && !m_jobs.isBusy(); }
    int sortColumn() const { return int(m_sortColumn); }
    Qt::SortOrder sortOrder() const { return m_sortOrder; }

    /// Whether every row in first…last has arrived.
    bool isLoaded(int first, int last) const;
    /// Requests the pages of first…last (pagesArrived() follows).
    void prefetch(int first, int last);
    /// The row's contents, when its page has arrived.
    const ComplaintRow *complaint(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    /// By time, category, city or channel; other columns are not sortable (ignored).
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    /// The translated title of a column.
    static QString columnTitle(ComplaintColumn column);

Q_SIGNALS:
    void loadingChanged(bool loading);
    /// The model was reset with the complaints of the current selection.
    void selectionLoaded();
    /// Pages of rows arrived.
    void pagesArrived();
    /// The selection could not be read.
    void failed(const QString &message);

private:
    struct Selected
    {
        std::shared_ptr<const ComplaintKeys> keys;
        QList<qint64> ids;
    };
    void restart();
    void apply(const ComplaintSelection &shown, Selected selected);
    void requestPage(int page) const;
    void storePage(quint64 generation, int page, QList<ComplaintRow> rows);

    std::shared_ptr<SqlWorker> m_worker;
    std::shared_ptr<const AnalyticsCube> m_cube;
    ComplaintSelection m_selection;
    ComplaintSelection m_shown;
    bool m_selected = false; ///< nothing is read before the first setSelection()
    ComplaintColumn m_sortColumn = ComplaintColumn::AcceptedAt;
    Qt::SortOrder m_sortOrder = Qt::DescendingOrder;
    std::shared_ptr<const ComplaintKeys> m_keys;
    QList<qint64> m_ids;
    quint64 m_shownGeneration = 0;
    mutable QHash<int, QList<ComplaintRow>> m_pages;
    mutable QSet<int> m_pending;
    mutable QList<int> m_pageOrder; ///< least recently arrived first, for eviction
    JobTracker m_jobs;
};

} // namespace cx
