#include "views/emptyhint.h"

#include <QAbstractItemView>
#include <QEvent>
#include <QLabel>

namespace cx {

namespace {

// Follows the view's model and viewport size.
class EmptyHint : public QLabel
{
public:
    EmptyHint(QAbstractItemView *view, std::function<QString()> text)
        : QLabel(view->viewport())
        , m_view(view)
        , m_text(std::move(text))
    {
        setAlignment(Qt::AlignCenter);
        setWordWrap(true);
        setForegroundRole(QPalette::PlaceholderText);
        setAttribute(Qt::WA_TransparentForMouseEvents);
        view->viewport()->installEventFilter(this);
        update();
    }

    void update()
    {
        const QAbstractItemModel *model = m_view->model();
        const bool empty = !model || model->rowCount() == 0;
        if (empty) {
            setText(m_text());
            setGeometry(m_view->viewport()->rect().adjusted(16, 16, -16, -16));
        }
        setVisible(empty);
    }

    void watch()
    {
        if (QAbstractItemModel *model = m_view->model()) {
            connect(model, &QAbstractItemModel::modelReset, this, &EmptyHint::update);
            connect(model, &QAbstractItemModel::layoutChanged, this, &EmptyHint::update);
            connect(model, &QAbstractItemModel::rowsInserted, this, &EmptyHint::update);
            connect(model, &QAbstractItemModel::rowsRemoved, this, &EmptyHint::update);
        }
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Resize || event->type() == QEvent::Show || event->type() == QEvent::LanguageChange)
            update();
        return QLabel::eventFilter(watched, event);
    }

private:
    QAbstractItemView *m_view;
    std::function<QString()> m_text;
};

} // namespace

void installEmptyHint(QAbstractItemView *view, std::function<QString()> text)
{
    auto *hint = new EmptyHint(view, std::move(text));
    hint->watch();
}

} // namespace cx
