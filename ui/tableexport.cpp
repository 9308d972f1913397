#include "tableexport.h"

#include "palette.h"
#include "service/deskformat.h"

#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QEvent>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QTableView>
#include <QSet>
#include <QTableView>

namespace cx {

using namespace Qt::StringLiterals;

namespace {

QString cell(const QString &text)
{
    if (!text.contains(u'\t') && !text.contains(u'\n') && !text.contains(u'"'))
        return text;
    return u'"' + QString(text).replace(u"\""_s, u"\"\""_s) + u'"';
}

} // namespace

QString tableText(const QAbstractItemModel &model, const QList<int> &rows, const QList<int> &columns, bool rowHeaders)
{
    QStringList lines;
    QStringList header;
    if (rowHeaders)
        header << QString();
    for (int column : columns)
        header << cell(model.headerData(column, Qt::Horizontal).toString());
    lines << header.join(u'\t');
    for (int row : rows) {
        QStringList fields;
        if (rowHeaders)
            fields << cell(model.headerData(row, Qt::Vertical).toString());
        for (int column : columns) {
            const QModelIndex index = model.index(row, column);
            QString text = index.data().toString();
            if (const QVariant light = index.data(LightRole); light.isValid()) {
                const QString letter = palette::lightLetter(TrafficLight(light.toInt()));
                if (!letter.isEmpty())
                    text = letter + u' ' + text;
            }
            fields << cell(text);
        }
        lines << fields.join(u'\t');
    }
    return lines.join(u"\r\n"_s) + u"\r\n"_s;
}

QString viewText(const QAbstractItemView &view, bool all, bool rowHeaders)
{
    const QAbstractItemModel *model = view.model();
    if (!model)
        return {};
    QList<int> rows;
    if (!all && view.selectionModel()) {
        QSet<int> selected;
        for (const QModelIndex &index : view.selectionModel()->selectedIndexes())
            selected.insert(index.row());
        rows = QList<int>(selected.cbegin(), selected.cend());
        std::sort(rows.begin(), rows.end());
    }
    if (rows.isEmpty())
        for (int row = 0; row < model->rowCount(); ++row)
            rows << row;
    const auto *table = qobject_cast<const QTableView *>(&view);
    QList<int> columns;
    for (int column = 0; column < model->columnCount(); ++column) {
        if (table && table->isColumnHidden(column))
            continue;
        columns << column;
    }
    if (table) {
        // In the order the user sees them.
        std::sort(columns.begin(), columns.end(), [table](int a, int b) {
            return table->horizontalHeader()->visualIndex(a) < table->horizontalHeader()->visualIndex(b);
        });
    }
    return tableText(*model, rows, columns, rowHeaders);
}

namespace {

// The copy actions of one view, re-translated with it.
class TableCopyActions : public QObject
{
public:
    TableCopyActions(QAbstractItemView *view, bool rowHeaders)
        : QObject(view)
        , m_copy(new QAction(view))
        , m_copyAll(new QAction(view))
    {
        m_copy->setShortcut(QKeySequence::Copy);
        m_copy->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        connect(m_copy, &QAction::triggered, view,
                [view, rowHeaders] { QApplication::clipboard()->setText(viewText(*view, false, rowHeaders)); });
        connect(m_copyAll, &QAction::triggered, view,
                [view, rowHeaders] { QApplication::clipboard()->setText(viewText(*view, true, rowHeaders)); });
        view->addAction(m_copy);
        view->addAction(m_copyAll);
        view->setContextMenuPolicy(Qt::ActionsContextMenu);
        view->installEventFilter(this);
        retranslate();
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::LanguageChange)
            retranslate();
        return QObject::eventFilter(watched, event);
    }

private:
    void retranslate()
    {
        m_copy->setText(QCoreApplication::translate("cx::TableCopy", "&Copy"));
        m_copyAll->setText(QCoreApplication::translate("cx::TableCopy", "Copy &All Rows"));
    }

    QAction *m_copy;
    QAction *m_copyAll;
};

} // namespace

void installTableCopy(QAbstractItemView *view, bool rowHeaders)
{
    new TableCopyActions(view, rowHeaders);
}

void setUpResultTable(QTableView *table, QAbstractItemModel *model, int stretch)
{
    table->setModel(model);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->verticalHeader()->hide();
    table->setWordWrap(false);
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table->horizontalHeader()->setSectionResizeMode(stretch, QHeaderView::Stretch);
    installTableCopy(table);
}

} // namespace cx
