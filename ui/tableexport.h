#pragma once

#include <QList>
#include <QString>

class QAbstractItemModel;
class QAbstractItemView;
class QTableView;

namespace cx {

/// Rows × columns of a model as tab-separated text with the header row, as
/// Excel pastes it: a light is written as its letter before the value, a
/// cell holding a tab, a line break or a quote is quoted. With
/// `rowHeaders` each line starts with the row's header (the journey's lanes).
QString tableText(const QAbstractItemModel &model, const QList<int> &rows, const QList<int> &columns,
                  bool rowHeaders = false);

/// The rows selected in `view` (every row when `all` or nothing is
/// selected), visible columns only, through tableText().
QString viewText(const QAbstractItemView &view, bool all, bool rowHeaders = false);

/// Gives a table or list view Copy (Ctrl+C) and Copy All, also in its
/// context menu, copying viewText() to the clipboard.
void installTableCopy(QAbstractItemView *view, bool rowHeaders = false);

/// Shows `model` in `table` as a read-only list of results: one whole row
/// selected at a time, no row numbers, no wrapping, columns sized to their
/// contents with `stretch` taking the rest, and installTableCopy().
void setUpResultTable(QTableView *table, QAbstractItemModel *model, int stretch);

} // namespace cx
