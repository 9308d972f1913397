#pragma once

#include <QString>

namespace cx {

struct WorkOrderExport;

/// The work-order workbook for the owning departments (libxlsxwriter):
/// - sheet 1, the orders: a styled header row, frozen with the number
///   column, an auto-filter, real dates with date formats, widths fitted to
///   CJK text, drop-down lists of the statuses (Chinese names) and of the
///   departments, and sheet protection (no password) that leaves only the
///   editable columns (status, owner department, owner, progress, due date,
///   reason) unlocked — filtering, sorting and resizing stay allowed;
/// - sheet 2, every order's history, locked;
/// - a hidden sheet with the lists, named StatusList and DepartmentList.
/// Written under a temporary name and moved into place, so a failure leaves
/// no partial file.
bool writeWorkOrdersXlsx(const QString &path, const WorkOrderExport &data, QString *error);

/// How many character widths a text takes in a spreadsheet column: CJK and
/// other wide characters count two; the longest line of a multi-line text.
int displayWidth(const QString &text);

} // namespace cx
