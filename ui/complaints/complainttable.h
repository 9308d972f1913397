#pragma once

#include "service/complaintbrowser.h"

#include <QWidget>

#include <memory>

class QLabel;
class QLineEdit;
class QTableView;
class QTimer;

namespace cx {

class AnalysisService;
class ComplaintTableModel;

/// The complaint work orders behind a cell, hotspot or alert: a search field,
/// the count, and a lazily fetched table (ComplaintTableModel) sortable by
/// time, category, city and channel. Any view that lists complaints embeds
/// one and hands it a ComplaintSelection. Copy (Ctrl+C) fetches the selected
/// rows first if they have not arrived yet.
class ComplaintTable : public QWidget
{
    Q_OBJECT

public:
    explicit ComplaintTable(AnalysisService &service, QWidget *parent = nullptr);
    ~ComplaintTable() override;

    /// The complaints to list; the search text typed stays applied.
    void setSelection(const ComplaintSelection &selection);
    ComplaintTableModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    /// Puts the keyboard focus in the search field.
    void focusSearch();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void updateCount();
    void copyRows(bool all);
    void finishCopy();

    AnalysisService &m_service;
    ComplaintTableModel *m_model = nullptr;
    QLineEdit *m_search = nullptr;
    QLabel *m_count = nullptr;
    QTableView *m_view = nullptr;
    QTimer *m_searchDelay = nullptr;
    QList<int> m_pendingCopy; ///< rows to copy once their pages have arrived
    QAction *m_copy = nullptr;
    QAction *m_copyAll = nullptr;
};

} // namespace cx
