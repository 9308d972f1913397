#include "filterbar.h"

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
    , m_channelLabel(new QLabel(this))
    , m_channel(new QComboBox(this))
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
                fillRegionCombo(i + 1, false);
            updateFilter();
        });
    }
    layout->addWidget(m_up);
    layout->addSpacing(16);
    layout->addWidget(m_channelLabel);
    layout->addWidget(m_channel);
    layout->addStretch();
    m_product->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_channel->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_up->setAutoRaise(true);
    m_up->setIcon(style()->standardIcon(QStyle::SP_ArrowUp));

    for (QComboBox *combo : {m_from, m_to, m_product, m_channel})
        connect(combo, &QComboBox::currentIndexChanged, this, &FilterBar::updateFilter);
    connect(m_up, &QToolButton::clicked, this, &FilterBar::drillUp);
    retranslate();
    setOptions({});
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
    m_channelLabel->setText(tr("Channel:"));
    m_up->setToolTip(tr("Up one management level"));
    const QSignalBlocker blocker(m_product);
    if (m_product->count() > 0)
        m_product->setItemText(0, tr("All products"));
    const QSignalBlocker channelBlocker(m_channel);
    if (m_channel->count() > 0)
        m_channel->setItemText(0, tr("All channels"));
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

void FilterBar::setOptions(const FilterOptions &options)
{
    m_options = options;
    m_updating = true;
    const QStringList &months = m_options.months;
    for (QComboBox *combo : {m_from, m_to}) {
        const QString previous = combo->currentText();
        combo->clear();
        combo->addItems(months);
        const int index = combo->findText(previous);
        combo->setCurrentIndex(index >= 0 ? index : (combo == m_from ? 0 : int(months.size()) - 1));
    }
    const auto fill = [](QComboBox *combo, const QString &all, const QStringList &names) {
        const QString previous = combo->currentData().toString();
        combo->clear();
        combo->addItem(all, QString());
        for (const QString &name : names)
            combo->addItem(name, name);
        combo->setCurrentIndex(std::max(0, combo->findData(previous)));
    };
    fill(m_product, tr("All products"), m_options.products);
    fill(m_channel, tr("All channels"), m_options.channels);
    m_channel->setEnabled(m_channel->count() > 1);
    fillRegionCombo(0, true);
    m_updating = false;
    updateFilter();
}

void FilterBar::fillRegionCombo(int level, bool keepSelection)
{
    const bool wasUpdating = m_updating;
    m_updating = true;
    for (int i = level; i < 3; ++i) {
        QComboBox *combo = m_region[i];
        const QString previous = combo->currentData().toString();
        combo->clear();
        combo->addItem(allRegionsText(i), QString());
        // The combo above must name a region for this one to offer its children.
        const RegionPath parent = selectedPath(i);
        const QStringList children = i == 0 || parent.level() == comboLevels[i - 1]
                                         ? m_options.childRegions(parent)
                                         : QStringList();
        for (const QString &name : children)
            combo->addItem(name, name);
        combo->setCurrentIndex(keepSelection ? std::max(0, combo->findData(previous)) : 0);
        combo->setEnabled(combo->count() > 1);
    }
    m_updating = wasUpdating;
}

RegionPath FilterBar::selectedPath(int level) const
{
    QStringList names;
    for (int i = 0; i < level; ++i)
        names << m_region[i]->currentData().toString();
    return RegionPath::fromNames(names);
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
    filter.region = selectedPath(3);
    filter.channel = m_channel->currentData().toString();
    m_up->setEnabled(!filter.region.isProvince());
    if (filter == m_filter)
        return;
    m_filter = filter;
    Q_EMIT filterChanged(m_filter);
}

} // namespace cx

namespace cx {

void FilterBar::setFilter(const AnalysisFilter &filter)
{
    m_updating = true;
    const auto selectText = [](QComboBox *combo, const QString &text, int fallback) {
        const int index = combo->findText(text);
        combo->setCurrentIndex(index >= 0 ? index : fallback);
    };
    selectText(m_from, filter.fromMonth, 0);
    selectText(m_to, filter.toMonth, m_to->count() - 1);
    m_product->setCurrentIndex(std::max(0, m_product->findData(filter.products.value(0))));
    m_channel->setCurrentIndex(std::max(0, m_channel->findData(filter.channel)));
    const QStringList names = filter.region.names();
    for (int i = 0; i < 3; ++i) {
        fillRegionCombo(i, false);
        m_region[i]->setCurrentIndex(std::max(0, m_region[i]->findData(names.value(i))));
    }
    m_updating = false;
    updateFilter();
}

} // namespace cx
