#pragma once

#include "service/complaintbrowser.h"

#include <QWidget>

class QLabel;
class QToolButton;

namespace cx {

class AnalysisService;
class Chart;
class ComplaintTable;
struct ChartData;

/// The panel a click on a journey cell or a hotspot opens: a title, the
/// trend over every month (chart) and the complaints behind the item
/// (ComplaintTable). Esc or its close button hides it.
class DetailPanel : public QWidget
{
    Q_OBJECT

public:
    explicit DetailPanel(AnalysisService &service, QWidget *parent = nullptr);

    void showDetail(const QString &title, const ChartData &trend, const ComplaintSelection &complaints);
    QString title() const;
    Chart *chart() const { return m_chart; }
    ComplaintTable *complaints() const { return m_complaints; }

Q_SIGNALS:
    void closed();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    QLabel *m_title = nullptr;
    QToolButton *m_close = nullptr;
    Chart *m_chart = nullptr;
    ComplaintTable *m_complaints = nullptr;
};

} // namespace cx
