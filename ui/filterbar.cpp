#include "filterbar.h"

#include "workspace/dimensions.h"
#include "workspace/workspace.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QSignalBlocker>
#include <QToolButton>

namespace cx {

namespace {
constexpr RegionLevel comboLevels[3] = {RegionLevel::City, RegionLevel::County, RegionLevel::Grid};
}

FilterBar::FilterBar(QWidget *parent)
    : QWidget(parent)
    , m_periodLabel(new QLabel(this))
    , m_from(new QComboBox(this))
    , m_to(new QComboBox(this))
    , m_productLabel(new QLabel(this))
    , m_product(new QComboBox(this))
    , m_regionLabel(new QLabel(this))
    , m_up(new QToolButton(this))
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 8, 4);
    layout->addWidget(m_periodLabel);
    layout->addWidget(m_from);
    layout->addWidget(new QLabel(QStringLiteral("–"), this));
    layout->addWidget(m_to);
    layout->addSpacing(16);
    layout->addWidget(m_productLabel);
    layout->addWidget(m_product);
    layout->addSpacing(16);
    layout->addWidget(m_regionLabel);
    for (int i = 0; i < 3; ++i) {
        m_region[i] = new QComboBox(this);
        m_region[i]->setSizeAdjustPolicy(QComboBox::AdjustToContents);
        layout->addWidget(m_region[i]);
        connect(m_region[i], &QComboBox::currentIndexChanged, this, [this, i] {
            if (m_updating)
                return;
            if (i < 2)
                fillRegionCombo(i + 1);
            updateFilter();
        });
    }
    layout->addWidget(m_up);
    layout->addStretch();
    m_product->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_up->setAutoRaise(true);
    m_up->setIcon(style()->standardIcon(QStyle::SP_ArrowUp));

    for (QComboBox *combo : {m_from, m_to, m_product})
        connect(combo, &QComboBox::currentIndexChanged, this, &FilterBar::updateFilter);
    connect(m_up, &QToolButton::clicked, this, &FilterBar::drillUp);
    retranslate();
    reloadChoices();
}

void FilterBar::setWorkspace(Workspace *workspace)
{
    if (m_workspace)
        disconnect(m_workspace, nullptr, this, nullptr);
    m_workspace = workspace;
    if (m_workspace)
        connect(m_workspace, &Workspace::dataChanged, this, &FilterBar::reloadChoices);
    reloadChoices();
}

void FilterBar::drillUp()
{
    for (int i = 2; i >= 0; --i) {
        if (m_region[i]->currentIndex() > 0) {
            m_region[i]->setCurrentIndex(0);
            return;
        }
    }
}

void FilterBar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void FilterBar::retranslate()
{
    m_periodLabel->setText(tr("Period:"));
    m_productLabel->setText(tr("Product:"));
    m_regionLabel->setText(tr("Region:"));
    m_up->setToolTip(tr("Up one management level"));
    const QSignalBlocker blocker(m_product);
    if (m_product->count() > 0)
        m_product->setItemText(0, tr("All products"));
    for (int i = 0; i < 3; ++i)
        if (m_region[i]->count() > 0)
            m_region[i]->setItemText(0, allRegionsText(i));
}

QString FilterBar::allRegionsText(int comboIndex)
{
    switch (comboIndex) {
    case 0:
        return tr("All cities");
    case 1:
        return tr("All counties");
    default:
        return tr("All grids");
    }
}

void FilterBar::reloadChoices()
{
    m_updating = true;
    const QStringList months = m_workspace ? Dimensions(m_workspace->database()).months() : QStringList();
    const QStringList products = m_workspace ? Dimensions(m_workspace->database()).products() : QStringList();
    for (QComboBox *combo : {m_from, m_to}) {
        const QString previous = combo->currentText();
        combo->clear();
        combo->addItems(months);
        const int index = combo->findText(previous);
        combo->setCurrentIndex(index >= 0 ? index : (combo == m_from ? 0 : int(months.size()) - 1));
    }
    const QString product = m_product->currentData().toString();
    m_product->clear();
    m_product->addItem(tr("All products"), QString());
    for (const QString &name : products)
        m_product->addItem(name, name);
    m_product->setCurrentIndex(std::max(0, m_product->findData(product)));
    fillRegionCombo(0);
    m_updating = false;
    updateFilter();
}

void FilterBar::fillRegionCombo(int level)
{
    const bool wasUpdating = m_updating;
    m_updating = true;
    for (int i = level; i < 3; ++i) {
        QComboBox *combo = m_region[i];
        const QString previous = combo->currentData().toString();
        combo->clear();
        combo->addItem(allRegionsText(i), QString());
        QStringList children;
        if (m_workspace) {
            const Dimensions dimensions(m_workspace->database());
            if (i == 0)
                children = dimensions.childRegions(RegionLevel::Province, {});
            else if (const QString parent = m_region[i - 1]->currentData().toString(); !parent.isEmpty())
                children = dimensions.childRegions(comboLevels[i - 1], parent);
        }
        for (const QString &name : children)
            combo->addItem(name, name);
        combo->setCurrentIndex(std::max(0, combo->findData(previous)));
        combo->setEnabled(combo->count() > 1);
    }
    m_updating = wasUpdating;
}

void FilterBar::updateFilter()
{
    if (m_updating)
        return;
    AnalysisFilter filter;
    filter.fromMonth = m_from->currentText();
    filter.toMonth = m_to->currentText();
    if (!filter.fromMonth.isEmpty() && filter.toMonth < filter.fromMonth)
        std::swap(filter.fromMonth, filter.toMonth);
    if (const QString product = m_product->currentData().toString(); !product.isEmpty())
        filter.products = {product};
    for (int i = 2; i >= 0; --i) {
        if (const QString region = m_region[i]->currentData().toString(); !region.isEmpty()) {
            filter.regionLevel = comboLevels[i];
            filter.region = region;
            break;
        }
    }
    m_up->setEnabled(!filter.region.isEmpty());
    if (filter == m_filter)
        return;
    m_filter = filter;
    Q_EMIT filterChanged(m_filter);
}

} // namespace cx
