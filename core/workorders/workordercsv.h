#pragma once

#include <QString>

namespace cx {

struct WorkOrderExport;

/// A text cell made safe for spreadsheets (OWASP "CSV injection"): a cell
/// beginning with = + - @, a tab or a carriage return is prefixed with a
/// single quote, so that Excel, LibreOffice and WPS show it as text instead
/// of running it as a formula.
QString neutralizeFormula(const QString &text);

/// One RFC 4180 field: quoted (with doubled quotes) when it holds a comma,
/// a quote, a line break or surrounding spaces.
QString csvField(const QString &text);

/// The work-order sheet as CSV: UTF-8 with a BOM (so that Excel reads it as
/// UTF-8), CRLF line ends, RFC 4180 quoting, text cells neutralised against
/// formulas (numbers and dates the workbench wrote are left as they are).
/// Written to a temporary file and moved into place.
bool writeWorkOrdersCsv(const QString &path, const WorkOrderExport &data, QString *error);

} // namespace cx
