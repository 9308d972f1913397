#pragma once

#include "views/workspaceview.h"

class QGridLayout;
class QLabel;

namespace cx {

/// The start page: what the workspace holds, at a glance.
class DashboardView : public WorkspaceView
{
    Q_OBJECT

public:
    explicit DashboardView(QWidget *parent = nullptr);

    QString title() const override;

protected:
    void refresh() override;
    void retranslate() override;

private:
    struct Card
    {
        QLabel *value = nullptr;
        QLabel *caption = nullptr;
    };
    Card addCard(QGridLayout *grid, int index);

    QLabel *m_heading = nullptr;
    QLabel *m_subtitle = nullptr;
    Card m_complaints;
    Card m_responses;
    Card m_period;
    Card m_products;
    Card m_indicators;
    Card m_workOrders;
};

} // namespace cx
