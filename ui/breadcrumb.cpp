#include "breadcrumb.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QToolButton>

namespace cx {

using namespace Qt::StringLiterals;

Breadcrumb::Breadcrumb(QWidget *parent)
    : QWidget(parent)
    , m_layout(new QHBoxLayout(this))
{
    m_layout->setContentsMargins(8, 0, 8, 2);
    m_layout->setSpacing(2);
    // One height whatever the steps: a change of region must not lay out every view below it again.
    QToolButton probe;
    probe.setAutoRaise(true);
    probe.setText(u"›"_s);
    setFixedHeight(probe.sizeHint().height() + m_layout->contentsMargins().top() + m_layout->contentsMargins().bottom());
    rebuild();
}

void Breadcrumb::setRegion(const RegionPath &region, const FilterOptions &options)
{
    if (region == m_region && options == m_options)
        return;
    m_region = region;
    m_options = options;
    rebuild();
}

void Breadcrumb::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        rebuild();
    QWidget::changeEvent(event);
}

void Breadcrumb::rebuild()
{
    // Later: the step clicked may be what asked for the rebuild.
    while (QLayoutItem *item = m_layout->takeAt(0)) {
        if (QWidget *widget = item->widget()) {
            widget->hide();
            widget->deleteLater();
        }
        delete item;
    }
    auto *label = new QLabel(tr("Showing:"), this);
    label->setForegroundRole(QPalette::PlaceholderText);
    m_layout->addWidget(label);
    QList<RegionPath> steps{RegionPath()};
    for (RegionPath path = m_region; !path.isProvince(); path = path.parent())
        steps.insert(1, path);
    for (qsizetype i = 0; i < steps.size(); ++i) {
        const RegionPath step = steps.at(i);
        if (i > 0)
            m_layout->addWidget(new QLabel(u"›"_s, this));
        auto *button = new QToolButton(this);
        button->setAutoRaise(true);
        button->setText(step.isProvince() ? tr("Whole province") : step.name());
        const bool current = i == steps.size() - 1;
        if (current) {
            QFont bold = button->font();
            bold.setBold(true);
            button->setFont(bold);
            button->setToolTip(tr("The region every view shows"));
        } else {
            button->setToolTip(tr("Back up to %1 (Alt+Up goes one level up)").arg(button->text()));
            connect(button, &QToolButton::clicked, this, [this, step] { Q_EMIT regionChosen(step); });
        }
        m_layout->addWidget(button);
    }
    const QStringList children = m_region.level() == RegionLevel::Grid ? QStringList() : m_options.childRegions(m_region);
    if (!children.isEmpty()) {
        auto *down = new QToolButton(this);
        down->setAutoRaise(true);
        down->setText(u"›"_s);
        down->setToolTip(tr("Drill down into a region below"));
        down->setPopupMode(QToolButton::InstantPopup);
        auto *menu = new QMenu(down);
        for (const QString &name : children) {
            const RegionPath child = m_region.child(name);
            menu->addAction(name, this, [this, child] { Q_EMIT regionChosen(child); });
        }
        down->setMenu(menu);
        m_layout->addWidget(down);
    }
    m_layout->addStretch();
}

} // namespace cx
