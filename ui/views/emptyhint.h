#pragma once

#include <functional>

class QAbstractItemView;
class QString;

namespace cx {

/// Shows `text()` in the middle of `view` while its model has no rows, so an
/// empty table or list says why it is empty.
void installEmptyHint(QAbstractItemView *view, std::function<QString()> text);

} // namespace cx
