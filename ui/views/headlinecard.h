#pragma once

#include <QFrame>

class QLabel;

namespace cx {

/// A headline figure of the dashboard: caption, value and its change against
/// the month before (coloured for better or worse when it is significant);
/// clicking it opens the view that explains it.
class HeadlineCard : public QFrame
{
    Q_OBJECT

public:
    explicit HeadlineCard(QWidget *parent = nullptr);

    /// How a change is coloured: better or worse only when it is significant.
    enum class Tone { Neutral, Better, Worse };

    void setCaption(const QString &caption);
    /// `change` empty: no change shown.
    void setFigure(const QString &value, const QString &change, Tone tone, const QString &toolTip);
    QString value() const;

Q_SIGNALS:
    void clicked();

protected:
    void mouseReleaseEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    QLabel *m_caption = nullptr;
    QLabel *m_value = nullptr;
    QLabel *m_change = nullptr;
};

} // namespace cx
