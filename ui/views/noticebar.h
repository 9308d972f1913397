#pragma once

#include <QFrame>

class QLabel;
class QPushButton;

namespace cx {

/// A line above a view's content saying what is missing and how to get it,
/// with an Import… button (or another action).
class NoticeBar : public QFrame
{
    Q_OBJECT

public:
    explicit NoticeBar(QWidget *parent = nullptr);

    /// Shows `text` with a button labelled `action` (none: no button); an
    /// empty text hides the bar.
    void showNotice(const QString &text, const QString &action = {});
    QString text() const;

Q_SIGNALS:
    void actionTriggered();

private:
    QLabel *m_text = nullptr;
    QPushButton *m_action = nullptr;
};

} // namespace cx
