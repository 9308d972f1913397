#pragma once

#include <QWidget>

class QLabel;
class QProgressBar;
class QToolButton;

namespace cx {

/// Background work in the status bar: what is being done, a progress bar
/// (busy when the fraction is unknown) and Cancel. Hidden while idle.
class StatusProgress : public QWidget
{
    Q_OBJECT

public:
    explicit StatusProgress(QWidget *parent = nullptr);

    /// `permille` −1 when unknown.
    void showProgress(int permille, const QString &text);
    void finish();
    QString text() const;

Q_SIGNALS:
    void cancelRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    QLabel *m_text = nullptr;
    QProgressBar *m_bar = nullptr;
    QToolButton *m_cancel = nullptr;
};

} // namespace cx
