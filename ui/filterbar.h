#pragma once

#include "workspace/dimensions.h"
#include "workspace/filter.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QToolButton;

namespace cx {

/// The global filter above every view: period (from/to month), product, the
/// region drilled down province → city → county → grid (by path), and the
/// complaint channel. Its choices are data given to it (setOptions(), from a
/// loaded cube); it never queries. Emits filterChanged() whenever the
/// filter changes.
class FilterBar : public QWidget
{
    Q_OBJECT

public:
    explicit FilterBar(QWidget *parent = nullptr);

    /// Replaces the choices, keeping what is selected where it still exists
    /// (empty options: no workspace).
    void setOptions(const FilterOptions &options);
    const FilterOptions &options() const { return m_options; }
    AnalysisFilter filter() const { return m_filter; }

    /// Moves the region selection one level up (grid → county → city → province).
    void drillUp();
    /// Selects what `filter` names, as far as the choices offer it (one
    /// product); emits filterChanged() when that changes the filter.
    void setFilter(const AnalysisFilter &filter);

Q_SIGNALS:
    void filterChanged(const AnalysisFilter &filter);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    static QString allRegionsText(int comboIndex);
    /// Refills the region combos from `level` down; the names selected stay
    /// selected where they still exist when `keepSelection`.
    void fillRegionCombo(int level, bool keepSelection);
    /// The region the combos above `level` (0 city, 1 county, 2 grid) select.
    RegionPath selectedPath(int level) const;
    void updateFilter();

    FilterOptions m_options;
    AnalysisFilter m_filter;
    QLabel *m_periodLabel = nullptr;
    QComboBox *m_from = nullptr;
    QComboBox *m_to = nullptr;
    QLabel *m_productLabel = nullptr;
    QComboBox *m_product = nullptr;
    QLabel *m_regionLabel = nullptr;
    QComboBox *m_region[3] = {}; // city, county, grid
    QLabel *m_channelLabel = nullptr;
    QComboBox *m_channel = nullptr;
    QToolButton *m_up = nullptr;
    bool m_updating = false;
};

} // namespace cx
