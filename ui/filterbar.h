#pragma once

#include "workspace/filter.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QToolButton;

namespace cx {

class Workspace;

/// The global filter above every view: period (from/to month), product, and
/// the region drilled down province → city → county → grid. Emits
/// filterChanged() whenever the user changes any of them.
class FilterBar : public QWidget
{
    Q_OBJECT

public:
    explicit FilterBar(QWidget *parent = nullptr);

    /// Fills the choices from the workspace (null: empties them).
    void setWorkspace(Workspace *workspace);
    AnalysisFilter filter() const { return m_filter; }

    /// Moves the region selection one level up (grid → county → city → province).
    void drillUp();

Q_SIGNALS:
    void filterChanged(const AnalysisFilter &filter);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    static QString allRegionsText(int comboIndex);
    void reloadChoices();
    void fillRegionCombo(int level);
    void updateFilter();

    Workspace *m_workspace = nullptr;
    AnalysisFilter m_filter;
    QLabel *m_periodLabel = nullptr;
    QComboBox *m_from = nullptr;
    QComboBox *m_to = nullptr;
    QLabel *m_productLabel = nullptr;
    QComboBox *m_product = nullptr;
    QLabel *m_regionLabel = nullptr;
    QComboBox *m_region[3] = {}; // city, county, grid
    QToolButton *m_up = nullptr;
    bool m_updating = false;
};

} // namespace cx
