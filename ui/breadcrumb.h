#pragma once

#include "workspace/dimensions.h"
#include "workspace/filter.h"

#include <QWidget>

class QHBoxLayout;

namespace cx {

/// The region shown, as a path province › city › county › grid: each step
/// goes back up to it, the last one opens the regions below to drill into.
/// Sits beside the filter bar; Alt+Up goes one level up.
class Breadcrumb : public QWidget
{
    Q_OBJECT

public:
    explicit Breadcrumb(QWidget *parent = nullptr);

    /// Shows `region`, with the regions below it taken from `options`.
    void setRegion(const RegionPath &region, const FilterOptions &options);
    const RegionPath &region() const { return m_region; }

Q_SIGNALS:
    void regionChosen(const cx::RegionPath &region);

protected:
    void changeEvent(QEvent *event) override;

private:
    void rebuild();

    RegionPath m_region;
    FilterOptions m_options;
    QHBoxLayout *m_layout = nullptr;
};

} // namespace cx
